"""The Application's rate limiter tells the outbox sender about direct replies to a chat."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from telegram import Bot
from telegram.ext import AIORateLimiter

from bot.ratelimit import SharedChatRateLimiter
from bot.sender import OutboxSender
from storage.clock import ManualClock
from storage.db import SessionFactory

CHAT = 4242


class Recorder:
    def __init__(self) -> None:
        self.chats: list[int] = []

    def note_direct_send(self, chat_id: int) -> None:
        self.chats.append(chat_id)


async def _request(limiter: SharedChatRateLimiter, endpoint: str, data: dict[str, Any]) -> object:
    async def callback(*args: Any, **kwargs: Any) -> dict[str, Any]:
        return {"ok": endpoint}

    await limiter.initialize()
    try:
        return await limiter.process_request(callback, (), {}, endpoint, data, None)
    finally:
        await limiter.shutdown()


@pytest.mark.parametrize(
    ("endpoint", "data"),
    [
        ("sendMessage", {"chat_id": CHAT, "text": "你好"}),
        ("sendPhoto", {"chat_id": str(CHAT), "photo": "file-id"}),
        ("editMessageText", {"chat_id": CHAT, "message_id": 1, "text": "改"}),
        ("copyMessage", {"chat_id": CHAT, "from_chat_id": 1, "message_id": 1}),
    ],
)
async def test_a_message_to_a_chat_is_recorded(endpoint: str, data: dict[str, Any]) -> None:
    recorder = Recorder()
    limiter = SharedChatRateLimiter(AIORateLimiter(max_retries=3), recorder)
    assert await _request(limiter, endpoint, data) == {"ok": endpoint}
    assert recorder.chats == [CHAT]


@pytest.mark.parametrize(
    ("endpoint", "data"),
    [
        ("getUpdates", {"offset": 1, "timeout": 1}),
        ("answerCallbackQuery", {"callback_query_id": "q1", "text": "好"}),
        ("sendChatAction", {"chat_id": CHAT, "action": "typing"}),
        ("editMessageText", {"inline_message_id": "i1", "text": "改"}),
        ("sendMessage", {"chat_id": "@channel", "text": "你好"}),
    ],
)
async def test_other_requests_are_not_recorded(endpoint: str, data: dict[str, Any]) -> None:
    recorder = Recorder()
    limiter = SharedChatRateLimiter(AIORateLimiter(max_retries=3), recorder)
    assert await _request(limiter, endpoint, data) == {"ok": endpoint}
    assert recorder.chats == []


async def test_without_a_sender_yet_requests_still_go_out() -> None:
    limiter = SharedChatRateLimiter(AIORateLimiter(max_retries=3))
    assert await _request(limiter, "sendMessage", {"chat_id": CHAT, "text": "你好"}) == {"ok": "sendMessage"}


async def test_the_sender_waits_after_a_reply_but_the_reply_does_not_wait_for_the_sender(
    session_factory: SessionFactory, clock: ManualClock
) -> None:
    now = [100.0]
    sender = OutboxSender(Bot("123:abc"), session_factory, clock, monotonic=lambda: now[0])
    limiter = SharedChatRateLimiter(AIORateLimiter(max_retries=3), sender)
    sender.limiter.record(CHAT, now[0])  # the sender has just sent a notification to the chat
    # the person's reply goes out at once, although the sender's limits would hold a notification
    await asyncio.wait_for(_request(limiter, "sendMessage", {"chat_id": CHAT, "text": "收到"}), 0.5)
    now[0] += 0.5
    # the sender's next message to the chat keeps ~1 s from the reply, not from its own last send
    assert sender.limiter.delay(CHAT, now[0]) == pytest.approx(0.55)
    assert sender.limiter.delay(CHAT + 1, now[0]) == 0.0
