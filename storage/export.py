"""The hazard ledger (隐患台账) as a spreadsheet: .xlsx for people, .csv for machines.

Both writers stream: hazards are read in keyset batches (id > last id, LIMIT n) and written row
by row — xlsxwriter in constant_memory mode flushes each row to a temporary file — so memory
stays flat whether the ledger holds a hundred hazards or a hundred thousand.

Photos: the first photo before and after rectification is embedded as a small thumbnail when the
export holds at most `thumbnail_limit` hazards (a month's ledger, the usual case); beyond that the
cells give the photo count. Links were the alternative, but the file is forwarded to superiors
who can reach neither the bot's data directory nor Telegram file ids, so a link would dangle;
embedding every photo of a 100,000-row ledger would make the file huge and hold all image bytes in
memory until the workbook closes.

Anonymity: the ledger layout has no reporter column, and in the audit-trail sheet every event by
the reporter of an anonymous hazard shows 匿名. Nothing else carries the reporter.
"""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from storage.hazard_flow import OP_LABELS
from storage.models import (
    HAZARD_CATEGORY_LABELS,
    HAZARD_LEVEL_LABELS,
    HAZARD_SOURCE_LABELS,
    HAZARD_STATUS_LABELS,
    OPEN_HAZARD_STATUSES,
    Hazard,
    HazardEvent,
    HazardPhoto,
    HazardStatus,
    Person,
    PhotoKind,
    Unit,
)

ANONYMOUS = "匿名"
SYSTEM = "系统"
YES, NO = "是", "否"
BATCH_SIZE = 1000
THUMBNAIL_LIMIT = 200
THUMBNAIL_PX = 96

LEDGER_COLUMNS: tuple[str, ...] = (
    "序号",
    "隐患编号",
    "发现日期",
    "来源",
    "单位",
    "位置",
    "类别",
    "隐患描述",
    "等级",
    "整改责任人",
    "整改措施",
    "整改资金",
    "整改时限",
    "应急预案",
    "状态",
    "整改完成日期",
    "验收人",
    "销号日期",
    "是否挂牌督办",
    "是否逾期",
)
PHOTO_COLUMNS: tuple[str, ...] = ("整改前照片", "整改后照片")
EVENT_COLUMNS: tuple[str, ...] = ("序号", "隐患编号", "时间", "操作", "操作人", "原状态", "新状态", "说明")

LEDGER_SHEET = "隐患台账"
EVENT_SHEET = "处理记录"

_DATE_COLUMNS = {"发现日期", "整改时限", "整改完成日期", "销号日期"}
_WRAP_COLUMNS = {"隐患描述", "整改措施", "应急预案", "位置", "说明"}
_WRAP_WIDTH = 40
_MAX_WIDTH = 60

# Event action names (storage.hazard_flow.Op values) in the words of a ledger: the transition
# table's own labels, so a new op (撤销延期申请, 指定验收人) never shows as its code name.
ACTION_LABELS: dict[str, str] = {op.value: label for op, label in OP_LABELS.items()}

STATUS_ALIASES: dict[str, tuple[str, ...]] = {
    "open": tuple(s.value for s in OPEN_HAZARD_STATUSES),
    "未销号": tuple(s.value for s in OPEN_HAZARD_STATUSES),
    "未整改": tuple(s.value for s in OPEN_HAZARD_STATUSES),
    **{s.value: (s.value,) for s in HazardStatus},
    **{label: (s.value,) for s, label in HAZARD_STATUS_LABELS.items()},
}


class ExportError(ValueError):
    """A request that cannot be exported, with a message for the user (Chinese)."""


