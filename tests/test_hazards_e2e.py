"""The hazard loop end to end through the local Bot API, with real photo bytes.

Reports are filed through the domain call (the guided /report conversation is its own feature);
everything after that — notifications, buttons, typed answers, photos — goes through Telegram.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from telegram.ext import Application

from bot.config import Settings
from handlers.ask import NO_ANSWER, TOO_SHORT
from storage import hazards as hz
from storage.clock import ManualClock
from storage.db import SessionFactory, unit_of_work
from storage.hazard_flow import Op
from storage.models import Hazard, HazardPhoto, Person, Role
from storage.photos import PhotoInput, is_telegram_file_id, store_photo
from tests.botapi import FakeBotApi, FakeUser, Limits
from tests.botapi.records import SentMessage
from tests.harness import running_bot
from tests.hazard_fixtures import Org, add_person, jpeg_bytes, make_org


@pytest.fixture
async def org(session_factory: SessionFactory) -> Org:
    return await make_org(session_factory)


@pytest.fixture
async def app(
    bot_api: FakeBotApi, bot_settings: Settings, org: Org, clock: ManualClock
) -> AsyncIterator[Application]:
    # people here press buttons faster than anyone could: Telegram's per-chat burst is not the subject
    bot_api.set_limits(Limits(private_burst=30))
    for person in (
        org.officer,
        org.manager,
        org.other_manager,
        org.principal,
        org.reporter,
        org.owner,
        org.bystander,
    ):
        user(bot_api, person)  # each has a private chat with the bot
    async with running_bot(bot_settings, clock=clock) as application:
        yield application


def user(api: FakeBotApi, person: Person) -> FakeUser:
    assert person.telegram_user_id is not None
    return api.user(person.telegram_user_id, person.name)


async def file_report(
    api: FakeBotApi,
    factory: SessionFactory,
    settings: Settings,
    org: Org,
    clock: ManualClock,
    *,
    anonymous: bool = False,
    data: bytes | None = None,
    photos: list[PhotoInput] | None = None,
) -> Hazard:
    """A report as the /report conversation would file it: the photo is one the reporter sent."""
    if photos is None:
        data = data or jpeg_bytes((180, 30, 30))
        uploaded = api.store_file(data, kind="photo", mime_type="image/jpeg")
        photos = [PhotoInput(uploaded.file_id, uploaded.file_unique_id, store_photo(settings.data_dir, data))]
    async with unit_of_work(factory) as session:
        actor = await org.actor(session, org.reporter)
        return await hz.report_hazard(
            session,
            reporter=actor,
            description="二号配电箱柜门损坏，电线裸露",
            category="electrical",
            unit_id=org.team.id,
            location_text="一车间东侧",
            photos=photos,
            anonymous=anonymous,
            now=clock.now(),
        )


def has_button(text: str) -> object:
    return lambda m: any(text in b for b in m.button_texts)


async def press_and_wait(person: FakeUser, message: SentMessage, button: str, contains: str) -> SentMessage:
    await person.press(message, button)
    return await person.wait_reply(contains=contains)


async def alert(api: FakeBotApi, query_id: str) -> str:
    answer = await api.wait_callback_answer(query_id)
    return str(answer.get("text") or "")


async def test_loop_triage_assign_rectify_send_back_close(
    bot_api: FakeBotApi,
    app: Application,
    session_factory: SessionFactory,
    bot_settings: Settings,
    org: Org,
    clock: ManualClock,
) -> None:
    officer, owner, reporter = (
        user(bot_api, org.officer),
        user(bot_api, org.owner),
        user(bot_api, org.reporter),
    )
    manager = user(bot_api, org.manager)
    before = jpeg_bytes((180, 30, 30))
    hazard = await file_report(bot_api, session_factory, bot_settings, org, clock, data=before)
    number = hazard.number or ""

    # triage: the officer (and the unit's manager) got the first photo with buttons
    notice = await officer.wait_reply(contains="新隐患待研判")
    assert notice.kind == "photo" and notice.photo_bytes == before and number in (notice.text or "")
    # its source is named once, on its 来源 line, not again in the title
    assert (notice.text or "").startswith("📌 新隐患待研判\n")
    assert (notice.text or "").count("职工/群众举报") == 1 and "来源：职工/群众举报" in (notice.text or "")
    assert {"一般隐患", "重大隐患", "指派责任人", "设定期限", "无效举报", "标记重复"} <= set(
        notice.button_texts
    )
    await manager.wait_reply(contains=number)

    qid = await officer.press(notice, "一般隐患")
    assert "已定为一般隐患" in await alert(bot_api, qid)
    picker = await press_and_wait(officer, notice, "指派责任人", "请选择整改责任人")
    days = await press_and_wait(officer, picker, org.owner.name, "请选择整改期限")
    await press_and_wait(officer, days, "7 天", "已指派")

    # the owner rectifies with an after-photo
    card = await owner.wait_reply(contains="您被指派为隐患整改责任人")
    assert card.photo_bytes == before and "2026-03-09（剩 7 天）" in (card.text or "")
    await press_and_wait(owner, card, "提交整改", "请发送整改后的照片")
    after = jpeg_bytes((30, 160, 30))
    await owner.send_photo(after)
    got = await owner.wait_reply(contains="已收到整改照片 1 张")
    await owner.send("已更换柜门并加锁")
    await owner.wait_reply(contains="已记录整改说明")
    await press_and_wait(owner, got, "完成提交", "整改已提交")

    # the officer sends it back with a reason
    verify = await officer.wait_reply(contains="整改已提交，请验收")
    assert verify.photo_bytes == after
    assert "已更换柜门并加锁" in (verify.text or "")
    await press_and_wait(officer, verify, "退回整改", "请输入退回整改的理由")
    await officer.send("线头未包扎")
    await officer.wait_reply(contains="已退回整改")
    back = await owner.wait_reply(contains="整改未通过验收")
    assert "线头未包扎" in (back.text or "")

    # resubmitted, then closed
    await press_and_wait(owner, back, "提交整改", "请发送整改后的照片")
    after2 = jpeg_bytes((30, 30, 160))
    await owner.send_photo(after2)
    got = await owner.wait_reply(contains="已收到整改照片 1 张")
    await press_and_wait(owner, got, "完成提交", "整改已提交")
    verify = await officer.wait_reply(contains="整改已提交，请验收")
    await press_and_wait(officer, verify, "验收销号", "已验收销号")

    # the reporter is told, with the after-photo, and earned points
    closing = await reporter.wait_reply(contains="已整改完毕并销号")
    assert closing.photo_bytes == after2
    await reporter.send("/points")
    points = await reporter.wait_reply(contains="我的积分")
    assert "本月 10 分" in (points.text or "") and f"{org.reporter.name}（我） 10 分" in (points.text or "")

    # the card: photos before and after, status, timeline
    await officer.send(f"/hazard {number.lower()}")
    card_text = await officer.wait_reply(contains="进程：")
    text = card_text.text or ""
    assert "已销号" in text and "退回整改 → 整改中：线头未包扎" in text and "整改前 1 张，整改后 2 张" in text
    # who did what, with no spaces around a Chinese name
    assert f"09:00 {org.reporter.name}上报隐患 → 待研判" in text and f"{org.owner.name}提交整改" in text
    photos = [m for m in officer.replies() if m.media_group_id]
    assert [m.photo_bytes for m in photos[-3:]] == [before, after, after2]
    # a closed hazard offers no buttons, and an old button is refused with the reason
    assert card_text.buttons == []
    qid = await officer.press(verify, "验收销号")
    assert "已销号" in await alert(bot_api, qid)

    await officer.send("/list 已销号")
    listing = await officer.wait_reply(contains="隐患台账（已销号）：共 1 条")
    assert number in (listing.text or "")
    await owner.send("/my")
    await owner.wait_reply(contains="没有需要整改的隐患")


async def test_refusals_and_forged_buttons(
    bot_api: FakeBotApi,
    app: Application,
    session_factory: SessionFactory,
    bot_settings: Settings,
    org: Org,
    clock: ManualClock,
) -> None:
    officer, reporter, bystander = (
        user(bot_api, org.officer),
        user(bot_api, org.reporter),
        user(bot_api, org.bystander),
    )
    other_manager = user(bot_api, org.other_manager)
    hazard = await file_report(bot_api, session_factory, bot_settings, org, clock)
    number = hazard.number or ""
    notice = await officer.wait_reply(contains="新隐患待研判")

    # a worker elsewhere may not see it; the reporter may, without buttons
    await bystander.send(f"/hazard {number}")
    await bystander.wait_reply(contains="您无权查看该隐患")
    await reporter.send(f"/hazard {number}")
    own = await reporter.wait_reply(contains="进程：")
    assert own.buttons == []

    # forged presses: a worker "closing", a manager of another unit "assigning", garbage, a stranger
    await reporter.send("/my")
    mine = await reporter.wait_reply(contains="没有需要整改的隐患")
    qid = await reporter.press_data(mine.message_id, f"hz:close:{hazard.id}")
    assert "只有安全员或指定的验收人可以验收销号" in await alert(bot_api, qid)
    qid = await reporter.press_data(mine.message_id, f"hz:own:{hazard.id}:{org.reporter.id}")
    assert "只有安全员或该单位负责人" in await alert(bot_api, qid)
    await other_manager.send("/my")
    theirs = await other_manager.wait_reply(contains="没有需要整改的隐患")
    qid = await other_manager.press_data(theirs.message_id, f"hz:reject:{hazard.id}")
    assert "只有安全员或该单位负责人" in await alert(bot_api, qid)
    qid = await reporter.press_data(mine.message_id, "hz:close:abc")
    assert "该按钮已失效" in await alert(bot_api, qid)
    qid = await reporter.press_data(mine.message_id, "hz:close:99999")
    assert "找不到该隐患" in await alert(bot_api, qid)
    stranger = bot_api.user(777, "路人")
    qid = await stranger.press_data(1, f"hz:close:{hazard.id}")
    assert "还没有在本单位注册" in await alert(bot_api, qid)

    # the officer may not close before anyone was assigned
    qid = await officer.press_data(notice.message_id, f"hz:close:{hazard.id}")
    assert "该隐患尚未指派整改责任人，不能验收" in await alert(bot_api, qid)
    # once rejected, the old triage buttons say why they no longer work
    await press_and_wait(officer, notice, "无效举报", "请输入判定为无效举报的理由")
    await officer.send("现场核实，柜门完好")
    await officer.wait_reply(contains="已判定为无效举报")
    told = await reporter.wait_reply(contains="判定为无效")
    assert "现场核实，柜门完好" in (told.text or "")
    qid = await officer.press(notice, "指派责任人")
    assert "该隐患已判定为无效举报，不能再指派整改责任人" in await alert(bot_api, qid)
    async with unit_of_work(session_factory) as session:
        stored = await session.get(Hazard, hazard.id)
        assert stored is not None and stored.status == "invalid" and stored.owner_id is None


async def test_major_hazard_five_fixes_and_supervision(
    bot_api: FakeBotApi,
    app: Application,
    session_factory: SessionFactory,
    bot_settings: Settings,
    org: Org,
    clock: ManualClock,
) -> None:
    officer, owner, principal = (
        user(bot_api, org.officer),
        user(bot_api, org.owner),
        user(bot_api, org.principal),
    )
    hazard = await file_report(bot_api, session_factory, bot_settings, org, clock)
    notice = await officer.wait_reply(contains="新隐患待研判")
    major = await press_and_wait(officer, notice, "重大隐患", "已定为重大隐患")
    alarm = await principal.wait_reply(contains="重大事故隐患")
    assert hazard.number and hazard.number in (alarm.text or "")

    # the principal records the five fixes from their own notice
    step = await press_and_wait(principal, alarm, "登记五落实", "五落实 1/3")
    assert step
    await principal.send("更换配电箱，加装漏电保护")
    await principal.wait_reply(contains="五落实 2/3")
    await principal.send("2万元")
    await principal.wait_reply(contains="五落实 3/3")
    await principal.send("断电设警戒，专人值守")
    recorded = await principal.wait_reply(contains="五落实已登记")
    assert (
        recorded.text == f"隐患 {hazard.number} 的五落实已登记。"
    )  # not 已通知主要负责人: they are the principal

    await press_and_wait(officer, major, "挂牌督办", "请输入督办人")
    await officer.send("县应急管理局 张科长")
    await officer.wait_reply(contains="已挂牌督办")
    # the principal does not rectify it: they are asked to press for it, not to 按期整改
    listed = await principal.wait_reply(contains="已挂牌督办")
    assert listed.text == (
        f"🔴 隐患 {hazard.number} 已挂牌督办，督办人：县应急管理局 张科长。请督促尽快指派整改责任人、落实整改。"
    )

    picker = await press_and_wait(officer, notice, "指派责任人", "请选择整改责任人")
    days = await press_and_wait(officer, picker, org.owner.name, "请选择整改期限")
    await officer.send("2026-03-31")
    assigned = await officer.wait_reply(contains="已指派")
    assert assigned.text == f"隐患 {hazard.number} 已指派{org.owner.name}整改，期限 2026-03-31。"
    card = await owner.wait_reply(contains="您被指派为隐患整改责任人")
    assert days

    # the owner asks for an extension; the officer approves it; the count shows on the card
    ext = await press_and_wait(owner, card, "申请延期", "请选择延长多少天")
    await press_and_wait(owner, ext, "15 天", "请输入延期理由")
    await owner.send("配电箱需厂家定制")
    await owner.wait_reply(contains="延期申请已提交")
    ask = await officer.wait_reply(contains="申请延期")
    await press_and_wait(officer, ask, "同意延期", "已同意")
    await owner.wait_reply(contains="延期申请已同意，新期限 2026-04-15")

    await owner.send(f"/hazard {hazard.number}")
    text = (await owner.wait_reply(contains="进程：")).text or ""
    assert "挂牌督办：是（督办人：县应急管理局 张科长）" in text and "已延期：1 次" in text
    assert "资金：2万元" in text and "重大隐患" in text


async def test_anonymous_reporter_appears_nowhere_others_look(
    bot_api: FakeBotApi,
    app: Application,
    session_factory: SessionFactory,
    bot_settings: Settings,
    org: Org,
    clock: ManualClock,
) -> None:
    officer, owner = user(bot_api, org.officer), user(bot_api, org.owner)
    hazard = await file_report(bot_api, session_factory, bot_settings, org, clock, anonymous=True)
    notice = await officer.wait_reply(contains="新隐患待研判")
    picker = await press_and_wait(officer, notice, "指派责任人", "请选择整改责任人")
    days = await press_and_wait(officer, picker, org.owner.name, "请选择整改期限")
    await press_and_wait(officer, days, "3 天", "已指派")
    await owner.wait_reply(contains="您被指派为隐患整改责任人")
    for person in (officer, owner, user(bot_api, org.manager)):
        await person.send(f"/hazard {hazard.number}")
        await person.wait_reply(contains="进程：")
        await person.send("/list")
        await person.wait_reply(contains="隐患台账")
    await bot_api.wait_idle()
    reporter_chat = org.reporter.telegram_user_id
    seen = [m for m in bot_api.all_sent() if m.chat_id != reporter_chat]
    assert seen
    for message in seen:
        assert org.reporter.name not in (message.text or "")
    # the owner picker lists the whole unit, reporter included: leaving them out would point at them
    picker_names = [b for m in seen for b in m.button_texts if "请选择整改责任人" in (m.text or "")]
    assert org.reporter.name in picker_names
    assert any("匿名" in (m.text or "") for m in seen)


async def test_non_image_after_photo_is_refused(
    bot_api: FakeBotApi,
    app: Application,
    session_factory: SessionFactory,
    bot_settings: Settings,
    org: Org,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    owner = user(bot_api, org.owner)
    hazard = await file_report(bot_api, session_factory, bot_settings, org, clock)
    async with unit_of_work(session_factory) as session:
        officer = await org.actor(session, org.officer)
        await hz.assign_hazard(
            session,
            hazard.id,
            owner_id=org.owner.id,
            deadline=clock.now().date(),
            actor=officer,
            now=clock.now(),
        )
    card = await owner.wait_reply(contains="您被指派为隐患整改责任人")
    await press_and_wait(owner, card, "提交整改", "请发送整改后的照片")
    await owner.send_document(b"%PDF-1.4 fake", "report.pdf", "application/pdf")
    await owner.wait_reply(contains="这不是图片文件")
    await owner.send_document(b"%PDF-1.4 fake", "fake.jpg", "image/jpeg")
    await owner.wait_reply(contains="不是可识别的图片")
    qid = await owner.press(card, "提交整改")
    await alert(bot_api, qid)
    prompt = await owner.wait_reply(contains="请发送整改后的照片")
    qid = await owner.press(prompt, "完成提交")
    assert "请至少上传一张整改后的照片" in await alert(bot_api, qid)


async def test_rectification_in_progress_survives_a_restart(
    bot_api: FakeBotApi, bot_settings: Settings, session_factory: SessionFactory, org: Org, clock: ManualClock
) -> None:
    bot_api.set_limits(Limits(private_burst=30))
    owner, officer = user(bot_api, org.owner), user(bot_api, org.officer)
    for person in (org.manager, org.reporter):
        user(bot_api, person)
    async with running_bot(bot_settings, clock=clock):
        hazard = await file_report(bot_api, session_factory, bot_settings, org, clock)
        async with unit_of_work(session_factory) as session:
            actor = await org.actor(session, org.officer)
            await hz.assign_hazard(
                session,
                hazard.id,
                owner_id=org.owner.id,
                deadline=clock.now().date(),
                actor=actor,
                now=clock.now(),
            )
        card = await owner.wait_reply(contains="您被指派为隐患整改责任人")
        await press_and_wait(owner, card, "提交整改", "请发送整改后的照片")
        after = jpeg_bytes((10, 200, 10))
        await owner.send_photo(after)
        got = await owner.wait_reply(contains="已收到整改照片 1 张")
    # the bot stops and starts again; the photo already received is still there
    async with running_bot(bot_settings, clock=clock):
        await press_and_wait(owner, got, "完成提交", "整改已提交（照片 1 张）")
        verify = await officer.wait_reply(contains="整改已提交，请验收")
        assert verify.photo_bytes == after


# ---------------------------------------------------------------- photos kept only as stored copies


async def test_card_uploads_photos_telegram_cannot_resend(
    bot_api: FakeBotApi,
    app: Application,
    session_factory: SessionFactory,
    bot_settings: Settings,
    org: Org,
    clock: ManualClock,
) -> None:
    """An image sent as a file whose stripped copy could not be re-uploaded is kept by its path;
    a file_id can also be one Telegram refuses. The card shows the stored copies all the same."""
    officer = user(bot_api, org.officer)
    data_dir = bot_settings.data_dir
    by_path = store_photo(data_dir, jpeg_bytes((90, 10, 10), with_gps=False))
    hazard = await file_report(
        bot_api,
        session_factory,
        bot_settings,
        org,
        clock,
        photos=[PhotoInput(by_path.path, "U-doc-1", by_path)],
    )
    copy = (data_dir / by_path.path).read_bytes()
    # the notification goes through the outbox, whose sender uploads the path
    notice = await officer.wait_reply(contains="新隐患待研判")
    assert notice.photo_bytes == copy

    await officer.send(f"/hazard {hazard.number}")
    await officer.wait_reply(contains="进程：")
    shown = [m for m in officer.replies() if m.kind == "photo"]
    assert shown[-1].photo_bytes == copy and shown[-1].caption == "整改前"
    # the upload's file_id is remembered: the next card resends it instead of uploading again
    async with unit_of_work(session_factory) as session:
        kept = (await session.scalars(select(HazardPhoto).where(HazardPhoto.hazard_id == hazard.id))).one()
    assert is_telegram_file_id(kept.file_id) and bot_api.file_bytes(kept.file_id) == copy
    await officer.send(f"/hazard {hazard.number}")
    await officer.wait_reply(contains="进程：")
    assert bot_api.calls_to("sendPhoto")[-1].params["photo"] == kept.file_id

    # an album: one photo by path, one whose file_id Telegram refuses (another bot's)
    refused = store_photo(data_dir, jpeg_bytes((10, 90, 10), with_gps=False))
    album = await file_report(
        bot_api,
        session_factory,
        bot_settings,
        org,
        clock,
        photos=[
            PhotoInput(refused.path, "U-doc-2", refused),
            PhotoInput("AgACAgUAAxkBAAIBQ2foreignBotFileId", "U-foreign", by_path),
        ],
    )
    await officer.send(f"/hazard {album.number}")
    await officer.wait_reply(contains="进程：")
    group = [m for m in officer.replies() if m.media_group_id][-2:]
    assert [m.photo_bytes for m in group] == [(data_dir / refused.path).read_bytes(), copy]


async def test_after_photo_sent_as_file_is_shown_without_its_exif(
    bot_api: FakeBotApi,
    app: Application,
    session_factory: SessionFactory,
    bot_settings: Settings,
    org: Org,
    clock: ManualClock,
) -> None:
    """An after-photo sent as a file keeps its EXIF (GPS, phone) at Telegram: nobody else may get it."""
    owner, officer = user(bot_api, org.owner), user(bot_api, org.officer)
    hazard = await file_report(bot_api, session_factory, bot_settings, org, clock)
    async with unit_of_work(session_factory) as session:
        actor = await org.actor(session, org.officer)
        await hz.assign_hazard(
            session,
            hazard.id,
            owner_id=org.owner.id,
            deadline=clock.now().date(),
            actor=actor,
            now=clock.now(),
        )
    card = await owner.wait_reply(contains="您被指派为隐患整改责任人")
    await press_and_wait(owner, card, "提交整改", "请发送整改后的照片")
    original = jpeg_bytes((10, 120, 200), with_gps=True)
    sent = await owner.send_document(original, "IMG_2001.jpg", "image/jpeg")
    got = await owner.wait_reply(contains="已收到整改照片 1 张")
    await press_and_wait(owner, got, "完成提交", "整改已提交")

    verify = await officer.wait_reply(contains="整改已提交，请验收")
    assert verify.photo_bytes is not None and b"WhistlePhone" not in verify.photo_bytes
    async with unit_of_work(session_factory) as session:
        after = (
            await session.scalars(
                select(HazardPhoto).where(HazardPhoto.hazard_id == hazard.id, HazardPhoto.kind == "after")
            )
        ).one()
    assert after.file_id != sent.payload["document"]["file_id"]
    assert after.path is not None and (bot_settings.data_dir / after.path).read_bytes() == verify.photo_bytes
    await officer.send(f"/hazard {hazard.number}")
    await officer.wait_reply(contains="进程：")
    shown = [m for m in officer.replies() if m.media_group_id][-1]
    assert shown.caption == "整改后" and shown.photo_bytes == verify.photo_bytes


# ---------------------------------------------------------------- /my, a page at a time


async def _owned_hazards(factory: SessionFactory, org: Org, today: date, count: int = 23) -> None:
    """`count` hazards in 一班 owned by the owner, YH-2026-000001 due first."""
    async with unit_of_work(factory) as session:
        for index in range(count):
            session.add(
                Hazard(
                    number=f"YH-2026-{index + 1:06d}",
                    status="assigned",
                    level="general",
                    description=f"第 {index + 1} 号隐患",
                    unit_id=org.team.id,
                    reporter_id=org.reporter.id,
                    owner_id=org.owner.id,
                    deadline=today + timedelta(days=index),
                )
            )


def page_row(message: SentMessage) -> list[tuple[str, str]]:
    """The navigation row of a paged list (the row with 第 k/n 页)."""
    [row] = [row for row in message.buttons if any(text.startswith("第 ") for text, _ in row)]
    return row


def no_arrows(message: SentMessage) -> bool:
    return not [t for t in message.button_texts if "⬅" in t or "➡" in t]


def on_page(page: int, pages: int) -> Callable[[SentMessage], bool]:
    """A list message (sent or edited) whose page row shows page `page` of `pages`."""
    return lambda m: f"第 {page}/{pages} 页" in m.button_texts


async def test_my_hazards_page_by_page(
    bot_api: FakeBotApi, app: Application, session_factory: SessionFactory, org: Org, clock: ManualClock
) -> None:
    owner = user(bot_api, org.owner)
    await _owned_hazards(session_factory, org, clock.now().date())
    await owner.send("/my")
    first = await owner.wait_reply(contains="我负责整改的隐患")
    text = first.text or ""
    assert text.startswith("我负责整改的隐患（23 条）：\n")
    assert "YH-2026-000001" in text and "YH-2026-000011" not in text
    assert "页" not in text  # the page is said once, in the page row below
    cards = [b for b in first.button_texts if b.startswith("YH-")]
    # the page row every list in the bot has
    assert len(cards) == 10 and page_row(first) == [("第 1/3 页", "hzm:0"), ("下一页 ▶", "hzm:1")]
    assert no_arrows(first)

    await owner.press(first, "下一页 ▶")
    second = await owner.wait_reply(on_page(2, 3))
    assert second.message_id == first.message_id  # edited in place
    assert "YH-2026-000011" in (second.text or "") and "YH-2026-000001" not in (second.text or "")
    assert [text for text, _ in page_row(second)] == ["◀ 上一页", "第 2/3 页", "下一页 ▶"]
    # the page shown, pressed again: answered, nothing changes
    await bot_api.wait_callback_answer(await owner.press(second, "第 2/3 页"))
    await owner.press(second, "下一页 ▶")
    last = await owner.wait_reply(on_page(3, 3))
    assert [b for b in last.button_texts if b.startswith("YH-")] == [
        "YH-2026-000021",
        "YH-2026-000022",
        "YH-2026-000023",
    ]
    assert page_row(last) == [("◀ 上一页", "hzm:1"), ("第 3/3 页", "hzm:2")]
    await owner.press(last, "◀ 上一页")
    back = await owner.wait_reply(on_page(2, 3))
    assert "YH-2026-000011" in (back.text or "") and no_arrows(back)

    # a page that no longer exists (hazards were closed meanwhile) shows the last one
    qid = await owner.press_data(first.message_id, "hzm:7")
    await bot_api.wait_callback_answer(qid)
    await owner.wait_reply(on_page(3, 3))
    # a ⬅ 上一页 on a /my from before the shared row carried hzm:<page from 0>: it still turns to
    # that page, and the message gets the new row; a forged page is refused
    qid = await owner.press_data(first.message_id, "hzm:1")
    await bot_api.wait_callback_answer(qid)
    turned = await owner.wait_reply(on_page(2, 3))
    assert "YH-2026-000011" in (turned.text or "") and no_arrows(turned)
    qid = await owner.press_data(first.message_id, "hzm:-1")
    assert "该按钮已失效" in await alert(bot_api, qid)
    await bot_api.wait_idle()
    no_error_shown(bot_api)


async def test_the_ledger_list_pages_like_every_other_list(
    bot_api: FakeBotApi, app: Application, session_factory: SessionFactory, org: Org, clock: ManualClock
) -> None:
    """/list pages with the same row as /my, /broadcasts and the unit pickers, keeping its filter;
    a ⬅/➡ button on a list sent before still turns the page."""
    officer = user(bot_api, org.officer)
    await _owned_hazards(session_factory, org, clock.now().date())
    await officer.send("/list")
    first = await officer.wait_reply(
        lambda m: (m.text or "").startswith("隐患台账（全部）：共 23 条\n") and on_page(1, 3)(m)
    )
    assert "YH-2026-000023" in (first.text or "")  # newest first
    assert "页" not in (first.text or "")  # the page is said once, in the page row
    assert page_row(first) == [("第 1/3 页", "hzl:0:-:-:0:00"), ("下一页 ▶", "hzl:1:-:-:0:00")]
    assert no_arrows(first)
    await officer.press(first, "下一页 ▶")
    second = await officer.wait_reply(on_page(2, 3))
    assert second.message_id == first.message_id and "YH-2026-000013" in (second.text or "")
    assert [text for text, _ in page_row(second)] == ["◀ 上一页", "第 2/3 页", "下一页 ▶"]
    await bot_api.wait_callback_answer(await officer.press(second, "第 2/3 页"))
    await officer.press(second, "◀ 上一页")
    await officer.wait_reply(on_page(1, 3))

    # a filter keeps its pages: 未销号, page 2
    await officer.press(first, "未销号")
    open_first = await officer.wait_reply(
        lambda m: (m.text or "").startswith("隐患台账（未销号）：共 23 条\n") and on_page(1, 3)(m)
    )
    assert page_row(open_first)[-1] == ("下一页 ▶", "hzl:1:o:-:0:00")
    await officer.press(open_first, "下一页 ▶")
    await officer.wait_reply(
        lambda m: (m.text or "").startswith("隐患台账（未销号）：共 23 条\n") and on_page(2, 3)(m)
    )

    # a 下一页 ➡ from before the shared row (hzl:<page from 0>:…) still turns the page
    qid = await officer.press_data(first.message_id, "hzl:2:-:-:0:00")
    await bot_api.wait_callback_answer(qid)
    last = await officer.wait_reply(
        lambda m: (m.text or "").startswith("隐患台账（全部）：共 23 条\n") and on_page(3, 3)(m)
    )
    assert "YH-2026-000003" in (last.text or "") and no_arrows(last)
    assert [text for text, _ in page_row(last)] == ["◀ 上一页", "第 3/3 页"]
    await bot_api.wait_idle()
    no_error_shown(bot_api)


# ---------------------------------------------------------------- people pickers page through everyone


async def _crowd(factory: SessionFactory, org: Org) -> dict[str, Person]:
    """25 workers in 一班 (where the test hazard is) and 20 clerks in 办公室: 52 people in all."""
    async with unit_of_work(factory) as session:
        people = [
            add_person(session, f"一班工人{i:02d}", Role.WORKER, org.team, 5000 + i) for i in range(1, 26)
        ]
        people += [
            add_person(session, f"办公室职员{i:02d}", Role.WORKER, org.office, 6000 + i) for i in range(1, 21)
        ]
        await session.flush()
        return {p.name: p for p in people}


def people_buttons(message: SentMessage) -> list[str]:
    return [text for row in message.buttons for text, _ in row if not text.startswith(("第 ", "◀", "下一页"))]


async def test_owner_and_verifier_pickers_page_through_everyone(
    bot_api: FakeBotApi,
    app: Application,
    session_factory: SessionFactory,
    bot_settings: Settings,
    org: Org,
    clock: ManualClock,
) -> None:
    """With 52 people the pickers show 20 a page, the hazard's unit first, then by the pinyin of the
    name (as a phone's contacts); someone on page 3 can be named owner, someone else on page 3
    verifier; old and stale buttons still answer."""
    crowd = await _crowd(session_factory, org)
    officer, manager = user(bot_api, org.officer), user(bot_api, org.manager)
    picked_owner, picked_verifier = user(bot_api, crowd["办公室职员15"]), user(bot_api, crowd["办公室职员18"])
    hazard = await file_report(bot_api, session_factory, bot_settings, org, clock)
    h = hazard.id
    notice = await officer.wait_reply(contains="新隐患待研判")

    owner_picker = picker = await press_and_wait(officer, notice, "指派责任人", "请选择整改责任人")
    assert "（共 52 人，隐患所在单位的人员在前）" in (picker.text or "") and "页" not in (picker.text or "")
    first = people_buttons(picker)
    # 一班 (the hazard's unit) and 一车间's manager first, by pinyin: ban…, che…, gong…, yi ban…
    assert first == [
        org.owner.name,
        org.manager.name,  # 一车间's manager: the nearest unit above 一班 with one
        org.reporter.name,
        *(f"一班工人{i:02d}" for i in range(1, 18)),
    ]
    assert page_row(picker) == [("第 1/3 页", f"hz:ownpg:{h}:1"), ("下一页 ▶", f"hz:ownpg:{h}:2")]
    await officer.press(picker, "下一页 ▶")
    second = await officer.wait_reply(on_page(2, 3))
    assert second.message_id == picker.message_id  # edited in place
    assert people_buttons(second) == [
        *(f"一班工人{i:02d}" for i in range(18, 26)),
        org.officer.name,  # then everyone else, by pinyin: an quan yuan, ban gong shi zhi yuan …
        *(f"办公室职员{i:02d}" for i in range(1, 12)),
    ]
    await officer.press(second, "下一页 ▶")
    third = await officer.wait_reply(on_page(3, 3))
    assert people_buttons(third) == [
        *(f"办公室职员{i:02d}" for i in range(12, 21)),
        org.other_manager.name,  # ban gong shi zhu ren, after zhi yuan
        org.bystander.name,
        org.principal.name,
    ]
    assert [text for text, _ in page_row(third)] == ["◀ 上一页", "第 3/3 页"]
    days = await press_and_wait(officer, third, "办公室职员15", "请选择整改期限")
    await press_and_wait(officer, days, "7 天", "已指派办公室职员15 整改")
    await picked_owner.wait_reply(contains="您被指派为隐患整改责任人")

    # the verifier picker: the owner is left out, the safety officers join the first group
    await officer.send(f"/hazard {h}")
    card = await officer.wait_reply(contains="进程：")
    picker = await press_and_wait(officer, card, "指定验收人", "请选择验收人")
    assert "（共 51 人，隐患所在单位的人员在前）" in (picker.text or "")
    assert people_buttons(picker)[0] == org.officer.name  # an quan yuan, first of the first group
    await officer.press(picker, "下一页 ▶")
    second = await officer.wait_reply(on_page(2, 3))
    await officer.press(second, "下一页 ▶")
    third = await officer.wait_reply(on_page(3, 3))
    shown = people_buttons(third)
    assert "办公室职员18" in shown and "办公室职员15" not in shown
    await press_and_wait(officer, third, "办公室职员18", "的验收人：办公室职员18")
    await picked_verifier.wait_reply(contains="您被指定为该隐患的验收人")

    # a manager pages through the people of their own units only (one of them re-assigns)
    await manager.send(f"/hazard {h}")
    card = await manager.wait_reply(contains="进程：")
    picker = await press_and_wait(manager, card, "改派责任人", "请选择整改责任人")
    assert "（共 28 人，隐患所在单位的人员在前）" in (picker.text or "")
    await manager.press(picker, "下一页 ▶")
    last = await manager.wait_reply(on_page(2, 2))
    assert not [name for name in people_buttons(last) if name.startswith("办公室")]

    # a page past the last (people left meanwhile) shows the last; the page shown, pressed again,
    # is answered; an owner button from before paging (hz:own:…) still names its person
    qid = await officer.press_data(owner_picker.message_id, f"hz:ownpg:{h}:9")
    await bot_api.wait_callback_answer(qid)
    turned = await officer.wait_reply(on_page(3, 3))
    assert turned.message_id == owner_picker.message_id
    await bot_api.wait_callback_answer(await officer.press(turned, "第 3/3 页"))
    # (the triage notice's 指派责任人 still opens the picker)
    fresh = await press_and_wait(officer, notice, "指派责任人", "请选择整改责任人")
    qid = await officer.press_data(fresh.message_id, f"hz:own:{h}:{crowd['一班工人25'].id}")
    await bot_api.wait_callback_answer(qid)
    await officer.wait_reply(contains="已指派一班工人25 整改")
    async with unit_of_work(session_factory) as session:
        stored = await session.get(Hazard, h)
        assert stored is not None
        assert (stored.owner_id, stored.verifier_id) == (crowd["一班工人25"].id, crowd["办公室职员18"].id)
    await bot_api.wait_idle()
    no_error_shown(bot_api)


async def test_people_pickers_narrow_to_what_the_officer_types(
    bot_api: FakeBotApi, bot_settings: Settings, session_factory: SessionFactory, org: Org, clock: ManualClock
) -> None:
    """While a picker is open, what the officer types narrows it: part of a name or of a phone
    number, paged like the picker, with 清除搜索 back to everyone; nothing found says so and shows
    everyone. The open picker survives a restart; typed text is neither a question nor a hazard
    number then; once a person is chosen (or /cancel), a message is an ordinary one again."""
    bot_api.set_limits(Limits(private_burst=30))
    crowd = await _crowd(session_factory, org)
    async with unit_of_work(session_factory) as session:
        clerk = await session.get(Person, crowd["办公室职员18"].id)
        assert clerk is not None
        clerk.phone = "139 1234 5678"
    officer = user(bot_api, org.officer)
    for person in (org.manager, org.reporter, crowd["一班工人07"], clerk):
        user(bot_api, person)
    async with running_bot(bot_settings, clock=clock):
        hazard = await file_report(bot_api, session_factory, bot_settings, org, clock)
        h, number = hazard.id, hazard.number or ""
        notice = await officer.wait_reply(contains="新隐患待研判")
        picker = await press_and_wait(officer, notice, "指派责任人", "请选择整改责任人")
        assert "（共 52 人，隐患所在单位的人员在前）" in (picker.text or "")
        assert "直接发送姓名中的字" in (picker.text or "")
    # the bot stops and starts again: the picker still waits for a name
    async with running_bot(bot_settings, clock=clock):
        await officer.send("工人")
        found = await officer.wait_reply(
            lambda m: "搜索“工人”：共 27 人\n" in (m.text or "") and on_page(1, 2)(m)
        )
        assert NO_ANSWER not in (found.text or "")
        # the hazard's unit first (工人张小军, 一班工人01…), then 工人陈二 of the office
        assert people_buttons(found)[:-1] == [org.reporter.name, *(f"一班工人{i:02d}" for i in range(1, 20))]
        assert page_row(found) == [("第 1/2 页", f"hz:ownsq:{h}:1"), ("下一页 ▶", f"hz:ownsq:{h}:2")]
        assert found.buttons[-1] == [("✖ 清除搜索", f"hz:ownpg:{h}:1")]
        await officer.press(found, "下一页 ▶")
        second = await officer.wait_reply(
            lambda m: "搜索“工人”：共 27 人\n" in (m.text or "") and on_page(2, 2)(m)
        )
        assert second.message_id == found.message_id  # edited in place, as the picker pages
        assert people_buttons(second)[:-1] == [
            *(f"一班工人{i:02d}" for i in range(20, 26)),
            org.bystander.name,
        ]
        await officer.press(second, "✖ 清除搜索")
        everyone = await officer.wait_reply(
            lambda m: "（共 52 人，隐患所在单位的人员在前）" in (m.text or "") and on_page(1, 3)(m)
        )
        assert everyone.message_id == found.message_id

        # nothing found: said plainly, everyone shown again; a hazard number is a search here too
        for typed in ("欧阳", number):
            await officer.send(typed)
            missed = await officer.wait_reply(contains=f"没有找到与“{typed}”相符的人员")
            assert "（共 52 人" in (missed.text or "") and len(people_buttons(missed)) == 20
            assert "进程：" not in (missed.text or "")
        # by the name's pinyin, in full or by initials, in any case
        for typed in ("ZhangXiaoJun", "xiaojun", "zxj"):
            await officer.send(typed)
            by_pinyin = await officer.wait_reply(contains=f"搜索“{typed}”：共 1 人")
            assert people_buttons(by_pinyin) == [org.reporter.name, "✖ 清除搜索"]
        await officer.send("gongren")
        by_pinyin = await officer.wait_reply(contains="搜索“gongren”：共 27 人")  # 工人 in the name
        assert people_buttons(by_pinyin)[0] == org.reporter.name
        await officer.send("工人07")
        one = await officer.wait_reply(contains="搜索“工人07”：共 1 人")
        assert people_buttons(one) == ["一班工人07", "✖ 清除搜索"]
        days = await press_and_wait(officer, one, "一班工人07", "请选择整改期限")
        await press_and_wait(officer, days, "7 天", "已指派一班工人07 整改")

        # the verifier picker, by a phone number's digits; /cancel ends a picker's search
        await officer.send(f"/hazard {h}")
        card = await officer.wait_reply(contains="进程：")
        picker = await press_and_wait(officer, card, "指定验收人", "请选择验收人")
        await officer.send("/cancel")
        await officer.wait_reply(contains="已取消")
        await officer.send(number)
        await officer.wait_reply(contains="进程：")  # an ordinary message again: the card
        await officer.press(picker, "下一页 ▶")  # paging the picker opens the search again
        await officer.wait_reply(on_page(2, 3))
        await officer.send("5678")
        by_phone = await officer.wait_reply(contains="搜索“5678”：共 1 人")
        await press_and_wait(officer, by_phone, "办公室职员18", "的验收人：办公室职员18")
        await officer.send(number)
        await officer.wait_reply(contains="进程：")  # the picker was used: the number is the card
        await officer.send("工人")
        answered = await officer.wait_reply(lambda m: m.kind == "text")
        assert "搜索" not in (answered.text or "")  # a question for the rules Q&A, not a search
        async with unit_of_work(session_factory) as session:
            stored = await session.get(Hazard, h)
            assert stored is not None
            assert (stored.owner_id, stored.verifier_id) == (crowd["一班工人07"].id, clerk.id)
        await bot_api.wait_idle()
        no_error_shown(bot_api)


# ---------------------------------------------------------------- malformed input, stale buttons


def no_error_shown(api: FakeBotApi) -> None:
    """The bot's error handler says 出错 when a handler raised: nothing may have got there."""
    answers = [str(c.params.get("text") or "") for c in api.calls_to("answerCallbackQuery")]
    sent = [m.text or "" for m in api.all_sent()]
    assert not [t for t in answers + sent if "处理时出错" in t]


def chinese(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


async def test_malformed_commands_are_answered_in_chinese(
    bot_api: FakeBotApi, app: Application, session_factory: SessionFactory, org: Org
) -> None:
    officer = user(bot_api, org.officer)
    for command, expected in [
        ("/hazard", "用法：/hazard 隐患编号"),
        ("/hazard YH-2026-999999", "找不到隐患 YH-2026-999999"),
        ("/hazard 12%$#@!", "找不到隐患"),
        ("/hazard " + "X" * 4000, "找不到隐患"),  # echoed back clipped, not past Telegram's limit
        ("/list 胡说八道", "看不懂的筛选条件：胡说八道"),
        ("/list 重大 乱写", "看不懂的筛选条件：乱写"),
        ("/list " + "乱" * 4000, "看不懂的筛选条件"),
    ]:
        await officer.send(command)
        got = await officer.wait_reply(contains=expected)
        assert len(got.text or "") <= 4096
    # /list pages: pressing the filter already shown, or a forged page, changes nothing and says so
    await officer.send("/list")
    listing = await officer.wait_reply(contains="隐患台账")
    qid = await officer.press(listing, "全部")
    await bot_api.wait_callback_answer(qid)
    for forged in ("hzl:0:-:-:99999999999:00", "hzl:-1:-:-:0:00", "hzl:0:-:-:0", "hzm:x"):
        qid = await officer.press_data(listing.message_id, forged)
        assert "该按钮已失效" in await alert(bot_api, qid)
    await bot_api.wait_idle()
    no_error_shown(bot_api)


async def test_hazard_found_by_the_number_as_people_type_it(
    bot_api: FakeBotApi,
    app: Application,
    session_factory: SessionFactory,
    bot_settings: Settings,
    org: Org,
    clock: ManualClock,
) -> None:
    officer = user(bot_api, org.officer)
    first = await file_report(bot_api, session_factory, bot_settings, org, clock)
    second = await file_report(
        bot_api, session_factory, bot_settings, org, clock, data=jpeg_bytes((10, 200, 10))
    )
    number, sequence = first.number or "", first.id
    assert number == f"YH-2026-{sequence:06d}"  # the clock is in March 2026, Shanghai time
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in str(sequence))
    for typed in (
        str(sequence),
        f"{sequence:06d}",
        f"yh-2026-{sequence}",
        f"2026-{sequence}",
        full_width,
        f"YH 2026 {sequence:06d}",
        number,
    ):
        await officer.send(f"/hazard {typed}")
        card = await officer.wait_reply(contains="进程：")
        assert f"隐患 {number} ｜" in (card.text or ""), typed
    for command, expected in [
        ("/hazard", "也可以只写序号：/hazard 123"),
        ("/hazard 99", "找不到序号为 000099 的隐患"),
        ("/hazard 2025-1", "找不到隐患 YH-2025-000001"),
        (f"/hazard {sequence} {second.id}", "一次只能指一条隐患"),
        ("/hazard 配电箱", "这不是隐患编号"),
    ]:
        await officer.send(command)
        said = await officer.wait_reply(contains=expected)
        assert "YH-2026-000123" in (said.text or ""), command  # every refusal shows how to write one

    # the duplicate question takes the same short forms
    notice = await officer.wait_reply(contains=second.number or "", since=0)
    await press_and_wait(officer, notice, "标记重复", "或只写序号 123")
    await officer.send(str(sequence))
    await officer.wait_reply(contains=f"隐患 {second.number} 已标记为重复")
    async with unit_of_work(session_factory) as session:
        stored = await session.get(Hazard, second.id)
        assert stored is not None and stored.duplicate_of_id == first.id
    await bot_api.wait_idle()
    no_error_shown(bot_api)


async def test_a_number_typed_on_its_own_shows_the_card_and_a_question_stays_a_question(
    bot_api: FakeBotApi,
    app: Application,
    session_factory: SessionFactory,
    bot_settings: Settings,
    org: Org,
    clock: ManualClock,
) -> None:
    officer, bystander = user(bot_api, org.officer), user(bot_api, org.bystander)
    first = await file_report(bot_api, session_factory, bot_settings, org, clock)
    second = await file_report(
        bot_api, session_factory, bot_settings, org, clock, data=jpeg_bytes((10, 200, 10))
    )
    number, sequence = first.number or "", first.id
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in f"#{sequence}")
    # copied from a reminder, in the forms people type: the card, exactly as /hazard shows it
    await officer.send(f"/hazard {number}")
    by_command = await officer.wait_reply(contains="进程：")
    for typed in (
        number,
        f" {number.lower()} ",
        f"yh-2026-{sequence}",
        f"2026-{sequence}",
        f"#{sequence}",
        full_width,
    ):
        await officer.send(typed)
        card = await officer.wait_reply(contains="进程：")
        assert card.text == by_command.text and card.button_texts == by_command.button_texts, typed
    # an unknown number, or one this person may not see: the /hazard answer, not the rules Q&A
    for typed, expected in [
        ("YH-2026-999999", "找不到隐患 YH-2026-999999，请核对编号"),
        ("#99", "找不到序号为 000099 的隐患"),
        ("#0", "这不是隐患编号"),
    ]:
        await officer.send(typed)
        said = await officer.wait_reply(contains=expected)
        assert "YH-2026-000123" in (said.text or "") and NO_ANSWER not in (said.text or ""), typed
    await bystander.send(number)
    await bystander.wait_reply(contains="您无权查看该隐患")

    # anything else stays a question: a bare number, a number inside a sentence, two numbers, years
    for question in ("3", f"{sequence}", f"{number} 怎么整改", f"#{sequence} #{second.id}", "2024-2026"):
        await officer.send(question)
        answered = await officer.wait_reply(lambda m: m.kind == "text")
        text = answered.text or ""
        # the rules Q&A: an answer, its no-answer, or (a bare number asks nothing) its ask for more
        assert text.startswith(("📖", NO_ANSWER, TOO_SHORT)), (question, text)

    def cards() -> int:
        return sum("进程：" in (m.text or "") for m in officer.replies())

    shown = cards()
    # a question the hazard loop is waiting for takes the number first (标记重复 asks for one)
    notice = await officer.wait_reply(contains=second.number or "", since=0)
    await press_and_wait(officer, notice, "标记重复", "或只写序号 123")
    await officer.send(number)
    await officer.wait_reply(contains=f"隐患 {second.number} 已标记为重复")
    # and so does a conversation registered before it that expects free text (the broadcast's content)
    await officer.send("/broadcast")
    await officer.wait_reply(contains="请发送要群发的内容")
    await officer.send(number)
    await officer.wait_reply(contains="请选择发送对象")
    await officer.send("/cancel")
    await bot_api.wait_idle()
    assert cards() == shown
    no_error_shown(bot_api)


