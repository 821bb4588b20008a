"""/export, /stats, /report_month and the monthly report, end to end through the local Bot API."""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import openpyxl
import pytest
from telegram.ext import Application

from bot.config import Settings
from storage.clock import ManualClock
from storage.db import SessionFactory
from storage.export import EVENT_SHEET, LEDGER_COLUMNS, LEDGER_SHEET
from tests.botapi import FakeBotApi, FakeUser, Limits
from tests.botapi.records import SentMessage
from tests.harness import running_bot
from tests.ledger_fixtures import ANONYMOUS_NAME, NOW, Ledger, make_ledger

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
async def ledger(session_factory: SessionFactory, bot_settings: Settings) -> Ledger:
    return await make_ledger(session_factory, data_dir=bot_settings.data_dir)


def person(api: FakeBotApi, ledger: Ledger, name: str) -> FakeUser:
    p = {"张三": ledger.reporter, "王五": ledger.officer, "钱七": ledger.manager}[name]
    assert p.telegram_user_id is not None
    return api.user(p.telegram_user_id, p.name)


@asynccontextmanager
async def bot(
    api: FakeBotApi, settings: Settings, ledger: Ledger, report_day: int
) -> AsyncIterator[Application]:
    api.set_limits(Limits(private_burst=30))
    for name in ("张三", "王五", "钱七"):
        person(api, ledger, name)
    settings = settings.model_copy(update={"monthly_report_day": report_day, "ledger_tick_seconds": 1.0})
    async with running_bot(settings, clock=ManualClock(NOW)) as application:
        yield application


@pytest.fixture
async def app(bot_api: FakeBotApi, bot_settings: Settings, ledger: Ledger) -> AsyncIterator[Application]:
    # the monthly report is the subject of one test only: here its day (the 28th) is still to come
    async with bot(bot_api, bot_settings, ledger, report_day=28) as application:
        yield application


@pytest.fixture
async def report_day_app(
    bot_api: FakeBotApi, bot_settings: Settings, ledger: Ledger
) -> AsyncIterator[Application]:
    async with bot(bot_api, bot_settings, ledger, report_day=15) as application:
        yield application


def is_document(m: SentMessage) -> bool:
    return m.kind == "document"


def workbook(message: SentMessage) -> openpyxl.Workbook:
    assert message.document_bytes is not None
    return openpyxl.load_workbook(io.BytesIO(message.document_bytes))


def cells(book: openpyxl.Workbook) -> list[str]:
    return [str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None]


