"""Safety publicity end to end through the local Bot API: groups, broadcasts, read receipts,
scheduled broadcasts, the campaign calendar, blocked recipients and a crash mid-broadcast."""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from telegram.ext import Application

from bot.config import Settings
from storage.broadcast_models import AudienceKind, Broadcast, BroadcastStatus
from storage.broadcasts import Audience, Content, create_broadcast
from storage.clock import ManualClock
from storage.db import SessionFactory, unit_of_work
from storage.groups import link_group
from storage.models import ChatGroup, OutboxMessage, Person, Role, Unit
from tests.botapi import FakeBotApi, FakeGroup, FakeUser, Limits
from tests.botapi.records import SentMessage
from tests.harness import running_bot
from tests.hazard_fixtures import Org, jpeg_bytes, make_org

CALENDAR = """\
entries:
  - id: drill_day
    name: 消防演练日
    date: "03-05"
    time: "09:00"
    audience: all_groups
    text: 今天上午十点全厂消防疏散演练，听到警报后沿疏散路线到集合点集合。
"""


@pytest.fixture
async def org(session_factory: SessionFactory) -> Org:
    return await make_org(session_factory)


@pytest.fixture
def settings(bot_settings: Settings, tmp_path: Path) -> Settings:
    calendar = tmp_path / "calendar.yaml"
    calendar.write_text(CALENDAR, encoding="utf-8")
    return bot_settings.model_copy(
        update={
            "publicity_tick_seconds": 0.2,
            "publicity_calendar_path": calendar,
            "weekly_tip_enabled": False,
            "outbox_poll_seconds": 0.1,
        }
    )


@pytest.fixture
async def app(
    bot_api: FakeBotApi, settings: Settings, org: Org, clock: ManualClock
) -> AsyncIterator[Application]:
    bot_api.set_limits(Limits(private_burst=30))  # people press buttons faster than anyone could
    for person in (
        org.officer,
        org.manager,
        org.other_manager,
        org.principal,
        org.reporter,
        org.owner,
        org.bystander,
    ):
        user(bot_api, person)
    async with running_bot(settings, clock=clock) as application:
        yield application


def user(api: FakeBotApi, person: Person) -> FakeUser:
    assert person.telegram_user_id is not None
    return api.user(person.telegram_user_id, person.name)


async def linked(
    api: FakeBotApi, factory: SessionFactory, org: Org, chat_id: int, unit_id: int, title: str
) -> FakeGroup:
    """A group already linked to a unit (the linking itself is tested through Telegram below)."""
    group = api.group(chat_id, title)
    async with unit_of_work(factory) as session:
        await link_group(
            session, chat_id, unit_id, title=title, linked_by_id=org.officer.id, now=datetime.now(UTC)
        )
    return group


async def compose(
    officer: FakeUser, content: str | bytes, audience: str, *, caption: str | None = None
) -> None:
    """/broadcast → content → audience button (units and roles are chosen by the caller)."""
    await officer.send("/broadcast")
    await officer.wait_reply(contains="请发送要群发的内容")
    if isinstance(content, bytes):
        await officer.send_photo(content, caption)
    else:
        await officer.send(content)
    menu = await officer.wait_reply(contains="请选择发送对象")
    await officer.press(menu, audience)


async def alert(api: FakeBotApi, query_id: str) -> str:
    return str((await api.wait_callback_answer(query_id)).get("text") or "")


async def broadcast_rows(factory: SessionFactory) -> list[Broadcast]:
    async with unit_of_work(factory) as session:
        return list((await session.scalars(select(Broadcast).order_by(Broadcast.id))).all())


# ---------------------------------------------------------------- linking and a broadcast to units


