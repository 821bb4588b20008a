"""随手拍 end to end: a worker reports a hazard through the local Bot API with real JPEG bytes.

Guided /report with an album, the quick path (a photo with a caption), anonymity, rejected files,
a duplicate photo, an officer's source switch, and a restart of the bot in the middle of a report.
"""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from PIL import Image
from sqlalchemy import func, select
from telegram.ext import Application

from bot.config import Settings
from handlers.report import answer_pending_albums
from storage.clock import ManualClock
from storage.db import SessionFactory, unit_of_work
from storage.models import Hazard, HazardPhoto, OutboxMessage, Person, ReportDraft
from tests.botapi import FakeBotApi, FakeUser, Limits
from tests.botapi.records import SentMessage
from tests.harness import running_bot
from tests.hazard_fixtures import Org, jpeg_bytes, make_org

WINDOW = 0.4


@pytest.fixture
async def org(session_factory: SessionFactory) -> Org:
    return await make_org(session_factory)


@pytest.fixture
def settings(bot_settings: Settings) -> Settings:
    return bot_settings.model_copy(update={"album_window_seconds": WINDOW})


@pytest.fixture
async def app(
    bot_api: FakeBotApi, settings: Settings, org: Org, clock: ManualClock
) -> AsyncIterator[Application]:
    bot_api.set_limits(Limits(private_burst=30))
    for person in (org.officer, org.manager, org.other_manager, org.principal, org.reporter, org.owner):
        user(bot_api, person)
    async with running_bot(settings, clock=clock) as application:
        yield application


def user(api: FakeBotApi, person: Person) -> FakeUser:
    assert person.telegram_user_id is not None
    return api.user(person.telegram_user_id, person.name)


def has_button(text: str) -> object:
    return lambda m: any(text in b for b in m.button_texts)


async def press(who: FakeUser, message: SentMessage, text: str) -> None:
    query = await who.press(message, text)
    await who.api.wait_callback_answer(query)


async def hazard_by_number(factory: SessionFactory, number: str) -> tuple[Hazard, list[HazardPhoto]]:
    async with unit_of_work(factory) as session:
        hazard = await session.scalar(select(Hazard).where(Hazard.number == number))
        assert hazard is not None
        photos = list(await session.scalars(select(HazardPhoto).where(HazardPhoto.hazard_id == hazard.id)))
        return hazard, photos


def number_in(text: str | None) -> str:
    assert text is not None
    start = text.index("YH-")
    return text[start : start + len("YH-2026-000001")]


async def until_draft_has_photos(factory: SessionFactory, count: int) -> None:
    for _ in range(100):
        async with unit_of_work(factory) as session:
            raw = await session.scalar(select(ReportDraft.data))
        if raw is not None and len(raw.get("photos", [])) >= count:
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"the draft never held {count} photos")


async def wait_officer_card(api: FakeBotApi, org: Org, number: str) -> SentMessage:
    officer = user(api, org.officer)
    found = await api.wait_for(officer.id, lambda m: number in (m.text or ""), since=0, timeout=15)
    return found[-1]


# ---------------------------------------------------------------- guided, with an album


async def test_album_answer_waits_for_a_slow_download(
    app: Application, bot_api: FakeBotApi, org: Org, settings: Settings
) -> None:
    """A download slower than the album window must not split the album's answer."""
    reporter = user(bot_api, org.reporter)
    await reporter.send("/report")
    await reporter.wait_reply(contains="请发送隐患现场照片")
    bot_api.download_delay = WINDOW + 1.0
    await reporter.send_album([jpeg_bytes((200, 40, 40)), jpeg_bytes((40, 200, 40))])
    ack = await reporter.wait_reply(contains="已收到照片", timeout=30)
    assert "共 2 张" in (ack.text or "")
    await bot_api.wait_idle(WINDOW + 0.5)
    assert sum("已收到照片" in (m.text or "") for m in reporter.replies()) == 1


