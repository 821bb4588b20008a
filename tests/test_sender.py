"""The outbox sender against a fake Bot at the edge, on SQLite and PostgreSQL.

The fake implements send_message / send_photo / send_document, returns real `telegram.Message`
objects and raises real `telegram.error` exceptions when a test scripts them. Except where rate
limits are measured in real time, the limiter reads the test's ManualClock, so a test moves time
by hand and nothing sleeps.
"""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from telegram import Chat, Document, InputFile, PhotoSize
from telegram import Message as TelegramMessage
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.sender import (
    CAPTION_LIMIT,
    TEXT_LIMIT,
    OutboxSender,
    SenderLimits,
    plan_parts,
    split_text,
    utf16_len,
)
from storage.clock import ManualClock
from storage.db import SessionFactory, unit_of_work
from storage.models import ChatGroup, OutboxMessage, OutboxStatus, Person
from storage.outbox import Button, Message, delivery_counts, enqueue

FAST = SenderLimits(
    global_per_second=10_000,
    private_per_second=1.0,
    group_per_minute=20,
    concurrency=8,
    batch_size=100,
    poll_seconds=0.01,
    max_attempts=4,
    lease_seconds=60,
)


class Sent:
    def __init__(
        self, method: str, chat_id: int, text: str | None, file: Any, markup: Any, at: float
    ) -> None:
        self.method = method
        self.chat_id = chat_id
        self.text = text
        self.file = file
        self.markup = markup
        self.at = at

    @property
    def buttons(self) -> list[list[str]]:
        if self.markup is None:
            return []
        return [[b.text for b in row] for row in self.markup.inline_keyboard]


class FakeBot:
    """The Telegram edge: records what was sent, raises what the test scripted."""

    def __init__(self, latency: float = 0.0, log: list[Sent] | None = None) -> None:
        self.sent: list[Sent] = log if log is not None else []
        self.calls = 0
        self.latency = latency
        self.faults: dict[int, list[Exception]] = defaultdict(list)  # chat id → next errors, in order
        self.always: dict[int, Exception] = {}  # chat id → error on every call
        self.hang: asyncio.Event | None = None  # when set up, calls wait on it (a stuck request)
        self.entered = asyncio.Event()
        self._next_id = 1000

    async def _send(
        self, method: str, chat_id: int, text: str | None, file: Any, markup: Any
    ) -> TelegramMessage:
        # when the request left the sender: what its pacing controls (the latency below, and the
        # event loop's lag under load, would otherwise blur the spacing the tests measure)
        at = time.monotonic()
        self.calls += 1
        self.entered.set()
        if self.hang is not None:
            await self.hang.wait()
        if self.latency:
            await asyncio.sleep(self.latency)
        if chat_id in self.always:
            raise self.always[chat_id]
        if self.faults[chat_id]:
            raise self.faults[chat_id].pop(0)
        self._next_id += 1
        self.sent.append(Sent(method, chat_id, text, file, markup, at))
        chat = Chat(id=chat_id, type="group" if chat_id < 0 else "private")
        kwargs: dict[str, Any] = {}
        if method == "photo":
            kwargs["photo"] = (PhotoSize(f"photo-{self._next_id}", f"u{self._next_id}", 800, 600),)
            kwargs["caption"] = text
        elif method == "document":
            kwargs["document"] = Document(f"doc-{self._next_id}", f"u{self._next_id}")
            kwargs["caption"] = text
        else:
            kwargs["text"] = text
        return TelegramMessage(self._next_id, datetime.now(UTC), chat, **kwargs)

    async def send_message(self, chat_id: int, text: str, **kw: Any) -> TelegramMessage:
        return await self._send("message", chat_id, text, None, kw.get("reply_markup"))

    async def send_photo(self, chat_id: int, photo: Any, **kw: Any) -> TelegramMessage:
        return await self._send("photo", chat_id, kw.get("caption"), photo, kw.get("reply_markup"))

    async def send_document(self, chat_id: int, document: Any, **kw: Any) -> TelegramMessage:
        return await self._send("document", chat_id, kw.get("caption"), document, kw.get("reply_markup"))

    def to(self, chat_id: int) -> list[Sent]:
        return [s for s in self.sent if s.chat_id == chat_id]


