"""/broadcast (compose → audience → preview → confirm), /broadcasts, and the 已学习 button."""

from __future__ import annotations

import re
from collections.abc import MutableMapping
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Message as TgMessage
from telegram import Update
from telegram.constants import ChatType
from telegram.error import BadRequest
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
    NOT_ALLOWED,
    page_buttons,
    refuse,
    require_person,
    services,
    show_page,
    show_unit_page,
    to_markup,
    transaction,
    turned_page,
    unit_picker,
)
from handlers.help import COMMANDS, CommandHelp
from storage.broadcast_models import AudienceKind, BroadcastOrigin, BroadcastStatus
from storage.broadcasts import (
    ACK_PREFIX,
    ORIGIN_LABELS,
    STATUS_LABELS,
    AckResult,
    Audience,
    BroadcastError,
    BroadcastSummary,
    Content,
    ack_status,
    acknowledge,
    acknowledged_text,
    blocked_count,
    blocked_note,
    broadcast_summary,
    broadcasts_page,
    cancel_broadcast,
    count_recipients,
    create_broadcast,
    describe_audience,
    resend_to_unconfirmed,
)
from storage.models import ROLE_LABELS, Person, Role
from storage.outbox import Button, Keyboard
from storage.people import actor_for, all_units, unit_path
from storage.permissions import Action, may

CONTENT, AUDIENCE, UNITS, ROLES, PREVIEW, WHEN = range(6)
DRAFT_KEY = "broadcast_draft"
SENDER_KEY = "safebot.sender"  # where bot/app.py keeps the outbox sender
LIST_SIZE = 10
LIST_PAGE = "bc:page:"
# in the list, a long title or a long list of units is cut: ten broadcasts stay within one message
TITLE_SHOWN = 30
AUDIENCE_SHOWN = 60
NAMES_SHOWN = 40

ASK_CONTENT = (
    "请发送要群发的内容：\n"
    "· 一段文字；\n"
    "· 一张图片（可附说明文字）；\n"
    "· 一个文件（可附说明文字）。\n"
    "发送 /cancel 取消。"
)
ASK_WHEN = "请输入发送时间，例如：2026-06-01 09:00、06-01 09:00、明天 08:30 或 18:00。发送 /cancel 取消。"
ROLE_CHOICES = (Role.WORKER, Role.MANAGER, Role.SAFETY_OFFICER, Role.PRINCIPAL, Role.ADMIN)


def wake_sender(bot_data: MutableMapping[Any, Any]) -> None:
    """Tell the outbox sender there is work now, instead of at its next poll."""
    wake = getattr(bot_data.get(SENDER_KEY), "wake", None)
    if callable(wake):
        wake()


# ---------------------------------------------------------------- time input


_FULL_WIDTH = str.maketrans("：－／　", ":-/ ")


def parse_when(text: str, now: datetime, zone: ZoneInfo) -> datetime | None:
    """A local time typed by a person → aware UTC datetime; None if not understood.

    Accepts `YYYY-MM-DD HH:MM`, `MM-DD HH:MM`, `今天/明天/后天 HH:MM` and `HH:MM` (the next such time).
    """
    cleaned = " ".join(text.translate(_FULL_WIDTH).replace("/", "-").replace(".", "-").split())
    local_now = now.astimezone(zone)
    match = re.fullmatch(
        r"(?:(?:(\d{4})-)?(\d{1,2})-(\d{1,2})|(今天|明天|后天))?\s*(\d{1,2})[:点](\d{2})?分?", cleaned
    )
    if match is None:
        return None
    year, month, day, word, hour, minute = match.groups()
    try:
        at = time(int(hour), int(minute or 0))
        if month:
            when_date = date(int(year) if year else local_now.year, int(month), int(day))
            if not year and datetime.combine(when_date, at, zone) < local_now:
                when_date = when_date.replace(year=when_date.year + 1)
        elif word:
            when_date = local_now.date() + timedelta(days={"今天": 0, "明天": 1, "后天": 2}[word])
        else:
            when_date = local_now.date()
            if datetime.combine(when_date, at, zone) <= local_now:
                when_date += timedelta(days=1)
    except ValueError:
        return None
    return datetime.combine(when_date, at, zone).astimezone(now.tzinfo)