async def test_start_up_answer_leaves_an_album_in_progress_alone(
    app: Application, bot_api: FakeBotApi, org: Org, session_factory: SessionFactory
) -> None:
    """The start-up answer for photos saved before a restart must not answer (and split) an album
    that is arriving right now: one answer with both photos, and the next text is the description."""
    reporter = user(bot_api, org.reporter)
    await reporter.send("/report")
    await reporter.wait_reply(contains="请发送隐患现场照片")
    bot_api.download_delay = 1.5
    await reporter.send_album([jpeg_bytes((90, 40, 40)), jpeg_bytes((40, 90, 40))])
    await until_draft_has_photos(session_factory, 1)
    assert app.job_queue is not None
    app.job_queue.run_once(answer_pending_albums, 0)  # the start-up sweep, while photo 2 downloads
    ack = await reporter.wait_reply(contains="已收到照片", timeout=30)
    assert "共 2 张" in (ack.text or "")
    bot_api.download_delay = 0
    await reporter.send("仓库货架严重变形，随时可能倒塌")
    await reporter.wait_reply(contains="隐患在哪里")
    assert sum("已收到照片" in (m.text or "") for m in reporter.replies()) == 1


async def test_guided_report_with_album(
    app: Application, bot_api: FakeBotApi, org: Org, session_factory: SessionFactory, settings: Settings
) -> None:
    reporter = user(bot_api, org.reporter)
    await reporter.send("/report")
    await reporter.wait_reply(contains="请发送隐患现场照片")

    album = [jpeg_bytes((200, 40, 40), with_gps=True), jpeg_bytes((40, 200, 40), with_gps=False)]
    album.append(jpeg_bytes((40, 40, 200), with_gps=False))
    await reporter.send_album(album)
    # one answer for the whole album, once it stopped arriving
    ack = await reporter.wait_reply(contains="已收到照片，共 3 张")
    assert "请用文字描述隐患情况" in (ack.text or "")
    await bot_api.wait_idle(WINDOW + 0.3)
    assert sum("已收到照片" in (m.text or "") for m in reporter.replies()) == 1

    await reporter.send("二号配电箱柜门损坏，电线裸露在外")
    await reporter.wait_reply(contains="隐患在哪里")
    await reporter.send_location(31.2304, 121.4737)
    category = await reporter.wait_reply(contains="请选择隐患类别")
    await press(reporter, category, "用电")
    unit = await reporter.wait_reply(contains="在哪个单位发现")
    assert unit.button_texts[0].startswith("本单位：")  # the reporter's own unit comes first
    await press(reporter, unit, "本单位：一车间/一班")
    anonymity = await reporter.wait_reply(contains="是否匿名上报")
    await press(reporter, anonymity, "实名上报")
    summary = await reporter.wait_reply(contains="请核对隐患上报内容")
    text = summary.text or ""
    for expected in (
        "照片：3 张",
        "二号配电箱柜门损坏",
        "\n位置：（定位 31.23040, 121.47370）\n",
        "类别：用电",
        "一车间/一班",
        "实名",
    ):
        assert expected in text, expected
    await press(reporter, summary, "✅ 确认提交")
    done = await reporter.wait_reply(contains="上报成功")
    number = number_in(done.text)
    assert number.startswith("YH-2026-")

    hazard, photos = await hazard_by_number(session_factory, number)
    assert hazard.category == "electrical" and hazard.unit_id == org.team.id and not hazard.anonymous
    assert hazard.latitude == pytest.approx(31.2304)
    assert len(photos) == 3
    for photo in photos:
        assert photo.path is not None and photo.sha256 is not None
        stored = (settings.data_dir / photo.path).read_bytes()
        assert b"WhistlePhone" not in stored
        with Image.open(io.BytesIO(stored)) as image:
            assert len(image.getexif()) == 0  # no GPS, no camera model
    async with unit_of_work(session_factory) as session:
        assert await session.scalar(select(func.count()).select_from(ReportDraft)) == 0

    # the safety officer gets the first photo with the triage buttons, through the outbox
    card = await wait_officer_card(bot_api, org, number)
    assert card.photo is not None
    assert "二号配电箱柜门损坏" in (card.text or "") and org.reporter.name in (card.text or "")
    assert card.buttons
    # the place is called and written as the reporter's summary had it
    assert "\n位置：（定位 31.23040, 121.47370）\n" in (card.text or "") and "地点" not in (card.text or "")


