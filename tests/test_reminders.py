"""Hazard deadline reminders: a hazard's life under a moving clock, read off the outbox table.

Each test states exactly which messages each person received and when (local time), including
quiet hours, the morning digest, escalation and a restart after a stop.
"""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, insert, select

from storage.clock import ManualClock
from storage.db import SessionFactory, create_engine, create_session_factory, unit_of_work
from storage.models import Hazard, HazardLevel, HazardStatus, OutboxMessage
from storage.obligation_models import ReminderLog
from storage.obligations import OwnerSpec, add_obligation
from storage.reminders import (
    HazardFacts,
    HazardLine,
    Kind,
    OrgFacts,
    Plan,
    ReminderPolicy,
    RenderContext,
    SweepResult,
    due_items,
    render,
    sweep,
)
from tests.hazard_fixtures import Org, make_org

ZONE = ZoneInfo("Asia/Shanghai")
POLICY = ReminderPolicy(zone=ZONE)
DEADLINE = date(2026, 3, 5)  # a Thursday


def local(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=ZONE)


@pytest.fixture
async def org(session_factory: SessionFactory) -> Org:
    return await make_org(session_factory)


async def add_hazard(
    factory: SessionFactory,
    org: Org,
    *,
    number: str = "YH-2026-000001",
    deadline: date = DEADLINE,
    level: HazardLevel = HazardLevel.GENERAL,
    supervised: bool = False,
    owner_id: int | None = None,
    changed: datetime = datetime(2026, 2, 27, tzinfo=UTC),
    description: str = "二号配电箱柜门损坏，电线裸露",
) -> int:
    async with unit_of_work(factory) as session:
        hazard = Hazard(
            number=number,
            status=HazardStatus.ASSIGNED.value,
            level=level.value,
            supervised=supervised,
            description=description,
            unit_id=org.team.id,
            reporter_id=org.reporter.id,
            owner_id=owner_id or org.owner.id,
            deadline=deadline,
            created_at=changed,
            updated_at=changed,
        )
        session.add(hazard)
        await session.flush()
        return hazard.id


async def tick_until(
    factory: SessionFactory,
    clock: ManualClock,
    end: datetime,
    *,
    step: timedelta = timedelta(minutes=30),
    policy: ReminderPolicy = POLICY,
) -> None:
    """The bot running: a sweep every `step` until `end`."""
    while clock.now() < end:
        clock.advance(step)
        async with unit_of_work(factory) as session:
            await sweep(session, now=clock.now(), policy=policy)


Received = dict[str, list[tuple[str, str]]]


async def received(factory: SessionFactory, org: Org) -> Received:
    """Reminder messages per person name: (local 'MM-DD HH:MM' when enqueued, text)."""
    names = {
        p.id: p.name
        for p in (
            org.officer,
            org.manager,
            org.other_manager,
            org.principal,
            org.reporter,
            org.owner,
            org.bystander,
        )
    }
    out: Received = defaultdict(list)
    async with unit_of_work(factory) as session:
        rows = await session.scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "reminder").order_by(OutboxMessage.id)
        )
        for row in rows:
            assert row.person_id is not None
            when = row.created_at.astimezone(ZONE).strftime("%m-%d %H:%M")
            out[names[row.person_id]].append((when, row.payload["text"]))
    return dict(out)


def times(messages: list[tuple[str, str]]) -> list[str]:
    return [when for when, _ in messages]