async def test_officer_exports_a_month_and_the_whole_ledger_as_csv(
    bot_api: FakeBotApi, app: Application, ledger: Ledger
) -> None:
    officer = person(bot_api, ledger, "王五")
    await officer.send("/export 2026-03")
    await officer.wait_reply(contains="正在生成")
    document = await officer.wait_reply(is_document, timeout=20)
    assert document.document is not None and (document.document.file_name or "").endswith(".xlsx")
    assert "5 条" in (document.caption or "")
    book = workbook(document)
    assert book.sheetnames == [LEDGER_SHEET, EVENT_SHEET]
    sheet = book[LEDGER_SHEET]
    assert [c.value for c in sheet[1]][: len(LEDGER_COLUMNS)] == list(LEDGER_COLUMNS)
    numbers = {row[1] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert numbers == {ledger.hazards[k].number for k in ("H2", "H3", "H4", "H5", "H6")}
    assert not any(ANONYMOUS_NAME in c for c in cells(book))

    await officer.send("/export")
    menu = await officer.wait_reply(contains="请选择要导出的台账")
    await officer.press(menu, "全部台账（CSV）")
    document = await officer.wait_reply(is_document, timeout=20)
    assert document.document is not None and (document.document.file_name or "").endswith(".csv")
    raw = document.document_bytes or b""
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == 1 + 8 and ANONYMOUS_NAME not in raw.decode("utf-8-sig")


async def test_stats_send_the_chart_and_the_figures(
    bot_api: FakeBotApi, app: Application, ledger: Ledger
) -> None:
    officer = person(bot_api, ledger, "王五")
    await officer.send("/stats")
    photo = await officer.wait_reply(lambda m: m.kind == "photo", timeout=20)
    assert (photo.photo_bytes or b"").startswith(PNG) and len(photo.photo_bytes or b"") > 10_000
    text = await officer.wait_reply(contains="上报隐患")
    assert "上报隐患：5 条" in (text.text or "") and "重大隐患未销号：2 条" in (text.text or "")
    assert "匿名" in (text.text or "") and ANONYMOUS_NAME not in (text.text or "")

    # the buttons under the figures switch the period
    await officer.press(text, "上月")
    february = await officer.wait_reply(contains="统计期间：2026年2月")
    assert "上报隐患：2 条" in (february.text or "")


async def test_a_manager_sees_their_unit_and_a_worker_is_refused(
    bot_api: FakeBotApi, app: Application, ledger: Ledger
) -> None:
    manager = person(bot_api, ledger, "钱七")
    await manager.send("/stats")
    text = await manager.wait_reply(contains="上报隐患", timeout=20)
    assert "一车间" in (text.text or "") and "上报隐患：4 条" in (text.text or "")
    await manager.send("/stats 单位=办公室")
    refusal = await manager.wait_reply(contains="不在其中")
    assert "办公室" in (refusal.text or "")

    await manager.send("/export")
    menu = await manager.wait_reply(contains="请选择要导出的台账")
    await manager.press(menu, "全部台账")
    document = await manager.wait_reply(is_document, timeout=20)
    numbers = {row[1] for row in workbook(document)[LEDGER_SHEET].iter_rows(min_row=2, values_only=True)}
    assert numbers == {ledger.hazards[k].number for k in ("H1", "H3", "H4", "H5", "H6", "H7")}

    worker = person(bot_api, ledger, "张三")
    await worker.send("/export")
    assert "只有安全员" in ((await worker.wait_reply()).text or "")
    await worker.send("/stats")
    assert "只有安全员" in ((await worker.wait_reply()).text or "")


async def test_report_month_on_demand(bot_api: FakeBotApi, app: Application, ledger: Ledger) -> None:
    officer = person(bot_api, ledger, "王五")
    await officer.send("/report_month 2026-02")
    await officer.wait_reply(contains="正在生成")
    text = await officer.wait_reply(contains="2026年2月隐患排查治理工作情况", timeout=20)
    assert "草稿" not in (text.text or "").split("\n")[0]  # February is over: no longer a draft
    photo = await officer.wait_reply(lambda m: m.kind == "photo", timeout=20)
    assert (photo.photo_bytes or b"").startswith(PNG)
    document = await officer.wait_reply(is_document, timeout=20)
    # February's working ledger: found in February (H1, H8) and H7, closed in it
    numbers = {row[1] for row in workbook(document)[LEDGER_SHEET].iter_rows(min_row=2, values_only=True)}
    assert numbers == {ledger.hazards[k].number for k in ("H1", "H7", "H8")}


async def test_safety_officers_get_the_monthly_report_once(
    bot_api: FakeBotApi, report_day_app: Application, ledger: Ledger
) -> None:
    officer = person(bot_api, ledger, "王五")
    # 03-20 is past the 15th: the tick queues March's draft for the safety officer
    text = await officer.wait_reply(contains="2026年3月隐患排查治理工作情况（草稿", timeout=20)
    assert "上报隐患：5 条" in (text.text or "")
    photo = await officer.wait_reply(lambda m: m.kind == "photo", timeout=20)
    document = await officer.wait_reply(is_document, timeout=20)
    assert (photo.photo_bytes or b"").startswith(PNG)
    assert (document.document.file_name if document.document else "") == "隐患台账_2026-03.xlsx"
    assert not any(ANONYMOUS_NAME in c for c in cells(workbook(document)))
    # later ticks find it sent: nothing more arrives; the manager and the worker get none
    await bot_api.wait_idle(seconds=2.5, timeout=15)

    def reports(user: FakeUser) -> list[SentMessage]:
        return [m for m in user.replies() if "2026年3月隐患" in (m.text or "")]

    assert len(reports(officer)) == 3
    assert reports(person(bot_api, ledger, "钱七")) == [] and reports(person(bot_api, ledger, "张三")) == []
