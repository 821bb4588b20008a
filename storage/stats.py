"""Ledger statistics for a period and a scope: counts, rates, breakdowns, trends, rankings.

Definitions (a period is [start, end) in local dates; `as_of` is its end, or now if that is
earlier):
- reported: hazards found (created) in the period, whatever became of them; `invalid` of them
  were judged invalid or duplicate, the rest are `valid`.
- closed: hazards closed (销号) in the period.
- open: hazards open at `as_of` (reported, assigned or rectified-awaiting-verification).
- overdue: open at `as_of`, past the deadline and not yet rectified.
- closure rate (整改率): of the period's valid reports, the share closed by `as_of`.
- on-time rate: of the hazards closed in the period that had a deadline, the share rectified on
  or before it (the rectification date, or the closing date if none was recorded).
- days to close: closed_at − created_at of the hazards closed in the period.
- open major hazards: open at `as_of` and of level major (the 动态清零 figure).
The trend series gives, per week (periods up to 92 days) or month, the hazards reported and
closed and the open major hazards at the end of the bucket.

History is taken from created_at, rectified_at and closed_at (and updated_at as the moment an
invalid or duplicate report left the ledger); a hazard's level and deadline are their current
values. Hazards are scanned in keyset batches of compact tuples, so memory stays bounded.

Anonymous reports are never attributed: rankings fold them into one 匿名 row.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, func, not_, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    HAZARD_CATEGORY_LABELS,
    HAZARD_LEVEL_LABELS,
    HAZARD_SOURCE_LABELS,
    Hazard,
    HazardCategory,
    HazardLevel,
    HazardSource,
    HazardStatus,
    Person,
    PointAward,
    Unit,
)
from storage.people import find_unit, root_unit, unit_subtree_ids
from storage.permissions import ORGANISATION_WIDE, Actor

ANONYMOUS = "匿名"
NO_UNIT = "未指定单位"
UNRATED = "未定级"
WEEKLY_MAX_DAYS = 92
BATCH_SIZE = 2000

_DROPPED = (HazardStatus.INVALID.value, HazardStatus.DUPLICATE.value)
_DONE = (HazardStatus.RECTIFIED.value, HazardStatus.CLOSED.value)


class PeriodError(ValueError):
    """A period the user typed that cannot be read, with a message for them (Chinese)."""


# ---------------------------------------------------------------- periods


@dataclass(frozen=True)
class Period:
    start: date  # first day, local
    end: date  # the day after the last day, local
    label: str

    @property
    def last_day(self) -> date:
        return self.end - timedelta(days=1)

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    @property
    def granularity(self) -> str:
        return "week" if self.days <= WEEKLY_MAX_DAYS else "month"

    def bounds(self, zone: ZoneInfo) -> tuple[datetime, datetime]:
        return _instant(self.start, zone), _instant(self.end, zone)


def _instant(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), zone).astimezone(UTC)


def _next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def month_period(year: int, month: int) -> Period:
    start = date(year, month, 1)
    return Period(start, _next_month(start), f"{year}年{month}月")


def parse_month(text: str) -> tuple[int, int]:
    """`2026-03`, `2026/3`, `202603`, `2026年3月` → (2026, 3)."""
    cleaned = text.strip().replace("年", "-").replace("月", "").replace("/", "-").replace(".", "-")
    try:
        if "-" in cleaned:
            year_text, month_text = cleaned.split("-", 1)
            year, month = int(year_text), int(month_text)
        elif len(cleaned) == 6 and cleaned.isdigit():
            year, month = int(cleaned[:4]), int(cleaned[4:])
        else:
            raise ValueError(cleaned)
        if not (2000 <= year <= 2100 and 1 <= month <= 12):
            raise ValueError(cleaned)
    except ValueError:
        raise PeriodError(f"无法识别的月份：{text}（示例：2026-03）") from None
    return year, month


def _parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip().replace("/", "-"))
    except ValueError:
        raise PeriodError(f"无法识别的日期：{text}（示例：2026-03-01）") from None


PERIOD_HELP = "本月、上月、本周、近30天、今年、2026-03、2026、2026-01-01~2026-03-31"


def parse_period(text: str | None, today: date) -> Period:
    """What people type after /stats: 本月 (default), 上月, 本周, 近30天, 今年, 2026-03, 2026, a range."""
    value = (text or "").strip().lower()
    if value in ("", "本月", "month", "this_month"):
        return month_period(today.year, today.month)
    if value in ("上月", "last_month"):
        previous = today.replace(day=1) - timedelta(days=1)
        return month_period(previous.year, previous.month)
    if value in ("本周", "week", "this_week"):
        monday = today - timedelta(days=today.weekday())
        return Period(monday, monday + timedelta(days=7), f"本周（{monday:%m-%d}起）")
    if value in ("今年", "本年", "year", "this_year"):
        return Period(date(today.year, 1, 1), date(today.year + 1, 1, 1), f"{today.year}年")
    for prefix, suffix in (("近", "天"), ("", "天"), ("", "d")):
        core = value.removeprefix(prefix).removesuffix(suffix)
        if core != value and core.isdigit() and 0 < int(core) <= 3660:
            days = int(core)
            return Period(today - timedelta(days=days - 1), today + timedelta(days=1), f"近{days}天")
    for separator in ("~", "..", "至", "到", " "):
        if separator in value:
            first, _, second = value.partition(separator)
            start, last = _parse_day(first), _parse_day(second)
            if last < start:
                raise PeriodError("结束日期早于开始日期")
            return Period(start, last + timedelta(days=1), f"{start}至{last}")
    if value.isdigit() and len(value) == 4:
        year = int(value)
        return Period(date(year, 1, 1), date(year + 1, 1, 1), f"{year}年")
    if value.count("-") == 2:
        day = _parse_day(value)
        return Period(day, day + timedelta(days=1), str(day))
    try:
        year, month = parse_month(value)
    except PeriodError:
        raise PeriodError(f"无法识别的统计期间：{text}（可用：{PERIOD_HELP}）") from None
    return month_period(year, month)


def buckets(period: Period) -> list[tuple[date, date, str]]:
    """Weeks (Monday to Sunday, clipped to the period) or calendar months."""
    out: list[tuple[date, date, str]] = []
    start = period.start
    while start < period.end:
        if period.granularity == "week":
            stop = min(start + timedelta(days=7 - start.weekday()), period.end)
            label = f"{start:%m-%d}"
        else:
            stop = min(_next_month(start), period.end)
            label = f"{start:%Y-%m}"
        out.append((start, stop, label))
        start = stop
    return out


# ---------------------------------------------------------------- results


@dataclass
class Counts:
    reported: int = 0
    closed: int = 0
    open: int = 0


@dataclass
class SeriesPoint:
    label: str
    start: date
    end: date  # exclusive
    reported: int = 0
    closed: int = 0
    open_major: int = 0


@dataclass
class LedgerStats:
    period: Period
    scope: str
    as_of: datetime
    reported: int = 0
    invalid: int = 0
    closed: int = 0
    open: int = 0
    overdue: int = 0
    open_major: int = 0
    supervised_open: int = 0
    closure_rate: float | None = None
    on_time_rate: float | None = None
    mean_days_to_close: float | None = None
    median_days_to_close: float | None = None
    by_level: list[tuple[str, Counts]] = field(default_factory=list)
    by_category: list[tuple[str, Counts]] = field(default_factory=list)
    by_unit: list[tuple[str, Counts]] = field(default_factory=list)
    by_source: list[tuple[str, Counts]] = field(default_factory=list)
    series: list[SeriesPoint] = field(default_factory=list)

    @property
    def valid(self) -> int:
        return self.reported - self.invalid


@dataclass(frozen=True)
class Scope:
    """The whole organisation (unit_ids None) or a unit and the units below it."""

    name: str
    unit_ids: frozenset[int] | None = None
    root_id: int | None = None  # the unit whose children the by-unit breakdown shows

    def where(self) -> ColumnElement[bool]:
        if self.unit_ids is None:
            return true()
        return Hazard.unit_id.in_(sorted(self.unit_ids))


class ScopeError(ValueError):
    """A unit the person may not see or that does not exist (message in Chinese)."""


async def resolve_scope(
    session: AsyncSession, actor: Actor, person_unit_id: int | None, unit_name: str | None, organisation: str
) -> Scope:
    """What this person's statistics and exports cover.

    Safety officers, the principal and admins: the whole organisation, or any unit they name.
    Managers: their own unit subtree (Actor.unit_ids), or a unit inside it.
    """
    wide = actor.role in ORGANISATION_WIDE
    if unit_name:
        unit = await find_unit(session, unit_name)
        if unit is None:
            raise ScopeError(f"找不到单位：{unit_name}")
        if not wide and unit.id not in actor.unit_ids:
            raise ScopeError(f"您只能查看本单位及下级单位的数据，“{unit.name}”不在其中")
        root = await root_unit(session, organisation)
        if unit.id == root.id:
            return Scope(root.name)
        return Scope(unit.name, await unit_subtree_ids(session, unit.id), unit.id)
    if wide:
        return Scope((await root_unit(session, organisation)).name)
    if person_unit_id is None or not actor.unit_ids:
        raise ScopeError("您还没有所属单位，无法查看统计，请联系安全员")
    unit = await session.get(Unit, person_unit_id)
    return Scope(unit.name if unit else "本单位", actor.unit_ids, person_unit_id)


# ---------------------------------------------------------------- computing


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


async def _unit_rollup(session: AsyncSession, scope: Scope) -> dict[int, str]:
    """Each unit → the name of its ancestor just below the scope's root (or the root itself)."""
    rows = (await session.execute(select(Unit.id, Unit.name, Unit.parent_id))).all()
    parents = {r.id: r.parent_id for r in rows}
    names = {r.id: r.name for r in rows}
    root = scope.root_id
    if root is None:
        roots = [r.id for r in rows if r.parent_id is None]
        root = roots[0] if len(roots) == 1 else None
    out: dict[int, str] = {}
    for unit_id in parents:
        chain = [unit_id]
        while parents.get(chain[-1]) is not None and chain[-1] != root and len(chain) < 100:
            chain.append(parents[chain[-1]])  # type: ignore[arg-type]
        if root is not None and root in chain:
            index = chain.index(root)
            out[unit_id] = names[chain[index - 1]] if index > 0 else names[root]
        else:
            out[unit_id] = names[chain[-1]]
    return out


