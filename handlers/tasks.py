"""/tasks, /done and the task calendar's administration in the bot (/task_admin, /task_add).

Evidence: a task that needs it asks for a photo or a document after its "标记完成" button is
pressed; a photo or document sent with the caption /done works too. Evidence is downloaded and
kept in the data directory (storage.evidence: content-addressed, images without EXIF), so it
outlives Telegram's copy. A note may come with it: `/done 说明…`, or the caption's text. The photo handler sits in
group -3, ahead of the report router (-2), the hazard loop's pending questions (-1) and the
report's quick path (group 0, a photo starts a report): it only takes a photo while the person
is completing a task (and stops the update there), and lets every other photo through. Any other
command or button in between cancels the wait, so a photo meant for another feature is never
taken as evidence.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from typing import Any, TypeGuard

from telegram import Message, Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from handlers.common import refuse, reply, require_person, services, transaction
from storage.clock import local_date
from storage.evidence import MAX_EVIDENCE_BYTES, is_image, store_evidence
from storage.models import Person
from storage.obligations import (
    Evidence,
    ObligationError,
    OwnerSpec,
    add_obligation,
    complete_occurrence,
    list_obligations,
    obligation_line,
    open_tasks,
    remove_obligation,
    set_active,
    task_line,
)
from storage.outbox import Button, Keyboard
from storage.people import actor_for
from storage.permissions import Action, may
from storage.photos import PhotoError

log = logging.getLogger(__name__)

EVIDENCE_GROUP = -3
PENDING_KEY = "tasks.pending"  # user_data: the occurrence waiting for its evidence
EVIDENCE_KEY = "tasks.evidence"  # user_data: evidence sent with /done, waiting for a task to be picked
NOTE_KEY = "tasks.note"  # user_data: the note typed after /done, waiting for a task to be picked
PENDING_TTL = timedelta(minutes=15)
MAX_BUTTONS = 10

NO_TASKS = "✅ 您目前没有待完成的任务。"
EVIDENCE_TOO_BIG = "文件超过 20 MB，无法接收，请压缩后重新发送。"
EVIDENCE_FAILED = "佐证文件下载失败，请重新发送。"
ADMIN_ONLY = "只有管理员可以管理任务日历。发送 /tasks 查看您的待办任务。"
ADD_USAGE = (
    "用法：/task_add 任务名称；周期；负责人[；提前提醒天数][；需佐证]\n"
    "周期：每天、每周五、每月20日、每月最后一天、每季度、每半年、每年12月1日、2026-11-10，或 cron 0 9 * * 1\n"
    "负责人：角色（职工/部门负责人/安全员/主要负责人/管理员），可加 @单位，如 部门负责人@一车间；"
    "或人员姓名、@用户名\n"
    "例：/task_add 消防设施月度检查；每月25日；安全员；3；需佐证"
)


def _now(context: ContextTypes.DEFAULT_TYPE) -> datetime:
    return services(context).clock.now()


def _user_data(context: ContextTypes.DEFAULT_TYPE) -> dict[Any, Any]:
    data = context.user_data
    return data if data is not None else {}


def _fresh(entry: Any, now: datetime) -> TypeGuard[dict[str, Any]]:
    return isinstance(entry, dict) and now - datetime.fromisoformat(entry["at"]) <= PENDING_TTL


# ---------------------------------------------------------------- /tasks and /done


async def _open_task_keyboard(
    context: ContextTypes.DEFAULT_TYPE, person: Person
) -> tuple[list[str], Keyboard]:
    svc = services(context)
    today = local_date(svc.clock.now(), svc.settings.zone)
    async with transaction(context) as session:
        tasks = await open_tasks(session, person_id=person.id, today=today)
    lines = [f"{n}. {task_line(t, today)}" for n, t in enumerate(tasks, start=1)]
    keyboard: Keyboard = [
        [Button(f"{n}. 标记完成：{t.obligation.title[:20]}", f"ob:done:{t.occurrence.id}")]
        for n, t in enumerate(tasks[:MAX_BUTTONS], start=1)
    ]
    return lines, keyboard


async def tasks_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List one's open tasks, each with a button to mark it done."""
    async with transaction(context) as session:
        person = await require_person(update, context, session)
    if person is None:
        return
    lines, keyboard = await _open_task_keyboard(context, person)
    if not lines:
        await reply(update, NO_TASKS)
        return
    text = "📋 我的待办任务：\n" + "\n".join(lines) + "\n\n完成后点下方按钮，或发送 /done。"
    await reply(update, text, keyboard)


