"""/start: registration by invite link, by roster match, by bootstrap admin id, or by join request."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    filters,
)

from handlers.common import (
    refuse,
    require_person,
    services,
    show_unit_page,
    to_markup,
    transaction,
    turned_page,
    unit_picker,
)
from handlers.help import set_commands_for
from handlers.report import menu_keyboard
from storage.models import ROLE_LABELS, Role
from storage.people import (
    PeopleError,
    all_units,
    bootstrap_admin,
    check_invite,
    decide_join_request,
    match_roster,
    person_by_telegram_id,
    register_with_invite,
    request_to_join,
    unit_path_of,
)
from storage.permissions import Action, role_allows
from storage.spacing import spaced

INVITE_NAME, JOIN_NAME, JOIN_UNIT = range(3)

JOIN_UNIT_PREFIX = "joinunit:"
JOIN_PAGE_PREFIX = "joinunit:p:"

ASK_NAME = "请输入您的真实姓名（用于隐患台账和通知）："


def _welcome(name: str, role: Role, unit: str) -> str:
    lines = [
        f"欢迎，{name}！您已登记为「{unit}」的{ROLE_LABELS[role]}。",
        "📷 发现隐患：点下方「📷 随手拍」按钮，或直接把照片发给我。",
        "❓ 安全生产规定有疑问：直接发文字问我。",
    ]
    if role_allows(role, Action.TRIAGE_HAZARD):
        lines.append("🛠 新上报的隐患会推送给您，点卡片下的按钮即可定级、指派整改。")
    lines.append("发送 /help 查看您可以使用的全部功能。")
    return "\n".join(lines)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Greet a known person, or begin registration."""
    user = update.effective_user
    message = update.effective_message
    assert user is not None and message is not None
    if update.effective_chat is None or update.effective_chat.type != ChatType.PRIVATE:
        await message.reply_text("请私聊我发送 /start 进行注册。")
        return ConversationHandler.END
    svc = services(context)
    now = svc.clock.now()
    code = context.args[0] if context.args else None
    async with transaction(context) as session:
        person = await person_by_telegram_id(session, user.id)
        if person is None:
            person = await match_roster(session, telegram_user_id=user.id, username=user.username, now=now)
        if person is None and user.id in svc.settings.admin_ids:
            person = await bootstrap_admin(
                session,
                telegram_user_id=user.id,
                username=user.username,
                name=user.full_name,
                organisation=svc.settings.organisation_name,
                now=now,
            )
        if person is not None:
            person.blocked_bot = False  # a /start after blocking the bot means they are back
            unit_label = await unit_path_of(session, person.unit_id)
            text = _welcome(person.name, Role(person.role), unit_label or "未分配单位")
            role = Role(person.role)
        elif code:
            try:
                invite = await check_invite(session, code, now)
            except PeopleError as error:
                await message.reply_text(str(error))
                return ConversationHandler.END
            unit_label = await unit_path_of(session, invite.unit_id)
            context.user_data["invite_code"] = code  # type: ignore[index]
            await message.reply_text(
                f"您受邀加入「{unit_label}」，身份：{ROLE_LABELS[Role(invite.role)]}。\n{ASK_NAME}"
            )
            return INVITE_NAME
        else:
            await message.reply_text(
                "您好！我是安全生产隐患排查治理助手。\n"
                "您还没有注册。如有邀请链接请直接点击链接；否则请提交加入申请，由安全员审核。\n" + ASK_NAME
            )
            return JOIN_NAME
    await message.reply_text(text, reply_markup=menu_keyboard())
    await set_commands_for(context, user.id, role)
    return ConversationHandler.END