def make_sender(
    bot: FakeBot,
    session_factory: SessionFactory,
    clock: ManualClock,
    limits: SenderLimits = FAST,
    *,
    data_dir: Path | None = None,
    real_time: bool = False,
    worker: str = "test",
) -> OutboxSender:
    monotonic: Callable[[], float] = time.monotonic if real_time else (lambda: clock.now().timestamp())
    return OutboxSender(
        bot,  # type: ignore[arg-type]
        session_factory,
        clock,
        limits,
        data_dir=data_dir or Path("/nonexistent"),
        worker=worker,
        monotonic=monotonic,
    )


async def add(
    session_factory: SessionFactory, clock: ManualClock, chat_id: int, message: Message | str, **kw: Any
) -> None:
    async with unit_of_work(session_factory) as session:
        msg = Message(text=message) if isinstance(message, str) else message
        await enqueue(session, chat_id, msg, now=clock.now(), **kw)


async def rows(session_factory: SessionFactory) -> list[OutboxMessage]:
    async with session_factory() as session:
        return list((await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))).all())


async def drain_until_idle(
    sender: OutboxSender, clock: ManualClock, step: timedelta, rounds: int = 200
) -> None:
    """Drain, move the clock on, repeat until nothing is left to send."""
    for _ in range(rounds):
        await sender.drain_once()
        remaining = [r for r in await rows(sender.session_factory) if r.status in ("pending", "sending")]
        if not remaining:
            return
        clock.advance(step)
    raise AssertionError("outbox did not drain")


# ------------------------------------------------------------------ payloads


def test_long_text_is_split_at_line_boundaries() -> None:
    lines = [f"第{i}条：动火作业前必须清理周边可燃物，并配备灭火器材。" for i in range(400)]
    text = "\n".join(lines)
    pieces = split_text(text)
    assert len(pieces) > 1
    assert all(utf16_len(p) <= TEXT_LIMIT for p in pieces)
    # every piece ends at the end of a line: nothing cut mid-sentence, nothing lost
    assert "\n".join(pieces) == text


def test_line_longer_than_limit_is_cut_at_a_sentence() -> None:
    text = "隐患整改必须闭环。" * 1000
    pieces = split_text(text)
    assert all(p.endswith("。") for p in pieces)
    assert "".join(pieces) == text


def test_caption_too_long_goes_on_in_a_text_message_with_the_buttons() -> None:
    caption = "\n".join(f"第{i}项整改措施已落实到位。" for i in range(200))
    message = Message(text=caption, photo="AgAD-file-id", buttons=[[Button("查看", data="h:1")]])
    parts = plan_parts(message.payload())
    assert parts[0].method == "photo" and parts[0].file == "AgAD-file-id"
    assert parts[0].text is not None and utf16_len(parts[0].text) <= CAPTION_LIMIT
    assert [p.method for p in parts[1:]] == ["message"] * (len(parts) - 1)
    assert parts[0].buttons == [] and parts[-1].buttons == [[{"text": "查看", "data": "h:1"}]]
    assert "\n".join(p.text or "" for p in parts) == caption


# ------------------------------------------------------------------ delivery


async def test_message_delivered_with_buttons_and_message_id(
    session_factory: SessionFactory, clock: ManualClock
) -> None:
    bot = FakeBot()
    await add(
        session_factory,
        clock,
        42,
        Message(
            text="新隐患待研判", buttons=[[Button("受理", data="t:1"), Button("详情", url="https://e.x/1")]]
        ),
    )
    sender = make_sender(bot, session_factory, clock)
    assert await sender.drain_once() == 1
    assert [s.text for s in bot.to(42)] == ["新隐患待研判"]
    markup = bot.sent[0].markup
    assert markup.inline_keyboard[0][0].callback_data == "t:1"
    assert markup.inline_keyboard[0][1].url == "https://e.x/1"
    [row] = await rows(session_factory)
    assert row.status == OutboxStatus.SENT and row.telegram_message_id == 1001 and row.sent_at == clock.now()
    assert await sender.drain_once() == 0