async def test_link_groups_then_broadcast_to_a_unit(
    bot_api: FakeBotApi, app: Application, session_factory: SessionFactory, org: Org
) -> None:
    officer, manager = user(bot_api, org.officer), user(bot_api, org.manager)

    # the bot is added to a group: a prompt with the units appears there
    workshop_group = bot_api.group(-3001, "一车间安全群")
    await workshop_group.add_bot(manager)
    prompt = await workshop_group.wait_reply(contains="关联到所属单位")
    assert "一车间" in prompt.button_texts and "办公室" in prompt.button_texts

    # a manager may not answer it; the safety officer may
    assert "只有管理员或安全员" in await alert(bot_api, await manager.press(prompt, "一车间"))
    await officer.press(prompt, "一车间")
    done = await workshop_group.wait_reply(contains="本群已关联到「一车间」")
    assert f"（由{org.officer.name}设置）" in (done.text or "")
    assert done.message_id == prompt.message_id and not done.buttons

    # /link in another group, by the officer; a worker's /link is refused
    office_group = bot_api.group(-3002, "办公室群")
    await office_group.add_bot(officer)
    await office_group.wait_reply(contains="关联到所属单位")
    await user(bot_api, org.bystander).send("/link", chat=office_group)
    await office_group.wait_reply(contains="只有管理员或安全员")
    await officer.send("/link", chat=office_group)
    again = await office_group.wait_reply(contains="请选择本群所属的单位")
    await officer.press(again, "办公室")
    await office_group.wait_reply(contains="本群已关联到「办公室」")

    unlinked = bot_api.group(-3003, "闲聊群")
    await unlinked.add_bot(officer)
    await unlinked.wait_reply(contains="关联到所属单位")

    # a broadcast to the workshop's groups
    await compose(officer, "请各班组本周内完成配电箱专项检查。", "指定单位的群")
    units = await officer.wait_reply(contains="请选择单位")
    await officer.press(units, "☐ 一车间")
    ticked = await officer.wait_reply(lambda m: "☑ 一车间" in m.button_texts)
    await officer.press(ticked, "完成选择")
    preview = await officer.wait_reply(contains="群发预览")
    assert "接收数量：1 个群" in (preview.text or "") and "「一车间」的群" in (preview.text or "")
    await officer.press(preview, "✅ 确认发送")
    await officer.wait_reply(contains="已开始发送，共 1 个接收对象")

    delivered = await workshop_group.wait_reply(contains="配电箱专项检查")
    assert not delivered.buttons
    report = await officer.wait_reply(contains="发送完毕")
    assert "已送达：1" in (report.text or "") and "发送失败：0" in (report.text or "")
    assert not [m for m in office_group.replies() if "配电箱" in (m.text or "")]
    assert not [m for m in unlinked.replies() if "配电箱" in (m.text or "")]

    # the bot removed from a group: it is deactivated and gets nothing more
    await office_group.remove_bot(officer)
    await bot_api.wait_idle()
    async with unit_of_work(session_factory) as session:
        office = (await session.scalars(select(ChatGroup).where(ChatGroup.chat_id == -3002))).one()
    assert office.active is False and office.unit_id == org.office.id

    await officer.send("/broadcasts")
    listing = await officer.wait_reply(contains="最近的群发")
    assert "送达 1/1" in (listing.text or "")
    assert bot_api.rate_limit_violations == 0


# ---------------------------------------------------------------- read receipts


async def test_read_receipt_round_with_a_resend(
    bot_api: FakeBotApi, app: Application, session_factory: SessionFactory, org: Org
) -> None:
    officer, manager = user(bot_api, org.officer), user(bot_api, org.manager)
    reporter, owner = user(bot_api, org.reporter), user(bot_api, org.owner)
    group = await linked(bot_api, session_factory, org, -3101, org.workshop.id, "一车间群")

    poster = jpeg_bytes((30, 90, 200), with_gps=False)
    await compose(
        officer, poster, "全部已关联的群", caption="有限空间作业“先通风、再检测、后作业”，请认真学习。"
    )
    preview = await officer.wait_reply(contains="群发预览")
    assert "[图片]" in (preview.text or "") and "学习确认：不需要" in (preview.text or "")
    await officer.press(preview, "学习确认：不需要")
    preview = await officer.wait_reply(contains="学习确认：需要")
    await officer.press(preview, "✅ 确认发送")
    await officer.wait_reply(contains="已开始发送")

    posted = await group.wait_reply(lambda m: m.kind == "photo")
    assert posted.photo_bytes == poster and "先通风" in (posted.text or "")
    assert posted.button_texts == ["✅ 已学习"]

    # in the group each member presses for themselves; twice counts once
    assert await alert(bot_api, await manager.press(posted, "已学习")) == "已确认学习，谢谢！"
    assert await alert(bot_api, await manager.press(posted, "已学习")) == "您已经确认过了，谢谢！"
    await officer.wait_reply(contains="发送完毕")

    # who has and who has not: the workshop's registered people (and the team below it)
    await officer.send("/broadcasts")
    listing = await officer.wait_reply(contains="最近的群发")
    assert "已学习 1/3" in (listing.text or "")
    await officer.press(listing, "详情")
    detail = await officer.wait_reply(contains="未学习（2）")
    assert "已学习（1）：车间主任王强" in (detail.text or "")
    assert "工人张小军" in (detail.text or "") and "班长刘建国" in (detail.text or "")

    # re-send, privately, to those two only
    await officer.press(detail, "向未学习的 2 人补发")
    await officer.wait_reply(contains="已向 2 名未学习的人员补发")
    resent = await reporter.wait_reply(lambda m: m.kind == "photo")
    assert resent.photo_bytes == poster and "【学习提醒】" in (resent.text or "")
    await owner.wait_reply(lambda m: m.kind == "photo")
    assert not [m for m in manager.replies() if m.kind == "photo"]
    await reporter.press(resent, "已学习")
    done = await reporter.wait_reply(lambda m: m.message_id == resent.message_id and not m.buttons)
    # the button is gone, and so is the line asking to press it
    assert (done.text or "").endswith("请认真学习。\n✅ 您已确认学习，谢谢！") and "点击下方" not in (
        done.text or ""
    )
    assert done.kind == "photo" and done.photo_bytes == poster

    await officer.send("/broadcasts")
    listing = await officer.wait_reply(contains="最近的群发")
    assert "已学习 2/3" in (listing.text or "")
    await officer.press(listing, "详情")
    detail = await officer.wait_reply(contains="未学习（1）：班长刘建国")
    assert "已补发 1 次" in (detail.text or "")


