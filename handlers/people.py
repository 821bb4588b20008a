"""/invite and /units: bringing people and units into the organisation from inside the bot."""

from __future__ import annotations

from datetime import timedelta

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from handlers.common import (
    NOT_ALLOWED,
    refuse,
    reply,
    require_permission,
    require_person,
    services,
    show_unit_page,
    to_markup,
    transaction,
    turned_page,
    unit_picker,
)
from storage.models import ROLE_LABELS, Role
from storage.outbox import Button
from storage.people import (
    PeopleError,
    actor_for,
    add_unit,
    all_units,
    create_invite,
    find_unit,
    root_unit,
    unit_path,
    unit_tree_lines,
)
from storage.permissions import Action, may

INVITABLE_ROLES = (Role.WORKER, Role.MANAGER, Role.SAFETY_OFFICER, Role.PRINCIPAL, Role.ADMIN)


INVITE_UNIT_PREFIX = "inv:u:"
INVITE_PAGE_PREFIX = "inv:p:"


def invite_link(bot_username: str, code: str) -> str:
    return f"https://t.me/{bot_username}?start={code}"


async def invite_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Start making an invite: choose the unit."""
    async with transaction(context) as session:
        if await require_permission(update, context, session, Action.CREATE_INVITE) is None:
            return
        units = await all_units(session)
    keyboard = unit_picker(units, pick=INVITE_UNIT_PREFIX, turn=INVITE_PAGE_PREFIX)
    await reply(update, "创建邀请链接：请选择被邀请人所在的单位", keyboard)


async def invite_page(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A page button under the invite's unit choice: show that page."""
    query = update.callback_query
    assert query is not None and query.data is not None
    async with transaction(context) as session:
        if await require_permission(update, context, session, Action.CREATE_INVITE) is None:
            return
        units = await all_units(session)
    page = turned_page(query.data, INVITE_PAGE_PREFIX)
    await show_unit_page(
        query, unit_picker(units, pick=INVITE_UNIT_PREFIX, turn=INVITE_PAGE_PREFIX, page=page)
    )


async def invite_step(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Each press carries the choices so far: unit, then role, then single- or multi-use."""
    query = update.callback_query
    assert query is not None and query.data is not None
    parts = query.data.split(":")
    svc = services(context)
    async with transaction(context) as session:
        allowed = await require_permission(update, context, session, Action.CREATE_INVITE)
        if allowed is None:
            return
        person, actor = allowed
        units = await all_units(session)
        try:
            unit = next(u for u in units if u.id == int(parts[2]))
            if parts[1] == "u":
                roles = [r for r in INVITABLE_ROLES if r != Role.ADMIN or actor.role == Role.ADMIN]
                keyboard = [[Button(ROLE_LABELS[r], data=f"inv:r:{unit.id}:{r.value}")] for r in roles]
                await query.answer()
                await query.edit_message_text(
                    f"单位：{unit_path(units, unit)}\n请选择身份：", reply_markup=to_markup(keyboard)
                )
                return
            role = Role(parts[3])
            if parts[1] == "r":
                keyboard = [
                    [Button("一人一次（单次有效）", data=f"inv:n:{unit.id}:{role.value}:1")],
                    [Button("多人可用（群发）", data=f"inv:n:{unit.id}:{role.value}:0")],
                ]
                await query.answer()
                await query.edit_message_text(
                    f"单位：{unit_path(units, unit)}\n身份：{ROLE_LABELS[role]}\n这个链接给几个人用？",
                    reply_markup=to_markup(keyboard),
                )
                return
            single = parts[4] == "1"
            ttl = timedelta(hours=svc.settings.invite_ttl_hours)
            invite = await create_invite(
                session,
                creator=person,
                unit=unit,
                role=role,
                now=svc.clock.now(),
                ttl=ttl,
                max_uses=1 if single else None,
            )
        except (StopIteration, ValueError, IndexError):
            await refuse(update, "按钮已失效，请重新发送 /invite")
            return
        except PeopleError as error:
            await refuse(update, str(error))
            return
    expires = invite.expires_at.astimezone(svc.settings.zone).strftime("%Y-%m-%d %H:%M")
    await query.answer("邀请已创建")
    await query.edit_message_text(
        f"邀请链接（{unit_path(units, unit)}，{ROLE_LABELS[role]}，{'单次有效' if single else '多人可用'}，"
        f"{expires} 前有效）：\n{invite_link(context.bot.username, invite.code)}\n"
        "把链接发给对方，对方点开后输入姓名即可完成注册。"
    )


async def units_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the unit tree; `/units add 名称 [上级单位]` adds one (admins)."""
    args = context.args or []
    async with transaction(context) as session:
        person = await require_person(update, context, session)
        if person is None:
            return
        if args and args[0] == "add":
            if not may(await actor_for(session, person), Action.MANAGE_UNITS):
                await refuse(update, NOT_ALLOWED)
                return
            if len(args) < 2:
                await reply(update, "用法：/units add 单位名称 [上级单位]")
                return
            parent_name = args[2] if len(args) > 2 else None
            parent = await find_unit(session, parent_name) if parent_name else None
            if parent_name and parent is None:
                await reply(update, f"找不到上级单位“{parent_name}”。发送 /units 查看现有单位。")
                return
            if parent is None:
                parent = await root_unit(session, services(context).settings.organisation_name)
            try:
                unit = await add_unit(session, args[1], parent)
            except PeopleError as error:
                await reply(update, str(error))
                return
            units = await all_units(session)
            await reply(update, f"已添加单位：{unit_path(units, unit)}")
            return
        units = await all_units(session)
    await reply(update, "\n".join(["组织架构：", *unit_tree_lines(units)]))


def register(application: Application) -> None:
    application.add_handler(CommandHandler("invite", invite_command))
    application.add_handler(CallbackQueryHandler(invite_step, pattern=r"^inv:[urn]:"))
    application.add_handler(CallbackQueryHandler(invite_page, pattern=r"^inv:p:\d+$"))
    application.add_handler(CommandHandler("units", units_command))
