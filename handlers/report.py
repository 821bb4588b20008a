"""随手拍: report a hazard with photos, guided (/report) or quick (a photo with a caption).

The conversation is a database-driven state machine (storage.drafts): every answer is saved in
`report_drafts` at once, so a restart loses nothing and needs no conversation persistence.

Routing, and why in these groups:
- group -2 (`ROUTER_GROUP`), before every other feature: a person with a live draft owns their
  private messages; the router answers them and stops there. A command or a button of another
  feature pauses the draft (the person went elsewhere), so other features' questions still get
  their answers; /report resumes.
- group 0: /report, the 随手拍 menu button, the draft's own buttons (`rp:`), and the quick path:
  a photo sent to the bot with no draft starts one. It must be registered before the catch-all
  modules (ask, fallback) in bot/app.py.

Albums arrive as separate updates sharing a media_group_id: each photo is stored as it comes,
and one answer is sent when no photo came for `album_window_seconds` (a JobQueue job,
rescheduled per photo; if the bot restarts in between, the photos are already saved).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import KeyboardButton, Message, ReplyKeyboardMarkup, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from handlers.common import require_person, services, to_markup, transaction
from handlers.photos import receive_photo
from storage import drafts
from storage.drafts import DraftData, DraftError, DraftPhoto, Step, UnitOption
from storage.hazard_flow import HazardError
from storage.models import (
    HAZARD_CATEGORY_LABELS,
    HAZARD_SOURCE_LABELS,
    HazardCategory,
    HazardSource,
    Person,
    ReportDraft,
    Unit,
)
from storage.outbox import Button, Keyboard
from storage.people import actor_for, all_units, find_unit, unit_path
from storage.permissions import Action, may
from storage.photos import PhotoError

log = logging.getLogger(__name__)

ROUTER_GROUP = -2
MENU_BUTTON = "📷 随手拍"
ALBUM_JOB_PREFIX = "report-album:"
RECEIVING_PHOTOS_KEY = "report.receiving_photos"  # bot_data: user ids with a photo being saved
DRAFT_LOCKS_KEY = "report.draft_locks"  # bot_data: one asyncio.Lock per user with a draft

# Commands that only show something: they leave a draft in focus.
READ_ONLY_COMMANDS = ("start", "help", "me", "hazard", "list", "my", "points", "report", "cancel")

STALE = "该按钮已失效（上报已提交、取消或过期）。发送 /report 开始新的上报。"
OLD_BUTTON = "请使用最新一条消息中的按钮。"
EXPIRED = "您上次未完成的隐患上报已超时作废。"
UNSUPPORTED = "上报隐患时请发送照片、文字或定位。"

Replies = list[tuple[str, Keyboard | None]]


def menu_keyboard() -> ReplyKeyboardMarkup:
    """The main menu's 随手拍 button, shown under the input field."""
    return ReplyKeyboardMarkup([[KeyboardButton(MENU_BUTTON)]], resize_keyboard=True, is_persistent=True)


def _ttl(context: ContextTypes.DEFAULT_TYPE) -> timedelta:
    return timedelta(hours=services(context).settings.draft_ttl_hours)


async def _send(context: ContextTypes.DEFAULT_TYPE, chat_id: int, replies: Replies) -> None:
    for text, keyboard in replies:
        await context.bot.send_message(chat_id, text, reply_markup=to_markup(keyboard) if keyboard else None)


@asynccontextmanager
async def _draft_session(context: ContextTypes.DEFAULT_TYPE, user_id: int) -> AsyncIterator[AsyncSession]:
    """A transaction on one person's draft, one at a time: the album job, the start-up sweep and
    the person's own messages all read, change and save the same row, and interleaved they would
    lose each other's changes (a photo counted twice, a step undone)."""
    locks: dict[int, asyncio.Lock] = context.bot_data.setdefault(DRAFT_LOCKS_KEY, {})
    lock = locks.setdefault(user_id, asyncio.Lock())
    async with lock, transaction(context) as session:
        yield session


def _saving_photo(context: ContextTypes.DEFAULT_TYPE, user_id: int) -> bool:
    return user_id in context.bot_data.get(RECEIVING_PHOTOS_KEY, set())