# ---------------------------------------------------------------- scheduled


async def test_scheduled_broadcast_goes_out_at_its_time(
    bot_api: FakeBotApi, app: Application, session_factory: SessionFactory, org: Org, clock: ManualClock
) -> None:
    officer, reporter, bystander = (
        user(bot_api, org.officer),
        user(bot_api, org.reporter),
        user(bot_api, org.bystander),
    )
    await compose(officer, "今天下午两点召开安全例会，请各位职工准时参加。", "按角色（私聊）")
    roles = await officer.wait_reply(contains="请选择角色")
    await officer.press(roles, "☐ 职工")
    ticked = await officer.wait_reply(lambda m: "☑ 职工" in m.button_texts)
    await officer.press(ticked, "完成选择")
    preview = await officer.wait_reply(contains="群发预览")
    assert "接收数量：3 人" in (preview.text or "")
    await officer.press(preview, "⏰ 定时发送")
    await officer.wait_reply(contains="请输入发送时间")
    await officer.send("明天 8:00")  # the clock says Monday 09:00 in Shanghai
    preview = await officer.wait_reply(contains="发送时间：2026-03-03 08:00")
    await officer.press(preview, "✅ 确认发送")
    await officer.wait_reply(contains="已安排在 2026-03-03 08:00 发送")

    await bot_api.wait_idle(0.6)
    assert not [m for m in reporter.replies() if "安全例会" in (m.text or "")]
    clock.set(datetime(2026, 3, 3, 0, 0, tzinfo=UTC))  # 08:00 local
    notice = await reporter.wait_reply(contains="安全例会")
    await bystander.wait_reply(contains="安全例会")
    assert notice.text == "今天下午两点召开安全例会，请各位职工准时参加。"
    await officer.wait_reply(contains="已送达：3")
    assert not [m for m in user(bot_api, org.manager).replies() if "安全例会" in (m.text or "")]


# ---------------------------------------------------------------- campaign calendar


async def test_calendar_entry_fires_on_its_date_once(
    bot_api: FakeBotApi,
    settings: Settings,
    app: Application,
    session_factory: SessionFactory,
    org: Org,
    clock: ManualClock,
) -> None:
    group = await linked(bot_api, session_factory, org, -3201, org.root.id, "全厂群")
    await bot_api.wait_idle(0.6)
    assert not group.replies()
    clock.set(datetime(2026, 3, 5, 0, 59, tzinfo=UTC))  # 08:59 local: not yet
    await bot_api.wait_idle(0.6)
    assert not group.replies()
    clock.set(datetime(2026, 3, 5, 1, 0, tzinfo=UTC))
    drill = await group.wait_reply(contains="消防疏散演练")
    assert (drill.text or "").startswith("【消防演练日】")
    clock.advance(timedelta(hours=3))
    await bot_api.wait_idle(0.6)
    assert len(group.replies()) == 1
    (broadcast,) = await broadcast_rows(session_factory)
    assert broadcast.dedup_key == "cal:drill_day:2026" and broadcast.status == BroadcastStatus.DONE.value