async def test_long_message_arrives_in_order_in_several_parts(
    session_factory: SessionFactory, clock: ManualClock
) -> None:
    bot = FakeBot()
    text = "\n".join(f"{i:04d} 检查记录：消防通道畅通，应急照明正常。" for i in range(500))
    await add(session_factory, clock, 7, Message(text=text, buttons=[[Button("好", data="ok")]]))
    # the parts of one row wait for the chat's limit between them: measured in real time
    limits = SenderLimits(private_per_second=10, poll_seconds=0.01)
    sender = make_sender(bot, session_factory, clock, limits, real_time=True)
    await sender.drain_once()
    got = bot.to(7)
    assert len(got) >= 3 and "\n".join(s.text or "" for s in got) == text
    assert [bool(s.buttons) for s in got] == [False] * (len(got) - 1) + [True]
    assert all(b.at - a.at >= 0.1 for a, b in zip(got, got[1:], strict=False))
    [row] = await rows(session_factory)
    assert row.status == OutboxStatus.SENT


async def test_photo_from_data_dir_is_uploaded_once_and_file_id_passed_through(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "poster.jpg").write_bytes(b"\xff\xd8fake-jpeg")
    bot = FakeBot()
    for chat in (1, 2, 3):
        await add(session_factory, clock, chat, Message(text="安全生产月", photo="photos/poster.jpg"))
    await add(
        session_factory, clock, 4, Message(text="台账", document="BQAD-existing-file-id", filename="a.xlsx")
    )
    sender = make_sender(bot, session_factory, clock, data_dir=tmp_path)
    await drain_until_idle(sender, clock, timedelta(seconds=1))
    uploads = [s for s in bot.sent if isinstance(s.file, InputFile)]
    assert len(uploads) == 1 and uploads[0].file.input_file_content == b"\xff\xd8fake-jpeg"
    assert sorted(s.chat_id for s in bot.sent if s.method == "photo") == [1, 2, 3]
    assert [s.file for s in bot.to(4)] == ["BQAD-existing-file-id"]


# ------------------------------------------------------------------ errors


async def test_429_storm_then_each_message_delivered_once(
    session_factory: SessionFactory, clock: ManualClock
) -> None:
    bot = FakeBot()
    chats = list(range(1, 21))
    for chat in chats:
        bot.faults[chat] = [RetryAfter(5), RetryAfter(5), RetryAfter(5)]
        await add(session_factory, clock, chat, f"通知 {chat}")
    sender = make_sender(bot, session_factory, clock)
    await sender.drain_once()
    pending = await rows(session_factory)
    assert all(r.status == OutboxStatus.PENDING and r.attempts == 0 for r in pending)
    # the rows that met the flood wait out retry_after; the others were not even claimed
    assert min(r.not_before for r in pending if r.last_error) >= clock.now() + timedelta(seconds=4.9)
    # paused: nothing goes out before retry_after has passed
    calls = bot.calls
    clock.advance(timedelta(seconds=4))
    await sender.drain_once()
    assert bot.calls == calls
    await drain_until_idle(sender, clock, timedelta(seconds=5))
    assert sorted(s.chat_id for s in bot.sent) == chats
    assert all(r.status == OutboxStatus.SENT and r.attempts == 0 for r in await rows(session_factory))


async def test_server_errors_and_timeouts_are_retried_with_backoff(
    session_factory: SessionFactory, clock: ManualClock
) -> None:
    bot = FakeBot()
    bot.faults[5] = [
        NetworkError("Bad Gateway (502)"),
        TimedOut(),
        NetworkError("Internal Server Error (500)"),
    ]
    await add(session_factory, clock, 5, "整改期限提醒")
    sender = make_sender(bot, session_factory, clock)
    await sender.drain_once()
    [row] = await rows(session_factory)
    assert row.status == OutboxStatus.PENDING and row.attempts == 1 and "502" in (row.last_error or "")
    first_delay = row.not_before - clock.now()
    assert first_delay >= timedelta(seconds=2)
    await drain_until_idle(sender, clock, timedelta(minutes=1))
    [row] = await rows(session_factory)
    assert row.status == OutboxStatus.SENT and row.attempts == 3
    assert [s.text for s in bot.to(5)] == ["整改期限提醒"]