def _note_of(text: str | None) -> str | None:
    """The words after /done (or /done@bot), if any."""
    parts = (text or "").strip().split(maxsplit=1)
    if not parts or parts[0].split("@")[0] != "/done" or len(parts) < 2:
        return None
    return parts[1].strip() or None


async def done_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Pick the task to mark done; `/done 说明…` keeps the words as the task's note."""
    async with transaction(context) as session:
        person = await require_person(update, context, session)
    if person is None:
        return
    lines, keyboard = await _open_task_keyboard(context, person)
    if not lines:
        await reply(update, NO_TASKS)
        return
    message = update.effective_message
    note = _note_of(message.text if message is not None else None)
    user_data = _user_data(context)
    if note:
        user_data[NOTE_KEY] = {"note": note, "at": _now(context).isoformat()}
    else:
        user_data.pop(NOTE_KEY, None)
    head = "要标记完成哪一项？" + ("（备注已记下）" if note else "")
    await reply(update, head + "\n" + "\n".join(lines), keyboard)


def _done_text(title: str, *, evidence: bool, note: str | None) -> str:
    text = f"✅ 已完成：{title}" + ("（已附佐证）" if evidence else "")
    return text + (f"\n备注：{note}" if note else "")


async def done_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """`ob:done:<occurrence>`: complete it, or ask for the evidence it needs."""
    query = update.callback_query
    assert query is not None and query.data is not None
    occurrence_id = int(query.data.split(":")[2])
    now = _now(context)
    user_data = _user_data(context)
    evidence_entry = user_data.get(EVIDENCE_KEY)
    evidence = Evidence(**evidence_entry["evidence"]) if _fresh(evidence_entry, now) else None
    note_entry = user_data.get(NOTE_KEY)
    note: str | None = note_entry["note"] if _fresh(note_entry, now) else None
    async with transaction(context) as session:
        person = await require_person(update, context, session)
        if person is None:
            return
        try:
            line = await complete_occurrence(
                session, occurrence_id=occurrence_id, person=person, now=now, evidence=evidence, note=note
            )
        except ObligationError as error:
            if "佐证" not in str(error):
                await refuse(update, str(error))
                return
            user_data[PENDING_KEY] = {"occurrence": occurrence_id, "at": now.isoformat(), "note": note}
            await query.answer()
            await reply(update, "该任务需要佐证：请发送一张照片或一个文件（15 分钟内有效）。")
            return
    user_data.pop(EVIDENCE_KEY, None)
    user_data.pop(NOTE_KEY, None)
    user_data.pop(PENDING_KEY, None)
    await query.answer("已完成")
    await reply(update, _done_text(line.obligation.title, evidence=evidence is not None, note=note))


def _evidence_of(message: Message) -> Evidence | None:
    """What the message carries as evidence (Telegram's ids only; see _download_evidence)."""
    if message.photo:
        return Evidence(kind="photo", file_id=message.photo[-1].file_id)
    if message.document is not None:
        return Evidence(kind="document", file_id=message.document.file_id, name=message.document.file_name)
    return None


async def _download_evidence(
    message: Message, evidence: Evidence, context: ContextTypes.DEFAULT_TYPE
) -> Evidence:
    """Download the file and keep our own copy (an image without its EXIF). Raises PhotoError."""
    if message.photo:
        size, image, filename = message.photo[-1].file_size, True, None
    else:
        assert message.document is not None
        document = message.document
        size, filename = document.file_size, document.file_name
        image = is_image(mime_type=document.mime_type, filename=filename)
    if size is not None and size > MAX_EVIDENCE_BYTES:
        raise PhotoError(EVIDENCE_TOO_BIG)
    try:
        telegram_file = await context.bot.get_file(evidence.file_id)
        if telegram_file.file_size is not None and telegram_file.file_size > MAX_EVIDENCE_BYTES:
            raise PhotoError(EVIDENCE_TOO_BIG)
        data = bytes(await telegram_file.download_as_bytearray())
    except TelegramError as error:
        log.warning("task evidence: download failed: %s", error)
        raise PhotoError(EVIDENCE_FAILED) from error
    data_dir = services(context).settings.data_dir
    stored = await asyncio.to_thread(store_evidence, data_dir, data, image=image, filename=filename)
    return Evidence(
        kind=evidence.kind,
        file_id=evidence.file_id,
        name=evidence.name,
        path=stored.path,
        sha256=stored.sha256,
    )