async def compute_stats(
    session: AsyncSession,
    period: Period,
    *,
    zone: ZoneInfo,
    now: datetime,
    scope: Scope,
    batch_size: int = BATCH_SIZE,
) -> LedgerStats:
    """The statistics of `period` within `scope` (see the module docstring for definitions)."""
    start, end = period.bounds(zone)
    as_of = min(end, now)
    as_of_day = as_of.astimezone(zone).date()
    stats = LedgerStats(period=period, scope=scope.name, as_of=as_of)
    rollup = await _unit_rollup(session, scope)
    points = [
        (b_start, b_end, label, _instant(b_start, zone), min(_instant(b_end, zone), now))
        for b_start, b_end, label in buckets(period)
        if _instant(b_start, zone) <= now
    ]
    stats.series = [SeriesPoint(label, b_start, b_end) for b_start, b_end, label, _, _ in points]

    level_counts: dict[str, Counts] = {}
    category_counts: dict[str, Counts] = {}
    unit_counts: dict[str, Counts] = {}
    source_counts: dict[str, Counts] = {}
    durations: list[float] = []
    closed_of_valid = 0
    on_time = with_deadline = 0

    ended_before_start = or_(
        and_(Hazard.status == HazardStatus.CLOSED.value, Hazard.closed_at < start),
        and_(Hazard.status.in_(_DROPPED), Hazard.updated_at < start),
    )
    where = and_(scope.where(), Hazard.created_at < end, not_(ended_before_start))
    last_id = 0
    while True:
        rows = (
            await session.execute(
                select(
                    Hazard.id,
                    Hazard.status,
                    Hazard.level,
                    Hazard.source,
                    Hazard.category,
                    Hazard.unit_id,
                    Hazard.created_at,
                    Hazard.updated_at,
                    Hazard.rectified_at,
                    Hazard.closed_at,
                    Hazard.deadline,
                    Hazard.supervised,
                )
                .where(where, Hazard.id > last_id)
                .order_by(Hazard.id)
                .limit(batch_size)
            )
        ).all()
        if not rows:
            break
        last_id = rows[-1].id
        for r in rows:
            if r.status == HazardStatus.CLOSED.value:
                ended = r.closed_at or r.updated_at
            elif r.status in _DROPPED:
                ended = r.updated_at
            else:
                ended = None

            def open_at(
                instant: datetime, created: datetime = r.created_at, gone: datetime | None = ended
            ) -> bool:
                return created <= instant and (gone is None or gone > instant)

            reported = start <= r.created_at < end
            closed = r.status == HazardStatus.CLOSED.value and ended is not None and start <= ended < end
            is_open = open_at(as_of)
            major = r.level == HazardLevel.MAJOR.value
            keys = (
                (
                    level_counts,
                    HAZARD_LEVEL_LABELS.get(HazardLevel(r.level), r.level) if r.level else UNRATED,
                ),
                (category_counts, _label(HAZARD_CATEGORY_LABELS, HazardCategory, r.category)),
                (unit_counts, rollup.get(r.unit_id, NO_UNIT) if r.unit_id is not None else NO_UNIT),
                (source_counts, _label(HAZARD_SOURCE_LABELS, HazardSource, r.source)),
            )
            for table, key in keys:
                counts = table.setdefault(key, Counts())
                counts.reported += reported
                counts.closed += closed
                counts.open += is_open
            if reported:
                stats.reported += 1
                if r.status in _DROPPED:
                    stats.invalid += 1
                elif r.status == HazardStatus.CLOSED.value and ended is not None and ended <= as_of:
                    closed_of_valid += 1
            if closed:
                assert ended is not None
                stats.closed += 1
                durations.append((ended - r.created_at).total_seconds() / 86400)
                if r.deadline is not None:
                    with_deadline += 1
                    done = (r.rectified_at or ended).astimezone(zone).date()
                    on_time += done <= r.deadline
            if is_open:
                stats.open += 1
                stats.open_major += major
                stats.supervised_open += bool(r.supervised)
                rectified = r.rectified_at is not None and r.rectified_at <= as_of and r.status in _DONE
                if r.deadline is not None and r.deadline < as_of_day and not rectified:
                    stats.overdue += 1
            for point, (_, _, _, b_start, b_end) in zip(stats.series, points, strict=True):
                point.reported += b_start <= r.created_at < b_end
                point.closed += closed and ended is not None and b_start <= ended < b_end
                point.open_major += major and open_at(b_end)

    stats.closure_rate = _ratio(closed_of_valid, stats.valid)
    stats.on_time_rate = _ratio(on_time, with_deadline)
    if durations:
        stats.mean_days_to_close = statistics.fmean(durations)
        stats.median_days_to_close = statistics.median(durations)
    stats.by_level = _ordered(level_counts, [*HAZARD_LEVEL_LABELS.values(), UNRATED])
    stats.by_category = _ordered(category_counts, list(HAZARD_CATEGORY_LABELS.values()))
    stats.by_source = _ordered(source_counts, list(HAZARD_SOURCE_LABELS.values()))
    stats.by_unit = sorted(
        ((k, c) for k, c in unit_counts.items() if c.reported or c.closed or c.open),
        key=lambda item: (-item[1].reported, -item[1].open, item[0]),
    )
    return stats


