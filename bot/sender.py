"""The outbox sender: drains `storage.outbox` to Telegram within Telegram's limits.

One asyncio task claims rows that are due and whose chats may receive a message now, and hands
each to a bounded set of concurrent send tasks, so HTTP latency does not cap throughput and one
slow chat never blocks the others. Every outcome is written back to the row:

- sent → SENT with the Telegram message id;
- RetryAfter → back to PENDING after `retry_after` (not an attempt), and the chat — or everything,
  when several chats are flooded at once — is paused for that long;
- TimedOut / other NetworkError (but not BadRequest, which subclasses it) / unexpected errors →
  back to PENDING with exponential backoff, an attempt counted; DEAD after `max_attempts`;
- Forbidden → BLOCKED, the person's `blocked_bot` or the group's `active=False` set;
- ChatMigrated → the group and its undelivered rows move to the new id, and the row is resent;
- BadRequest → DEAD with Telegram's reason; but a refused photo or file does not sink the message:
  a photo with a stored copy (`photo_copy`) is uploaded from it and the new file_id handed to
  `on_file_replaced`, otherwise the text and buttons go out with a note that it could not be sent.

A crash between claim and outcome leaves the row SENDING; it is claimed again once its lease
expires (at-least-once: only a message in flight at the crash can arrive twice).
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import math
import os
import random
import socket
import time
import uuid
import warnings
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram import Message as TelegramMessage
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter, TelegramError

from bot.logs import TOKEN_PATTERN
from storage import outbox
from storage.clock import Clock
from storage.db import SessionFactory, unit_of_work
from storage.models import OutboxStatus

if TYPE_CHECKING:
    from bot.config import Settings

log = logging.getLogger(__name__)

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024


# --------------------------------------------------------------------------- limits


@dataclass(frozen=True)
class SenderLimits:
    global_per_second: float = 25.0
    private_per_second: float = 1.0  # also applies to each group, on top of the per-minute cap
    group_per_minute: float = 20.0
    batch_size: int = 50
    poll_seconds: float = 0.5
    max_attempts: int = 8
    lease_seconds: float = 120.0
    concurrency: int = 16
    backoff_base_seconds: float = 2.0
    backoff_max_seconds: float = 600.0
    # Requests arrive at Telegram with some jitter; keep per-chat spacing a little wider.
    margin_seconds: float = 0.05

    @classmethod
    def from_settings(cls, settings: Settings) -> SenderLimits:
        return cls(
            global_per_second=settings.rate_global_per_second,
            private_per_second=settings.rate_private_per_second,
            group_per_minute=settings.rate_group_per_minute,
            batch_size=settings.outbox_batch_size,
            poll_seconds=settings.outbox_poll_seconds,
            max_attempts=settings.outbox_max_attempts,
            lease_seconds=settings.outbox_lease_seconds,
            concurrency=settings.outbox_concurrency,
            backoff_base_seconds=settings.outbox_backoff_seconds,
        )


class _Window:
    """At most `count` events in any `period` seconds."""

    __slots__ = ("count", "period", "times")

    def __init__(self, count: int, period: float) -> None:
        self.count = count
        self.period = period
        self.times: deque[float] = deque(maxlen=count)

    def delay(self, now: float) -> float:
        if len(self.times) < self.count:
            return 0.0
        return max(0.0, self.times[0] + self.period - now)

    def record(self, now: float) -> None:
        self.times.append(now)


class RateLimiter:
    """In-process limits: overall rate (GCRA with a small burst), per chat, per group; pauses after 429.

    Times are monotonic seconds. Several processes each apply their own limits: give each a share
    of the overall rate (e.g. 12/s each for two senders).
    """

    def __init__(self, limits: SenderLimits) -> None:
        self._limits = limits
        self._interval = 1.0 / limits.global_per_second
        # A burst of a tenth of a second's worth absorbs event-loop jitter without ever putting
        # more than ~1.1 × the rate into any one-second window.
        self._tolerance = (max(1.0, limits.global_per_second / 10.0) - 1.0) * self._interval
        self._tat = 0.0  # theoretical arrival time of the next send
        self._global_pause = 0.0
        self._chats: dict[int, list[_Window]] = {}
        self._chat_pause: dict[int, float] = {}
        self._floods: deque[tuple[float, int]] = deque(maxlen=32)

    def _windows(self, chat_id: int) -> list[_Window]:
        windows = self._chats.get(chat_id)
        if windows is None:
            margin = self._limits.margin_seconds
            windows = [_Window(1, 1.0 / self._limits.private_per_second + margin)]
            if chat_id < 0:
                per_minute = self._limits.group_per_minute
                count = max(1, math.floor(per_minute))
                windows.append(_Window(count, 60.0 * count / per_minute + margin))
            self._chats[chat_id] = windows
        return windows

    def global_delay(self, now: float) -> float:
        return max(0.0, self._global_pause - now, self._tat - self._tolerance - now)

    def paused(self, now: float) -> float:
        """Seconds left of a pause of all sends after a flood (0 if none)."""
        return max(0.0, self._global_pause - now)

    def chat_delay(self, chat_id: int, now: float) -> float:
        waits = [self._chat_pause.get(chat_id, 0.0) - now, 0.0]
        if chat_id in self._chats:
            waits.extend(window.delay(now) for window in self._chats[chat_id])
        return max(waits)

    def delay(self, chat_id: int, now: float) -> float:
        return max(self.global_delay(now), self.chat_delay(chat_id, now))

    def record(self, chat_id: int, now: float) -> None:
        self._tat = max(self._tat, now) + self._interval
        for window in self._windows(chat_id):
            window.record(now)

    def busy_chats(self, now: float) -> list[int]:
        """Chats that may not receive a message now; forgets chats that are free again."""
        busy = []
        for chat_id in list(self._chats):
            if self.chat_delay(chat_id, now) > 0:
                busy.append(chat_id)
            elif all(not w.times or w.times[-1] + w.period <= now for w in self._chats[chat_id]):
                del self._chats[chat_id]
        for chat_id, until in list(self._chat_pause.items()):
            if until <= now:
                del self._chat_pause[chat_id]
            elif chat_id not in self._chats:
                busy.append(chat_id)
        return busy

    def next_change(self, now: float) -> float | None:
        """Seconds until some busy chat becomes free (None if none is busy)."""
        delays = [d for d in (self.chat_delay(c, now) for c in {*self._chats, *self._chat_pause}) if d > 0]
        return min(delays) if delays else None

    def flood(self, chat_id: int, seconds: float, now: float) -> bool:
        """A 429 for `chat_id`: pause the chat; if another chat was flooded within the last second,
        the limit hit is the bot's overall one, so pause everything. Returns True for a global pause."""
        self._chat_pause[chat_id] = max(self._chat_pause.get(chat_id, 0.0), now + seconds)
        recent = {c for t, c in self._floods if t > now - 1.0}
        self._floods.append((now, chat_id))
        if recent - {chat_id}:
            self._global_pause = max(self._global_pause, now + seconds)
            return True
        return False


