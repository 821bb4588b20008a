"""Rules Q&A in Telegram: private text and /ask or a mention in groups; feedback; /kb_add; /kb_gaps,
where an admin teaches the bot the answer to a question it could not answer."""

from __future__ import annotations

import logging
import re
import tempfile
from pathlib import Path

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import MessageLimit
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from handlers.common import require_person, services, transaction
from knowledge.documents import SUPPORTED_SUFFIXES, UnsupportedDocumentError, unsupported_type_reason
from knowledge.engine import Answer, too_short
from knowledge.service import KnowledgeService
from storage.models import Role
from storage.people import person_by_telegram_id

log = logging.getLogger(__name__)

KNOWLEDGE_KEY = "knowledge"
PENDING_UPLOAD = "kb_add_pending"
ASK_USAGE = "请在 /ask 后面写上问题，例如：/ask 动火作业六查是什么"
NO_ANSWER = "抱歉，现有规章制度里没有找到这个问题的可靠答案。"
TOO_SHORT = "请把想问的写完整一些，例如：动火作业六查是什么？发送 /help 查看全部功能。"
MAX_BUTTON_TEXT = 40
ADMIN_ROLES = (Role.ADMIN, Role.SAFETY_OFFICER, Role.PRINCIPAL)


def knowledge(context: ContextTypes.DEFAULT_TYPE) -> KnowledgeService:
    """The knowledge service built at start-up (bot/app.py) and kept in the shared services."""
    found = services(context).extras.get(KNOWLEDGE_KEY)
    if not isinstance(found, KnowledgeService):
        raise RuntimeError("the knowledge service is not installed: see bot.app.startup")
    return found


# --- formatting ------------------------------------------------------------------------------------


def answer_text(answer: Answer) -> str:
    if answer.answer is None:
        if answer.suggestions:
            return f"{NO_ANSWER}\n\n您是不是想问："
        return f"{NO_ANSWER}\n可以换个说法再问，或联系安全员。"
    evidence = list(answer.evidence)
    if evidence and _same_text(answer.answer, evidence[0].text):
        # The whole clause is the answer: quote it once, as 原文.
        first = evidence.pop(0)
        parts = [f"📖 原文：{first.text}", f"出处：{first.source}"]
    else:
        parts = [f"📖 {answer.answer}"]
    for item in evidence:
        parts.append(f"原文：{item.text}")
        parts.append(f"出处：{item.source}")
    if not answer.evidence and answer.source:
        parts.append(f"出处：{answer.source}")
    return "\n\n".join(parts)


def _same_text(a: str, b: str) -> bool:
    return re.sub(r"\s+", "", a) == re.sub(r"\s+", "", b)


