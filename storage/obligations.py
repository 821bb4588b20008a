"""Recurring obligations: the calendar, its occurrences, /tasks and /done.

The calendar (a YAML file, path in Settings.obligations_path; defaults shipped in
storage/calendar/obligations.yaml) lists what the campaign's documents ask to be done on a
schedule. `sync_calendar` keeps the `obligations` table in step with it; admins add, pause and
remove obligations on top. `materialise` turns every due date entering its reminder window into
one occurrence row per responsible person; storage.reminders reminds and escalates them.
"""

from __future__ import annotations

import calendar as _calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml
from apscheduler.triggers.cron import CronTrigger
from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from storage.clock import local_date
from storage.models import ROLE_LABELS, Person, Role, Unit
from storage.obligation_models import Obligation, ObligationOccurrence, ObligationOrigin, OccurrenceStatus
from storage.people import all_units, find_unit, managers_of_unit, unit_path, unit_subtree_ids

DEFAULT_CALENDAR = Path(__file__).parent / "calendar" / "obligations.yaml"
# how far back `materialise` looks for due dates missed while the bot was down or paused
MAX_CATCH_UP_DAYS = 62
NOTE_LIMIT = 1000  # characters of a /done note kept


class ObligationError(Exception):
    """A refusal or a bad definition, with a message that can be shown as it is (Chinese)."""


# ---------------------------------------------------------------- recurrence