async def test_a_retried_message_keeps_its_place_in_the_chat(
    session_factory: SessionFactory, clock: ManualClock
) -> None:
    bot = FakeBot()
    bot.faults[5] = [NetworkError("Bad Gateway (502)")]
    await add(session_factory, clock, 5, "隐患已分派给您")
    await add(session_factory, clock, 5, "隐患已销号")
    await add(session_factory, clock, 6, "别的聊天不受影响")
    # a message scheduled for tomorrow holds nothing back
    await add(session_factory, clock, 6, "明天的提醒", not_before=clock.now() + timedelta(days=1))
    await add(session_factory, clock, 6, "第二条")
    sender = make_sender(bot, session_factory, clock)
    await sender.drain_once()
    clock.advance(timedelta(seconds=1.1))
    await sender.drain_once()
    assert bot.to(5) == [] and [s.text for s in bot.to(6)] == ["别的聊天不受影响", "第二条"]
    for _ in range(3):
        clock.advance(timedelta(seconds=30))
        await sender.drain_once()
    assert [s.text for s in bot.to(5)] == ["隐患已分派给您", "隐患已销号"]
    assert [s.text for s in bot.to(6)] == ["别的聊天不受影响", "第二条"]


async def test_error_texts_never_carry_the_token(session_factory: SessionFactory, clock: ManualClock) -> None:
    bot = FakeBot()
    bot.faults[5] = [
        NetworkError("httpx.ConnectError: https://api.telegram.org/bot123456:AAH-secret_x/sendMessage")
    ]
    await add(session_factory, clock, 5, "提醒")
    await make_sender(bot, session_factory, clock).drain_once()
    [row] = await rows(session_factory)
    assert (
        row.last_error is not None
        and "AAH-secret_x" not in row.last_error
        and "bot<redacted>" in row.last_error
    )


async def test_persistent_failure_is_dead_lettered_after_max_attempts(
    session_factory: SessionFactory, clock: ManualClock
) -> None:
    bot = FakeBot()
    bot.always[6] = TimedOut()
    await add(session_factory, clock, 6, "一直超时")
    await add(session_factory, clock, 8, "正常送达")
    sender = make_sender(bot, session_factory, clock)
    await drain_until_idle(sender, clock, timedelta(minutes=10))
    by_chat = {r.chat_id: r for r in await rows(session_factory)}
    assert by_chat[6].status == OutboxStatus.DEAD and by_chat[6].attempts == FAST.max_attempts
    assert "gave up" in (by_chat[6].last_error or "")
    assert by_chat[8].status == OutboxStatus.SENT


async def test_forbidden_marks_person_and_group_blocked(
    session_factory: SessionFactory, clock: ManualClock
) -> None:
    async with unit_of_work(session_factory) as session:
        session.add(Person(name="张三", telegram_user_id=501))
        session.add(ChatGroup(chat_id=-900, title="一车间群"))
    bot = FakeBot()
    bot.always[501] = Forbidden("Forbidden: bot was blocked by the user")
    bot.always[-900] = Forbidden("Forbidden: bot was kicked from the group chat")
    await add(session_factory, clock, 501, "第一条")
    await add(session_factory, clock, 501, "第二条")
    await add(session_factory, clock, -900, "群通知")
    sender = make_sender(bot, session_factory, clock)
    await drain_until_idle(sender, clock, timedelta(seconds=5))
    assert bot.calls == 2  # the second message to the person is not even tried
    assert {(r.chat_id, r.status) for r in await rows(session_factory)} == {
        (501, OutboxStatus.BLOCKED),
        (-900, OutboxStatus.BLOCKED),
    }
    async with session_factory() as session:
        person = await session.scalar(select(Person).where(Person.telegram_user_id == 501))
        group = await session.scalar(select(ChatGroup).where(ChatGroup.chat_id == -900))
    assert person is not None and person.blocked_bot
    assert group is not None and not group.active