# --------------------------------------------------------------------------- payload → parts


@dataclass(frozen=True)
class Part:
    """One Telegram call. A long outbox message becomes several parts, buttons on the last."""

    method: str  # message | photo | document
    text: str | None = None  # message text or caption
    file: str | None = None  # file_id or path relative to the data directory
    copy: str | None = None  # our stored copy (a path) to upload when Telegram refuses `file`
    filename: str | None = None
    buttons: list[list[dict[str, str]]] = field(default_factory=list)
    parse_mode: str | None = None


ATTACHMENT_LOST_NOTE = {"photo": "（图片暂时无法显示）", "document": "（附件暂时无法发送）"}

# Bot API descriptions of a refused file (as opposed to a refused chat or text).
_ATTACHMENT_ERRORS = ("file", "photo", "image", "document", "http url", "web page content", "media")


def _is_attachment_problem(exc: BadRequest) -> bool:
    description = exc.message.lower()
    return "chat not found" not in description and any(word in description for word in _ATTACHMENT_ERRORS)


def utf16_len(text: str) -> int:
    """Telegram counts message length in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


_BREAKS = ("\n", "。", "！", "？", "；", ". ", "! ", "? ", "; ", "，", ", ", " ")


def _cut(text: str, limit: int) -> int:
    """Index where to cut `text` so the head fits `limit`: a line end, else a sentence or word end."""
    # Longest prefix within the limit (characters outside the BMP count twice).
    end = min(len(text), limit)
    while utf16_len(text[:end]) > limit:
        end -= max(1, (utf16_len(text[:end]) - limit) // 2)
    head = text[:end]
    for mark in _BREAKS:
        at = head.rfind(mark)
        if at >= end // 2:  # don't produce a tiny head just to cut at a "clean" place
            return at + len(mark)
    return end


def split_text(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Split into pieces of at most `limit`, at line boundaries where possible."""
    pieces: list[str] = []
    rest = text
    while utf16_len(rest) > limit:
        at = _cut(rest, limit)
        head = rest[:at].rstrip()
        if head:
            pieces.append(head)
        rest = rest[at:].lstrip("\n")
    if rest.strip() or not pieces:
        pieces.append(rest)
    return pieces


