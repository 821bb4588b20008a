"""The exported ledger, opened with openpyxl as a superior would open it in Excel."""

from __future__ import annotations

import csv
import io
import struct
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from PIL import Image

from storage.charts import cjk_font, trend_chart
from storage.db import SessionFactory, unit_of_work
from storage.export import (
    EVENT_COLUMNS,
    EVENT_SHEET,
    LEDGER_COLUMNS,
    LEDGER_SHEET,
    PHOTO_COLUMNS,
    ExportError,
    LedgerFilter,
    export_ledger,
    parse_statuses,
)
from storage.people import unit_subtree_ids
from storage.stats import Scope, compute_stats, month_period
from tests.ledger_fixtures import ANONYMOUS_NAME, NOW, TODAY, ZONE, make_ledger


def all_cells(path: Path) -> list[str]:
    workbook = openpyxl.load_workbook(path)
    return [
        str(c.value) for sheet in workbook for row in sheet.iter_rows() for c in row if c.value is not None
    ]


def rows_by_number(sheet: openpyxl.worksheet.worksheet.Worksheet) -> dict[str, dict[str, object]]:
    headers = [c.value for c in sheet[1]]
    out = {}
    for row in sheet.iter_rows(min_row=2, values_only=True):
        record = dict(zip(headers, row, strict=True))
        out[str(record["隐患编号"])] = record
    return out


async def test_xlsx_ledger_layout_types_and_content(session_factory: SessionFactory, tmp_path: Path) -> None:
    ledger = await make_ledger(session_factory, data_dir=tmp_path)
    out = tmp_path / "exports" / "ledger.xlsx"
    async with unit_of_work(session_factory) as session:
        result = await export_ledger(session, out, zone=ZONE, today=TODAY, data_dir=tmp_path)
    assert (result.hazards, result.events, result.thumbnails) == (8, 5, True)

    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == [LEDGER_SHEET, EVENT_SHEET]
    sheet = workbook[LEDGER_SHEET]
    assert [c.value for c in sheet[1]] == [*LEDGER_COLUMNS, *PHOTO_COLUMNS]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:V9"
    assert sheet.max_row == 9
    # columns wide enough for Chinese: the description is wider than the header, capped
    widths = {sheet.cell(1, i + 1).value: sheet.column_dimensions[chr(65 + i)].width for i in range(22)}
    assert widths["隐患描述"] > widths["序号"] and widths["隐患描述"] <= 50
    assert widths["是否挂牌督办"] >= 12  # six CJK characters

    rows = rows_by_number(sheet)
    h = ledger.hazards
    h1, h2, h5 = rows[h["H1"].number], rows[h["H2"].number], rows[h["H5"].number]
    # dates are real dates in the organisation's zone (02-20 09:00 Shanghai is 01:00 UTC)
    assert h1["发现日期"] == datetime(2026, 2, 20)
    assert sheet.cell(2, 3).is_date and sheet.cell(2, 3).number_format == "yyyy-mm-dd"
    assert h1["整改时限"] == datetime(2026, 3, 5)
    assert h1["整改完成日期"] == datetime(2026, 3, 4) and h1["销号日期"] == datetime(2026, 3, 6)
    assert h1["状态"] == "已销号" and h1["验收人"] == "王五" and h1["整改责任人"] == "李四"
    assert h1["单位"] == "一车间/一班" and h1["来源"] == "职工/群众举报" and h1["类别"] == "消防"
    assert h1["是否逾期"] == "否" and h1["序号"] == 1
    assert h2["等级"] == "重大隐患" and h2["是否挂牌督办"] == "是" and h2["是否逾期"] == "是"
    assert h2["整改资金"] == "2000元" and h2["应急预案"] == "设置警戒区，专人看护"
    assert h2["销号日期"] is None
    assert h5["是否逾期"] == "是"  # rectified 03-16, due 03-15
    assert rows[h["H6"].number]["等级"] == "未定级"
    # the anonymous report's photo is embedded as a thumbnail; the whistle-blower is nowhere
    assert len(sheet._images) == 1
    assert not any(ANONYMOUS_NAME in cell for cell in all_cells(out))

    events = workbook[EVENT_SHEET]
    assert [c.value for c in events[1]] == list(EVENT_COLUMNS)
    trail = [row for row in events.iter_rows(min_row=2, values_only=True)]
    by_action = {(r[1], r[3]): r for r in trail}
    report = by_action[(h["H2"].number, "上报隐患")]
    assert report[4] == "匿名" and report[2] == datetime(2026, 3, 2, 8, 0)
    assert by_action[(h["H2"].number, "指派整改责任人")][4] == "王五"
    assert by_action[(h["H4"].number, "判定为无效举报")][4] == "系统"
    assert by_action[(h["H1"].number, "上报隐患")][4] == "张三"


