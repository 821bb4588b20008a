"""A local Telegram Bot API for end-to-end tests (see server.FakeBotApi)."""

from tests.botapi.records import Button, Limits, SentMessage, StoredFile, UserMessage
from tests.botapi.server import DEFAULT_TOKEN, FakeBotApi
from tests.botapi.users import FakeGroup, FakeUser

__all__ = [
    "DEFAULT_TOKEN",
    "Button",
    "FakeBotApi",
    "FakeGroup",
    "FakeUser",
    "Limits",
    "SentMessage",
    "StoredFile",
    "UserMessage",
]
