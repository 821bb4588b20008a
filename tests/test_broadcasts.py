"""Broadcasts, read receipts, the campaign calendar and the weekly tip, without Telegram, on both databases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, update

from bot.publicity import DEFAULT_CALENDAR, DEFAULT_TIPS, knowledge_tips
from handlers.broadcast import parse_when
from storage import outbox
from storage.broadcast_models import AudienceKind, Broadcast, BroadcastOrigin, BroadcastStatus
from storage.broadcasts import (
    AckResult,
    Audience,
    BroadcastError,
    Content,
    ack_status,
    acknowledge,
    acknowledged_text,
    broadcast_summary,
    broadcasts_page,
    cancel_broadcast,
    count_recipients,
    create_broadcast,
    enqueue_broadcast,
    enqueue_due,
    finish_completed,
    list_broadcasts,
    resend_to_unconfirmed,
)
from storage.clock import ManualClock
from storage.db import SessionFactory, unit_of_work
from storage.groups import active_groups, bot_added, bot_removed, link_group, migrate_group
from storage.models import ChatGroup, OutboxMessage, OutboxStatus, Person, Role, Unit
from storage.publicity import (
    CalendarError,
    DeliveryHours,
    Tip,
    TipSchedule,
    due_entries,
    fire_calendar,
    fire_weekly_tip,
    load_calendar,
    load_tips,
    parse_calendar,
)

ZONE = ZoneInfo("Asia/Shanghai")


@dataclass
class World:
    root: int
    workshop: int  # 一车间
    team: int  # 一车间/焊接班
    office: int  # 办公室
    officer: Person
    workers: list[Person]  # 2 in the workshop, 1 in the team, 1 in the office
    groups: dict[str, int]  # name -> chat id


async def make_world(factory: SessionFactory, now: datetime) -> World:
    async with unit_of_work(factory) as session:
        root = Unit(name="示范厂")
        session.add(root)
        await session.flush()
        workshop, office = Unit(name="一车间", parent_id=root.id), Unit(name="办公室", parent_id=root.id)
        session.add_all([workshop, office])
        await session.flush()
        team = Unit(name="焊接班", parent_id=workshop.id)
        session.add(team)
        await session.flush()
        officer = Person(
            name="周安全", role=Role.SAFETY_OFFICER.value, unit_id=root.id, telegram_user_id=7001
        )
        workers = [
            Person(name="王一", role=Role.WORKER.value, unit_id=workshop.id, telegram_user_id=7101),
            Person(name="王二", role=Role.WORKER.value, unit_id=workshop.id, telegram_user_id=7102),
            Person(name="李焊", role=Role.WORKER.value, unit_id=team.id, telegram_user_id=7103),
            Person(name="赵文", role=Role.MANAGER.value, unit_id=office.id, telegram_user_id=7104),
        ]
        unregistered = Person(name="未注册", role=Role.WORKER.value, unit_id=workshop.id)
        session.add_all([officer, *workers, unregistered])
        await session.flush()
        groups = {"workshop": -5001, "team": -5002, "office": -5003, "unlinked": -5004, "gone": -5005}
        await link_group(session, -5001, workshop.id, title="一车间群", linked_by_id=officer.id, now=now)
        await link_group(session, -5002, team.id, title="焊接班群", linked_by_id=officer.id, now=now)
        await link_group(session, -5003, office.id, title="办公室群", linked_by_id=officer.id, now=now)
        await bot_added(session, -5004, "未关联群", now=now)
        await link_group(session, -5005, office.id, title="已退出群", linked_by_id=officer.id, now=now)
        await bot_removed(session, -5005)
        return World(root.id, workshop.id, team.id, office.id, officer, workers, groups)


async def _rows(factory: SessionFactory, broadcast_id: int) -> list[OutboxMessage]:
    async with unit_of_work(factory) as session:
        return list(
            (
                await session.scalars(
                    select(OutboxMessage)
                    .where(OutboxMessage.broadcast_id == broadcast_id)
                    .order_by(OutboxMessage.id)
                )
            ).all()
        )


async def _finish_rows(
    factory: SessionFactory, broadcast_id: int, status: OutboxStatus, now: datetime
) -> None:
    async with unit_of_work(factory) as session:
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.broadcast_id == broadcast_id)
            .values(status=status.value, sent_at=now)
        )


# ---------------------------------------------------------------- audiences


async def test_audiences_reach_linked_active_groups_and_registered_people(
    session_factory: SessionFactory, clock: ManualClock
) -> None:
    world = await make_world(session_factory, clock.now())
    async with unit_of_work(session_factory) as session:
        assert (
            await count_recipients(session, Audience(AudienceKind.ALL_GROUPS)) == 3
        )  # not unlinked, not gone
        # a unit's groups include those of the units below it
        workshop = Audience(AudienceKind.UNIT_GROUPS, unit_ids=(world.workshop,))
        assert await count_recipients(session, workshop) == 2
        assert (
            await count_recipients(session, Audience(AudienceKind.UNIT_GROUPS, unit_ids=(world.office,))) == 1
        )
        assert (
            await count_recipients(session, Audience(AudienceKind.ALL_PEOPLE)) == 5
        )  # unregistered left out
        managers = Audience(AudienceKind.ROLE_PEOPLE, roles=(Role.MANAGER, Role.SAFETY_OFFICER))
        assert await count_recipients(session, managers) == 2
    with pytest.raises(BroadcastError):
        Audience(AudienceKind.UNIT_GROUPS)
    with pytest.raises(BroadcastError):
        Content(text="  ")


async def test_broadcast_queues_one_row_per_chat_once_and_reports_to_author(
    session_factory: SessionFactory, clock: ManualClock
) -> None:
    world = await make_world(session_factory, clock.now())
    async with unit_of_work(session_factory) as session:
        broadcast = await create_broadcast(
            session,
            content=Content(text="请各班组开展动火作业专项检查。"),
            audience=Audience(AudienceKind.UNIT_GROUPS, unit_ids=(world.workshop,)),
            now=clock.now(),
            author_id=world.officer.id,
        )
        assert broadcast is not None and broadcast.status == BroadcastStatus.QUEUED.value
        assert broadcast.recipients == 2
        # queueing again (a repeated tick, a restart) writes nothing
        assert await enqueue_broadcast(session, broadcast, now=clock.now()) == 0
        broadcast_id = broadcast.id
    rows = await _rows(session_factory, broadcast_id)
    assert sorted(r.chat_id for r in rows) == [-5002, -5001]
    assert rows[0].payload["text"].startswith("请各班组")
    assert "buttons" not in rows[0].payload

    # not finished while rows are pending
    async with unit_of_work(session_factory) as session:
        assert await finish_completed(session, now=clock.now()) == []
    async with unit_of_work(session_factory) as session:
        await outbox.mark_sent(session, rows[0].id, now=clock.now(), message_id=1)
        await outbox.mark_chat_blocked(session, rows[1].chat_id, error="Forbidden: bot was kicked")
    async with unit_of_work(session_factory) as session:
        assert await finish_completed(session, now=clock.now()) == [broadcast_id]
        assert await finish_completed(session, now=clock.now()) == []
    async with unit_of_work(session_factory) as session:
        report = (
            await session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "broadcast_report"))
        ).one()
        summary = await broadcast_summary(session, broadcast_id)
    assert report.chat_id == 7001
    assert "已送达：1" in report.payload["text"] and "已屏蔽机器人/已移出群：1" in report.payload["text"]
    assert summary is not None and summary.status == BroadcastStatus.DONE
    assert (summary.delivery.sent, summary.delivery.blocked, summary.delivery.failed) == (1, 1, 0)


async def test_photo_broadcast_carries_caption_and_ack_button(
    session_factory: SessionFactory, clock: ManualClock
) -> None:
    world = await make_world(session_factory, clock.now())
    async with unit_of_work(session_factory) as session:
        broadcast = await create_broadcast(
            session,
            content=Content(text="消防演练海报", photo="PHOTO-1"),
            audience=Audience(AudienceKind.ROLE_PEOPLE, roles=(Role.WORKER,)),
            now=clock.now(),
            author_id=world.officer.id,
            ask_ack=True,
        )
        assert broadcast is not None
        broadcast_id = broadcast.id
    rows = await _rows(session_factory, broadcast_id)
    assert len(rows) == 3
    payload = rows[0].payload
    assert payload["method"] == "photo" and payload["photo"] == "PHOTO-1"
    assert payload["caption"].startswith("消防演练海报")
    assert payload["buttons"] == [[{"text": "✅ 已学习", "data": f"bc:ack:{broadcast_id}"}]]


# ---------------------------------------------------------------- read receipts


async def test_read_receipts_once_per_person_and_resend_to_the_rest(
    session_factory: SessionFactory, clock: ManualClock
) -> None:
    world = await make_world(session_factory, clock.now())
    async with unit_of_work(session_factory) as session:
        broadcast = await create_broadcast(
            session,
            content=Content(text="学习《有限空间作业安全规定》"),
            audience=Audience(AudienceKind.UNIT_GROUPS, unit_ids=(world.workshop,)),
            now=clock.now(),
            author_id=world.officer.id,
            ask_ack=True,
        )
        assert broadcast is not None
        broadcast_id = broadcast.id
        # expected: registered people of the workshop and the team below it
        assert sorted(broadcast.expected) == sorted(p.id for p in world.workers[:3])
    with pytest.raises(BroadcastError):
        async with unit_of_work(session_factory) as session:
            await resend_to_unconfirmed(session, 999, author_id=None, now=clock.now())
    async with unit_of_work(session_factory) as session:
        # who has not confirmed yet, by the pinyin of the name (li han, wang er, wang yi)
        assert [p.name for p in (await ack_status(session, broadcast_id)).pending] == ["李焊", "王二", "王一"]

    async with unit_of_work(session_factory) as session:
        first = await acknowledge(
            session, broadcast_id, telegram_user_id=7101, name="王一", chat_id=-5001, now=clock.now()
        )
        again = await acknowledge(
            session, broadcast_id, telegram_user_id=7101, name="王一", chat_id=-5001, now=clock.now()
        )
        stranger = await acknowledge(
            session, broadcast_id, telegram_user_id=99, name="群友", chat_id=-5001, now=clock.now()
        )
        assert (first, again, stranger) == (AckResult.RECORDED, AckResult.ALREADY, AckResult.RECORDED)
        status = await ack_status(session, broadcast_id)
    assert [name for name, _ in status.confirmed] == ["王一", "群友"]
    assert sorted(p.name for p in status.pending) == ["李焊", "王二"]

    async with unit_of_work(session_factory) as session:
        resend = await resend_to_unconfirmed(
            session, broadcast_id, author_id=world.officer.id, now=clock.now()
        )
        assert resend is not None and resend.origin == BroadcastOrigin.RESEND.value
        resend_id = resend.id
    rows = await _rows(session_factory, resend_id)
    assert sorted(r.chat_id for r in rows) == [7102, 7103]  # privately, only those pending
    assert rows[0].payload["buttons"][0][0]["data"] == f"bc:ack:{broadcast_id}"  # counts for the original

    async with unit_of_work(session_factory) as session:
        # pressing on the re-send (its button names the original) and on the original both count once
        assert (
            await acknowledge(
                session, resend_id, telegram_user_id=7102, name="王二", chat_id=7102, now=clock.now()
            )
            == AckResult.RECORDED
        )
        await acknowledge(
            session, broadcast_id, telegram_user_id=7103, name="李焊", chat_id=7103, now=clock.now()
        )
        assert (await ack_status(session, broadcast_id)).pending == []
        assert await resend_to_unconfirmed(session, broadcast_id, author_id=None, now=clock.now()) is None
        summaries = await list_broadcasts(session)
    assert [s.broadcast.id for s in summaries] == [broadcast_id]  # re-sends fold into the original
    assert (summaries[0].confirmed, summaries[0].expected, summaries[0].resends) == (4, 3, 1)


async def test_the_list_pages_newest_first(session_factory: SessionFactory, clock: ManualClock) -> None:
    await make_world(session_factory, clock.now())
    start = clock.now()
    async with unit_of_work(session_factory) as session:
        assert (await broadcasts_page(session, 1, size=10)).total == 0
        ids = []
        for k in range(23):  # one a day, #0 the oldest
            broadcast = await create_broadcast(
                session,
                content=Content(text=f"第 {k} 条"),
                audience=Audience(AudienceKind.ALL_GROUPS),
                now=start + timedelta(days=k),
            )
            assert broadcast is not None
            ids.append(broadcast.id)
        # a re-send folds into its original: it is not a row of the list
        await create_broadcast(
            session,
            content=Content(text="补发"),
            audience=Audience(AudienceKind.ALL_GROUPS),
            now=start + timedelta(days=30),
            origin=BroadcastOrigin.RESEND,
            parent_id=ids[0],
        )
    newest_first = ids[::-1]
    async with unit_of_work(session_factory) as session:
        pages = [await broadcasts_page(session, k, size=10) for k in (1, 2, 3)]
        assert [(p.page, p.pages, p.total) for p in pages] == [(1, 3, 23), (2, 3, 23), (3, 3, 23)]
        assert [s.broadcast.id for p in pages for s in p.summaries] == newest_first
        assert [len(p.summaries) for p in pages] == [10, 10, 3]
        # a page out of range (a forged button) shows the nearest one
        assert (await broadcasts_page(session, 99, size=10)).page == 3
        assert [
            s.broadcast.id for s in (await broadcasts_page(session, 0, size=10)).summaries
        ] == newest_first[:10]


def test_a_confirmed_broadcast_no_longer_asks_for_the_button_it_lost() -> None:
    asked = "【学习提醒】\n有限空间作业先通风。\n请认真阅读，学习后点击下方“已学习”按钮确认。"
    assert acknowledged_text(asked) == "【学习提醒】\n有限空间作业先通风。\n✅ 您已确认学习，谢谢！"
    assert acknowledged_text("停电检修通知") == "停电检修通知\n✅ 您已确认学习，谢谢！"
    assert acknowledged_text("") == "✅ 您已确认学习，谢谢！"


async def test_no_ack_on_a_broadcast_that_did_not_ask(
    session_factory: SessionFactory, clock: ManualClock
) -> None:
    world = await make_world(session_factory, clock.now())
    async with unit_of_work(session_factory) as session:
        broadcast = await create_broadcast(
            session, content=Content(text="通知"), audience=Audience(AudienceKind.ALL_GROUPS), now=clock.now()
        )
        assert broadcast is not None
        result = await acknowledge(
            session, broadcast.id, telegram_user_id=7101, name="王一", chat_id=-5001, now=clock.now()
        )
    assert result == AckResult.UNKNOWN
    assert world.officer.id


# ---------------------------------------------------------------- scheduling


async def test_scheduled_broadcast_waits_for_its_time_and_can_be_cancelled(
    session_factory: SessionFactory, clock: ManualClock
) -> None:
    world = await make_world(session_factory, clock.now())
    later = clock.now() + timedelta(hours=2)
    async with unit_of_work(session_factory) as session:
        scheduled = await create_broadcast(
            session,
            content=Content(text="下午两点消防演练"),
            audience=Audience(AudienceKind.ALL_GROUPS),
            now=clock.now(),
            author_id=world.officer.id,
            scheduled_at=later,
        )
        other = await create_broadcast(
            session,
            content=Content(text="取消的"),
            audience=Audience(AudienceKind.ALL_GROUPS),
            now=clock.now(),
            scheduled_at=later,
        )
        assert scheduled is not None and other is not None
        assert scheduled.status == BroadcastStatus.SCHEDULED.value
        ids = (scheduled.id, other.id)
        assert await cancel_broadcast(session, other.id)
        assert await enqueue_due(session, now=clock.now()) == []
    assert await _rows(session_factory, ids[0]) == []
    clock.set(later)
    async with unit_of_work(session_factory) as session:
        assert await enqueue_due(session, now=clock.now()) == [ids[0]]
        assert await enqueue_due(session, now=clock.now()) == []
        assert not await cancel_broadcast(session, ids[0])
    assert len(await _rows(session_factory, ids[0])) == 3
    assert await _rows(session_factory, ids[1]) == []


def test_parse_when_understands_local_times() -> None:
    now = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # Monday 09:00 in Shanghai

    def local(text: str) -> str | None:
        when = parse_when(text, now, ZONE)
        return when.astimezone(ZONE).strftime("%Y-%m-%d %H:%M") if when else None

    assert local("2026-06-01 09:00") == "2026-06-01 09:00"
    assert local("6-1 9:30") == "2026-06-01 09:30"
    assert local("03-01 08:00") == "2027-03-01 08:00"  # already past this year
    assert local("18:00") == "2026-03-02 18:00"
    assert local("08:00") == "2026-03-03 08:00"  # today's 08:00 has passed
    assert local("明天 8：30") == "2026-03-03 08:30"
    assert local("2026/06/01 09:00") == "2026-06-01 09:00"
    assert local("下周") is None and local("25:00") is None and local("2026-02-30 09:00") is None


# ---------------------------------------------------------------- groups


async def test_group_link_removal_and_migration(session_factory: SessionFactory, clock: ManualClock) -> None:
    world = await make_world(session_factory, clock.now())
    async with unit_of_work(session_factory) as session:
        broadcast = await create_broadcast(
            session,
            content=Content(text="通知"),
            audience=Audience(AudienceKind.UNIT_GROUPS, unit_ids=(world.office,)),
            now=clock.now(),
        )
        assert broadcast is not None
        await migrate_group(session, -5003, -1005003)
        # announced twice (both chats): harmless
        await migrate_group(session, -5003, -1005003)
        groups = {g.chat_id: g for g in await active_groups(session)}
        broadcast_id = broadcast.id
    assert -1005003 in groups and -5003 not in groups and groups[-1005003].unit_id == world.office
    assert [r.chat_id for r in await _rows(session_factory, broadcast_id)] == [-1005003]
    async with unit_of_work(session_factory) as session:
        await bot_removed(session, -1005003)
        assert (
            await count_recipients(session, Audience(AudienceKind.UNIT_GROUPS, unit_ids=(world.office,))) == 0
        )
        # re-added: active again, the link kept
        group = await bot_added(session, -1005003, "办公室群", now=clock.now())
        assert group.active and group.unit_id == world.office
        total = await session.scalar(select(func.count()).select_from(ChatGroup))
    assert total == 5


# ---------------------------------------------------------------- calendar and weekly tip


def test_shipped_calendar_has_the_campaign_dates() -> None:
    entries = {e.id: e for e in load_calendar(DEFAULT_CALENDAR)}
    assert (entries["safety_month"].month, entries["safety_month"].day) == (6, 1)
    assert (entries["fire_month"].month, entries["fire_month"].day) == (11, 1)
    assert (entries["disaster_reduction_week"].month, entries["disaster_reduction_week"].day) == (5, 12)
    assert (entries["safety_consultation_day"].month, entries["safety_consultation_day"].day) == (6, 16)
    assert (entries["constitution_day"].month, entries["constitution_day"].day) == (12, 4)
    assert all(e.text for e in entries.values())


def test_calendar_errors_name_the_entry(tmp_path: Path) -> None:
    with pytest.raises(CalendarError, match="'x'.*date"):
        parse_calendar({"entries": [{"id": "x", "date": "13-40", "text": "t"}]})
    with pytest.raises(CalendarError, match="audience"):
        parse_calendar([{"id": "y", "date": "06-01", "text": "t", "audience": "everyone"}])
    with pytest.raises(CalendarError, match="duplicate"):
        parse_calendar([{"id": "z", "date": "06-01", "text": "t"}, {"id": "z", "date": "06-02", "text": "t"}])
    bad = tmp_path / "c.yaml"
    bad.write_text("entries: [", encoding="utf-8")
    with pytest.raises(CalendarError, match="YAML"):
        load_calendar(bad)
    # 09:00 unquoted is read by YAML 1.1 as a number: still understood
    (entry,) = parse_calendar([{"id": "t", "date": "06-01", "time": 9 * 60, "text": "t"}])
    assert entry.at == time(9, 0)


def test_due_entries_respect_date_time_window_and_new_year() -> None:
    entries = parse_calendar(
        [
            {"id": "june", "date": "06-01", "time": "09:00", "days": 2, "text": "t"},
            {"id": "eve", "date": "12-31", "time": "20:00", "days": 3, "text": "t"},
            {"id": "leap", "date": "02-29", "text": "t"},
        ]
    )

    def due(local: str) -> list[tuple[str, int]]:
        at = datetime.fromisoformat(local).replace(tzinfo=ZONE)
        return [(e.id, y) for e, y in due_entries(entries, at, ZONE)]

    assert due("2026-06-01 08:59") == []
    assert due("2026-06-01 09:00") == [("june", 2026)]
    assert due("2026-06-02 23:00") == [("june", 2026)]
    assert due("2026-06-02 08:00") == []  # a catch-up day still waits for the time of day
    assert due("2026-06-03 09:00") == []
    assert due("2027-01-02 21:00") == [("eve", 2026)]
    assert due("2026-02-28 10:00") == [] and due("2028-02-29 10:00") == [("leap", 2028)]


async def test_calendar_entry_fires_once_a_year(session_factory: SessionFactory, clock: ManualClock) -> None:
    await make_world(session_factory, clock.now())
    entries = parse_calendar(
        [
            {
                "id": "safety_month",
                "name": "安全生产月",
                "date": "06-01",
                "days": 3,
                "text": "六月安全生产月",
                "ack": True,
            },
            {"id": "office", "date": "06-01", "audience": {"units": ["办公室"]}, "text": "办公室专题"},
            {
                "id": "officers",
                "date": "06-01",
                "audience": {"roles": ["safety_officer"]},
                "text": "安全员会议",
            },
            {"id": "ghost", "date": "06-01", "audience": {"units": ["不存在的单位"]}, "text": "无"},
        ]
    )
    clock.set(datetime(2026, 6, 1, 1, 30, tzinfo=UTC))  # 09:30 in Shanghai
    async with unit_of_work(session_factory) as session:
        fired = await fire_calendar(session, entries, now=clock.now(), zone=ZONE)
        assert [(b.title, b.recipients) for b in fired] == [("安全生产月", 3), ("office", 1), ("officers", 1)]
    clock.advance(timedelta(days=1))
    async with unit_of_work(session_factory) as session:
        assert await fire_calendar(session, entries, now=clock.now(), zone=ZONE) == []
    clock.set(datetime(2027, 6, 1, 1, 30, tzinfo=UTC))
    async with unit_of_work(session_factory) as session:
        again = await fire_calendar(session, entries, now=clock.now(), zone=ZONE)
        keys = [b.dedup_key for b in again]
    assert keys == ["cal:safety_month:2027", "cal:office:2027", "cal:officers:2027"]
    async with unit_of_work(session_factory) as session:
        first = (
            await session.scalars(select(Broadcast).where(Broadcast.dedup_key == "cal:safety_month:2026"))
        ).one()
    rows = await _rows(session_factory, first.id)
    assert rows[0].payload["text"].startswith("【安全生产月】")
    assert rows[0].payload["buttons"][0][0]["text"] == "✅ 已学习"


async def test_weekly_tip_rotates_once_a_week(session_factory: SessionFactory, clock: ManualClock) -> None:
    await make_world(session_factory, clock.now())
    tips = [Tip("a", "第一条", "《安全生产法》"), Tip("b", "第二条")]
    schedule = TipSchedule(weekday=1, at=time(9, 0))
    texts = []
    start = datetime(2026, 3, 2, 0, 30, tzinfo=UTC)  # Monday 08:30 in Shanghai
    # a bot that comes up at 18:30 on a Monday does not start the week's tip in the evening
    async with unit_of_work(session_factory) as session:
        evening = start - timedelta(weeks=1) + timedelta(hours=10)
        assert await fire_weekly_tip(session, tips, schedule, now=evening, zone=ZONE) is None
    for week in range(3):
        clock.set(start + timedelta(weeks=week))
        async with unit_of_work(session_factory) as session:
            assert (
                await fire_weekly_tip(session, tips, schedule, now=clock.now(), zone=ZONE) is None
            )  # too early
        clock.advance(timedelta(hours=1))
        async with unit_of_work(session_factory) as session:
            tip = await fire_weekly_tip(session, tips, schedule, now=clock.now(), zone=ZONE)
            assert tip is not None
            texts.append(Content.from_json(tip.content).text)
            assert await fire_weekly_tip(session, tips, schedule, now=clock.now(), zone=ZONE) is None
        clock.advance(timedelta(days=1))  # Tuesday: nothing
        async with unit_of_work(session_factory) as session:
            assert await fire_weekly_tip(session, tips, schedule, now=clock.now(), zone=ZONE) is None
    assert texts == ["第一条\n（依据：《安全生产法》）", "第二条", "第一条\n（依据：《安全生产法》）"]
    async with unit_of_work(session_factory) as session:
        assert (
            await fire_weekly_tip(session, tips, TipSchedule(enabled=False), now=clock.now(), zone=ZONE)
            is None
        )


def test_tips_come_from_the_knowledge_base_or_the_shipped_list() -> None:
    shipped = load_tips(DEFAULT_TIPS)
    assert len(shipped) >= 10 and all(t.text and t.source for t in shipped)
    from_kb = knowledge_tips()
    assert all(t.text and t.key for t in from_kb)


def test_long_texts_and_captions_fit_telegram_limits() -> None:
    """The sender splits a long broadcast text and cuts a long caption cleanly; 已学习 rides on the last part."""
    from bot.sender import CAPTION_LIMIT, TEXT_LIMIT, plan_parts, utf16_len
    from storage.broadcasts import broadcast_message

    paragraph = "动火作业前必须办理作业许可，清除周边可燃物，配备灭火器材，安排专人监护。\n"
    long_text = paragraph * 150  # ≈ 5,500 characters
    broadcast = Broadcast(
        id=7, title="安全生产月", content={"text": long_text}, audience={"kind": "all_groups"}, ask_ack=True
    )
    parts = plan_parts(broadcast_message(broadcast).payload())
    assert len(parts) == 2 and all(utf16_len(p.text or "") <= TEXT_LIMIT for p in parts)
    assert all((p.text or "").endswith("。") or "确认" in (p.text or "") for p in parts)  # cut at a line end
    assert not parts[0].buttons and parts[-1].buttons[0][0]["data"] == "bc:ack:7"
    assert "".join((p.text or "").replace("\n", "") for p in parts) == broadcast_message(
        broadcast
    ).text.replace("\n", "")  # type: ignore[union-attr]

    photo = Broadcast(
        id=8,
        title="",
        content={"text": paragraph * 30, "photo": "PHOTO-1"},
        audience={"kind": "all_groups"},
        ask_ack=True,
    )
    photo_parts = plan_parts(broadcast_message(photo).payload())
    assert photo_parts[0].method == "photo" and utf16_len(photo_parts[0].text or "") <= CAPTION_LIMIT
    assert (photo_parts[0].text or "").endswith("。")
    assert photo_parts[-1].method == "message" and photo_parts[-1].buttons


# ---------------------------------------------------------------- quiet hours


def _local(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=ZONE)


def test_delivery_hours_keep_publicity_out_of_the_evening_and_the_night() -> None:
    hours = DeliveryHours.parse("21:00-08:00", "18:00")
    morning = _local(6, 2, 8)
    assert hours.daytime_start(_local(6, 1, 9, 30), ZONE) == _local(6, 1, 9, 30)
    assert hours.daytime_start(_local(6, 1, 18, 0), ZONE) == morning  # evening: not started
    assert hours.daytime_start(_local(6, 1, 23, 0), ZONE) == morning  # quiet hours
    assert hours.daytime_start(_local(6, 2, 6, 0), ZONE) == morning  # early morning: later today
    assert hours.after_quiet(_local(6, 1, 19, 0), ZONE) == _local(6, 1, 19, 0)  # evening is not quiet
    assert hours.after_quiet(_local(6, 2, 0, 30), ZONE) == morning
    off = DeliveryHours.parse("off", "off")
    assert off.daytime_start(_local(6, 1, 23, 0), ZONE) == _local(6, 1, 23, 0)


async def _not_before(factory: SessionFactory, broadcast_id: int) -> set[str]:
    return {
        row.not_before.astimezone(ZONE).strftime("%m-%d %H:%M") for row in await _rows(factory, broadcast_id)
    }


async def test_calendar_entries_found_due_at_night_or_in_the_evening_wait_for_the_morning(
    session_factory: SessionFactory, clock: ManualClock
) -> None:
    await make_world(session_factory, clock.now())
    entries = parse_calendar(
        [
            {
                "id": "safety_month",
                "name": "安全生产月",
                "date": "06-01",
                "days": 3,
                "text": "六月安全生产月",
            },
            {"id": "late", "name": "晚间条目", "date": "06-01", "time": "19:30", "text": "定在晚上的条目"},
        ]
    )
    hours = DeliveryHours.parse("21:00-08:00", "18:00")
    # the bot comes back at 22:30 on 1 June: both entries are due, neither goes out tonight
    async with unit_of_work(session_factory) as session:
        fired = await fire_calendar(session, entries, now=_local(6, 1, 22, 30), zone=ZONE, hours=hours)
        assert [b.title for b in fired] == ["安全生产月", "晚间条目"]
        ids = [b.id for b in fired]
    for broadcast_id in ids:
        assert await _not_before(session_factory, broadcast_id) == {"06-02 08:00"}
    # nothing is claimable before 08:00; at 08:00 every row is
    async with unit_of_work(session_factory) as session:
        early = await outbox.claim_due(
            session,
            now=_local(6, 2, 7, 59),
            limit=100,
            worker="t",
            lease=timedelta(minutes=5),
            one_per_chat=False,
        )
        assert early == []
    async with unit_of_work(session_factory) as session:
        due = await outbox.claim_due(
            session,
            now=_local(6, 2, 8, 0),
            limit=100,
            worker="t",
            lease=timedelta(minutes=5),
            one_per_chat=False,
        )
        assert sorted(row.broadcast_id for row in due) == sorted(ids * 3)  # three linked groups each
    # fired once: the morning tick does not fire them again
    async with unit_of_work(session_factory) as session:
        assert await fire_calendar(session, entries, now=_local(6, 2, 9, 0), zone=ZONE, hours=hours) == []


async def test_an_entry_due_in_the_day_goes_at_once(
    session_factory: SessionFactory, clock: ManualClock
) -> None:
    await make_world(session_factory, clock.now())
    entries = parse_calendar([{"id": "fire_month", "date": "11-01", "text": "消防宣传月"}])
    async with unit_of_work(session_factory) as session:
        (fired,) = await fire_calendar(session, entries, now=_local(11, 1, 9, 5), zone=ZONE)
        broadcast_id = fired.id
    assert await _not_before(session_factory, broadcast_id) == {"11-01 09:05"}


async def test_a_scheduled_broadcast_caught_up_at_night_waits_but_an_on_time_one_does_not(
    session_factory: SessionFactory, clock: ManualClock
) -> None:
    world = await make_world(session_factory, clock.now())
    hours = DeliveryHours.parse("21:00-08:00", "18:00")
    composed = _local(6, 1, 10)
    async with unit_of_work(session_factory) as session:
        missed = await create_broadcast(
            session,
            content=Content(text="今晚八点前完成消防通道清理"),
            audience=Audience(AudienceKind.ALL_GROUPS),
            now=composed,
            author_id=world.officer.id,
            scheduled_at=_local(6, 1, 20),
        )
        chosen = await create_broadcast(
            session,
            content=Content(text="夜班安全提示"),
            audience=Audience(AudienceKind.ALL_GROUPS),
            now=composed,
            author_id=world.officer.id,
            scheduled_at=_local(6, 1, 23, 0),
        )
        assert missed is not None and chosen is not None
        ids = (missed.id, chosen.id)
    # the bot was down from 19:00 to 23:00: the 20:00 broadcast is a catch-up, the 23:00 one is on time
    async with unit_of_work(session_factory) as session:
        queued = await enqueue_due(
            session, now=_local(6, 1, 23, 0), after_quiet=lambda at: hours.after_quiet(at, ZONE)
        )
        assert sorted(queued) == sorted(ids)
    assert await _not_before(session_factory, ids[0]) == {"06-02 08:00"}
    assert await _not_before(session_factory, ids[1]) == {"06-01 23:00"}
