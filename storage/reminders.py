"""Deadlines that remind and escalate (DESIGN.md "Remind"): hazards and obligation occurrences.

Two layers:

- `due_items(...)` is a pure function: given the instant, the policy and plain facts about open
  hazards, open occurrences and the organisation, it returns every reminder item that is due —
  each with a unique key naming item, recipient, kind and the local date it belongs to. During
  quiet hours nothing is due; when they end, what fell due meanwhile is due at once.
- `sweep(session, now=..., policy=...)` loads the facts, asks `due_items`, records the items in
  `reminder_log` (INSERT … ON CONFLICT DO NOTHING on the unique key: an item already recorded —
  by an earlier tick, a sweeper before a restart, or a concurrent sweeper — is dropped) and
  enqueues ONE merged outbox message per recipient for the fresh items.

Rules (days are local dates in the organisation's zone):

- Owner, before the deadline: on each of `days_before` (default 3, 1, 0 days before). After a
  stop, only the latest point that has passed is sent, with the days actually left; points dated
  before the hazard's last change are not caught up (the change itself notified the owner).
- Owner, overdue: once a day while the hazard stays overdue.
- Escalation (once per tier and deadline; the morning digest keeps it visible after that): the
  unit's manager (nearest unit up that has one) from the first overdue day; the safety officers
  and the principal from overdue day `escalate_after_days` (default 3), or from the first
  overdue day for a major or supervised hazard.
- Obligation occurrences: the same owner reminders, the first point being the obligation's own
  `remind_days_before`; a missed one escalates on its first overdue day to the manager and the
  safety officers. Once a newer occurrence of the same obligation is due, the older one stops
  nagging (it stays open and listed as missed).
- Digest at `digest_time` (default 08:30): managers get their unit subtree's overdue and
  due-soon hazards and obligations, safety officers the whole organisation's; nothing when empty.

Only REPORTED and ASSIGNED hazards with a deadline are reminded: a RECTIFIED one waits for the
verifier, not for its owner.

Concurrency: on PostgreSQL a sweeper first locks the single `reminder_sweep_state` row with
`FOR UPDATE SKIP LOCKED`; a second sweeper finding it locked skips the tick. The unique item
keys are the guarantee underneath: even without the lock no item is enqueued twice. SQLite
assumes one bot process (its writers are serialised anyway; the keys still hold).
"""

from __future__ import annotations

import asyncio
import gc
import hashlib
import heapq
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any, Protocol, TypeVarTuple, cast
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Integer,
    Row,
    Select,
    String,
    and_,
    any_,
    bindparam,
    func,
    literal,
    select,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from storage import hazard_cards as cards
from storage.clock import in_quiet_hours, local_date
from storage.models import (
    ExtensionRequest,
    Hazard,
    HazardLevel,
    HazardStatus,
    OutboxMessage,
    Person,
    Role,
    Unit,
)
from storage.obligation_models import (
    Obligation,
    ObligationOccurrence,
    OccurrenceStatus,
    ReminderLog,
    ReminderSweepState,
)
from storage.obligations import due_text, materialise
from storage.outbox import Button, Keyboard, Message, outbox_row
from storage.people import unit_path
from storage.permissions import ORGANISATION_WIDE, Actor

_Ts = TypeVarTuple("_Ts")

REMINDED_STATUSES = (HazardStatus.REPORTED.value, HazardStatus.ASSIGNED.value)
OUTBOX_KIND = "reminder"
STATE_ID = 1
# an incremental tick re-reads what changed since the previous tick started, minus this margin,
# so a change committed by a transaction that began before that tick is never missed
INCREMENTAL_MARGIN = timedelta(minutes=10)
MAX_LISTED = 15  # items listed in one merged message; the rest are counted
MAX_BUTTON_ROWS = 10
DIGEST_TOP = 8
DIGEST_CANDIDATES = DIGEST_TOP + MAX_LISTED  # see Digest.hazard_ids


# ---------------------------------------------------------------- policy


@dataclass(frozen=True)
class ReminderPolicy:
    zone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Asia/Shanghai"))
    days_before: tuple[int, ...] = (3, 1, 0)
    escalate_after_days: int = 3
    quiet_start: time | None = time(21, 0)
    quiet_end: time | None = time(8, 0)
    digest_time: time | None = time(8, 30)

    @classmethod
    def parse(
        cls,
        *,
        zone: ZoneInfo,
        days_before: str = "3,1,0",
        escalate_after_days: int = 3,
        quiet_hours: str = "21:00-08:00",
        digest_time: str = "08:30",
    ) -> ReminderPolicy:
        days = tuple(
            sorted({int(d) for d in days_before.replace("，", ",").split(",") if d.strip()}, reverse=True)
        )
        if any(d < 0 for d in days):
            raise ValueError("reminder days must be >= 0")
        quiet_start = quiet_end = None
        if quiet_hours.strip().lower() not in ("", "off", "none", "-"):
            start_text, end_text = quiet_hours.split("-")
            quiet_start, quiet_end = _hhmm(start_text), _hhmm(end_text)
        digest = None if digest_time.strip().lower() in ("", "off", "none", "-") else _hhmm(digest_time)
        return cls(
            zone=zone,
            days_before=days,
            escalate_after_days=max(0, escalate_after_days),
            quiet_start=quiet_start,
            quiet_end=quiet_end,
            digest_time=digest,
        )

    @property
    def soon_days(self) -> int:
        """'Due soon' in the digest: within the first reminder point."""
        return max(self.days_before, default=0)

    def is_quiet(self, local: time) -> bool:
        return in_quiet_hours(local, self.quiet_start, self.quiet_end)


def _hhmm(text: str) -> time:
    hours, minutes = text.strip().split(":")
    return time(int(hours), int(minutes))


# ---------------------------------------------------------------- facts


@dataclass(frozen=True)
class HazardFacts:
    id: int
    status: str
    level: str | None
    supervised: bool
    owner_id: int | None
    unit_id: int | None
    deadline: date
    changed_on: date  # local date of the hazard's last change


@dataclass(frozen=True)
class TaskFacts:
    id: int  # the occurrence
    assignee_id: int
    unit_id: int | None
    due_date: date
    remind_days_before: int
    lapsed: bool = False  # a newer occurrence of the same obligation is already due
    changed_on: date = date.min  # local date of the occurrence's last change