def local_text(when: datetime, zone: ZoneInfo, *, year: bool = True) -> str:
    local = when.astimezone(zone)
    return f"{local:%Y-%m-%d %H:%M}" if year else f"{local.month}月{local.day}日 {local:%H:%M}"


# ---------------------------------------------------------------- compose conversation


async def _officer(
    update: Update, context: ContextTypes.DEFAULT_TYPE, session: AsyncSession
) -> Person | None:
    """The registered person behind the update if they may broadcast; otherwise refuse."""
    person = await require_person(update, context, session)
    if person is None:
        return None
    if not may(await actor_for(session, person), Action.BROADCAST):
        await refuse(update, NOT_ALLOWED)
        return None
    return person


def _draft(context: ContextTypes.DEFAULT_TYPE) -> dict[str, Any]:
    assert context.user_data is not None
    draft = context.user_data.get(DRAFT_KEY)
    if not isinstance(draft, dict):
        draft = {}
        context.user_data[DRAFT_KEY] = draft
    return draft


def _drop_draft(context: ContextTypes.DEFAULT_TYPE) -> None:
    if context.user_data is not None:
        context.user_data.pop(DRAFT_KEY, None)


async def broadcast_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Start composing a broadcast (safety officers and admins, in a private chat)."""
    message = update.effective_message
    assert message is not None
    if update.effective_chat is None or update.effective_chat.type != ChatType.PRIVATE:
        await message.reply_text("请私聊我发送 /broadcast 编辑群发内容。")
        return ConversationHandler.END
    async with transaction(context) as session:
        if await _officer(update, context, session) is None:
            return ConversationHandler.END
    _drop_draft(context)
    _draft(context)
    await message.reply_text(ASK_CONTENT)
    return CONTENT


def _audience_keyboard() -> Keyboard:
    return [
        [Button("全部已关联的群", data="bcw:aud:all_groups")],
        [Button("指定单位的群", data="bcw:aud:unit_groups")],
        [Button("全体注册人员（私聊）", data="bcw:aud:all_people")],
        [Button("按角色（私聊）", data="bcw:aud:role_people")],
        [Button("取消", data="bcw:cancel")],
    ]


async def content_received(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """The content: text, a photo with caption, or a document with caption."""
    message = update.effective_message
    assert message is not None
    if message.photo:
        content = Content(text=message.caption, photo=message.photo[-1].file_id)
    elif message.document:
        content = Content(
            text=message.caption, document=message.document.file_id, filename=message.document.file_name
        )
    else:
        try:
            content = Content(text=message.text)
        except BroadcastError as exc:
            await message.reply_text(str(exc))
            return CONTENT
    _draft(context)["content"] = content.as_json()
    await message.reply_text("请选择发送对象：", reply_markup=to_markup(_audience_keyboard()))
    return AUDIENCE


async def content_unsupported(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    assert update.effective_message is not None
    await update.effective_message.reply_text("只支持文字、图片或文件。" + ASK_CONTENT)
    return CONTENT


def _choice_keyboard(options: list[tuple[str, str, bool]], done: str) -> Keyboard:
    rows = [[Button(("☑ " if on else "☐ ") + label, data=data)] for label, data, on in options]
    rows.append([Button("完成选择", data=done), Button("取消", data="bcw:cancel")])
    return rows


UNIT_PICK = "bcw:unit:"
UNIT_PAGE = "bcw:upage:"


async def _unit_choices(session: AsyncSession, chosen: list[int], page: int = 1) -> Keyboard:
    """One page of units with check marks; the chosen set spans all pages."""
    units = await all_units(session)
    rows = unit_picker(
        units,
        pick=UNIT_PICK,
        turn=UNIT_PAGE,
        page=page,
        label=lambda u: ("☑ " if u.id in chosen else "☐ ") + unit_path(units, u),
    )
    rows.append([Button("完成选择", data="bcw:units_done"), Button("取消", data="bcw:cancel")])
    return rows


def _role_choices(chosen: list[str]) -> Keyboard:
    options = [(ROLE_LABELS[r], f"bcw:role:{r.value}", r.value in chosen) for r in ROLE_CHOICES]
    return _choice_keyboard(options, "bcw:roles_done")


async def audience_chosen(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    query = update.callback_query
    assert query is not None and query.data is not None
    kind = AudienceKind(query.data.removeprefix("bcw:aud:"))
    draft = _draft(context)
    if kind == AudienceKind.UNIT_GROUPS:
        draft["unit_ids"] = []
        draft["unit_page"] = 1
        async with transaction(context) as session:
            keyboard = await _unit_choices(session, [])
        await query.answer()
        await query.edit_message_text(
            "请选择单位（可多选，含下级单位的群）：", reply_markup=to_markup(keyboard)
        )
        return UNITS
    if kind == AudienceKind.ROLE_PEOPLE:
        draft["roles"] = []
        await query.answer()
        await query.edit_message_text("请选择角色（可多选）：", reply_markup=to_markup(_role_choices([])))
        return ROLES
    draft["audience"] = Audience(kind).as_json()
    await query.answer()
    await _show_preview(update, context, edit=True)
    return PREVIEW


async def unit_toggled(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    query = update.callback_query
    assert query is not None and query.data is not None
    draft = _draft(context)
    chosen: list[int] = draft.setdefault("unit_ids", [])
    if query.data == "bcw:units_done":
        if not chosen:
            await query.answer("请至少选择一个单位", show_alert=True)
            return UNITS
        draft["audience"] = Audience(AudienceKind.UNIT_GROUPS, unit_ids=tuple(chosen)).as_json()
        await query.answer()
        await _show_preview(update, context, edit=True)
        return PREVIEW
    if query.data.startswith(UNIT_PAGE):
        draft["unit_page"] = turned_page(query.data, UNIT_PAGE)
        async with transaction(context) as session:
            keyboard = await _unit_choices(session, chosen, draft["unit_page"])
        await show_unit_page(query, keyboard)
        return UNITS
    unit_id = int(query.data.removeprefix(UNIT_PICK))
    if unit_id in chosen:
        chosen.remove(unit_id)
    else:
        chosen.append(unit_id)
    async with transaction(context) as session:
        keyboard = await _unit_choices(session, chosen, draft.get("unit_page", 1))
    await query.answer()
    await query.edit_message_reply_markup(to_markup(keyboard))
    return UNITS


async def role_toggled(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    query = update.callback_query
    assert query is not None and query.data is not None
    draft = _draft(context)
    chosen: list[str] = draft.setdefault("roles", [])
    if query.data == "bcw:roles_done":
        if not chosen:
            await query.answer("请至少选择一个角色", show_alert=True)
            return ROLES
        roles = tuple(Role(r) for r in chosen)
        draft["audience"] = Audience(AudienceKind.ROLE_PEOPLE, roles=roles).as_json()
        await query.answer()
        await _show_preview(update, context, edit=True)
        return PREVIEW
    role = query.data.removeprefix("bcw:role:")
    if role in chosen:
        chosen.remove(role)
    else:
        chosen.append(role)
    await query.answer()
    await query.edit_message_reply_markup(to_markup(_role_choices(chosen)))
    return ROLES


async def _preview_text(context: ContextTypes.DEFAULT_TYPE, draft: dict[str, Any]) -> str:
    svc = services(context)
    content = Content.from_json(draft["content"])
    audience = Audience.from_json(draft["audience"])
    async with transaction(context) as session:
        count = await count_recipients(session, audience)
        excluded = blocked_note(await blocked_count(session, audience))
        units = await all_units(session)
    body = (content.text or "").strip()
    if len(body) > 300:
        body = body[:300] + "…"
    kind = "" if content.kind_label == "文字" else f"[{content.kind_label}] "
    scheduled = draft.get("scheduled_at")
    unit = "个群" if audience.to_groups else "人"
    lines = [
        "群发预览",
        f"内容：{kind}{body}",
        f"发送对象：{describe_audience(audience, units)}",
        f"接收数量：{count} {unit}" + (f"（{excluded}）" if excluded else ""),
        f"学习确认：{'需要（附“已学习”按钮）' if draft.get('ask_ack') else '不需要'}",
        f"发送时间：{local_text(datetime.fromisoformat(scheduled), svc.settings.zone) if scheduled else '立即'}",
    ]
    if count == 0:
        lines.append(
            "⚠️ 目前没有符合条件的接收对象（群需先在群里关联单位，人员需已注册）。"
            if audience.to_groups
            else "⚠️ 目前没有符合条件的接收对象（人员需已注册）。"
        )
    lines.append("确认无误后请点击“确认发送”。")
    return "\n".join(lines)


def _preview_keyboard(draft: dict[str, Any]) -> Keyboard:
    ack = "学习确认：✅ 需要" if draft.get("ask_ack") else "学习确认：不需要"
    when = (
        Button("改为立即发送", data="bcw:now")
        if draft.get("scheduled_at")
        else Button("⏰ 定时发送", data="bcw:when")
    )
    return [
        [Button(ack, data="bcw:ack")],
        [when],
        [Button("✅ 确认发送", data="bcw:send"), Button("取消", data="bcw:cancel")],
    ]


async def _show_preview(update: Update, context: ContextTypes.DEFAULT_TYPE, *, edit: bool) -> None:
    draft = _draft(context)
    text = await _preview_text(context, draft)
    markup = to_markup(_preview_keyboard(draft))
    query = update.callback_query
    if edit and query is not None:
        try:
            await query.edit_message_text(text, reply_markup=markup)
        except BadRequest as exc:
            if "not modified" not in exc.message:
                raise
        return
    assert update.effective_message is not None
    await update.effective_message.reply_text(text, reply_markup=markup)


async def preview_pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Toggle confirmation, choose a time, send or cancel."""
    query = update.callback_query
    assert query is not None and query.data is not None
    draft = _draft(context)
    if "content" not in draft or "audience" not in draft:
        await query.answer("草稿已失效，请重新发送 /broadcast。", show_alert=True)
        return ConversationHandler.END
    action = query.data.removeprefix("bcw:")
    if action == "ack":
        draft["ask_ack"] = not draft.get("ask_ack")
    elif action == "now":
        draft.pop("scheduled_at", None)
    elif action == "when":
        await query.answer()
        assert query.message is not None
        await context.bot.send_message(query.message.chat.id, ASK_WHEN)
        return WHEN
    elif action == "send":
        return await _confirm(update, context, draft)
    await query.answer()
    await _show_preview(update, context, edit=True)
    return PREVIEW