async def test_a_hazard_number_typed_into_a_draft_is_the_drafts_answer(
    app: Application, bot_api: FakeBotApi, org: Org, session_factory: SessionFactory
) -> None:
    """A number typed on its own is a lookup (handlers.hazards), but not while a report waits for
    text: the draft asked for the description, so that is what it is."""
    reporter = user(bot_api, org.reporter)
    await reporter.send_photo(jpeg_bytes((70, 20, 20), with_gps=False), caption="消防通道被货物堵塞")
    await reporter.wait_reply(contains="隐患在哪里")
    await reporter.send("三号仓库北门")
    await press(reporter, await reporter.wait_reply(contains="请核对隐患上报内容"), "✅ 确认提交")
    number = number_in((await reporter.wait_reply(contains="上报成功")).text)

    await reporter.send("/report")
    await reporter.wait_reply(contains="请发送隐患现场照片")
    await reporter.send_photo(jpeg_bytes((20, 70, 20), with_gps=False))
    await reporter.wait_reply(contains="请用文字描述隐患情况")
    await reporter.send(number)
    await reporter.wait_reply(contains="隐患在哪里")
    async with unit_of_work(session_factory) as session:
        raw = await session.scalar(select(ReportDraft.data))
    assert raw is not None and raw.get("description") == number
    assert not [m for m in reporter.replies() if "进程：" in (m.text or "")]
    # with the draft gone, the same message is a lookup again: the reporter's own hazard
    await reporter.send("/cancel")
    await reporter.wait_reply(contains="已取消本次隐患上报")
    await reporter.send(number)
    card = await reporter.wait_reply(contains="进程：")
    assert f"隐患 {number} ｜" in (card.text or "")


# ---------------------------------------------------------------- quick path


async def test_quick_path_photo_with_caption_asks_only_whats_missing(
    app: Application, bot_api: FakeBotApi, org: Org, session_factory: SessionFactory
) -> None:
    reporter = user(bot_api, org.reporter)
    await reporter.send_photo(
        jpeg_bytes((90, 90, 10), with_gps=False), caption="消防通道被货物堵塞，灭火器过期"
    )
    # the caption is the description and names the category: only the location is asked
    question = await reporter.wait_reply(contains="隐患在哪里")
    assert "描述" not in (question.text or "").split("隐患在哪里")[0].replace("已收到照片", "")
    await reporter.send("三号仓库北门")
    summary = await reporter.wait_reply(contains="请核对隐患上报内容")
    assert "类别：消防" in (summary.text or "") and "三号仓库北门" in (summary.text or "")
    await press(reporter, summary, "✅ 确认提交")
    number = number_in((await reporter.wait_reply(contains="上报成功")).text)
    hazard, photos = await hazard_by_number(session_factory, number)
    assert hazard.category == "fire" and hazard.unit_id == org.team.id and len(photos) == 1
    assert hazard.description == "消防通道被货物堵塞，灭火器过期"
    await wait_officer_card(bot_api, org, number)


async def test_quick_path_album_without_category_words(
    app: Application, bot_api: FakeBotApi, org: Org, session_factory: SessionFactory
) -> None:
    reporter = user(bot_api, org.reporter)
    photos = [jpeg_bytes((10, 90, 90), with_gps=False), jpeg_bytes((90, 10, 90), with_gps=False)]
    await reporter.send_album(photos, caption="地面有一个大坑没有盖板")
    question = await reporter.wait_reply(contains="隐患在哪里")
    assert "共 2 张" in (question.text or "")
    skip = question
    await press(reporter, skip, "跳过")
    category = await reporter.wait_reply(contains="请选择隐患类别")
    await reporter.send("建筑施工")  # typed answers work as well as buttons
    summary = await reporter.wait_reply(contains="请核对隐患上报内容")
    assert "类别：建筑施工" in (summary.text or "") and "照片：2 张" in (summary.text or "")
    assert category.buttons  # the buttons were offered
    await press(reporter, summary, "✅ 确认提交")
    number = number_in((await reporter.wait_reply(contains="上报成功")).text)
    hazard, stored = await hazard_by_number(session_factory, number)
    assert hazard.category == "construction" and len(stored) == 2


# ---------------------------------------------------------------- anonymity