async def evidence_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A photo or document: evidence for the task being completed, or sent with the caption /done."""
    message = update.effective_message
    if message is None:
        return
    evidence = _evidence_of(message)
    if evidence is None:
        return
    now = _now(context)
    user_data = _user_data(context)
    pending = user_data.get(PENDING_KEY)
    with_caption = (message.caption or "").strip().split(" ")[0].split("@")[0] == "/done"
    if not _fresh(pending, now) and not with_caption:
        return  # not ours: the report's quick path takes the photo
    # the caption's words are the note: after /done, or all of it when the task asked for this file
    note = _note_of(message.caption) if with_caption else (message.caption or "").strip() or None
    if _fresh(pending, now):
        note = note or pending.get("note")
    async with transaction(context) as session:
        person = await require_person(update, context, session)
    if person is None:
        raise ApplicationHandlerStop
    try:
        evidence = await _download_evidence(message, evidence, context)
    except PhotoError as error:
        await reply(update, str(error))
        raise ApplicationHandlerStop from None
    # ApplicationHandlerStop is raised only after the transaction has committed
    answer: str | None = None
    async with transaction(context) as session:
        person = await require_person(update, context, session)
        if person is not None and _fresh(pending, now):
            user_data.pop(PENDING_KEY, None)
            user_data.pop(NOTE_KEY, None)
            try:
                line = await complete_occurrence(
                    session,
                    occurrence_id=pending["occurrence"],
                    person=person,
                    now=now,
                    evidence=evidence,
                    note=note,
                )
                answer = _done_text(line.obligation.title, evidence=True, note=note)
            except ObligationError as error:
                answer = str(error)
    if person is None:
        raise ApplicationHandlerStop
    if answer is not None:
        await reply(update, answer)
        raise ApplicationHandlerStop
    user_data[EVIDENCE_KEY] = {"evidence": evidence.__dict__, "at": now.isoformat()}
    if note:
        user_data[NOTE_KEY] = {"note": note, "at": now.isoformat()}
    lines, keyboard = await _open_task_keyboard(context, person)
    if not lines:
        user_data.pop(EVIDENCE_KEY, None)
        await reply(update, NO_TASKS)
    else:
        await reply(update, "已收到佐证。这是哪一项任务的？\n" + "\n".join(lines), keyboard)
    raise ApplicationHandlerStop


# ---------------------------------------------------------------- administration


async def _admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Person | None:
    async with transaction(context) as session:
        person = await require_person(update, context, session)
        if person is None:
            return None
        if not may(await actor_for(session, person), Action.MANAGE_OBLIGATIONS):
            await refuse(update, ADMIN_ONLY)
            return None
    return person


async def _admin_listing(context: ContextTypes.DEFAULT_TYPE) -> tuple[str, Keyboard]:
    async with transaction(context) as session:
        obligations = await list_obligations(session)
        lines = [await obligation_line(session, o) for o in obligations]
    keyboard: Keyboard = []
    for obligation in obligations[:30]:
        toggle = (
            Button(f"暂停 #{obligation.id}", f"ob:pause:{obligation.id}")
            if obligation.active
            else Button(f"恢复 #{obligation.id}", f"ob:resume:{obligation.id}")
        )
        keyboard.append([toggle, Button(f"删除 #{obligation.id}", f"ob:rm:{obligation.id}")])
    text = (
        "🗓 任务日历：\n"
        + ("\n".join(lines) if lines else "（空）")
        + "\n\n添加任务：/task_add（发送查看用法）"
    )
    return text, keyboard


async def task_admin_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The calendar with pause / resume / remove buttons."""
    if await _admin(update, context) is None:
        return
    text, keyboard = await _admin_listing(context)
    await reply(update, text, keyboard)