@dataclass
class OrgFacts:
    """Who can be reached and who answers for which unit."""

    parents: dict[int, int | None] = field(default_factory=dict)
    managers_by_unit: dict[int, list[int]] = field(default_factory=dict)  # direct managers
    officers: list[int] = field(default_factory=list)
    principals: list[int] = field(default_factory=list)
    reachable: set[int] = field(default_factory=set)
    manager_units: dict[int, int] = field(default_factory=dict)  # manager person -> their unit
    people: dict[int, tuple[Role, int | None]] = field(default_factory=dict)  # role and unit
    _children: dict[int | None, list[int]] | None = None
    _subtrees: dict[int, frozenset[int]] = field(default_factory=dict)

    def actor(self, person_id: int) -> Actor:
        """As storage.people.actor_for: a role, and the unit subtree unless organisation-wide."""
        role, unit_id = self.people.get(person_id, (Role.WORKER, None))
        reach = (
            self.subtree(unit_id) if unit_id is not None and role not in ORGANISATION_WIDE else frozenset()
        )
        return Actor(person_id=person_id, role=role, unit_ids=reach)

    def managers_for(self, unit_id: int | None) -> list[int]:
        """Managers of the unit, or of the nearest unit above that has one."""
        seen: set[int] = set()
        current = unit_id
        while current is not None and current not in seen:
            seen.add(current)
            found = self.managers_by_unit.get(current)
            if found:
                return found
            current = self.parents.get(current)
        return []

    def subtree(self, unit_id: int) -> frozenset[int]:
        if unit_id in self._subtrees:
            return self._subtrees[unit_id]
        if self._children is None:
            self._children = defaultdict(list)
            for child, parent in self.parents.items():
                self._children[parent].append(child)
        found: set[int] = set()
        stack = [unit_id]
        while stack:
            current = stack.pop()
            if current not in found:
                found.add(current)
                stack.extend(self._children.get(current, []))
        self._subtrees[unit_id] = frozenset(found)
        return self._subtrees[unit_id]


class Kind(StrEnum):
    HAZARD_BEFORE = "hz-before"  # includes the deadline day itself (days == 0)
    HAZARD_OVERDUE = "hz-overdue"
    HAZARD_ESCALATE_UNIT = "hz-esc-unit"
    HAZARD_ESCALATE_ORG = "hz-esc-org"
    TASK_BEFORE = "ob-before"
    TASK_OVERDUE = "ob-overdue"
    TASK_ESCALATE = "ob-esc"
    DIGEST = "digest"


OWNER_HAZARD = (Kind.HAZARD_BEFORE, Kind.HAZARD_OVERDUE)
OWNER_TASK = (Kind.TASK_BEFORE, Kind.TASK_OVERDUE)
ESCALATIONS = (Kind.HAZARD_ESCALATE_UNIT, Kind.HAZARD_ESCALATE_ORG, Kind.TASK_ESCALATE)


@dataclass(frozen=True)
class Digest:
    overdue_hazards: int
    soon_hazards: int
    missed_tasks: int
    soon_tasks: int
    # the most urgent, overdue first: DIGEST_TOP to list, and as many again as one message can list
    # above the digest, so that leaving those out (Plan.of) still lists DIGEST_TOP
    hazard_ids: tuple[int, ...]
    task_ids: tuple[int, ...]
    whole_org: bool
    listed_above: int = 0  # of the most urgent, those the same message lists in a section above

    @property
    def anything_overdue(self) -> bool:
        return bool(self.overdue_hazards or self.missed_tasks)


@dataclass(frozen=True)
class Item:
    key: str
    person_id: int
    kind: Kind
    subject_id: int = 0  # hazard id or occurrence id
    days: int = 0  # deadline - today: negative when overdue
    digest: Digest | None = None


# ---------------------------------------------------------------- the pure derivation


def _before_point(deadline: date, today: date, points: Iterable[int]) -> int | None:
    """The latest reminder point (days before) whose date has come, if the deadline has not passed."""
    left = (deadline - today).days
    if left < 0:
        return None
    passed = [p for p in points if p >= left]
    return min(passed) if passed else None


def _already_handled(changed_on: date, handled_through: date | None) -> date | None:
    """Items dated up to this day were handled by an earlier full pass (None: trust nothing).

    A full pass derives everything due on its day; an item dated on or before the previous full
    pass was therefore enqueued then — unless the subject changed since, which the filter checks.
    This keeps a daily full pass from re-checking every escalation ever sent.
    """
    if handled_through is None or changed_on >= handled_through:
        return None
    return handled_through


def hazard_items(
    hazard: HazardFacts,
    today: date,
    policy: ReminderPolicy,
    org: OrgFacts,
    handled_through: date | None = None,
) -> list[Item]:
    if hazard.status not in REMINDED_STATUSES:
        return []
    handled = _already_handled(hazard.changed_on, handled_through)
    items: list[Item] = []
    left = (hazard.deadline - today).days
    base = f"rm:hz:{hazard.id}"
    owner = hazard.owner_id if hazard.owner_id in org.reachable else None
    if owner is not None:
        point = _before_point(hazard.deadline, today, policy.days_before)
        if point is not None:
            point_date = hazard.deadline - timedelta(days=point)
            if (point_date >= hazard.changed_on or point == 0) and (handled is None or point_date > handled):
                key = f"{base}:{owner}:before:{point_date.isoformat()}"
                items.append(Item(key, owner, Kind.HAZARD_BEFORE, hazard.id, left))
        elif left < 0:
            key = f"{base}:{owner}:overdue:{today.isoformat()}"
            items.append(Item(key, owner, Kind.HAZARD_OVERDUE, hazard.id, left))
    if left >= 0:
        return items
    overdue_days = -left
    deadline = hazard.deadline.isoformat()
    first_overdue = hazard.deadline + timedelta(days=1)
    serious = hazard.level == HazardLevel.MAJOR.value or hazard.supervised
    org_from = (
        first_overdue if serious else hazard.deadline + timedelta(days=max(1, policy.escalate_after_days))
    )
    if handled is not None and org_from <= handled:
        return items  # both tiers were due by the previous full pass
    for manager in org.managers_for(hazard.unit_id) if handled is None or first_overdue > handled else ():
        if manager != hazard.owner_id:
            key = f"{base}:{manager}:esc-unit:{deadline}"
            items.append(Item(key, manager, Kind.HAZARD_ESCALATE_UNIT, hazard.id, left))
    if serious or overdue_days >= policy.escalate_after_days:
        for person in dict.fromkeys([*org.officers, *org.principals]):
            if person != hazard.owner_id:
                key = f"{base}:{person}:esc-org:{deadline}"
                items.append(Item(key, person, Kind.HAZARD_ESCALATE_ORG, hazard.id, left))
    return items