async def test_bad_request_is_dead_lettered_with_reason(
    session_factory: SessionFactory, clock: ManualClock
) -> None:
    bot = FakeBot()
    bot.always[9] = BadRequest("Can't parse entities: unsupported start tag")
    await add(session_factory, clock, 9, Message(text="<b>坏的", parse_mode="HTML"))
    sender = make_sender(bot, session_factory, clock)
    await drain_until_idle(sender, clock, timedelta(minutes=10))
    [row] = await rows(session_factory)
    assert row.status == OutboxStatus.DEAD and "Can't parse entities" in (row.last_error or "")
    assert bot.calls == 1  # BadRequest is a NetworkError subclass, but never retried


async def test_a_refused_photo_still_delivers_the_text_and_buttons(
    session_factory: SessionFactory, clock: ManualClock
) -> None:
    bot = FakeBot()
    bot.faults[9] = [BadRequest("Wrong file identifier/http url specified")]
    card = Message(
        text="隐患 YH-2026-000001 待研判", photo="AgACstale", buttons=[[Button("查看", data="hz:card:1")]]
    )
    await add(session_factory, clock, 9, card)
    # real time: the text goes out after the refused photo, one per second to the chat
    sender = make_sender(bot, session_factory, clock, real_time=True)
    await drain_until_idle(sender, clock, timedelta(minutes=10))
    [row] = await rows(session_factory)
    assert row.status == OutboxStatus.SENT
    [sent] = bot.to(9)
    assert sent.method == "message"
    assert (
        sent.text is not None
        and sent.text.startswith("隐患 YH-2026-000001 待研判")
        and "图片暂时无法显示" in sent.text
    )
    assert sent.buttons == [["查看"]]


