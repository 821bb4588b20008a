"""`safebot export --out FILE [--from DATE] [--to DATE] [--unit NAME] [--status STATUS]`."""

from __future__ import annotations

import argparse
import asyncio
from datetime import date
from pathlib import Path
from typing import Any

from bot.cli_support import cli_session
from bot.config import Settings
from storage.clock import SystemClock, local_date
from storage.export import ExportError, LedgerFilter, export_ledger, format_of, parse_statuses
from storage.people import find_unit, unit_subtree_ids


def add_commands(subparsers: Any) -> None:
    export = subparsers.add_parser(
        "export",
        help="导出隐患台账 / export the hazard ledger (.xlsx or .csv by the file's extension)",
        description="导出隐患台账。文件名以 .xlsx 结尾导出 Excel（含处理记录工作表），以 .csv 结尾导出 CSV。",
    )
    export.add_argument("--out", required=True, type=Path, help="输出文件，如 台账.xlsx 或 ledger.csv")
    export.add_argument("--from", dest="date_from", type=_day, help="发现日期起（含），YYYY-MM-DD")
    export.add_argument("--to", dest="date_to", type=_day, help="发现日期止（含），YYYY-MM-DD")
    export.add_argument("--unit", help="单位名称或路径（含下级单位）")
    export.add_argument("--status", help="状态：open（未销号）、closed、已销号 等，可用逗号分隔")
    export.add_argument("--no-thumbnails", action="store_true", help="不在 Excel 中嵌入照片缩略图")
    export.set_defaults(handler=_export)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{text}") from None


def _export(args: argparse.Namespace, settings: Settings) -> int:
    async def run() -> int:
        try:
            format_of(args.out)
            statuses = parse_statuses(args.status) if args.status else None
        except ExportError as error:
            print(error)
            return 2
        if args.date_from and args.date_to and args.date_to < args.date_from:
            print("--to 早于 --from")
            return 2
        async with cli_session(settings) as session:
            unit_ids = None
            if args.unit:
                unit = await find_unit(session, args.unit)
                if unit is None:
                    print(f"找不到单位：{args.unit}")
                    return 1
                unit_ids = await unit_subtree_ids(session, unit.id)
            filters = LedgerFilter(args.date_from, args.date_to, unit_ids, statuses)
            result = await export_ledger(
                session,
                args.out,
                filters=filters,
                zone=settings.zone,
                today=local_date(SystemClock().now(), settings.zone),
                data_dir=settings.data_dir,
                thumbnail_limit=0 if args.no_thumbnails else settings.export_thumbnail_limit,
            )
        extra = f"，处理记录 {result.events} 条" if format_of(args.out) == "xlsx" else ""
        print(f"已导出 {result.hazards} 条隐患{extra}：{result.path}")
        return 0

    return asyncio.run(run())