def plan_parts(payload: dict[str, Any]) -> list[Part]:
    """Turn an outbox payload into the Telegram calls that deliver it."""
    method = payload.get("method", "message")
    buttons = payload.get("buttons") or []
    parse_mode = payload.get("parse_mode")
    parts: list[Part] = []
    if method == "message":
        texts = split_text(payload.get("text") or "")
        parts = [Part("message", text=t, parse_mode=parse_mode) for t in texts]
    elif method in ("photo", "document"):
        caption = payload.get("caption") or None
        rest: list[str] = []
        if caption is not None and utf16_len(caption) > CAPTION_LIMIT:
            at = _cut(caption, CAPTION_LIMIT)
            head, tail = caption[:at].rstrip(), caption[at:].lstrip("\n")
            caption = head or None
            rest = split_text(tail) if tail.strip() else []
        file = payload.get(method)
        if not file:
            raise ValueError(f"{method} payload without a file")
        copy = payload.get("photo_copy") if method == "photo" else None
        parts.append(
            Part(
                method,
                text=caption,
                file=file,
                copy=copy or None,
                filename=payload.get("filename"),
                parse_mode=parse_mode,
            )
        )
        parts.extend(Part("message", text=t, parse_mode=parse_mode) for t in rest)
    else:
        raise ValueError(f"unknown outbox method {method!r}")
    parts[-1] = replace(parts[-1], buttons=buttons)
    return parts


def keyboard(buttons: list[list[dict[str, str]]]) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    rows = []
    for row in buttons:
        rows.append(
            [
                InlineKeyboardButton(b["text"], url=b["url"])
                if b.get("url")
                else InlineKeyboardButton(b["text"], callback_data=b.get("data") or b["text"])
                for b in row
            ]
        )
    return InlineKeyboardMarkup(rows)


# --------------------------------------------------------------------------- the sender


@dataclass(frozen=True)
class Delivery:
    """The final outcome of one outbox row, handed to listeners."""

    outbox_id: int
    chat_id: int
    kind: str
    broadcast_id: int | None
    status: OutboxStatus
    telegram_message_id: int | None = None
    error: str | None = None


Listener = Callable[[Delivery], Awaitable[None] | None]
# (session, stored copy's path, the refused file_id, the file_id its upload got) → keep the new id
FileReplaced = Callable[[AsyncSession, str, str, str], Awaitable[object]]


@dataclass
class _Claimed:
    id: int
    chat_id: int
    kind: str
    payload: dict[str, Any]
    attempts: int
    broadcast_id: int | None


def default_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def _retry_seconds(exc: RetryAfter) -> float:
    value = getattr(exc, "_retry_after", None)  # a timedelta; the public property warns in v22
    if isinstance(value, timedelta):
        return value.total_seconds()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        raw = exc.retry_after
    return raw.total_seconds() if isinstance(raw, timedelta) else float(raw)


class _Stopping(Exception):
    """The sender is stopping before this row's next part went out."""