async def test_anonymous_report_hides_the_reporter_from_everyone_else(
    app: Application, bot_api: FakeBotApi, org: Org, session_factory: SessionFactory
) -> None:
    reporter = user(bot_api, org.reporter)
    await reporter.send_photo(
        jpeg_bytes((150, 20, 90), with_gps=True), caption="车间主任要求拆除冲床防护罩赶工"
    )
    question = await reporter.wait_reply(contains="隐患在哪里")
    await press(reporter, question, "跳过")
    summary = await reporter.wait_reply(contains="请核对隐患上报内容")
    assert "上报方式：实名" in (summary.text or "")
    await press(reporter, summary, "改为匿名")
    edited = await reporter.wait_reply(contains="上报方式：匿名")
    assert edited.message_id == summary.message_id  # the summary is updated in place
    await press(reporter, edited, "✅ 确认提交")
    done = await reporter.wait_reply(contains="上报成功")
    assert "匿名" in (done.text or "")
    number = number_in(done.text)
    hazard, _ = await hazard_by_number(session_factory, number)
    assert hazard.anonymous and hazard.reporter_id == org.reporter.id  # kept for their own follow-up

    card = await wait_officer_card(bot_api, org, number)
    assert "匿名" in (card.text or "")
    await bot_api.wait_idle(0.5)
    names = (org.reporter.name, "张小军", reporter.first_name)
    for message in bot_api.all_sent():
        if message.chat_id == reporter.id:
            continue
        for name in names:
            assert name not in (message.text or ""), f"{name} leaked to chat {message.chat_id}"
    async with unit_of_work(session_factory) as session:
        payloads = [
            json.dumps(p, ensure_ascii=False) for p in await session.scalars(select(OutboxMessage.payload))
        ]
    assert payloads and not any(name in p for p in payloads for name in names)


# ---------------------------------------------------------------- rejected files


async def test_oversized_and_non_image_files_are_refused_with_a_reason(
    app: Application, bot_api: FakeBotApi, org: Org
) -> None:
    reporter = user(bot_api, org.reporter)
    # no draft yet: an image file over the Bot API's 20 MB download limit is refused before getFile
    huge = jpeg_bytes((1, 2, 3), with_gps=False) + b"\0" * (20 * 1024 * 1024)
    sent = await reporter.send_document(huge, "现场.jpg", mime_type="image/jpeg")
    refusal = await reporter.wait_reply(contains="20 MB")
    assert refusal
    file_id = sent.payload["document"]["file_id"]
    assert not any(c.params.get("file_id") == file_id for c in bot_api.calls_to("getFile"))

    await reporter.send("/report")
    await reporter.wait_reply(contains="请发送隐患现场照片")
    await reporter.send_document(b"%PDF-1.4 not a photo", "整改通知.pdf", mime_type="application/pdf")
    await reporter.wait_reply(contains="不是图片文件")
    await reporter.send_document(b"this is text pretending", "fake.jpg", mime_type="image/jpeg")
    await reporter.wait_reply(contains="不是可识别的图片")
    await reporter.send("光有文字")
    await reporter.wait_reply(contains="请先发送至少一张现场照片")
    # an image sent as a file is accepted: its EXIF-free copy is what others will see
    await reporter.send_document(
        jpeg_bytes((5, 5, 250), with_gps=True), "IMG_0001.jpg", mime_type="image/jpeg"
    )
    await reporter.wait_reply(contains="已收到照片，共 1 张")
    # an image sent as a file keeps its EXIF at Telegram: the stripped copy is what gets shown
    echo = next(m for m in reporter.replies() if m.kind == "photo")
    assert echo.photo_bytes is not None and b"WhistlePhone" not in echo.photo_bytes


async def test_image_file_whose_clean_copy_could_not_be_sent_back_is_still_shown(
    app: Application, bot_api: FakeBotApi, org: Org, session_factory: SessionFactory, settings: Settings
) -> None:
    """The EXIF-free copy of an image sent as a file cannot be re-uploaded: the hazard keeps its
    stored path, and the officer's notice and the /hazard card still show that copy."""
    reporter = user(bot_api, org.reporter)
    bot_api.fail_next("sendPhoto", kind="bad_request", chat_id=reporter.id)
    await reporter.send_document(
        jpeg_bytes((120, 5, 5), with_gps=True),
        "IMG_0002.jpg",
        mime_type="image/jpeg",
        caption="配电箱漏电开关失灵",
    )
    question = await reporter.wait_reply(contains="隐患在哪里")
    await press(reporter, question, "跳过")
    summary = await reporter.wait_reply(contains="请核对隐患上报内容")
    await press(reporter, summary, "✅ 确认提交")
    number = number_in((await reporter.wait_reply(contains="上报成功")).text)
    _, photos = await hazard_by_number(session_factory, number)
    assert photos[0].path is not None and photos[0].file_id == photos[0].path
    copy = (settings.data_dir / photos[0].path).read_bytes()

    notice = await wait_officer_card(bot_api, org, number)
    assert notice.photo_bytes == copy
    officer = user(bot_api, org.officer)
    await officer.send(f"/hazard {number}")
    await officer.wait_reply(contains="进程：")
    shown = [m for m in officer.replies() if m.kind == "photo"][-1]
    assert shown.photo_bytes == copy and b"WhistlePhone" not in copy


