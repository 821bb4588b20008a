"""What every handler module shares: the services accessor, the current person, refusals."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Coroutine, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import Application, ContextTypes

from storage.clock import Clock
from storage.db import SessionFactory, unit_of_work
from storage.models import ChatGroup, Person, Unit
from storage.outbox import Button, Keyboard
from storage.people import actor_for, person_by_telegram_id, unit_path
from storage.permissions import Action, Actor, may

if TYPE_CHECKING:
    from bot.config import Settings

log = logging.getLogger(__name__)

SERVICES_KEY = "safebot.services"

NOT_REGISTERED = (
    "您好！您还没有在本单位注册，暂时无法使用本机器人。\n"
    "请向本单位安全员索取邀请链接，或发送 /start 申请加入。"
)
GROUP_NOT_LINKED = "本群尚未关联单位，暂不提供服务。请安全员或管理员在群里发送 /link 关联单位。"
NOT_ALLOWED = "抱歉，您没有权限执行此操作。发送 /help 查看您可以使用的功能。"


@dataclass
class Services:
    """Shared objects built once in bot/app.py and reached through context.bot_data."""

    settings: Settings
    session_factory: SessionFactory
    clock: Clock
    # Feature services (knowledge index, …) register themselves here under a name.
    extras: dict[str, Any] = field(default_factory=dict)


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    found = context.bot_data.get(SERVICES_KEY)
    if not isinstance(found, Services):
        raise RuntimeError("services are not installed: build the application with bot.app.build_application")
    return found


@asynccontextmanager
async def transaction(context: ContextTypes.DEFAULT_TYPE) -> AsyncIterator[AsyncSession]:
    """One unit of work for one update: committed at the end, rolled back on error."""
    async with unit_of_work(services(context).session_factory) as session:
        yield session


def is_group(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)


async def reply(update: Update, text: str, keyboard: Keyboard | None = None) -> None:
    """Answer the update where it came from: a message, or the message under a pressed button."""
    markup = to_markup(keyboard) if keyboard else None
    if update.callback_query is not None:
        message = update.callback_query.message
        if message is not None:
            await update.callback_query.get_bot().send_message(message.chat.id, text, reply_markup=markup)
            return
    if update.effective_message is not None:
        await update.effective_message.reply_text(text, reply_markup=markup)


async def refuse(update: Update, text: str) -> None:
    """Say no: as an alert on a pressed button, as a reply to a message."""
    query = update.callback_query
    if query is not None:
        try:
            await query.answer(text[:200], show_alert=True)
            return
        except BadRequest:
            # The press is too old to answer (Telegram keeps callback queries briefly): say it in the chat.
            if isinstance(query.message, Message):
                await query.message.reply_text(text)
            return
    if update.effective_message is not None:
        await update.effective_message.reply_text(text)


def to_markup(keyboard: Keyboard) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(b.text, url=b.url)
                if b.url
                else InlineKeyboardButton(b.text, callback_data=b.data)
                for b in row
            ]
            for row in keyboard
        ]
    )


UNIT_PAGE_SIZE = 20
"""Unit buttons per page of a unit picker: one screen on a phone, so the page buttons stay in sight."""


def unit_page_count(total: int, size: int = UNIT_PAGE_SIZE) -> int:
    """How many pages `total` units take (at least one)."""
    return max(1, -(-total // size))


def unit_page_number(page: int, total: int, size: int = UNIT_PAGE_SIZE) -> int:
    """`page` (1-based) clamped to the pages there are: a stale page button still lands somewhere."""
    return min(max(page, 1), unit_page_count(total, size))


def unit_picker(
    units: Sequence[Unit],
    *,
    pick: str,
    turn: str,
    page: int = 1,
    label: Callable[[Unit], str] | None = None,
    size: int = UNIT_PAGE_SIZE,
) -> Keyboard:
    """One page of unit buttons (`{pick}{unit id}`), in the units' order, labelled with their path;
    with more than one page, a navigation row ◀ 上一页 / 第 k/n 页 / 下一页 ▶ (`{turn}{page}`).

    The handler of `{turn}<page>` shows that page with `show_unit_page`.
    """
    listed = list(units)
    pages = unit_page_count(len(listed), size)
    page = unit_page_number(page, len(listed), size)
    shown = listed[(page - 1) * size : page * size]
    rows: Keyboard = [
        [Button(label(u) if label is not None else unit_path(listed, u), data=f"{pick}{u.id}")] for u in shown
    ]
    nav = page_buttons(page, pages, turn)
    if nav:
        rows.append(nav)
    return rows


def page_buttons(page: int, pages: int, turn: str | Callable[[int], str]) -> list[Button]:
    """The navigation row of a paged list: ◀ 上一页 / 第 k/n 页 / 下一页 ▶; empty when everything
    fits on one page. Every list in the bot pages with this row.

    `page` counts from 1. `turn` is the prefix of a page button's data (`{turn}{page}`), or, for a
    list whose buttons carry more than the page or count it from 0, what the button for page k carries.
    """
    if pages <= 1:
        return []

    def data(k: int) -> str:
        return turn(k) if callable(turn) else f"{turn}{k}"

    nav: list[Button] = []
    if page > 1:
        nav.append(Button("◀ 上一页", data=data(page - 1)))
    nav.append(Button(f"第 {page}/{pages} 页", data=data(page)))
    if page < pages:
        nav.append(Button("下一页 ▶", data=data(page + 1)))
    return nav


def turned_page(data: str, turn: str) -> int:
    """The page number a navigation button of `unit_picker` carries (1 when it is garbled)."""
    try:
        return int(data.removeprefix(turn))
    except ValueError:
        return 1


async def show_unit_page(query: CallbackQuery, keyboard: Keyboard) -> None:
    """Answer a page press and swap the keyboard of the same message (its text stays)."""
    await query.answer()
    try:
        await query.edit_message_reply_markup(to_markup(keyboard))
    except BadRequest as error:
        if "not modified" not in str(error).lower():  # the page shown was pressed again
            raise


async def show_page(query: CallbackQuery, text: str, keyboard: Keyboard) -> None:
    """Answer a page press and show that page in the same message (text and keyboard)."""
    await query.answer()
    try:
        await query.edit_message_text(text, reply_markup=to_markup(keyboard))
    except BadRequest as error:
        if "not modified" not in str(error).lower():  # the page shown was pressed again
            raise


async def linked_group(session: AsyncSession, chat_id: int) -> ChatGroup | None:
    return await session.scalar(
        select(ChatGroup).where(
            ChatGroup.chat_id == chat_id, ChatGroup.active.is_(True), ChatGroup.unit_id.is_not(None)
        )
    )


async def require_person(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    session: AsyncSession,
    *,
    allow_unlinked_group: bool = False,
) -> Person | None:
    """The registered person behind this update, or None after a polite refusal.

    Unregistered users and unlinked groups learn nothing else: no ledger data, ever.
    """
    user = update.effective_user
    if user is None:
        return None
    if is_group(update) and not allow_unlinked_group:
        chat = update.effective_chat
        assert chat is not None
        if await linked_group(session, chat.id) is None:
            await refuse(update, GROUP_NOT_LINKED)
            return None
    person = await person_by_telegram_id(session, user.id)
    if person is None:
        await refuse(update, NOT_REGISTERED)
        return None
    if person.blocked_bot:
        person.blocked_bot = False  # they are talking to us again, so they unblocked the bot
    return person


async def require_permission(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    session: AsyncSession,
    action: Action,
    refusal: str = NOT_ALLOWED,
) -> tuple[Person, Actor] | None:
    """The registered person and their reach, if their role allows `action`; else a polite refusal."""
    person = await require_person(update, context, session)
    if person is None:
        return None
    actor = await actor_for(session, person)
    if not may(actor, action):
        await refuse(update, refusal)
        return None
    return person, actor


def start_tick(
    application: Application,
    callback: Callable[[ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, object]],
    *,
    feature: str,
    name: str,
    interval: float,
    first: float,
) -> None:
    """A periodic tick: the JobQueue is only the clock, each tick reads due work from the database.

    A late tick still runs, ticks that piled up run once, and never two at a time in one process.
    """
    if application.job_queue is None:
        log.error("%s: no JobQueue (install python-telegram-bot[job-queue]); %s is off", feature, feature)
        return
    application.job_queue.run_repeating(
        callback,
        interval=interval,
        first=first,
        name=name,
        job_kwargs={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
    )


def stop_jobs(application: Application, name: str) -> None:
    if application.job_queue is not None:
        for job in application.job_queue.get_jobs_by_name(name):
            job.schedule_removal()
