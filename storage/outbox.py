"""The transactional outbox: domain operations enqueue, the sender in bot/ drains.

Nothing in the code base calls Telegram to send a notification directly; it adds a row here in
the same transaction as the change it announces, so a crash either loses both or neither.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, case, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ChatGroup, OutboxMessage, OutboxStatus, Person


@dataclass(frozen=True)
class Button:
    """An inline button, platform-free: callback data or a URL."""

    text: str
    data: str | None = None
    url: str | None = None

    def as_json(self) -> dict[str, str]:
        out = {"text": self.text}
        if self.data is not None:
            out["data"] = self.data
        if self.url is not None:
            out["url"] = self.url
        return out


Keyboard = list[list[Button]]


@dataclass
class Message:
    """What to send: text, or a photo / document with a caption, plus optional buttons.

    `photo` and `document` are a Telegram file_id or a path relative to the data directory.
    `photo_copy` is our stored copy of the photo (a path relative to the data directory): when
    Telegram refuses the file_id (another bot token, an expired file) the sender uploads the copy.
    """

    text: str | None = None
    photo: str | None = None
    photo_copy: str | None = None
    document: str | None = None
    filename: str | None = None
    buttons: Keyboard = field(default_factory=list)
    parse_mode: str | None = None

    def payload(self) -> dict[str, Any]:
        if self.photo is not None:
            method = "photo"
        elif self.document is not None:
            method = "document"
        else:
            method = "message"
            if not self.text:
                raise ValueError("a text message needs text")
        payload: dict[str, Any] = {"method": method}
        if method == "message":
            payload["text"] = self.text
        else:
            payload["caption"] = self.text
            payload[method] = self.photo if method == "photo" else self.document
            if method == "photo" and self.photo_copy and self.photo_copy != self.photo:
                payload["photo_copy"] = self.photo_copy
            if self.filename:
                payload["filename"] = self.filename
        if self.buttons:
            payload["buttons"] = [[b.as_json() for b in row] for row in self.buttons]
        if self.parse_mode:
            payload["parse_mode"] = self.parse_mode
        return payload


def outbox_row(
    chat_id: int,
    message: Message,
    *,
    now: datetime,
    kind: str,
    person_id: int | None = None,
    dedup_key: str | None = None,
    not_before: datetime | None = None,
    broadcast_id: int | None = None,
) -> dict[str, Any]:
    """The column values of one pending outbox row (for enqueue, and for bulk inserts)."""
    return {
        "chat_id": chat_id,
        "person_id": person_id,
        "kind": kind,
        "payload": message.payload(),
        "dedup_key": dedup_key,
        "status": OutboxStatus.PENDING.value,
        "attempts": 0,
        "not_before": not_before or now,
        "broadcast_id": broadcast_id,
        "created_at": now,
    }


async def enqueue(
    session: AsyncSession,
    chat_id: int,
    message: Message,
    *,
    now: datetime,
    kind: str = "notice",
    person_id: int | None = None,
    dedup_key: str | None = None,
    not_before: datetime | None = None,
    broadcast_id: int | None = None,
) -> bool:
    """Add one message to the outbox. Returns False when dedup_key was already used."""
    values = outbox_row(
        chat_id,
        message,
        now=now,
        kind=kind,
        person_id=person_id,
        dedup_key=dedup_key,
        not_before=not_before,
        broadcast_id=broadcast_id,
    )
    if dedup_key is None:
        session.add(OutboxMessage(**values))
        await session.flush()
        return True
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    statement = insert(OutboxMessage).values(**values).on_conflict_do_nothing(index_elements=["dedup_key"])
    result = await session.execute(statement)
    return bool(result.rowcount)  # type: ignore[attr-defined]


def _due(now: datetime, lease: timedelta) -> ColumnElement[bool]:
    return or_(
        (OutboxMessage.status == OutboxStatus.PENDING.value) & (OutboxMessage.not_before <= now),
        (OutboxMessage.status == OutboxStatus.SENDING.value) & (OutboxMessage.claimed_at <= now - lease),
    )


async def claim_due(
    session: AsyncSession,
    *,
    now: datetime,
    limit: int,
    worker: str,
    lease: timedelta,
    exclude_chats: Collection[int] = (),
    one_per_chat: bool = True,
) -> list[OutboxMessage]:
    """Claim due rows for one sender. Rows claimed by a sender that died come back after `lease`.

    With `one_per_chat` (the sender's mode) at most one row per chat is claimed, and each chat's
    messages go out in the order they were enqueued: a chat's next row is its oldest row that is
    due or already under way (being retried after an error or a 429), so a message waiting for
    its retry holds back the later ones of the same chat — and only those. A row scheduled for
    later that was never tried does not hold anything back. Chats that already have a row in
    flight (claimed, lease not expired — by any process) or that the caller lists in
    `exclude_chats` (not ready under the rate limits) are skipped, so a long queue for one chat
    never fills a batch and blocks the others.

    On PostgreSQL, `FOR UPDATE SKIP LOCKED` lets several senders share the table without
    claiming the same row; SQLite serialises writers, so one process is assumed there.
    Commit right after: the rows stay locked until then.
    """
    due = _due(now, lease)
    if one_per_chat:
        in_flight = select(OutboxMessage.chat_id).where(
            (OutboxMessage.status == OutboxStatus.SENDING.value) & (OutboxMessage.claimed_at > now - lease)
        )
        under_way = (OutboxMessage.status == OutboxStatus.SENDING.value) | (
            (OutboxMessage.status == OutboxStatus.PENDING.value) & OutboxMessage.last_error.is_not(None)
        )
        rank = (
            func.row_number()
            .over(partition_by=OutboxMessage.chat_id, order_by=OutboxMessage.id)
            .label("rank")
        )
        is_due = case((due, 1), else_=0).label("is_due")
        candidates = select(OutboxMessage.id, OutboxMessage.not_before, rank, is_due).where(
            OutboxMessage.status.in_([OutboxStatus.PENDING.value, OutboxStatus.SENDING.value]),
            or_(due, under_way),
            OutboxMessage.chat_id.not_in(in_flight),
        )
        if exclude_chats:
            candidates = candidates.where(OutboxMessage.chat_id.not_in(list(exclude_chats)))
        ranked = candidates.subquery()
        first = (
            select(ranked.c.id)
            .where(ranked.c.rank == 1, ranked.c.is_due == 1)
            .order_by(ranked.c.not_before, ranked.c.id)
            .limit(limit)
        )
        # `due` is repeated on the outer query: PostgreSQL re-checks it on rows another sender
        # changed meanwhile, so a row claimed elsewhere is never claimed twice.
        statement = (
            select(OutboxMessage)
            .where(OutboxMessage.id.in_(first))
            .where(due)
            .order_by(OutboxMessage.not_before, OutboxMessage.id)
        )
    else:
        statement = select(OutboxMessage).where(due).order_by(OutboxMessage.not_before, OutboxMessage.id)
        if exclude_chats:
            statement = statement.where(OutboxMessage.chat_id.not_in(list(exclude_chats)))
        statement = statement.limit(limit)
    if session.get_bind().dialect.name == "postgresql":
        statement = statement.with_for_update(skip_locked=True)
    rows = list((await session.scalars(statement)).all())
    for row in rows:
        row.status = OutboxStatus.SENDING.value
        row.claimed_at = now
        row.claimed_by = worker
    await session.flush()
    return rows


async def mark_sent(session: AsyncSession, outbox_id: int, *, now: datetime, message_id: int | None) -> None:
    await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == outbox_id)
        .values(status=OutboxStatus.SENT.value, sent_at=now, telegram_message_id=message_id, last_error=None)
    )


async def reschedule(
    session: AsyncSession, outbox_id: int, *, not_before: datetime, error: str, count_attempt: bool
) -> None:
    """Put a row back in the queue: after a 429 (not counted) or a transient error (counted)."""
    values: dict[str, Any] = {
        "status": OutboxStatus.PENDING.value,
        "not_before": not_before,
        "last_error": error[:2000],
        "claimed_at": None,
        "claimed_by": None,
    }
    if count_attempt:
        values["attempts"] = OutboxMessage.attempts + 1
    await session.execute(update(OutboxMessage).where(OutboxMessage.id == outbox_id).values(**values))


async def mark_failed(session: AsyncSession, outbox_id: int, *, status: OutboxStatus, error: str) -> None:
    """Finish a row that will never be delivered: BLOCKED (Forbidden) or DEAD (BadRequest, retries spent)."""
    await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == outbox_id)
        .values(status=status.value, last_error=error[:2000], attempts=OutboxMessage.attempts + 1)
    )


async def move_chat(session: AsyncSession, old_chat_id: int, new_chat_id: int) -> None:
    """A group became a supergroup (ChatMigrated): undelivered rows follow it."""
    await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.chat_id == old_chat_id)
        .where(OutboxMessage.status.in_([OutboxStatus.PENDING.value, OutboxStatus.SENDING.value]))
        .values(chat_id=new_chat_id)
    )


async def release(session: AsyncSession, outbox_id: int, *, now: datetime) -> None:
    """Hand a claimed row back untouched (the sender is stopping): not an attempt."""
    await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == outbox_id)
        .where(OutboxMessage.status == OutboxStatus.SENDING.value)
        .values(status=OutboxStatus.PENDING.value, not_before=now, claimed_at=None, claimed_by=None)
    )


async def save_payload(session: AsyncSession, outbox_id: int, payload: dict[str, Any]) -> None:
    """Record progress inside the payload (parts of a long message already delivered)."""
    await session.execute(update(OutboxMessage).where(OutboxMessage.id == outbox_id).values(payload=payload))


async def mark_chat_blocked(session: AsyncSession, chat_id: int, *, error: str) -> None:
    """Telegram answered Forbidden: the person blocked the bot, or the bot left / was removed from the group.

    The person (private chat id == Telegram user id) gets `blocked_bot`, the group `active=False`,
    and every undelivered row for that chat is finished as BLOCKED: each would fail the same way.
    Whoever handles the person's next /start (or the group's re-adding) resets the flag.
    """
    if chat_id < 0:
        await session.execute(update(ChatGroup).where(ChatGroup.chat_id == chat_id).values(active=False))
    else:
        await session.execute(
            update(Person).where(Person.telegram_user_id == chat_id).values(blocked_bot=True)
        )
    await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.chat_id == chat_id)
        .where(OutboxMessage.status.in_([OutboxStatus.PENDING.value, OutboxStatus.SENDING.value]))
        .values(status=OutboxStatus.BLOCKED.value, last_error=error[:2000], claimed_at=None, claimed_by=None)
    )


async def migrate_chat(session: AsyncSession, old_chat_id: int, new_chat_id: int) -> None:
    """ChatMigrated: the group lives on under a new id; its record and its undelivered rows follow."""
    taken = await session.scalar(select(ChatGroup.id).where(ChatGroup.chat_id == new_chat_id))
    if taken is None:
        await session.execute(
            update(ChatGroup).where(ChatGroup.chat_id == old_chat_id).values(chat_id=new_chat_id)
        )
    else:
        await session.execute(update(ChatGroup).where(ChatGroup.chat_id == old_chat_id).values(active=False))
    await move_chat(session, old_chat_id, new_chat_id)


async def delivery_counts(session: AsyncSession, broadcast_id: int) -> dict[OutboxStatus, int]:
    """How a broadcast fared: number of its outbox rows per status (missing statuses are 0)."""
    rows = await session.execute(
        select(OutboxMessage.status, func.count())
        .where(OutboxMessage.broadcast_id == broadcast_id)
        .group_by(OutboxMessage.status)
    )
    counts = {status: 0 for status in OutboxStatus}
    for status, count in rows.all():
        counts[OutboxStatus(status)] = int(count)
    return counts
