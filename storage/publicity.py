"""Publicity on a calendar: campaign dates from a YAML file, and a weekly safety tip.

Both become ordinary broadcasts with a dedup key (`cal:<entry>:<year>`, `tip:<iso week>`), so an
entry fires once per year and a tip once per week however often the tick runs, across restarts
and bot instances. Dates and times are the organisation's local ones.

Publicity nobody is waiting for respects people's evenings (DeliveryHours): a calendar entry
found due in quiet hours (default 21:00–08:00) or in the evening (from 18:00) — a bot that was
down on the day, an entry timed late — is recorded at once but delivered when quiet hours end
(its outbox rows carry that `not_before`); so is a scheduled broadcast caught up after a
downtime that ends in quiet hours.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.broadcast_models import AudienceKind, Broadcast, BroadcastOrigin
from storage.broadcasts import Audience, Content, create_broadcast
from storage.clock import in_quiet_hours
from storage.models import Role
from storage.people import find_unit

log = logging.getLogger(__name__)


class CalendarError(ValueError):
    """The calendar file is malformed; the message says where."""


# ---------------------------------------------------------------- quiet hours


@dataclass(frozen=True)
class DeliveryHours:
    """When unattended publicity may start, in local time."""

    quiet_start: time | None = time(21, 0)
    quiet_end: time | None = time(8, 0)
    # a calendar broadcast found due from this time on is not started until quiet hours end
    evening: time | None = time(18, 0)

    @classmethod
    def parse(cls, quiet_hours: str = "21:00-08:00", evening: str = "18:00") -> DeliveryHours:
        """`quiet_hours` as Settings.quiet_hours ("HH:MM-HH:MM" or "off"); `evening` "HH:MM" or "off"."""
        quiet_start = quiet_end = None
        if quiet_hours.strip().lower() not in ("", "off", "none", "-"):
            start_text, end_text = quiet_hours.split("-")
            quiet_start, quiet_end = (
                _parse_time(start_text, "quiet_hours"),
                _parse_time(end_text, "quiet_hours"),
            )
        late = (
            None if evening.strip().lower() in ("", "off", "none", "-") else _parse_time(evening, "evening")
        )
        return cls(quiet_start=quiet_start, quiet_end=quiet_end, evening=late)

    def is_quiet(self, local: time) -> bool:
        return in_quiet_hours(local, self.quiet_start, self.quiet_end)

    def morning_after(self, local: datetime) -> datetime:
        """The next end of quiet hours (08:00 when there are none) after this local instant."""
        morning = self.quiet_end or MORNING
        day = local.date() if local.time() < morning else local.date() + timedelta(days=1)
        return datetime.combine(day, morning, local.tzinfo)

    def after_quiet(self, now: datetime, zone: ZoneInfo) -> datetime:
        """`now`, or the end of the quiet hours `now` falls in."""
        local = now.astimezone(zone)
        return self.morning_after(local).astimezone(now.tzinfo) if self.is_quiet(local.time()) else now

    def daytime_start(self, now: datetime, zone: ZoneInfo) -> datetime:
        """`now` in the day; in the evening or in quiet hours, the end of the (next) quiet hours."""
        local = now.astimezone(zone)
        evening = self.evening is not None and local.time() >= self.evening
        if evening or self.is_quiet(local.time()):
            return self.morning_after(local).astimezone(now.tzinfo)
        return now


MORNING = time(8, 0)
DEFAULT_HOURS = DeliveryHours()


# ---------------------------------------------------------------- the calendar file


@dataclass(frozen=True)
class AudienceSpec:
    """An audience as the calendar file states it: unit names are resolved when the entry fires."""

    kind: AudienceKind
    unit_names: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()


@dataclass(frozen=True)
class CalendarEntry:
    id: str
    name: str
    month: int
    day: int
    text: str
    at: time = time(9, 0)
    audience: AudienceSpec = AudienceSpec(AudienceKind.ALL_GROUPS)
    ask_ack: bool = False
    days: int = 1  # after a downtime, the entry may still fire this many days from its date

    def start(self, year: int, zone: ZoneInfo) -> datetime | None:
        try:
            day = date(year, self.month, self.day)
        except ValueError:  # 29 February in a common year
            return None
        return datetime.combine(day, self.at, zone)


def _parse_time(value: Any, where: str) -> time:
    if isinstance(value, int):  # YAML reads 09:00 as sexagesimal 540
        return time(value // 60, value % 60)
    try:
        hours, minutes = str(value).strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise CalendarError(f"{where}: time must be HH:MM, got {value!r}") from None


def _parse_audience(value: Any, where: str) -> AudienceSpec:
    if value is None or value == "all_groups":
        return AudienceSpec(AudienceKind.ALL_GROUPS)
    if value == "all_people":
        return AudienceSpec(AudienceKind.ALL_PEOPLE)
    if isinstance(value, dict) and "units" in value:
        names = tuple(str(u).strip() for u in value["units"] or [])
        if not names:
            raise CalendarError(f"{where}: audience.units is empty")
        return AudienceSpec(AudienceKind.UNIT_GROUPS, unit_names=names)
    if isinstance(value, dict) and "roles" in value:
        try:
            roles = tuple(Role(str(r)) for r in value["roles"] or [])
        except ValueError as exc:
            raise CalendarError(f"{where}: {exc}; roles are {[r.value for r in Role]}") from None
        if not roles:
            raise CalendarError(f"{where}: audience.roles is empty")
        return AudienceSpec(AudienceKind.ROLE_PEOPLE, roles=roles)
    raise CalendarError(
        f"{where}: audience must be all_groups, all_people, {{units: [...]}} or {{roles: [...]}}, got {value!r}"
    )


def parse_calendar(raw: Any, source: str = "calendar") -> list[CalendarEntry]:
    items = raw.get("entries") if isinstance(raw, dict) else raw
    if not isinstance(items, list):
        raise CalendarError(f"{source}: expected a list under 'entries'")
    entries: list[CalendarEntry] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        where = f"{source} entry {index + 1}"
        if not isinstance(item, dict):
            raise CalendarError(f"{where}: expected a mapping")
        entry_id = str(item.get("id") or "").strip()
        if not entry_id:
            raise CalendarError(f"{where}: missing id")
        where = f"{source} entry {entry_id!r}"
        if entry_id in seen:
            raise CalendarError(f"{where}: duplicate id")
        seen.add(entry_id)
        try:
            month, day = (int(part) for part in str(item["date"]).strip().split("-"))
            date(2024, month, day)  # a leap year accepts every real month-day
        except (KeyError, ValueError):
            raise CalendarError(f"{where}: date must be MM-DD, got {item.get('date')!r}") from None
        text = str(item.get("text") or "").strip()
        if not text:
            raise CalendarError(f"{where}: missing text")
        days = int(item.get("days", 1))
        if days < 1:
            raise CalendarError(f"{where}: days must be at least 1")
        entries.append(
            CalendarEntry(
                id=entry_id,
                name=str(item.get("name") or entry_id).strip(),
                month=month,
                day=day,
                text=text,
                at=_parse_time(item.get("time", "09:00"), where),
                audience=_parse_audience(item.get("audience"), where),
                ask_ack=bool(item.get("ack", False)),
                days=days,
            )
        )
    return entries


def load_calendar(path: Path) -> list[CalendarEntry]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CalendarError(f"{path}: not valid YAML: {exc}") from None
    return parse_calendar(raw, str(path))


def due_entries(
    entries: Sequence[CalendarEntry], now: datetime, zone: ZoneInfo
) -> list[tuple[CalendarEntry, int]]:
    """Entries whose date and time have come (and whose catch-up window is open), with their year."""
    local = now.astimezone(zone)
    due: list[tuple[CalendarEntry, int]] = []
    for entry in entries:
        for year in (local.year - 1, local.year):  # a window may run over New Year
            start = entry.start(year, zone)
            if start is None:
                continue
            in_window = start <= local and local.date() < start.date() + timedelta(days=entry.days)
            # catching up on a later day of the window still waits for the entry's time of day
            if in_window and local.time() >= entry.at:
                due.append((entry, year))
    return due


async def resolve_audience(session: AsyncSession, spec: AudienceSpec) -> Audience | None:
    """The audience of a calendar entry now; None if none of its units exists any more."""
    if spec.kind != AudienceKind.UNIT_GROUPS:
        return Audience(spec.kind, roles=spec.roles)
    unit_ids = []
    for name in spec.unit_names:
        unit = await find_unit(session, name)
        if unit is None:
            log.warning("publicity calendar: unknown unit %r", name)
        else:
            unit_ids.append(unit.id)
    return Audience(spec.kind, unit_ids=tuple(unit_ids)) if unit_ids else None


async def fire_calendar(
    session: AsyncSession,
    entries: Sequence[CalendarEntry],
    *,
    now: datetime,
    zone: ZoneInfo,
    hours: DeliveryHours = DEFAULT_HOURS,
) -> list[Broadcast]:
    """Broadcast every entry that is due and has not fired this year.

    Found due in the evening or in quiet hours, it is recorded now (it fires once) and delivered
    when quiet hours end.
    """
    fired: list[Broadcast] = []
    start = hours.daytime_start(now, zone)
    for entry, year in due_entries(entries, now, zone):
        key = f"cal:{entry.id}:{year}"
        if await session.scalar(select(Broadcast.id).where(Broadcast.dedup_key == key)) is not None:
            continue
        audience = await resolve_audience(session, entry.audience)
        if audience is None:
            continue
        broadcast = await create_broadcast(
            session,
            content=Content(text=entry.text),
            audience=audience,
            now=now,
            ask_ack=entry.ask_ack,
            origin=BroadcastOrigin.CALENDAR,
            title=entry.name,
            dedup_key=key,
            deliver_from=start,
        )
        if broadcast is not None:
            log.info(
                "publicity calendar: %s (%s) to %s chats from %s",
                entry.id,
                year,
                broadcast.recipients,
                start.astimezone(zone).isoformat(timespec="minutes"),
            )
            fired.append(broadcast)
    return fired


# ---------------------------------------------------------------- the weekly tip


@dataclass(frozen=True)
class Tip:
    """One safety rule to publicise, with where it comes from."""

    key: str
    text: str
    source: str = ""


@dataclass(frozen=True)
class TipSchedule:
    enabled: bool = True
    weekday: int = 1  # ISO: Monday = 1
    at: time = time(9, 0)
    # A bot that comes up late on the day sends the tip only within this long after `at`,
    # not in the evening.
    window: timedelta = timedelta(hours=8)
    audience: Audience = Audience(AudienceKind.ALL_GROUPS)
    ask_ack: bool = False


TIP_TITLE = "每周安全提示"


def tip_text(tip: Tip) -> str:
    return tip.text.strip() + (f"\n（依据：{tip.source}）" if tip.source else "")


async def fire_weekly_tip(
    session: AsyncSession, tips: Sequence[Tip], schedule: TipSchedule, *, now: datetime, zone: ZoneInfo
) -> Broadcast | None:
    """On the tip's weekday, from its time on, broadcast the next tip in rotation (once a week)."""
    if not schedule.enabled or not tips:
        return None
    local = now.astimezone(zone)
    start = datetime.combine(local.date(), schedule.at, zone)
    if local.isoweekday() != schedule.weekday or not start <= local < start + schedule.window:
        return None
    iso = local.isocalendar()
    key = f"tip:{iso.year}-W{iso.week:02d}"
    if await session.scalar(select(Broadcast.id).where(Broadcast.dedup_key == key)) is not None:
        return None
    given = await session.scalar(
        select(func.count()).select_from(Broadcast).where(Broadcast.origin == BroadcastOrigin.TIP.value)
    )
    tip = tips[int(given or 0) % len(tips)]
    return await create_broadcast(
        session,
        content=Content(text=tip_text(tip)),
        audience=schedule.audience,
        now=now,
        ask_ack=schedule.ask_ack,
        origin=BroadcastOrigin.TIP,
        title=TIP_TITLE,
        dedup_key=key,
    )


def load_tips(path: Path) -> list[Tip]:
    """The shipped tips file: `tips: [{id, text, source}]`."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    items = raw.get("tips", []) if isinstance(raw, dict) else raw
    return [
        Tip(key=str(item["id"]), text=str(item["text"]).strip(), source=str(item.get("source") or "").strip())
        for item in items
    ]
