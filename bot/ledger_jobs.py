"""The monthly report tick: a JobQueue job that only reads the clock and the database.

Whether the report is due, and for whom, is decided by storage.monthly_report from the injected
clock and the outbox's dedup keys, so a missed tick, a restart or a second instance changes
nothing: the next tick queues what is still missing, once.
"""

from __future__ import annotations

import asyncio
import logging

from telegram.ext import Application, ContextTypes

from bot.config import parse_hhmm
from handlers.broadcast import wake_sender
from handlers.common import SERVICES_KEY, Services, services, start_tick, stop_jobs
from storage.db import unit_of_work
from storage.monthly_report import prune_exports, send_due_monthly_reports

log = logging.getLogger(__name__)

JOB_NAME = "ledger-monthly-report"


async def ledger_tick(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Queue the monthly report when due; drop old export files."""
    svc = services(context)
    settings = svc.settings
    try:
        async with unit_of_work(svc.session_factory) as session:
            queued = await send_due_monthly_reports(
                session,
                now=svc.clock.now(),
                zone=settings.zone,
                day=settings.monthly_report_day,
                at=parse_hhmm(settings.monthly_report_time),
                covers=settings.monthly_report_covers,
                data_dir=settings.data_dir,
                organisation=settings.organisation_name,
                thumbnail_limit=settings.export_thumbnail_limit,
            )
    except Exception:
        log.exception("monthly report tick failed")
        return
    if queued:
        wake_sender(context.bot_data)
    try:
        await asyncio.to_thread(prune_exports, settings.data_dir)
    except OSError:
        log.exception("could not prune old exports")


async def start_ledger_jobs(application: Application) -> None:
    """Startup hook: schedule the tick."""
    svc: Services = application.bot_data[SERVICES_KEY]
    seconds = svc.settings.ledger_tick_seconds
    start_tick(
        application, ledger_tick, feature="ledger", name=JOB_NAME, interval=seconds, first=min(2.0, seconds)
    )


async def stop_ledger_jobs(application: Application) -> None:
    stop_jobs(application, JOB_NAME)