async def test_owner_and_verifier_are_never_one_person_through_the_buttons(
    bot_api: FakeBotApi,
    app: Application,
    session_factory: SessionFactory,
    bot_settings: Settings,
    org: Org,
    clock: ManualClock,
) -> None:
    officer, owner = user(bot_api, org.officer), user(bot_api, org.owner)
    hazard = await file_report(bot_api, session_factory, bot_settings, org, clock)
    h = hazard.id
    notice = await officer.wait_reply(contains="新隐患待研判")
    # the officer names themselves verifier (from the card) before anyone owns it ...
    await officer.send(f"/hazard {h}")
    card = await officer.wait_reply(contains="进程：")
    picker = await press_and_wait(officer, card, "指定验收人", "请选择验收人")
    assert org.officer.name in picker.button_texts
    await press_and_wait(officer, picker, org.officer.name, f"的验收人：{org.officer.name}")
    # ... and is then neither offered as owner nor taken as one by a forged press
    picker = await press_and_wait(officer, notice, "指派责任人", "请选择整改责任人")
    assert org.officer.name not in picker.button_texts and org.owner.name in picker.button_texts
    for forged in (f"hz:own:{h}:{org.officer.id}", f"hz:ad:{h}:{org.officer.id}:7"):
        qid = await officer.press_data(picker.message_id, forged)
        assert "指定验收人，不能同时担任整改责任人" in await alert(bot_api, qid), forged

    # an officer who owns a hazard is not offered as its verifier and cannot name themselves
    second = await file_report(
        bot_api, session_factory, bot_settings, org, clock, data=jpeg_bytes((5, 5, 200))
    )
    async with unit_of_work(session_factory) as session:
        officer_actor = await org.actor(session, org.officer)
        await hz.assign_hazard(
            session, second.id, owner_id=org.officer.id, deadline=clock.now().date(), actor=officer_actor,
            now=clock.now(),
        )  # fmt: skip
    await officer.send(f"/hazard {second.id}")
    card = await officer.wait_reply(contains="进程：")
    picker = await press_and_wait(officer, card, "指定验收人", "请选择验收人")
    assert org.officer.name not in picker.button_texts and org.manager.name in picker.button_texts
    qid = await officer.press_data(picker.message_id, f"hz:vfyp:{second.id}:{org.officer.id}")
    assert "整改责任人不能验收自己的整改" in await alert(bot_api, qid)
    async with unit_of_work(session_factory) as session:
        stored = [await session.get(Hazard, i) for i in (h, second.id)]
        assert stored[0] is not None and stored[0].owner_id is None
        assert stored[0].verifier_id == org.officer.id
        assert stored[1] is not None and stored[1].verifier_id is None
    assert not [m for m in owner.replies() if "您被指派" in (m.text or "")]
    await bot_api.wait_idle()
    no_error_shown(bot_api)


