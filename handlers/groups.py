"""Groups: the bot is added → an admin or safety officer links the group to a unit; removal, upgrade."""

from __future__ import annotations

import logging

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import ChatMemberUpdated, Update
from telegram.constants import ChatMemberStatus
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from handlers.common import (
    NOT_REGISTERED,
    is_group,
    refuse,
    services,
    show_unit_page,
    to_markup,
    transaction,
    turned_page,
    unit_picker,
)
from storage.groups import bot_added, bot_removed, group_by_chat, link_group, migrate_group
from storage.models import Person, Unit
from storage.outbox import Keyboard
from storage.people import actor_for, all_units, person_by_telegram_id, unit_path
from storage.permissions import Action, may
from storage.spacing import spaced

log = logging.getLogger(__name__)

LINK_PREFIX = "grp:link:"
PAGE_PREFIX = "grp:page:"
ONLY_OFFICERS = "只有管理员或安全员可以为本群关联单位。"
PROMPT = (
    "大家好，我是安全生产助手。\n"
    "请管理员或安全员点击下方按钮，把本群关联到所属单位；关联后本群将收到安全宣传、学习提醒等消息。"
)

_PRESENT = (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


def unit_keyboard(units: list[Unit], page: int = 1) -> Keyboard:
    return unit_picker(units, pick=LINK_PREFIX, turn=PAGE_PREFIX, page=page)


async def _send_prompt(
    context: ContextTypes.DEFAULT_TYPE, chat_id: int, units: list[Unit], head: str
) -> None:
    await context.bot.send_message(chat_id, head, reply_markup=to_markup(unit_keyboard(units)))


async def my_membership(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The bot was added to or removed from a group."""
    change: ChatMemberUpdated | None = update.my_chat_member
    if change is None or change.chat.type not in ("group", "supergroup"):
        return
    was = change.old_chat_member.status in _PRESENT
    now_present = change.new_chat_member.status in _PRESENT
    chat = change.chat
    if now_present and not was:
        async with transaction(context) as session:
            group = await bot_added(session, chat.id, chat.title or "", now=services(context).clock.now())
            units = await all_units(session)
            linked = next((u for u in units if u.id == group.unit_id), None)
        if linked is not None:
            await context.bot.send_message(
                chat.id,
                f"本群已关联「{unit_path(units, linked)}」，将继续接收安全宣传。"
                "如需更改，请管理员或安全员发送 /link。",
            )
        else:
            await _send_prompt(context, chat.id, units, PROMPT)
        log.info("bot added to group %s (%s)", chat.id, chat.title)
    elif was and not now_present:
        async with transaction(context) as session:
            await bot_removed(session, chat.id)
        log.info("bot removed from group %s (%s)", chat.id, chat.title)


async def link_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/link in a group: show the unit buttons again (admins and safety officers only)."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return
    if not is_group(update):
        await message.reply_text("请在需要关联的群里发送 /link。")
        return
    async with transaction(context) as session:
        person = await person_by_telegram_id(session, user.id)
        if person is None or not may(await actor_for(session, person), Action.LINK_GROUP):
            await message.reply_text(ONLY_OFFICERS)
            return
        chat = update.effective_chat
        assert chat is not None
        await bot_added(session, chat.id, chat.title or "", now=services(context).clock.now())
        units = await all_units(session)
    await _send_prompt(context, chat.id, units, "请选择本群所属的单位：")


async def _linking_officer(update: Update, session: AsyncSession) -> Person | None:
    """The person pressing the group's prompt, if they may link it (an admin or safety officer);
    anyone else is told why not."""
    query = update.callback_query
    assert query is not None
    person = await person_by_telegram_id(session, query.from_user.id)
    if person is None:
        await refuse(update, NOT_REGISTERED)
        return None
    if not may(await actor_for(session, person), Action.LINK_GROUP):
        await refuse(update, ONLY_OFFICERS)
        return None
    return person


async def link_pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A unit button of the prompt: only an admin or safety officer may answer it."""
    query = update.callback_query
    assert query is not None and query.data is not None
    chat = update.effective_chat
    if chat is None or not is_group(update):
        await query.answer()
        return
    unit_id = int(query.data.removeprefix(LINK_PREFIX))
    async with transaction(context) as session:
        person = await _linking_officer(update, session)
        if person is None:
            return
        units = await all_units(session)
        unit = next((u for u in units if u.id == unit_id), None)
        if unit is None:
            await refuse(update, "该单位已不存在，请发送 /link 重新选择。")
            return
        await link_group(
            session,
            chat.id,
            unit.id,
            title=chat.title or "",
            linked_by_id=person.id,
            now=services(context).clock.now(),
        )
        path = unit_path(units, unit)
    await query.answer(f"已关联到「{path}」")
    await query.edit_message_text(
        f"本群已关联到「{path}」（{spaced('由', person.name, '设置')}）。今后的安全宣传将发送到本群。"
    )


async def page_pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A page button of the prompt: only an admin or safety officer turns the group's shared prompt."""
    query = update.callback_query
    assert query is not None and query.data is not None
    if not is_group(update):
        await query.answer()
        return
    async with transaction(context) as session:
        if await _linking_officer(update, session) is None:
            return
        units = await all_units(session)
    await show_unit_page(query, unit_keyboard(units, turned_page(query.data, PAGE_PREFIX)))


async def migrated(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The group was upgraded to a supergroup: its link follows the new chat id."""
    message = update.effective_message
    if message is None:
        return
    if message.migrate_to_chat_id:
        old, new = message.chat.id, int(message.migrate_to_chat_id)
    elif message.migrate_from_chat_id:
        old, new = int(message.migrate_from_chat_id), message.chat.id
    else:
        return
    async with transaction(context) as session:
        if await group_by_chat(session, old) is not None:
            await migrate_group(session, old, new)
    log.info("group %s migrated to %s", old, new)


def register(application: Application) -> None:
    application.add_handler(ChatMemberHandler(my_membership, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_handler(CommandHandler("link", link_command))
    application.add_handler(CallbackQueryHandler(link_pressed, pattern=rf"^{LINK_PREFIX}\d+$"))
    application.add_handler(CallbackQueryHandler(page_pressed, pattern=rf"^{PAGE_PREFIX}\d+$"))
    application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, migrated))