def _busy_with_photos(context: ContextTypes.DEFAULT_TYPE, user_id: int) -> bool:
    """A photo of this person is being saved, or their album window is open."""
    if _saving_photo(context, user_id):
        return True
    queue = context.job_queue
    return queue is not None and bool(queue.get_jobs_by_name(f"{ALBUM_JOB_PREFIX}{user_id}"))


def _is_private(update: Update) -> bool:
    return update.effective_chat is not None and update.effective_chat.type == ChatType.PRIVATE


# ---------------------------------------------------------------- prompts


async def _unit_options(session: AsyncSession) -> tuple[list[Unit], list[UnitOption]]:
    units = await all_units(session)
    return units, [UnitOption(u.id, unit_path(units, u)) for u in units]


async def _prompt(
    session: AsyncSession, draft: ReportDraft, data: DraftData, step: Step
) -> tuple[str, Keyboard]:
    units, options = await _unit_options(session)
    unit = next((u for u in units if u.id == data.unit_id), None)
    person = await session.get(Person, draft.person_id)
    return drafts.prompt(
        step,
        data,
        draft.id,
        units=options,
        unit_label=unit_path(units, unit) if unit else None,
        own_unit_id=person.unit_id if person else None,
    )


async def _advance(
    session: AsyncSession, draft: ReportDraft, data: DraftData, *, now: datetime, prefix: str | None = None
) -> Replies:
    """Save the draft at its next question and return that question."""
    step = drafts.next_step(data)
    await drafts.save(session, draft, data, step, now=now)
    text, keyboard = await _prompt(session, draft, data, step)
    if prefix:
        text = f"{prefix}\n\n{text}"
    return [(text, keyboard)]


async def _reprompt(
    session: AsyncSession, draft: ReportDraft, data: DraftData, prefix: str | None = None
) -> Replies:
    text, keyboard = await _prompt(session, draft, data, Step(draft.step))
    return [(f"{prefix}\n\n{text}" if prefix else text, keyboard)]


def _join(*parts: str | None) -> str:
    return "\n".join(p for p in parts if p)


# ---------------------------------------------------------------- photos


async def _download(message: Message, context: ContextTypes.DEFAULT_TYPE) -> DraftPhoto:
    """The message's photo, downloaded and stored EXIF-free (see handlers.photos.receive_photo)."""
    return DraftPhoto.from_input(await receive_photo(message, context))


async def _take_photo(
    session: AsyncSession, data: DraftData, photo: DraftPhoto, caption: str | None
) -> str | None:
    """Add a downloaded photo to the draft; a problem to say at once, or None."""
    try:
        added = data.add_photo(photo)
    except DraftError as exc:
        return str(exc)
    if not added:
        data.notes.append("有一张照片重复发送，已忽略。")
    else:
        numbers = await drafts.duplicates_of(session, photo)
        if numbers:
            data.notes.append(
                f"⚠ 第 {len(data.photos)} 张照片与未销号隐患 {'、'.join(numbers)} 的照片相同，可能已有人上报。"
                "如确属新情况，可继续上报。"
            )
    if caption:
        drafts.absorb_caption(data, caption)
    return None


def _schedule_ack(context: ContextTypes.DEFAULT_TYPE, user_id: int, chat_id: int) -> bool:
    """(Re)start the album window; False when there is no job queue (answer at once)."""
    queue = context.job_queue
    if queue is None:
        return False
    name = f"{ALBUM_JOB_PREFIX}{user_id}"
    for job in queue.get_jobs_by_name(name):
        job.schedule_removal()
    window = services(context).settings.album_window_seconds
    queue.run_once(
        _album_closed,
        when=window,
        data=(user_id, chat_id),
        name=name,
        chat_id=chat_id,
        user_id=user_id,
        job_kwargs={"misfire_grace_time": None},  # late under load is fine; skipped is not
    )
    return True


def _cancel_ack(context: ContextTypes.DEFAULT_TYPE, user_id: int) -> None:
    if context.job_queue is not None:
        for job in context.job_queue.get_jobs_by_name(f"{ALBUM_JOB_PREFIX}{user_id}"):
            job.schedule_removal()