@dataclass(frozen=True)
class LedgerFilter:
    """Which hazards: found (created) between two local dates inclusive, in some units, statuses."""

    date_from: date | None = None
    date_to: date | None = None
    unit_ids: frozenset[int] | None = None  # None: the whole organisation
    statuses: frozenset[str] | None = None  # HazardStatus values; None: all
    # also hazards found earlier that were still open on date_from (a month's working ledger)
    carry_over: bool = False

    def where(self, zone: ZoneInfo) -> ColumnElement[bool]:
        conditions: list[ColumnElement[bool]] = []
        if self.date_from is not None:
            start = local_midnight(self.date_from, zone)
            found = Hazard.created_at >= start
            if self.carry_over:
                still_open = or_(
                    Hazard.status.in_([s.value for s in OPEN_HAZARD_STATUSES]),
                    and_(Hazard.status == HazardStatus.CLOSED.value, Hazard.closed_at >= start),
                )
                found = or_(found, still_open)
            conditions.append(found)
        if self.date_to is not None:
            conditions.append(Hazard.created_at < local_midnight(self.date_to + timedelta(days=1), zone))
        if self.unit_ids is not None:
            conditions.append(Hazard.unit_id.in_(sorted(self.unit_ids)))
        if self.statuses is not None:
            conditions.append(Hazard.status.in_(sorted(self.statuses)))
        return and_(true(), *conditions)


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    """The UTC instant at which `day` starts in `zone`."""
    return datetime.combine(day, time(0), zone).astimezone(UTC)


def parse_statuses(text: str) -> frozenset[str]:
    """`open`, `closed,assigned`, `已销号`, `未销号` … → status values."""
    found: set[str] = set()
    for part in text.replace("，", ",").split(","):
        key = part.strip()
        if not key:
            continue
        if key not in STATUS_ALIASES:
            known = "、".join(["open", *(s.value for s in HazardStatus), *HAZARD_STATUS_LABELS.values()])
            raise ExportError(f"未知状态：{key}（可用：{known}）")
        found.update(STATUS_ALIASES[key])
    if not found:
        raise ExportError("请指定状态")
    return frozenset(found)


def is_overdue(
    status: str,
    deadline: date | None,
    rectified_on: date | None,
    closed_on: date | None,
    today: date,
) -> bool:
    """Past the deadline: still open after it, or rectified later than it."""
    if deadline is None or status in (HazardStatus.INVALID.value, HazardStatus.DUPLICATE.value):
        return False
    if status in (HazardStatus.RECTIFIED.value, HazardStatus.CLOSED.value):
        done = rectified_on or closed_on
        return done is not None and done > deadline
    return deadline < today


# ---------------------------------------------------------------- rows


@dataclass
class LedgerRow:
    """One hazard as the ledger shows it: display values, dates as local dates."""

    hazard_id: int
    values: list[Any]  # in LEDGER_COLUMNS order; dates as date, None for blank
    before_photos: list[str] = field(default_factory=list)  # paths relative to the data directory
    after_photos: list[str] = field(default_factory=list)
    photo_counts: tuple[int, int] = (0, 0)


@dataclass
class EventRow:
    values: list[Any]  # in EVENT_COLUMNS order; the time as a naive local datetime


_HAZARD_COLUMNS = (
    Hazard.id,
    Hazard.number,
    Hazard.created_at,
    Hazard.source,
    Hazard.unit_id,
    Hazard.location_text,
    Hazard.category,
    Hazard.description,
    Hazard.level,
    Hazard.owner_id,
    Hazard.measures,
    Hazard.funds,
    Hazard.deadline,
    Hazard.contingency_plan,
    Hazard.status,
    Hazard.rectified_at,
    Hazard.verifier_id,
    Hazard.closed_by_id,
    Hazard.closed_at,
    Hazard.supervised,
)


def _label(labels: dict[Any, str], value: str | None, blank: str = "") -> str:
    if value is None:
        return blank
    for key, label in labels.items():
        if key == value:
            return label
    return value


def _local(instant: datetime | None, zone: ZoneInfo) -> date | None:
    return instant.astimezone(zone).date() if instant is not None else None


async def unit_paths(session: AsyncSession) -> dict[int, str]:
    """Every unit's path below the organisation (`一车间/一班`); the root shows its own name."""
    rows = (await session.execute(select(Unit.id, Unit.name, Unit.parent_id))).all()
    by_id = {r.id: (r.name, r.parent_id) for r in rows}
    out: dict[int, str] = {}
    for unit_id in by_id:
        names: list[str] = []
        current: int | None = unit_id
        seen: set[int] = set()
        while current is not None and current in by_id and current not in seen:
            seen.add(current)
            name, parent = by_id[current]
            names.append(name)
            current = parent
        names.reverse()
        out[unit_id] = "/".join(names[1:] if len(names) > 1 else names)
    return out