def task_items(
    task: TaskFacts, today: date, policy: ReminderPolicy, org: OrgFacts, handled_through: date | None = None
) -> list[Item]:
    handled = _already_handled(task.changed_on, handled_through)
    items: list[Item] = []
    left = (task.due_date - today).days
    base = f"rm:ob:{task.id}"
    owner = task.assignee_id if task.assignee_id in org.reachable else None
    if owner is not None and not task.lapsed:
        points = {task.remind_days_before, *(p for p in policy.days_before if p <= task.remind_days_before)}
        point = _before_point(task.due_date, today, points)
        if point is not None:
            point_date = task.due_date - timedelta(days=point)
            if handled is None or point_date > handled:
                key = f"{base}:{owner}:before:{point_date.isoformat()}"
                items.append(Item(key, owner, Kind.TASK_BEFORE, task.id, left))
        elif left < 0:
            key = f"{base}:{owner}:overdue:{today.isoformat()}"
            items.append(Item(key, owner, Kind.TASK_OVERDUE, task.id, left))
    if left < 0 and (handled is None or task.due_date + timedelta(days=1) > handled):
        due = task.due_date.isoformat()
        for person in dict.fromkeys([*org.managers_for(task.unit_id), *org.officers]):
            if person != task.assignee_id:
                key = f"{base}:{person}:esc:{due}"
                items.append(Item(key, person, Kind.TASK_ESCALATE, task.id, left))
    return items


def digest_items(
    today: date,
    policy: ReminderPolicy,
    hazards: Sequence[HazardFacts],
    tasks: Sequence[TaskFacts],
    org: OrgFacts,
) -> list[Item]:
    """One digest per manager (their unit subtree) and safety officer (everything), if not empty."""
    soon_until = today + timedelta(days=policy.soon_days)
    hazards_by_unit: dict[int | None, list[HazardFacts]] = defaultdict(list)
    for hazard in hazards:
        if hazard.status in REMINDED_STATUSES and hazard.deadline <= soon_until:
            hazards_by_unit[hazard.unit_id].append(hazard)
    tasks_by_unit: dict[int | None, list[TaskFacts]] = defaultdict(list)
    for task in tasks:
        if task.due_date <= soon_until:
            tasks_by_unit[task.unit_id].append(task)
    recipients: list[tuple[int, frozenset[int] | None]] = [(p, None) for p in org.officers]
    subtrees: dict[int, frozenset[int]] = {}
    for manager, unit_id in org.manager_units.items():
        if manager in org.reachable and manager not in org.officers:
            if unit_id not in subtrees:
                subtrees[unit_id] = org.subtree(unit_id)
            recipients.append((manager, subtrees[unit_id]))
    items: list[Item] = []
    for person, scope in recipients:
        if scope is None:
            in_hazards = [h for group in hazards_by_unit.values() for h in group]
            in_tasks = [t for group in tasks_by_unit.values() for t in group]
        else:
            in_hazards = [h for u in scope for h in hazards_by_unit.get(u, ())]
            in_tasks = [t for u in scope for t in tasks_by_unit.get(u, ())]
        if not in_hazards and not in_tasks:
            continue
        overdue = sum(1 for h in in_hazards if h.deadline < today)
        missed = sum(1 for t in in_tasks if t.due_date < today)
        top_hazards = heapq.nsmallest(DIGEST_CANDIDATES, in_hazards, key=lambda h: (h.deadline, h.id))
        top_tasks = heapq.nsmallest(DIGEST_CANDIDATES, in_tasks, key=lambda t: (t.due_date, t.id))
        digest = Digest(
            overdue_hazards=overdue,
            soon_hazards=len(in_hazards) - overdue,
            missed_tasks=missed,
            soon_tasks=len(in_tasks) - missed,
            hazard_ids=tuple(h.id for h in top_hazards),
            task_ids=tuple(t.id for t in top_tasks),
            whole_org=scope is None,
        )
        items.append(Item(f"rm:digest:{person}:{today.isoformat()}", person, Kind.DIGEST, digest=digest))
    return items


def due_items(
    now: datetime,
    policy: ReminderPolicy,
    hazards: Sequence[HazardFacts],
    tasks: Sequence[TaskFacts],
    org: OrgFacts,
    *,
    digest: bool = True,
    handled_through: date | None = None,
) -> list[Item]:
    """Every reminder item due at `now` (nothing during quiet hours). Pure: same input, same output.

    `handled_through`: the local date of the previous full pass, if any (see _already_handled).
    """
    local = now.astimezone(policy.zone)
    if policy.is_quiet(local.time()):
        return []
    today = local.date()
    items: list[Item] = []
    for hazard in hazards:
        items.extend(hazard_items(hazard, today, policy, org, handled_through))
    for task in tasks:
        items.extend(task_items(task, today, policy, org, handled_through))
    if digest and digest_due(now, policy):
        items.extend(digest_items(today, policy, hazards, tasks, org))
    return items


def digest_due(now: datetime, policy: ReminderPolicy) -> bool:
    """The digest's time of day has come (quiet hours are checked by the caller)."""
    if policy.digest_time is None:
        return False
    return now.astimezone(policy.zone).time() >= policy.digest_time


# ---------------------------------------------------------------- loading the facts


async def load_org(session: AsyncSession) -> OrgFacts:
    org = OrgFacts()
    for unit, parent in (await session.execute(select(Unit.id, Unit.parent_id))).all():
        org.parents[unit] = parent
    people = (
        await session.execute(
            select(Person.id, Person.role, Person.unit_id)
            .where(Person.active.is_(True), Person.telegram_user_id.is_not(None))
            .order_by(Person.id)
        )
    ).all()
    for person_id, role, unit_id in people:
        org.reachable.add(person_id)
        org.people[person_id] = (Role(role), unit_id)
        if role == Role.MANAGER.value and unit_id is not None:
            org.managers_by_unit.setdefault(unit_id, []).append(person_id)
            org.manager_units[person_id] = unit_id
        elif role == Role.SAFETY_OFFICER.value:
            org.officers.append(person_id)
        elif role == Role.PRINCIPAL.value:
            org.principals.append(person_id)
    return org


async def load_hazards(
    session: AsyncSession, *, today: date, policy: ReminderPolicy, since: datetime | None = None
) -> list[HazardFacts]:
    """Open hazards whose deadline is close or past (all of them, or those changed since `since`)."""
    statement = select(
        Hazard.id,
        Hazard.status,
        Hazard.level,
        Hazard.supervised,
        Hazard.owner_id,
        Hazard.unit_id,
        Hazard.deadline,
        Hazard.updated_at,
    ).where(
        Hazard.status.in_(REMINDED_STATUSES),
        Hazard.deadline.is_not(None),
        Hazard.deadline <= today + timedelta(days=policy.soon_days),
    )
    if since is not None:
        statement = statement.where(Hazard.updated_at >= since)
    rows = await fetch_rows(session, statement)
    return await asyncio.to_thread(_hazard_facts, rows, policy.zone)


def _hazard_facts(rows: Sequence[Sequence[Any]], zone: ZoneInfo) -> list[HazardFacts]:
    return [
        HazardFacts(
            id=r[0],
            status=r[1],
            level=r[2],
            supervised=bool(r[3]),
            owner_id=r[4],
            unit_id=r[5],
            deadline=cast(date, r[6]),  # filtered: not null
            changed_on=r[7].astimezone(zone).date(),
        )
        for r in rows
    ]


