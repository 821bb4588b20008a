"""/export, /stats, /report_month: the ledger for managers, in private chat only.

An export or a monthly report can take a while on a big ledger and PTB handles updates one at a
time, so those run as background tasks and deliver the file through the outbox; /stats answers
at once with the text and the chart.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import date

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from handlers.broadcast import wake_sender
from handlers.common import (
    Services,
    is_group,
    refuse,
    reply,
    require_permission,
    services,
    to_markup,
    transaction,
)
from handlers.help import COMMANDS, CommandHelp
from storage.charts import trend_chart
from storage.clock import local_date
from storage.db import unit_of_work
from storage.export import ExportError, LedgerFilter, export_filename, export_ledger, parse_statuses
from storage.models import Person
from storage.monthly_report import build_monthly_report, enqueue_report, export_path
from storage.outbox import Button, Keyboard, Message, enqueue
from storage.permissions import Action, Actor, may
from storage.stats import (
    PERIOD_HELP,
    Period,
    PeriodError,
    Scope,
    ScopeError,
    compute_stats,
    format_stats,
    parse_month,
    parse_period,
    points_by_month,
    reporter_ranking,
    resolve_scope,
)

log = logging.getLogger(__name__)

PRIVATE_ONLY = "台账和统计数据只在私聊中提供，请私聊机器人发送该命令。"
EXPORT_STARTED = "⏳ 正在生成隐患台账，完成后会发送给您。"
REPORT_STARTED = "⏳ 正在生成 {label} 月度报告（统计、趋势图、台账），完成后会发送给您。"
EXPORT_FAILED = "抱歉，生成文件时出错了，请稍后再试。"
EXPORT_USAGE = (
    "用法：/export [期间] [xlsx|csv] [单位=名称] [状态=未销号]\n"
    f"期间可写：全部、{PERIOD_HELP}。\n例如：/export 2026-03 单位=一车间"
)
STATS_USAGE = f"用法：/stats [期间] [单位=名称]；期间可写：{PERIOD_HELP}。"

# Button codes → what /export or /stats would be given as text.
PERIOD_CODES = {"m": "本月", "lm": "上月", "30": "近30天", "y": "今年", "all": "全部"}

COMMANDS.extend(
    [
        CommandHelp("stats", "隐患统计与趋势图", Action.VIEW_STATS),
        CommandHelp("export", "导出隐患台账（Excel/CSV）", Action.EXPORT_LEDGER),
        CommandHelp("report_month", "月度工作情况报告草稿", Action.EXPORT_LEDGER),
    ]
)


@dataclass(frozen=True)
class LedgerRequest:
    period: Period | None  # None: the whole ledger
    fmt: str = "xlsx"
    unit: str | None = None
    statuses: frozenset[str] | None = None


def parse_request(words: list[str], today: date, *, default_all: bool) -> LedgerRequest:
    """`2026-03 csv 单位=一车间 状态=未销号` → a request; raises PeriodError/ExportError with a message."""
    fmt, unit, statuses = "xlsx", None, None
    rest: list[str] = []
    for word in words:
        lowered = word.lower()
        key, sep, value = word.replace("：", "=").replace(":", "=").partition("=")
        if lowered in ("xlsx", "excel", "csv"):
            fmt = "csv" if lowered == "csv" else "xlsx"
        elif sep and key.lower() in ("unit", "单位", "部门"):
            unit = value.strip() or None
        elif sep and key.lower() in ("status", "状态"):
            statuses = parse_statuses(value)
        else:
            rest.append(word)
    text = " ".join(rest).strip()
    if text.lower() in ("全部", "all") or (not text and default_all):
        period = None
    else:
        period = parse_period(text, today)
    return LedgerRequest(period, fmt, unit, statuses)


@dataclass
class _Who:
    person: Person
    actor: Actor
    scope: Scope
    chat_id: int


async def _who(
    update: Update, context: ContextTypes.DEFAULT_TYPE, action: Action, unit: str | None
) -> _Who | None:
    """The person, if they may do `action` here; their scope. Refuses politely otherwise."""
    if is_group(update):
        await refuse(update, PRIVATE_ONLY)
        return None
    svc = services(context)
    async with transaction(context) as session:
        allowed = await require_permission(
            update,
            context,
            session,
            action,
            "抱歉，只有安全员、部门负责人、主要负责人和管理员可以查看台账和统计。",
        )
        if allowed is None:
            return None
        person, actor = allowed
        try:
            scope = await resolve_scope(session, actor, person.unit_id, unit, svc.settings.organisation_name)
        except ScopeError as error:
            await refuse(update, str(error))
            return None
    chat = update.effective_chat
    assert chat is not None
    return _Who(person, actor, scope, chat.id)


def _today(svc: Services) -> date:
    return local_date(svc.clock.now(), svc.settings.zone)


# ---------------------------------------------------------------- /export


def export_keyboard() -> Keyboard:
    return [
        [Button("本月台账", data="lx:m:xlsx"), Button("上月台账", data="lx:lm:xlsx")],
        [Button("今年台账", data="lx:y:xlsx"), Button("全部台账", data="lx:all:xlsx")],
        [Button("全部台账（CSV）", data="lx:all:csv")],
    ]


async def export_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/export [期间] [xlsx|csv] [单位=…] [状态=…]; without arguments, buttons to choose."""
    svc = services(context)
    try:
        request = parse_request(list(context.args or []), _today(svc), default_all=True)
    except (PeriodError, ExportError) as error:
        await reply(update, f"{error}\n{EXPORT_USAGE}")
        return
    who = await _who(update, context, Action.EXPORT_LEDGER, request.unit)
    if who is None:
        return
    if not context.args:
        await reply(
            update, f"请选择要导出的台账（范围：{who.scope.name}）。\n{EXPORT_USAGE}", export_keyboard()
        )
        return
    await _start_export(update, context, who, request)


