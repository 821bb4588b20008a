"""`safebot tasks list|add|pause|resume|remove|sync|sweep`: the task calendar from the command line."""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from bot.cli_support import cli_session
from bot.config import Settings
from storage.clock import SystemClock, local_date
from storage.obligations import (
    ObligationError,
    OwnerSpec,
    add_obligation,
    list_obligations,
    load_calendar,
    obligation_line,
    open_tasks,
    remove_obligation,
    set_active,
    sync_calendar,
    task_line,
)


def add_commands(subparsers: Any) -> None:
    tasks = subparsers.add_parser("tasks", help="任务日历与提醒 recurring obligations")
    sub = tasks.add_subparsers(dest="tasks_command", metavar="ACTION", required=True)

    listing = sub.add_parser("list", help="列出任务日历 / list obligations")
    listing.add_argument(
        "--open", action="store_true", help="列出所有未完成的任务（含负责人） / open occurrences"
    )
    listing.add_argument("--all", action="store_true", help="包括已删除的 / include removed")
    listing.set_defaults(handler=_list)

    add = sub.add_parser("add", help="添加任务 / add an obligation")
    add.add_argument("title", help="任务名称")
    add.add_argument(
        "--recurrence", required=True, help="如 'monthly 20'、'weekly fri'、每月20日、'cron 0 9 * * 1'"
    )
    add.add_argument("--owner", required=True, help="如 安全员、部门负责人@一车间、张三、@username")
    add.add_argument("--remind-days", type=int, default=3, help="提前几天开始提醒（默认 3）")
    add.add_argument("--evidence", action="store_true", help="完成时需上传照片或文件")
    add.add_argument("--key", help="编号（默认自动生成）")
    add.set_defaults(handler=_add)

    for name, text in (("pause", "暂停 / pause"), ("resume", "恢复 / resume"), ("remove", "删除 / remove")):
        action = sub.add_parser(name, help=text)
        action.add_argument("obligation", help="任务 id（#3）或 key")
        action.set_defaults(handler=_change, change=name)

    sync = sub.add_parser("sync", help="按日历文件更新任务 / load the calendar file")
    sync.set_defaults(handler=_sync)


def _list(args: argparse.Namespace, settings: Settings) -> int:
    async def run() -> int:
        async with cli_session(settings) as session:
            if args.open:
                today = local_date(SystemClock().now(), settings.zone)
                lines = [task_line(t, today, with_owner=True) for t in await open_tasks(session, today=today)]
                print("\n".join(lines) if lines else "没有未完成的任务。")
                return 0
            obligations = await list_obligations(session, include_removed=args.all)
            for obligation in obligations:
                print(f"{await obligation_line(session, obligation)} ｜ key={obligation.key}")
            if not obligations:
                print("任务日历为空。运行 safebot tasks sync 载入默认日历。")
        return 0

    return asyncio.run(run())


def _add(args: argparse.Namespace, settings: Settings) -> int:
    async def run() -> int:
        try:
            async with cli_session(settings) as session:
                obligation = await add_obligation(
                    session,
                    title=args.title,
                    recurrence=args.recurrence,
                    owner=OwnerSpec.parse(args.owner),
                    now=SystemClock().now(),
                    zone=settings.zone,
                    remind_days_before=args.remind_days,
                    needs_evidence=args.evidence,
                    key=args.key,
                )
                print(f"已添加：{await obligation_line(session, obligation)}")
        except ObligationError as error:
            print(error)
            return 1
        return 0

    return asyncio.run(run())


def _change(args: argparse.Namespace, settings: Settings) -> int:
    async def run() -> int:
        now = SystemClock().now()
        try:
            async with cli_session(settings) as session:
                if args.change == "remove":
                    obligation = await remove_obligation(session, args.obligation, now=now)
                    print(f"已删除：{obligation.title}")
                else:
                    obligation = await set_active(
                        session, args.obligation, active=args.change == "resume", now=now, zone=settings.zone
                    )
                    print(f"{'已恢复' if obligation.active else '已暂停'}：{obligation.title}")
        except ObligationError as error:
            print(error)
            return 1
        return 0

    return asyncio.run(run())


def _sync(args: argparse.Namespace, settings: Settings) -> int:
    async def run() -> int:
        try:
            entries = load_calendar(settings.obligations_path)
        except ObligationError as error:
            print(error)
            return 1
        async with cli_session(settings) as session:
            report = await sync_calendar(session, entries, now=SystemClock().now(), zone=settings.zone)
        print(f"新增 {len(report.added)}，更新 {len(report.updated)}，移除 {len(report.removed)}")
        for problem in report.skipped:
            print(f"跳过 {problem}")
        return 0

    return asyncio.run(run())