async def test_a_forged_verifier_press_naming_someone_unregistered_changes_nothing(
    bot_api: FakeBotApi,
    app: Application,
    session_factory: SessionFactory,
    bot_settings: Settings,
    org: Org,
    clock: ManualClock,
) -> None:
    """The verifier picker offers only people the bot can reach; a forged press naming someone on
    the roster who never started the bot, or who left, is refused in Chinese and nothing moves."""
    officer = user(bot_api, org.officer)
    hazard = await file_report(bot_api, session_factory, bot_settings, org, clock)
    h = hazard.id
    async with unit_of_work(session_factory) as session:
        newcomer = Person(name="新员工孙七", role=Role.WORKER.value, unit_id=org.team.id)
        departed = add_person(session, "离职工人周八", Role.WORKER, org.team, 1099)
        departed.active = False
        session.add(newcomer)
    await officer.wait_reply(contains="新隐患待研判")
    await officer.send(f"/hazard {h}")
    card = await officer.wait_reply(contains="进程：")
    assert [text for text, _ in card.buttons[0]] == ["一般隐患", "重大隐患"]  # as on the triage notice
    picker = await press_and_wait(officer, card, "指定验收人", "请选择验收人")
    assert not {newcomer.name, departed.name} & set(picker.button_texts)
    for person, said in (
        (newcomer, "新员工孙七还没有登录机器人，收不到验收通知，请另选验收人"),
        (departed, "所选验收人不存在或已停用，请另选验收人"),
    ):
        qid = await officer.press_data(picker.message_id, f"hz:vfyp:{h}:{person.id}")
        assert await alert(bot_api, qid) == said
    # a worker's forged press is refused for who they are, and names nobody
    reporter = user(bot_api, org.reporter)
    qid = await reporter.press_data(1, f"hz:vfyp:{h}:{newcomer.id}")
    refused = await alert(bot_api, qid)
    assert "只有安全员可以指定验收人" in refused and newcomer.name not in refused
    await bot_api.wait_idle()
    assert not [m for m in officer.replies() if "的验收人：" in (m.text or "")]
    async with unit_of_work(session_factory) as session:
        stored = await session.get(Hazard, h)
        assert stored is not None and stored.verifier_id is None
    # the picker still works for someone it offers
    await press_and_wait(officer, picker, org.manager.name, f"的验收人：{org.manager.name}")
    no_error_shown(bot_api)


