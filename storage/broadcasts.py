"""Safety publicity broadcasts: audiences, delivery through the outbox, reports, read receipts.

A broadcast is one `broadcasts` row plus one outbox row per target chat (dedup key
`bc:<broadcast>:<chat>`), written in one transaction, so a crash either queues all of it or
nothing, and queueing twice never sends twice. The outbox sender delivers at Telegram's limits;
the publicity tick notices when every row of a broadcast is final and sends the author a report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import exists, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from storage import outbox
from storage.broadcast_models import (
    AudienceKind,
    Broadcast,
    BroadcastAck,
    BroadcastOrigin,
    BroadcastStatus,
)
from storage.groups import active_groups
from storage.models import ROLE_LABELS, OutboxMessage, OutboxStatus, Person, Role, Unit
from storage.outbox import Button, Message
from storage.people import BY_NAME, unit_path, unit_subtree_ids

ACK_PREFIX = "bc:ack:"
ACK_BUTTON = "✅ 已学习"
ACK_HINT = "请认真阅读，学习后点击下方“已学习”按钮确认。"
ACK_DONE = "✅ 您已确认学习，谢谢！"
OUTBOX_KIND = "broadcast"
REPORT_KIND = "broadcast_report"
_INSERT_CHUNK = 500
# a scheduled broadcast queued later than this after its time was missed during a downtime
CATCH_UP_AFTER = timedelta(minutes=10)


class BroadcastError(Exception):
    """A refusal that can be shown to the user as it is (Chinese)."""


# ---------------------------------------------------------------- what and to whom


@dataclass(frozen=True)
class Content:
    """What a broadcast says: a text, or a photo / document (a Telegram file_id) with a caption."""

    text: str | None = None
    photo: str | None = None
    document: str | None = None
    filename: str | None = None

    def __post_init__(self) -> None:
        if not (self.photo or self.document or (self.text and self.text.strip())):
            raise BroadcastError("群发内容不能为空")

    @property
    def kind_label(self) -> str:
        return "图片" if self.photo else "文件" if self.document else "文字"

    def as_json(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items() if v is not None}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Content:
        return cls(
            text=raw.get("text"),
            photo=raw.get("photo"),
            document=raw.get("document"),
            filename=raw.get("filename"),
        )

    def preview(self, limit: int = 40) -> str:
        text = " ".join((self.text or "").split())
        head = text[:limit] + ("…" if len(text) > limit else "")
        if self.photo or self.document:
            return f"[{self.kind_label}] {head}".strip()
        return head


@dataclass(frozen=True)
class Audience:
    kind: AudienceKind
    unit_ids: tuple[int, ...] = ()
    roles: tuple[Role, ...] = ()
    person_ids: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if self.kind == AudienceKind.UNIT_GROUPS and not self.unit_ids:
            raise BroadcastError("请至少选择一个单位")
        if self.kind == AudienceKind.ROLE_PEOPLE and not self.roles:
            raise BroadcastError("请至少选择一个角色")

    @property
    def to_groups(self) -> bool:
        return self.kind in (AudienceKind.ALL_GROUPS, AudienceKind.UNIT_GROUPS)

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind.value}
        if self.unit_ids:
            out["unit_ids"] = list(self.unit_ids)
        if self.roles:
            out["roles"] = [r.value for r in self.roles]
        if self.person_ids:
            out["person_ids"] = list(self.person_ids)
        return out

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Audience:
        return cls(
            kind=AudienceKind(raw["kind"]),
            unit_ids=tuple(int(u) for u in raw.get("unit_ids", [])),
            roles=tuple(Role(r) for r in raw.get("roles", [])),
            person_ids=tuple(int(p) for p in raw.get("person_ids", [])),
        )


def describe_audience(audience: Audience, units: Sequence[Unit]) -> str:
    """The audience in words, e.g. 「一车间、二车间」的群."""
    if audience.kind == AudienceKind.ALL_GROUPS:
        return "全部已关联的群"
    if audience.kind == AudienceKind.UNIT_GROUPS:
        by_id = {u.id: u for u in units}
        names = [unit_path(list(units), by_id[i]) if i in by_id else f"#{i}" for i in audience.unit_ids]
        return f"「{'、'.join(names)}」的群"
    if audience.kind == AudienceKind.ALL_PEOPLE:
        return "全体注册人员（私聊）"
    if audience.kind == AudienceKind.ROLE_PEOPLE:
        return "、".join(ROLE_LABELS[r] for r in audience.roles) + "（私聊）"
    return f"{len(audience.person_ids)} 名未确认人员（私聊）"


@dataclass(frozen=True)
class Recipient:
    chat_id: int
    person_id: int | None = None


async def _registered_people(session: AsyncSession, *conditions: Any) -> list[Person]:
    statement = (
        select(Person)
        .where(Person.active.is_(True), Person.telegram_user_id.is_not(None), *conditions)
        .order_by(Person.id)
    )
    return list((await session.scalars(statement)).all())


async def _units_below(session: AsyncSession, unit_ids: Sequence[int]) -> frozenset[int]:
    found: set[int] = set()
    for unit_id in unit_ids:
        found |= await unit_subtree_ids(session, unit_id)
    return frozenset(found)


def _people_filter(audience: Audience) -> list[Any]:
    """Which registered people a private audience addresses."""
    if audience.kind == AudienceKind.ROLE_PEOPLE:
        return [Person.role.in_([r.value for r in audience.roles])]
    if audience.kind == AudienceKind.PEOPLE:
        return [Person.id.in_(list(audience.person_ids))]
    return []


async def resolve_recipients(session: AsyncSession, audience: Audience) -> list[Recipient]:
    """The chats a broadcast to `audience` goes to now: linked active groups, or people privately.

    People who have blocked the bot are left out (a send would only fail again); see blocked_count.
    """
    if audience.kind == AudienceKind.ALL_GROUPS:
        return [Recipient(g.chat_id) for g in await active_groups(session)]
    if audience.kind == AudienceKind.UNIT_GROUPS:
        groups = await active_groups(session, await _units_below(session, audience.unit_ids))
        return [Recipient(g.chat_id) for g in groups]
    people = await _registered_people(session, Person.blocked_bot.is_(False), *_people_filter(audience))
    return [Recipient(int(p.telegram_user_id), p.id) for p in people if p.telegram_user_id is not None]


async def blocked_count(session: AsyncSession, audience: Audience) -> int:
    """How many people of a private audience are left out because they have blocked the bot."""
    if audience.to_groups:
        return 0  # a group that removed the bot is inactive, hence not in the audience at all
    statement = (
        select(func.count())
        .select_from(Person)
        .where(
            Person.active.is_(True),
            Person.telegram_user_id.is_not(None),
            Person.blocked_bot.is_(True),
            *_people_filter(audience),
        )
    )
    return int(await session.scalar(statement) or 0)


async def count_recipients(session: AsyncSession, audience: Audience) -> int:
    """The preview figure: how many chats would receive the broadcast if it went out now."""
    return len(await resolve_recipients(session, audience))


def blocked_note(excluded: int) -> str | None:
    """The line that says who was left out (preview, report, listing)."""
    return f"另有 {excluded} 人已屏蔽机器人，未发送" if excluded else None


async def _expected_confirmers(
    session: AsyncSession, audience: Audience, recipients: list[Recipient]
) -> list[int]:
    """Who should press 已学习: the people addressed, or the registered people of the groups' units."""
    if not audience.to_groups:
        return [r.person_id for r in recipients if r.person_id is not None]
    groups = await active_groups(session)
    chat_ids = {r.chat_id for r in recipients}
    units = await _units_below(
        session, sorted({g.unit_id for g in groups if g.chat_id in chat_ids and g.unit_id})
    )
    if not units:
        return []
    return [p.id for p in await _registered_people(session, Person.unit_id.in_(sorted(units)))]


