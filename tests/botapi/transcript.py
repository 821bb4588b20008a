"""Readable conversation transcripts for failing end-to-end tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.botapi.records import SentMessage

if TYPE_CHECKING:
    from tests.botapi.server import FakeBotApi


def _kb(size: int) -> str:
    return f"{max(1, round(size / 1024))}KB"


def describe(message: SentMessage) -> str:
    """One message of the bot as text: `请发送照片… [按钮: 确认 | 取消]`, `[照片 123KB] caption`."""
    parts: list[str] = []
    if message.photo is not None:
        parts.append(f"[照片 {_kb(message.photo.size)}]")
    if message.document is not None:
        parts.append(
            f"[文件 {message.document.file_name or message.document.file_id} {_kb(message.document.size)}]"
        )
    if message.location is not None:
        parts.append(f"[位置 {message.location[0]:.5f},{message.location[1]:.5f}]")
    if message.media_group_id:
        parts.append(f"(相册 {message.media_group_id})")
    if message.text:
        parts.append(message.text.replace("\n", "\n      "))
    if message.buttons:
        rows = [" | ".join(text for text, _ in row) for row in message.buttons]
        parts.append(f"[按钮: {' / '.join(rows)}]")
    return " ".join(parts)


def _chat_title(api: FakeBotApi, chat_id: int) -> str:
    chat = api.chats[chat_id].chat if chat_id in api.chats else {}
    if chat.get("type") == "private":
        return f"私聊 {chat.get('first_name', '')} ({chat_id})"
    return f"群 {chat.get('title', '')} ({chat_id})"


def render(api: FakeBotApi, chat_id: int | None = None) -> str:
    """The conversation, chat by chat, in the order things happened."""
    order: list[int] = []
    for line in api.lines:
        if line.chat_id not in order:
            order.append(line.chat_id)
    if chat_id is not None:
        order = [chat_id]
    blocks = []
    for cid in order:
        lines = [f"  {line.text}" for line in api.lines if line.chat_id == cid]
        blocks.append(f"── {_chat_title(api, cid)} ──\n" + ("\n".join(lines) if lines else "  (空)"))
    if api.unknown_methods:
        blocks.append(f"!! unknown Bot API methods called: {sorted(set(api.unknown_methods))}")
    if api.rate_limit_violations:
        blocks.append(f"!! rate limit violations: {api.rate_limit_violations}")
    return "\n".join(blocks)