async def test_every_button_on_a_closed_hazard_says_why_in_chinese(
    bot_api: FakeBotApi,
    app: Application,
    session_factory: SessionFactory,
    bot_settings: Settings,
    org: Org,
    clock: ManualClock,
) -> None:
    officer = user(bot_api, org.officer)
    hazard = await file_report(bot_api, session_factory, bot_settings, org, clock)
    data = jpeg_bytes((20, 20, 20), with_gps=False)
    uploaded = bot_api.store_file(data, kind="photo", mime_type="image/jpeg")
    after = PhotoInput(uploaded.file_id, uploaded.file_unique_id, store_photo(bot_settings.data_dir, data))
    now = clock.now()
    async with unit_of_work(session_factory) as session:
        officer_actor = await org.actor(session, org.officer)
        owner_actor = await org.actor(session, org.owner)
        await hz.assign_hazard(
            session, hazard.id, owner_id=org.owner.id, deadline=now.date(), actor=officer_actor, now=now
        )
        await hz.submit_rectification(session, hazard.id, after_photos=[after], actor=owner_actor, now=now)
        await hz.verify_hazard(session, hazard.id, close=True, actor=officer_actor, now=now)
    notice = await officer.wait_reply(contains="新隐患待研判")
    h, o, m = hazard.id, org.owner.id, org.manager.id
    presses = [
        f"hz:lvl:{h}:m", f"hz:assign:{h}", f"hz:own:{h}:{o}", f"hz:ad:{h}:{o}:7", f"hz:dl:{h}",
        f"hz:dls:{h}:7", f"hz:reject:{h}", f"hz:dup:{h}", f"hz:ff:{h}", f"hz:sup:{h}", f"hz:supme:{h}",
        f"hz:fix:{h}", f"hz:fixgo:{h}", f"hz:ext:{h}", f"hz:exd:{h}:7", f"hz:exty:{h}", f"hz:extn:{h}",
        f"hz:close:{h}", f"hz:back:{h}", f"hz:vfy:{h}", f"hz:vfyp:{h}:{m}", f"hz:ownpg:{h}:2",
        f"hz:vfypg:{h}:3",
        # forged beyond what any button carries: an id past the integer column, absurd day counts
        "hz:card:9999999999", f"hz:dls:{h}:99999999", f"hz:ad:{h}:{o}:0", f"hz:exd:{h}:999999999",
        "hz:card:123456789",
    ]  # fmt: skip
    for data_ in presses:
        qid = await officer.press_data(notice.message_id, data_)
        said = await alert(bot_api, qid)
        assert said and chinese(said), (data_, said)
        assert "已销号" in said or "失效" in said or "找不到" in said or "只有" in said, (data_, said)

    # a press that waited too long to be answered (the bot was away) still gets its answer
    bot_api.fail_next(
        "answerCallbackQuery",
        kind="bad_request",
        arg="Bad Request: query is too old and response timeout expired or query ID is invalid",
    )
    await officer.press_data(notice.message_id, f"hz:close:{h}")
    await officer.wait_reply(contains="该隐患已销号，不能再验收销号")
    await bot_api.wait_idle()
    no_error_shown(bot_api)


