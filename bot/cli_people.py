"""`safebot people invite|import|list`."""

from __future__ import annotations

import argparse
import asyncio
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bot.cli_support import cli_session
from bot.config import Settings
from storage.clock import SystemClock
from storage.models import ROLE_LABELS, Person, Role
from storage.people import BY_NAME, PeopleError, all_units, create_invite, find_unit, unit_path
from storage.roster import ROLE_NAMES, RosterError, import_roster, parse_roster, read_table


def add_commands(subparsers: Any) -> None:
    people = subparsers.add_parser("people", help="人员 people")
    sub = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)

    invite = sub.add_parser("invite", help="创建邀请链接 / create an invite link")
    invite.add_argument("--unit", required=True, help="单位名称或路径")
    invite.add_argument(
        "--role", default="worker", help="worker|manager|safety_officer|principal|admin 或中文"
    )
    invite.add_argument("--uses", type=int, default=1, help="可用次数，0 表示不限（默认 1）")
    invite.add_argument("--hours", type=int, help="有效小时数（默认 SAFEBOT_INVITE_TTL_HOURS）")
    invite.set_defaults(handler=_invite)

    importer = sub.add_parser("import", help="导入花名册 CSV/XLSX / import a roster")
    importer.add_argument("file", type=Path)
    importer.set_defaults(handler=_import)

    listing = sub.add_parser("list", help="列出人员 / list people")
    listing.set_defaults(handler=_list)


def _invite(args: argparse.Namespace, settings: Settings) -> int:
    role = ROLE_NAMES.get(args.role.lower())
    if role is None:
        print(f"无法识别的角色：{args.role}")
        return 2

    async def run() -> int:
        async with cli_session(settings) as session:
            unit = await find_unit(session, args.unit)
            if unit is None:
                print(f"找不到单位：{args.unit}（用 safebot units list 查看）")
                return 1
            try:
                invite = await create_invite(
                    session,
                    creator=None,
                    unit=unit,
                    role=role,
                    now=SystemClock().now(),
                    ttl=timedelta(hours=args.hours or settings.invite_ttl_hours),
                    max_uses=args.uses or None,
                )
            except PeopleError as error:
                print(error)
                return 1
            username = await _bot_username(settings)
            link = f"https://t.me/{username}?start={invite.code}" if username else f"/start {invite.code}"
            expires = invite.expires_at.astimezone(settings.zone).strftime("%Y-%m-%d %H:%M")
            print(f"邀请（{unit.name}，{ROLE_LABELS[role]}，{expires} 前有效）：{link}")
            return 0

    return asyncio.run(run())


async def _bot_username(settings: Settings) -> str | None:
    """The bot's @username for the deep link; None when the Bot API cannot be reached."""
    if settings.telegram_token is None:
        return None
    from telegram import Bot
    from telegram.error import TelegramError

    root = settings.bot_api_url.rstrip("/")
    try:
        async with Bot(settings.token_value(), base_url=f"{root}/bot") as bot:
            return bot.username
    except (TelegramError, OSError):
        return None


def _import(args: argparse.Namespace, settings: Settings) -> int:
    try:
        rows = parse_roster(read_table(args.file))
    except RosterError as error:
        print("导入失败，未写入任何数据：\n" + "\n".join(error.problems))
        return 1
    except OSError as error:
        print(f"无法读取文件：{error}")
        return 1

    async def run() -> int:
        try:
            async with cli_session(settings) as session:
                count = await import_roster(session, rows, now=SystemClock().now())
        except RosterError as error:
            print("导入失败，未写入任何数据：\n" + "\n".join(error.problems))
            return 1
        print(f"已导入 {count} 人。他们第一次向机器人发送 /start 时自动完成注册。")
        return 0

    return asyncio.run(run())


def _list(args: argparse.Namespace, settings: Settings) -> int:
    async def run() -> int:
        async with cli_session(settings) as session:
            units = await all_units(session)
            names = {u.id: unit_path(units, u) for u in units}
            for person in (await session.scalars(select(Person).order_by(Person.unit_id, *BY_NAME))).all():
                status = "已注册" if person.telegram_user_id else "待注册"
                unit = names.get(person.unit_id, "-") if person.unit_id else "-"
                print(f"{person.name}\t{unit}\t{ROLE_LABELS[Role(person.role)]}\t{status}")
        return 0

    return asyncio.run(run())