async def test_a_hazards_life_from_three_days_before_to_five_days_overdue(
    session_factory: SessionFactory, org: Org, clock: ManualClock
) -> None:
    await add_hazard(session_factory, org)
    clock.set(local(3, 1, 20))
    await tick_until(session_factory, clock, local(3, 10, 23))
    got = await received(session_factory, org)

    owner = got[org.owner.name]
    assert times(owner) == [
        "03-02 08:00",  # 3 days before (quiet hours end at 08:00)
        "03-04 08:00",  # 1 day before
        "03-05 08:00",  # on the day
        "03-06 08:00",  # overdue, daily from here
        "03-07 08:00",
        "03-08 08:00",
        "03-09 08:00",
        "03-10 08:00",
    ]
    assert "剩 3 天" in owner[0][1] and "整改期限提醒" in owner[0][1]
    assert "剩 1 天" in owner[1][1]
    assert "今天到期" in owner[2][1]
    assert [text.splitlines()[0] for _, text in owner[3:]] == [
        f"⚠️ 隐患整改已逾期 {n} 天" for n in range(1, 6)
    ]
    # on time while there is time; once overdue, not "按期" any more
    assert all("请按期完成整改；完成后点“提交整改”" in text for _, text in owner[:3])
    assert all("请尽快完成整改；完成后点“提交整改”" in text for _, text in owner[3:])
    assert not [text for _, text in owner[3:] if "按期" in text]
    assert all("YH-2026-000001" in text for _, text in owner)

    digests = [f"03-{day:02d} 08:30" for day in range(2, 11)]
    manager = got[org.manager.name]
    # the unit's manager: escalation on the first overdue day, and the digest every morning
    assert sorted(times(manager)) == sorted([*digests, "03-06 08:00"])
    escalation = dict(manager)["03-06 08:00"]
    assert "逾期督办" in escalation and "已逾期 1 天" in escalation
    assert all("今日概览 · 本部门" in text for when, text in manager if when.endswith("08:30"))
    assert "近期到期 1 项" in dict(manager)["03-02 08:30"]
    assert "逾期隐患 1 项" in dict(manager)["03-06 08:30"]

    officer = got[org.officer.name]
    # safety officers: the whole organisation's digest, escalation after 3 overdue days
    assert sorted(times(officer)) == sorted([*digests, "03-08 08:00"])
    assert "已逾期 3 天" in dict(officer)["03-08 08:00"]
    assert all("今日概览 · 全单位" in text for when, text in officer if when.endswith("08:30"))

    assert times(got[org.principal.name]) == ["03-08 08:00"]
    # nobody else hears about it; nothing was enqueued in quiet hours
    assert set(got) == {org.owner.name, org.manager.name, org.officer.name, org.principal.name}
    assert all("08:00" <= when[6:] < "21:00" for messages in got.values() for when, _ in messages)


async def test_reminders_stop_once_the_rectification_is_submitted(
    session_factory: SessionFactory, org: Org, clock: ManualClock
) -> None:
    hazard_id = await add_hazard(session_factory, org)
    clock.set(local(3, 1, 20))
    await tick_until(session_factory, clock, local(3, 6, 12))
    async with unit_of_work(session_factory) as session:
        hazard = await session.get(Hazard, hazard_id)
        assert hazard is not None
        hazard.status = HazardStatus.RECTIFIED.value
        hazard.updated_at = clock.now()
    await tick_until(session_factory, clock, local(3, 10, 23))
    got = await received(session_factory, org)
    assert times(got[org.owner.name]) == ["03-02 08:00", "03-04 08:00", "03-05 08:00", "03-06 08:00"]
    assert org.principal.name not in got
    # the digest no longer lists it, and with nothing to say there is no digest
    assert times(got[org.manager.name]) == [
        "03-02 08:30",
        "03-03 08:30",
        "03-04 08:30",
        "03-05 08:30",
        "03-06 08:00",
        "03-06 08:30",
    ]