# ---------------------------------------------------------------- extensions: never one's own


async def _set_active(factory: SessionFactory, people: list[Person], active: bool) -> None:
    async with unit_of_work(factory) as session:
        for person in people:
            stored = await session.get(Person, person.id)
            assert stored is not None
            stored.active = active


async def test_an_officer_who_owns_a_hazard_cannot_grant_themselves_more_time(
    bot_api: FakeBotApi,
    app: Application,
    session_factory: SessionFactory,
    bot_settings: Settings,
    org: Org,
    clock: ManualClock,
) -> None:
    """The only safety officer takes a hazard on: their extension request goes to the unit's
    manager and the principal, who decide; the officer can neither decide it nor move the deadline."""
    officer, manager, principal = (
        user(bot_api, org.officer),
        user(bot_api, org.manager),
        user(bot_api, org.principal),
    )
    hazard = await file_report(bot_api, session_factory, bot_settings, org, clock)
    await officer.wait_reply(contains="新隐患待研判")
    async with unit_of_work(session_factory) as session:
        officer_actor = await org.actor(session, org.officer)
        await hz.assign_hazard(
            session, hazard.id, owner_id=org.officer.id, deadline=clock.now().date() + timedelta(days=7),
            actor=officer_actor, now=clock.now(),
        )  # fmt: skip
    card = await officer.wait_reply(contains="您被指派为隐患整改责任人")

    # with nobody else to decide, the officer is told so and nothing is filed
    await _set_active(session_factory, [org.manager, org.principal], False)
    ext = await press_and_wait(officer, card, "申请延期", "请选择延长多少天")
    await press_and_wait(officer, ext, "15 天", "请输入延期理由")
    await officer.send("配电箱需厂家定制")
    refused = await officer.wait_reply(contains="申请无法送达")
    assert "没有其他安全员、隐患所在单位的负责人或主要负责人" in (refused.text or "")
    await officer.send("/cancel")
    await officer.wait_reply(contains="已取消")

    # with them back, the request goes to 一车间's manager and the principal
    await _set_active(session_factory, [org.manager, org.principal], True)
    ext = await press_and_wait(officer, card, "申请延期", "请选择延长多少天")
    await press_and_wait(officer, ext, "15 天", "请输入延期理由")
    await officer.send("配电箱需厂家定制")
    filed = await officer.wait_reply(contains="延期申请已提交")
    assert "等待车间主任王强（部门负责人）、总经理赵刚（主要负责人）审批" in (filed.text or "")
    ask = await manager.wait_reply(contains="申请延期")
    assert "没有其他安全员可以审批这条申请，请您审批" in (ask.text or "")
    assert ask.button_texts == ["同意延期", "不同意"]
    await principal.wait_reply(contains="申请延期")
    assert not [m for m in officer.replies() if "同意延期" in m.button_texts]

    # the officer's own card offers neither the decision nor 设定期限; a forged press is refused
    await officer.send(f"/hazard {hazard.number}")
    own = await officer.wait_reply(contains="进程：")
    assert "同意延期" not in own.button_texts and "设定期限" not in own.button_texts
    assert "申请延期" in own.button_texts
    request_id = ask.buttons[0][0][1].rsplit(":", 1)[1]
    qid = await officer.press_data(own.message_id, f"hz:exty:{request_id}")
    said = await alert(bot_api, qid)
    assert said.startswith("这是您本人的延期申请，不能自己审批。请等待车间主任王强（部门负责人）")
    qid = await officer.press_data(own.message_id, f"hz:dls:{hazard.id}:30")
    assert "不能自行更改整改期限" in await alert(bot_api, qid)
    async with unit_of_work(session_factory) as session:
        stored = await session.get(Hazard, hazard.id)
        assert stored is not None and stored.deadline == date(2026, 3, 9) and stored.extension_count == 0

    # the manager grants it; the officer is told and the card shows the new deadline
    await press_and_wait(manager, ask, "同意延期", "已同意")
    await officer.wait_reply(contains="延期申请已同意，新期限 2026-03-24")
    await officer.send(f"/hazard {hazard.number}")
    text = (await officer.wait_reply(contains="进程：")).text or ""
    assert "已延期：1 次" in text and "审批延期" in text
    no_error_shown(bot_api)


