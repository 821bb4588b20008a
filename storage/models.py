"""The ledger's tables. Alembic migrations under storage/migrations own the schema."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from storage import pinyin
from storage.base import Base


class Role(StrEnum):
    WORKER = "worker"
    MANAGER = "manager"
    SAFETY_OFFICER = "safety_officer"
    PRINCIPAL = "principal"
    ADMIN = "admin"


ROLE_LABELS: dict[Role, str] = {
    Role.WORKER: "职工",
    Role.MANAGER: "部门负责人",
    Role.SAFETY_OFFICER: "安全员",
    Role.PRINCIPAL: "主要负责人",
    Role.ADMIN: "管理员",
}


class HazardStatus(StrEnum):
    REPORTED = "reported"  # 待研判: waiting for triage
    ASSIGNED = "assigned"  # 整改中: owner and deadline set
    RECTIFIED = "rectified"  # 待验收: owner submitted the rectification
    CLOSED = "closed"  # 已销号
    INVALID = "invalid"  # 无效举报
    DUPLICATE = "duplicate"  # 重复


HAZARD_STATUS_LABELS: dict[HazardStatus, str] = {
    HazardStatus.REPORTED: "待研判",
    HazardStatus.ASSIGNED: "整改中",
    HazardStatus.RECTIFIED: "待验收",
    HazardStatus.CLOSED: "已销号",
    HazardStatus.INVALID: "无效",
    HazardStatus.DUPLICATE: "重复",
}

OPEN_HAZARD_STATUSES = (HazardStatus.REPORTED, HazardStatus.ASSIGNED, HazardStatus.RECTIFIED)


class HazardLevel(StrEnum):
    GENERAL = "general"
    MAJOR = "major"


HAZARD_LEVEL_LABELS: dict[HazardLevel, str] = {HazardLevel.GENERAL: "一般隐患", HazardLevel.MAJOR: "重大隐患"}


class HazardSource(StrEnum):
    SELF_CHECK = "self_check"
    INSPECTION = "inspection"
    REPORT = "report"


HAZARD_SOURCE_LABELS: dict[HazardSource, str] = {
    HazardSource.SELF_CHECK: "企业自查",
    HazardSource.INSPECTION: "督导检查",
    HazardSource.REPORT: "职工/群众举报",
}


class HazardCategory(StrEnum):
    FIRE = "fire"
    ELECTRICAL = "electrical"
    HOT_WORK = "hot_work"
    WORK_AT_HEIGHT = "work_at_height"
    CONFINED_SPACE = "confined_space"
    LIFTING = "lifting"
    MACHINERY = "machinery"
    HAZARDOUS_CHEMICALS = "hazardous_chemicals"
    GAS = "gas"
    CONSTRUCTION = "construction"
    TRAFFIC = "traffic"
    OTHER = "other"


HAZARD_CATEGORY_LABELS: dict[HazardCategory, str] = {
    HazardCategory.FIRE: "消防",
    HazardCategory.ELECTRICAL: "用电",
    HazardCategory.HOT_WORK: "动火作业",
    HazardCategory.WORK_AT_HEIGHT: "高处作业",
    HazardCategory.CONFINED_SPACE: "有限空间",
    HazardCategory.LIFTING: "起重吊装",
    HazardCategory.MACHINERY: "机械设备",
    HazardCategory.HAZARDOUS_CHEMICALS: "危险化学品",
    HazardCategory.GAS: "燃气",
    HazardCategory.CONSTRUCTION: "建筑施工",
    HazardCategory.TRAFFIC: "交通运输",
    HazardCategory.OTHER: "其他",
}


class PhotoKind(StrEnum):
    BEFORE = "before"  # taken by the reporter
    AFTER = "after"  # taken by the owner after rectification


class ExtensionStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REFUSED = "refused"
    # withdrawn undecided: the hazard changed owner, so the request of the previous one lapsed
    SUPERSEDED = "superseded"


class OutboxStatus(StrEnum):
    PENDING = "pending"
    SENDING = "sending"  # claimed by a sender; reclaimed after a lease if the sender died
    SENT = "sent"
    BLOCKED = "blocked"  # recipient blocked the bot or the group is gone
    DEAD = "dead"  # permanent error (BadRequest) or too many attempts


class JoinRequestStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


def _now_default() -> datetime:
    from storage.clock import utcnow

    return utcnow()


class Unit(Base):
    """A node of the organisation tree: organisation → units → teams."""

    __tablename__ = "units"
    __table_args__ = (UniqueConstraint("parent_id", "name", name="uq_units_parent_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=_now_default)

    parent: Mapped[Unit | None] = relationship(remote_side=[id], lazy="raise")


def _name_sort_default(context: DefaultExecutionContext) -> str:
    return pinyin.sort_key(context.get_current_parameters().get("name") or "")


def _name_pinyin_default(context: DefaultExecutionContext) -> str:
    return pinyin.search_text(context.get_current_parameters().get("name") or "")


class Person(Base):
    """Someone in the organisation; telegram_user_id is set once they have /start-ed.

    `name_sort` and `name_pinyin` (storage/pinyin.py) go with the name: set whenever the name is,
    and by a plain INSERT that names no value for them."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    name_sort: Mapped[str] = mapped_column(Text, default=_name_sort_default, server_default="")
    name_pinyin: Mapped[str] = mapped_column(Text, default=_name_pinyin_default, server_default="")
    phone: Mapped[str | None] = mapped_column(String(40))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    role: Mapped[str] = mapped_column(String(20), default=Role.WORKER.value)
    telegram_user_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    telegram_username: Mapped[str | None] = mapped_column(String(64), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # set by the outbox sender when Telegram answers Forbidden (the person blocked the bot)
    blocked_bot: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=_now_default)
    registered_at: Mapped[datetime | None] = mapped_column()

    unit: Mapped[Unit | None] = relationship(lazy="raise")

    @validates("name")
    def _name_in_pinyin(self, _key: str, name: str) -> str:
        self.name_sort = pinyin.sort_key(name)
        self.name_pinyin = pinyin.search_text(name)
        return name