# ---------------------------------------------------------------- the list, page by page


def listed_ids(message: SentMessage) -> list[int]:
    return [int(n) for n in re.findall(r"^#(\d+) ", message.text or "", flags=re.MULTILINE)]


def on_page(label: str):  # type: ignore[no-untyped-def]
    return lambda m: label in m.button_texts


async def test_broadcast_list_pages_newest_first(
    bot_api: FakeBotApi, app: Application, session_factory: SessionFactory, org: Org, clock: ManualClock
) -> None:
    """23 scheduled broadcasts to the groups of 30 long-named units, then one sent now through
    Telegram: /broadcasts shows 10 a page, newest first, every page within Telegram's limits."""
    officer, worker = user(bot_api, org.officer), user(bot_api, org.reporter)
    group = await linked(bot_api, session_factory, org, -3401, org.workshop.id, "一车间群")
    now = clock.now()
    async with unit_of_work(session_factory) as session:
        units = []
        for k in range(30):
            unit = Unit(name=f"第{k + 1:02d}号联合装置区检维修作业班组", parent_id=org.workshop.id)
            session.add(unit)
            units.append(unit)
        await session.flush()
        for k in range(23):  # #1 the oldest, an hour apart
            scheduled = await create_broadcast(
                session,
                content=Content(text=f"第 {k + 1} 期安全提示：检维修作业前必须办理作业票。"),
                audience=Audience(AudienceKind.UNIT_GROUPS, unit_ids=tuple(u.id for u in units)),
                now=now - timedelta(hours=23 - k),
                scheduled_at=now + timedelta(days=30 + k),
                title="检维修作业专项整治宣传" * 10,
                author_id=org.officer.id,
            )
            assert scheduled is not None
    await compose(officer, "今天下午三点全厂停电检修，请提前做好准备。", "全部已关联的群")
    preview = await officer.wait_reply(contains="群发预览")
    await officer.press(preview, "✅ 确认发送")
    await group.wait_reply(contains="全厂停电检修")
    ids = [b.id for b in await broadcast_rows(session_factory)]
    newest_first = ids[::-1]
    assert len(ids) == 24

    await officer.send("/broadcasts")
    listing = await officer.wait_reply(contains="最近的群发（共 24 条，最新的在前）")
    assert listed_ids(listing) == newest_first[:10]
    assert "全厂停电检修" in (listing.text or "").split("\n\n")[1]  # the one sent now comes first
    assert [t for t in listing.button_texts if t.endswith("详情")] == [
        f"#{i} 详情" for i in newest_first[:10]
    ]
    assert listing.buttons[-1] == [("第 1/3 页", "bc:page:1"), ("下一页 ▶", "bc:page:2")]
    assert "…" in (listing.text or "")  # the long audience and title are cut in the list

    await officer.press(listing, "下一页 ▶")
    second = await officer.wait_reply(on_page("第 2/3 页"))
    assert second.message_id == listing.message_id and listed_ids(second) == newest_first[10:20]
    # the page shown, pressed again: answered, nothing changes
    await bot_api.wait_callback_answer(await officer.press(second, "第 2/3 页"))
    await officer.press(second, "下一页 ▶")
    third = await officer.wait_reply(on_page("第 3/3 页"))
    assert listed_ids(third) == newest_first[20:] == [4, 3, 2, 1]
    assert "下一页 ▶" not in third.button_texts and "◀ 上一页" in third.button_texts
    await officer.press(third, "◀ 上一页")
    back = await officer.wait_reply(on_page("第 2/3 页"))
    assert listed_ids(back) == newest_first[10:20]
    await officer.press(back, "下一页 ▶")
    third = await officer.wait_reply(on_page("第 3/3 页"))

    # the oldest, from the last page: its details in full, with its cancel button
    await officer.press(third, "#1 详情")
    detail = await officer.wait_reply(contains="计划发送时间")
    assert "第30号联合装置区检维修作业班组" in (detail.text or "") and "取消定时发送" in detail.button_texts

    # a worker's forged page press is refused; the officer's list is untouched
    answer = await bot_api.wait_callback_answer(await worker.press_data(1, "bc:page:2"))
    assert "没有权限" in (answer.get("text") or "")
    assert [m for m in bot_api.all_sent() if len(m.text or "") > 4096] == []
    assert bot_api.rate_limit_violations == 0


