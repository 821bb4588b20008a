"""/help, /me and the command menu: what each role can do, in one registry."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import BotCommand, BotCommandScopeChat, Update
from telegram.error import TelegramError
from telegram.ext import Application, CommandHandler, ContextTypes

from handlers.common import is_group, require_person, transaction
from handlers.report import menu_keyboard
from storage.models import ROLE_LABELS, Role
from storage.people import actor_for, all_units, unit_path
from storage.permissions import Action, role_allows


@dataclass(frozen=True)
class CommandHelp:
    command: str
    description: str
    action: Action | None = None  # None: everyone registered


# Feature modules append their commands here (in the order they should appear).
COMMANDS: list[CommandHelp] = [
    CommandHelp("start", "开始 / 注册"),
    CommandHelp("help", "我能做什么"),
    CommandHelp("me", "我的信息"),
    CommandHelp("report", "随手拍：拍照上报隐患（可匿名）", Action.REPORT_HAZARD),
    CommandHelp("invite", "创建邀请链接", Action.CREATE_INVITE),
    CommandHelp("units", "查看单位（管理员可添加）"),
    CommandHelp("tasks", "我的待办任务（检查、报送、演练等）", Action.COMPLETE_OBLIGATION),
    CommandHelp("done", "完成任务（可附照片或文件作佐证）", Action.COMPLETE_OBLIGATION),
    CommandHelp("overdue", "逾期隐患和任务清单", Action.VIEW_OVERDUE),
    CommandHelp("task_admin", "管理任务日历（暂停/恢复/删除）", Action.MANAGE_OBLIGATIONS),
    CommandHelp("task_add", "添加定期任务", Action.MANAGE_OBLIGATIONS),
]

PUBLIC_COMMANDS = ("start", "help")


def commands_for(role: Role) -> list[CommandHelp]:
    return [c for c in COMMANDS if c.action is None or role_allows(role, c.action)]


async def set_default_commands(application: Application) -> None:
    """The menu for people the bot does not know yet; registered people get their role's menu."""
    await application.bot.set_my_commands(
        [BotCommand(c.command, c.description) for c in COMMANDS if c.command in PUBLIC_COMMANDS]
    )


async def set_commands_for(context: ContextTypes.DEFAULT_TYPE, chat_id: int, role: Role) -> None:
    try:
        await context.bot.set_my_commands(
            [BotCommand(c.command, c.description) for c in commands_for(role)],
            scope=BotCommandScopeChat(chat_id),
        )
    except TelegramError:
        pass  # the menu is a convenience; /help still works


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List what the sender's role can do."""
    async with transaction(context) as session:
        person = await require_person(update, context, session)
        if person is None:
            return
    role = Role(person.role)
    lines = [f"您的身份：{ROLE_LABELS[role]}。可以使用："]
    lines += [f"/{c.command} — {c.description}" for c in commands_for(role)]
    if role_allows(role, Action.ASK_QUESTION):
        lines.append("\n直接发送问题（如“动火作业六查是什么”）即可查询安全生产规定。")
    if role_allows(role, Action.REPORT_HAZARD):
        lines.append("发现隐患：点下方「📷 随手拍」，或直接把照片（附文字说明）发给我。")
    markup = None if is_group(update) else menu_keyboard()
    await update.effective_message.reply_text("\n".join(lines), reply_markup=markup)  # type: ignore[union-attr]
    if update.effective_chat is not None and update.effective_chat.type == "private":
        await set_commands_for(context, update.effective_chat.id, role)


async def me_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show who the bot thinks the sender is."""
    async with transaction(context) as session:
        person = await require_person(update, context, session)
        if person is None:
            return
        units = await all_units(session)
        unit = next((u for u in units if u.id == person.unit_id), None)
        actor = await actor_for(session, person)
    role = Role(person.role)
    text = (
        f"姓名：{person.name}\n"
        f"单位：{unit_path(units, unit) if unit else '未分配'}\n"
        f"角色：{ROLE_LABELS[role]}\n"
        + (f"手机：{person.phone}\n" if person.phone and not is_group(update) else "")
        + (f"管辖范围：{len(actor.unit_ids)} 个单位\n" if role == Role.MANAGER else "")
    )
    await update.effective_message.reply_text(text.strip())  # type: ignore[union-attr]


def register(application: Application) -> None:
    application.add_handler(CommandHandler("help", help_command))
    application.add_handler(CommandHandler("me", me_command))