async def test_restart_after_downtime_sends_what_fell_due_once_and_merged(
    session_factory: SessionFactory, org: Org, clock: ManualClock
) -> None:
    await add_hazard(session_factory, org)
    clock.set(local(3, 1, 20))
    await tick_until(session_factory, clock, local(3, 5, 20))
    before = await received(session_factory, org)

    # the bot is down from Thursday 20:00 until Sunday 15:00, then runs again
    clock.set(local(3, 8, 15))
    await tick_until(session_factory, clock, local(3, 8, 23), step=timedelta(minutes=1))
    after = await received(session_factory, org)

    def new(name: str) -> list[tuple[str, str]]:
        return after[name][len(before.get(name, [])) :]

    owner = new(org.owner.name)
    assert len(owner) == 1 and owner[0][0] == "03-08 15:01"
    assert "已逾期 3 天" in owner[0][1]  # today's reminder only, not one per missed day
    # the manager's missed escalation and today's digest come as ONE message
    manager = new(org.manager.name)
    assert len(manager) == 1
    assert "逾期督办" in manager[0][1] and "今日概览 · 本部门" in manager[0][1]
    officer = new(org.officer.name)
    assert len(officer) == 1
    assert "逾期督办" in officer[0][1] and "今日概览 · 全单位" in officer[0][1]
    assert len(new(org.principal.name)) == 1


async def test_quiet_hours_hold_everything_then_one_message_per_person(
    session_factory: SessionFactory, org: Org, clock: ManualClock
) -> None:
    # set up during the night: two hazards and a task for the same owner
    clock.set(local(3, 1, 22))
    first = await add_hazard(session_factory, org, changed=clock.now() - timedelta(days=5))
    second = await add_hazard(
        session_factory,
        org,
        number="YH-2026-000002",
        deadline=date(2026, 3, 3),
        changed=clock.now() - timedelta(days=5),
        description="消防通道堆放杂物",
    )
    async with unit_of_work(session_factory) as session:
        await add_obligation(
            session,
            title="班前安全检查",
            recurrence="once 2026-03-02",
            owner=OwnerSpec(people=[org.owner.name]),
            now=clock.now(),
            zone=ZONE,
            remind_days_before=1,
        )
    policy = ReminderPolicy(zone=ZONE, digest_time=None)
    await tick_until(session_factory, clock, local(3, 2, 8, 10), step=timedelta(minutes=10), policy=policy)
    got = await received(session_factory, org)
    assert set(got) == {org.owner.name}
    [(when, text)] = got[org.owner.name]
    assert when == "03-02 08:00"
    assert "（3 项）" in text
    assert "YH-2026-000001" in text and "剩 3 天" in text
    assert "YH-2026-000002" in text and "剩 1 天" in text
    assert "班前安全检查" in text and "今天截止" in text
    async with unit_of_work(session_factory) as session:
        row = await session.scalar(select(OutboxMessage).where(OutboxMessage.kind == "reminder"))
        assert row is not None
        data = [b["data"] for line in row.payload["buttons"] for b in line]
    # the more urgent hazard first; each hazard has its owner's buttons, the task its done button
    assert data[:3] == [f"hz:fix:{second}", f"hz:ext:{second}", f"hz:card:{second}"]
    assert data[3:6] == [f"hz:fix:{first}", f"hz:ext:{first}", f"hz:card:{first}"]
    assert data[6].startswith("ob:done:")


@pytest.mark.parametrize(("level", "supervised"), [(HazardLevel.MAJOR, False), (HazardLevel.GENERAL, True)])
async def test_major_or_supervised_hazards_reach_officers_and_principal_at_once(
    session_factory: SessionFactory,
    org: Org,
    clock: ManualClock,
    level: HazardLevel,
    supervised: bool,
) -> None:
    await add_hazard(session_factory, org, level=level, supervised=supervised)
    clock.set(local(3, 5, 22))  # the bot starts after the deadline day's reminders
    policy = ReminderPolicy(zone=ZONE, digest_time=None)
    await tick_until(session_factory, clock, local(3, 6, 12), policy=policy)
    got = await received(session_factory, org)
    assert times(got[org.owner.name]) == ["03-06 08:00"]
    assert times(got[org.manager.name]) == ["03-06 08:00"]
    assert times(got[org.officer.name]) == ["03-06 08:00"]
    assert times(got[org.principal.name]) == ["03-06 08:00"]
    assert "🚨 逾期督办" in got[org.principal.name][0][1]