async def _names(session: AsyncSession, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    rows = await session.execute(select(Person.id, Person.name).where(Person.id.in_(wanted)))
    return {r.id: r.name for r in rows}


async def count_hazards(session: AsyncSession, filters: LedgerFilter, zone: ZoneInfo) -> int:
    return int(await session.scalar(select(func.count()).select_from(Hazard).where(filters.where(zone))) or 0)


async def iter_ledger(
    session: AsyncSession,
    filters: LedgerFilter,
    *,
    zone: ZoneInfo,
    today: date,
    batch_size: int = BATCH_SIZE,
) -> AsyncIterator[list[LedgerRow]]:
    """The ledger in id order, one batch of rows at a time (keyset pagination: flat memory)."""
    units = await unit_paths(session)
    where = filters.where(zone)
    last_id = 0
    index = 0
    while True:
        rows = (
            await session.execute(
                select(*_HAZARD_COLUMNS)
                .where(where, Hazard.id > last_id)
                .order_by(Hazard.id)
                .limit(batch_size)
            )
        ).all()
        if not rows:
            return
        last_id = rows[-1].id
        names = await _names(session, (p for r in rows for p in (r.owner_id, r.verifier_id, r.closed_by_id)))
        photos: dict[int, tuple[list[str], list[str], list[int]]] = {}
        photo_rows = await session.execute(
            select(HazardPhoto.hazard_id, HazardPhoto.kind, HazardPhoto.path)
            .where(HazardPhoto.hazard_id.in_([r.id for r in rows]))
            .order_by(HazardPhoto.id)
        )
        for hazard_id, kind, path in photo_rows:
            before, after, counts = photos.setdefault(hazard_id, ([], [], [0, 0]))
            slot = 1 if kind == PhotoKind.AFTER.value else 0
            counts[slot] += 1
            if path:
                (after if slot else before).append(path)
        batch: list[LedgerRow] = []
        for r in rows:
            index += 1
            closed_on = _local(r.closed_at, zone) if r.status == HazardStatus.CLOSED.value else None
            done = r.status in (HazardStatus.RECTIFIED.value, HazardStatus.CLOSED.value)
            # a hazard sent back keeps its old rectified_at: not a completion any more
            rectified_on = (_local(r.rectified_at, zone) or closed_on) if done else None
            verifier = r.closed_by_id or r.verifier_id
            before, after, counts = photos.get(r.id, ([], [], [0, 0]))
            values: list[Any] = [
                index,
                r.number or f"#{r.id}",
                _local(r.created_at, zone),
                _label(HAZARD_SOURCE_LABELS, r.source),
                units.get(r.unit_id, "") if r.unit_id is not None else "",
                r.location_text or "",
                _label(HAZARD_CATEGORY_LABELS, r.category),
                r.description,
                _label(HAZARD_LEVEL_LABELS, r.level, blank="未定级"),
                names.get(r.owner_id, "") if r.owner_id else "",
                r.measures or "",
                r.funds or "",
                r.deadline,
                r.contingency_plan or "",
                _label(HAZARD_STATUS_LABELS, r.status),
                rectified_on,
                names.get(verifier, "") if verifier else "",
                closed_on,
                YES if r.supervised else NO,
                YES if is_overdue(r.status, r.deadline, rectified_on, closed_on, today) else NO,
            ]
            batch.append(LedgerRow(r.id, values, before, after, (counts[0], counts[1])))
        yield batch


async def iter_events(
    session: AsyncSession,
    filters: LedgerFilter,
    *,
    zone: ZoneInfo,
    batch_size: int = BATCH_SIZE,
) -> AsyncIterator[list[EventRow]]:
    """The audit trail of the selected hazards, hazard by hazard, in keyset batches."""
    where = filters.where(zone)
    last = (0, 0)
    index = 0
    while True:
        rows = (
            await session.execute(
                select(
                    HazardEvent.id,
                    HazardEvent.hazard_id,
                    HazardEvent.actor_id,
                    HazardEvent.action,
                    HazardEvent.from_status,
                    HazardEvent.to_status,
                    HazardEvent.note,
                    HazardEvent.created_at,
                    Hazard.number,
                    Hazard.anonymous,
                    Hazard.reporter_id,
                )
                .join(Hazard, Hazard.id == HazardEvent.hazard_id)
                .where(where)
                .where(
                    (HazardEvent.hazard_id > last[0])
                    | ((HazardEvent.hazard_id == last[0]) & (HazardEvent.id > last[1]))
                )
                .order_by(HazardEvent.hazard_id, HazardEvent.id)
                .limit(batch_size)
            )
        ).all()
        if not rows:
            return
        last = (rows[-1].hazard_id, rows[-1].id)
        names = await _names(session, (r.actor_id for r in rows))
        batch: list[EventRow] = []
        for r in rows:
            index += 1
            if r.actor_id is None:
                actor = SYSTEM
            elif r.anonymous and r.actor_id == r.reporter_id:
                actor = ANONYMOUS
            else:
                actor = names.get(r.actor_id, "")
            batch.append(
                EventRow(
                    [
                        index,
                        r.number or f"#{r.hazard_id}",
                        r.created_at.astimezone(zone).replace(tzinfo=None, microsecond=0),
                        ACTION_LABELS.get(r.action, r.action),
                        actor,
                        _label(HAZARD_STATUS_LABELS, r.from_status),
                        _label(HAZARD_STATUS_LABELS, r.to_status),
                        r.note or "",
                    ]
                )
            )
        yield batch


# ---------------------------------------------------------------- writers


def display_width(text: str) -> int:
    """Width in Latin character cells: CJK characters take two.

    Counted from the UTF-8 length, which runs at C speed: a CJK character (and full-width
    punctuation) is three bytes and counts (3 + 1) / 2 = 2, an ASCII character counts 1.
    """
    if text.isascii():
        return len(text)
    return (len(text.encode("utf-8")) + len(text) + 1) // 2


class _Widths:
    def __init__(self, headers: Sequence[str]) -> None:
        self.headers = headers
        self.widths = [display_width(h) for h in headers]

    def see(self, values: Sequence[Any]) -> None:
        for i, value in enumerate(values):
            if value is None:
                continue
            if isinstance(value, datetime):
                width = 16
            elif isinstance(value, date):
                width = 10
            elif isinstance(value, str):
                width = (
                    display_width(value) if "\n" not in value else max(map(display_width, value.split("\n")))
                )
            else:
                width = len(str(value))
            if width > self.widths[i]:
                self.widths[i] = width

    def excel(self, i: int) -> float:
        cap = _WRAP_WIDTH if self.headers[i] in _WRAP_COLUMNS else _MAX_WIDTH
        return min(self.widths[i], cap) * 1.1 + 2


class LedgerWriter(Protocol):
    def write_hazards(self, rows: Sequence[LedgerRow]) -> None: ...
    def write_events(self, rows: Sequence[EventRow]) -> None: ...
    def close(self) -> None: ...


class XlsxLedgerWriter:
    """Two sheets, 隐患台账 and 处理记录, written strictly row after row (constant memory)."""

    def __init__(
        self,
        path: Path,
        *,
        title: str = "隐患排查治理台账",
        data_dir: Path | None = None,
        thumbnails: bool = False,
    ) -> None:
        import xlsxwriter

        self.workbook = xlsxwriter.Workbook(
            str(path), {"constant_memory": True, "strings_to_numbers": False, "strings_to_urls": False}
        )
        self.workbook.set_properties({"title": title, "comments": "safebot"})
        wb = self.workbook
        self.header = wb.add_format(
            {
                "bold": True,
                "bg_color": "#D9E1F2",
                "border": 1,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
            }
        )
        self.text = wb.add_format({"valign": "top"})
        self.wrap = wb.add_format({"valign": "top", "text_wrap": True})
        self.date = wb.add_format({"num_format": "yyyy-mm-dd", "valign": "top"})
        self.datetime = wb.add_format({"num_format": "yyyy-mm-dd hh:mm", "valign": "top"})
        self.alert = wb.add_format({"valign": "top", "font_color": "#C00000", "bold": True})
        self.data_dir = data_dir
        self.thumbnails = thumbnails and data_dir is not None
        self.columns = LEDGER_COLUMNS + PHOTO_COLUMNS
        self.sheet = wb.add_worksheet(LEDGER_SHEET)
        self.events = wb.add_worksheet(EVENT_SHEET)
        self.widths = _Widths(self.columns)
        self.event_widths = _Widths(EVENT_COLUMNS)
        self.row = 0
        self.event_row = 0
        for sheet, columns in ((self.sheet, self.columns), (self.events, EVENT_COLUMNS)):
            sheet.set_row(0, 30)
            for col, name in enumerate(columns):
                sheet.write_string(0, col, name, self.header)
            sheet.freeze_panes(1, 0)
        self._overdue_col = LEDGER_COLUMNS.index("是否逾期")
        self._major_col = LEDGER_COLUMNS.index("等级")

    def _cell(self, sheet: Any, row: int, col: int, header: str, value: Any) -> None:
        if value is None or value == "":
            return
        if isinstance(value, datetime):
            sheet.write_datetime(row, col, value, self.datetime)
        elif isinstance(value, date):
            sheet.write_datetime(row, col, datetime.combine(value, time(0)), self.date)
        elif isinstance(value, int):
            sheet.write_number(row, col, value, self.text)
        elif header in _WRAP_COLUMNS:
            sheet.write_string(row, col, str(value), self.wrap)
        else:
            sheet.write_string(row, col, str(value), self.text)

    def write_hazards(self, rows: Sequence[LedgerRow]) -> None:
        for item in rows:
            self.row += 1
            r = self.row
            embedded = [self._thumbnail(p) for p in (item.before_photos[:1], item.after_photos[:1])]
            if any(embedded):
                self.sheet.set_row(r, THUMBNAIL_PX * 0.75 + 4)
            for col, (header, value) in enumerate(zip(LEDGER_COLUMNS, item.values, strict=True)):
                if col in (self._overdue_col, self._major_col) and value in (YES, "重大隐患"):
                    self.sheet.write_string(r, col, value, self.alert)
                else:
                    self._cell(self.sheet, r, col, header, value)
            for offset, (image, count) in enumerate(zip(embedded, item.photo_counts, strict=True)):
                col = len(LEDGER_COLUMNS) + offset
                if image is not None:
                    self.sheet.insert_image(
                        r, col, f"photo-{item.hazard_id}-{offset}.jpg", {"image_data": image, "x_offset": 2}
                    )
                elif count:
                    self.sheet.write_string(r, col, f"{count}张", self.text)
            self.widths.see(item.values + [None, None])

    def _thumbnail(self, paths: list[str]) -> io.BytesIO | None:
        if not self.thumbnails or not paths or self.data_dir is None:
            return None
        path = (self.data_dir / paths[0]).resolve()
        if not path.is_relative_to(self.data_dir.resolve()) or not path.is_file():
            return None
        from PIL import Image, UnidentifiedImageError

        try:
            with Image.open(path) as image:
                image.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX))
                out = io.BytesIO()
                image.convert("RGB").save(out, format="JPEG", quality=70)
        except (OSError, UnidentifiedImageError):
            return None
        out.seek(0)
        return out

    def write_events(self, rows: Sequence[EventRow]) -> None:
        for item in rows:
            self.event_row += 1
            for col, (header, value) in enumerate(zip(EVENT_COLUMNS, item.values, strict=True)):
                self._cell(self.events, self.event_row, col, header, value)
            self.event_widths.see(item.values)

    def close(self) -> None:
        # In constant_memory mode column widths and the filter may still be set at the end: they
        # are written ahead of the rows when the sheet is assembled.
        for col in range(len(self.columns)):
            self.sheet.set_column(col, col, self.widths.excel(col))
        if self.thumbnails:
            for offset in range(len(PHOTO_COLUMNS)):
                self.sheet.set_column(len(LEDGER_COLUMNS) + offset, len(LEDGER_COLUMNS) + offset, 14)
        for col in range(len(EVENT_COLUMNS)):
            self.events.set_column(col, col, self.event_widths.excel(col))
        self.sheet.autofilter(0, 0, max(self.row, 1), len(self.columns) - 1)
        self.events.autofilter(0, 0, max(self.event_row, 1), len(EVENT_COLUMNS) - 1)
        self.workbook.close()


