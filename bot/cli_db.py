"""`safebot db upgrade`."""

from __future__ import annotations

import argparse
from typing import Any

from bot.config import Settings
from storage.db import upgrade_database


def add_commands(subparsers: Any) -> None:
    db = subparsers.add_parser("db", help="数据库 database")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = db_sub.add_parser("upgrade", help="升级数据库结构到最新版本 / migrate the schema")
    upgrade.set_defaults(handler=_upgrade)


def _upgrade(args: argparse.Namespace, settings: Settings) -> int:
    upgrade_database(settings.resolved_database_url)
    print("数据库已是最新结构 / database schema is up to date")
    return 0