async def _assigned_and_extension_asked(
    bot_api: FakeBotApi,
    session_factory: SessionFactory,
    bot_settings: Settings,
    org: Org,
    clock: ManualClock,
) -> tuple[Hazard, SentMessage, SentMessage]:
    """A reported hazard the officer assigns to org.owner for 7 days, whose owner then asks for 7
    more: (the hazard, the owner's card, the officer's request to decide)."""
    officer, owner = user(bot_api, org.officer), user(bot_api, org.owner)
    hazard = await file_report(bot_api, session_factory, bot_settings, org, clock)
    notice = await officer.wait_reply(contains="新隐患待研判")
    picker = await press_and_wait(officer, notice, "指派责任人", "请选择整改责任人")
    days = await press_and_wait(officer, picker, org.owner.name, "请选择整改期限")
    await press_and_wait(officer, days, "7 天", "已指派")

    card = await owner.wait_reply(contains="您被指派为隐患整改责任人")
    ext = await press_and_wait(owner, card, "申请延期", "请选择延长多少天")
    await press_and_wait(owner, ext, "7 天", "请输入延期理由")
    await owner.send("配件未到货")
    await owner.wait_reply(contains="延期申请已提交（延至 2026-03-16）")
    return hazard, card, await officer.wait_reply(contains="申请延期")


