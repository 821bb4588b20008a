"""/help, /me and the command menu: what each role can do, in one registry."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import BotCommand, BotCommandScopeChat, Update
from telegram.error import TelegramError
from telegram.ext import Application, CommandHandler, ContextTypes

from handlers.ask import ADMIN_ROLES
from handlers.common import is_group, require_person, transaction
from handlers.report import menu_keyboard
from storage.models import ROLE_LABELS, Role
from storage.people import actor_for, unit_path_of
from storage.permissions import Action, role_allows


@dataclass(frozen=True)
class CommandHelp:
    command: str
    description: str
    action: Action | None = None  # None: everyone registered
    roles: frozenset[Role] | None = None  # set: only these roles (instead of `action`)


# Sections of /help and of the command menu, in order; a command not listed goes to 其他.
SECTIONS: dict[str, tuple[str, ...]] = {
    "隐患": ("report", "my", "list", "hazard", "points"),
    "任务": ("tasks", "done", "overdue", "task_add", "task_admin"),
    "台账统计": ("stats", "export", "report_month"),
    "安全宣传": ("broadcast", "broadcasts", "link"),
    "规章问答": ("ask", "kb_add", "kb_gaps"),
    "人员与单位": ("me", "invite", "units"),
}
OTHER_SECTION = "其他"

# Feature modules append their commands here; /help and the menu order them by SECTIONS.
COMMANDS: list[CommandHelp] = [
    CommandHelp("start", "开始 / 注册"),
    CommandHelp("help", "我能做什么"),
    CommandHelp("cancel", "取消当前操作"),
    CommandHelp("me", "我的信息（姓名、单位、身份）"),
    CommandHelp("report", "随手拍：拍照上报隐患（可匿名）", Action.REPORT_HAZARD),
    CommandHelp("my", "我负责整改的隐患", Action.SUBMIT_RECTIFICATION),
    CommandHelp("list", "隐患台账（可按状态、逾期、单位筛选）", Action.LIST_HAZARDS),
    CommandHelp(
        "hazard",
        "查看一条隐患：/hazard 隐患编号或序号（如 123）；私聊直接发编号（如 YH-2026-000123）也行",
        Action.VIEW_HAZARD,
    ),
    CommandHelp("points", "我的隐患报告积分和排行", Action.REPORT_HAZARD),
    CommandHelp("invite", "创建邀请链接", Action.CREATE_INVITE),
    CommandHelp("units", "查看组织架构（管理员可添加单位）"),
    CommandHelp("tasks", "我的待办任务（检查、报送、演练等）", Action.COMPLETE_OBLIGATION),
    CommandHelp("done", "完成任务（可附照片或文件作佐证）", Action.COMPLETE_OBLIGATION),
    CommandHelp("overdue", "逾期隐患和任务清单", Action.VIEW_OVERDUE),
    CommandHelp("task_add", "添加定期任务", Action.MANAGE_OBLIGATIONS),
    CommandHelp("task_admin", "管理任务日历（暂停/恢复/删除）", Action.MANAGE_OBLIGATIONS),
    CommandHelp("ask", "在群里提问：/ask 问题（私聊直接发问题）", Action.ASK_QUESTION),
    CommandHelp("kb_add", "向知识库添加规章文件", roles=frozenset(ADMIN_ROLES)),
    CommandHelp("kb_gaps", "知识库答不上来的问题，教它回答", roles=frozenset(ADMIN_ROLES)),
]

PUBLIC_COMMANDS = ("start", "help")
# Shown in the menu but left out of the /help text: everyone knows them by then.
MENU_ONLY = ("start", "help", "cancel")


def section_of(command: str) -> str:
    return next((name for name, commands in SECTIONS.items() if command in commands), OTHER_SECTION)


def _order(command: CommandHelp) -> tuple[int, int]:
    names = [*SECTIONS, OTHER_SECTION]
    section = section_of(command.command)
    commands = SECTIONS.get(section, ())
    return names.index(section), commands.index(command.command) if command.command in commands else 0


def _allowed(command: CommandHelp, role: Role) -> bool:
    if command.roles is not None:
        return role in command.roles
    return command.action is None or role_allows(role, command.action)


def commands_for(role: Role) -> list[CommandHelp]:
    """The commands this role may use, in menu order: /help first, then by section."""
    return sorted((c for c in COMMANDS if _allowed(c, role)), key=lambda c: (c.command != "help", _order(c)))


def help_text(role: Role, unit: str | None = None, *, in_group: bool = False) -> str:
    """/help: the two things anyone does first, then the role's commands grouped by section."""
    who = f"{ROLE_LABELS[role]}（{unit}）" if unit else ROLE_LABELS[role]
    lines = [f"您的身份：{who}"]
    if role_allows(role, Action.REPORT_HAZARD):
        lines.append(
            "📷 发现隐患：私聊我，点「📷 随手拍」或直接发照片。"
            if in_group
            else "📷 发现隐患：点下方「📷 随手拍」，或直接发照片（附文字说明）给我。"
        )
    if role_allows(role, Action.ASK_QUESTION):
        lines.append(
            "❓ 查规定：在群里发送 /ask 加问题。"
            if in_group
            else "❓ 查规定：直接发文字提问，如“动火作业六查是什么”。"
        )
    if role_allows(role, Action.TRIAGE_HAZARD):
        lines.append("🛠 新隐患的定级、指派、验收：点通知卡片下的按钮，或 /hazard 隐患编号。")
    section = None
    for command in commands_for(role):
        if command.command in MENU_ONLY:
            continue
        if section_of(command.command) != section:
            section = section_of(command.command)
            lines.append(f"\n【{section}】")
        lines.append(f"/{command.command} {command.description}")
    lines.append("\n随时可发送 /cancel 取消当前操作。")
    return "\n".join(lines)


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
        unit_label = await unit_path_of(session, person.unit_id)
    role = Role(person.role)
    in_group = is_group(update)
    text = help_text(role, unit_label, in_group=in_group)
    await update.effective_message.reply_text(text, reply_markup=None if in_group else menu_keyboard())  # type: ignore[union-attr]
    if update.effective_chat is not None and update.effective_chat.type == "private":
        await set_commands_for(context, update.effective_chat.id, role)


async def me_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show who the bot thinks the sender is."""
    async with transaction(context) as session:
        person = await require_person(update, context, session)
        if person is None:
            return
        unit_label = await unit_path_of(session, person.unit_id)
        actor = await actor_for(session, person)
    role = Role(person.role)
    text = (
        f"姓名：{person.name}\n"
        f"单位：{unit_label or '未分配'}\n"
        f"身份：{ROLE_LABELS[role]}\n"  # the word /start, /invite and /help use
        + (f"手机：{person.phone}\n" if person.phone and not is_group(update) else "")
        + (f"管辖范围：{len(actor.unit_ids)} 个单位\n" if role == Role.MANAGER else "")
    )
    await update.effective_message.reply_text(text.strip())  # type: ignore[union-attr]


def register(application: Application) -> None:
    application.add_handler(CommandHandler("help", help_command))
    application.add_handler(CommandHandler("me", me_command))
