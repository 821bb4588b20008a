"""Recurring obligations: the calendar file, recurrences, and a month of reminders under a moving clock."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from storage.clock import ManualClock
from storage.db import SessionFactory, unit_of_work
from storage.evidence import store_evidence
from storage.models import OutboxMessage, Person
from storage.obligation_models import Obligation, ObligationOccurrence, OccurrenceStatus
from storage.obligations import (
    DEFAULT_CALENDAR,
    Evidence,
    ObligationError,
    OwnerSpec,
    add_obligation,
    complete_occurrence,
    load_calendar,
    open_tasks,
    parse_recurrence,
    remove_obligation,
    set_active,
    sync_calendar,
)
from storage.photos import PhotoError
from storage.reminders import ReminderPolicy, sweep
from tests.hazard_fixtures import Org, jpeg_bytes, make_org

ZONE = ZoneInfo("Asia/Shanghai")
NO_DIGEST = ReminderPolicy(zone=ZONE, digest_time=None)


def local(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=ZONE)


@pytest.fixture
async def org(session_factory: SessionFactory) -> Org:
    return await make_org(session_factory)


# ---------------------------------------------------------------- recurrences and the file


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("monthly 20", [date(2026, 1, 20), date(2026, 2, 20), date(2026, 3, 20)]),
        ("每月20日", [date(2026, 1, 20), date(2026, 2, 20), date(2026, 3, 20)]),
        ("monthly last", [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31)]),
        ("monthly 31", [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31)]),
        ("quarterly", [date(2026, 3, 31)]),
        (
            "weekly fri",
            [date(2026, 1, d) for d in (2, 9, 16, 23, 30)] + [date(2026, 2, d) for d in (6, 13, 20, 27)],
        ),
        (
            "每周五",
            [date(2026, 1, d) for d in (2, 9, 16, 23, 30)] + [date(2026, 2, d) for d in (6, 13, 20, 27)],
        ),
        ("yearly 02-29", [date(2026, 2, 28)]),
        ("每年3月1日", [date(2026, 3, 1)]),
        ("once 2026-02-14", [date(2026, 2, 14)]),
        (
            "cron 0 9 1,15 * *",
            [date(2026, m, d) for m in (1, 2, 3) for d in (1, 15) if date(2026, m, d) <= date(2026, 3, 31)],
        ),
    ],
)
def test_recurrence_due_dates(spec: str, expected: list[date]) -> None:
    recurrence = parse_recurrence(spec)
    dates = recurrence.dates_between(date(2026, 1, 1), date(2026, 3, 31), ZONE)
    if spec.startswith(("weekly", "每周")):
        dates = [d for d in dates if d <= date(2026, 2, 28)]
    assert dates == expected
    assert parse_recurrence(recurrence.spec) == recurrence


def test_half_yearly_and_daily() -> None:
    assert parse_recurrence("half-yearly").dates_between(date(2026, 1, 1), date(2026, 12, 31), ZONE) == [
        date(2026, 6, 30),
        date(2026, 12, 31),
    ]
    assert len(parse_recurrence("每天").dates_between(date(2026, 2, 1), date(2026, 2, 28), ZONE)) == 28


@pytest.mark.parametrize("bad", ["monthly 32", "每月", "yearly 13-01", "cron nonsense", "sometimes"])
def test_bad_recurrences_are_explained(bad: str) -> None:
    with pytest.raises(ObligationError, match="无法识别的周期"):
        parse_recurrence(bad)


def test_the_shipped_calendar_covers_the_documents() -> None:
    entries = {e.key: e for e in load_calendar(DEFAULT_CALENDAR)}
    assert entries["principal-quarterly-inspection"].recurrence.spec == "quarterly"
    assert entries["principal-monthly-inspection-high-risk"].active is False
    assert entries["monthly-progress-report"].recurrence.spec == "monthly 20"
    assert entries["annual-summary"].recurrence.spec == "yearly 12-01"
    assert entries["final-evaluation-2026"].recurrence.spec == "once 2026-11-10"
    assert entries["yearly-evacuation-drill"].recurrence.kind == "yearly"
    assert entries["half-yearly-evacuation-drill-high-risk"].recurrence.kind == "half-yearly"
    assert entries["safety-weekly-inspection"].recurrence.spec == "weekly fri"
    assert entries["team-daily-check"].recurrence.spec == "daily"
    assert all(e.source for e in entries.values())  # every entry cites its document


def test_a_broken_calendar_names_the_entry(tmp_path: Path) -> None:
    path = tmp_path / "calendar.yaml"
    path.write_text(
        "obligations:\n  - key: ok\n    title: t\n    owner: 安全员\n    recurrence: monthly 40\n"
    )
    with pytest.raises(ObligationError, match=r"第 1 项（ok）.*无法识别的周期"):
        load_calendar(path)


async def test_sync_keeps_admin_pauses_and_removes_dropped_entries(
    session_factory: SessionFactory, org: Org, clock: ManualClock, tmp_path: Path
) -> None:
    path = tmp_path / "calendar.yaml"
    path.write_text(
        "obligations:\n"
        "  - {key: a, title: 甲, owner: {role: safety_officer}, recurrence: monthly 20}\n"
        "  - {key: b, title: 乙, owner: 主要负责人, recurrence: quarterly}\n"
        "  - {key: c, title: 丙, owner: {role: manager, unit: 一车间}, recurrence: weekly mon, active: false}\n",
        encoding="utf-8",
    )
    async with unit_of_work(session_factory) as session:
        report = await sync_calendar(session, load_calendar(path), now=clock.now(), zone=ZONE)
        assert report.added == ["a", "b", "c"]
        await set_active(session, "a", active=False, now=clock.now(), zone=ZONE)
    path.write_text(
        "obligations:\n"
        "  - {key: a, title: 甲（改）, owner: {role: safety_officer}, recurrence: monthly 20}\n"
        "  - {key: c, title: 丙, owner: {role: manager, unit: 一车间}, recurrence: weekly mon, active: false}\n",
        encoding="utf-8",
    )
    async with unit_of_work(session_factory) as session:
        report = await sync_calendar(session, load_calendar(path), now=clock.now(), zone=ZONE)
        assert (report.added, report.updated, report.removed) == ([], ["a"], ["b"])
        rows = {o.key: o for o in await session.scalars(select(Obligation))}
    assert rows["a"].title == "甲（改）" and rows["a"].active is False  # the admin's pause stays
    assert rows["b"].removed
    assert rows["c"].owner_unit_id == org.workshop.id and rows["c"].active is False


# ---------------------------------------------------------------- a month under a moving clock


async def run_days(
    factory: SessionFactory, clock: ManualClock, end: datetime, hours: tuple[int, ...]
) -> None:
    """The bot ticking at the given local hours of every day until `end`."""
    while clock.now() < end:
        current = clock.now().astimezone(ZONE)
        upcoming = [
            datetime.combine(current.date() + timedelta(days=offset), datetime.min.time(), ZONE).replace(
                hour=h
            )
            for offset in (0, 1)
            for h in hours
        ]
        clock.set(min(t for t in upcoming if t > current))
        async with unit_of_work(factory) as session:
            await sweep(session, now=clock.now(), policy=NO_DIGEST)


async def received(factory: SessionFactory) -> dict[int, list[tuple[str, str]]]:
    out: dict[int, list[tuple[str, str]]] = defaultdict(list)
    async with unit_of_work(factory) as session:
        for row in await session.scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "reminder").order_by(OutboxMessage.id)
        ):
            assert row.person_id is not None
            out[row.person_id].append(
                (row.created_at.astimezone(ZONE).strftime("%m-%d"), row.payload["text"])
            )
    return dict(out)


async def complete(factory: SessionFactory, person: Person, title: str, due: date, **kw: object) -> None:
    async with unit_of_work(factory) as session:
        occurrence = await session.scalar(
            select(ObligationOccurrence)
            .join(Obligation, Obligation.id == ObligationOccurrence.obligation_id)
            .where(
                Obligation.title == title,
                ObligationOccurrence.due_date == due,
                ObligationOccurrence.assignee_id == person.id,
            )
        )
        assert occurrence is not None
        await complete_occurrence(
            session,
            occurrence_id=occurrence.id,
            person=person,
            now=datetime.now(ZONE),  # any instant: the test only reads the status
            **kw,  # type: ignore[arg-type]
        )


async def test_a_month_of_obligations(session_factory: SessionFactory, org: Org, clock: ManualClock) -> None:
    report, weekly = "报送本月工作进展", "车间周检查"
    clock.set(local(3, 1, 7))
    async with unit_of_work(session_factory) as session:
        await add_obligation(
            session,
            title=report,
            recurrence="monthly 20",
            owner=OwnerSpec.parse({"role": "safety_officer"}),
            now=clock.now(),
            zone=ZONE,
            remind_days_before=3,
            needs_evidence=True,
        )
        # managers of 一车间 only: the office's manager has no such task
        await add_obligation(
            session,
            title=weekly,
            recurrence="每周五",
            owner=OwnerSpec.parse("部门负责人@一车间"),
            now=clock.now(),
            zone=ZONE,
            remind_days_before=1,
        )
    hours = (8, 12, 22)

    # week 1: reminded the day before and on the day; done on time
    await run_days(session_factory, clock, local(3, 6, 12), hours)
    await complete(session_factory, org.manager, weekly, date(2026, 3, 6))
    # week 2: the 13th is missed (never done); on the 19th the next one is also due tomorrow
    await run_days(session_factory, clock, local(3, 20, 12), hours)
    # the report needs evidence
    with pytest.raises(ObligationError, match="佐证"):
        await complete(session_factory, org.officer, report, date(2026, 3, 20))
    await complete(
        session_factory,
        org.officer,
        report,
        date(2026, 3, 20),
        evidence=Evidence("document", "file-1", "3月进展.docx"),
    )
    await complete(session_factory, org.manager, weekly, date(2026, 3, 20))
    # paused from the 24th to the 30th: nothing about the 27th, and no catch-up after resuming
    await run_days(session_factory, clock, local(3, 24, 12), hours)
    async with unit_of_work(session_factory) as session:
        await set_active(session, 2, active=False, now=clock.now(), zone=ZONE)
    await run_days(session_factory, clock, local(3, 30, 12), hours)
    async with unit_of_work(session_factory) as session:
        await set_active(session, 2, active=True, now=clock.now(), zone=ZONE)
    await run_days(session_factory, clock, local(3, 31, 23), hours)

    got = await received(session_factory)
    manager = got[org.manager.id]
    assert [day for day, _ in manager] == [
        "03-05",  # due tomorrow
        "03-06",  # due today (then done)
        "03-12",
        "03-13",
        "03-14",  # overdue, daily
        "03-15",
        "03-16",
        "03-17",
        "03-18",
        "03-19",  # overdue 6 days AND the next one due tomorrow: one message
        "03-20",  # the next one due today; the 13th has lapsed and stops nagging
    ]
    assert "剩 1 天" in manager[0][1] and "今天截止" in manager[1][1]
    assert "已逾期 1 天" in manager[4][1]
    assert "（2 项）" in manager[9][1] and "已逾期 6 天" in manager[9][1] and "剩 1 天" in manager[9][1]
    assert "已逾期" not in manager[10][1] and "今天截止" in manager[10][1]

    officer = got[org.officer.id]
    assert [day for day, _ in officer] == ["03-14", "03-17", "03-19", "03-20"]
    assert "逾期督办" in officer[0][1] and org.manager.name in officer[0][1]  # the missed weekly check
    assert "剩 3 天" in officer[1][1] and "（需佐证）" in officer[1][1]
    assert "剩 1 天" in officer[2][1] and "今天截止" in officer[3][1]
    assert set(got) == {org.manager.id, org.officer.id}
    # everything went out in the morning, none at noon or at night
    async with unit_of_work(session_factory) as session:
        hours_sent = {
            row.created_at.astimezone(ZONE).hour
            for row in await session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "reminder"))
        }
        assert hours_sent == {8}
        open_lines = await open_tasks(session, person_id=org.manager.id, today=date(2026, 3, 31))
        assert [(t.obligation.title, t.occurrence.due_date) for t in open_lines] == [
            (weekly, date(2026, 3, 13))
        ]
        dues = await session.scalars(
            select(ObligationOccurrence.due_date).where(ObligationOccurrence.assignee_id == org.manager.id)
        )
        assert sorted(dues) == [date(2026, 3, d) for d in (6, 13, 20)]  # no 27th: paused
        done = await session.scalar(
            select(ObligationOccurrence).where(
                ObligationOccurrence.assignee_id == org.officer.id,
                ObligationOccurrence.status == OccurrenceStatus.DONE.value,
            )
        )
        assert done is not None and done.evidence_name == "3月进展.docx"


async def test_removed_obligations_stop_reminding(
    session_factory: SessionFactory, org: Org, clock: ManualClock
) -> None:
    clock.set(local(3, 1, 9))
    async with unit_of_work(session_factory) as session:
        obligation = await add_obligation(
            session,
            title="消防设施检查",
            recurrence="monthly 3",
            owner=OwnerSpec(people=[org.owner.name]),
            now=clock.now(),
            zone=ZONE,
        )
        await sweep(session, now=clock.now(), policy=NO_DIGEST)
        await remove_obligation(session, obligation.id, now=clock.now())
    await run_days(session_factory, clock, local(3, 5, 23), (8,))
    got = await received(session_factory)
    assert [day for day, _ in got[org.owner.id]] == ["03-01"]  # the 3-day reminder before removal only


# ---------------------------------------------------------------- evidence kept in the data directory


def test_evidence_is_kept_content_addressed_and_images_lose_their_exif(tmp_path: Path) -> None:
    photo = jpeg_bytes(with_gps=True)
    kept_photo = store_evidence(tmp_path, photo, image=True, filename="IMG_0001.JPG")
    assert kept_photo.path.startswith("photos/") and kept_photo.path.endswith(".jpg")
    stored = (tmp_path / kept_photo.path).read_bytes()
    assert b"WhistlePhone" not in stored  # the phone model and the GPS block are gone
    assert store_evidence(tmp_path, photo, image=True).path == kept_photo.path  # same content, same file

    record = b"%PDF-1.4 inspection record"
    kept = store_evidence(tmp_path, record, image=False, filename="../../etc/记录.PDF")
    assert kept.path == f"evidence/{kept.sha256[:2]}/{kept.sha256}.pdf"
    assert (tmp_path / kept.path).read_bytes() == record
    odd = store_evidence(tmp_path, b"notes", image=False, filename="notes.t x t")
    assert odd.path == f"evidence/{odd.sha256[:2]}/{odd.sha256}"  # an unsafe suffix is dropped

    with pytest.raises(PhotoError):
        store_evidence(tmp_path, b"not an image", image=True)
    with pytest.raises(PhotoError):
        store_evidence(tmp_path, b"", image=False)
