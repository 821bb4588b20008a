"""The `safebot` command line. Each command group lives in its own bot/cli_*.py module."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from types import ModuleType

from bot import cli_db, cli_export, cli_kb, cli_people, cli_run, cli_tasks, cli_units
from bot.config import Settings
from bot.logs import configure_logging

# Each module exposes add_commands(subparsers) and sets `handler=` defaults on its parsers;
# a handler takes (args, settings) and returns the process exit code.
COMMAND_MODULES: list[ModuleType] = [cli_run, cli_db, cli_people, cli_units, cli_kb, cli_tasks, cli_export]

Handler = Callable[[argparse.Namespace, Settings], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="safebot", description="安全生产治本攻坚 Telegram 机器人")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.add_commands(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    settings = Settings()
    configure_logging(settings)
    return handler(args, settings)


if __name__ == "__main__":
    sys.exit(main())