async def test_reassigning_withdraws_the_old_owners_request_and_the_new_owner_files_their_own(
    bot_api: FakeBotApi,
    app: Application,
    session_factory: SessionFactory,
    bot_settings: Settings,
    org: Org,
    clock: ManualClock,
) -> None:
    """The owner asks for more time; before the officer decides, the manager re-assigns the hazard.
    The old owner is told their request lapsed, the officer's 同意延期 / 不同意 on it say it no
    longer stands and move nothing, and the new owner files and gets their own."""
    officer, manager = user(bot_api, org.officer), user(bot_api, org.manager)
    old_owner, new_owner = user(bot_api, org.owner), user(bot_api, org.reporter)
    hazard, card, old_ask = await _assigned_and_extension_asked(
        bot_api, session_factory, bot_settings, org, clock
    )
    number = hazard.number or ""
    assert "申请人：班长刘建国" in (old_ask.text or "")
    # another safety officer joins after the request was filed: never asked, so never told it lapsed
    async with unit_of_work(session_factory) as session:
        joined = add_person(session, "安全员小吴", Role.SAFETY_OFFICER, org.root, 1011)
    latecomer = user(bot_api, joined)

    # the manager re-assigns it from the card, before anyone decided
    await manager.send(f"/hazard {number}")
    managers_card = await manager.wait_reply(contains="进程：")
    picker = await press_and_wait(manager, managers_card, "改派责任人", "请选择整改责任人")
    await press_and_wait(manager, picker, org.reporter.name, "已指派")

    told = await old_owner.wait_reply(contains="已改派他人整改")
    assert told.text == (
        f"隐患 {number} 已改派他人整改，您无需再处理。\n"
        "您提交的延期申请（申请延至 2026-03-16）因隐患改派已撤销，不再审批。"
    )
    # the officer who was asked is told, once, without pressing anything; the manager who
    # re-assigned it is not
    lapse = await officer.wait_reply(contains="延期申请（申请延至 2026-03-16）已撤销")
    assert lapse.text == (
        f"ℹ️ 隐患 {number} 班长刘建国提交的延期申请（申请延至 2026-03-16）已撤销："
        "隐患已改派他人整改，无需再审批。"
    )
    # the old owner's own buttons no longer work for them
    qid = await old_owner.press(card, "申请延期")
    assert "只有该隐患的整改责任人可以申请延期" in await alert(bot_api, qid)

    # the officer's buttons on the lapsed request say so, and nothing moves
    for button in ("同意延期", "不同意"):
        qid = await officer.press(old_ask, button)
        assert await alert(bot_api, qid) == hz.extension_lapsed(number)
    await bot_api.wait_idle()
    assert not [
        m for m in officer.replies() if "已同意隐患" in (m.text or "") or "已不同意" in (m.text or "")
    ]
    async with unit_of_work(session_factory) as session:
        stored = await session.get(Hazard, hazard.id)
        assert stored is not None and stored.deadline == date(2026, 3, 9) and stored.extension_count == 0

    # the new owner files their own; it is decided as usual and moves the deadline
    new_card = await new_owner.wait_reply(contains="您被指派为隐患整改责任人")
    ext = await press_and_wait(new_owner, new_card, "申请延期", "请选择延长多少天")
    await press_and_wait(new_owner, ext, "15 天", "请输入延期理由")
    await new_owner.send("需停电施工")
    await new_owner.wait_reply(contains="延期申请已提交（延至 2026-03-24）")
    new_ask = await officer.wait_reply(lambda m: "申请人：工人张小军" in (m.text or ""))
    assert new_ask.button_texts == ["同意延期", "不同意"]
    await press_and_wait(officer, new_ask, "同意延期", "已同意")
    await new_owner.wait_reply(contains="延期申请已同意，新期限 2026-03-24")

    # the hazard's history shows the withdrawal after the re-assignment
    await officer.send(f"/hazard {number}")
    timeline = (await officer.wait_reply(contains="进程：")).text or ""
    assert "撤销延期申请：原责任人的延期申请（延至 2026-03-16）因隐患改派而撤销" in timeline
    assert timeline.index("指派整改责任人：工人张小军") < timeline.index("撤销延期申请")
    assert "已延期：1 次" in timeline and "2026-03-24" in timeline
    assert not [m for m in manager.replies() if "已撤销" in (m.text or "")]
    assert sum("已撤销：" in (m.text or "") for m in officer.replies()) == 1
    await latecomer.wait_reply(contains="申请人：工人张小军")  # the new owner's request is theirs too
    await bot_api.wait_idle()
    assert not [m for m in latecomer.replies() if "已撤销" in (m.text or "")]
    no_error_shown(bot_api)


