"""Tables of safety publicity: broadcasts and their read receipts (学习确认)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base
from storage.models import _now_default


class BroadcastStatus(StrEnum):
    SCHEDULED = "scheduled"  # composed, waiting for its time (the publicity tick enqueues it)
    QUEUED = "queued"  # one outbox row per target chat written; the sender is delivering
    DONE = "done"  # every row final; the delivery report went out
    CANCELLED = "cancelled"


class BroadcastOrigin(StrEnum):
    MANUAL = "manual"  # /broadcast
    CALENDAR = "calendar"  # an entry of the campaign calendar on its date
    TIP = "tip"  # the weekly safety tip
    RESEND = "resend"  # re-sent to those who have not confirmed


class AudienceKind(StrEnum):
    ALL_GROUPS = "all_groups"
    UNIT_GROUPS = "unit_groups"  # groups linked to the chosen units (and the units below them)
    ALL_PEOPLE = "all_people"  # every registered person, privately
    ROLE_PEOPLE = "role_people"  # registered people with one of the chosen roles
    PEOPLE = "people"  # named people (a re-send)


class Broadcast(Base):
    """One publicity message to an audience; its deliveries are outbox rows with broadcast_id."""

    __tablename__ = "broadcasts"
    __table_args__ = (Index("ix_broadcasts_status_scheduled_at", "status", "scheduled_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    origin: Mapped[str] = mapped_column(String(20), default=BroadcastOrigin.MANUAL.value)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    title: Mapped[str] = mapped_column(String(200), default="")
    # storage.outbox.Message fields: {"text", "photo", "document", "filename"}
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    # {"kind": AudienceKind, "unit_ids": [...], "roles": [...], "person_ids": [...]}
    audience: Mapped[dict[str, Any]] = mapped_column(JSON)
    ask_ack: Mapped[bool] = mapped_column(Boolean, default=False)
    # A re-send counts its confirmations on the broadcast it repeats.
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("broadcasts.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default=BroadcastStatus.SCHEDULED.value)
    scheduled_at: Mapped[datetime] = mapped_column()
    # Calendar entries and weekly tips: "cal:<entry>:<year>", "tip:<iso week>" — fired once.
    dedup_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    recipients: Mapped[int] = mapped_column(Integer, default=0)
    # registered people of the audience left out because they have blocked the bot (Person.blocked_bot)
    excluded_blocked: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Person ids expected to confirm (学习确认), fixed when the broadcast is queued.
    expected: Mapped[list[int]] = mapped_column(JSON, default=list)
    queued_at: Mapped[datetime | None] = mapped_column()
    completed_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=_now_default)


class BroadcastAck(Base):
    """A press of 已学习: one per person (Telegram user) and broadcast, wherever they pressed it."""

    __tablename__ = "broadcast_acks"
    __table_args__ = (
        UniqueConstraint("broadcast_id", "telegram_user_id", name="uq_broadcast_acks_broadcast_user"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    broadcast_id: Mapped[int] = mapped_column(ForeignKey("broadcasts.id"), index=True)
    telegram_user_id: Mapped[int] = mapped_column(BigInteger)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    name: Mapped[str] = mapped_column(String(200), default="")  # display name for unregistered members
    chat_id: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(default=_now_default)
