"""Telegram text rules the fake enforces: HTML parse mode, UTF-16 entity offsets."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

ALLOWED_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "a",
    "code",
    "pre",
    "blockquote",
    "tg-emoji",
    "br",
}


class HtmlError(ValueError):
    pass


class _Stripper(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.parts: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            raise HtmlError(f'Unsupported start tag "{tag}"')
        if tag != "br":
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            raise HtmlError(f'Unexpected end tag "{tag}"')
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if "<" in data:
            raise HtmlError('Unsupported start tag or unescaped "<"')
        self.parts.append(data)

    def handle_entityref(self, name: str) -> None:
        self.parts.append(html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self.parts.append(html.unescape(f"&#{name};"))


def strip_html(text: str) -> str:
    """Plain text of an HTML-parse-mode message; HtmlError where Telegram would refuse it."""
    parser = _Stripper()
    parser.feed(text)
    parser.close()
    if parser.stack:
        raise HtmlError(f'Can\'t find end tag corresponding to start tag "{parser.stack[-1]}"')
    return "".join(parser.parts)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def command_entities(text: str, bot_username: str) -> list[dict[str, object]]:
    """bot_command and mention entities the way Telegram marks them (offsets in UTF-16 units)."""
    entities: list[dict[str, object]] = []
    for match in re.finditer(r"\S+", text):
        word = match.group()
        offset = utf16_len(text[: match.start()])
        if word.startswith("/") and match.start() == 0 and len(word) > 1:
            entities.append({"type": "bot_command", "offset": offset, "length": utf16_len(word)})
        elif word.startswith("@") and len(word) > 1:
            entities.append({"type": "mention", "offset": offset, "length": utf16_len(word)})
    return entities


def mentions_bot(text: str, bot_username: str) -> bool:
    return f"@{bot_username}".lower() in text.lower()