WEEKDAYS = {
    "mon": 0,
    "tue": 1,
    "wed": 2,
    "thu": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
WEEKDAY_ZH = "一二三四五六日"
_ZH_WEEKDAY = {c: i for i, c in enumerate(WEEKDAY_ZH)} | {"天": 6}


@dataclass(frozen=True)
class Recurrence:
    """When an obligation falls due; each due date is a local date in the organisation's zone.

    Canonical specs (also accepted in Chinese, see `parse_recurrence`):
    `daily`, `weekly fri`, `monthly 20` (`monthly last`), `quarterly` (last day of Mar/Jun/Sep/Dec),
    `half-yearly` (30 Jun and 31 Dec), `yearly 12-01`, `once 2026-11-10`, `cron <5 fields>`
    (a standard crontab line; a date is due when the expression fires on that day).
    """

    kind: str
    day: int = 0  # weekly: weekday 0-6; monthly: 1-31, 0 = last day
    month: int = 0  # yearly
    on: date | None = None  # once
    cron: str = ""

    @property
    def spec(self) -> str:
        if self.kind == "weekly":
            return f"weekly {list(WEEKDAYS)[self.day]}"
        if self.kind == "monthly":
            return f"monthly {self.day or 'last'}"
        if self.kind == "yearly":
            return f"yearly {self.month:02d}-{self.day:02d}"
        if self.kind == "once":
            assert self.on is not None
            return f"once {self.on.isoformat()}"
        if self.kind == "cron":
            return f"cron {self.cron}"
        return self.kind

    def describe(self) -> str:
        """In Chinese, for people."""
        if self.kind == "daily":
            return "每天"
        if self.kind == "weekly":
            return f"每周{WEEKDAY_ZH[self.day]}"
        if self.kind == "monthly":
            return f"每月{self.day}日" if self.day else "每月最后一天"
        if self.kind == "quarterly":
            return "每季度末"
        if self.kind == "half-yearly":
            return "每半年（6月30日、12月31日）"
        if self.kind == "yearly":
            return f"每年{self.month}月{self.day}日"
        if self.kind == "once":
            assert self.on is not None
            return f"{self.on.year}年{self.on.month}月{self.on.day}日（一次性）"
        return f"按计划（cron：{self.cron}）"

    def matches(self, day: date) -> bool:
        if self.kind == "daily":
            return True
        if self.kind == "weekly":
            return day.weekday() == self.day
        last = _calendar.monthrange(day.year, day.month)[1]
        if self.kind == "monthly":
            return day.day == (min(self.day, last) if self.day else last)
        if self.kind == "quarterly":
            return day.month in (3, 6, 9, 12) and day.day == last
        if self.kind == "half-yearly":
            return day.month in (6, 12) and day.day == last
        if self.kind == "yearly":
            wanted = min(self.day, _calendar.monthrange(day.year, self.month)[1])
            return day.month == self.month and day.day == wanted
        if self.kind == "once":
            return day == self.on
        raise AssertionError(self.kind)

    def dates_between(self, start: date, end: date, zone: ZoneInfo) -> list[date]:
        """Due dates d with start <= d <= end."""
        if end < start:
            return []
        if self.kind == "once":
            assert self.on is not None
            return [self.on] if start <= self.on <= end else []
        if self.kind == "cron":
            trigger = CronTrigger.from_crontab(self.cron, timezone=zone)
            found: list[date] = []
            cursor = datetime.combine(start, time(0), zone)
            stop = datetime.combine(end + timedelta(days=1), time(0), zone)
            while True:
                fire = trigger.get_next_fire_time(None, cursor)
                if fire is None or fire >= stop:
                    return found
                day = fire.astimezone(zone).date()
                found.append(day)
                cursor = datetime.combine(day + timedelta(days=1), time(0), zone)
        out = []
        day = start
        while day <= end:
            if self.matches(day):
                out.append(day)
            day += timedelta(days=1)
        return out


_MD = re.compile(r"^(\d{1,2})[-/月.](\d{1,2})日?$")


def parse_recurrence(text: str) -> Recurrence:
    """Parse a recurrence: the canonical English spec or a few plain Chinese forms.

    每天 · 每周五 · 每月20日 · 每月最后一天 · 每季度 · 每半年 · 每年12月1日 · 2026-11-10 · cron 0 9 * * 1
    """
    raw = " ".join(str(text).strip().split())
    lowered = raw.lower()
    try:
        if lowered in ("daily", "每天", "每日"):
            return Recurrence("daily")
        if lowered in ("quarterly", "每季度", "每季", "每季度末"):
            return Recurrence("quarterly")
        if lowered in ("half-yearly", "halfyearly", "semiannual", "每半年"):
            return Recurrence("half-yearly")
        if lowered.startswith("cron "):
            expression = raw[5:].strip()
            CronTrigger.from_crontab(expression, timezone=UTC)
            return Recurrence("cron", cron=expression)
        if lowered.startswith("weekly"):
            arg = lowered[6:].strip() or "fri"
            day = WEEKDAYS[arg[:3]] if arg[:3] in WEEKDAYS else int(arg) - 1
            if not 0 <= day <= 6:
                raise ValueError
            return Recurrence("weekly", day=day)
        if raw.startswith(("每周", "每星期")):
            return Recurrence("weekly", day=_ZH_WEEKDAY[raw[-1]])
        if lowered.startswith("monthly"):
            arg = lowered[7:].strip() or "last"
            day = 0 if arg == "last" else int(arg)
            if not 0 <= day <= 31:
                raise ValueError
            return Recurrence("monthly", day=day)
        if raw.startswith("每月"):
            arg = raw[2:].rstrip("日号").strip()
            if arg in ("最后一天", "月底", "底"):
                return Recurrence("monthly", day=0)
            day = int(arg)
            if not 1 <= day <= 31:
                raise ValueError
            return Recurrence("monthly", day=day)
        if lowered.startswith("yearly") or raw.startswith("每年"):
            arg = raw[6:].strip() if lowered.startswith("yearly") else raw[2:].strip()
            match = _MD.match(arg)
            if match is None:
                raise ValueError
            month, day = int(match.group(1)), int(match.group(2))
            date(2024, month, day)  # validates (2024 is a leap year)
            return Recurrence("yearly", day=day, month=month)
        if lowered.startswith("once"):
            return Recurrence("once", on=date.fromisoformat(raw[4:].strip()))
        return Recurrence("once", on=date.fromisoformat(raw))
    except (ValueError, KeyError, IndexError) as error:
        raise ObligationError(
            f"无法识别的周期：{text}。可用：每天、每周五、每月20日、每季度、每半年、每年12月1日、"
            "2026-11-10，或 cron 表达式（如 cron 0 9 * * 1）"
        ) from error


# ---------------------------------------------------------------- owners

_ROLE_NAMES: dict[str, Role] = {r.value: r for r in Role} | {label: r for r, label in ROLE_LABELS.items()}
_ROLE_NAMES |= {"负责人": Role.MANAGER, "单位负责人": Role.MANAGER, "安全管理人员": Role.SAFETY_OFFICER}


def _is_role(text: str) -> bool:
    text = text.strip()
    return (text.lower() if text.isascii() else text) in _ROLE_NAMES


def parse_role(text: str) -> Role:
    try:
        return _ROLE_NAMES[text.strip().lower() if text.strip().isascii() else text.strip()]
    except KeyError as error:
        names = "、".join(ROLE_LABELS.values())
        raise ObligationError(f"无法识别的角色：{text}。可用：{names}") from error


@dataclass
class OwnerSpec:
    """Who owns an obligation: role (within `unit`'s subtree if given), `unit` alone (its managers),
    and/or named people (by name, @username or Telegram id)."""

    role: Role | None = None
    unit: str | None = None
    people: list[str] = field(default_factory=list)

    @classmethod
    def parse(cls, value: Any) -> OwnerSpec:
        """From YAML (a mapping or a role name) or the bot's one-line form `安全员@一车间, 张三`."""
        if isinstance(value, dict):
            role = parse_role(str(value["role"])) if value.get("role") else None
            people = value.get("people") or []
            if isinstance(people, str):
                people = [people]
            spec = cls(role=role, unit=value.get("unit"), people=[str(p) for p in people])
        else:
            spec = cls()
            for part in re.split(r"[,，、;；]", str(value)):
                part = part.strip()
                if not part:
                    continue
                if part.startswith("@"):
                    spec.people.append(part)
                    continue
                head, _, unit = part.partition("@")
                if _is_role(head):
                    spec.role = parse_role(head)
                    spec.unit = unit.strip() or spec.unit
                else:
                    spec.people.append(part)
        if spec.role is None and spec.unit is None and not spec.people:
            raise ObligationError("请指定负责人：角色（如 安全员）、单位或具体人员")
        return spec


async def _find_person(session: AsyncSession, ref: str) -> Person | None:
    ref = ref.strip()
    active = Person.active.is_(True)
    if ref.startswith("@"):
        return await session.scalar(
            select(Person).where(func.lower(Person.telegram_username) == ref[1:].lower(), active)
        )
    if ref.isdigit():
        return await session.scalar(select(Person).where(Person.telegram_user_id == int(ref), active))
    found = list((await session.scalars(select(Person).where(Person.name == ref, active))).all())
    return found[0] if len(found) == 1 else None


async def resolve_owner_spec(
    session: AsyncSession, spec: OwnerSpec
) -> tuple[str | None, int | None, list[int]]:
    """Check a spec against the organisation: (role, unit id, person ids) to store."""
    unit_id = None
    if spec.unit:
        unit = await find_unit(session, spec.unit)
        if unit is None:
            raise ObligationError(f"找不到单位：{spec.unit}")
        unit_id = unit.id
    person_ids = []
    for ref in spec.people:
        person = await _find_person(session, ref)
        if person is None:
            raise ObligationError(f"找不到人员：{ref}（同名时请用 @用户名）")
        person_ids.append(person.id)
    return (spec.role.value if spec.role else None, unit_id, person_ids)


async def responsible_people(session: AsyncSession, obligation: Obligation) -> list[Person]:
    """The registered people who must each do one occurrence."""
    found: dict[int, Person] = {}
    if obligation.owner_person_ids:
        for person in await session.scalars(
            select(Person).where(Person.id.in_(obligation.owner_person_ids), Person.active.is_(True))
        ):
            found[person.id] = person
    if obligation.owner_role is not None:
        statement = select(Person).where(
            Person.role == obligation.owner_role,
            Person.active.is_(True),
            Person.telegram_user_id.is_not(None),
        )
        if obligation.owner_unit_id is not None:
            statement = statement.where(
                Person.unit_id.in_(await unit_subtree_ids(session, obligation.owner_unit_id))
            )
        for person in await session.scalars(statement):
            found[person.id] = person
    elif obligation.owner_unit_id is not None:
        for person in await managers_of_unit(session, obligation.owner_unit_id):
            found[person.id] = person
    return sorted(found.values(), key=lambda p: p.id)


async def owner_text(session: AsyncSession, obligation: Obligation) -> str:
    parts = []
    if obligation.owner_role:
        label = ROLE_LABELS[Role(obligation.owner_role)]
        if obligation.owner_unit_id is not None:
            unit = await session.get(Unit, obligation.owner_unit_id)
            label = f"{unit.name if unit else '?'}的{label}"
        parts.append(label)
    elif obligation.owner_unit_id is not None:
        unit = await session.get(Unit, obligation.owner_unit_id)
        parts.append(f"{unit.name if unit else '?'}负责人")
    if obligation.owner_person_ids:
        names = await session.scalars(select(Person.name).where(Person.id.in_(obligation.owner_person_ids)))
        parts.extend(names)
    return "、".join(parts) or "未指定"


# ---------------------------------------------------------------- the calendar file


@dataclass
class CalendarEntry:
    key: str
    title: str
    owner: OwnerSpec
    recurrence: Recurrence
    remind_days_before: int = 3
    needs_evidence: bool = False
    active: bool = True
    description: str | None = None
    source: str | None = None


def load_calendar(path: Path | None) -> list[CalendarEntry]:
    """Read and check the calendar file; an error names the entry at fault."""
    path = path or DEFAULT_CALENDAR
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise ObligationError(f"无法读取任务日历 {path}：{error}") from error
    items = document.get("obligations", []) if isinstance(document, dict) else document
    if not isinstance(items, list):
        raise ObligationError(f"任务日历 {path} 格式错误：应有 obligations 列表")
    entries: list[CalendarEntry] = []
    seen: set[str] = set()
    for index, item in enumerate(items, start=1):
        label = item.get("key") if isinstance(item, dict) else None
        try:
            if not isinstance(item, dict):
                raise ObligationError("每一项应是一个映射")
            key = str(item["key"]).strip()
            if not re.fullmatch(r"[a-z0-9_.-]{1,60}", key):
                raise ObligationError("key 只能由小写字母、数字、_ . - 组成")
            if key in seen:
                raise ObligationError("key 重复")
            seen.add(key)
            ahead = int(item.get("remind_days_before", 3))
            if not 0 <= ahead <= 90:
                raise ObligationError("remind_days_before 应在 0–90 之间")
            entries.append(
                CalendarEntry(
                    key=key,
                    title=str(item["title"]).strip(),
                    owner=OwnerSpec.parse(item["owner"]),
                    recurrence=parse_recurrence(str(item["recurrence"])),
                    remind_days_before=ahead,
                    needs_evidence=bool(item.get("needs_evidence", False)),
                    active=bool(item.get("active", True)),
                    description=(str(item["description"]).strip() if item.get("description") else None),
                    source=(str(item["source"]).strip() if item.get("source") else None),
                )
            )
        except (KeyError, ObligationError) as error:
            what = f"缺少字段 {error}" if isinstance(error, KeyError) else str(error)
            raise ObligationError(f"任务日历第 {index} 项（{label or '?'}）：{what}") from error
    return entries


@dataclass
class SyncReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # owner could not be resolved


async def sync_calendar(
    session: AsyncSession, entries: Sequence[CalendarEntry], *, now: datetime, zone: ZoneInfo
) -> SyncReport:
    """Make calendar-origin obligations match the file.

    New entries are added (paused if the file says `active: false`); changed ones updated —
    but a pause or removal made by an admin stays; entries gone from the file are removed.
    """
    report = SyncReport()
    existing = {o.key: o for o in await session.scalars(select(Obligation))}
    today = local_date(now, zone)
    for entry in entries:
        try:
            role, unit_id, person_ids = await resolve_owner_spec(session, entry.owner)
        except ObligationError as error:
            report.skipped.append(f"{entry.key}: {error}")
            continue
        values = {
            "title": entry.title,
            "description": entry.description,
            "source": entry.source,
            "owner_role": role,
            "owner_unit_id": unit_id,
            "owner_person_ids": person_ids,
            "recurrence": entry.recurrence.spec,
            "remind_days_before": entry.remind_days_before,
            "needs_evidence": entry.needs_evidence,
        }
        current = existing.get(entry.key)
        if current is None:
            session.add(
                Obligation(
                    key=entry.key,
                    active=entry.active,
                    removed=False,
                    origin=ObligationOrigin.CALENDAR.value,
                    starts_on=today,
                    created_at=now,
                    updated_at=now,
                    **values,
                )
            )
            report.added.append(entry.key)
        elif current.origin == ObligationOrigin.CALENDAR.value and any(
            getattr(current, name) != value for name, value in values.items()
        ):
            for name, value in values.items():
                setattr(current, name, value)
            current.updated_at = now
            report.updated.append(entry.key)
    wanted = {e.key for e in entries}
    for key, obligation in existing.items():
        if (
            obligation.origin == ObligationOrigin.CALENDAR.value
            and key not in wanted
            and not obligation.removed
        ):
            obligation.removed = True
            obligation.updated_at = now
            report.removed.append(key)
    await session.flush()
    return report


# ---------------------------------------------------------------- occurrences


async def materialise(session: AsyncSession, *, now: datetime, zone: ZoneInfo) -> int:
    """Create the occurrences whose reminder window has opened; returns how many were new.

    Incremental: each obligation remembers the last date it was generated for, so a tick that
    finds nothing new costs one small query.
    """
    today = local_date(now, zone)
    obligations = list(
        await session.scalars(
            select(Obligation).where(Obligation.active.is_(True), Obligation.removed.is_(False))
        )
    )
    created = 0
    for obligation in obligations:
        horizon = today + timedelta(days=obligation.remind_days_before)
        if obligation.generated_through is not None and obligation.generated_through >= horizon:
            continue
        start = max(obligation.starts_on, today - timedelta(days=MAX_CATCH_UP_DAYS))
        if obligation.generated_through is not None:
            start = max(start, obligation.generated_through + timedelta(days=1))
        dates = parse_recurrence(obligation.recurrence).dates_between(start, horizon, zone)
        if dates:
            people = await responsible_people(session, obligation)
            rows = [
                {
                    "obligation_id": obligation.id,
                    "assignee_id": person.id,
                    "unit_id": person.unit_id,
                    "due_date": due,
                    "remind_from": due - timedelta(days=obligation.remind_days_before),
                    "status": OccurrenceStatus.OPEN.value,
                    "created_at": now,
                    "updated_at": now,
                }
                for due in dates
                for person in people
            ]
            created += await _insert_occurrences(session, rows)
        obligation.generated_through = horizon
    await session.flush()
    return created


async def _insert_occurrences(session: AsyncSession, rows: list[dict[str, Any]]) -> int:
    if not rows:
        return 0
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    total = 0
    for start in range(0, len(rows), 500):
        statement = (
            insert(ObligationOccurrence)
            .values(rows[start : start + 500])
            .on_conflict_do_nothing(index_elements=["obligation_id", "assignee_id", "due_date"])
        )
        result = await session.execute(statement)
        total += max(0, result.rowcount or 0)  # type: ignore[attr-defined]
    return total


@dataclass
class TaskLine:
    occurrence: ObligationOccurrence
    obligation: Obligation
    assignee_name: str = ""


async def open_tasks(
    session: AsyncSession, *, person_id: int | None = None, unit_ids: Iterable[int] | None = None, today: date
) -> list[TaskLine]:
    """Open occurrences (of live obligations) whose reminder window has opened, most urgent first."""
    statement = (
        select(ObligationOccurrence, Obligation, Person.name)
        .join(Obligation, Obligation.id == ObligationOccurrence.obligation_id)
        .join(Person, Person.id == ObligationOccurrence.assignee_id)
        .where(
            ObligationOccurrence.status == OccurrenceStatus.OPEN.value,
            ObligationOccurrence.remind_from <= today,
            Obligation.active.is_(True),
            Obligation.removed.is_(False),
        )
        .order_by(ObligationOccurrence.due_date, ObligationOccurrence.id)
    )
    if person_id is not None:
        statement = statement.where(ObligationOccurrence.assignee_id == person_id)
    if unit_ids is not None:
        statement = statement.where(ObligationOccurrence.unit_id.in_(list(unit_ids)))
    rows = (await session.execute(statement)).all()
    return [TaskLine(occurrence, obligation, name) for occurrence, obligation, name in rows]


def due_text(due: date, today: date) -> str:
    days = (due - today).days
    if days > 0:
        return f"{due.month}月{due.day}日前（剩 {days} 天）"
    if days == 0:
        return f"{due.month}月{due.day}日（今天截止）"
    return f"{due.month}月{due.day}日（已逾期 {-days} 天）"


def task_line(line: TaskLine, today: date, *, with_owner: bool = False) -> str:
    evidence = "（需佐证）" if line.obligation.needs_evidence else ""
    owner = f" ｜ {line.assignee_name}" if with_owner else ""
    return f"{line.obligation.title}{evidence} ｜ 截止 {due_text(line.occurrence.due_date, today)}{owner}"


@dataclass(frozen=True)
class Evidence:
    kind: str  # photo | document
    file_id: str
    name: str | None = None
    path: str | None = None  # our stored copy, relative to the data directory (storage.evidence)
    sha256: str | None = None


async def complete_occurrence(
    session: AsyncSession,
    *,
    occurrence_id: int,
    person: Person,
    now: datetime,
    evidence: Evidence | None = None,
    note: str | None = None,
) -> TaskLine:
    """Mark one's own occurrence done (evidence required when the obligation says so)."""
    statement = select(ObligationOccurrence).where(ObligationOccurrence.id == occurrence_id)
    if session.get_bind().dialect.name == "postgresql":
        statement = statement.with_for_update()
    occurrence = await session.scalar(statement)
    if occurrence is None:
        raise ObligationError("找不到该任务")
    if occurrence.assignee_id != person.id:
        raise ObligationError("这不是您的任务")
    obligation = await session.get(Obligation, occurrence.obligation_id)
    assert obligation is not None
    if occurrence.status != OccurrenceStatus.OPEN.value:
        raise ObligationError("该任务已经完成了")
    if obligation.needs_evidence and evidence is None:
        raise ObligationError("该任务需要上传照片或文件作为佐证")
    occurrence.status = OccurrenceStatus.DONE.value
    occurrence.done_at = now
    occurrence.done_by_id = person.id
    occurrence.note = (note or "").strip()[:NOTE_LIMIT] or None
    occurrence.updated_at = now
    if evidence is not None:
        occurrence.evidence_kind = evidence.kind
        occurrence.evidence_file_id = evidence.file_id
        occurrence.evidence_name = evidence.name
        occurrence.evidence_path = evidence.path
        occurrence.evidence_sha256 = evidence.sha256
    await session.flush()
    return TaskLine(occurrence, obligation, person.name)


async def occurrence_for(session: AsyncSession, occurrence_id: int) -> TaskLine | None:
    row = (
        await session.execute(
            select(ObligationOccurrence, Obligation, Person.name)
            .join(Obligation, Obligation.id == ObligationOccurrence.obligation_id)
            .join(Person, Person.id == ObligationOccurrence.assignee_id)
            .where(ObligationOccurrence.id == occurrence_id)
        )
    ).first()
    return TaskLine(row[0], row[1], row[2]) if row else None


# ---------------------------------------------------------------- administration


async def add_obligation(
    session: AsyncSession,
    *,
    title: str,
    recurrence: str,
    owner: OwnerSpec,
    now: datetime,
    zone: ZoneInfo,
    remind_days_before: int = 3,
    needs_evidence: bool = False,
    created_by: Person | None = None,
    key: str | None = None,
    source: str | None = None,
) -> Obligation:
    title = " ".join(title.split())
    if not 1 <= len(title) <= 200:
        raise ObligationError("任务名称应为 1–200 个字")
    if not 0 <= remind_days_before <= 90:
        raise ObligationError("提前提醒天数应在 0–90 之间")
    parsed = parse_recurrence(recurrence)
    role, unit_id, person_ids = await resolve_owner_spec(session, owner)
    if key is None:
        next_id = (await session.scalar(select(func.max(Obligation.id)))) or 0
        key = f"admin-{next_id + 1}"
    elif await session.scalar(select(Obligation.id).where(Obligation.key == key)) is not None:
        raise ObligationError(f"编号 {key} 已被使用")
    obligation = Obligation(
        key=key,
        title=title,
        source=source,
        owner_role=role,
        owner_unit_id=unit_id,
        owner_person_ids=person_ids,
        recurrence=parsed.spec,
        remind_days_before=remind_days_before,
        needs_evidence=needs_evidence,
        active=True,
        removed=False,
        origin=ObligationOrigin.ADMIN.value,
        starts_on=local_date(now, zone),
        created_by_id=created_by.id if created_by else None,
        created_at=now,
        updated_at=now,
    )
    session.add(obligation)
    await session.flush()
    return obligation


async def find_obligation(session: AsyncSession, ref: str | int) -> Obligation:
    """By id or key; removed obligations are not found."""
    text = str(ref).strip().lstrip("#")
    condition = Obligation.id == int(text) if text.isdigit() else Obligation.key == text
    obligation = await session.scalar(select(Obligation).where(condition, Obligation.removed.is_(False)))
    if obligation is None:
        raise ObligationError(f"找不到任务：{ref}")
    return obligation


async def set_active(
    session: AsyncSession, ref: str | int, *, active: bool, now: datetime, zone: ZoneInfo
) -> Obligation:
    """Pause or resume. A resumed obligation does not catch up on what fell due while paused."""
    obligation = await find_obligation(session, ref)
    obligation.active = active
    obligation.updated_at = now
    if active:
        yesterday = local_date(now, zone) - timedelta(days=1)
        if obligation.generated_through is None or obligation.generated_through < yesterday:
            obligation.generated_through = yesterday
    await session.flush()
    return obligation


async def remove_obligation(session: AsyncSession, ref: str | int, *, now: datetime) -> Obligation:
    """Remove (kept for the record, its open occurrences closed to reminders and /tasks)."""
    obligation = await find_obligation(session, ref)
    obligation.removed = True
    obligation.active = False
    obligation.updated_at = now
    await session.flush()
    return obligation


async def list_obligations(session: AsyncSession, *, include_removed: bool = False) -> list[Obligation]:
    statement = select(Obligation).order_by(Obligation.id)
    if not include_removed:
        statement = statement.where(Obligation.removed.is_(False))
    return list(await session.scalars(statement))


async def obligation_line(session: AsyncSession, obligation: Obligation) -> str:
    state = "" if obligation.active else "（已暂停）"
    if obligation.removed:
        state = "（已删除）"
    evidence = " ｜ 需佐证" if obligation.needs_evidence else ""
    days = obligation.remind_days_before
    remind = f"提前 {days} 天提醒" if days else "当天提醒"
    return (
        f"#{obligation.id} {obligation.title}{state} ｜ {parse_recurrence(obligation.recurrence).describe()}"
        f" ｜ 负责：{await owner_text(session, obligation)} ｜ {remind}{evidence}"
    )


async def unit_names(session: AsyncSession) -> dict[int, str]:
    units = await all_units(session)
    return {u.id: unit_path(units, u) for u in units}
