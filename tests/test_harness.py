"""The harness runs the real Application against the local Bot API and stops it cleanly."""

from __future__ import annotations

from bot.app import SENDER_KEY
from bot.config import Settings
from handlers.common import SERVICES_KEY, Services
from storage.clock import ManualClock
from storage.db import unit_of_work
from storage.outbox import Message, enqueue
from tests.botapi import FakeBotApi
from tests.e2e import admin_user, bot_api, bot_app, bot_settings  # noqa: F401
from tests.harness import running_bot


async def test_real_bot_answers_and_restarts(bot_api: FakeBotApi, bot_settings: Settings) -> None:  # noqa: F811
    stranger = bot_api.user(555001, "路人")
    async with running_bot(bot_settings):
        assert bot_api.my_commands(), "startup sets the command menu"
        await stranger.send("/start")
        first = await stranger.wait_reply()
        assert first.text
    # A second run on the same data directory and database starts and answers again.
    async with running_bot(bot_settings):
        await stranger.send("/help")
        await stranger.wait_reply()
    assert bot_api.rate_limit_violations == 0


async def test_bot_on_a_manual_clock_retries_after_a_429(
    bot_api: FakeBotApi,  # noqa: F811
    bot_settings: Settings,  # noqa: F811
    clock: ManualClock,
) -> None:
    """The sender reschedules a message refused with 429 by the test's clock: that clock must move on
    while the bot runs, or the message (and every later one to the chat) would wait forever."""
    person = bot_api.user(555002, "张三")
    bot_api.fail_next("sendMessage", kind="retry_after", arg=1, chat_id=person.id)
    async with running_bot(bot_settings, clock=clock) as app:
        svc: Services = app.bot_data[SERVICES_KEY]
        async with unit_of_work(svc.session_factory) as session:
            for n in (1, 2):
                await enqueue(session, person.id, Message(text=f"整改提醒 {n}"), now=clock.now())
        app.bot_data[SENDER_KEY].wake()
        first, second = await person.wait_replies(2, timeout=20)
    assert [first.text, second.text] == ["整改提醒 1", "整改提醒 2"]
    assert any(call.status == 429 for call in bot_api.calls if call.method == "sendMessage")