async def invite_name(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Register the person with the invite they opened, now that we have their name."""
    user = update.effective_user
    message = update.effective_message
    assert user is not None and message is not None and message.text is not None
    code = context.user_data.get("invite_code") if context.user_data is not None else None
    if not code:
        await message.reply_text("邀请信息已失效，请重新点击邀请链接。")
        return ConversationHandler.END
    try:
        async with transaction(context) as session:
            person = await register_with_invite(
                session,
                code=code,
                telegram_user_id=user.id,
                username=user.username,
                name=message.text,
                now=services(context).clock.now(),
            )
            text = _welcome(person.name, Role(person.role), await unit_path_of(session, person.unit_id) or "")
    except PeopleError as error:
        await message.reply_text(str(error))
        return INVITE_NAME if "姓名" in str(error) else ConversationHandler.END
    context.user_data.pop("invite_code", None)  # type: ignore[union-attr]
    await message.reply_text(text, reply_markup=menu_keyboard())
    await set_commands_for(context, user.id, Role(person.role))
    return ConversationHandler.END


async def join_name(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Keep the name and offer the units to choose from."""
    message = update.effective_message
    assert message is not None and message.text is not None
    name = " ".join(message.text.split())
    if not 1 <= len(name) <= 40:
        await message.reply_text("姓名应为 1–40 个字，请重新输入：")
        return JOIN_NAME
    context.user_data["join_name"] = name  # type: ignore[index]
    async with transaction(context) as session:
        units = await all_units(session)
        if not units:
            await message.reply_text("本单位尚未设置组织架构，请联系管理员。")
            return ConversationHandler.END
        keyboard = unit_picker(units, pick=JOIN_UNIT_PREFIX, turn=JOIN_PAGE_PREFIX)
    await message.reply_text(f"{name}，请选择您所在的单位：", reply_markup=to_markup(keyboard))
    return JOIN_UNIT


async def join_page(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """A page button under the units: show that page; the name typed stays."""
    query = update.callback_query
    assert query is not None and query.data is not None
    if not (context.user_data or {}).get("join_name"):
        await query.answer()
        await query.edit_message_text("申请已失效，请重新发送 /start。")
        return ConversationHandler.END
    async with transaction(context) as session:
        units = await all_units(session)
    page = turned_page(query.data, JOIN_PAGE_PREFIX)
    await show_unit_page(query, unit_picker(units, pick=JOIN_UNIT_PREFIX, turn=JOIN_PAGE_PREFIX, page=page))
    return JOIN_UNIT


async def join_unit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """File the join request for the chosen unit."""
    query = update.callback_query
    user = update.effective_user
    assert query is not None and user is not None and query.data is not None
    name = context.user_data.get("join_name") if context.user_data is not None else None
    if not name:
        await query.answer()
        await query.edit_message_text("申请已失效，请重新发送 /start。")
        return ConversationHandler.END
    try:
        unit_id = int(query.data.removeprefix(JOIN_UNIT_PREFIX))
        async with transaction(context) as session:
            await request_to_join(
                session,
                telegram_user_id=user.id,
                username=user.username,
                name=name,
                unit_id=unit_id,
                now=services(context).clock.now(),
            )
    except (PeopleError, ValueError) as error:
        await query.answer()
        await query.edit_message_text(
            str(error) if isinstance(error, PeopleError) else "选择无效，请重新发送 /start。"
        )
        return ConversationHandler.END
    await query.answer()
    await query.edit_message_text("✅ 申请已提交，安全员审核通过后我会通知您。")
    context.user_data.pop("join_name", None)  # type: ignore[union-attr]
    return ConversationHandler.END


async def join_unit_typed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Text while a unit is expected: point at the buttons."""
    await update.effective_message.reply_text("请点击上面的按钮选择单位，或发送 /cancel 取消。")  # type: ignore[union-attr]
    return JOIN_UNIT


async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Leave registration."""
    if context.user_data is not None:
        context.user_data.pop("join_name", None)
        context.user_data.pop("invite_code", None)
    await update.effective_message.reply_text("已取消。需要时再发送 /start。")  # type: ignore[union-attr]
    return ConversationHandler.END


async def decide_join(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A safety officer pressed Approve or Reject under a join request."""
    query = update.callback_query
    assert query is not None and query.data is not None
    _, verdict, raw_id = query.data.split(":")
    try:
        async with transaction(context) as session:
            reviewer = await require_person(update, context, session)
            if reviewer is None:
                return
            request = await decide_join_request(
                session,
                request_id=int(raw_id),
                reviewer=reviewer,
                approve=verdict == "ok",
                now=services(context).clock.now(),
            )
            outcome = "✅ 已批准" if verdict == "ok" else "❌ 已拒绝"
            text = f"{outcome}：{spaced(request.name, '的注册申请')}（审核人：{reviewer.name}）"
    except (PeopleError, ValueError) as error:
        await refuse(update, str(error) if isinstance(error, PeopleError) else "按钮无效")
        return
    await query.answer(outcome)
    await query.edit_message_text(text)


def register(application: Application) -> None:
    application.add_handler(
        ConversationHandler(
            entry_points=[CommandHandler("start", start)],
            states={
                INVITE_NAME: [MessageHandler(filters.TEXT & ~filters.COMMAND, invite_name)],
                JOIN_NAME: [MessageHandler(filters.TEXT & ~filters.COMMAND, join_name)],
                JOIN_UNIT: [
                    CallbackQueryHandler(join_unit, pattern=r"^joinunit:\d+$"),
                    CallbackQueryHandler(join_page, pattern=r"^joinunit:p:\d+$"),
                    MessageHandler(filters.TEXT & ~filters.COMMAND, join_unit_typed),
                ],
            },
            fallbacks=[CommandHandler("cancel", cancel), CommandHandler("start", start)],
            name="registration",
            persistent=True,
            allow_reentry=True,
        )
    )
    application.add_handler(CallbackQueryHandler(decide_join, pattern=r"^join:(ok|no):\d+$"))
