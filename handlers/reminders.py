"""/overdue and the reminder tick: a JobQueue job that runs storage.reminders.sweep.

The JobQueue is only the tick (TELEGRAM.md): every reminder is derived from the database at each
tick and guarded by a unique key, so a late, skipped or repeated tick, a restart or a second bot
instance never loses or doubles a reminder.
"""

from __future__ import annotations

import logging
from collections.abc import MutableMapping
from typing import Any

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from bot.config import Settings
from handlers.common import (
    SERVICES_KEY,
    Services,
    refuse,
    reply,
    require_permission,
    services,
    start_tick,
    stop_jobs,
    transaction,
)
from storage.clock import local_date
from storage.db import unit_of_work
from storage.models import Role
from storage.obligations import ObligationError, load_calendar, sync_calendar
from storage.permissions import ORGANISATION_WIDE, Action
from storage.reminders import ReminderPolicy, SweepResult, overdue_report, sweep

log = logging.getLogger(__name__)

JOB_NAME = "reminder-sweep"
POLICY_KEY = "reminders.policy"
SENDER_KEY = "safebot.sender"  # where bot/app.py keeps the outbox sender


def reminder_policy(settings: Settings) -> ReminderPolicy:
    return ReminderPolicy.parse(
        zone=settings.zone,
        days_before=settings.reminder_days_before,
        escalate_after_days=settings.escalate_after_days,
        quiet_hours=settings.quiet_hours,
        digest_time=settings.digest_time,
    )


def policy_of(svc: Services) -> ReminderPolicy:
    policy = svc.extras.get(POLICY_KEY)
    if not isinstance(policy, ReminderPolicy):
        policy = reminder_policy(svc.settings)
        svc.extras[POLICY_KEY] = policy
    return policy


def _wake_sender(bot_data: MutableMapping[Any, Any]) -> None:
    wake = getattr(bot_data.get(SENDER_KEY), "wake", None)
    if callable(wake):
        wake()


async def run_sweep(application: Application) -> SweepResult:
    """One sweep at the service clock's now (the tick; tests call it directly)."""
    svc: Services = application.bot_data[SERVICES_KEY]
    async with unit_of_work(svc.session_factory) as session:
        result = await sweep(session, now=svc.clock.now(), policy=policy_of(svc))
    if result.messages:
        log.info("reminders: %d items in %d messages", result.items, result.messages)
        _wake_sender(application.bot_data)
    return result


async def reminder_tick(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The JobQueue callback."""
    try:
        await run_sweep(context.application)
    except Exception:
        log.exception("reminder sweep failed; the next tick retries")


async def sync_obligations(svc: Services) -> None:
    """Bring the obligations table in step with the calendar file (errors are logged, not fatal)."""
    try:
        entries = load_calendar(svc.settings.obligations_path)
    except ObligationError as error:
        log.error("task calendar not loaded: %s", error)
        return
    async with unit_of_work(svc.session_factory) as session:
        report = await sync_calendar(session, entries, now=svc.clock.now(), zone=svc.settings.zone)
    log.info(
        "task calendar: %d added, %d updated, %d removed",
        len(report.added),
        len(report.updated),
        len(report.removed),
    )
    for problem in report.skipped:
        log.warning("task calendar entry skipped: %s", problem)


async def start_reminders(application: Application) -> None:
    """Startup hook: sync the task calendar, then schedule the sweep tick."""
    svc: Services = application.bot_data[SERVICES_KEY]
    policy_of(svc)  # fail early on a bad setting
    await sync_obligations(svc)
    interval = svc.settings.sweep_interval_seconds
    # the first tick waits one interval: startup (migrations, the sender, the knowledge index)
    # settles first, and a restart's catch-up then goes out in one merged batch
    start_tick(
        application, reminder_tick, feature="reminders", name=JOB_NAME, interval=interval, first=interval
    )


async def stop_reminders(application: Application) -> None:
    stop_jobs(application, JOB_NAME)


# ---------------------------------------------------------------- /overdue

NOT_ALLOWED_OVERDUE = (
    "只有部门负责人、安全员、主要负责人和管理员可以查看逾期清单。"
    "发送 /my 查看您负责整改的隐患，/tasks 查看您的待办任务。"
)


async def overdue_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Overdue hazards and missed tasks: a manager's units, or the whole organisation."""
    svc = services(context)
    async with transaction(context) as session:
        allowed = await require_permission(update, context, session, Action.VIEW_OVERDUE, NOT_ALLOWED_OVERDUE)
        if allowed is None:
            return
        person, actor = allowed
        scope = None if actor.role in ORGANISATION_WIDE else actor.unit_ids
        if actor.role == Role.MANAGER and not scope:
            await refuse(update, "您还没有所属单位，无法查看逾期清单。")
            return
        text = await overdue_report(
            session, unit_ids=scope, today=local_date(svc.clock.now(), svc.settings.zone)
        )
    if update.callback_query is not None:
        await update.callback_query.answer()
    await reply(update, text)


def register(application: Application) -> None:
    application.add_handler(CommandHandler("overdue", overdue_command))
    application.add_handler(CallbackQueryHandler(overdue_command, pattern=r"^rm:overdue$"))