async def fetch_rows(session: AsyncSession, statement: Select[*_Ts]) -> list[Row[*_Ts]]:
    """All rows of a large query, fetched in partitions so the event loop runs between them.

    A plain execute() turns every row into a Python Row in one go on the loop thread (SQLAlchemy's
    asyncio layer runs the result processing there): 100,000 rows would stall the bot for about
    a second. A server-side cursor hands them over PARTITION at a time, with an await in between.
    """
    rows: list[Row[*_Ts]] = []
    result = await session.stream(statement.execution_options(yield_per=PARTITION))
    async for partition in result.partitions(PARTITION):
        rows.extend(partition)
    return rows


async def load_tasks(
    session: AsyncSession, *, today: date, zone: ZoneInfo, since: datetime | None = None
) -> list[TaskFacts]:
    """Open occurrences of live obligations whose reminder window has opened."""
    statement = (
        select(
            ObligationOccurrence.id,
            ObligationOccurrence.obligation_id,
            ObligationOccurrence.assignee_id,
            ObligationOccurrence.unit_id,
            ObligationOccurrence.due_date,
            Obligation.remind_days_before,
            ObligationOccurrence.updated_at,
        )
        .join(Obligation, Obligation.id == ObligationOccurrence.obligation_id)
        .where(
            ObligationOccurrence.status == OccurrenceStatus.OPEN.value,
            ObligationOccurrence.remind_from <= today,
            Obligation.active.is_(True),
            Obligation.removed.is_(False),
        )
    )
    if since is not None:
        statement = statement.where(ObligationOccurrence.updated_at >= since)
    rows = await fetch_rows(session, statement)
    if not rows:
        return []
    # the newest due date reached so far per obligation and person: older open ones have lapsed
    latest_rows = await fetch_rows(
        session,
        select(
            ObligationOccurrence.obligation_id,
            ObligationOccurrence.assignee_id,
            func.max(ObligationOccurrence.due_date),
        )
        .where(ObligationOccurrence.due_date <= today)
        .group_by(ObligationOccurrence.obligation_id, ObligationOccurrence.assignee_id),
    )
    return await asyncio.to_thread(_task_facts, rows, latest_rows, zone)


def _task_facts(
    rows: Sequence[Sequence[Any]], latest_rows: Sequence[Sequence[Any]], zone: ZoneInfo
) -> list[TaskFacts]:
    latest = {(obligation_id, assignee_id): newest for obligation_id, assignee_id, newest in latest_rows}
    return [
        TaskFacts(
            id=r[0],
            assignee_id=r[2],
            unit_id=r[3],
            due_date=r[4],
            remind_days_before=r[5],
            lapsed=latest.get((r[1], r[2]), r[4]) > r[4],
            changed_on=r[6].astimezone(zone).date(),
        )
        for r in rows
    ]


# ---------------------------------------------------------------- the sweep


@dataclass
class SweepResult:
    skipped: str | None = None  # "quiet" or "busy"
    full: bool = False
    digest: bool = False
    occurrences_created: int = 0
    hazards_examined: int = 0
    tasks_examined: int = 0
    items: int = 0  # fresh reminder items
    messages: int = 0  # outbox rows enqueued


async def _claim_state(session: AsyncSession, *, lock: bool) -> ReminderSweepState | None:
    postgres = session.get_bind().dialect.name == "postgresql"
    statement = select(ReminderSweepState).where(ReminderSweepState.id == STATE_ID)
    if lock and postgres:
        statement = statement.with_for_update(skip_locked=True)
    state = await session.scalar(statement.execution_options(populate_existing=True))
    if state is not None:
        return state
    exists = await session.scalar(select(func.count()).where(ReminderSweepState.id == STATE_ID))
    if exists:
        return None  # locked by another sweeper
    insert = pg_insert if postgres else sqlite_insert
    await session.execute(insert(ReminderSweepState).values(id=STATE_ID).on_conflict_do_nothing())
    return await session.scalar(statement.execution_options(populate_existing=True))


class _CyclicGcPause:
    """Pause the cyclic garbage collector while any sweep in this process runs (re-entrant)."""

    def __init__(self) -> None:
        self.depth = 0
        self.was_enabled = False

    @contextmanager
    def __call__(self) -> Iterator[None]:
        if self.depth == 0:
            self.was_enabled = gc.isenabled()
            gc.disable()
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1
            if self.depth == 0 and self.was_enabled:
                gc.enable()


cyclic_gc_paused = _CyclicGcPause()


async def sweep(
    session: AsyncSession, *, now: datetime, policy: ReminderPolicy, lock: bool = True
) -> SweepResult:
    """One tick: enqueue every reminder due at `now` that was not enqueued before.

    Run it inside one transaction (storage.db.unit_of_work): the log rows, the outbox rows and
    the sweeper's state commit together or not at all.
    """
    result = SweepResult()
    local = now.astimezone(policy.zone)
    if policy.is_quiet(local.time()):
        result.skipped = "quiet"
        return result
    today = local.date()
    state = await _claim_state(session, lock=lock)
    if state is None:
        result.skipped = "busy"
        return result
    # A full pass over 100,000 hazards holds about a million short-lived, acyclic objects; the
    # cyclic GC's full collections over them held the GIL for 0.1–0.3 s each, a dozen times per
    # pass. Reference counting frees them all the same, so the cyclic GC waits until the end.
    with cyclic_gc_paused():
        result.occurrences_created = await materialise(session, now=now, zone=policy.zone)
        result.full = state.full_pass_date != today
        result.digest = digest_due(now, policy) and state.digest_date != today
        since = None
        if not result.full and state.last_started_at is not None:
            since = state.last_started_at - INCREMENTAL_MARGIN
        hazards = await load_hazards(session, today=today, policy=policy, since=since)
        tasks = await load_tasks(session, today=today, zone=policy.zone, since=since)
        result.hazards_examined, result.tasks_examined = len(hazards), len(tasks)
        org = await load_org(session)
        handled_through = state.full_pass_date if result.full else None
        # The derivation is pure CPU work (about 2 s for 100,000 hazards): a worker thread does it,
        # so the bot keeps answering people meanwhile. Nothing else touches these objects until
        # it returns.
        items = await asyncio.to_thread(
            due_items, now, policy, hazards, tasks, org, digest=False, handled_through=handled_through
        )
        if result.digest:
            if since is not None:  # the digest covers everything open, not only what changed
                hazards = await load_hazards(session, today=today, policy=policy)
                tasks = await load_tasks(session, today=today, zone=policy.zone)
                result.hazards_examined += len(hazards)
                result.tasks_examined += len(tasks)
            items.extend(await asyncio.to_thread(digest_items, today, policy, hazards, tasks, org))
        fresh = await _record(session, items, now=now)
        result.items = len(fresh)
        result.messages = await _enqueue_merged(session, fresh, now=now, policy=policy, org=org)
        if result.full:
            state.full_pass_date = today
        if result.digest:
            state.digest_date = today
        # drop the pass's working set while the cyclic GC is still off: its first collection
        # afterwards then has nothing of it left to scan
        del items, fresh, hazards, tasks
    state.last_started_at = now
    await session.flush()
    return result


