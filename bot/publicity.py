"""The publicity tick: a periodic JobQueue job that reads due publicity work from the database.

Nothing is kept in memory between ticks: scheduled broadcasts, calendar entries and weekly tips
are found from the clock and the `broadcasts` table, each guarded by a dedup key, so a late,
skipped or repeated tick — or a second bot instance — never loses or doubles a broadcast.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from telegram.ext import Application, ContextTypes

from bot.config import Settings, parse_hhmm
from handlers.broadcast import wake_sender
from handlers.common import SERVICES_KEY, Services, services, start_tick, stop_jobs
from storage.broadcasts import enqueue_due, finish_completed
from storage.clock import Clock
from storage.db import SessionFactory, unit_of_work
from storage.publicity import (
    CalendarEntry,
    DeliveryHours,
    Tip,
    TipSchedule,
    fire_calendar,
    fire_weekly_tip,
    load_calendar,
    load_tips,
)

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).parent / "data"
DEFAULT_CALENDAR = DATA_DIR / "publicity_calendar.yaml"
DEFAULT_TIPS = DATA_DIR / "safety_tips.yaml"
PUBLICITY_KEY = "publicity"
JOB_NAME = "publicity-tick"


def knowledge_tips() -> list[Tip]:
    """Tips from the knowledge base's curated rules (our own wording, with citations), if any."""
    try:
        from knowledge.curated import load_curated

        entries = load_curated().entries
    except Exception:  # the knowledge base is optional for publicity
        log.warning("weekly tip: curated knowledge not available, using the shipped tips", exc_info=True)
        return []
    return [
        Tip(
            key=entry.id,
            text=f"{entry.question}\n{entry.answer}",
            source="；".join(c.label for c in entry.citations),
        )
        for entry in entries
    ]


def tips_for(settings: Settings) -> list[Tip]:
    return knowledge_tips() or load_tips(DEFAULT_TIPS)


@dataclass
class TickResult:
    calendar: list[int] = field(default_factory=list)
    tip: int | None = None
    queued: list[int] = field(default_factory=list)
    finished: list[int] = field(default_factory=list)

    @property
    def enqueued_anything(self) -> bool:
        return bool(self.calendar or self.tip or self.queued or self.finished)


@dataclass
class Publicity:
    calendar: list[CalendarEntry]
    tips: list[Tip]
    schedule: TipSchedule
    zone: ZoneInfo
    hours: DeliveryHours = field(default_factory=DeliveryHours)

    @classmethod
    def from_settings(cls, settings: Settings) -> Publicity:
        path = settings.publicity_calendar_path
        if path is None or str(path) in ("", "."):  # unset, or set to an empty string in .env
            path = DEFAULT_CALENDAR
        return cls(
            calendar=load_calendar(path),
            tips=tips_for(settings),
            schedule=TipSchedule(
                enabled=settings.weekly_tip_enabled,
                weekday=settings.weekly_tip_weekday,
                at=parse_hhmm(settings.weekly_tip_time),
            ),
            zone=settings.zone,
            hours=DeliveryHours.parse(settings.quiet_hours, settings.publicity_evening),
        )

    async def tick(self, session_factory: SessionFactory, clock: Clock) -> TickResult:
        """One pass over due work; each step in its own transaction, so one failing spares the rest."""
        result = TickResult()
        now = clock.now()
        try:
            async with unit_of_work(session_factory) as session:
                fired = await fire_calendar(session, self.calendar, now=now, zone=self.zone, hours=self.hours)
                result.calendar = [b.id for b in fired]
        except Exception:
            log.exception("publicity tick: calendar failed")
        try:
            async with unit_of_work(session_factory) as session:
                tip = await fire_weekly_tip(session, self.tips, self.schedule, now=now, zone=self.zone)
                result.tip = tip.id if tip is not None else None
        except Exception:
            log.exception("publicity tick: weekly tip failed")
        try:
            async with unit_of_work(session_factory) as session:
                result.queued = await enqueue_due(
                    session, now=now, after_quiet=lambda at: self.hours.after_quiet(at, self.zone)
                )
        except Exception:
            log.exception("publicity tick: scheduled broadcasts failed")
        try:
            async with unit_of_work(session_factory) as session:
                result.finished = await finish_completed(session, now=now)
        except Exception:
            log.exception("publicity tick: delivery reports failed")
        return result


async def publicity_tick(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The JobQueue callback."""
    svc = services(context)
    publicity: Publicity = svc.extras[PUBLICITY_KEY]
    result = await publicity.tick(svc.session_factory, svc.clock)
    if result.enqueued_anything:
        wake_sender(context.bot_data)


async def start_publicity(application: Application) -> None:
    """Startup hook: load the calendar and tips, schedule the tick."""
    svc: Services = application.bot_data[SERVICES_KEY]
    publicity = Publicity.from_settings(svc.settings)
    svc.extras[PUBLICITY_KEY] = publicity
    log.info("publicity: %d calendar entries, %d weekly tips", len(publicity.calendar), len(publicity.tips))
    interval = svc.settings.publicity_tick_seconds
    start_tick(
        application,
        publicity_tick,
        feature="publicity",
        name=JOB_NAME,
        interval=interval,
        first=min(1.0, interval),
    )


async def stop_publicity(application: Application) -> None:
    stop_jobs(application, JOB_NAME)