# ---------------------------------------------------------------- creating and queueing


async def create_broadcast(
    session: AsyncSession,
    *,
    content: Content,
    audience: Audience,
    now: datetime,
    author_id: int | None = None,
    ask_ack: bool = False,
    scheduled_at: datetime | None = None,
    origin: BroadcastOrigin = BroadcastOrigin.MANUAL,
    title: str = "",
    dedup_key: str | None = None,
    parent_id: int | None = None,
    deliver_from: datetime | None = None,
) -> Broadcast | None:
    """Record a broadcast; deliver it now (queued in this transaction) or at `scheduled_at`.

    `deliver_from` (later than now): queued now, its outbox rows held until then (quiet hours).
    Returns None when `dedup_key` was used before (a calendar entry that already fired this year).
    """
    if dedup_key is not None:
        taken = await session.scalar(select(Broadcast.id).where(Broadcast.dedup_key == dedup_key))
        if taken is not None:
            return None
    when = scheduled_at if scheduled_at is not None and scheduled_at > now else now
    held_until = deliver_from if deliver_from is not None and deliver_from > now and when <= now else None
    broadcast = Broadcast(
        origin=origin.value,
        author_id=author_id,
        title=title[:200],
        content=content.as_json(),
        audience=audience.as_json(),
        ask_ack=ask_ack,
        parent_id=parent_id,
        status=BroadcastStatus.SCHEDULED.value,
        scheduled_at=held_until or when,  # when delivery starts
        dedup_key=dedup_key,
        recipients=0,
        expected=[],
        created_at=now,
    )
    if dedup_key is not None:
        # A second bot instance firing the same calendar entry at the same moment loses here.
        try:
            async with session.begin_nested():
                session.add(broadcast)
                await session.flush()
        except IntegrityError:
            return None
    else:
        session.add(broadcast)
        await session.flush()
    if when <= now:
        await enqueue_broadcast(session, broadcast, now=now, not_before=held_until)
    return broadcast


