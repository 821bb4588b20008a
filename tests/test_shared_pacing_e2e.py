"""A person talking to the bot while notifications for them go out: one chat, one pace.

The fake Bot API enforces Telegram's per-chat limit (1 message/s, a burst of 3) and counts every
request over it; the handlers' replies and the outbox sender must share that budget.
"""

from __future__ import annotations

import asyncio

from telegram.ext import Application

from bot.app import SENDER_KEY
from bot.config import Settings
from bot.sender import OutboxSender
from handlers.common import SERVICES_KEY, Services
from storage.db import unit_of_work
from storage.outbox import Message, enqueue
from tests.botapi import FakeBotApi
from tests.harness import running_bot

PERSON = 7101
NOTIFICATIONS = 5
QUESTIONS = 5


async def _notify(app: Application) -> None:
    svc: Services = app.bot_data[SERVICES_KEY]
    async with unit_of_work(svc.session_factory) as session:
        for n in range(NOTIFICATIONS):
            await enqueue(session, PERSON, Message(text=f"通知{n}"), now=svc.clock.now())
    sender: OutboxSender = app.bot_data[SENDER_KEY]
    sender.wake()


async def test_replies_and_notifications_to_one_chat_stay_within_its_limit(
    bot_api: FakeBotApi, bot_settings: Settings
) -> None:
    person = bot_api.user(PERSON, "工人")
    async with running_bot(bot_settings) as app:
        await _notify(app)
        # the person keeps asking, about once a second, while their notifications are going out
        for _ in range(QUESTIONS):
            mark = bot_api.mark()
            await person.send("/help")
            await person.wait_reply(lambda m: not (m.text or "").startswith("通知"), since=mark, timeout=10)
            await asyncio.sleep(1.0)
        deadline = asyncio.get_running_loop().time() + 20
        while sum((m.text or "").startswith("通知") for m in person.replies()) < NOTIFICATIONS:
            assert asyncio.get_running_loop().time() < deadline, "notifications not delivered"
            await asyncio.sleep(0.1)
    notifications = [m.text for m in person.replies() if (m.text or "").startswith("通知")]
    assert notifications == [f"通知{n}" for n in range(NOTIFICATIONS)]
    assert bot_api.rate_limit_violations == 0
