"""Fixtures for end-to-end tests: a local Bot API, settings pointing the bot at it, the running bot.

conftest.py imports them: `from tests.e2e import admin_user, bot_api, bot_app, bot_settings  # noqa: F401`.
Every e2e test runs once per database engine (through the `database_url` fixture).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from pydantic import SecretStr
from telegram.ext import Application

from bot.config import Settings
from tests.botapi import DEFAULT_TOKEN, FakeBotApi, FakeUser
from tests.harness import running_bot

BOT_TOKEN = DEFAULT_TOKEN
ADMIN_ID = 900001
"""Telegram user id listed in SAFEBOT_ADMIN_IDS for the bot under test."""


@pytest.fixture
async def bot_api() -> AsyncIterator[FakeBotApi]:
    """A started local Bot API. Its transcript is printed at teardown (pytest shows it on failure);
    a call to a method it does not implement fails the test."""
    async with FakeBotApi(BOT_TOKEN) as api:
        yield api
    print(api.transcript())
    if api.unknown_methods:
        pytest.fail(
            f"the bot called Bot API methods the fake does not implement: {sorted(set(api.unknown_methods))}"
        )


@pytest.fixture
def bot_settings(bot_api: FakeBotApi, database_url: str, tmp_path: Path) -> Settings:
    """Settings for a bot talking to `bot_api`, on a fresh database, with ADMIN_ID as admin."""
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        telegram_token=SecretStr(BOT_TOKEN),
        bot_api_url=bot_api.root_url,
        data_dir=tmp_path / "data",
        database_url=database_url,
        admin_ids=[ADMIN_ID],
    )


@pytest.fixture
async def bot_app(bot_settings: Settings) -> AsyncIterator[Application]:
    """The real safebot Application, polling `bot_api` (system clock)."""
    async with running_bot(bot_settings) as app:
        yield app


@pytest.fixture
def admin_user(bot_api: FakeBotApi) -> FakeUser:
    """The bootstrap admin as a simulated Telegram user."""
    return bot_api.user(ADMIN_ID, "管理员", "safety_admin")
