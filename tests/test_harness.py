"""The harness runs the real Application against the local Bot API and stops it cleanly."""

from __future__ import annotations

from bot.config import Settings
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