async def _record(session: AsyncSession, items: Sequence[Item], *, now: datetime) -> list[Item]:
    """Insert the items' keys; return the ones that were not there yet (in a stable order).

    Keys are inserted with ON CONFLICT DO NOTHING … RETURNING, so a key logged earlier — by a
    previous pass or by a concurrent sweeper meanwhile — is not returned here. Keys are sorted:
    one order for every sweeper, so concurrent inserts cannot deadlock.
    """
    if not items:
        return []
    keys, by_key = await asyncio.to_thread(_keyed, items)
    if session.get_bind().dialect.name == "postgresql":
        fresh = await _record_postgresql(session, keys, by_key, now=now)
    else:
        fresh = await _record_sqlite(session, keys, by_key, now=now)
    return await asyncio.to_thread(_pick, fresh, by_key)


def _keyed(items: Sequence[Item]) -> tuple[list[str], dict[str, Item]]:
    by_key = {item.key: item for item in items}
    return sorted(by_key), by_key


def _pick(keys: Iterable[str], by_key: dict[str, Item]) -> list[Item]:
    return [by_key[key] for key in sorted(keys)]


async def _record_postgresql(
    session: AsyncSession, keys: list[str], by_key: dict[str, Item], *, now: datetime
) -> list[str]:
    """Set-based: each batch is ONE statement, INSERT … SELECT FROM unnest(three arrays).

    Three array parameters cost asyncpg a few milliseconds to encode, where a row-per-key
    executemany had SQLAlchemy build and bind four parameters per key on the event loop (about
    20 s for the 440,000 keys of a first pass over 100,000 hazards). Keys logged before cost
    one index probe each in ON CONFLICT, so no separate lookup of known keys is needed.
    """
    rows = (
        func.unnest(
            bindparam("keys", type_=ARRAY(String)),
            bindparam("people", type_=ARRAY(Integer)),
            bindparam("kinds", type_=ARRAY(String)),
        )
        .table_valued("key", "person_id", "kind")
        .render_derived(name="item")
    )
    statement = (
        pg_insert(ReminderLog)
        .from_select(
            ["key", "person_id", "kind", "created_at"],
            select(rows.c.key, rows.c.person_id, rows.c.kind, literal(now, ReminderLog.created_at.type)),
        )
        .on_conflict_do_nothing(index_elements=["key"])
        .returning(ReminderLog.key)
    )
    connection = await session.connection()  # Core: one statement, no ORM bulk handling
    fresh: list[str] = []
    for start in range(0, len(keys), KEY_BATCH):
        batch = keys[start : start + KEY_BATCH]
        parameters = {
            "keys": batch,
            "people": [by_key[key].person_id for key in batch],
            "kinds": [by_key[key].kind.value for key in batch],
        }
        fresh.extend((await connection.execute(statement, parameters)).scalars().all())
    return fresh


async def _record_sqlite(
    session: AsyncSession, keys: list[str], by_key: dict[str, Item], *, now: datetime
) -> list[str]:
    """Keys already logged are filtered with an indexed lookup first (most of a full pass's items
    were sent on earlier days); the rest are inserted in executemany batches."""
    missing: list[str] = []
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start : start + CHUNK]
        known = set((await session.scalars(select(ReminderLog.key).where(ReminderLog.key.in_(chunk)))).all())
        missing.extend(key for key in chunk if key not in known)
    statement = (
        sqlite_insert(ReminderLog).on_conflict_do_nothing(index_elements=["key"]).returning(ReminderLog.key)
    )
    connection = await session.connection()  # Core executemany: no ORM bookkeeping per row
    fresh: list[str] = []
    for start in range(0, len(missing), CHUNK):
        rows = [
            {
                "key": key,
                "person_id": by_key[key].person_id,
                "kind": by_key[key].kind.value,
                "created_at": now,
            }
            for key in missing[start : start + CHUNK]
        ]
        fresh.extend((await connection.execute(statement, rows)).scalars().all())
    return fresh


def outbox_key(person_id: int, items: Sequence[Item], today: date) -> str:
    digest = hashlib.sha1("\n".join(sorted(i.key for i in items)).encode()).hexdigest()[:16]
    return f"remind:{person_id}:{today.isoformat()}:{digest}"


async def _enqueue_merged(
    session: AsyncSession, items: Sequence[Item], *, now: datetime, policy: ReminderPolicy, org: OrgFacts
) -> int:
    """One message per recipient, rendered in batches that yield to the event loop, then written
    to the outbox in executemany batches (ON CONFLICT on the dedup key: a repeat adds nothing)."""
    if not items:
        return 0
    plans, keys = await asyncio.to_thread(_plans, items, local_date(now, policy.zone))
    ctx = await load_render_context(session, plans.values())
    today = local_date(now, policy.zone)
    rows: list[dict[str, Any]] = []
    for number, person_id in enumerate(sorted(plans)):
        if number and number % RENDER_BATCH == 0:
            await asyncio.sleep(0)
        chat_id = ctx.chats.get(person_id)
        if chat_id is None:
            continue
        message = render(ctx, org, person_id, plans[person_id], today=today)
        rows.append(
            outbox_row(
                chat_id,
                message,
                now=now,
                kind=OUTBOX_KIND,
                person_id=person_id,
                dedup_key=keys[person_id],
            )
        )
    return await enqueue_rows(session, rows)


def _plans(items: Sequence[Item], today: date) -> tuple[dict[int, Plan], dict[int, str]]:
    """Each recipient's plan and outbox dedup key (pure; run in a worker thread)."""
    by_person: dict[int, list[Item]] = defaultdict(list)
    for item in items:
        by_person[item.person_id].append(item)
    plans = {person_id: Plan.of(person_items) for person_id, person_items in by_person.items()}
    keys = {
        person_id: outbox_key(person_id, person_items, today) for person_id, person_items in by_person.items()
    }
    return plans, keys


async def enqueue_rows(session: AsyncSession, rows: Sequence[dict[str, Any]]) -> int:
    """Insert outbox rows (each with a dedup key) in batches; returns how many were new."""
    if not rows:
        return 0
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = (
        insert(OutboxMessage).on_conflict_do_nothing(index_elements=["dedup_key"]).returning(OutboxMessage.id)
    )
    connection = await session.connection()
    written = 0
    for start in range(0, len(rows), OUTBOX_BATCH):
        written += len((await connection.execute(statement, list(rows[start : start + OUTBOX_BATCH]))).all())
    return written


# ---------------------------------------------------------------- rendering