async def export_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    _, code, fmt = (query.data.split(":") + ["", ""])[:3]
    svc = services(context)
    request = parse_request([PERIOD_CODES.get(code, "全部"), fmt or "xlsx"], _today(svc), default_all=True)
    who = await _who(update, context, Action.EXPORT_LEDGER, None)
    if who is None:
        return
    await query.answer()
    await _start_export(update, context, who, request)


async def _start_export(
    update: Update, context: ContextTypes.DEFAULT_TYPE, who: _Who, request: LedgerRequest
) -> None:
    await reply(update, EXPORT_STARTED)
    context.application.create_task(_export_job(context, who, request), update=update, name="ledger-export")


async def _export_job(context: ContextTypes.DEFAULT_TYPE, who: _Who, request: LedgerRequest) -> None:
    """Write the file, then hand it to the outbox for this person."""
    svc = services(context)
    zone = svc.settings.zone
    period = request.period
    filters = LedgerFilter(
        date_from=period.start if period else None,
        date_to=period.last_day if period else None,
        unit_ids=who.scope.unit_ids,
        statuses=request.statuses,
    )
    try:
        async with unit_of_work(svc.session_factory) as session:
            now = svc.clock.now()
            filename = export_filename(filters, now, zone, request.fmt)
            path, relative = export_path(svc.settings.data_dir, filename)
            result = await export_ledger(
                session,
                path,
                filters=filters,
                zone=zone,
                today=_today(svc),
                data_dir=svc.settings.data_dir,
                thumbnail_limit=svc.settings.export_thumbnail_limit,
            )
            span = period.label if period else "全部"
            caption = f"隐患台账 · {who.scope.name} · {span}：{result.hazards} 条"
            if request.fmt == "xlsx":
                caption += f"，处理记录 {result.events} 条（第二个工作表）"
            await enqueue(
                session,
                who.chat_id,
                Message(document=relative, filename=filename, text=caption),
                now=now,
                kind="ledger_export",
                person_id=who.person.id,
            )
    except Exception:
        log.exception("ledger export failed")
        await _tell(context, who, EXPORT_FAILED)
        return
    wake_sender(context.bot_data)


async def _tell(context: ContextTypes.DEFAULT_TYPE, who: _Who, text: str) -> None:
    svc = services(context)
    try:
        async with unit_of_work(svc.session_factory) as session:
            await enqueue(
                session, who.chat_id, Message(text=text), now=svc.clock.now(), person_id=who.person.id
            )
        wake_sender(context.bot_data)
    except Exception:
        log.exception("could not queue the failure notice")


# ---------------------------------------------------------------- /stats