async def test_filters_date_range_unit_subtree_and_status(
    session_factory: SessionFactory, tmp_path: Path
) -> None:
    ledger = await make_ledger(session_factory)
    h = ledger.hazards

    async def numbers(filters: LedgerFilter) -> set[str]:
        out = tmp_path / "f.xlsx"
        async with unit_of_work(session_factory) as session:
            await export_ledger(session, out, filters=filters, zone=ZONE, today=TODAY)
        return set(rows_by_number(openpyxl.load_workbook(out)[LEDGER_SHEET]))

    def of(*keys: str) -> set[str]:
        return {str(h[k].number) for k in keys}

    assert await numbers(LedgerFilter(date(2026, 3, 1), date(2026, 3, 31))) == of(
        "H2", "H3", "H4", "H5", "H6"
    )
    async with unit_of_work(session_factory) as session:
        workshop = await unit_subtree_ids(session, ledger.workshop.id)
    assert await numbers(LedgerFilter(unit_ids=workshop)) == of("H1", "H3", "H4", "H5", "H6", "H7")
    assert await numbers(LedgerFilter(statuses=parse_statuses("open"))) == of("H2", "H6", "H8")
    assert await numbers(LedgerFilter(statuses=parse_statuses("已销号"))) == of("H1", "H3", "H5", "H7")
    with pytest.raises(ExportError):
        parse_statuses("finished")


async def test_csv_for_machines(session_factory: SessionFactory, tmp_path: Path) -> None:
    ledger = await make_ledger(session_factory)
    out = tmp_path / "ledger.csv"
    async with unit_of_work(session_factory) as session:
        result = await export_ledger(session, out, zone=ZONE, today=TODAY)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8 Chinese
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == [*LEDGER_COLUMNS, *PHOTO_COLUMNS]
    assert len(rows) == 1 + result.hazards == 9
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["隐患编号"] == ledger.hazards["H1"].number and first["发现日期"] == "2026-02-20"
    assert ANONYMOUS_NAME not in raw.decode("utf-8-sig")


async def test_streaming_in_small_batches_gives_the_same_ledger(
    session_factory: SessionFactory, tmp_path: Path
) -> None:
    await make_ledger(session_factory)
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    async with unit_of_work(session_factory) as session:
        await export_ledger(session, a, zone=ZONE, today=TODAY)
        small = await export_ledger(session, b, zone=ZONE, today=TODAY, batch_size=3)
    assert small.hazards == 8 and a.read_bytes() == b.read_bytes()
    x = tmp_path / "x.xlsx"
    async with unit_of_work(session_factory) as session:
        result = await export_ledger(session, x, zone=ZONE, today=TODAY, batch_size=2)
    assert result.events == 5 and openpyxl.load_workbook(x)[EVENT_SHEET].max_row == 6


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


async def test_trend_chart_is_a_sensible_png(session_factory: SessionFactory) -> None:
    await make_ledger(session_factory)
    async with unit_of_work(session_factory) as session:
        stats = await compute_stats(
            session, month_period(2026, 3), zone=ZONE, now=NOW, scope=Scope("示例公司")
        )
    for chinese in (None, False):  # False: the English fallback used when no CJK font exists
        data = trend_chart(stats, chinese=chinese)
        width, height = png_size(data)
        assert 600 <= width <= 2000 and 400 <= height <= 2000
        assert 10_000 < len(data) < 1_000_000
        with Image.open(io.BytesIO(data)) as image:
            image.verify()


def test_a_cjk_font_is_found_where_set_up_installed_one() -> None:
    import shutil
    import subprocess

    if (
        shutil.which("fc-list") is None
        or not subprocess.run(
            ["fc-list", ":lang=zh"], capture_output=True, text=True, check=False
        ).stdout.strip()
    ):
        pytest.skip("no CJK font installed (scripts/setup.sh installs one when run as root)")
    assert cjk_font() is not None


async def test_safebot_export_command(
    session_factory: SessionFactory, database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio

    from bot.cli import build_parser
    from bot.config import Settings

    def main(argv: list[str]) -> int:
        """`safebot …` as bot.cli.main runs it, minus the process-wide logging set-up."""
        args = build_parser().parse_args(argv)
        return int(args.handler(args, Settings(_env_file=None)))  # type: ignore[call-arg]

    ledger = await make_ledger(session_factory)
    monkeypatch.setenv("SAFEBOT_DATABASE_URL", database_url)
    monkeypatch.setenv("SAFEBOT_DATA_DIR", str(tmp_path / "data"))
    out = tmp_path / "一车间三月已销号.xlsx"
    argv = ["export", "--out", str(out), "--from", "2026-03-01", "--to", "2026-03-31"]
    argv += ["--unit", "一车间", "--status", "closed"]
    assert await asyncio.to_thread(main, argv) == 0
    numbers = set(rows_by_number(openpyxl.load_workbook(out)[LEDGER_SHEET]))
    assert numbers == {ledger.hazards["H3"].number, ledger.hazards["H5"].number}

    csv_out = tmp_path / "all.csv"
    assert await asyncio.to_thread(main, ["export", "--out", str(csv_out)]) == 0
    assert len(csv_out.read_text(encoding="utf-8-sig").splitlines()) == 9
    assert await asyncio.to_thread(main, ["export", "--out", str(tmp_path / "x.pdf")]) == 2
    assert await asyncio.to_thread(main, ["export", "--out", str(out), "--unit", "不存在"]) == 1
