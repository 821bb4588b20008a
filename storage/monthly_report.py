"""The draft monthly report (每月20日前报送工作开展情况): statistics text, trend chart, the month's ledger.

On `monthly_report_day` (default the 15th, ahead of the 20th) every safety officer gets it
through the outbox under one dedup key per month and person, so restarts and a second bot
instance send it once. `/report_month YYYY-MM` builds the same report on demand.

The files live under <data_dir>/exports/ until the sender has uploaded them; `prune_exports`
removes old ones.
"""

from __future__ import annotations

import asyncio
import logging
import time as walltime
import uuid
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.charts import trend_chart
from storage.export import LedgerFilter, export_ledger
from storage.models import OutboxMessage, Person, Role
from storage.outbox import Message, enqueue
from storage.people import people_with_role
from storage.stats import Period, Scope, compute_stats, format_stats, month_period, reporter_ranking

log = logging.getLogger(__name__)

EXPORT_DIR = "exports"
KIND = "monthly_report"
KEEP_EXPORTS = timedelta(days=14)


@dataclass(frozen=True)
class MonthlyReport:
    period: Period
    text: str
    chart: str  # path relative to the data directory
    ledger: str  # path relative to the data directory
    ledger_filename: str
    hazards: int


def export_path(data_dir: Path, filename: str) -> tuple[Path, str]:
    """A fresh file under <data_dir>/exports/<random>/filename, and its path relative to data_dir."""
    relative = Path(EXPORT_DIR) / uuid.uuid4().hex[:12] / filename
    full = data_dir / relative
    full.parent.mkdir(parents=True, exist_ok=True)
    return full, relative.as_posix()


async def build_monthly_report(
    session: AsyncSession,
    year: int,
    month: int,
    *,
    zone: ZoneInfo,
    now: datetime,
    data_dir: Path,
    scope: Scope,
    thumbnail_limit: int = 200,
) -> MonthlyReport:
    """Compute the month's statistics, draw the chart, export the month's working ledger."""
    period = month_period(year, month)
    stats = await compute_stats(session, period, zone=zone, now=now, scope=scope)
    ranking = await reporter_ranking(session, period, zone=zone, scope=scope, limit=5)
    draft = now < datetime.combine(period.end, time(0), zone)
    heading = f"📝 {period.label}隐患排查治理工作情况（{'草稿，' if draft else ''}请核对后于每月20日前报送）"
    text = heading + "\n\n" + format_stats(stats, zone, ranking)
    chart_png = await asyncio.to_thread(trend_chart, stats)
    chart_path, chart_rel = export_path(data_dir, f"趋势图_{year}-{month:02d}.png")
    await asyncio.to_thread(chart_path.write_bytes, chart_png)
    # the month's working ledger: found this month, plus what was still open or closed in it
    filters = LedgerFilter(
        date_from=period.start, date_to=period.last_day, unit_ids=scope.unit_ids, carry_over=True
    )
    filename = f"隐患台账_{year}-{month:02d}.xlsx"
    ledger_path, ledger_rel = export_path(data_dir, filename)
    result = await export_ledger(
        session,
        ledger_path,
        filters=filters,
        zone=zone,
        today=now.astimezone(zone).date(),
        data_dir=data_dir,
        thumbnail_limit=thumbnail_limit,
    )
    return MonthlyReport(period, text, chart_rel, ledger_rel, filename, result.hazards)


async def enqueue_report(
    session: AsyncSession,
    report: MonthlyReport,
    chat_id: int,
    *,
    now: datetime,
    person_id: int | None = None,
    dedup_prefix: str | None = None,
) -> bool:
    """Three messages in order: the text, the chart, the ledger. False if already sent (dedup)."""
    parts = [
        ("text", Message(text=report.text)),
        ("chart", Message(photo=report.chart, text=f"{report.period.label}隐患排查治理趋势")),
        (
            "ledger",
            Message(
                document=report.ledger,
                filename=report.ledger_filename,
                text=f"{report.period.label}隐患台账（{report.hazards} 条，含此前发现、本月仍未销号或本月销号的隐患）",
            ),
        ),
    ]
    queued = False
    # the sender delivers one chat's rows one at a time in (not_before, id) order: as queued here
    for name, message in parts:
        key = f"{dedup_prefix}:{name}" if dedup_prefix else None
        queued |= await enqueue(
            session, chat_id, message, now=now, kind=KIND, person_id=person_id, dedup_key=key
        )
    return queued


def report_month(now: datetime, zone: ZoneInfo, covers: str) -> tuple[int, int]:
    local = now.astimezone(zone).date()
    if covers == "previous":
        previous = local.replace(day=1) - timedelta(days=1)
        return previous.year, previous.month
    return local.year, local.month


def dedup_prefix(year: int, month: int, person_id: int) -> str:
    return f"{KIND}:{year}-{month:02d}:{person_id}"


async def send_due_monthly_reports(
    session: AsyncSession,
    *,
    now: datetime,
    zone: ZoneInfo,
    day: int,
    at: time,
    covers: str,
    data_dir: Path,
    organisation: str,
    thumbnail_limit: int = 200,
) -> int:
    """On or after the report day and time, queue the report for each safety officer not yet sent it."""
    local = now.astimezone(zone)
    if (local.day, local.time()) < (day, at):
        return 0
    year, month = report_month(now, zone, covers)
    officers = [p for p in await people_with_role(session, Role.SAFETY_OFFICER) if p.telegram_user_id]
    done = set(
        await session.scalars(
            select(OutboxMessage.dedup_key).where(
                OutboxMessage.dedup_key.in_([f"{dedup_prefix(year, month, p.id)}:text" for p in officers])
            )
        )
    )
    waiting: list[Person] = [p for p in officers if f"{dedup_prefix(year, month, p.id)}:text" not in done]
    if not waiting:
        return 0
    report = await build_monthly_report(
        session,
        year,
        month,
        zone=zone,
        now=now,
        data_dir=data_dir,
        scope=Scope(organisation),
        thumbnail_limit=thumbnail_limit,
    )
    sent = 0
    for officer in waiting:
        assert officer.telegram_user_id is not None
        sent += await enqueue_report(
            session,
            report,
            officer.telegram_user_id,
            now=now,
            person_id=officer.id,
            dedup_prefix=dedup_prefix(year, month, officer.id),
        )
    log.info("monthly report %d-%02d queued for %d safety officer(s)", year, month, sent)
    return sent


def prune_exports(data_dir: Path, *, keep: timedelta = KEEP_EXPORTS) -> int:
    """Delete export folders older than `keep` (by file time: the wall clock of the file system)."""
    root = data_dir / EXPORT_DIR
    if not root.is_dir():
        return 0
    cutoff = walltime.time() - keep.total_seconds()
    removed = 0
    for folder in root.iterdir():
        if not folder.is_dir():
            continue
        files = list(folder.iterdir())
        # the folder's own time too: an export being written may not have its file yet
        if max([folder.stat().st_mtime, *(f.stat().st_mtime for f in files)]) >= cutoff:
            continue
        for f in files:
            f.unlink(missing_ok=True)
        folder.rmdir()
        removed += 1
    return removed
