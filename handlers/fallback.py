"""The last word: every private message that no feature took still gets an answer."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

from handlers.common import require_person, transaction


async def unknown_private_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Unknown command or unsupported content: say what works instead."""
    message = update.effective_message
    if message is None:
        return
    async with transaction(context) as session:
        if await require_person(update, context, session) is None:
            return
    command = message.text.split()[0].split("@")[0] if message.text else ""
    if command == "/cancel":  # every feature with something to cancel answers /cancel before this
        await message.reply_text("当前没有进行中的操作，无需取消。发送 /help 查看可以使用的功能。")
    elif command.startswith("/"):
        await message.reply_text(f"没有 {command} 这个命令。发送 /help 查看可以使用的功能。")
    else:
        await message.reply_text("抱歉，我看不懂这条消息。发送 /help 查看可以使用的功能，或直接用文字提问。")


async def stale_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button whose feature no longer knows it (an old message, a forged press)."""
    query = update.callback_query
    if query is not None:
        await query.answer("该按钮已失效，请重新发起操作。", show_alert=True)


def register(application: Application) -> None:
    application.add_handler(MessageHandler(filters.ChatType.PRIVATE, unknown_private_message))
    application.add_handler(CallbackQueryHandler(stale_button))