def facts(deadline: date, changed_on: date, **kw: object) -> HazardFacts:
    values: dict[str, object] = {
        "id": 1,
        "status": "assigned",
        "level": "general",
        "supervised": False,
        "owner_id": 10,
        "unit_id": 2,
        "deadline": deadline,
        "changed_on": changed_on,
    }
    values.update(kw)
    return HazardFacts(**values)  # type: ignore[arg-type]


ORG = OrgFacts(
    parents={1: None, 2: 1},
    managers_by_unit={1: [20]},
    officers=[30],
    principals=[40],
    reachable={10, 20, 30, 40},
    manager_units={20: 1},
)


def test_due_items_is_pure_and_respects_quiet_hours() -> None:
    hazard = facts(date(2026, 3, 5), date(2026, 2, 1))
    at_night = local(3, 6, 23)
    assert due_items(at_night, POLICY, [hazard], [], ORG) == []
    morning = local(3, 6, 8)
    items = due_items(morning, POLICY, [hazard], [], ORG, digest=False)
    assert items == due_items(morning, POLICY, [hazard], [], ORG, digest=False)
    assert sorted((i.person_id, i.kind) for i in items) == [
        (10, Kind.HAZARD_OVERDUE),
        (20, Kind.HAZARD_ESCALATE_UNIT),  # the manager of the nearest unit up that has one
    ]
    assert {i.key for i in items} == {
        "rm:hz:1:10:overdue:2026-03-06",
        "rm:hz:1:20:esc-unit:2026-03-05",
    }


def test_points_before_a_recent_change_are_not_caught_up() -> None:
    # assigned today with a deadline in 2 days: the 3-day point lies before the assignment
    assigned_today = facts(date(2026, 3, 4), date(2026, 3, 2))
    assert due_items(local(3, 2, 10), POLICY, [assigned_today], [], ORG, digest=False) == []
    # the same hazard untouched for a week: the missed 3-day reminder is sent, saying 2 days
    untouched = facts(date(2026, 3, 4), date(2026, 2, 20))
    [item] = due_items(local(3, 2, 10), POLICY, [untouched], [], ORG, digest=False)
    assert item.key == "rm:hz:1:10:before:2026-03-01" and item.days == 2
    # an extension moves the deadline: the points follow it
    extended = facts(date(2026, 3, 9), date(2026, 3, 2))
    [item] = due_items(local(3, 6, 10), POLICY, [extended], [], ORG, digest=False)
    assert item.key == "rm:hz:1:10:before:2026-03-06"


def test_policy_parsing() -> None:
    policy = ReminderPolicy.parse(
        zone=ZONE, days_before="7, 1", escalate_after_days=2, quiet_hours="off", digest_time="off"
    )
    assert policy.days_before == (7, 1)
    assert policy.quiet_start is None and policy.digest_time is None
    assert not policy.is_quiet(local(3, 1, 3).time())
    day_quiet = ReminderPolicy.parse(zone=ZONE, quiet_hours="12:00-13:30")
    assert day_quiet.is_quiet(local(3, 1, 12, 10).time())
    assert not day_quiet.is_quiet(local(3, 1, 13, 30).time())