def _label(labels: dict, enum: type, value: str) -> str:  # type: ignore[type-arg]
    try:
        return str(labels[enum(value)])
    except (ValueError, KeyError):
        return value


def _ordered(table: dict[str, Counts], order: list[str]) -> list[tuple[str, Counts]]:
    keys = [k for k in order if k in table] + sorted(k for k in table if k not in order)
    return [(k, table[k]) for k in keys if table[k].reported or table[k].closed or table[k].open]


# ---------------------------------------------------------------- rankings


@dataclass(frozen=True)
class RankRow:
    rank: int
    name: str  # 匿名 for every anonymous report, folded together
    reports: int
    valid: int
    points: int


@dataclass(frozen=True)
class MonthPoints:
    label: str  # 2026-03
    rows: list[RankRow]


async def reporter_ranking(
    session: AsyncSession,
    period: Period,
    *,
    zone: ZoneInfo,
    scope: Scope,
    limit: int | None = 10,
) -> list[RankRow]:
    """Workers' reports (source 职工/群众举报) found in the period and points awarded in it.

    All anonymous reports and their points form one 匿名 row, so no position in the ranking can
    be traced back to a person.
    """
    start, end = period.bounds(zone)
    key = func.coalesce(Hazard.anonymous, False)
    reports = await session.execute(
        select(Hazard.reporter_id, key, Hazard.status, func.count())
        .where(
            scope.where(),
            Hazard.source == HazardSource.REPORT.value,
            Hazard.created_at >= start,
            Hazard.created_at < end,
        )
        .group_by(Hazard.reporter_id, key, Hazard.status)
    )
    tally: dict[int | str, list[int]] = {}
    for reporter_id, anonymous, status, count in reports:
        who: int | str = ANONYMOUS if anonymous or reporter_id is None else reporter_id
        entry = tally.setdefault(who, [0, 0, 0])
        entry[0] += count
        entry[1] += 0 if status in _DROPPED else count
    for who, points in await _points(session, start, end, scope):
        tally.setdefault(who, [0, 0, 0])[2] += points
    return await _rank(session, tally, limit)