async def test_submitting_withdraws_the_pending_extension_and_after_a_rework_the_owner_files_anew(
    bot_api: FakeBotApi,
    app: Application,
    session_factory: SessionFactory,
    bot_settings: Settings,
    org: Org,
    clock: ManualClock,
) -> None:
    """The owner asks for more time, then submits the rectification before anyone decided: the
    officer's 同意延期 on the request says it no longer stands, also after the hazard is sent back
    for rework; the owner files a new request, which is decided as usual."""
    officer, owner = user(bot_api, org.officer), user(bot_api, org.owner)
    hazard, card, old_ask = await _assigned_and_extension_asked(
        bot_api, session_factory, bot_settings, org, clock
    )
    number = hazard.number or ""

    # the owner submits the rectification before the officer decided
    await press_and_wait(owner, card, "提交整改", "请发送整改后的照片")
    await owner.send_photo(jpeg_bytes((20, 160, 20), with_gps=False))
    got = await owner.wait_reply(contains="已收到整改照片 1 张")
    await press_and_wait(owner, got, "完成提交", "整改已提交")
    verify = await officer.wait_reply(contains="整改已提交，请验收")
    lapse = await officer.wait_reply(contains="延期申请（申请延至 2026-03-16）已撤销")
    assert lapse.text == (
        f"ℹ️ 隐患 {number} 班长刘建国提交的延期申请（申请延至 2026-03-16）已撤销：整改已提交，无需再审批。"
    )

    lapsed = hz.extension_lapsed(number, Op.SUBMIT_RECTIFICATION)
    for button in ("同意延期", "不同意"):
        qid = await officer.press(old_ask, button)
        assert await alert(bot_api, qid) == lapsed

    # sent back for rework: 整改中 again, and the old request still cannot be decided
    await press_and_wait(officer, verify, "退回整改", "请输入退回整改的理由")
    await officer.send("照片看不清配电箱")
    await officer.wait_reply(contains="已退回整改")
    back = await owner.wait_reply(contains="照片看不清配电箱")
    qid = await officer.press(old_ask, "同意延期")
    assert await alert(bot_api, qid) == lapsed
    async with unit_of_work(session_factory) as session:
        stored = await session.get(Hazard, hazard.id)
        assert stored is not None and stored.deadline == date(2026, 3, 9) and stored.extension_count == 0

    # the history says why; the owner files a new request, decided as usual
    await officer.send(f"/hazard {number}")
    timeline = (await officer.wait_reply(contains="进程：")).text or ""
    assert "撤销延期申请：延期申请（延至 2026-03-16）因整改已提交而撤销" in timeline
    assert timeline.index("撤销延期申请") < timeline.index("提交整改")
    ext = await press_and_wait(owner, back, "申请延期", "请选择延长多少天")
    await press_and_wait(owner, ext, "15 天", "请输入延期理由")
    await owner.send("返工需重新采购配件")
    await owner.wait_reply(contains="延期申请已提交（延至 2026-03-24）")
    new_ask = await officer.wait_reply(lambda m: "返工需重新采购配件" in (m.text or ""))
    await press_and_wait(officer, new_ask, "同意延期", "已同意")
    await owner.wait_reply(contains="延期申请已同意，新期限 2026-03-24")
    await bot_api.wait_idle()
    no_error_shown(bot_api)


# ---------------------------------------------------------------- file_ids Telegram no longer accepts


async def _photo_ids(factory: SessionFactory, hazard_id: int) -> list[str]:
    async with unit_of_work(factory) as session:
        rows = await session.scalars(
            select(HazardPhoto.file_id).where(HazardPhoto.hazard_id == hazard_id).order_by(HazardPhoto.id)
        )
        return list(rows.all())


async def _kept_instead_of(factory: SessionFactory, hazard_id: int, old: str) -> str:
    """The file_id the photo got once its refused `old` one was replaced (the sender keeps it
    right after the message went out)."""
    for _ in range(100):
        [kept] = await _photo_ids(factory, hazard_id)
        if kept != old:
            return kept
        await asyncio.sleep(0.05)
    raise AssertionError(f"the refused file_id {old} was not replaced")


async def test_photos_telegram_no_longer_accepts_are_uploaded_from_disk_or_said_missing(
    bot_api: FakeBotApi,
    app: Application,
    session_factory: SessionFactory,
    bot_settings: Settings,
    org: Org,
    clock: ManualClock,
) -> None:
    """The bot's token changed (or Telegram dropped the file): the photo's file_id is refused.
    Notices and the card upload the stored copy and keep its new file_id; with no copy on disk
    either, the notice comes without the photo and the card says the photo could not be loaded."""
    officer, owner, manager = user(bot_api, org.officer), user(bot_api, org.owner), user(bot_api, org.manager)
    data_dir = bot_settings.data_dir
    hazard = await file_report(
        bot_api, session_factory, bot_settings, org, clock, data=jpeg_bytes((120, 60, 10))
    )
    await officer.wait_reply(contains="新隐患待研判")
    [old_id] = await _photo_ids(session_factory, hazard.id)
    async with unit_of_work(session_factory) as session:
        kept = (await session.scalars(select(HazardPhoto).where(HazardPhoto.hazard_id == hazard.id))).one()
        assert kept.path is not None
        copy_path = data_dir / kept.path
    copy = copy_path.read_bytes()
    bot_api.forget_files(old_id)

    # the owner's card: the old id is refused, the stored copy goes up with the caption and buttons
    async with unit_of_work(session_factory) as session:
        officer_actor = await org.actor(session, org.officer)
        await hz.assign_hazard(
            session, hazard.id, owner_id=org.owner.id, deadline=clock.now().date() + timedelta(days=7),
            actor=officer_actor, now=clock.now(),
        )  # fmt: skip
    card = await owner.wait_reply(contains="您被指派为隐患整改责任人")
    assert card.kind == "photo" and card.photo_bytes == copy
    assert {"提交整改", "申请延期"} <= set(card.button_texts)
    assert [c.params.get("photo") for c in bot_api.calls_to("sendPhoto")][-2] == old_id  # refused first
    new_id = await _kept_instead_of(session_factory, hazard.id, old_id)
    assert bot_api.file_bytes(new_id) == copy

    # /hazard re-sends the kept id: no refusal, no second upload, no note
    await officer.send(f"/hazard {hazard.number}")
    shown = await officer.wait_reply(contains="进程：")
    assert bot_api.calls_to("sendPhoto")[-1].params["photo"] == new_id
    assert [m for m in officer.replies() if m.kind == "photo"][-1].photo_bytes == copy
    assert "无法加载" not in (shown.text or "")

    # the new id expires too and the copy is gone from disk: nothing to show, said so
    bot_api.forget_files(new_id)
    copy_path.unlink()
    await officer.send(f"/hazard {hazard.number}")
    shown = await officer.wait_reply(contains="进程：")
    assert "⚠ 有 1 张照片无法加载（文件已失效），未能显示。" in (shown.text or "")
    assert "改派责任人" in shown.button_texts  # the card and its buttons all the same
    async with unit_of_work(session_factory) as session:
        await hz.designate_verifier(
            session, hazard.id, verifier_id=org.manager.id, actor=officer_actor, now=clock.now()
        )
    told = await manager.wait_reply(contains="您被指定为该隐患的验收人")
    assert told.kind == "text" and "图片暂时无法显示" in (told.text or "")

    # an album of three: one refused with its copy on disk, one fine, one refused with no copy:
    # the two that can be shown are, and the card counts the third
    photos = []
    for color in ((200, 0, 0), (0, 200, 0), (0, 0, 200)):
        data = jpeg_bytes(color, with_gps=False)
        uploaded = bot_api.store_file(data, kind="photo", mime_type="image/jpeg")
        photos.append(PhotoInput(uploaded.file_id, uploaded.file_unique_id, store_photo(data_dir, data)))
    album = await file_report(bot_api, session_factory, bot_settings, org, clock, photos=photos)
    await officer.wait_reply(
        lambda m: "新隐患待研判" in (m.text or "") and (album.number or "-") in (m.text or "")
    )
    bot_api.forget_files(photos[0].file_id, photos[2].file_id)
    assert photos[2].stored is not None
    (data_dir / photos[2].stored.path).unlink()
    await officer.send(f"/hazard {album.number}")
    shown = await officer.wait_reply(contains="进程：")
    assert "⚠ 有 1 张照片无法加载" in (shown.text or "")
    group = [m for m in officer.replies() if m.media_group_id][-2:]
    assert photos[0].stored is not None and photos[1].stored is not None
    assert [m.photo_bytes for m in group] == [
        (data_dir / photos[0].stored.path).read_bytes(),
        (data_dir / photos[1].stored.path).read_bytes(),
    ]
    ids = await _photo_ids(session_factory, album.id)
    assert ids[0] != photos[0].file_id and bot_api.file_bytes(ids[0]) == group[0].photo_bytes
    no_error_shown(bot_api)