@pytest.mark.parametrize("lock", [True, False], ids=["skip-locked", "keys-only"])
async def test_two_concurrent_sweepers_on_postgresql_do_not_double_send(
    database_url: str, session_factory: SessionFactory, org: Org, clock: ManualClock, lock: bool
) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("concurrent sweepers are a PostgreSQL deployment (SQLite assumes one process)")
    owners = [org.owner.id, org.reporter.id, org.bystander.id]
    for n in range(300):
        await add_hazard(
            session_factory,
            org,
            number=f"YH-2026-{n + 1:06d}",
            deadline=DEADLINE - timedelta(days=n % 4),
            owner_id=owners[n % 3],
            level=HazardLevel.MAJOR if n % 10 == 0 else HazardLevel.GENERAL,
        )
    second_engine = create_engine(database_url)
    second = create_session_factory(second_engine)

    async def one(factory: SessionFactory) -> SweepResult:
        async with unit_of_work(factory) as session:
            return await sweep(session, now=clock.now(), policy=POLICY, lock=lock)

    fresh_items = 0
    try:
        for day in (6, 7, 8):
            clock.set(local(3, day, 9))
            results = await asyncio.gather(one(session_factory), one(second))
            if lock:
                assert any(r.skipped is None for r in results)
            fresh_items += sum(r.items for r in results)
    finally:
        await second_engine.dispose()

    async with unit_of_work(session_factory) as session:
        rows = list(await session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "reminder")))
        logged = list(await session.scalars(select(ReminderLog.key)))
    # each item was claimed by exactly one of the two sweepers ...
    assert fresh_items == len(logged)
    owner_overdue = [k for k in logged if f":{org.owner.id}:overdue:" in k]
    assert len(owner_overdue) == 100 * 3  # the owner's 100 hazards, every day
    # ... and each person got exactly one merged message a day: owners ×3, manager, officer, principal
    per_person_day: dict[tuple[int | None, str], int] = defaultdict(int)
    for row in rows:
        per_person_day[(row.person_id, row.created_at.astimezone(ZONE).strftime("%m-%d"))] += 1
    assert set(per_person_day.values()) == {1}
    assert len(per_person_day) == 6 * 3


# ---------------------------------------------------------------- a large ledger


class Heartbeat:
    """Wakes every few milliseconds and records how late it woke: the event loop's worst stall."""

    def __init__(self) -> None:
        self.worst = 0.0
        self.running = True

    async def run(self) -> None:
        while self.running:
            started = time.perf_counter()
            await asyncio.sleep(0.005)
            self.worst = max(self.worst, time.perf_counter() - started - 0.005)


async def test_a_full_pass_over_a_large_ledger_leaves_the_bot_responsive(
    session_factory: SessionFactory, org: Org
) -> None:
    """20,000 overdue hazards: the first pass derives 80,000 items; a person's message
    arriving meanwhile must not wait for it (the derivation once ran on the event loop)."""
    hazards = 20_000
    owners = [org.owner.id, org.bystander.id, org.reporter.id]
    long_ago = datetime(2026, 1, 1, tzinfo=UTC)
    async with unit_of_work(session_factory) as session:
        rows = [
            {
                "number": f"YH-2026-{n + 1:06d}",
                "status": HazardStatus.ASSIGNED.value,
                "level": HazardLevel.GENERAL.value,
                "description": f"隐患 {n}",
                "unit_id": org.team.id,
                "owner_id": owners[n % len(owners)],
                "anonymous": False,
                "supervised": False,
                "extension_count": 0,
                "deadline": DEADLINE - timedelta(days=5 + n % 20),
                "created_at": long_ago,
                "updated_at": long_ago,
            }
            for n in range(hazards)
        ]
        for start in range(0, hazards, 2000):
            await session.execute(insert(Hazard), rows[start : start + 2000])

    heartbeat = Heartbeat()
    beating = asyncio.create_task(heartbeat.run())
    await asyncio.sleep(0.02)
    started = time.perf_counter()
    async with unit_of_work(session_factory) as session:
        result = await sweep(session, now=local(3, 5, 9), policy=POLICY)
    seconds = time.perf_counter() - started
    heartbeat.running = False
    await beating

    # per hazard: the owner's overdue reminder and the manager's, officer's and principal's
    # escalations; and the digests of the manager and the officer
    assert result.items == 4 * hazards + 2
    assert result.messages == 6  # three owners, the manager, the officer, the principal
    assert heartbeat.worst < 0.15, f"event loop stalled {heartbeat.worst:.3f} s in a {seconds:.1f} s sweep"
    async with unit_of_work(session_factory) as session:
        logged = await session.scalar(select(func.count()).select_from(ReminderLog))
    assert logged == result.items