# ---------------------------------------------------------------- blocked recipients


async def test_blocked_recipient_is_counted_as_blocked(
    bot_api: FakeBotApi, app: Application, session_factory: SessionFactory, org: Org
) -> None:
    officer, reporter = user(bot_api, org.officer), user(bot_api, org.reporter)
    reporter.block_bot()
    await compose(officer, "节后复工安全提醒：上岗前检查设备和防护用品。", "全体注册人员（私聊）")
    preview = await officer.wait_reply(contains="群发预览")
    assert "接收数量：7 人" in (preview.text or "")
    await officer.press(preview, "✅ 确认发送")
    report = await officer.wait_reply(contains="发送完毕")
    text = report.text or ""
    assert "接收对象：7" in text and "已送达：6" in text and "已屏蔽机器人/已移出群：1" in text
    async with unit_of_work(session_factory) as session:
        person = await session.get(Person, org.reporter.id)
    assert person is not None and person.blocked_bot

    # the next broadcast leaves them out, and says so in the preview, the report and the listing
    await compose(officer, "防汛期间注意用电安全。", "全体注册人员（私聊）")
    preview = await officer.wait_reply(contains="群发预览")
    assert "接收数量：6 人（另有 1 人已屏蔽机器人，未发送）" in (preview.text or "")
    await officer.press(preview, "✅ 确认发送")
    report = await officer.wait_reply(lambda m: "发送完毕" in (m.text or "") and "防汛" in (m.text or ""))
    text = report.text or ""
    assert "接收对象：6" in text and "已送达：6" in text and "已屏蔽机器人/已移出群：0" in text
    assert "另有 1 人已屏蔽机器人，未发送" in text
    assert not [m for m in reporter.replies() if "防汛" in (m.text or "")]
    await officer.send("/broadcasts")
    listing = await officer.wait_reply(contains="最近的群发")
    assert "另有 1 人已屏蔽机器人，未发送" in (listing.text or "")

    # they unblock the bot and send /start: back in the audience
    bot_api.unblock(reporter.id)
    await reporter.send("/start")
    await reporter.wait_reply()
    await compose(officer, "高温作业防暑提示。", "全体注册人员（私聊）")
    preview = await officer.wait_reply(lambda m: "群发预览" in (m.text or "") and "高温" in (m.text or ""))
    assert "接收数量：7 人" in (preview.text or "") and "屏蔽" not in (preview.text or "")


# ---------------------------------------------------------------- crash mid-broadcast


async def test_crash_mid_broadcast_then_restart_finishes_without_duplicates(
    bot_api: FakeBotApi, settings: Settings, session_factory: SessionFactory, org: Org, clock: ManualClock
) -> None:
    # Telegram's overall and per-chat limits; only the officer's own quick clicks get a burst allowance
    bot_api.set_limits(Limits(private_burst=30))
    async with unit_of_work(session_factory) as session:
        people = [
            Person(
                name=f"职工{i:02d}", role=Role.WORKER.value, unit_id=org.team.id, telegram_user_id=40000 + i
            )
            for i in range(60)
        ]
        session.add_all(people)
    for person in (*people, org.reporter, org.owner, org.bystander):
        user(bot_api, person)  # each has a private chat with the bot
    officer = user(bot_api, org.officer)
    crashed = settings.model_copy(update={"rate_global_per_second": 20.0})
    text = "冬季防火：宿舍内严禁使用大功率电器，人走断电。"
    async with running_bot(crashed, clock=clock) as application:
        await compose(officer, text, "按角色（私聊）")
        roles = await officer.wait_reply(contains="请选择角色")
        await officer.press(roles, "☐ 职工")
        ticked = await officer.wait_reply(lambda m: "☑ 职工" in m.button_texts)
        await officer.press(ticked, "完成选择")
        preview = await officer.wait_reply(contains="接收数量：63 人")
        await officer.press(preview, "✅ 确认发送")
        await officer.wait_reply(contains="已开始发送")

        def delivered() -> Counter[int]:
            return Counter(m.chat_id for m in bot_api.all_sent() if m.text == text)

        async with asyncio.timeout(20):
            while sum(delivered().values()) < 20:  # noqa: ASYNC110
                await asyncio.sleep(0.02)
        # the process dies: send tasks cancelled with requests in flight, nothing written back
        sender = application.bot_data.pop("safebot.sender")
        in_flight = sender.in_flight
        await sender.abort()
        await sender.bot.shutdown()
    before = delivered()
    assert 20 <= sum(before.values()) < 63

    # restart; the dead sender's claims come back once their lease ran out. A real restart takes
    # seconds: requests still in flight at the crash land before the new process sends. Without a
    # pause, those late arrivals and the new sender's first second together went past Telegram's
    # 30/s now and then; so the restart waits until Telegram has seen nothing for a second.
    await bot_api.wait_idle(seconds=1.1)
    clock.advance(timedelta(seconds=settings.outbox_lease_seconds + 1))
    async with running_bot(crashed, clock=clock):
        try:
            await officer.wait_reply(contains="发送完毕", timeout=30)
        except AssertionError as stalled:  # say where the rows stand, so a stall can be told apart
            raise AssertionError(
                f"outbox after the restart: {await outbox_state(session_factory)}"
            ) from stalled
    after = delivered()
    recipients = {p.telegram_user_id for p in people} | {1005, 1006, 1007}
    assert set(after) == recipients  # nothing lost
    duplicates = sum(count - 1 for count in after.values())
    print(f"crash: {sum(before.values())} delivered before, {in_flight} in flight, {duplicates} duplicates")
    assert duplicates <= in_flight  # only what was in flight at the crash may arrive twice
    assert bot_api.rate_limit_violations == 0