def ack_target(broadcast: Broadcast) -> int:
    """The broadcast whose confirmations a press counts for (a re-send counts for the original)."""
    return broadcast.parent_id or broadcast.id


def broadcast_message(broadcast: Broadcast) -> Message:
    """The outbox message of a broadcast: its content, a title line, the 已学习 button if asked."""
    content = Content.from_json(broadcast.content)
    lines = []
    if broadcast.title:
        lines.append(f"【{broadcast.title}】")
    if content.text:
        lines.append(content.text.strip())
    if broadcast.ask_ack:
        lines.append(ACK_HINT)
    text = "\n".join(lines) if content.photo or content.document else "\n\n".join(lines)
    buttons = [[Button(ACK_BUTTON, data=f"{ACK_PREFIX}{ack_target(broadcast)}")]] if broadcast.ask_ack else []
    return Message(
        text=text or None,
        photo=content.photo,
        document=content.document,
        filename=content.filename,
        buttons=buttons,
    )


def acknowledged_text(text: str) -> str:
    """A broadcast as its reader sees it once they confirmed in a private chat: the button is gone,
    so the line asking to press it says it was pressed."""
    if ACK_HINT in text:
        return text.replace(ACK_HINT, ACK_DONE)
    return f"{text}\n{ACK_DONE}" if text else ACK_DONE


async def enqueue_broadcast(
    session: AsyncSession, broadcast: Broadcast, *, now: datetime, not_before: datetime | None = None
) -> int:
    """Write one outbox row per recipient and mark the broadcast QUEUED. Returns the rows written.

    `not_before`: the rows wait until then (the sender leaves them alone; other chats go on).

    Only a SCHEDULED broadcast is queued (checked with a conditional UPDATE, so two ticks racing
    on PostgreSQL queue it once); the per-chat dedup keys make a repeat harmless anyway.
    """
    claimed = await session.execute(
        update(Broadcast)
        .where(Broadcast.id == broadcast.id, Broadcast.status == BroadcastStatus.SCHEDULED.value)
        .values(status=BroadcastStatus.QUEUED.value, queued_at=now)
        .execution_options(synchronize_session=False)
    )
    if not claimed.rowcount:  # type: ignore[attr-defined]
        return 0
    audience = Audience.from_json(broadcast.audience)
    recipients = await resolve_recipients(session, audience)
    payload = broadcast_message(broadcast).payload()
    rows = [
        {
            "chat_id": r.chat_id,
            "person_id": r.person_id,
            "kind": OUTBOX_KIND,
            "payload": payload,
            "dedup_key": f"bc:{broadcast.id}:{r.chat_id}",
            "status": OutboxStatus.PENDING.value,
            "attempts": 0,
            "not_before": not_before if not_before is not None and not_before > now else now,
            "broadcast_id": broadcast.id,
            "created_at": now,
        }
        for r in recipients
    ]
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    written = 0
    for start in range(0, len(rows), _INSERT_CHUNK):
        statement = insert(OutboxMessage).values(rows[start : start + _INSERT_CHUNK])
        result = await session.execute(statement.on_conflict_do_nothing(index_elements=["dedup_key"]))
        written += int(result.rowcount or 0)  # type: ignore[attr-defined]
    expected = await _expected_confirmers(session, audience, recipients) if broadcast.ask_ack else []
    excluded = await blocked_count(session, audience)
    await session.execute(
        update(Broadcast)
        .where(Broadcast.id == broadcast.id)
        .values(recipients=len(recipients), expected=expected, excluded_blocked=excluded)
        .execution_options(synchronize_session=False)
    )
    broadcast.status = BroadcastStatus.QUEUED.value
    broadcast.queued_at = now
    broadcast.recipients = len(recipients)
    broadcast.expected = expected
    broadcast.excluded_blocked = excluded
    return written