class CsvLedgerWriter:
    """The ledger sheet as CSV: UTF-8 with a BOM (so Excel reads the Chinese), ISO dates."""

    def __init__(self, path: Path) -> None:
        self.file = path.open("w", encoding="utf-8-sig", newline="")
        self.writer = csv.writer(self.file)
        self.writer.writerow([*LEDGER_COLUMNS, *PHOTO_COLUMNS])

    def write_hazards(self, rows: Sequence[LedgerRow]) -> None:
        for item in rows:
            cells = ["" if v is None else v.isoformat() if isinstance(v, date) else v for v in item.values]
            self.writer.writerow([*cells, *item.photo_counts])

    def write_events(self, rows: Sequence[EventRow]) -> None:
        """The audit trail is not part of the CSV (one table per file)."""

    def close(self) -> None:
        self.file.close()


# ---------------------------------------------------------------- the export


@dataclass(frozen=True)
class ExportResult:
    path: Path
    hazards: int
    events: int
    thumbnails: bool


def format_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ExportError("导出文件须以 .xlsx 或 .csv 结尾")
    return suffix[1:]


async def export_ledger(
    session: AsyncSession,
    path: Path,
    *,
    filters: LedgerFilter = LedgerFilter(),
    zone: ZoneInfo,
    today: date,
    data_dir: Path | None = None,
    thumbnail_limit: int = THUMBNAIL_LIMIT,
    batch_size: int = BATCH_SIZE,
) -> ExportResult:
    """Write the selected hazards to `path` (.xlsx or .csv by its suffix), streaming."""
    fmt = format_of(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    thumbnails = False
    writer: LedgerWriter
    if fmt == "xlsx":
        if data_dir is not None and thumbnail_limit > 0:
            thumbnails = await count_hazards(session, filters, zone) <= thumbnail_limit
        writer = XlsxLedgerWriter(path, data_dir=data_dir, thumbnails=thumbnails)
    else:
        writer = CsvLedgerWriter(path)
    hazards = events = 0
    try:
        # Rows are read on the event loop and written in a worker thread, one batch at a time
        # (never two threads on the writer): a big export never stalls the bot's other updates.
        async for batch in iter_ledger(session, filters, zone=zone, today=today, batch_size=batch_size):
            await asyncio.to_thread(writer.write_hazards, batch)
            hazards += len(batch)
        if fmt == "xlsx":
            async for event_batch in iter_events(session, filters, zone=zone, batch_size=batch_size):
                await asyncio.to_thread(writer.write_events, event_batch)
                events += len(event_batch)
    finally:
        # Compressing the workbook takes a while for big ledgers: off the event loop.
        await asyncio.to_thread(writer.close)
    return ExportResult(path=path, hazards=hazards, events=events, thumbnails=thumbnails)


def export_filename(filters: LedgerFilter, now: datetime, zone: ZoneInfo, fmt: str = "xlsx") -> str:
    """`隐患台账_2026-03-01_2026-03-31.xlsx`, or with the export date when unbounded."""
    local = now.astimezone(zone)
    if filters.date_from or filters.date_to:
        span = f"{filters.date_from or '起'}_{filters.date_to or local.date()}"
    else:
        span = f"截至{local.date()}"
    return f"隐患台账_{span}.{fmt}"


__all__ = [
    "ANONYMOUS",
    "EVENT_COLUMNS",
    "EVENT_SHEET",
    "LEDGER_COLUMNS",
    "LEDGER_SHEET",
    "PHOTO_COLUMNS",
    "CsvLedgerWriter",
    "ExportError",
    "ExportResult",
    "LedgerFilter",
    "XlsxLedgerWriter",
    "count_hazards",
    "export_filename",
    "export_ledger",
    "is_overdue",
    "iter_events",
    "iter_ledger",
    "parse_statuses",
    "unit_paths",
]
