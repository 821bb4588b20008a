"""Broadcast benchmark: one publicity message to 1,000 groups through a local Bot API that enforces
Telegram's limits (1 message/s per chat, 20/min per group, 30/s overall) and answers 429 beyond them.

    python benchmarks/broadcast.py [--chats 1000] [--rate 25] [--scale 1] [--database-url URL]
                                   [--skip-baselines]

Runs, each against a fresh local Bot API (tests/botapi):

- safebot: the real path — 1,000 linked groups in a temporary database, one `create_broadcast`
  (one broadcasts row + one outbox row per group, one transaction), drained by the real
  `OutboxSender` at its configured rate (default 25/s, Settings.rate_global_per_second);
- plain loop: `for chat in chats: await bot.send_message(chat, text)`, a 429 skipping the chat
  (what a first script does: the message is lost);
- loop + retry: the same loop sleeping `retry_after` and retrying after each 429;
- AIORateLimiter: PTB's limiter (python-telegram-bot[rate-limiter], 30/s overall, 20/min per
  group, max_retries=0) with all sends started at once (asyncio.gather), as its docs suggest.

For each: messages delivered, chats that got it twice (duplicates) or never (lost), 429 answers,
elapsed time from start to the last delivery, and the achieved rate over the sending period, also
as a ratio of the configured rate. `--scale N` multiplies every limit and rate by N to shorten the
run (ratios are unchanged). The last line of output is one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import asyncpg  # noqa: E402
from sqlalchemy import func, select  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from telegram import Bot  # noqa: E402
from telegram.error import RetryAfter, TelegramError  # noqa: E402
from telegram.ext import AIORateLimiter, ExtBot  # noqa: E402

from bot.sender import OutboxSender, SenderLimits  # noqa: E402
from storage.broadcast_models import AudienceKind  # noqa: E402
from storage.broadcasts import Audience, Content, create_broadcast  # noqa: E402
from storage.clock import SystemClock  # noqa: E402
from storage.db import create_engine, create_session_factory, normalise_url, unit_of_work, upgrade_database  # noqa: E402
from storage.models import ChatGroup, OutboxMessage, OutboxStatus, Unit  # noqa: E402
from tests.botapi import DEFAULT_TOKEN, FakeBotApi, Limits  # noqa: E402

TEXT = "【安全生产月】6月是全国“安全生产月”。请各班组本周内组织一次隐患自查，发现问题随手拍照上报。"
TELEGRAM_GLOBAL = 30.0
FIRST_GROUP = -1001000000000


@dataclass
class Run:
    name: str
    configured: float | None  # messages/s the sender was set to (None: no pacing at all)
    sent: int = 0
    duplicates: int = 0
    lost: int = 0
    too_many_requests: int = 0
    elapsed: float = 0.0
    achieved: float = 0.0

    @property
    def ratio(self) -> float | None:
        return self.achieved / self.configured if self.configured else None


class Target:
    """A fresh local Bot API with `n` groups, timing every accepted sendMessage."""

    def __init__(self, chats: list[int], scale: float) -> None:
        self.chats = chats
        self.api = FakeBotApi(
            DEFAULT_TOKEN,
            limits=Limits(
                private_per_second=1.0 * scale,
                private_burst=1,
                group_per_minute=int(20 * scale),
                global_per_second=int(TELEGRAM_GLOBAL * scale),
            ),
        )
        self.times: list[float] = []

    async def __aenter__(self) -> Target:
        await self.api.start()
        for chat_id in self.chats:
            self.api.group(chat_id, f"班组群{chat_id}")
        original = self.api._methods["sendmessage"]

        async def timed(params: dict[str, Any]) -> Any:
            result = await original(params)
            self.times.append(time.monotonic())
            return result

        self.api._methods["sendmessage"] = timed
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.api.stop()

    def bot(self) -> Bot:
        return Bot(
            self.api.token, base_url=f"{self.api.root_url}/bot", base_file_url=f"{self.api.root_url}/file/bot"
        )

    def result(self, name: str, configured: float | None, started: float) -> Run:
        counts = Counter(m.chat_id for m in self.api.all_sent() if m.text == TEXT)
        run = Run(name, configured)
        run.sent = sum(counts.values())
        run.duplicates = sum(c - 1 for c in counts.values() if c > 1)
        run.lost = sum(1 for chat in self.chats if counts[chat] == 0)
        run.too_many_requests = sum(1 for call in self.api.calls if call.status == 429)
        if self.times:
            run.elapsed = self.times[-1] - started
        if len(self.times) > 1:
            run.achieved = (len(self.times) - 1) / (self.times[-1] - self.times[0])
        return run


# ---------------------------------------------------------------- safebot


class Database:
    """A temporary SQLite file, or a throwaway database on the PostgreSQL server given."""

    def __init__(self, base_url: str | None) -> None:
        self.base_url = base_url
        self.name = f"safebot_bench_{uuid.uuid4().hex[:8]}"
        self.tmp = tempfile.TemporaryDirectory()

    async def __aenter__(self) -> str:
        if self.base_url is None:
            url = f"sqlite+aiosqlite:///{Path(self.tmp.name) / 'bench.db'}"
        else:
            connection = await asyncpg.connect(_dsn(self.base_url))
            await connection.execute(f'CREATE DATABASE "{self.name}"')
            await connection.close()
            url = (
                make_url(normalise_url(self.base_url))
                .set(database=self.name)
                .render_as_string(hide_password=False)
            )
        await asyncio.to_thread(upgrade_database, url)
        return url

    async def __aexit__(self, *exc: object) -> None:
        if self.base_url is not None:
            connection = await asyncpg.connect(_dsn(self.base_url))
            await connection.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            await connection.close()
        self.tmp.cleanup()


def _dsn(url: str) -> str:
    return make_url(normalise_url(url)).set(drivername="postgresql").render_as_string(hide_password=False)


async def run_safebot(chats: list[int], rate: float, scale: float, database_url: str | None) -> Run:
    async with Database(database_url) as url, Target(chats, scale) as target:
        engine = create_engine(url)
        factory = create_session_factory(engine)
        now = datetime.now(UTC)
        async with unit_of_work(factory) as session:
            unit = Unit(name="示范厂")
            session.add(unit)
            await session.flush()
            session.add_all(
                ChatGroup(chat_id=c, title=f"班组群{c}", unit_id=unit.id, active=True) for c in chats
            )
        bot = target.bot()
        await bot.initialize()
        limits = SenderLimits(
            global_per_second=rate * scale, group_per_minute=20 * scale, private_per_second=scale
        )
        sender = OutboxSender(bot, factory, SystemClock(), limits, worker="bench")
        started = time.monotonic()
        async with unit_of_work(factory) as session:
            broadcast = await create_broadcast(
                session, content=Content(text=TEXT), audience=Audience(AudienceKind.ALL_GROUPS), now=now
            )
            assert broadcast is not None and broadcast.recipients == len(chats)
        enqueued = time.monotonic() - started
        sender.start()
        try:
            while True:
                await asyncio.sleep(0.2)
                async with unit_of_work(factory) as session:
                    open_rows = await session.scalar(
                        select(func.count())
                        .select_from(OutboxMessage)
                        .where(
                            OutboxMessage.status.in_([OutboxStatus.PENDING.value, OutboxStatus.SENDING.value])
                        )
                    )
                if not open_rows:
                    break
        finally:
            await sender.stop()
            await bot.shutdown()
            await engine.dispose()
        run = target.result("safebot (outbox sender)", rate * scale, started)
        print(f"  safebot: {len(chats)} outbox rows written in {enqueued * 1000:.0f} ms", file=sys.stderr)
        return run


# ---------------------------------------------------------------- baselines


async def run_plain_loop(chats: list[int], scale: float, *, retry: bool) -> Run:
    async with Target(chats, scale) as target:
        bot = target.bot()
        await bot.initialize()
        started = time.monotonic()
        for chat_id in chats:
            while True:
                try:
                    await bot.send_message(chat_id, TEXT)
                except RetryAfter as exc:
                    if retry:
                        await asyncio.sleep(_seconds(exc))
                        continue
                except TelegramError:
                    pass
                break
        await bot.shutdown()
        return target.result("loop + retry_after" if retry else "plain loop", None, started)


async def run_aio_rate_limiter(chats: list[int], scale: float) -> Run:
    async with Target(chats, scale) as target:
        limiter = AIORateLimiter(overall_max_rate=TELEGRAM_GLOBAL * scale, group_max_rate=20 * scale)
        bot: ExtBot[Any] = ExtBot(
            target.api.token,
            base_url=f"{target.api.root_url}/bot",
            rate_limiter=limiter,
        )
        await bot.initialize()
        started = time.monotonic()

        async def send(chat_id: int) -> None:
            try:
                await bot.send_message(chat_id, TEXT)
            except TelegramError:
                pass

        await asyncio.gather(*(send(c) for c in chats))
        await bot.shutdown()
        return target.result("AIORateLimiter (gather)", TELEGRAM_GLOBAL * scale, started)


def _seconds(exc: RetryAfter) -> float:
    value = getattr(exc, "_retry_after", None)
    return value.total_seconds() if value is not None else 1.0


# ---------------------------------------------------------------- report


def table(runs: list[Run], limit: float) -> str:
    header = f"{'run':<26} {'sent':>6} {'dup':>4} {'lost':>5} {'429s':>5} {'elapsed':>8} {'rate/s':>7} {'÷ configured':>13} {'÷ limit':>8}"
    lines = [header, "-" * len(header)]
    for r in runs:
        ratio = f"{r.ratio:.3f}" if r.ratio is not None else "—"
        configured = f"{r.configured:g}/s" if r.configured else "none"
        lines.append(
            f"{r.name:<26} {r.sent:>6} {r.duplicates:>4} {r.lost:>5} {r.too_many_requests:>5} "
            f"{r.elapsed:>7.1f}s {r.achieved:>7.1f} {ratio + ' of ' + configured:>13} {r.achieved / limit:>8.3f}"
        )
    return "\n".join(lines)


async def main_async(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.CRITICAL)  # 429 tracebacks of the baselines are counted, not shown
    chats = [FIRST_GROUP - i for i in range(args.chats)]
    limit = TELEGRAM_GLOBAL * args.scale
    print(
        f"{args.chats} groups; local Bot API limits: {limit:g}/s overall, {20 * args.scale:g}/min per group, "
        f"{args.scale:g}/s per chat; safebot sender at {args.rate * args.scale:g}/s",
        file=sys.stderr,
    )
    runs: list[Run] = []
    steps: list[tuple[str, Callable[[], Awaitable[Run]]]] = [
        ("safebot", lambda: run_safebot(chats, args.rate, args.scale, args.database_url)),
    ]
    if not args.skip_baselines:
        steps += [
            ("plain loop", lambda: run_plain_loop(chats, args.scale, retry=False)),
            ("loop + retry", lambda: run_plain_loop(chats, args.scale, retry=True)),
            ("AIORateLimiter", lambda: run_aio_rate_limiter(chats, args.scale)),
        ]
    for name, step in steps:
        print(f"running {name} …", file=sys.stderr)
        runs.append(await step())
    print(table(runs, limit))
    ours = runs[0]
    passed = (
        ours.ratio is not None
        and ours.ratio >= 0.9
        and ours.too_many_requests == 0
        and ours.lost == 0
        and ours.duplicates == 0
    )
    print(
        json.dumps(
            {
                "benchmark": "broadcast",
                "chats": args.chats,
                "scale": args.scale,
                "limits": {
                    "global_per_second": limit,
                    "group_per_minute": 20 * args.scale,
                    "chat_per_second": args.scale,
                },
                "runs": [{**asdict(r), "ratio": r.ratio} for r in runs],
                "pass": passed,
            },
            ensure_ascii=False,
        )
    )
    return 0 if passed else 1


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--chats", type=int, default=1000)
    parser.add_argument(
        "--rate", type=float, default=25.0, help="the sender's overall rate (Telegram's limit is 30)"
    )
    parser.add_argument(
        "--scale", type=float, default=1.0, help="multiply every limit and rate (shorter runs)"
    )
    parser.add_argument(
        "--database-url", default=None, help="PostgreSQL server URL (default: temporary SQLite)"
    )
    parser.add_argument("--skip-baselines", action="store_true")
    return asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    sys.exit(main())
