"""Reminders and tasks end to end: the real bot, the outbox sender and a local Bot API.

The sweep runs exactly as the JobQueue tick runs it (handlers.reminders.run_sweep), at the
instants the test sets on the bot's clock; everything people see and press goes through Telegram.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import AsyncIterator
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PIL import Image
from sqlalchemy import select
from telegram.ext import Application

from bot.config import Settings
from handlers.reminders import run_sweep
from storage.clock import ManualClock
from storage.db import SessionFactory, unit_of_work
from storage.models import Hazard, HazardLevel, HazardStatus, Person
from storage.obligation_models import ObligationOccurrence, OccurrenceStatus
from storage.obligations import OwnerSpec, add_obligation
from tests.botapi import FakeBotApi, FakeUser, Limits
from tests.harness import running_bot
from tests.hazard_fixtures import Org, jpeg_bytes, make_org

ZONE = ZoneInfo("Asia/Shanghai")


def local(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=ZONE)


@pytest.fixture
async def org(session_factory: SessionFactory) -> Org:
    return await make_org(session_factory)


@pytest.fixture
async def app(
    bot_api: FakeBotApi, bot_settings: Settings, org: Org, clock: ManualClock
) -> AsyncIterator[Application]:
    bot_api.set_limits(Limits(private_burst=30))
    for person in (org.officer, org.manager, org.principal, org.owner):
        user(bot_api, person)
    clock.set(local(3, 2, 7, 30))
    async with running_bot(bot_settings, clock=clock) as application:
        yield application


def user(api: FakeBotApi, person: Person) -> FakeUser:
    assert person.telegram_user_id is not None
    return api.user(person.telegram_user_id, person.name)


async def test_a_reminder_carries_the_card_and_working_buttons(
    bot_api: FakeBotApi, app: Application, org: Org, clock: ManualClock, session_factory: SessionFactory
) -> None:
    async with unit_of_work(session_factory) as session:
        hazard = Hazard(
            number="YH-2026-000001",
            status=HazardStatus.ASSIGNED.value,
            level=HazardLevel.GENERAL.value,
            description="二号配电箱柜门损坏，电线裸露",
            unit_id=org.team.id,
            reporter_id=org.reporter.id,
            owner_id=org.owner.id,
            deadline=date(2026, 3, 5),
            created_at=local(2, 26, 10),
            updated_at=local(2, 26, 10),
        )
        session.add(hazard)
    owner = user(bot_api, org.owner)

    # quiet hours: nothing yet
    assert (await run_sweep(app)).skipped == "quiet"
    clock.set(local(3, 2, 8, 0))
    result = await run_sweep(app)
    assert result.messages == 1  # the owner; the digest is not due before 08:30
    reminder = await owner.wait_reply(contains="整改期限提醒")
    assert "YH-2026-000001" in (reminder.text or "") and "剩 3 天" in (reminder.text or "")
    labels = [text for row in reminder.buttons for text, _ in row]
    assert labels == ["提交整改", "申请延期", "查看隐患"]

    # the buttons belong to the hazard loop, and they work from the reminder
    await owner.press(reminder, "查看隐患")
    card = await owner.wait_reply(contains="YH-2026-000001")
    assert "二号配电箱柜门损坏" in (card.text or "")
    await owner.press(reminder, "提交整改")
    prompt = await owner.wait_reply(lambda m: "整改" in (m.text or ""))
    assert prompt.text

    # the digest at 08:30 goes to the manager and the safety officer, not to the owner
    manager, officer = user(bot_api, org.manager), user(bot_api, org.officer)
    clock.set(local(3, 2, 8, 30))
    assert (await run_sweep(app)).messages == 2
    digest = await manager.wait_reply(contains="今日概览 · 本部门")
    assert "YH-2026-000001" in (digest.text or "")
    # nothing is overdue yet: no button to an overdue list that would be empty
    assert "查看全部逾期" not in digest.button_texts and "/overdue" not in (digest.text or "")
    officer_digest = await officer.wait_reply(contains="今日概览 · 全单位")
    assert "查看全部逾期" not in officer_digest.button_texts
    # a second tick in the same minute sends nothing more
    assert (await run_sweep(app)).messages == 0

    # overdue: /overdue for the manager, and the escalation reached them on the first overdue day
    clock.set(local(3, 6, 9, 0))
    await run_sweep(app)
    escalation = await manager.wait_reply(contains="逾期督办")
    # merged with the morning's overview, which counts the hazard but does not list it again
    assert "今日概览 · 本部门" in (escalation.text or "") and "逾期隐患 1 项" in (escalation.text or "")
    assert (escalation.text or "").count("YH-2026-000001") == 1
    await manager.press(escalation, "查看全部逾期")
    listing = await manager.wait_reply(contains="逾期清单")
    assert "YH-2026-000001" in (listing.text or "") and "已逾期 1 天" in (listing.text or "")
    await manager.send("/overdue")
    listing = await manager.wait_reply(contains="逾期清单")
    assert "YH-2026-000001" in (listing.text or "") and "已逾期 1 天" in (listing.text or "")
    await owner.send("/overdue")
    await owner.wait_reply(contains="只有部门负责人")


async def test_tasks_and_done_with_photo_evidence(
    bot_api: FakeBotApi,
    app: Application,
    org: Org,
    clock: ManualClock,
    session_factory: SessionFactory,
    bot_settings: Settings,
) -> None:
    owner = user(bot_api, org.owner)
    async with unit_of_work(session_factory) as session:
        await add_obligation(
            session,
            title="班前安全检查",
            recurrence="once 2026-03-03",
            owner=OwnerSpec(people=[org.owner.name]),
            now=clock.now(),
            zone=ZONE,
            remind_days_before=1,
            needs_evidence=True,
        )
    clock.set(local(3, 2, 8, 0))
    await run_sweep(app)
    reminder = await owner.wait_reply(contains="班前安全检查")
    assert "剩 1 天" in (reminder.text or "")

    await owner.send("/tasks")
    listing = await owner.wait_reply(contains="我的待办任务")
    assert "班前安全检查（需佐证）" in (listing.text or "")

    await owner.press(reminder, "①标记完成")
    await owner.wait_reply(contains="请发送一张照片或一个文件")
    await owner.send_photo(jpeg_bytes((20, 160, 20)))
    await owner.wait_reply(contains="✅ 已完成：班前安全检查（已附佐证）")

    async with unit_of_work(session_factory) as session:
        occurrence = await session.scalar(select(ObligationOccurrence))
        assert occurrence is not None
        assert occurrence.status == OccurrenceStatus.DONE.value and occurrence.evidence_kind == "photo"
    # the evidence is our own copy in the data directory, without the photo's GPS and phone model
    assert occurrence.evidence_path is not None and occurrence.evidence_path.startswith("photos/")
    kept = (bot_settings.data_dir / occurrence.evidence_path).read_bytes()
    assert hashlib.sha256(kept).hexdigest() == occurrence.evidence_sha256
    assert b"WhistlePhone" not in kept and not Image.open(io.BytesIO(kept)).getexif()
    await owner.send("/done")
    await owner.wait_reply(contains="没有待完成的任务")
    # the photo was taken as evidence, not as a new hazard report
    assert not [m for m in owner.replies() if "隐患上报" in (m.text or "") or "描述" in (m.text or "")]


async def test_done_with_a_note_and_a_document_kept_in_the_data_directory(
    bot_api: FakeBotApi,
    app: Application,
    org: Org,
    clock: ManualClock,
    session_factory: SessionFactory,
    bot_settings: Settings,
) -> None:
    owner = user(bot_api, org.owner)
    async with unit_of_work(session_factory) as session:
        for title, needs_evidence in (("月度消防检查记录", True), ("班组安全活动", False)):
            await add_obligation(
                session,
                title=title,
                recurrence="once 2026-03-03",
                owner=OwnerSpec(people=[org.owner.name]),
                now=clock.now(),
                zone=ZONE,
                remind_days_before=1,
                needs_evidence=needs_evidence,
            )
    clock.set(local(3, 2, 8, 0))
    await run_sweep(app)
    await owner.wait_reply(contains="月度消防检查记录")

    # a document sent with the caption "/done <note>": kept byte for byte, the note with it
    report = b"%PDF-1.4\n% inspection record\n" + bytes(range(256)) * 4
    await owner.send_document(report, "检查记录.pdf", "application/pdf", caption="/done 灭火器 12 具全部合格")
    question = await owner.wait_reply(contains="已收到佐证")
    await owner.press(question, "1. 标记完成：月度消防检查记录")
    done = await owner.wait_reply(contains="✅ 已完成：月度消防检查记录（已附佐证）")
    assert "备注：灭火器 12 具全部合格" in (done.text or "")

    # /done with a note and no file, for a task that needs none
    await owner.send("/done 已组织 8 人学习")
    choice = await owner.wait_reply(contains="要标记完成哪一项")
    await owner.press(choice, "1. 标记完成：班组安全活动")
    await owner.wait_reply(contains="备注：已组织 8 人学习")

    async with unit_of_work(session_factory) as session:
        rows = {
            o.note: o
            for o in (await session.scalars(select(ObligationOccurrence))).all()
            if o.status == OccurrenceStatus.DONE.value
        }
    document = rows["灭火器 12 具全部合格"]
    assert document.evidence_kind == "document" and document.evidence_name == "检查记录.pdf"
    digest = hashlib.sha256(report).hexdigest()
    assert document.evidence_sha256 == digest
    assert document.evidence_path == f"evidence/{digest[:2]}/{digest}.pdf"
    assert (bot_settings.data_dir / document.evidence_path).read_bytes() == report
    plain = rows["已组织 8 人学习"]
    assert plain.evidence_kind is None and plain.evidence_path is None


async def test_an_admin_manages_the_calendar_in_the_bot(
    bot_api: FakeBotApi, app: Application, org: Org, admin_user: FakeUser, session_factory: SessionFactory
) -> None:
    await admin_user.send("/start")
    await admin_user.wait_reply()
    await admin_user.send("/task_add 消防设施月度检查；每月25日；安全员；5；需佐证")
    added = await admin_user.wait_reply(contains="已添加任务")
    assert (
        "每月25日" in (added.text or "") and "安全员" in (added.text or "") and "需佐证" in (added.text or "")
    )
    await admin_user.send("/task_admin")
    listing = await admin_user.wait_reply(contains="任务日历")
    assert "消防设施月度检查" in (listing.text or "")
    assert "主要负责人带队开展本季度重大事故隐患排查" in (listing.text or "")  # the shipped calendar
    number = next(text for row in listing.buttons for text, _ in row if text.startswith("暂停"))
    await admin_user.press(listing, number)
    await admin_user.wait_reply(contains="已暂停")
    worker = user(bot_api, org.owner)
    await worker.send("/task_admin")
    await worker.wait_reply(contains="只有管理员")