async def enqueue_due(
    session: AsyncSession, *, now: datetime, after_quiet: Callable[[datetime], datetime] | None = None
) -> list[int]:
    """Queue scheduled broadcasts whose time has come. Returns their ids.

    One whose time passed while the bot was down (more than CATCH_UP_AFTER ago) is a catch-up:
    with `after_quiet` (now → when quiet hours end, or now) it is held until quiet hours end
    instead of waking people at night. One on time goes at the time its author chose.
    """
    due = (
        await session.scalars(
            select(Broadcast)
            .where(Broadcast.status == BroadcastStatus.SCHEDULED.value, Broadcast.scheduled_at <= now)
            .order_by(Broadcast.scheduled_at, Broadcast.id)
        )
    ).all()
    queued = []
    for broadcast in due:
        late = now - broadcast.scheduled_at > CATCH_UP_AFTER
        held_until = after_quiet(now) if late and after_quiet is not None else None
        await enqueue_broadcast(session, broadcast, now=now, not_before=held_until)
        queued.append(broadcast.id)
    return queued


async def cancel_broadcast(session: AsyncSession, broadcast_id: int) -> bool:
    """Cancel a scheduled broadcast that has not gone out. True if it was cancelled."""
    result = await session.execute(
        update(Broadcast)
        .where(Broadcast.id == broadcast_id, Broadcast.status == BroadcastStatus.SCHEDULED.value)
        .values(status=BroadcastStatus.CANCELLED.value)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


# ---------------------------------------------------------------- delivery reports


@dataclass(frozen=True)
class Delivery:
    recipients: int
    sent: int
    failed: int
    blocked: int
    pending: int

    @property
    def done(self) -> bool:
        return self.pending == 0


async def delivery(session: AsyncSession, broadcast: Broadcast) -> Delivery:
    counts = await outbox.delivery_counts(session, broadcast.id)
    return Delivery(
        recipients=broadcast.recipients,
        sent=counts[OutboxStatus.SENT],
        failed=counts[OutboxStatus.DEAD],
        blocked=counts[OutboxStatus.BLOCKED],
        pending=counts[OutboxStatus.PENDING] + counts[OutboxStatus.SENDING],
    )


def report_text(broadcast: Broadcast, result: Delivery) -> str:
    head = f"群发 #{broadcast.id}「{Content.from_json(broadcast.content).preview(20) or broadcast.title}」发送完毕。"
    excluded = blocked_note(broadcast.excluded_blocked or 0)
    if result.recipients == 0:
        lines = [head, "没有符合条件的接收对象（群需先关联单位，人员需已注册）。"]
        return "\n".join([*lines, excluded] if excluded else lines)
    lines = [
        head,
        f"接收对象：{result.recipients}",
        f"已送达：{result.sent}",
        f"发送失败：{result.failed}",
        f"已屏蔽机器人/已移出群：{result.blocked}",
    ]
    if excluded:
        lines.append(excluded)
    if broadcast.ask_ack:
        lines.append("学习确认情况：发送 /broadcasts 查看。")
    return "\n".join(lines)


async def finish_completed(session: AsyncSession, *, now: datetime) -> list[int]:
    """Close queued broadcasts whose every outbox row is final and report to their authors."""
    unfinished = exists().where(
        OutboxMessage.broadcast_id == Broadcast.id,
        OutboxMessage.status.in_([OutboxStatus.PENDING.value, OutboxStatus.SENDING.value]),
    )
    candidates = (
        await session.scalars(
            select(Broadcast)
            .where(Broadcast.status == BroadcastStatus.QUEUED.value, ~unfinished)
            .order_by(Broadcast.id)
        )
    ).all()
    finished: list[int] = []
    for broadcast in candidates:
        closed = await session.execute(
            update(Broadcast)
            .where(Broadcast.id == broadcast.id, Broadcast.status == BroadcastStatus.QUEUED.value)
            .values(status=BroadcastStatus.DONE.value, completed_at=now)
            .execution_options(synchronize_session=False)
        )
        if not closed.rowcount:  # type: ignore[attr-defined]
            continue
        finished.append(broadcast.id)
        if broadcast.author_id is None:
            continue
        author = await session.get(Person, broadcast.author_id)
        if author is None or author.telegram_user_id is None:
            continue
        result = await delivery(session, broadcast)
        await outbox.enqueue(
            session,
            author.telegram_user_id,
            Message(text=report_text(broadcast, result)),
            now=now,
            kind=REPORT_KIND,
            person_id=author.id,
            dedup_key=f"bc-report:{broadcast.id}",
        )
    return finished


# ---------------------------------------------------------------- listing


@dataclass(frozen=True)
class BroadcastSummary:
    broadcast: Broadcast
    delivery: Delivery
    confirmed: int
    expected: int
    resends: int

    @property
    def status(self) -> BroadcastStatus:
        return BroadcastStatus(self.broadcast.status)


STATUS_LABELS: dict[BroadcastStatus, str] = {
    BroadcastStatus.SCHEDULED: "待发送",
    BroadcastStatus.QUEUED: "发送中",
    BroadcastStatus.DONE: "已完成",
    BroadcastStatus.CANCELLED: "已取消",
}

ORIGIN_LABELS: dict[BroadcastOrigin, str] = {
    BroadcastOrigin.MANUAL: "群发",
    BroadcastOrigin.CALENDAR: "宣传日历",
    BroadcastOrigin.TIP: "每周提示",
    BroadcastOrigin.RESEND: "补发",
}


async def _summary(session: AsyncSession, broadcast: Broadcast) -> BroadcastSummary:
    confirmed = await session.scalar(
        select(func.count()).select_from(BroadcastAck).where(BroadcastAck.broadcast_id == broadcast.id)
    )
    resends = await session.scalar(
        select(func.count()).select_from(Broadcast).where(Broadcast.parent_id == broadcast.id)
    )
    return BroadcastSummary(
        broadcast=broadcast,
        delivery=await delivery(session, broadcast),
        confirmed=int(confirmed or 0),
        expected=len(broadcast.expected or []),
        resends=int(resends or 0),
    )


async def list_broadcasts(
    session: AsyncSession, *, limit: int = 10, offset: int = 0
) -> list[BroadcastSummary]:
    """Past and scheduled broadcasts, newest first (re-sends are folded into their original)."""
    rows = (
        await session.scalars(
            select(Broadcast)
            .where(Broadcast.parent_id.is_(None))
            .order_by(Broadcast.created_at.desc(), Broadcast.id.desc())
            .limit(limit)
            .offset(offset)
        )
    ).all()
    return [await _summary(session, b) for b in rows]


LIST_PAGE_SIZE = 10


@dataclass(frozen=True)
class BroadcastPage:
    """One page of the broadcast list: `page` of `pages` (1-based), `total` broadcasts in all."""

    summaries: list[BroadcastSummary]
    page: int
    pages: int
    total: int


async def broadcasts_page(
    session: AsyncSession, page: int = 1, *, size: int = LIST_PAGE_SIZE
) -> BroadcastPage:
    """A page of past and scheduled broadcasts, newest first (re-sends fold into their original).

    A page out of range (a forged or garbled button) shows the nearest page there is.
    """
    total = int(
        await session.scalar(select(func.count()).select_from(Broadcast).where(Broadcast.parent_id.is_(None)))
        or 0
    )
    pages = max(1, -(-total // size))
    page = min(max(page, 1), pages)
    summaries = await list_broadcasts(session, limit=size, offset=(page - 1) * size)
    return BroadcastPage(summaries=summaries, page=page, pages=pages, total=total)


async def broadcast_summary(session: AsyncSession, broadcast_id: int) -> BroadcastSummary | None:
    broadcast = await session.get(Broadcast, broadcast_id)
    return None if broadcast is None else await _summary(session, broadcast)


# ---------------------------------------------------------------- read receipts


class AckResult(StrEnum):
    RECORDED = "recorded"
    ALREADY = "already"
    UNKNOWN = "unknown"  # no such broadcast, or it asked for no confirmation


async def acknowledge(
    session: AsyncSession, broadcast_id: int, *, telegram_user_id: int, name: str, chat_id: int, now: datetime
) -> AckResult:
    """Record that this Telegram user pressed 已学习 (once per broadcast, wherever they pressed it)."""
    broadcast = await session.get(Broadcast, broadcast_id)
    if broadcast is None or not broadcast.ask_ack:
        return AckResult.UNKNOWN
    target = ack_target(broadcast)
    person_id = await session.scalar(
        select(Person.id).where(Person.telegram_user_id == telegram_user_id, Person.active.is_(True))
    )
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = (
        insert(BroadcastAck)
        .values(
            broadcast_id=target,
            telegram_user_id=telegram_user_id,
            person_id=person_id,
            name=name[:200],
            chat_id=chat_id,
            created_at=now,
        )
        .on_conflict_do_nothing(index_elements=["broadcast_id", "telegram_user_id"])
    )
    result = await session.execute(statement)
    return AckResult.RECORDED if result.rowcount else AckResult.ALREADY  # type: ignore[attr-defined]


@dataclass
class AckStatus:
    confirmed: list[tuple[str, datetime]] = field(default_factory=list)  # (name, when)
    pending: list[Person] = field(default_factory=list)  # expected, not confirmed


async def ack_status(session: AsyncSession, broadcast_id: int) -> AckStatus:
    """Who has confirmed (registered or not) and which expected people have not."""
    broadcast = await session.get(Broadcast, broadcast_id)
    status = AckStatus()
    if broadcast is None:
        return status
    acks = (
        await session.scalars(
            select(BroadcastAck)
            .where(BroadcastAck.broadcast_id == broadcast.id)
            .order_by(BroadcastAck.created_at, BroadcastAck.id)
        )
    ).all()
    people = {
        p.id: p
        for p in (
            await session.scalars(
                select(Person).where(Person.id.in_([a.person_id for a in acks if a.person_id]))
            )
        ).all()
    }
    confirmed_people = set()
    confirmed_users = set()
    for ack in acks:
        person = people.get(ack.person_id) if ack.person_id else None
        status.confirmed.append((person.name if person else ack.name, ack.created_at))
        confirmed_users.add(ack.telegram_user_id)
        if ack.person_id:
            confirmed_people.add(ack.person_id)
    expected = list(broadcast.expected or [])
    if expected:
        candidates = (
            await session.scalars(select(Person).where(Person.id.in_(expected)).order_by(*BY_NAME))
        ).all()
        status.pending = [
            p
            for p in candidates
            if p.active and p.id not in confirmed_people and p.telegram_user_id not in confirmed_users
        ]
    return status


async def resend_to_unconfirmed(
    session: AsyncSession, broadcast_id: int, *, author_id: int | None, now: datetime
) -> Broadcast | None:
    """Send the broadcast again, privately, to the expected people who have not confirmed.

    Returns the re-send (queued now), or None when everyone has confirmed.
    """
    original = await session.get(Broadcast, broadcast_id)
    if original is None or not original.ask_ack:
        raise BroadcastError("这条群发不需要学习确认")
    if original.status in (BroadcastStatus.SCHEDULED.value, BroadcastStatus.CANCELLED.value):
        raise BroadcastError("这条群发还没有发出")
    pending = (await ack_status(session, broadcast_id)).pending
    if not pending:
        return None
    return await create_broadcast(
        session,
        content=Content.from_json(original.content),
        audience=Audience(AudienceKind.PEOPLE, person_ids=tuple(p.id for p in pending)),
        now=now,
        author_id=author_id,
        ask_ack=True,
        origin=BroadcastOrigin.RESEND,
        title=original.title or "学习提醒",
        parent_id=original.id,
    )