async def test_a_refused_photo_is_uploaded_from_its_stored_copy_and_the_new_id_kept(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    (tmp_path / "photos" / "ab").mkdir(parents=True)
    (tmp_path / "photos" / "ab" / "abc.jpg").write_bytes(b"\xff\xd8stored-copy")
    bot = FakeBot()
    refused = BadRequest("Wrong file identifier/http url specified")
    bot.faults[9] = [refused]
    bot.faults[10] = [refused, BadRequest("Wrong file identifier/http url specified")]  # the copy too
    bot.faults[11] = [refused]
    buttons = [[Button("查看", data="hz:card:1")]]
    await add(
        session_factory, clock, 9,
        Message(text="您被指派为隐患整改责任人", photo="AgACold", photo_copy="photos/ab/abc.jpg", buttons=buttons),
    )  # fmt: skip
    await add(
        session_factory, clock, 10,
        Message(text="整改已提交，请验收", photo="AgACold", photo_copy="photos/ab/abc.jpg", buttons=buttons),
    )  # fmt: skip
    await add(
        session_factory, clock, 11,
        Message(text="新隐患待研判", photo="AgACgone", photo_copy="photos/ab/missing.jpg", buttons=buttons),
    )  # fmt: skip
    replaced: list[tuple[str, str, str]] = []

    async def keep(session: Any, path: str, old: str, new: str) -> None:
        replaced.append((path, old, new))

    sender = make_sender(bot, session_factory, clock, data_dir=tmp_path, real_time=True)
    sender.on_file_replaced = keep
    await drain_until_idle(sender, clock, timedelta(minutes=10))
    assert [r.status for r in await rows(session_factory)] == [OutboxStatus.SENT] * 3
    # the copy went up in place of the refused id, caption and buttons intact; its new id is kept
    [sent] = bot.to(9)
    assert sent.method == "photo" and isinstance(sent.file, InputFile)
    assert sent.file.input_file_content == b"\xff\xd8stored-copy"
    assert sent.text == "您被指派为隐患整改责任人" and sent.buttons == [["查看"]]
    [(path, old, new)] = replaced
    assert (path, old) == ("photos/ab/abc.jpg", "AgACold") and new.startswith("photo-")
    # refused both ways, or no copy on disk: the text and buttons, with a note
    for chat in (10, 11):
        [text] = bot.to(chat)
        assert (
            text.method == "message"
            and "图片暂时无法显示" in (text.text or "")
            and text.buttons == [["查看"]]
        )


def test_only_a_photo_carries_its_stored_copy() -> None:
    message = Message(text="卡片", photo="AgACid", photo_copy="photos/ab/abc.jpg")
    assert message.payload()["photo_copy"] == "photos/ab/abc.jpg"
    assert plan_parts(message.payload())[0].copy == "photos/ab/abc.jpg"
    # a photo kept only as its copy needs no second one
    assert (
        "photo_copy"
        not in Message(text="卡片", photo="photos/ab/abc.jpg", photo_copy="photos/ab/abc.jpg").payload()
    )
    assert plan_parts(Message(text="卡片", photo="AgACid").payload())[0].copy is None


async def test_chat_migration_is_followed(session_factory: SessionFactory, clock: ManualClock) -> None:
    async with unit_of_work(session_factory) as session:
        session.add(ChatGroup(chat_id=-300, title="安全群"))
    bot = FakeBot()
    bot.always[-300] = ChatMigrated(-1001300)
    await add(session_factory, clock, -300, "第一条")
    await add(session_factory, clock, -300, "第二条")
    sender = make_sender(bot, session_factory, clock)
    await drain_until_idle(sender, clock, timedelta(seconds=4))
    assert [s.text for s in bot.to(-1001300)] == ["第一条", "第二条"]
    assert all(r.chat_id == -1001300 and r.status == OutboxStatus.SENT for r in await rows(session_factory))
    async with session_factory() as session:
        group = await session.scalar(select(ChatGroup))
    assert group is not None and group.chat_id == -1001300 and group.active


async def test_crash_mid_drain_loses_nothing(session_factory: SessionFactory, clock: ManualClock) -> None:
    for chat in range(1, 6):
        await add(session_factory, clock, chat, f"消息 {chat}")
    stuck = FakeBot()
    stuck.hang = asyncio.Event()
    first = make_sender(stuck, session_factory, clock, worker="first")
    first.start()
    await asyncio.wait_for(stuck.entered.wait(), 5)
    await asyncio.sleep(0.05)
    await first.abort()  # the process dies with requests in flight
    await asyncio.sleep(0)
    assert {r.status for r in await rows(session_factory)} == {OutboxStatus.SENDING}

    bot = FakeBot()
    second = make_sender(bot, session_factory, clock, worker="second")
    assert await second.drain_once() == 0  # the lease of the dead sender still holds
    clock.advance(timedelta(seconds=FAST.lease_seconds + 1))
    await drain_until_idle(second, clock, timedelta(seconds=1))
    assert sorted(s.chat_id for s in bot.sent) == [1, 2, 3, 4, 5]
    assert all(
        r.status == OutboxStatus.SENT and r.claimed_by == "second" for r in await rows(session_factory)
    )


async def test_stop_finishes_in_flight_and_hands_back_the_rest(
    session_factory: SessionFactory, clock: ManualClock
) -> None:
    # three messages to one chat: one per second, so stopping leaves two unsent but PENDING
    for n in range(3):
        await add(session_factory, clock, 77, f"第{n}条")
    bot = FakeBot(latency=0.05)
    sender = make_sender(bot, session_factory, clock, real_time=True)
    sender.start()
    await asyncio.wait_for(bot.entered.wait(), 5)
    await sender.stop()
    statuses = [r.status for r in await rows(session_factory)]
    assert statuses == [OutboxStatus.SENT, OutboxStatus.PENDING, OutboxStatus.PENDING]


async def test_broadcast_delivery_is_visible_to_features(
    session_factory: SessionFactory, clock: ManualClock
) -> None:
    bot = FakeBot()
    bot.always[3] = Forbidden("Forbidden: bot was blocked by the user")
    for chat in (1, 2, 3):
        await add(session_factory, clock, chat, "安全生产月活动通知", broadcast_id=11, kind="broadcast")
    sender = make_sender(bot, session_factory, clock)
    seen: list[tuple[int, str]] = []
    sender.add_listener(lambda d: seen.append((d.chat_id, d.status.value)))
    await drain_until_idle(sender, clock, timedelta(seconds=1))
    async with session_factory() as session:
        counts = await delivery_counts(session, 11)
    assert counts[OutboxStatus.SENT] == 2 and counts[OutboxStatus.BLOCKED] == 1
    assert sorted(seen) == [(1, "sent"), (2, "sent"), (3, "blocked")]


# ------------------------------------------------------------------ limits, in real time


async def test_rate_limits_respected_and_broadcast_near_global_rate(
    session_factory: SessionFactory, clock: ManualClock
) -> None:
    limits = SenderLimits(
        global_per_second=40,
        private_per_second=4,
        group_per_minute=3,
        concurrency=16,
        poll_seconds=0.05,
        lease_seconds=60,
    )
    chats = list(range(1000, 1080))
    for chat in chats:
        await add(session_factory, clock, chat, "广播")
    for n in range(6):
        await add(session_factory, clock, 5, f"私聊 {n}")  # one busy private chat
        await add(session_factory, clock, -55, f"群 {n}")  # one group, 3 per minute here
    bot = FakeBot(latency=0.03)
    sender = make_sender(bot, session_factory, clock, limits, real_time=True)
    started = time.monotonic()
    sender.start()
    try:
        deadline = started + 15
        while len([s for s in bot.sent if s.chat_id >= 1000]) < len(chats) or len(bot.to(5)) < 6:
            assert time.monotonic() < deadline, "broadcast too slow"
            await asyncio.sleep(0.05)
    finally:
        await sender.stop()
    times = sorted(s.at for s in bot.sent)
    # overall: never more than the rate (+ the small burst) in any one-second window
    assert max(sum(1 for t in times if a <= t < a + 1.0) for a in times) <= limits.global_per_second * 1.1 + 1
    # the broadcast ran at >= 90 % of the overall rate
    broadcast = sorted(s.at for s in bot.sent if s.chat_id >= 1000)
    rate = (len(broadcast) - 1) / (broadcast[-1] - broadcast[0])
    assert rate >= 0.9 * limits.global_per_second * (len(broadcast) / len(times)), rate
    # one private chat: at most 4 per second
    private = [s.at for s in bot.to(5)]
    assert all(b - a >= 0.25 for a, b in zip(private, private[1:], strict=False))
    # the group got its 3 and the rest waits for the minute to pass, still pending
    assert len(bot.to(-55)) == 3
    statuses = [r.status for r in await rows(session_factory) if r.chat_id == -55]
    assert statuses.count(OutboxStatus.PENDING) == 3


async def test_two_senders_on_postgresql_never_double_send(
    session_factory: SessionFactory, clock: ManualClock, database_url: str
) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("several sender processes need PostgreSQL (SKIP LOCKED)")
    for chat in range(1, 301):
        await add(session_factory, clock, chat, f"通知 {chat}")
    log: list[Sent] = []
    limits = SenderLimits(global_per_second=500, concurrency=8, poll_seconds=0.01, lease_seconds=60)
    senders = [
        make_sender(
            FakeBot(latency=0.005, log=log), session_factory, clock, limits, real_time=True, worker=f"w{i}"
        )
        for i in range(3)
    ]
    for sender in senders:
        sender.start()
    try:
        for _ in range(400):
            if len(log) >= 300:
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.2)
    finally:
        for sender in senders:
            await sender.stop()
    assert sorted(s.chat_id for s in log) == list(range(1, 301))
    final = await rows(session_factory)
    assert all(r.status == OutboxStatus.SENT for r in final)
    assert len({r.claimed_by for r in final}) > 1  # the work really was shared
