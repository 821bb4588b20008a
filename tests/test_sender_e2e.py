"""The outbox end to end: the real bot, its real sender, the local Bot API injecting faults.

The fake Bot API enforces Telegram's rate limits (answering 429 when exceeded), so these tests
also show the sender stays within them.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable

from sqlalchemy import func, select
from telegram.ext import Application

from bot.app import SENDER_KEY
from bot.config import Settings
from bot.sender import OutboxSender
from handlers.common import SERVICES_KEY, Services
from storage.db import SessionFactory, unit_of_work
from storage.models import OutboxMessage, OutboxStatus
from storage.outbox import Message, enqueue
from tests.botapi import FakeBotApi
from tests.harness import running_bot

USERS = list(range(7001, 7031))


def _services(app: Application) -> Services:
    return app.bot_data[SERVICES_KEY]


async def _enqueue_all(app: Application, per_user: int) -> None:
    svc = _services(app)
    async with unit_of_work(svc.session_factory) as session:
        for n in range(per_user):
            for user in USERS:
                await enqueue(session, user, Message(text=f"通知{n} 给 {user}"), now=svc.clock.now())
    sender: OutboxSender = app.bot_data[SENDER_KEY]
    sender.wake()


async def _count(factory: SessionFactory, *statuses: OutboxStatus) -> int:
    async with factory() as session:
        query = select(func.count()).select_from(OutboxMessage)
        query = query.where(OutboxMessage.status.in_([s.value for s in statuses]))
        return int(await session.scalar(query) or 0)


async def _wait(condition: Callable[[], bool], seconds: float, what: str) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while not condition():
        assert loop.time() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.05)


async def _wait_all_sent(factory: SessionFactory, total: int, seconds: float) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while await _count(factory, OutboxStatus.SENT) < total:
        left = await _count(factory, OutboxStatus.DEAD, OutboxStatus.BLOCKED)
        assert left == 0, "a row was dead-lettered"
        assert loop.time() < deadline, "outbox not drained in time"
        await asyncio.sleep(0.1)


def _texts(api: FakeBotApi, user: int) -> list[str]:
    return [m.text or "" for m in api.sent(user) if (m.text or "").startswith("通知")]


def _fast(settings: Settings) -> Settings:
    return settings.model_copy(
        update={"outbox_poll_seconds": 0.1, "outbox_backoff_seconds": 0.2, "outbox_lease_seconds": 2}
    )


async def test_429_storm_and_5xx_burst_every_message_delivered_exactly_once(
    bot_api: FakeBotApi, bot_settings: Settings
) -> None:
    for user in USERS:
        bot_api.user(user, "工人")
    async with running_bot(_fast(bot_settings)) as app:
        # a storm of 429s (some with a longer wait), then a burst of server errors and dropped connections
        bot_api.fail_next("sendMessage", 12, "retry_after", 1)
        bot_api.fail_next("sendMessage", 4, "retry_after", 2)
        bot_api.fail_next("sendMessage", 8, "server_error", 502)
        bot_api.fail_next("sendMessage", 5, "server_error", 500)
        bot_api.fail_next("sendMessage", 3, "drop")
        await _enqueue_all(app, per_user=2)
        await _wait_all_sent(_services(app).session_factory, 2 * len(USERS), seconds=60)
    for user in USERS:
        # each message exactly once, in the order it was enqueued
        assert _texts(bot_api, user) == [f"通知0 给 {user}", f"通知1 给 {user}"]
    # the sender never provoked a real 429 itself
    assert bot_api.rate_limit_violations == 0


async def test_killing_the_sender_mid_drain_loses_nothing(
    bot_api: FakeBotApi, bot_settings: Settings
) -> None:
    for user in USERS:
        bot_api.user(user, "工人")
    settings = _fast(bot_settings)
    async with running_bot(settings) as app:
        sender: OutboxSender = app.bot_data[SENDER_KEY]
        # some requests hang, as they would when the process dies mid-call
        bot_api.fail_next("sendMessage", 4, "timeout", 30)
        await _enqueue_all(app, per_user=1)
        await _wait(lambda: len(bot_api.all_sent()) >= 10, 20, "the drain to get going")
        await sender.abort()  # the process dies: nothing more is written to the database
        await asyncio.sleep(0)
        factory = _services(app).session_factory
        in_flight = await _count(factory, OutboxStatus.SENDING)
        unsent = await _count(factory, OutboxStatus.PENDING, OutboxStatus.SENDING)
        assert unsent > 0 and in_flight > 0
    # the bot restarts: rows left SENDING by the dead sender are taken again once their lease ends
    async with running_bot(settings) as app:
        await _wait_all_sent(_services(app).session_factory, len(USERS), seconds=30)
    received = Counter({user: len(_texts(bot_api, user)) for user in USERS})
    assert all(received[user] >= 1 for user in USERS), received
    # at-least-once: only a message in flight at the kill may have arrived twice
    assert sum(received.values()) - len(USERS) <= in_flight
