"""What the fake Bot API remembers: messages the bot sent, stored files, limits, faults."""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field
from typing import Any

Button = tuple[str, str]
"""(text, callback_data or url) of one inline button."""


@dataclass
class StoredFile:
    file_id: str
    file_unique_id: str
    data: bytes
    file_path: str
    mime_type: str | None = None
    file_name: str | None = None
    width: int = 0
    height: int = 0

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass
class Revision:
    """One earlier state of an edited message."""

    text: str | None
    buttons: list[list[Button]]


@dataclass
class SentMessage:
    """One message the bot sent, in its current state; `history` keeps the states before each edit."""

    chat_id: int
    message_id: int
    method: str
    date: int
    text: str | None = None
    """Plain text (HTML tags stripped when parse_mode=HTML); for media, the caption."""
    raw_text: str | None = None
    parse_mode: str | None = None
    buttons: list[list[Button]] = field(default_factory=list)
    photo: StoredFile | None = None
    document: StoredFile | None = None
    location: tuple[float, float] | None = None
    media_group_id: str | None = None
    reply_to_message_id: int | None = None
    history: list[Revision] = field(default_factory=list)
    deleted: bool = False
    seq: int = 0
    """Event number of the last change (creation or edit); wait_for compares it to a cursor."""

    @property
    def caption(self) -> str | None:
        return self.text if self.method != "sendMessage" else None

    @property
    def kind(self) -> str:
        if self.photo is not None:
            return "photo"
        if self.document is not None:
            return "document"
        if self.location is not None:
            return "location"
        return "text"

    @property
    def photo_bytes(self) -> bytes | None:
        return self.photo.data if self.photo else None

    @property
    def document_bytes(self) -> bytes | None:
        return self.document.data if self.document else None

    @property
    def button_texts(self) -> list[str]:
        return [text for row in self.buttons for text, _ in row]

    def button(self, text: str) -> Button:
        """The button whose text equals `text` (or, failing that, contains it)."""
        flat = [b for row in self.buttons for b in row]
        for candidate in flat:
            if candidate[0] == text:
                return candidate
        matches = [b for b in flat if text in b[0]]
        if len(matches) == 1:
            return matches[0]
        raise AssertionError(
            f"no single button {text!r} on message {self.message_id} ({self.text!r}); buttons: {self.button_texts}"
        )

    @property
    def edited(self) -> bool:
        return bool(self.history)

    def __str__(self) -> str:
        return f"#{self.message_id} {self.method} {self.text!r} {self.button_texts or ''}"


@dataclass
class UserMessage:
    """A message a simulated user sent (as delivered to the bot in an update)."""

    update_id: int | None
    chat_id: int
    message_id: int
    payload: dict[str, Any]
    delivered: bool = True
    """False when privacy mode kept a group message from the bot."""


@dataclass
class Limits:
    """Telegram's sending limits; only send*/edit* methods count.

    Private chats: a token bucket of `private_burst` messages refilled at `private_per_second`
    (Telegram tolerates short bursts; set private_burst=1 to insist on strict 1/s spacing).
    Groups (chat_id < 0): at most `group_per_minute` in any 60 s window.
    Overall: at most `global_per_second` in any 1 s window.
    `tolerance` (seconds) absorbs timer jitter of a client that paces itself exactly at the limit.
    """

    private_per_second: float = 1.0
    private_burst: int = 3
    group_per_minute: int = 20
    global_per_second: int = 30
    tolerance: float = 0.05


class RateLimiter:
    def __init__(self) -> None:
        self._buckets: dict[int, tuple[float, float]] = {}
        self._group_sends: dict[int, deque[float]] = {}
        self._global_sends: deque[float] = deque()

    def check(self, limits: Limits, chat_id: int | None, now: float) -> float | None:
        """Record one send at `now`; if it breaks a limit, record nothing and return seconds to wait."""
        waits: list[float] = []
        window = self._global_sends
        while window and window[0] <= now - (1.0 - limits.tolerance):
            window.popleft()
        if len(window) >= limits.global_per_second:
            waits.append(window[0] + 1.0 - now)
        tokens: float | None = None
        if chat_id is not None and chat_id > 0:
            rate = limits.private_per_second
            level, last = self._buckets.get(chat_id, (float(limits.private_burst), now))
            tokens = min(float(limits.private_burst), level + (now - last) * rate)
            if tokens < 1.0 - limits.tolerance * rate:
                waits.append((1.0 - tokens) / rate)
        elif chat_id is not None:
            sends = self._group_sends.setdefault(chat_id, deque())
            while sends and sends[0] <= now - (60.0 - limits.tolerance):
                sends.popleft()
            if len(sends) >= limits.group_per_minute:
                waits.append(sends[0] + 60.0 - now)
        if waits:
            return max(1.0, float(math.ceil(max(waits))))
        window.append(now)
        if chat_id is not None and chat_id > 0 and tokens is not None:
            self._buckets[chat_id] = (max(0.0, tokens - 1.0), now)
        elif chat_id is not None:
            self._group_sends[chat_id].append(now)
        return None


FAULT_KINDS = ("retry_after", "server_error", "timeout", "drop", "forbidden", "bad_request", "migrate")


@dataclass
class Fault:
    method: str
    kind: str
    remaining: int
    arg: Any = None
    chat_id: int | None = None
    deliver: bool = False

    def matches(self, method: str, chat_id: int | None) -> bool:
        if self.remaining <= 0:
            return False
        if self.method != "*" and self.method.lower() != method.lower():
            return False
        return self.chat_id is None or self.chat_id == chat_id


@dataclass
class ApiCall:
    method: str
    params: dict[str, Any]
    status: int = 200
    description: str | None = None


@dataclass
class TranscriptLine:
    chat_id: int
    text: str