# ---------------------------------------------------------------- duplicates, officer source


async def test_duplicate_photo_is_pointed_out(app: Application, bot_api: FakeBotApi, org: Org) -> None:
    reporter = user(bot_api, org.reporter)
    picture = jpeg_bytes((33, 66, 99), with_gps=False)
    await reporter.send_photo(picture, caption="配电箱漏电开关失灵")
    question = await reporter.wait_reply(contains="隐患在哪里")
    await press(reporter, question, "跳过")
    summary = await reporter.wait_reply(contains="请核对隐患上报内容")
    await press(reporter, summary, "✅ 确认提交")
    first = number_in((await reporter.wait_reply(contains="上报成功")).text)

    owner = user(bot_api, org.owner)
    await owner.send_photo(picture, caption="配电箱开关坏了")
    warning = await owner.wait_reply(contains="可能已有人上报")
    assert first in (warning.text or "")


async def test_safety_officer_switches_the_source(
    app: Application, bot_api: FakeBotApi, org: Org, session_factory: SessionFactory
) -> None:
    officer = user(bot_api, org.officer)
    await officer.send_photo(jpeg_bytes((70, 70, 70), with_gps=False), caption="脚手架未设置安全网")
    question = await officer.wait_reply(contains="隐患在哪里")
    await press(officer, question, "跳过")
    summary = await officer.wait_reply(contains="请核对隐患上报内容")
    assert "来源：职工/群众举报" in (summary.text or "")
    await press(officer, summary, "来源改为自查")
    edited = await officer.wait_reply(contains="来源：企业自查")
    assert "来源：企业自查" in (edited.text or "") and "上报方式" not in (edited.text or "")
    await press(officer, edited, "✅ 确认提交")
    filed = await officer.wait_reply(contains="已登记到隐患台账")
    number = number_in(filed.text)
    hazard, _ = await hazard_by_number(session_factory, number)
    assert hazard.source == "self_check" and hazard.category == "work_at_height"
    # they are the safety officer: not told one will look at it, but offered its triage now
    assert "安全员将尽快研判" not in (filed.text or "") and f"/hazard {number}" in (filed.text or "")
    await press(officer, filed, "🛠 立即研判")
    card = await officer.wait_reply(contains=number)
    assert "待研判" in (card.text or card.caption or "") and "指派责任人" in card.button_texts

    # a worker is offered no such switch
    reporter = user(bot_api, org.reporter)
    await reporter.send_photo(jpeg_bytes((71, 70, 70), with_gps=False), caption="脚手架松动")
    question = await reporter.wait_reply(contains="隐患在哪里")
    await press(reporter, question, "跳过")
    summary = await reporter.wait_reply(contains="请核对隐患上报内容")
    assert not any("来源" in b for b in summary.button_texts)
    forged = await reporter.press_data(
        summary.message_id, summary.buttons[0][0][1].replace(":ok", ":src:self_check")
    )
    answer = await bot_api.wait_callback_answer(forged)
    assert "只有安全员" in (answer.get("text") or "")


# ---------------------------------------------------------------- restart, resume, cancel