_ORDER = {
    Kind.HAZARD_OVERDUE: 0,
    Kind.HAZARD_BEFORE: 1,
    Kind.TASK_OVERDUE: 2,
    Kind.TASK_BEFORE: 3,
    Kind.HAZARD_ESCALATE_ORG: 4,
    Kind.HAZARD_ESCALATE_UNIT: 5,
    Kind.TASK_ESCALATE: 6,
    Kind.DIGEST: 7,
}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def _without(item: Item, listed: Sequence[Item]) -> Item:
    """A digest that leaves out what its message already lists in a more urgent section (an
    escalation, the person's own hazard or task): each hazard or task is shown once a message."""
    assert item.digest is not None
    hazards = {i.subject_id for i in listed if i.kind.value.startswith("hz-")}
    tasks = {i.subject_id for i in listed if not i.kind.value.startswith("hz-")}
    digest = item.digest
    hazard_ids = [h for h in digest.hazard_ids if h not in hazards]
    task_ids = [t for t in digest.task_ids if t not in tasks]
    skipped = len(digest.hazard_ids) - len(hazard_ids) + len(digest.task_ids) - len(task_ids)
    return replace(
        item,
        digest=replace(
            digest,
            hazard_ids=tuple(hazard_ids[:DIGEST_TOP]),
            task_ids=tuple(task_ids[:DIGEST_TOP]),
            listed_above=digest.listed_above + skipped,
        ),
    )


CHUNK = 1000  # ids per IN (...) list: SQLite caps the number of bound parameters
ARRAY_CHUNK = 20_000  # ids per = ANY(:array) on PostgreSQL
PARTITION = 2000  # rows per fetch of a large query; the event loop runs between fetches
KEY_BATCH = 10_000  # reminder keys per INSERT … SELECT FROM unnest(...) on PostgreSQL
RENDER_BATCH = 25  # messages rendered between two yields to the event loop
OUTBOX_BATCH = 100  # outbox rows per executemany batch (each payload is a few KB of JSON)


@dataclass
class Plan:
    """What one person's message will show: the first MAX_LISTED items, the rest counted."""

    listed: list[Item]
    more: int
    digests: list[Item]

    @classmethod
    def of(cls, items: Sequence[Item]) -> Plan:
        ordered = sorted(items, key=lambda i: (_ORDER[i.kind], i.days, i.subject_id))
        plain = [i for i in ordered if i.kind != Kind.DIGEST]
        listed = plain[:MAX_LISTED]
        digests = [_without(i, listed) for i in ordered if i.digest]
        return cls(listed, max(0, len(plain) - MAX_LISTED), digests)

    @property
    def single_hazard(self) -> Item | None:
        if len(self.listed) == 1 and not self.more and not self.digests:
            item = self.listed[0]
            if item.kind.value.startswith("hz-"):
                return item
        return None


class HazardLike(Protocol):
    """What a reminder line shows of a hazard: a Hazard, or the few columns of a HazardLine."""

    @property
    def id(self) -> int: ...
    @property
    def number(self) -> str | None: ...
    @property
    def level(self) -> str | None: ...
    @property
    def supervised(self) -> bool: ...
    @property
    def unit_id(self) -> int | None: ...
    @property
    def description(self) -> str: ...
    @property
    def owner_id(self) -> int | None: ...
    @property
    def reporter_id(self) -> int | None: ...
    @property
    def deadline(self) -> date | None: ...


@dataclass(frozen=True)
class HazardLine:
    """The columns a reminder line needs: thousands of these load far faster than ORM objects."""

    id: int
    number: str | None
    level: str | None
    supervised: bool
    unit_id: int | None
    description: str
    owner_id: int | None
    reporter_id: int | None
    deadline: date | None


HAZARD_LINE_COLUMNS = (
    Hazard.id,
    Hazard.number,
    Hazard.level,
    Hazard.supervised,
    Hazard.unit_id,
    Hazard.description,
    Hazard.owner_id,
    Hazard.reporter_id,
    Hazard.deadline,
)


@dataclass(frozen=True)
class TaskRow:
    """What a reminder line shows of an obligation occurrence."""

    id: int
    due_date: date
    title: str
    needs_evidence: bool
    assignee_name: str


@dataclass
class RenderContext:
    """Everything the messages of one sweep show, loaded in a few batched queries."""

    hazards: dict[int, HazardLike] = field(default_factory=dict)
    full_hazards: dict[int, Hazard] = field(default_factory=dict)  # the lone hazards shown as a card
    tasks: dict[int, TaskRow] = field(default_factory=dict)
    unit_names: dict[int, str] = field(default_factory=dict)  # short name
    unit_paths: dict[int, str] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)  # owners and reporters of the hazards shown
    chats: dict[int, int] = field(default_factory=dict)
    pending_extensions: dict[int, int] = field(default_factory=dict)  # hazard id -> request id


TASK_ROW_COLUMNS = (
    ObligationOccurrence.id,
    ObligationOccurrence.due_date,
    Obligation.title,
    Obligation.needs_evidence,
    Person.name,
)


def _task_rows(rows: Iterable[Sequence[Any]]) -> dict[int, TaskRow]:
    return {r[0]: TaskRow(r[0], r[1], r[2], bool(r[3]), r[4]) for r in rows}


def _chunks(postgres: bool, ids: Iterable[int]) -> list[list[int]]:
    size = ARRAY_CHUNK if postgres else CHUNK
    ordered = sorted(set(ids))
    return [ordered[i : i + size] for i in range(0, len(ordered), size)]


def _among(column: InstrumentedAttribute[int], ids: list[int], postgres: bool) -> ColumnElement[bool]:
    """`column IN ids`; on PostgreSQL `column = ANY(:array)`: one parameter, not one per id."""
    if postgres:
        return column == any_(bindparam(None, ids, type_=ARRAY(Integer)))
    return column.in_(ids)


