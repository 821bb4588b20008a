"""Tables of recurring obligations and of the reminder sweep (issue 5).

An Obligation is a line of the calendar (YAML or added by an admin); each of its due dates
becomes one ObligationOccurrence per responsible person. ReminderLog holds one row per reminder
item ever sent (unique key), so a restarted or second sweeper never sends an item twice;
ReminderSweepState is the single row a sweeper locks to do its work.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base


class OccurrenceStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


class ObligationOrigin(StrEnum):
    CALENDAR = "calendar"  # from the YAML calendar file, kept in step with it by `sync`
    ADMIN = "admin"  # added in the bot or with `safebot tasks add`


class Obligation(Base):
    __tablename__ = "obligations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)  # citation of the document that asks for it
    # who owns it: a role (optionally within a unit's subtree), a unit (its managers), named people
    owner_role: Mapped[str | None] = mapped_column(String(20))
    owner_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    owner_person_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    recurrence: Mapped[str] = mapped_column(String(100))  # see storage.obligations.Recurrence
    remind_days_before: Mapped[int] = mapped_column(Integer, default=3)
    needs_evidence: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # False: paused
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    origin: Mapped[str] = mapped_column(String(20), default=ObligationOrigin.ADMIN.value)
    starts_on: Mapped[date] = mapped_column(Date)  # no occurrence is due before this local date
    generated_through: Mapped[date | None] = mapped_column(Date)  # occurrences exist up to here
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[datetime] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column()


class ObligationOccurrence(Base):
    """One due date of an obligation for one responsible person."""

    __tablename__ = "obligation_occurrences"
    __table_args__ = (
        UniqueConstraint("obligation_id", "assignee_id", "due_date", name="uq_obligation_occurrences_due"),
        Index("ix_obligation_occurrences_status_remind", "status", "remind_from"),
        Index("ix_obligation_occurrences_assignee_status", "assignee_id", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    obligation_id: Mapped[int] = mapped_column(ForeignKey("obligations.id"), index=True)
    assignee_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))  # the assignee's, for escalation
    due_date: Mapped[date] = mapped_column(Date)  # local date in the organisation's zone
    remind_from: Mapped[date] = mapped_column(Date)  # due_date - remind_days_before
    status: Mapped[str] = mapped_column(String(10), default=OccurrenceStatus.OPEN.value)
    done_at: Mapped[datetime | None] = mapped_column()
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    note: Mapped[str | None] = mapped_column(Text)
    evidence_kind: Mapped[str | None] = mapped_column(String(10))  # photo | document
    evidence_file_id: Mapped[str | None] = mapped_column(String(255))
    evidence_name: Mapped[str | None] = mapped_column(String(255))
    # our own copy under the data directory (content-addressed; images without EXIF): the file_id
    # alone is Telegram's, and a file_id is no proof once the file is gone from Telegram's servers
    evidence_path: Mapped[str | None] = mapped_column(String(255))
    evidence_sha256: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column(index=True)


class ReminderLog(Base):
    """One reminder item handed to the outbox: its unique key is the double-send guard."""

    __tablename__ = "reminder_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(160), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    outbox_key: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(index=True)


class ReminderSweepState(Base):
    """The sweeper's bookkeeping, one row; locked with SKIP LOCKED so one sweeper works at a time."""

    __tablename__ = "reminder_sweep_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_pass_date: Mapped[date | None] = mapped_column(Date)  # local date of the last full pass
    digest_date: Mapped[date | None] = mapped_column(Date)  # local date of the last digest
    last_started_at: Mapped[datetime | None] = mapped_column()
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON)