async def when_received(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    message = update.effective_message
    assert message is not None and message.text is not None
    svc = services(context)
    now = svc.clock.now()
    when = parse_when(message.text, now, svc.settings.zone)
    if when is None:
        await message.reply_text("无法识别这个时间。" + ASK_WHEN)
        return WHEN
    if when <= now:
        await message.reply_text("这个时间已经过去了。" + ASK_WHEN)
        return WHEN
    _draft(context)["scheduled_at"] = when.isoformat()
    await _show_preview(update, context, edit=False)
    return PREVIEW


async def _confirm(update: Update, context: ContextTypes.DEFAULT_TYPE, draft: dict[str, Any]) -> int:
    query = update.callback_query
    assert query is not None
    svc = services(context)
    now = svc.clock.now()
    scheduled = datetime.fromisoformat(draft["scheduled_at"]) if draft.get("scheduled_at") else None
    async with transaction(context) as session:
        person = await _officer(update, context, session)
        if person is None:
            return ConversationHandler.END
        broadcast = await create_broadcast(
            session,
            content=Content.from_json(draft["content"]),
            audience=Audience.from_json(draft["audience"]),
            now=now,
            author_id=person.id,
            ask_ack=bool(draft.get("ask_ack")),
            scheduled_at=scheduled,
        )
        assert broadcast is not None
        queued = broadcast.status == BroadcastStatus.QUEUED.value
        number, recipients = broadcast.id, broadcast.recipients
    _drop_draft(context)
    await query.answer("已确认")
    if queued:
        wake_sender(context.bot_data)
        text = f"群发 #{number} 已开始发送，共 {recipients} 个接收对象。发送完成后我会把送达情况告诉您。"
    else:
        assert scheduled is not None
        text = f"群发 #{number} 已安排在 {local_text(scheduled, svc.settings.zone)} 发送。可在 /broadcasts 中查看或取消。"
    await query.edit_message_text(text)
    return ConversationHandler.END


async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    _drop_draft(context)
    if update.callback_query is not None:
        await update.callback_query.answer()
        await update.callback_query.edit_message_text("已取消群发。")
    elif update.effective_message is not None:
        await update.effective_message.reply_text("已取消群发。")
    return ConversationHandler.END


# ---------------------------------------------------------------- past broadcasts


def _cut(text: str, limit: int | None) -> str:
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def summary_line(summary: BroadcastSummary, units: list[Any], zone: ZoneInfo, *, brief: bool = False) -> str:
    """A broadcast's status and counts; `brief` (the list) cuts a long title and audience."""
    b = summary.broadcast
    d = summary.delivery
    status = BroadcastStatus(b.status)
    head = (
        f"#{b.id} {local_text(b.scheduled_at, zone, year=False)} {ORIGIN_LABELS[BroadcastOrigin(b.origin)]}"
    )
    what = f"「{_cut(b.title, TITLE_SHOWN if brief else None)}」" if b.title else ""
    what += Content.from_json(b.content).preview(24)
    audience = describe_audience(_audience(b), units)
    lines = [
        f"{head} · {STATUS_LABELS[status]}",
        f"  {what}",
        f"  对象：{_cut(audience, AUDIENCE_SHOWN if brief else None)}",
    ]
    if status in (BroadcastStatus.QUEUED, BroadcastStatus.DONE):
        counts = f"  送达 {d.sent}/{d.recipients} · 失败 {d.failed} · 屏蔽 {d.blocked}"
        if d.pending:
            counts += f" · 待发 {d.pending}"
        if b.ask_ack:
            counts += f" · 已学习 {summary.confirmed}/{summary.expected}"
        excluded = blocked_note(b.excluded_blocked or 0)
        if excluded:
            counts += f"（{excluded}）"
        lines.append(counts)
    return "\n".join(lines)


def _audience(b: Any) -> Audience:
    return Audience.from_json(b.audience)


async def _listing(
    context: ContextTypes.DEFAULT_TYPE, session: AsyncSession, page: int
) -> tuple[str, Keyboard] | None:
    """One page of the broadcast list, newest first, with 详情 buttons and the page row."""
    listed = await broadcasts_page(session, page, size=LIST_SIZE)
    if not listed.total:
        return None
    zone = services(context).settings.zone
    units = await all_units(session)
    text = f"最近的群发（共 {listed.total} 条，最新的在前）：\n\n" + "\n\n".join(
        summary_line(s, units, zone, brief=True) for s in listed.summaries
    )
    keyboard: Keyboard = [
        [Button(f"#{s.broadcast.id} 详情", data=f"bc:show:{s.broadcast.id}")] for s in listed.summaries
    ]
    nav = page_buttons(listed.page, listed.pages, LIST_PAGE)
    if nav:
        keyboard.append(nav)
    return text, keyboard


async def broadcasts_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List broadcasts with their delivery and confirmation counts, a page at a time."""
    async with transaction(context) as session:
        if await _officer(update, context, session) is None:
            return
        listing = await _listing(context, session, 1)
    message = update.effective_message
    assert message is not None
    if listing is None:
        await message.reply_text("还没有群发记录。发送 /broadcast 开始群发。")
        return
    text, keyboard = listing
    await message.reply_text(text, reply_markup=to_markup(keyboard))


async def page_pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """◀ 上一页 / 下一页 ▶ under the list: the same message shows that page."""
    query = update.callback_query
    assert query is not None and query.data is not None
    async with transaction(context) as session:
        if await _officer(update, context, session) is None:
            return
        listing = await _listing(context, session, turned_page(query.data, LIST_PAGE))
    if listing is None:
        await query.answer("还没有群发记录。", show_alert=True)
        return
    await show_page(query, *listing)


async def _detail(
    context: ContextTypes.DEFAULT_TYPE, session: AsyncSession, broadcast_id: int
) -> tuple[str, Keyboard]:
    zone = services(context).settings.zone
    summary = await broadcast_summary(session, broadcast_id)
    if summary is None:
        return "找不到这条群发。", []
    units = await all_units(session)
    b = summary.broadcast
    lines = [summary_line(summary, units, zone)]
    keyboard: Keyboard = []
    if b.status == BroadcastStatus.SCHEDULED.value:
        lines.append(f"计划发送时间：{local_text(b.scheduled_at, zone)}")
        keyboard.append([Button("取消定时发送", data=f"bc:cancel:{b.id}")])
    if b.ask_ack and b.status != BroadcastStatus.SCHEDULED.value:
        status = await ack_status(session, b.id)
        confirmed = [name for name, _ in status.confirmed]
        lines.append(f"\n已学习（{len(confirmed)}）：" + ("、".join(confirmed[:NAMES_SHOWN]) or "暂无"))
        if len(confirmed) > NAMES_SHOWN:
            lines.append(f"……等 {len(confirmed)} 人")
        pending = [p.name for p in status.pending]
        lines.append(f"未学习（{len(pending)}）：" + ("、".join(pending[:NAMES_SHOWN]) or "无"))
        if len(pending) > NAMES_SHOWN:
            lines.append(f"……等 {len(pending)} 人")
        if summary.resends:
            lines.append(f"已补发 {summary.resends} 次。")
        if pending:
            keyboard.append([Button(f"向未学习的 {len(pending)} 人补发", data=f"bc:resend:{b.id}")])
    return "\n".join(lines), keyboard


async def show_pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    broadcast_id = int(query.data.rsplit(":", 1)[1])
    async with transaction(context) as session:
        if await _officer(update, context, session) is None:
            return
        text, keyboard = await _detail(context, session, broadcast_id)
    await query.answer()
    assert query.message is not None
    await context.bot.send_message(
        query.message.chat.id, text, reply_markup=to_markup(keyboard) if keyboard else None
    )


async def resend_pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send again, privately, to the expected people who have not pressed 已学习."""
    query = update.callback_query
    assert query is not None and query.data is not None
    broadcast_id = int(query.data.rsplit(":", 1)[1])
    now = services(context).clock.now()
    async with transaction(context) as session:
        person = await _officer(update, context, session)
        if person is None:
            return
        try:
            resend = await resend_to_unconfirmed(session, broadcast_id, author_id=person.id, now=now)
        except BroadcastError as exc:
            await refuse(update, str(exc))
            return
        count = resend.recipients if resend is not None else 0
    if resend is None:
        await query.answer("所有人都已确认学习，无需补发。", show_alert=True)
        return
    wake_sender(context.bot_data)
    await query.answer(f"已向 {count} 人补发")
    assert query.message is not None
    await context.bot.send_message(
        query.message.chat.id,
        f"已向 {count} 名未学习的人员补发群发 #{broadcast_id}（私聊）。发送完成后会通知您。",
    )


async def cancel_pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    broadcast_id = int(query.data.rsplit(":", 1)[1])
    async with transaction(context) as session:
        if await _officer(update, context, session) is None:
            return
        cancelled = await cancel_broadcast(session, broadcast_id)
    if not cancelled:
        await query.answer("这条群发已经发出或已取消。", show_alert=True)
        return
    await query.answer("已取消")
    await query.edit_message_text(f"定时群发 #{broadcast_id} 已取消。")


# ---------------------------------------------------------------- read receipts


async def ack_pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """已学习: recorded once per person and broadcast, in a private chat or in a group."""
    query = update.callback_query
    assert query is not None and query.data is not None
    broadcast_id = int(query.data.removeprefix(ACK_PREFIX))
    user = query.from_user
    chat = update.effective_chat
    chat_id = chat.id if chat is not None else user.id
    async with transaction(context) as session:
        result = await acknowledge(
            session,
            broadcast_id,
            telegram_user_id=user.id,
            name=user.full_name,
            chat_id=chat_id,
            now=services(context).clock.now(),
        )
    if result == AckResult.UNKNOWN:
        await query.answer("该按钮已失效。", show_alert=True)
        return
    if result == AckResult.ALREADY:
        await query.answer("您已经确认过了，谢谢！")
        return
    await query.answer("已确认学习，谢谢！")
    if chat is not None and chat.type == ChatType.PRIVATE:
        # in a private chat the button has done its job (in a group others still need it): it goes,
        # and the line asking to press it says it was pressed
        message = query.message
        try:
            if isinstance(message, TgMessage) and (message.photo or message.document):
                await query.edit_message_caption(acknowledged_text(message.caption or ""), reply_markup=None)
            elif isinstance(message, TgMessage) and message.text:
                await query.edit_message_text(acknowledged_text(message.text), reply_markup=None)
            else:
                await query.edit_message_reply_markup(None)
        except BadRequest:
            pass


def register(application: Application) -> None:
    application.add_handler(
        ConversationHandler(
            entry_points=[CommandHandler("broadcast", broadcast_command)],
            states={
                CONTENT: [
                    MessageHandler(
                        filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND, content_received
                    ),
                    MessageHandler(
                        filters.ChatType.PRIVATE & (filters.PHOTO | filters.Document.ALL), content_received
                    ),
                    MessageHandler(filters.ChatType.PRIVATE & ~filters.COMMAND, content_unsupported),
                ],
                AUDIENCE: [CallbackQueryHandler(audience_chosen, pattern=r"^bcw:aud:\w+$")],
                UNITS: [CallbackQueryHandler(unit_toggled, pattern=r"^bcw:(unit:\d+|upage:\d+|units_done)$")],
                ROLES: [CallbackQueryHandler(role_toggled, pattern=r"^bcw:(role:\w+|roles_done)$")],
                PREVIEW: [CallbackQueryHandler(preview_pressed, pattern=r"^bcw:(ack|now|when|send)$")],
                WHEN: [
                    MessageHandler(filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND, when_received)
                ],
            },
            fallbacks=[
                CommandHandler("cancel", cancel),
                CallbackQueryHandler(cancel, pattern=r"^bcw:cancel$"),
                CommandHandler("broadcast", broadcast_command),
            ],
            name="broadcast",
            persistent=True,
            allow_reentry=True,
        )
    )
    application.add_handler(CommandHandler("broadcasts", broadcasts_command))
    application.add_handler(CallbackQueryHandler(ack_pressed, pattern=rf"^{ACK_PREFIX}\d+$"))
    application.add_handler(CallbackQueryHandler(page_pressed, pattern=r"^bc:page:\d+$"))
    application.add_handler(CallbackQueryHandler(show_pressed, pattern=r"^bc:show:\d+$"))
    application.add_handler(CallbackQueryHandler(resend_pressed, pattern=r"^bc:resend:\d+$"))
    application.add_handler(CallbackQueryHandler(cancel_pressed, pattern=r"^bc:cancel:\d+$"))


COMMANDS.extend(
    [
        CommandHelp("broadcast", "安全宣传群发", Action.BROADCAST),
        CommandHelp("broadcasts", "群发记录与学习确认", Action.BROADCAST),
        CommandHelp("link", "在群里发送：关联本群到单位", Action.LINK_GROUP),
    ]
)