async def load_render_context(
    session: AsyncSession, plans: Iterable[Plan], chats: bool = True
) -> RenderContext:
    plans = list(plans)
    ctx = RenderContext()
    postgres = session.get_bind().dialect.name == "postgresql"
    hazard_ids: set[int] = set()
    task_ids: set[int] = set()
    single_ids: set[int] = set()
    for plan in plans:
        for item in plan.listed:
            (hazard_ids if item.kind.value.startswith("hz-") else task_ids).add(item.subject_id)
        for item in plan.digests:
            assert item.digest is not None
            hazard_ids.update(item.digest.hazard_ids)
            task_ids.update(item.digest.task_ids)
        single = plan.single_hazard
        if single is not None:
            single_ids.add(single.subject_id)
    for chunk in _chunks(postgres, hazard_ids):
        rows = await session.execute(select(*HAZARD_LINE_COLUMNS).where(_among(Hazard.id, chunk, postgres)))
        ctx.hazards.update((r[0], HazardLine(*r)) for r in rows.all())
    for chunk in _chunks(postgres, single_ids):  # a lone hazard is shown as its card: the whole row
        ctx.full_hazards.update(
            (h.id, h) for h in await session.scalars(select(Hazard).where(_among(Hazard.id, chunk, postgres)))
        )
    for chunk in _chunks(postgres, task_ids):
        rows = await session.execute(
            select(*TASK_ROW_COLUMNS)
            .join(Obligation, Obligation.id == ObligationOccurrence.obligation_id)
            .join(Person, Person.id == ObligationOccurrence.assignee_id)
            .where(_among(ObligationOccurrence.id, chunk, postgres))
        )
        ctx.tasks.update(_task_rows(rows.all()))
    units = list(await session.scalars(select(Unit)))
    ctx.unit_names = {u.id: u.name for u in units}
    ctx.unit_paths = {u.id: unit_path(units, u) for u in units}
    person_ids = {h.owner_id for h in ctx.hazards.values() if h.owner_id}
    person_ids |= {h.reporter_id for h in ctx.hazards.values() if h.reporter_id}
    for chunk in _chunks(postgres, person_ids):
        ctx.names.update(
            (
                await session.execute(
                    select(Person.id, Person.name).where(_among(Person.id, chunk, postgres))
                )
            ).all()
        )
    if chats:
        recipients = {item.person_id for plan in plans for item in [*plan.listed, *plan.digests]}
        for chunk in _chunks(postgres, recipients):
            chat_rows = await session.execute(
                select(Person.id, Person.telegram_user_id).where(
                    _among(Person.id, chunk, postgres), Person.telegram_user_id.is_not(None)
                )
            )
            ctx.chats.update((person_id, chat) for person_id, chat in chat_rows.all() if chat is not None)
    for chunk in _chunks(postgres, single_ids):
        extension_rows = await session.execute(
            select(ExtensionRequest.hazard_id, ExtensionRequest.id).where(
                _among(ExtensionRequest.hazard_id, chunk, postgres), ExtensionRequest.status == "pending"
            )
        )
        ctx.pending_extensions.update({hazard_id: request for hazard_id, request in extension_rows.all()})
    return ctx


def _deadline_words(days: int) -> str:
    if days > 0:
        return f"剩 {days} 天"
    if days == 0:
        return "今天到期"
    return f"已逾期 {-days} 天"


def _hazard_line(hazard: HazardLike, ctx: RenderContext, today: date, *, with_owner: bool) -> str:
    level = "【重大】" if hazard.level == HazardLevel.MAJOR.value else ""
    supervised = "【挂牌督办】" if hazard.supervised else ""
    unit = ctx.unit_paths.get(hazard.unit_id or 0, "未指定单位")
    owner = f" ｜ 责任人 {ctx.names.get(hazard.owner_id or 0, '未指派')}" if with_owner else ""
    deadline = hazard.deadline or today
    return (
        f"隐患 {hazard.number or hazard.id}{level}{supervised} ｜ {unit} ｜ {cards.clip(hazard.description, 40)}"
        f"{owner} ｜ 期限 {deadline.isoformat()}（{_deadline_words((deadline - today).days)}）"
    )


def _task_line(task: TaskRow, today: date, *, with_owner: bool) -> str:
    evidence = "（需佐证）" if task.needs_evidence and not with_owner else ""
    owner = f" ｜ 负责人 {task.assignee_name}" if with_owner else ""
    return f"任务：{task.title}{evidence}{owner} ｜ 截止 {due_text(task.due_date, today)}"


SECTION_TITLES = {
    "hazard": "【我负责整改的隐患】",
    "task": "【我的任务】",
    "escalate": "【逾期督办】",
}


def render(ctx: RenderContext, org: OrgFacts, person_id: int, plan: Plan, *, today: date) -> Message:
    """One message for one person: every fresh item, most pressing first, with the buttons they can use."""
    single = plan.single_hazard
    if single is not None and single.subject_id in ctx.full_hazards:
        return _render_single_hazard(ctx, org, person_id, single, today)
    listed = plan.listed
    count = len(listed) + plan.more
    lines = [f"⏰ 安全提醒 · {today.month}月{today.day}日" + (f"（{count} 项）" if count > 1 else "")]
    buttons: Keyboard = []
    section = ""
    for number, item in enumerate(listed, start=1):
        kind_section = (
            "hazard" if item.kind in OWNER_HAZARD else "task" if item.kind in OWNER_TASK else "escalate"
        )
        if kind_section != section:
            section = kind_section
            lines.append("")
            lines.append(SECTION_TITLES[section])
        mark = CIRCLED[number - 1] if number <= len(CIRCLED) else f"{number}."
        if item.kind.value.startswith("hz-") and item.subject_id in ctx.hazards:
            hazard = ctx.hazards[item.subject_id]
            lines.append(f"{mark} {_hazard_line(hazard, ctx, today, with_owner=section == 'escalate')}")
            if len(buttons) < MAX_BUTTON_ROWS:
                row = []
                if item.kind in OWNER_HAZARD:
                    row = [
                        Button(f"{mark}提交整改", cards.cb("fix", hazard.id)),
                        Button(f"{mark}申请延期", cards.cb("ext", hazard.id)),
                    ]
                row.append(Button(f"{mark}查看", cards.cb("card", hazard.id)))
                buttons.append(row)
        elif item.subject_id in ctx.tasks:
            task = ctx.tasks[item.subject_id]
            lines.append(f"{mark} {_task_line(task, today, with_owner=section == 'escalate')}")
            if item.kind in OWNER_TASK and len(buttons) < MAX_BUTTON_ROWS:
                buttons.append([Button(f"{mark}标记完成", f"ob:done:{item.subject_id}")])
    if plan.more:
        lines.append(f"……另有 {plan.more} 项，发送 /overdue 或 /tasks 查看全部。")
    if any(i.kind in OWNER_HAZARD for i in listed):
        lines.append("")
        lines.append(_owner_advice([i.kind for i in listed]))
    if any(i.kind in OWNER_TASK for i in listed):
        lines.append("完成任务后点“标记完成”或发送 /done。")
    for item in plan.digests:
        assert item.digest is not None
        lines.append("")
        lines.extend(digest_lines(item.digest, ctx, today))
        if item.digest.anything_overdue:  # /overdue lists only what is overdue: else a dead end
            buttons.append([Button("查看全部逾期", "rm:overdue")])
    if not listed and plan.digests:
        lines[0] = f"☀️ 早安，今日安全概览 · {today.month}月{today.day}日"
    return Message(text=cards.clip("\n".join(lines).strip(), cards.TEXT_LIMIT), buttons=buttons)