def test_an_owner_is_urged_on_time_before_the_deadline_and_at_once_after_it() -> None:
    from storage.reminders import _owner_advice

    tail = "；完成后点“提交整改”，确需延期请点“申请延期”。"
    assert _owner_advice([Kind.HAZARD_BEFORE]) == "请按期完成整改" + tail
    assert _owner_advice([Kind.HAZARD_OVERDUE]) == "请尽快完成整改" + tail
    assert _owner_advice([Kind.HAZARD_OVERDUE, Kind.TASK_BEFORE, Kind.HAZARD_BEFORE]) == (
        "已逾期的请尽快完成整改，其余请按期完成" + tail
    )


def rendered(person_id: int, hazards: list[HazardFacts], at: datetime) -> tuple[str, list[str]]:
    """The text and button labels `person_id` is sent at `at` for these hazards (pure derivation)."""
    items = [i for i in due_items(at, POLICY, hazards, [], ORG) if i.person_id == person_id]
    lines: dict[int, HazardLine] = {
        h.id: HazardLine(
            h.id,
            f"YH-2026-{h.id:06d}",
            h.level,
            h.supervised,
            h.unit_id,
            "配电箱门损坏",
            h.owner_id,
            None,
            h.deadline,
        )
        for h in hazards
    }
    ctx = RenderContext(
        hazards=dict(lines), names={10: "班长刘建国"}, unit_paths={1: "示例公司", 2: "示例公司/一班"}
    )
    message = render(ctx, ORG, person_id, Plan.of(items), today=at.astimezone(ZONE).date())
    return message.text or "", [button.text for row in message.buttons or [] for button in row]


def test_the_digest_offers_the_overdue_list_only_when_something_is_overdue() -> None:
    at = local(3, 2, 8, 30)
    text, labels = rendered(20, [facts(date(2026, 3, 4), date(2026, 2, 1))], at)
    assert "今日概览 · 本部门" in text and "逾期隐患 0 项，近期到期 1 项" in text
    assert "查看全部逾期" not in labels and "/overdue" not in text

    # more due soon than the digest lists, none overdue: it says so, sending nobody to /overdue
    many = [facts(date(2026, 3, 4), date(2026, 2, 1), id=n) for n in range(1, 11)]
    text, labels = rendered(20, many, at)
    assert "……共 10 项，以上是期限最近的 8 项。" in text
    assert "查看全部逾期" not in labels and "/overdue" not in text

    overdue = [facts(date(2026, 2, 27), date(2026, 2, 1), id=n) for n in range(1, 31)]
    text, labels = rendered(20, overdue, at)
    assert "逾期隐患 30 项" in text and "……共 30 项，发送 /overdue 查看全部逾期。" in text
    assert labels[-1] == "查看全部逾期"


def test_a_hazard_is_listed_once_a_message_in_its_most_urgent_section() -> None:
    at = local(3, 6, 9)  # the first overdue day, after the digest's time
    overdue = facts(date(2026, 3, 5), date(2026, 2, 1))
    text, _ = rendered(20, [overdue], at)
    assert "【逾期督办】" in text and "【今日概览 · 本部门】" in text
    assert text.count("YH-2026-000001") == 1
    assert text.index("YH-2026-000001") < text.index("【今日概览")
    assert "逾期隐患 1 项" in text  # the overview still counts it

    # the manager's own hazard stays under 我负责整改的隐患; the digest lists the others, up to 8
    own = facts(date(2026, 3, 8), date(2026, 2, 1), owner_id=20)
    others = [facts(date(2026, 3, 8), date(2026, 2, 1), id=n) for n in range(2, 12)]
    text, _ = rendered(20, [own, *others], local(3, 6, 8, 30))
    assert text.count("YH-2026-000001") == 1
    assert text.index("YH-2026-000001") < text.index("【今日概览") and "【我负责整改的隐患】" in text
    overview = text[text.index("【今日概览") :]
    assert overview.count("· 隐患 ") == 8 and "……共 11 项，以上是期限最近的 9 项。" in overview