async def test_report_survives_a_restart(
    bot_api: FakeBotApi, settings: Settings, org: Org, clock: ManualClock, session_factory: SessionFactory
) -> None:
    bot_api.set_limits(Limits(private_burst=30))
    for person in (org.officer, org.manager, org.reporter):
        user(bot_api, person)
    reporter = user(bot_api, org.reporter)
    # the bot stops while an album is still arriving: its photos are saved, the answer comes later
    slow = settings.model_copy(update={"album_window_seconds": 60})
    async with running_bot(slow, clock=clock):
        await reporter.send("/report")
        await reporter.wait_reply(contains="请发送隐患现场照片")
        await reporter.send_album(
            [jpeg_bytes((1, 1, 100), with_gps=False), jpeg_bytes((1, 50, 50), with_gps=False)]
        )
        await until_draft_has_photos(session_factory, 2)
    async with running_bot(settings, clock=clock):
        await reporter.wait_reply(contains="已收到照片，共 2 张", since=0)
        await reporter.send("/cancel")
        await reporter.wait_reply(contains="已取消")

    async with running_bot(settings, clock=clock):
        await reporter.send("/report")
        await reporter.wait_reply(contains="请发送隐患现场照片")
        await reporter.send_album(
            [jpeg_bytes((1, 100, 1), with_gps=False), jpeg_bytes((100, 1, 1), with_gps=False)]
        )
        await reporter.wait_reply(contains="已收到照片，共 2 张")
        await reporter.send("仓库货架严重变形，随时可能倒塌")
        await reporter.wait_reply(contains="隐患在哪里")

    # a new process on the same data directory and database
    async with running_bot(settings, clock=clock):
        await reporter.send("成品仓库三排")
        category = await reporter.wait_reply(contains="请选择隐患类别")
        await reporter.send("/report")
        offer = await reporter.wait_reply(contains="未完成的隐患上报")
        assert "照片 2 张" in (offer.text or "")
        await press(reporter, offer, "继续")
        again = await reporter.wait_reply(contains="请选择隐患类别")
        await press(reporter, again, "机械设备")
        unit = await reporter.wait_reply(contains="在哪个单位发现")
        await press(reporter, unit, "本单位：一车间/一班")
        anonymity = await reporter.wait_reply(contains="是否匿名上报")
        await press(reporter, anonymity, "匿名上报")
        summary = await reporter.wait_reply(contains="请核对隐患上报内容")
        assert "照片：2 张" in (summary.text or "") and "成品仓库三排" in (summary.text or "")
        # the category buttons of before the restart are stale now
        stale = await reporter.press(category, "消防")
        assert "最新" in ((await bot_api.wait_callback_answer(stale)).get("text") or "")
        await press(reporter, summary, "✅ 确认提交")
        number = number_in((await reporter.wait_reply(contains="上报成功")).text)
        await wait_officer_card(bot_api, org, number)
    hazard, photos = await hazard_by_number(session_factory, number)
    assert hazard.category == "machinery" and hazard.anonymous and len(photos) == 2


async def test_restart_cancel_and_expiry(
    app: Application, bot_api: FakeBotApi, org: Org, clock: ManualClock, session_factory: SessionFactory
) -> None:
    reporter = user(bot_api, org.reporter)
    await reporter.send("/report 楼梯间堆放杂物")
    await reporter.wait_reply(contains="请发送隐患现场照片")
    await reporter.send_photo(jpeg_bytes((9, 9, 9), with_gps=False))
    # the description came with /report: the next question is the location
    await reporter.wait_reply(contains="隐患在哪里")
    await reporter.send("/report")
    offer = await reporter.wait_reply(contains="未完成的隐患上报")
    await press(reporter, offer, "重新开始")
    await reporter.wait_reply(contains="请发送隐患现场照片")
    await reporter.send("/cancel")
    await reporter.wait_reply(contains="已取消本次隐患上报")
    async with unit_of_work(session_factory) as session:
        assert await session.scalar(select(func.count()).select_from(ReportDraft)) == 0

    # an abandoned draft expires after draft_ttl_hours
    await reporter.send("/report")
    await reporter.wait_reply(contains="请发送隐患现场照片")
    clock.advance(timedelta(hours=25))
    await reporter.send("这是一段描述")
    await reporter.wait_reply(contains="已超时作废")
    async with unit_of_work(session_factory) as session:
        assert await session.scalar(select(func.count()).select_from(ReportDraft)) == 0


async def test_another_features_button_pauses_the_draft(
    app: Application, bot_api: FakeBotApi, org: Org
) -> None:
    reporter = user(bot_api, org.reporter)
    await reporter.send("/report")
    prompt = await reporter.wait_reply(contains="请发送隐患现场照片")
    await reporter.press_data(prompt.message_id, "hz:card:999999")  # someone else's button
    await reporter.wait_reply(contains="已暂存")
    await reporter.send("/report")
    offer = await reporter.wait_reply(contains="未完成的隐患上报")
    await press(reporter, offer, "取消")
    cancelled = await reporter.wait_reply(contains="已取消")
    assert cancelled.message_id == offer.message_id