def digest_lines(digest: Digest, ctx: RenderContext, today: date) -> list[str]:
    scope = "全单位" if digest.whole_org else "本部门"
    lines = [
        f"【今日概览 · {scope}】",
        f"逾期隐患 {digest.overdue_hazards} 项，近期到期 {digest.soon_hazards} 项；"
        f"逾期任务 {digest.missed_tasks} 项，近期到期 {digest.soon_tasks} 项。",
    ]
    for hazard_id in digest.hazard_ids:
        if hazard_id in ctx.hazards:
            lines.append("· " + _hazard_line(ctx.hazards[hazard_id], ctx, today, with_owner=True))
    for task_id in digest.task_ids:
        if task_id in ctx.tasks:
            lines.append("· " + _task_line(ctx.tasks[task_id], today, with_owner=True))
    shown = len(digest.hazard_ids) + len(digest.task_ids) + digest.listed_above
    total = digest.overdue_hazards + digest.soon_hazards + digest.missed_tasks + digest.soon_tasks
    if total > shown:
        if digest.anything_overdue:
            lines.append(f"……共 {total} 项，发送 /overdue 查看全部逾期。")
        else:
            lines.append(f"……共 {total} 项，以上是期限最近的 {shown} 项。")
    return lines


def _owner_advice(kinds: Iterable[Kind]) -> str:
    """What the owner is asked to do: on time while there is time, as soon as they can once overdue."""
    present = set(kinds)
    if Kind.HAZARD_OVERDUE not in present:
        urge = "请按期完成整改"
    elif Kind.HAZARD_BEFORE in present:
        urge = "已逾期的请尽快完成整改，其余请按期完成"
    else:
        urge = "请尽快完成整改"
    return f"{urge}；完成后点“提交整改”，确需延期请点“申请延期”。"


def _render_single_hazard(
    ctx: RenderContext, org: OrgFacts, person_id: int, item: Item, today: date
) -> Message:
    """A lone hazard reminder carries the card summary and every button the person may use."""
    hazard = ctx.full_hazards[item.subject_id]
    reporter = ctx.names.get(hazard.reporter_id or 0, "未知")
    if hazard.anonymous:
        reporter = "匿名（您本人）" if person_id == hazard.reporter_id else cards.ANONYMOUS
    view = cards.HazardView(
        hazard=hazard,
        unit_name=ctx.unit_names.get(hazard.unit_id) if hazard.unit_id else None,
        owner_name=ctx.names.get(hazard.owner_id) if hazard.owner_id else None,
        reporter=reporter,
        pending_extension_id=ctx.pending_extensions.get(hazard.id),
    )
    titles = {
        Kind.HAZARD_BEFORE: "⏰ 整改期限提醒" if item.days > 0 else "⏰ 整改今天到期",
        Kind.HAZARD_OVERDUE: f"⚠️ 隐患整改已逾期 {-item.days} 天",
        Kind.HAZARD_ESCALATE_UNIT: f"⚠️ 逾期督办：本部门隐患已逾期 {-item.days} 天",
        Kind.HAZARD_ESCALATE_ORG: f"🚨 逾期督办：隐患已逾期 {-item.days} 天",
    }
    lines = [titles[item.kind], *cards.summary_lines(view, today, description_limit=300)]
    if item.kind in OWNER_HAZARD:
        lines.append(_owner_advice([item.kind]))
    else:
        lines.append("请督促责任人尽快整改。")
    buttons = cards.card_buttons(view, org.actor(person_id))
    buttons.append([Button("查看隐患", cards.cb("card", hazard.id))])
    return Message(text=cards.clip("\n".join(lines), cards.TEXT_LIMIT), buttons=buttons)


# ---------------------------------------------------------------- /overdue


async def overdue_report(
    session: AsyncSession, *, unit_ids: frozenset[int] | None, today: date, limit: int = 40
) -> str:
    """Overdue hazards and missed obligations, for one unit subtree or (None) the organisation."""
    hazard_filter = and_(
        Hazard.status.in_(REMINDED_STATUSES), Hazard.deadline.is_not(None), Hazard.deadline < today
    )
    task_filter = and_(
        ObligationOccurrence.status == OccurrenceStatus.OPEN.value,
        ObligationOccurrence.due_date < today,
        Obligation.active.is_(True),
        Obligation.removed.is_(False),
    )
    if unit_ids is not None:
        hazard_filter = and_(hazard_filter, Hazard.unit_id.in_(unit_ids))
        task_filter = and_(task_filter, ObligationOccurrence.unit_id.in_(unit_ids))
    hazard_total = await session.scalar(select(func.count()).select_from(Hazard).where(hazard_filter)) or 0
    hazards = list(
        await session.scalars(
            select(Hazard).where(hazard_filter).order_by(Hazard.deadline, Hazard.id).limit(limit)
        )
    )
    task_join = (
        select(func.count())
        .select_from(ObligationOccurrence)
        .join(Obligation, Obligation.id == ObligationOccurrence.obligation_id)
    )
    task_total = await session.scalar(task_join.where(task_filter)) or 0
    task_rows = (
        await session.execute(
            select(*TASK_ROW_COLUMNS)
            .join(Obligation, Obligation.id == ObligationOccurrence.obligation_id)
            .join(Person, Person.id == ObligationOccurrence.assignee_id)
            .where(task_filter)
            .order_by(ObligationOccurrence.due_date, ObligationOccurrence.id)
            .limit(limit)
        )
    ).all()
    if not hazard_total and not task_total:
        return "✅ 目前没有逾期的隐患或任务。"
    units = list(await session.scalars(select(Unit)))
    owner_ids = [h.owner_id for h in hazards if h.owner_id]
    ctx = RenderContext(
        hazards={h.id: h for h in hazards},
        tasks=_task_rows(task_rows),
        unit_paths={u.id: unit_path(units, u) for u in units},
    )
    for chunk in _chunks(False, owner_ids):
        ctx.names.update(
            (await session.execute(select(Person.id, Person.name).where(Person.id.in_(chunk)))).all()
        )
    scope = "全单位" if unit_ids is None else "本部门"
    lines = [f"⚠️ {scope}逾期清单（{today.month}月{today.day}日）"]
    if hazard_total:
        lines.append(f"\n逾期隐患 {hazard_total} 项：")
        lines.extend(f"{n}. {_hazard_line(h, ctx, today, with_owner=True)}" for n, h in enumerate(hazards, 1))
        if hazard_total > len(hazards):
            lines.append(f"……另有 {hazard_total - len(hazards)} 项，请用 /list 筛选“逾期”查看。")
    if task_total:
        lines.append(f"\n逾期任务 {task_total} 项：")
        lines.extend(
            f"{n}. {_task_line(ctx.tasks[row[0]], today, with_owner=True)}"
            for n, row in enumerate(task_rows, 1)
        )
        if task_total > len(task_rows):
            lines.append(f"……另有 {task_total - len(task_rows)} 项。")
    return cards.clip("\n".join(lines), cards.TEXT_LIMIT)
