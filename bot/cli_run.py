"""`safebot run`: the bot itself, long-polling the Bot API."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from telegram import Update

from bot.config import MissingTokenError, Settings


def add_commands(subparsers: Any) -> None:
    run = subparsers.add_parser("run", help="启动机器人 / run the bot")
    run.set_defaults(handler=_run)


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.app import build_application

    try:
        application = build_application(settings)
    except MissingTokenError as error:
        print(error, file=sys.stderr)
        return 2
    application.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0