async def _points(
    session: AsyncSession, start: datetime, end: datetime, scope: Scope
) -> Iterable[tuple[int | str, int]]:
    anonymous = func.coalesce(Hazard.anonymous, False)
    unit = func.coalesce(Hazard.unit_id, Person.unit_id)
    statement = (
        select(PointAward.person_id, anonymous, func.sum(PointAward.points))
        .join(Person, Person.id == PointAward.person_id)
        .outerjoin(Hazard, Hazard.id == PointAward.hazard_id)
        .where(PointAward.created_at >= start, PointAward.created_at < end)
        .group_by(PointAward.person_id, anonymous)
    )
    if scope.unit_ids is not None:
        statement = statement.where(unit.in_(sorted(scope.unit_ids)))
    return [
        (ANONYMOUS if is_anonymous else person_id, int(total or 0))
        for person_id, is_anonymous, total in await session.execute(statement)
    ]


async def _rank(session: AsyncSession, tally: dict[int | str, list[int]], limit: int | None) -> list[RankRow]:
    ids = [k for k in tally if isinstance(k, int)]
    names: dict[int, str] = {}
    if ids:
        names = {
            r.id: r.name
            for r in await session.execute(select(Person.id, Person.name).where(Person.id.in_(ids)))
        }
    rows = [
        (names.get(who, "未知") if isinstance(who, int) else who, reports, valid, points)
        for who, (reports, valid, points) in tally.items()
    ]
    rows.sort(key=lambda r: (-r[3], -r[2], -r[1], r[0]))
    if limit is not None:
        rows = rows[:limit]
    return [
        RankRow(i, name, reports, valid, points) for i, (name, reports, valid, points) in enumerate(rows, 1)
    ]