def stats_keyboard() -> Keyboard:
    return [
        [
            Button("本月", data="ls:m"),
            Button("上月", data="ls:lm"),
            Button("近30天", data="ls:30"),
            Button("今年", data="ls:y"),
        ]
    ]


async def stats_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/stats [期间] [单位=…]: the figures as text and the trend chart as a photo."""
    svc = services(context)
    try:
        request = parse_request(list(context.args or []), _today(svc), default_all=False)
    except (PeriodError, ExportError) as error:
        await reply(update, f"{error}\n{STATS_USAGE}")
        return
    who = await _who(update, context, Action.VIEW_STATS, request.unit)
    if who is not None:
        await _send_stats(context, who, request)


async def stats_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    code = query.data.partition(":")[2]
    svc = services(context)
    request = parse_request([PERIOD_CODES.get(code, "本月")], _today(svc), default_all=False)
    who = await _who(update, context, Action.VIEW_STATS, None)
    if who is None:
        return
    await query.answer()
    await _send_stats(context, who, request)


async def _send_stats(context: ContextTypes.DEFAULT_TYPE, who: _Who, request: LedgerRequest) -> None:
    svc = services(context)
    zone = svc.settings.zone
    period = request.period or parse_period("", _today(svc))
    async with transaction(context) as session:
        now = svc.clock.now()
        stats = await compute_stats(session, period, zone=zone, now=now, scope=who.scope)
        ranking = await reporter_ranking(session, period, zone=zone, scope=who.scope, limit=5)
        months = await points_by_month(session, period, zone=zone, scope=who.scope)
    text = format_stats(stats, zone, ranking, months)
    if len(text) > 4000:
        text = text[:3990] + "\n…"
    chart = await asyncio.to_thread(trend_chart, stats)
    await context.bot.send_photo(who.chat_id, chart, caption=f"{stats.scope} · {period.label} 隐患趋势")
    await context.bot.send_message(who.chat_id, text, reply_markup=to_markup(stats_keyboard()))


# ---------------------------------------------------------------- /report_month


async def report_month_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/report_month [YYYY-MM]: the monthly report draft (text, chart, ledger) on demand."""
    svc = services(context)
    today = _today(svc)
    args = list(context.args or [])
    unit = None
    month_words = []
    for word in args:
        key, sep, value = word.replace("：", "=").partition("=")
        if sep and key in ("单位", "unit", "部门"):
            unit = value.strip() or None
        else:
            month_words.append(word)
    try:
        year, month = parse_month(" ".join(month_words)) if month_words else (today.year, today.month)
    except PeriodError as error:
        await reply(update, f"{error}\n用法：/report_month 2026-03 [单位=名称]")
        return
    if (year, month) > (today.year, today.month):
        await reply(update, "该月份尚未开始。")
        return
    who = await _who(update, context, Action.EXPORT_LEDGER, unit)
    if who is None:
        return
    if not may(who.actor, Action.VIEW_STATS):
        await refuse(update, "抱歉，您无权查看统计。")
        return
    await reply(update, REPORT_STARTED.format(label=f"{year}年{month}月"))
    context.application.create_task(
        _report_job(context, who, year, month), update=update, name="monthly-report"
    )


async def _report_job(context: ContextTypes.DEFAULT_TYPE, who: _Who, year: int, month: int) -> None:
    svc = services(context)
    try:
        async with unit_of_work(svc.session_factory) as session:
            now = svc.clock.now()
            report = await build_monthly_report(
                session,
                year,
                month,
                zone=svc.settings.zone,
                now=now,
                data_dir=svc.settings.data_dir,
                scope=who.scope,
                thumbnail_limit=svc.settings.export_thumbnail_limit,
            )
            await enqueue_report(session, report, who.chat_id, now=now, person_id=who.person.id)
    except Exception:
        log.exception("monthly report failed")
        await _tell(context, who, EXPORT_FAILED)
        return
    wake_sender(context.bot_data)


def register(application: Application) -> None:
    application.add_handler(CommandHandler("export", export_command))
    application.add_handler(CommandHandler("stats", stats_command))
    application.add_handler(CommandHandler("report_month", report_month_command))
    application.add_handler(CallbackQueryHandler(export_button, pattern=r"^lx:"))
    application.add_handler(CallbackQueryHandler(stats_button, pattern=r"^ls:"))
