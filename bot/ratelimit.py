"""Direct replies and the outbox sender share one chat's pacing.

Handlers reply through the Application's bot (PTB's AIORateLimiter: overall and group limits,
retries after a 429, but no per-private-chat limit); notifications go through the outbox sender's
own Bot and limiter. Without a link between them, a reply and a notification to the same chat at
the same moment can break Telegram's ~1 message/s per chat. This limiter tells the sender about
every message a handler sends to a chat, so the sender's next message there waits its turn; the
reply itself is never held back for the sender — the person in front of the bot comes first.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Coroutine
from typing import Any, Protocol

from telegram._utils.types import JSONDict
from telegram.ext import AIORateLimiter, BaseRateLimiter

Result = bool | JSONDict | list[JSONDict]

# Methods that put (or change) a message in a chat: what Telegram's per-chat limit counts.
_COUNTED_PREFIXES = ("send", "edit", "copy", "forward")
_NOT_COUNTED = frozenset({"sendchataction"})


class SendRecorder(Protocol):
    def note_direct_send(self, chat_id: int) -> None: ...


def counts_for_chat_limit(endpoint: str) -> bool:
    name = endpoint.lower()
    return name.startswith(_COUNTED_PREFIXES) and name not in _NOT_COUNTED


class SharedChatRateLimiter(BaseRateLimiter[int]):
    """AIORateLimiter for the Application's bot that reports each message to a chat to `recorder`.

    `recorder` (the outbox sender) exists only after startup, so it is set late and may be None.
    """

    __slots__ = ("_inner", "recorder")

    def __init__(self, inner: AIORateLimiter, recorder: SendRecorder | None = None) -> None:
        self._inner = inner
        self.recorder = recorder

    async def initialize(self) -> None:
        await self._inner.initialize()

    async def shutdown(self) -> None:
        await self._inner.shutdown()

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Result:
        chat_id = _int_chat_id(data.get("chat_id")) if counts_for_chat_limit(endpoint) else None
        if chat_id is None:
            return await self._inner.process_request(callback, args, kwargs, endpoint, data, rate_limit_args)

        async def send(*call_args: Any, **call_kwargs: Any) -> Result:
            # Recorded when the request actually leaves (after the inner limiter's wait), each attempt.
            if self.recorder is not None:
                self.recorder.note_direct_send(chat_id)
            return await callback(*call_args, **call_kwargs)

        return await self._inner.process_request(send, args, kwargs, endpoint, data, rate_limit_args)


def _int_chat_id(value: object) -> int | None:
    if isinstance(value, int):
        return value
    with contextlib.suppress(TypeError, ValueError):
        return int(str(value))
    return None  # a @channel username: not a chat the outbox sends to