async def points_by_month(
    session: AsyncSession, period: Period, *, zone: ZoneInfo, scope: Scope, limit: int = 3
) -> list[MonthPoints]:
    """Each calendar month of the period with its points leaders (匿名 folded as above)."""
    out: list[MonthPoints] = []
    month = period.start.replace(day=1)
    while month < period.end:
        start, end = (
            _instant(max(month, period.start), zone),
            _instant(min(_next_month(month), period.end), zone),
        )
        tally: dict[int | str, list[int]] = {}
        for who, points in await _points(session, start, end, scope):
            tally.setdefault(who, [0, 0, 0])[2] += points
        ranked = [r for r in await _rank(session, tally, None) if r.points]
        out.append(MonthPoints(f"{month:%Y-%m}", ranked[:limit]))
        month = _next_month(month)
    return out


# ---------------------------------------------------------------- text


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def days(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} 天"


def _breakdown(title: str, rows: list[tuple[str, Counts]], limit: int = 8) -> list[str]:
    if not rows:
        return []
    lines = [f"【{title}】上报/销号/未销号"]
    for name, c in rows[:limit]:
        lines.append(f"  {name}：{c.reported}/{c.closed}/{c.open}")
    if len(rows) > limit:
        lines.append(f"  …另有 {len(rows) - limit} 项")
    return lines