async def outbox_state(session_factory: SessionFactory) -> Counter[tuple[str, str | None, str | None]]:
    async with asyncio.timeout(5), session_factory() as session:
        rows = await session.execute(
            select(OutboxMessage.status, OutboxMessage.claimed_by, OutboxMessage.last_error)
        )
        return Counter((status, worker, error) for status, worker, error in rows.all())


# ---------------------------------------------------------------- supergroup upgrade


async def test_group_upgraded_to_supergroup_keeps_receiving(
    bot_api: FakeBotApi, app: Application, session_factory: SessionFactory, org: Org
) -> None:
    officer = user(bot_api, org.officer)
    # announced by service messages: the link follows the new chat id
    upgraded = await linked(bot_api, session_factory, org, -3301, org.workshop.id, "一车间群")
    new_id = await upgraded.migrate_to_supergroup()
    # learnt only from the sender's ChatMigrated (service messages missed, e.g. while the bot was down)
    silent = await linked(bot_api, session_factory, org, -3302, org.office.id, "办公室群")
    bot_api.group(-1003302, "办公室群")
    bot_api.fail_next("sendMessage", kind="migrate", arg=-1003302, chat_id=-3302)
    await bot_api.wait_idle()

    await compose(officer, "汛期将至，请检查排水设施。", "全部已关联的群")
    preview = await officer.wait_reply(contains="接收数量：2 个群")
    await officer.press(preview, "✅ 确认发送")
    await bot_api.wait_for(new_id, contains="排水设施")
    await bot_api.wait_for(-1003302, contains="排水设施")
    report = await officer.wait_reply(contains="发送完毕")
    assert "已送达：2" in (report.text or "")
    async with unit_of_work(session_factory) as session:
        chats = set(
            (await session.scalars(select(ChatGroup.chat_id).where(ChatGroup.active.is_(True)))).all()
        )
    assert chats == {new_id, -1003302}
    assert silent.id == -3302


# ---------------------------------------------------------------- weekly tip


async def test_weekly_tip_from_the_knowledge_base(
    bot_api: FakeBotApi, settings: Settings, session_factory: SessionFactory, org: Org, clock: ManualClock
) -> None:
    group = await linked(bot_api, session_factory, org, -3401, org.root.id, "全厂群")
    with_tip = settings.model_copy(update={"weekly_tip_enabled": True})
    clock.set(datetime(2026, 3, 2, 0, 59, tzinfo=UTC))  # Monday 08:59 in Shanghai
    async with running_bot(with_tip, clock=clock):
        await bot_api.wait_idle(0.6)
        assert not group.replies()
        clock.set(datetime(2026, 3, 2, 1, 0, tzinfo=UTC))
        tip = await group.wait_reply(contains="【每周安全提示】")
        assert "依据：" in (tip.text or "")  # a curated rule, with its citation
        clock.advance(timedelta(hours=2))
        await bot_api.wait_idle(0.6)
    assert len(group.replies()) == 1