class Invite(Base):
    __tablename__ = "invites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    role: Mapped[str] = mapped_column(String(20))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    expires_at: Mapped[datetime] = mapped_column()
    max_uses: Mapped[int | None] = mapped_column(Integer)  # None: unlimited
    uses: Mapped[int] = mapped_column(Integer, default=0)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=_now_default)


class JoinRequest(Base):
    __tablename__ = "join_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    telegram_user_id: Mapped[int] = mapped_column(BigInteger, index=True)
    telegram_username: Mapped[str | None] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(100))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    status: Mapped[str] = mapped_column(String(20), default=JoinRequestStatus.PENDING.value)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    decided_at: Mapped[datetime | None] = mapped_column()
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[datetime] = mapped_column(default=_now_default)


class Hazard(Base):
    """One entry of the hazard ledger (隐患台账), whatever channel it came from."""

    __tablename__ = "hazards"
    __table_args__ = (
        Index("ix_hazards_status_deadline", "status", "deadline"),
        Index("ix_hazards_unit_status", "unit_id", "status"),
        Index("ix_hazards_level_status", "level", "status"),
        Index("ix_hazards_owner_status", "owner_id", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str | None] = mapped_column(String(20), unique=True)  # YH-2026-000123
    status: Mapped[str] = mapped_column(String(20), default=HazardStatus.REPORTED.value, index=True)
    level: Mapped[str | None] = mapped_column(String(10))
    source: Mapped[str] = mapped_column(String(20), default=HazardSource.REPORT.value)
    category: Mapped[str] = mapped_column(String(30), default=HazardCategory.OTHER.value)
    description: Mapped[str] = mapped_column(Text)
    location_text: Mapped[str | None] = mapped_column(String(200))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    reporter_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    verifier_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    deadline: Mapped[date | None] = mapped_column(Date)  # local date in the organisation's zone
    # 五落实: owner and deadline above, plus these three
    measures: Mapped[str | None] = mapped_column(Text)
    funds: Mapped[str | None] = mapped_column(String(100))
    contingency_plan: Mapped[str | None] = mapped_column(Text)
    supervised: Mapped[bool] = mapped_column(Boolean, default=False)  # 挂牌督办
    supervisor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    supervisor_name: Mapped[str | None] = mapped_column(String(100))
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("hazards.id"))
    extension_count: Mapped[int] = mapped_column(Integer, default=0)
    rectification_note: Mapped[str | None] = mapped_column(Text)
    rectified_at: Mapped[datetime | None] = mapped_column()
    closed_at: Mapped[datetime | None] = mapped_column()
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[datetime] = mapped_column(default=_now_default, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=_now_default)

    photos: Mapped[list[HazardPhoto]] = relationship(
        back_populates="hazard", lazy="raise", order_by="HazardPhoto.id"
    )
    events: Mapped[list[HazardEvent]] = relationship(
        back_populates="hazard", lazy="raise", order_by="HazardEvent.id"
    )