def format_stats(
    stats: LedgerStats,
    zone: ZoneInfo,
    ranking: list[RankRow] | None = None,
    months: list[MonthPoints] | None = None,
) -> str:
    """The statistics as a Telegram message (plain text, Chinese)."""
    as_of = stats.as_of.astimezone(zone)
    p = stats.period
    lines = [
        f"📊 隐患排查治理统计 · {stats.scope}",
        f"统计期间：{p.label}（{p.start} 至 {p.last_day}），截至 {as_of:%Y-%m-%d %H:%M}",
        "",
        f"上报隐患：{stats.reported} 条（其中无效/重复 {stats.invalid} 条）",
        f"本期销号：{stats.closed} 条",
        f"未销号：{stats.open} 条，其中逾期 {stats.overdue} 条",
        f"重大隐患未销号：{stats.open_major} 条"
        + (f"（挂牌督办 {stats.supervised_open} 条）" if stats.supervised_open else ""),
        f"整改率：{percent(stats.closure_rate)}　按期整改率：{percent(stats.on_time_rate)}",
        f"平均销号用时：{days(stats.mean_days_to_close)}　中位数：{days(stats.median_days_to_close)}",
    ]
    for title, rows in (
        ("按等级", stats.by_level),
        ("按类别", stats.by_category),
        ("按单位", stats.by_unit),
        ("按来源", stats.by_source),
    ):
        part = _breakdown(title, rows)
        if part:
            lines += ["", *part]
    if stats.series:
        unit = "周" if p.granularity == "week" else "月"
        lines += ["", f"【逐{unit}趋势】上报/销号/重大隐患未销号"]
        lines += [f"  {s.label}：{s.reported}/{s.closed}/{s.open_major}" for s in stats.series]
    if ranking:
        lines += ["", "【隐患报告排行】报告/有效/积分"]
        lines += [f"  {r.rank}. {r.name}：{r.reports}/{r.valid}/{r.points}" for r in ranking]
    if months and len(months) > 1:
        lines += ["", "【每月积分前三】"]
        for m in months:
            leaders = "，".join(f"{r.name} {r.points}" for r in m.rows) or "无"
            lines.append(f"  {m.label}：{leaders}")
    return "\n".join(lines)


__all__ = [
    "ANONYMOUS",
    "Counts",
    "LedgerStats",
    "MonthPoints",
    "Period",
    "PeriodError",
    "RankRow",
    "Scope",
    "ScopeError",
    "SeriesPoint",
    "buckets",
    "compute_stats",
    "format_stats",
    "month_period",
    "parse_month",
    "parse_period",
    "points_by_month",
    "reporter_ranking",
    "resolve_scope",
]