async def _acknowledge(session: AsyncSession, draft: ReportDraft, data: DraftData, now: datetime) -> Replies:
    """Photos came and none followed: say so once, with the next question."""
    lines = [f"📷 已收到照片，共 {len(data.photos)} 张。", *data.notes]
    data.notes = []
    data.photos_pending = 0
    if Step(draft.step) == Step.PHOTOS:
        data.mark_done(Step.PHOTOS)
        return await _advance(session, draft, data, prefix="\n".join(lines), now=now)
    await drafts.save(session, draft, data, Step(draft.step), now=now)
    return await _reprompt(session, draft, data, "\n".join(lines))


@asynccontextmanager
async def _receiving_photo(
    context: ContextTypes.DEFAULT_TYPE, user_id: int, chat_id: int
) -> AsyncIterator[None]:
    """While a photo is being downloaded and saved, the album window must not close: under load a
    download can outlast the window, and the answer would count the photos without this one."""
    receiving: set[int] = context.bot_data.setdefault(RECEIVING_PHOTOS_KEY, set())
    receiving.add(user_id)
    try:
        yield
    finally:
        receiving.discard(user_id)
        # the window restarts from the end of this photo (a skipped close is made good here)
        _schedule_ack(context, user_id, chat_id)


async def _album_closed(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The album window closed: answer the photos once."""
    assert context.job is not None
    job_data = context.job.data
    assert isinstance(job_data, tuple)
    user_id, chat_id = int(job_data[0]), int(job_data[1])
    if _saving_photo(context, user_id):
        return  # a photo is still arriving; its handler restarts the window when it is saved
    svc = services(context)
    now = svc.clock.now()
    async with _draft_session(context, user_id) as session:
        found = await drafts.find_draft(session, user_id, now=now, ttl=_ttl(context))
        draft = found.draft
        if draft is None:
            return
        data = drafts.load(draft)
        if data.photos_pending == 0 and not data.notes:
            return
        replies = await _acknowledge(session, draft, data, now)
    await _send(context, chat_id, replies)


# ---------------------------------------------------------------- one message for a live draft


async def _handle_input(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    session: AsyncSession,
    draft: ReportDraft,
    photo: DraftPhoto | None,
) -> Replies:
    """Apply one message to the draft; what to answer (nothing while an album is arriving)."""
    message = update.effective_message
    assert message is not None
    now = services(context).clock.now()
    data = drafts.load(draft)
    step = Step(draft.step)
    data.paused = False
    if photo is not None:
        problem = await _take_photo(session, data, photo, message.caption)
        await drafts.save(session, draft, data, step, now=now)
        if problem:
            return [(problem, None)]
        return (
            []
            if _schedule_ack(context, draft.telegram_user_id, message.chat.id)
            else await _acknowledge(session, draft, data, now)
        )
    try:
        if message.location is not None:
            data.set_location_pin(message.location.latitude, message.location.longitude)
            if step in (Step.LOCATION, Step.EDIT):
                return await _advance(session, draft, data, now=now)
            await drafts.save(session, draft, data, step, now=now)
            return await _reprompt(session, draft, data, "📍 已记录定位。")
        text = (message.text or "").strip()
        if not text:
            return [(UNSUPPORTED, None)]
        prefix: str | None = None
        if step == Step.PHOTOS:
            if not data.photos:
                return await _reprompt(session, draft, data, "请先发送至少一张现场照片。")
            # the photos are in and the person moved on: the text answers the next question
            _cancel_ack(context, draft.telegram_user_id)
            data.mark_done(Step.PHOTOS)
            prefix = "\n".join([f"📷 已收到照片，共 {len(data.photos)} 张。", *data.notes])
            data.notes, data.photos_pending = [], 0
            step = drafts.next_step(data)
            draft.step = step.value
        if step == Step.DESCRIPTION:
            data.set_description(text)
            return await _advance(session, draft, data, now=now, prefix=prefix)
        if step == Step.LOCATION:
            data.set_location_text(text)
            return await _advance(session, draft, data, now=now, prefix=prefix)
        if step == Step.CATEGORY:
            category = drafts.category_from_text(text)
            if category is None:
                await drafts.save(session, draft, data, step, now=now)
                return await _reprompt(
                    session, draft, data, _join(prefix, "没有对应的类别，请点击下方按钮选择。")
                )
            data.set_category(category.value)
            return await _advance(session, draft, data, now=now, prefix=prefix)
        if step == Step.UNIT:
            unit = await find_unit(session, text)
            if unit is None:
                await drafts.save(session, draft, data, step, now=now)
                return await _reprompt(
                    session, draft, data, _join(prefix, f"没有找到单位“{text}”，请点击下方按钮选择。")
                )
            data.set_unit(unit.id)
            return await _advance(session, draft, data, now=now, prefix=prefix)
        if prefix:
            await drafts.save(session, draft, data, step, now=now)
            return await _reprompt(session, draft, data, prefix)
    except DraftError as exc:
        await drafts.save(session, draft, data, step, now=now)
        return [(str(exc), None)]
    # a button is expected: say so and show it again
    await drafts.save(session, draft, data, step, now=now)
    return await _reprompt(session, draft, data, "请点击下方按钮。")


async def route_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Group -2: a private message of someone with a live, unpaused draft belongs to the draft."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return
    svc = services(context)
    if message.text and message.text.strip() == MENU_BUTTON:
        await report_entry(update, context)
        raise ApplicationHandlerStop
    async with _draft_session(context, user.id) as session:
        found = await drafts.find_draft(session, user.id, now=svc.clock.now(), ttl=_ttl(context))
        live = found.draft is not None and not drafts.load(found.draft).paused
    if found.expired and not (message.photo or message.document):
        await message.reply_text(f"{EXPIRED}需要上报请发送 /report 重新开始。")
        raise ApplicationHandlerStop
    if not live:
        return  # other features (and the quick path for a photo) take it from here
    if message.photo or message.document:
        async with _receiving_photo(context, user.id, message.chat.id):
            await _apply_to_draft(update, context, await _download_or_refuse(message, context))
    else:
        await _apply_to_draft(update, context, None)
    raise ApplicationHandlerStop


async def _download_or_refuse(message: Message, context: ContextTypes.DEFAULT_TYPE) -> DraftPhoto:
    try:
        return await _download(message, context)
    except PhotoError as exc:
        await message.reply_text(str(exc))
        raise ApplicationHandlerStop from None


async def _apply_to_draft(
    update: Update, context: ContextTypes.DEFAULT_TYPE, photo: DraftPhoto | None
) -> None:
    message, user = update.effective_message, update.effective_user
    assert message is not None and user is not None
    async with _draft_session(context, user.id) as session:
        found = await drafts.find_draft(
            session, user.id, now=services(context).clock.now(), ttl=_ttl(context)
        )
        if found.draft is None:
            replies: Replies = [(STALE, None)]
        else:
            replies = await _handle_input(update, context, session, found.draft, photo)
    await _send(context, message.chat.id, replies)


async def cancel_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/cancel with a live draft drops it; otherwise /cancel belongs to other features."""
    user = update.effective_user
    message = update.effective_message
    if user is None or message is None:
        return
    async with _draft_session(context, user.id) as session:
        found = await drafts.find_draft(
            session, user.id, now=services(context).clock.now(), ttl=_ttl(context)
        )
        if found.draft is None or drafts.load(found.draft).paused:
            return
        await drafts.discard(session, found.draft)
    _cancel_ack(context, user.id)
    await message.reply_text("已取消本次隐患上报，内容未提交。", reply_markup=menu_keyboard())
    raise ApplicationHandlerStop


async def pause_for_other_feature(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Another feature's command or button: the draft steps aside until /report resumes it."""
    user = update.effective_user
    if user is None or not _is_private(update):
        return
    async with _draft_session(context, user.id) as session:
        found = await drafts.find_draft(
            session, user.id, now=services(context).clock.now(), ttl=_ttl(context)
        )
        if found.draft is None:
            return
        data = drafts.load(found.draft)
        if data.paused:
            return
        data.paused = True
        await drafts.save(
            session, found.draft, data, Step(found.draft.step), now=services(context).clock.now()
        )
    _cancel_ack(context, user.id)
    await context.bot.send_message(user.id, "（您的隐患上报尚未提交，已暂存。发送 /report 可继续。）")


# ---------------------------------------------------------------- starting


async def _officer(session: AsyncSession, person: Person) -> bool:
    return may(await actor_for(session, person), Action.FILE_CHECK_ENTRY)


async def report_entry(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/report or the 随手拍 button: start a guided report, or offer to resume the open one."""
    message = update.effective_message
    user = update.effective_user
    if user is None:
        return
    if not _is_private(update):
        if message is not None:
            await message.reply_text("请私聊我发送 /report 上报隐患（可匿名）。")
        return
    if update.callback_query is not None:
        await update.callback_query.answer()
    svc = services(context)
    now = svc.clock.now()
    args = context.args if message is not None and message.text and message.text.startswith("/") else None
    async with _draft_session(context, user.id) as session:
        person = await require_person(update, context, session)
        if person is None:
            return
        actor = await actor_for(session, person)
        if not may(actor, Action.REPORT_HAZARD):
            replies: Replies = [("抱歉，您没有上报隐患的权限。", None)]
        else:
            found = await drafts.find_draft(session, user.id, now=now, ttl=_ttl(context))
            if found.draft is not None:
                data = drafts.load(found.draft)
                draft_id = found.draft.id
                replies = [
                    (
                        f"您有一份未完成的隐患上报（{drafts.progress_line(data)}）。继续填写还是重新开始？",
                        [
                            [
                                Button("继续", data=drafts.cb(draft_id, "resume")),
                                Button("重新开始", data=drafts.cb(draft_id, "restart")),
                                Button("取消", data=drafts.cb(draft_id, "cancel")),
                            ]
                        ],
                    )
                ]
            else:
                data = drafts.new_data(
                    officer=may(actor, Action.FILE_CHECK_ENTRY), unit_id=person.unit_id, quick=False
                )
                if args:
                    try:
                        data.set_description(" ".join(args))
                    except DraftError:
                        pass
                draft = await drafts.start_draft(
                    session, telegram_user_id=user.id, person_id=person.id, data=data, now=now
                )
                prefix = "📝 开始上报隐患。随时可点「取消上报」放弃。"
                if found.expired:
                    prefix = f"{EXPIRED}\n{prefix}"
                replies = await _reprompt(session, draft, data, prefix)
    await _send(context, user.id, replies)


async def start_from_photo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Quick path: a photo (or album) sent straight to the bot files a report from its caption."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return
    svc = services(context)
    async with transaction(context) as session:
        person = await require_person(update, context, session)
        if person is None:
            return
        person_id, unit_id = person.id, person.unit_id
        officer = await _officer(session, person)
    async with _receiving_photo(context, user.id, message.chat.id):
        try:
            photo = await _download(message, context)
        except PhotoError as exc:
            await message.reply_text(str(exc))
            return
        now = svc.clock.now()
        async with _draft_session(context, user.id) as session:
            found = await drafts.find_draft(session, user.id, now=now, ttl=_ttl(context))
            draft = found.draft
            if draft is None:
                data = drafts.new_data(officer=officer, unit_id=unit_id, quick=True)
                draft = await drafts.start_draft(
                    session, telegram_user_id=user.id, person_id=person_id, data=data, now=now
                )
            # an existing (paused) draft takes the photo: the person is back at reporting
            replies = await _handle_input(update, context, session, draft, photo)
        await _send(context, message.chat.id, replies)


# ---------------------------------------------------------------- buttons


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every `rp:<draft>:<verb>[:<arg>]` press: checked against the person's current draft and step."""
    query = update.callback_query
    user = update.effective_user
    assert query is not None and query.data is not None
    if user is None:
        return
    parts = query.data.split(":")
    try:
        draft_id = int(parts[1])
        verb = parts[2]
    except (IndexError, ValueError):
        await query.answer(STALE, show_alert=True)
        return
    arg = parts[3] if len(parts) > 3 else None
    if verb == "new":
        await report_entry(update, context)
        return
    svc = services(context)
    now = svc.clock.now()
    chat_id = query.message.chat.id if query.message is not None else user.id
    toast: str | None = None
    alert = False
    edit: tuple[str, Keyboard | None] | None = None  # new content of the pressed message
    replies: Replies = []
    try:
        async with _draft_session(context, user.id) as session:
            person = await require_person(update, context, session)
            if person is None:
                return
            found = await drafts.find_draft(session, user.id, now=now, ttl=_ttl(context))
            draft = found.draft
            if draft is None or draft.id != draft_id:
                await query.answer(STALE, show_alert=True)
                return
            data = drafts.load(draft)
            step = Step(draft.step)
            if verb == "cancel":
                await drafts.discard(session, draft)
                _cancel_ack(context, user.id)
                edit = ("已取消本次隐患上报，内容未提交。", None)
            elif verb == "resume":
                data.paused = False
                await drafts.save(session, draft, data, step, now=now)
                edit = ("继续填写上报。", None)
                if data.photos_pending:
                    replies = await _acknowledge(session, draft, data, now)
                else:
                    replies = await _reprompt(session, draft, data)
            elif verb == "restart":
                fresh = drafts.new_data(
                    officer=await _officer(session, person), unit_id=person.unit_id, quick=False
                )
                _cancel_ack(context, user.id)
                new_draft = await drafts.start_draft(
                    session, telegram_user_id=user.id, person_id=person.id, data=fresh, now=now
                )
                edit = ("已放弃原内容，重新开始。", None)
                replies = await _reprompt(session, new_draft, fresh)
            elif verb == "loc" and step == Step.LOCATION:
                data.skip_location()
                edit = ("📍 位置：未填写", None)
                replies = await _advance(session, draft, data, now=now)
            elif verb == "cat" and step == Step.CATEGORY and arg:
                data.set_category(arg)
                edit = (f"🏷 类别：{HAZARD_CATEGORY_LABELS[HazardCategory(arg)]}", None)
                replies = await _advance(session, draft, data, now=now)
            elif verb == "unit" and step == Step.UNIT and arg:
                units, options = await _unit_options(session)
                option = next((o for o in options if str(o.id) == arg), None)
                if option is None:
                    raise DraftError("该单位已不存在，请重新选择。")
                data.set_unit(option.id)
                edit = (f"🏭 发现单位：{option.label}", None)
                replies = await _advance(session, draft, data, now=now)
            elif verb == "src" and step in (Step.SOURCE, Step.SUMMARY) and arg:
                if not await _officer(session, person):
                    raise DraftError("只有安全员可以登记自查或督查发现的隐患。")
                data.officer = True
                data.set_source(arg)
                if step == Step.SUMMARY:
                    await drafts.save(session, draft, data, step, now=now)
                    edit = await _prompt(session, draft, data, Step.SUMMARY)
                else:
                    edit = (f"📂 来源：{HAZARD_SOURCE_LABELS[HazardSource(arg)]}", None)
                    replies = await _advance(session, draft, data, now=now)
            elif verb == "anon" and step in (Step.ANONYMOUS, Step.SUMMARY) and arg in ("0", "1"):
                data.set_anonymous(arg == "1")
                toast = "已设为匿名上报" if data.anonymous else "已设为实名上报"
                if step == Step.SUMMARY:
                    await drafts.save(session, draft, data, step, now=now)
                    edit = await _prompt(session, draft, data, Step.SUMMARY)
                else:
                    edit = ("🔒 上报方式：" + ("匿名" if data.anonymous else "实名"), None)
                    replies = await _advance(session, draft, data, now=now)
            elif verb == "edit" and arg is None and step == Step.SUMMARY:
                await drafts.save(session, draft, data, Step.EDIT, now=now)
                edit = await _prompt(session, draft, data, Step.EDIT)
            elif verb == "edit" and arg is not None and step == Step.EDIT:
                field = Step(arg)
                if field not in drafts.EDITABLE or not data.applies(field):
                    raise DraftError(OLD_BUTTON)
                if field == Step.PHOTOS:
                    data.photos = []
                    data.photos_pending = 0
                    data.notes = []
                await drafts.save(session, draft, data, field, now=now)
                text, keyboard = await _prompt(session, draft, data, field)
                if field == Step.PHOTOS:
                    text = "原照片已清除。" + text
                edit = ("修改：" + drafts.EDITABLE[field], None)
                replies = [(text, keyboard)]
            elif verb == "back" and step == Step.EDIT:
                await drafts.save(session, draft, data, Step.SUMMARY, now=now)
                edit = await _prompt(session, draft, data, Step.SUMMARY)
            elif verb == "ok" and step == Step.SUMMARY:
                zone = svc.settings.zone
                reporter = await actor_for(session, person)
                hazard = await drafts.submit(session, draft, reporter=reporter, now=now, zone=zone)
                toast = f"已提交：{hazard.number}"
                summary_text, _ = await _prompt(session, draft, data, Step.SUMMARY)
                edit = (summary_text.replace("请核对隐患上报内容", "已提交的隐患上报", 1), None)
                replies = [drafts.submitted(hazard, reporter)]
            else:
                toast, alert = OLD_BUTTON, True
    except (DraftError, HazardError) as exc:
        await query.answer(str(exc)[:200], show_alert=True)
        return
    await query.answer(toast, show_alert=alert)
    if edit is not None:
        new_text, new_keyboard = edit
        try:
            await query.edit_message_text(
                new_text, reply_markup=to_markup(new_keyboard) if new_keyboard else None
            )
        except BadRequest as exc:
            if "not modified" not in str(exc).lower():
                raise
    if verb == "ok" and replies:
        # the menu keyboard comes back under the input field, unless the reply carries a button of its
        # own (立即研判): an inline keyboard leaves the menu keyboard shown as it is
        done_text, buttons = replies[0]
        markup = to_markup(buttons) if buttons else menu_keyboard()
        await context.bot.send_message(chat_id, done_text, reply_markup=markup)
        return
    await _send(context, chat_id, replies)


# ---------------------------------------------------------------- housekeeping


async def purge_drafts(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Drop drafts nobody touched for draft_ttl_hours."""
    async with transaction(context) as session:
        count = await drafts.purge_expired(session, now=services(context).clock.now(), ttl=_ttl(context))
    if count:
        log.info("dropped %d expired report drafts", count)


async def answer_pending_albums(context: ContextTypes.DEFAULT_TYPE) -> None:
    """After a restart: photos that arrived just before it still get their one answer."""
    now = services(context).clock.now()
    async with transaction(context) as session:
        waiting = [
            draft.telegram_user_id
            for draft in await drafts.live_drafts(session, now=now, ttl=_ttl(context))
            if drafts.load(draft).photos_pending
        ]
    replies: list[tuple[int, Replies]] = []
    for user_id in waiting:
        if _busy_with_photos(context, user_id):
            continue  # photos are arriving since the start: their own album window answers them
        async with _draft_session(context, user_id) as session:
            draft = (await drafts.find_draft(session, user_id, now=now, ttl=_ttl(context))).draft
            if draft is None:
                continue
            data = drafts.load(draft)
            if data.photos_pending and not data.paused:
                replies.append((user_id, await _acknowledge(session, draft, data, now)))
    for chat_id, answer in replies:
        try:
            await _send(context, chat_id, answer)
        except TelegramError:
            log.warning("could not answer pending album photos of %s", chat_id, exc_info=True)


def register(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    new_message = filters.UpdateType.MESSAGE
    # group -2, ahead of every feature: the live draft takes its person's messages (see module doc)
    application.add_handler(CommandHandler("cancel", cancel_command, filters=private), group=ROUTER_GROUP)
    read_only = filters.Regex(rf"^/({'|'.join(READ_ONLY_COMMANDS)})(@\w+)?(\s|$)")
    application.add_handler(
        MessageHandler(private & new_message & filters.COMMAND & ~read_only, pause_for_other_feature),
        group=ROUTER_GROUP,
    )
    application.add_handler(
        MessageHandler(private & new_message & ~filters.COMMAND, route_message), group=ROUTER_GROUP
    )
    application.add_handler(
        CallbackQueryHandler(pause_for_other_feature, pattern=r"^(?!rp:)"), group=ROUTER_GROUP
    )
    # group 0
    application.add_handler(CommandHandler("report", report_entry))
    application.add_handler(CallbackQueryHandler(on_button, pattern=r"^rp:"))
    application.add_handler(
        MessageHandler(private & new_message & (filters.PHOTO | filters.Document.IMAGE), start_from_photo)
    )
    if application.job_queue is not None:
        application.job_queue.run_repeating(purge_drafts, interval=3600, first=60, name="report-drafts-purge")
        # scheduled before the application starts: without a grace time a slow startup (migrations)
        # would make APScheduler skip it silently
        application.job_queue.run_once(
            answer_pending_albums,
            when=1,
            name="report-pending-albums",
            job_kwargs={"misfire_grace_time": None},
        )