class HazardPhoto(Base):
    __tablename__ = "hazard_photos"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hazard_id: Mapped[int] = mapped_column(ForeignKey("hazards.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10), default=PhotoKind.BEFORE.value)
    file_id: Mapped[str] = mapped_column(String(255))
    file_unique_id: Mapped[str] = mapped_column(String(64), index=True)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)  # duplicate photo detection
    path: Mapped[str | None] = mapped_column(String(255))  # relative to the data directory
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    size: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=_now_default)

    hazard: Mapped[Hazard] = relationship(back_populates="photos", lazy="raise")


class HazardEvent(Base):
    """The audit trail: one row per transition or notable action on a hazard."""

    __tablename__ = "hazard_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hazard_id: Mapped[int] = mapped_column(ForeignKey("hazards.id"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    action: Mapped[str] = mapped_column(String(30))
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=_now_default)

    hazard: Mapped[Hazard] = relationship(back_populates="events", lazy="raise")


class ExtensionRequest(Base):
    __tablename__ = "extension_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hazard_id: Mapped[int] = mapped_column(ForeignKey("hazards.id"), index=True)
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    new_deadline: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default=ExtensionStatus.PENDING.value)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    decided_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=_now_default)
    # the people asked to decide it, when it was filed (NULL: filed before they were kept)
    asked_ids: Mapped[list[int] | None] = mapped_column(JSON)


class PointAward(Base):
    __tablename__ = "point_awards"
    __table_args__ = (UniqueConstraint("hazard_id", "person_id", name="uq_point_awards_hazard_person"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    hazard_id: Mapped[int | None] = mapped_column(ForeignKey("hazards.id"))
    points: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=_now_default)


class ReportDraft(Base):
    """A half-finished hazard report, kept in the database so it survives a restart."""

    __tablename__ = "report_drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    telegram_user_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    step: Mapped[str] = mapped_column(String(30))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=_now_default)
    updated_at: Mapped[datetime] = mapped_column(default=_now_default)


class ChatGroup(Base):
    """A Telegram group the bot was added to; it receives publicity once linked to a unit."""

    __tablename__ = "chat_groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    title: Mapped[str] = mapped_column(String(255), default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    linked_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[datetime] = mapped_column(default=_now_default)


class OutboxMessage(Base):
    """A message waiting to be sent (transactional outbox, see DESIGN.md "Notify")."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_status_not_before", "status", "not_before"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    kind: Mapped[str] = mapped_column(String(40), default="notice")
    # {"method": "message"|"photo"|"document", "text"|"caption", "photo"|"document",
    #  "buttons": [[{"text", "data"|"url"}]], "parse_mode"}
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    dedup_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    status: Mapped[str] = mapped_column(String(20), default=OutboxStatus.PENDING.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    not_before: Mapped[datetime] = mapped_column(default=_now_default)
    claimed_at: Mapped[datetime | None] = mapped_column()
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    sent_at: Mapped[datetime | None] = mapped_column()
    telegram_message_id: Mapped[int | None] = mapped_column(BigInteger)
    last_error: Mapped[str | None] = mapped_column(Text)
    broadcast_id: Mapped[int | None] = mapped_column(Integer, index=True)
    created_at: Mapped[datetime] = mapped_column(default=_now_default)
