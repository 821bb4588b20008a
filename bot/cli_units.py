"""`safebot units add|list`."""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from bot.cli_support import cli_session
from bot.config import Settings
from storage.people import PeopleError, add_unit, all_units, find_unit, root_unit, unit_tree_lines


def add_commands(subparsers: Any) -> None:
    units = subparsers.add_parser("units", help="组织架构 units")
    sub = units.add_subparsers(dest="units_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="添加单位 / add a unit")
    add.add_argument("name", help="单位名称")
    add.add_argument("--parent", help="上级单位名称或路径（默认：组织本身）")
    add.set_defaults(handler=_add)
    listing = sub.add_parser("list", help="列出组织架构 / list the unit tree")
    listing.set_defaults(handler=_list)


def _add(args: argparse.Namespace, settings: Settings) -> int:
    async def run() -> int:
        async with cli_session(settings) as session:
            if args.parent:
                parent = await find_unit(session, args.parent)
                if parent is None:
                    print(f"找不到上级单位：{args.parent}")
                    return 1
            else:
                parent = await root_unit(session, settings.organisation_name)
            try:
                unit = await add_unit(session, args.name, parent)
            except PeopleError as error:
                print(error)
                return 1
            print(f"已添加：{unit.name}（上级：{parent.name}）")
            return 0

    return asyncio.run(run())


def _list(args: argparse.Namespace, settings: Settings) -> int:
    async def run() -> int:
        async with cli_session(settings) as session:
            await root_unit(session, settings.organisation_name)
            print("\n".join(unit_tree_lines(await all_units(session))))
        return 0

    return asyncio.run(run())