async def admin_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """`ob:pause|resume|rm|rmy:<id>`."""
    query = update.callback_query
    assert query is not None and query.data is not None
    _, verb, ident = query.data.split(":")
    if await _admin(update, context) is None:
        return
    if verb == "rm":
        await query.answer()
        await reply(
            update, f"确定删除任务 #{ident}？已产生的记录会保留。", [[Button("确定删除", f"ob:rmy:{ident}")]]
        )
        return
    svc = services(context)
    try:
        async with transaction(context) as session:
            if verb == "rmy":
                obligation = await remove_obligation(session, ident, now=_now(context))
                done = f"已删除：{obligation.title}"
            else:
                obligation = await set_active(
                    session, ident, active=verb == "resume", now=_now(context), zone=svc.settings.zone
                )
                done = f"{'已恢复' if obligation.active else '已暂停'}：{obligation.title}"
    except ObligationError as error:
        await refuse(update, str(error))
        return
    await query.answer(done[:200])
    await reply(update, done)


async def task_add_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """`/task_add 名称；周期；负责人[；提前天数][；需佐证]`."""
    person = await _admin(update, context)
    if person is None:
        return
    message = update.effective_message
    text = (message.text or "") if message else ""
    _, _, rest = text.partition(" ")
    parts = [p.strip() for p in rest.replace(";", "；").split("；") if p.strip()]
    if len(parts) < 3:
        await reply(update, ADD_USAGE)
        return
    title, recurrence, owner = parts[:3]
    ahead = 3
    needs_evidence = False
    for extra in parts[3:]:
        if extra.isdigit():
            ahead = int(extra)
        elif extra in ("需佐证", "需要佐证", "佐证", "evidence"):
            needs_evidence = True
        else:
            await reply(update, f"无法识别：{extra}\n\n{ADD_USAGE}")
            return
    svc = services(context)
    try:
        async with transaction(context) as session:
            obligation = await add_obligation(
                session,
                title=title,
                recurrence=recurrence,
                owner=OwnerSpec.parse(owner),
                now=_now(context),
                zone=svc.settings.zone,
                remind_days_before=ahead,
                needs_evidence=needs_evidence,
                created_by=person,
            )
            line = await obligation_line(session, obligation)
    except ObligationError as error:
        await reply(update, f"{error}\n\n{ADD_USAGE}")
        return
    await reply(update, f"已添加任务：\n{line}")


async def forget_pending(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Another command or button: the person went elsewhere, stop waiting for evidence."""
    user_data = _user_data(context)
    waiting = user_data.pop(PENDING_KEY, None) is not None
    user_data.pop(EVIDENCE_KEY, None)
    message = update.effective_message
    if waiting and message is not None and (message.text or "").split("@")[0].strip() == "/cancel":
        await message.reply_text("已取消，任务未标记完成。")
        raise ApplicationHandlerStop


def register(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    done = filters.Regex(r"^/done(@\w+)?(\s|$)")
    application.add_handler(
        MessageHandler(private & filters.COMMAND & ~done, forget_pending), group=EVIDENCE_GROUP
    )
    application.add_handler(CallbackQueryHandler(forget_pending, pattern=r"^(?!ob:)"), group=EVIDENCE_GROUP)
    application.add_handler(
        MessageHandler(
            private & filters.UpdateType.MESSAGE & (filters.PHOTO | filters.Document.ALL), evidence_message
        ),
        group=EVIDENCE_GROUP,
    )
    application.add_handler(CommandHandler("tasks", tasks_command))
    application.add_handler(CommandHandler("done", done_command))
    application.add_handler(CommandHandler("task_admin", task_admin_command))
    application.add_handler(CommandHandler("task_add", task_add_command))
    application.add_handler(CallbackQueryHandler(done_button, pattern=r"^ob:done:\d+$"))
    application.add_handler(CallbackQueryHandler(admin_button, pattern=r"^ob:(pause|resume|rm|rmy):\d+$"))