def split_message(text: str, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> list[str]:
    """Pieces under Telegram's limit, cut at paragraph, then sentence, then character boundaries."""
    chunks: list[str] = []
    current = ""
    for paragraph in text.split("\n"):
        pieces = [paragraph]
        if len(paragraph) > limit:
            pieces = [p for p in re.split(r"(?<=[。；！？])", paragraph) if p]
            pieces = [p[i : i + limit] for p in pieces for i in range(0, len(p), limit)]
        for piece in pieces:
            candidate = f"{current}\n{piece}" if current else piece
            if len(candidate) > limit:
                chunks.append(current)
                current = piece
            else:
                candidate_joined = candidate
                current = candidate_joined
    if current:
        chunks.append(current)
    return [c for c in chunks if c.strip()] or [text[:limit]]


def answer_keyboard(answer: Answer, question_message_id: int | None) -> InlineKeyboardMarkup | None:
    rows: list[list[InlineKeyboardButton]] = []
    for suggestion in answer.suggestions[:3]:
        data = f"kq:{suggestion.key}"
        if len(data.encode()) <= 64:
            label = (
                suggestion.text
                if len(suggestion.text) <= MAX_BUTTON_TEXT
                else suggestion.text[:MAX_BUTTON_TEXT] + "…"
            )
            rows.append([InlineKeyboardButton(f"❓ {label}", callback_data=data)])
    if answer.answered and answer.key:
        up, down = f"kf:1:{answer.key}", f"kf:0:{answer.key}"
        if len(up.encode()) <= 64:
            rows.append(
                [
                    InlineKeyboardButton("👍 有用", callback_data=up),
                    InlineKeyboardButton("👎 没用", callback_data=down),
                ]
            )
    return InlineKeyboardMarkup(rows) if rows else None


async def send_answer(message: Message, answer: Answer) -> None:
    chunks = split_message(answer_text(answer))
    keyboard = answer_keyboard(answer, message.message_id)
    for index, chunk in enumerate(chunks):
        last = index == len(chunks) - 1
        await message.reply_text(chunk, reply_markup=keyboard if last else None, do_quote=index == 0)


# --- questions -------------------------------------------------------------------------------------


async def _registered(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Only registered people (and linked groups) are answered; others get the polite refusal."""
    async with transaction(context) as session:
        return await require_person(update, context, session) is not None


async def _answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    message = update.effective_message
    if message is None:
        return
    if not await _registered(update, context):
        return
    question = question.strip()
    if not question:
        await message.reply_text(ASK_USAGE)
        return
    if too_short(question):
        await message.reply_text(TOO_SHORT)
        return
    user = update.effective_user
    answer = await knowledge(context).ask(question, telegram_user_id=user.id if user else None)
    await send_answer(message, answer)


SMALL_TALK = re.compile(
    r"^(你好|您好|hi|hello|嗨|哈喽|在吗|在不在|谢谢|多谢|谢了|感谢|好的|好|收到|ok|嗯|早|早上好|晚上好)[呀啊哈!！。.~～ ]*$",
    re.IGNORECASE,
)
SMALL_TALK_REPLY = (
    "您好！发现隐患请点「📷 随手拍」或直接发照片给我；"
    "想查规定可以直接问，比如“动火作业六查是什么”。发送 /help 查看全部功能。"
)


def is_small_talk(text: str) -> bool:
    """Greetings and thanks are not questions about the rules."""
    return SMALL_TALK.match(text.strip()) is not None


async def private_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Private text that no conversation took is a question."""
    message = update.effective_message
    if message is None or not message.text:
        return
    if is_small_talk(message.text):
        if await _registered(update, context):
            await message.reply_text(SMALL_TALK_REPLY)
        return
    await _answer_question(update, context, message.text)


async def ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/ask 问题 — in groups and private chats."""
    await _answer_question(update, context, " ".join(context.args or []))


async def group_mention(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A group message that mentions the bot is a question (privacy mode stays on)."""
    message = update.effective_message
    if message is None or not message.text:
        return
    username = context.bot.username
    replying_to_bot = (
        message.reply_to_message is not None
        and message.reply_to_message.from_user is not None
        and message.reply_to_message.from_user.id == context.bot.id
    )
    if username and f"@{username}".lower() not in message.text.lower() and not replying_to_bot:
        return
    question = (
        re.sub(rf"@{re.escape(username)}\b", " ", message.text, flags=re.IGNORECASE)
        if username
        else message.text
    )
    await _answer_question(update, context, question)


async def suggestion_pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A related or "did you mean" button: answer that item."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    if not await _registered(update, context):
        return
    answer = knowledge(context).answer_item(query.data[3:])
    if answer is None or not isinstance(query.message, Message):
        await query.answer("该问题已不在知识库中。", show_alert=True)
        return
    await query.answer()
    await send_answer(query.message, answer)


async def feedback_pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """👍 / 👎 under an answer."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    if not await _registered(update, context):
        return
    _, verdict, key = query.data.split(":", 2)
    question = ""
    if isinstance(query.message, Message) and query.message.reply_to_message is not None:
        # As it was asked and logged: without /ask or the mention of the bot in a group.
        question = re.sub(r"^/ask(@\w+)?\s*|@\w+", " ", query.message.reply_to_message.text or "").strip()
    await knowledge(context).feedback(question, key, verdict == "1", query.from_user.id)
    await query.answer("谢谢反馈！" if verdict == "1" else "谢谢反馈，我们会改进这条答案。")


# --- admin -----------------------------------------------------------------------------------------


async def _is_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    user = update.effective_user
    if user is None:
        return False
    if user.id in services(context).settings.admin_ids:
        return True
    async with transaction(context) as session:
        person = await person_by_telegram_id(session, user.id)
    return person is not None and person.role in ADMIN_ROLES


async def kb_add_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/kb_add: the next document the admin sends is ingested."""
    message = update.effective_message
    if message is None:
        return
    if not await _is_admin(update, context):
        await message.reply_text("只有管理员和安全员可以向知识库添加文件。")
        return
    if context.user_data is not None:
        context.user_data[PENDING_UPLOAD] = True
    await message.reply_text(
        "请发送要加入知识库的文件（.txt、.md、.docx 或带文字层的 .pdf）。同名文件会替换旧版本。"
    )


async def document_received(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A document after /kb_add (or captioned /kb_add) is ingested into the knowledge base."""
    message = update.effective_message
    if message is None or message.document is None:
        return
    captioned = (message.caption or "").strip().startswith("/kb_add")
    pending = bool(context.user_data and context.user_data.get(PENDING_UPLOAD))
    if not (captioned or pending):
        await message.reply_text("收到文件。管理员要把它加入知识库，请先发送 /kb_add 再发文件。")
        return
    if not await _is_admin(update, context):
        await message.reply_text("只有管理员和安全员可以向知识库添加文件。")
        return
    if context.user_data is not None:
        context.user_data.pop(PENDING_UPLOAD, None)
    name = Path(message.document.file_name or "document.txt").name
    if Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
        await message.reply_text(unsupported_type_reason(Path(name).suffix) + "。")
        return
    file = await message.document.get_file()
    with tempfile.TemporaryDirectory(prefix="kb-add-") as tmp:
        path = Path(tmp) / name
        await file.download_to_drive(path)
        try:
            title, count, changed = await knowledge(context).ingest_file(path, name=name)
        except UnsupportedDocumentError as exc:
            await message.reply_text(f"无法读取这个文件：{exc}。")
            return
    state = "已加入知识库" if changed else "内容没有变化，知识库保持不变"
    await message.reply_text(f"{state}：《{title}》，共 {count} 段。")


async def kb_gaps_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/kb_gaps: the questions asked most often that got no answer, a weak one or a 👎, each with a
    button to teach the bot its answer."""
    message = update.effective_message
    if message is None:
        return
    if not await _is_admin(update, context):
        await message.reply_text("只有管理员和安全员可以查看知识库缺口。")
        return
    gaps = await knowledge(context).gaps(10)
    if not gaps:
        await message.reply_text("目前没有答不上来的问题。")
        return
    lines = ["最常被问到、但知识库答不好（没答上、没把握或被点了👎）的问题："]
    lines.extend(
        f"{i}. {gap.question}（{gap.count} 次" + (f"，👎 {gap.disliked}" if gap.disliked else "") + "）"
        for i, gap in enumerate(gaps, 1)
    )
    lines.append("\n点「教第N条」，从规章里选出答案，以后再有人这样问就直接回答。")
    buttons = [
        InlineKeyboardButton(f"✏️ 教第{i}条", callback_data=f"kt:{gap.question_id}")
        for i, gap in enumerate(gaps, 1)
    ]
    keyboard = InlineKeyboardMarkup([buttons[i : i + 2] for i in range(0, len(buttons), 2)])
    chunks = split_message("\n".join(lines))
    for index, chunk in enumerate(chunks):
        await message.reply_text(chunk, reply_markup=keyboard if index == len(chunks) - 1 else None)


TEACH_NOTHING = "kn:"
EXCERPT_CHARS = 80


async def _pressed_by_admin(
    update: Update, context: ContextTypes.DEFAULT_TYPE
) -> tuple[CallbackQuery, Message, str] | None:
    """A teaching button's press, its message and data, if an admin pressed it (anyone else is told)."""
    query = update.callback_query
    if query is None or query.data is None or not isinstance(query.message, Message):
        return None
    if not await _is_admin(update, context):
        await query.answer("只有管理员和安全员可以教机器人回答。", show_alert=True)
        return None
    return query, query.message, query.data


async def teach_pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """「教第N条」 under /kb_gaps: the passages that may answer that question, to pick from."""
    pressed = await _pressed_by_admin(update, context)
    if pressed is None:
        return
    query, message, data = pressed
    question_id = int(data[3:])
    service = knowledge(context)
    question = await service.question_text(question_id)
    if question is None:
        await query.answer("这个问题已不在记录里。", show_alert=True)
        return
    await query.answer()
    lines = [f"问题：“{question}”", "下面哪一条回答了它？选中后，以后再有人这样问就用它回答。"]
    rows: list[list[InlineKeyboardButton]] = []
    for n, choice in enumerate(service.choices(question, 5), 1):
        chosen = f"kl:{question_id}:{choice.key}"
        answer = service.answer_item(choice.key, question)
        if answer is None or len(chosen.encode()) > 64:
            continue
        lines.append(f"\n{n}. {_choice_text(answer, choice.text)}")
        rows.append([InlineKeyboardButton(f"✅ 用第{n}条回答", callback_data=chosen)])
    if not rows:
        lines.append("\n规章里没有找到相关的条文。可以先用 /kb_add 加入有关的规章，再来教它。")
    rows.append([InlineKeyboardButton("都不对，先不教", callback_data=TEACH_NOTHING)])
    for index, chunk in enumerate(chunks := split_message("\n".join(lines))):
        last = index == len(chunks) - 1
        await message.reply_text(chunk, reply_markup=InlineKeyboardMarkup(rows) if last else None)


def _choice_text(answer: Answer, label: str) -> str:
    """One passage to pick from: its first words and where it stands (the section only when the
    first words do not already say it, as an untitled article's heading is its first words)."""
    excerpt = re.sub(r"\s+", " ", answer.answer or label)
    if len(excerpt) > EXCERPT_CHARS:
        excerpt = excerpt[:EXCERPT_CHARS] + "…"
    source = answer.source or ""
    title, _, section = source.partition("》")
    if section and re.sub(r"\s+", "", section)[:20] in re.sub(r"\s+", "", excerpt):
        source = title + "》"
    return f"{excerpt}\n出处：{source}" if source else excerpt


async def taught_pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """「用第N条回答」: the question is taught; the buttons go so it is not taught twice by mistake."""
    pressed = await _pressed_by_admin(update, context)
    if pressed is None:
        return
    query, message, data = pressed
    _, question_id, key = data.split(":", 2)
    user = update.effective_user
    taught = await knowledge(context).teach(int(question_id), key, user.id if user else None)
    if taught is None:
        await query.answer("这条规章或这个问题已不在知识库里，请重新发送 /kb_gaps。", show_alert=True)
        return
    await query.answer("已记住")
    question, item = taught
    # The list is done with: it becomes the confirmation, so nothing is taught twice by mistake.
    await message.edit_text(f"✅ 已记住：以后有人问“{question}”，就用这一条回答：\n{item.text}")


async def teach_nothing_pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None or not isinstance(query.message, Message):
        return
    await query.answer()
    # The list is done with, as after a choice: it becomes the reply.
    await query.message.edit_text(
        "好的，这次没有教。这个问题还会留在 /kb_gaps 里；用 /kb_add 补充了有关规章后可以再教。"
    )


def register(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    application.add_handler(CommandHandler("ask", ask_command))
    application.add_handler(CommandHandler("kb_add", kb_add_command, filters=private))
    application.add_handler(CommandHandler("kb_gaps", kb_gaps_command, filters=private))
    application.add_handler(CallbackQueryHandler(suggestion_pressed, pattern=r"^kq:"))
    application.add_handler(CallbackQueryHandler(feedback_pressed, pattern=r"^kf:[01]:"))
    application.add_handler(CallbackQueryHandler(teach_pressed, pattern=r"^kt:\d+$"))
    application.add_handler(CallbackQueryHandler(taught_pressed, pattern=r"^kl:\d+:"))
    application.add_handler(CallbackQueryHandler(teach_nothing_pressed, pattern=rf"^{TEACH_NOTHING}$"))
    application.add_handler(MessageHandler(private & filters.Document.ALL, document_received))
    # With privacy mode on, group text that reaches the bot mentions it or replies to it.
    application.add_handler(MessageHandler(groups & filters.TEXT & ~filters.COMMAND, group_mention))
    # Registered after every conversation and command (see bot/app.py HANDLER_MODULES): only text
    # nobody else took reaches it.
    application.add_handler(MessageHandler(private & filters.TEXT & ~filters.COMMAND, private_question))