class _Deferred(Exception):
    """The row's chat (or everything) is paused for longer than is worth holding the row."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"waiting {seconds:.1f} s for the rate limits")
        self.seconds = seconds


class OutboxSender:
    """Drains the outbox. `start()` / `stop()` around the application's life; `drain_once()` in tests."""

    def __init__(
        self,
        bot: Bot,
        session_factory: SessionFactory,
        clock: Clock,
        limits: SenderLimits | None = None,
        *,
        data_dir: Path = Path("data"),
        worker: str | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        on_file_replaced: FileReplaced | None = None,
    ) -> None:
        """`on_file_replaced`: called when a refused file_id was replaced by an upload of the
        stored copy, so the owner of that file_id keeps the new one."""
        self.bot = bot
        self.session_factory = session_factory
        self.clock = clock
        self.limits = limits or SenderLimits()
        self.data_dir = Path(data_dir)
        self.worker = worker or default_worker_id()
        self._monotonic = monotonic
        # A claimed row waits in memory for its turn only briefly; after a flood pause it goes
        # back to the table instead of holding a send slot (and a lease) for the whole pause.
        self._max_hold = max(2.0, 1.5 / self.limits.private_per_second)
        self.limiter = RateLimiter(self.limits)
        self._listeners: list[Listener] = []
        self._tasks: dict[asyncio.Task[None], int] = {}  # send task → chat id
        self._loop_task: asyncio.Task[None] | None = None
        self._wakeup = asyncio.Event()
        self._stopping = asyncio.Event()
        self._uploaded: dict[tuple[str, str, int, int], str] = {}  # (method, path, mtime, size) → file_id
        self._upload_locks: dict[tuple[str, str, int, int], asyncio.Lock] = {}
        self.on_file_replaced = on_file_replaced

    @classmethod
    def from_settings(
        cls, bot: Bot, session_factory: SessionFactory, clock: Clock, settings: Settings, **kwargs: Any
    ) -> OutboxSender:
        return cls(
            bot,
            session_factory,
            clock,
            SenderLimits.from_settings(settings),
            data_dir=settings.data_dir,
            **kwargs,
        )

    # -- life cycle

    def add_listener(self, listener: Listener) -> None:
        """Call `listener(delivery)` after each row reaches SENT, BLOCKED or DEAD (errors are logged)."""
        self._listeners.append(listener)

    def start(self) -> None:
        if self._loop_task is not None and not self._loop_task.done():
            return
        self._stopping.clear()
        self._loop_task = asyncio.create_task(self._run(), name=f"outbox-sender:{self.worker}")

    def wake(self) -> None:
        """Look for work now instead of at the next poll (call after enqueue, once committed)."""
        self._wakeup.set()

    async def stop(self) -> None:
        """Stop claiming, let sends in flight finish, hand back rows not yet sent."""
        self._stopping.set()
        self._wakeup.set()
        if self._loop_task is not None:
            await asyncio.gather(self._loop_task, return_exceptions=True)
            self._loop_task = None
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def abort(self) -> None:
        """Cancel everything without writing to the database, as a crash would (tests).

        Returns once the cancelled tasks are gone: a dead process's transactions end with its
        connections, so none may stay open here holding locks the next sender would wait on."""
        tasks = [*self._tasks, *([self._loop_task] if self._loop_task is not None else [])]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def note_direct_send(self, chat_id: int) -> None:
        """A handler's reply just went to `chat_id` through the Application's bot: count it, so the
        next notification to that chat keeps Telegram's per-chat spacing (bot/ratelimit.py)."""
        self.limiter.record(chat_id, self._monotonic())

    @property
    def in_flight(self) -> int:
        return len(self._tasks)

    async def drain_once(self) -> int:
        """Claim what may be sent now, send it, wait for the outcomes. Returns the number of rows."""
        _, count = await self._fill()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        return count

    async def _run(self) -> None:
        log.info("outbox sender %s started", self.worker)
        failures = 0
        while not self._stopping.is_set():
            timeout = self.limits.poll_seconds
            try:
                requested, claimed = await self._fill()
                failures = 0
                if claimed and claimed == requested:
                    timeout = 0.0  # there may be more ready right now
                else:
                    soon = self.limiter.next_change(self._monotonic())
                    if soon is not None:
                        timeout = min(timeout, max(0.02, soon))
                    paused = self.limiter.paused(self._monotonic())
                    if paused > 0:
                        timeout = max(timeout, paused)
            except Exception:
                failures += 1
                timeout = min(30.0, self.limits.poll_seconds * 2**failures)
                log.exception("outbox sender: claiming failed, retrying in %.1f s", timeout)
            if timeout > 0:
                try:
                    await asyncio.wait_for(self._wakeup.wait(), timeout)
                except TimeoutError:
                    pass
            else:
                await asyncio.sleep(0)
            self._wakeup.clear()
        log.info("outbox sender %s stopped", self.worker)

    # -- claiming

    async def _fill(self) -> tuple[int, int]:
        """Claim as many ready rows as there are free send slots; returns (asked for, claimed)."""
        free = self.limits.concurrency - len(self._tasks)
        mono = self._monotonic()
        if free <= 0 or self._stopping.is_set() or self.limiter.paused(mono) > 0:
            return 0, 0
        want = min(free, self.limits.batch_size, max(1, math.ceil(self.limits.global_per_second)))
        exclude = {*self.limiter.busy_chats(mono), *self._tasks.values()}
        now = self.clock.now()
        async with unit_of_work(self.session_factory) as session:
            rows = await outbox.claim_due(
                session,
                now=now,
                limit=want,
                worker=self.worker,
                lease=timedelta(seconds=self.limits.lease_seconds),
                exclude_chats=exclude,
            )
            claimed = [
                _Claimed(r.id, r.chat_id, r.kind, dict(r.payload), r.attempts, r.broadcast_id) for r in rows
            ]
        for row in claimed:
            task = asyncio.create_task(self._deliver(row), name=f"outbox-send:{row.id}")
            self._tasks[task] = row.chat_id
            task.add_done_callback(self._task_done)
        return want, len(claimed)

    def _task_done(self, task: asyncio.Task[None]) -> None:
        self._tasks.pop(task, None)
        self._wakeup.set()
        if not task.cancelled() and task.exception() is not None:
            log.error("outbox send task failed", exc_info=task.exception())

    # -- sending

    async def _acquire(self, chat_id: int) -> None:
        """Wait until the limits allow a message to `chat_id`, then count it."""
        while True:
            if self._stopping.is_set():
                raise _Stopping
            now = self._monotonic()
            wait = self.limiter.delay(chat_id, now)
            if wait <= 0:
                self.limiter.record(chat_id, now)
                return
            if wait > self._max_hold:
                raise _Deferred(wait)
            try:
                await asyncio.wait_for(self._stopping.wait(), wait)
            except TimeoutError:
                pass

    async def _deliver(self, row: _Claimed) -> None:
        chat_id = row.chat_id
        sent_parts = int(row.payload.get("sent_parts", 0))
        message_id: int | None = None
        try:
            parts = plan_parts(row.payload)
            for index in range(sent_parts, len(parts)):
                await self._acquire(chat_id)
                message = await self._call_with_fallback(chat_id, row.id, parts[index])
                message_id = message.message_id
                if index < len(parts) - 1:
                    row.payload["sent_parts"] = index + 1
                    async with unit_of_work(self.session_factory) as session:
                        await outbox.save_payload(session, row.id, row.payload)
        except _Stopping:
            async with unit_of_work(self.session_factory) as session:
                await outbox.release(session, row.id, now=self.clock.now())
            return
        except _Deferred as exc:
            async with unit_of_work(self.session_factory) as session:
                await outbox.reschedule(
                    session,
                    row.id,
                    not_before=self.clock.now() + timedelta(seconds=exc.seconds),
                    error=str(exc),
                    count_attempt=False,
                )
        except RetryAfter as exc:
            await self._on_retry_after(row, exc)
        except ChatMigrated as exc:
            await self._on_migrated(row, exc)
        except Forbidden as exc:
            await self._on_forbidden(row, exc)
        except BadRequest as exc:
            await self._finish(row, OutboxStatus.DEAD, self._redact(f"BadRequest: {exc.message}"))
        except (TelegramError, OSError) as exc:  # TimedOut, NetworkError (5xx), InvalidToken, …
            await self._on_transient(row, self._redact(f"{type(exc).__name__}: {exc}"))
        except Exception as exc:  # a bug or a bad payload: retried, then dead-lettered, never lost
            log.exception("outbox row %s: unexpected error", row.id)
            await self._on_transient(row, self._redact(f"{type(exc).__name__}: {exc}"))
        else:
            async with unit_of_work(self.session_factory) as session:
                await outbox.mark_sent(session, row.id, now=self.clock.now(), message_id=message_id)
            await self._notify(
                Delivery(row.id, chat_id, row.kind, row.broadcast_id, OutboxStatus.SENT, message_id)
            )

    async def _call_with_fallback(self, chat_id: int, outbox_id: int, part: Part) -> TelegramMessage:
        """A photo or file Telegram refuses (stale file_id, missing copy) must not sink the message:
        a photo with a stored copy is uploaded from it instead (and the new file_id reported to
        `on_file_replaced`); failing that the text and buttons still go out, with a note that the
        attachment could not be sent."""
        try:
            return await self._call(chat_id, part)
        except BadRequest as exc:
            if part.method == "message" or not _is_attachment_problem(exc):
                raise
            log.warning("outbox row %s: attachment refused (%s)", outbox_id, exc.message)
        if part.copy is not None and part.file is not None and self._local_file(part.method, part.copy):
            try:
                await self._acquire(chat_id)
                sent = await self._call(chat_id, replace(part, file=part.copy, copy=None))
            except BadRequest as exc:
                if not _is_attachment_problem(exc):
                    raise
                log.warning("outbox row %s: the stored copy was refused too (%s)", outbox_id, exc.message)
            except OSError:
                log.warning("outbox row %s: the stored copy could not be read", outbox_id, exc_info=True)
            else:
                if sent.photo:
                    await self._file_replaced(part.copy, part.file, sent.photo[-1].file_id)
                return sent
        log.warning("outbox row %s: sending the text without its attachment", outbox_id)
        note = ATTACHMENT_LOST_NOTE[part.method]
        text = f"{part.text}\n\n{note}" if part.text else note
        fallback = Part("message", text=text, buttons=part.buttons, parse_mode=part.parse_mode)
        await self._acquire(chat_id)
        return await self._call(chat_id, fallback)

    async def _file_replaced(self, path: str, refused: str, file_id: str) -> None:
        """Tell the owner of the stored copy the file_id its upload got (errors are only logged:
        the message is already delivered)."""
        if self.on_file_replaced is None:
            return
        try:
            async with unit_of_work(self.session_factory) as session:
                await self.on_file_replaced(session, path, refused, file_id)
        except Exception:
            log.exception("could not keep the new file_id of %s", path)

    async def _call(self, chat_id: int, part: Part) -> TelegramMessage:
        if part.method == "message":
            return await self.bot.send_message(
                chat_id, part.text or "", reply_markup=keyboard(part.buttons), parse_mode=part.parse_mode
            )
        assert part.file is not None
        key = self._local_file(part.method, part.file)
        if key is None:
            return await self._send_file(chat_id, part, part.file)
        # A broadcast poster goes to many chats: upload it once, then reuse Telegram's file_id.
        # Sends of the same file wait for the first upload instead of uploading in parallel.
        lock = self._upload_locks.setdefault(key, asyncio.Lock())
        async with lock:
            file_id = self._uploaded.get(key)
            if file_id is not None:
                return await self._send_file(chat_id, part, file_id)
            content = await asyncio.to_thread(Path(key[1]).read_bytes)
            upload = InputFile(content, filename=part.filename or Path(key[1]).name)
            sent = await self._send_file(chat_id, part, upload)
            if part.method == "photo" and sent.photo:
                self._uploaded[key] = sent.photo[-1].file_id
            elif sent.document:
                self._uploaded[key] = sent.document.file_id
            return sent

    async def _send_file(self, chat_id: int, part: Part, file: str | InputFile) -> TelegramMessage:
        markup = keyboard(part.buttons)
        if part.method == "photo":
            return await self.bot.send_photo(
                chat_id, file, caption=part.text, reply_markup=markup, parse_mode=part.parse_mode
            )
        return await self.bot.send_document(
            chat_id, file, caption=part.text, reply_markup=markup, parse_mode=part.parse_mode
        )

    def _local_file(self, method: str, ref: str) -> tuple[str, str, int, int] | None:
        """A path under the data directory names a file to upload; anything else is a file_id."""
        base = self.data_dir.resolve()
        path = (base / ref).resolve()
        if not path.is_relative_to(base) or not path.is_file():
            return None
        stat = path.stat()
        return (method, str(path), stat.st_mtime_ns, stat.st_size)

    # -- outcomes

    def _redact(self, text: str) -> str:
        """Error texts go to logs and to the table: never with the bot token in them."""
        text = TOKEN_PATTERN.sub("bot<redacted>", text)
        token = getattr(self.bot, "token", None)
        return text.replace(token, "<redacted>") if isinstance(token, str) and token else text

    async def _on_retry_after(self, row: _Claimed, exc: RetryAfter) -> None:
        seconds = max(1.0, _retry_seconds(exc))
        everything = self.limiter.flood(row.chat_id, seconds, self._monotonic())
        log.warning(
            "outbox row %s: flood control, retry in %.0f s (%s paused)",
            row.id,
            seconds,
            "all chats" if everything else f"chat {row.chat_id}",
        )
        async with unit_of_work(self.session_factory) as session:
            await outbox.reschedule(
                session,
                row.id,
                not_before=self.clock.now() + timedelta(seconds=seconds),
                error=str(exc),
                count_attempt=False,
            )

    async def _on_migrated(self, row: _Claimed, exc: ChatMigrated) -> None:
        new_chat_id = int(exc.new_chat_id)
        log.info("chat %s migrated to %s; outbox rows follow", row.chat_id, new_chat_id)
        async with unit_of_work(self.session_factory) as session:
            await outbox.migrate_chat(session, row.chat_id, new_chat_id)
            await outbox.reschedule(
                session, row.id, not_before=self.clock.now(), error=str(exc), count_attempt=False
            )
        self._wakeup.set()

    async def _on_forbidden(self, row: _Claimed, exc: Forbidden) -> None:
        error = self._redact(f"Forbidden: {exc.message}")
        log.info("outbox row %s: chat %s refuses the bot (%s)", row.id, row.chat_id, error)
        async with unit_of_work(self.session_factory) as session:
            await outbox.mark_chat_blocked(session, row.chat_id, error=error)
        await self._notify(
            Delivery(row.id, row.chat_id, row.kind, row.broadcast_id, OutboxStatus.BLOCKED, None, error)
        )

    async def _on_transient(self, row: _Claimed, error: str) -> None:
        attempts = row.attempts + 1
        if attempts >= self.limits.max_attempts:
            await self._finish(row, OutboxStatus.DEAD, f"gave up after {attempts} attempts: {error}")
            return
        delay = min(self.limits.backoff_max_seconds, self.limits.backoff_base_seconds * 2 ** (attempts - 1))
        delay *= random.uniform(1.0, 1.25)  # spread retries after a burst of 5xx
        log.warning("outbox row %s: attempt %s failed (%s); retry in %.0f s", row.id, attempts, error, delay)
        async with unit_of_work(self.session_factory) as session:
            await outbox.reschedule(
                session,
                row.id,
                not_before=self.clock.now() + timedelta(seconds=delay),
                error=error,
                count_attempt=True,
            )

    async def _finish(self, row: _Claimed, status: OutboxStatus, error: str) -> None:
        log.warning("outbox row %s to chat %s is %s: %s", row.id, row.chat_id, status.value, error)
        async with unit_of_work(self.session_factory) as session:
            await outbox.mark_failed(session, row.id, status=status, error=error)
        await self._notify(Delivery(row.id, row.chat_id, row.kind, row.broadcast_id, status, None, error))

    async def _notify(self, delivery: Delivery) -> None:
        for listener in self._listeners:
            try:
                result = listener(delivery)
                if inspect.isawaitable(result):
                    await result
            except Exception:
                log.exception("outbox listener failed for row %s", delivery.outbox_id)
