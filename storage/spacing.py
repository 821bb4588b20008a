"""Sentences put together around a name: where a space goes in Chinese text.

Chinese text puts no space around a name (已指派班长刘建国整改), but a name in Latin letters or one
ending in digits is set off from the Chinese beside it (已指派 Tom Li 整改, 已指派一班工人25 整改), as
numbers are elsewhere in the bot's text (剩 3 天). `spaced` joins the parts of a sentence that way.
"""

from __future__ import annotations


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _han(char: str) -> bool:
    return (
        "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or "\U00020000" <= char <= "\U0003134f"
    )


def _gap(before: str, after: str) -> str:
    if (_latin(before) and (_latin(after) or _han(after))) or (_han(before) and _latin(after)):
        return " "
    return ""


def spaced(*parts: str) -> str:
    """The parts joined, with a space only where Latin letters or digits meet Chinese (or each
    other): spaced("已指派", "班长刘建国", "整改") == "已指派班长刘建国整改"; empty parts drop out."""
    words = [part.strip() for part in parts if part and part.strip()]
    if not words:
        return ""
    out = words[0]
    for word in words[1:]:
        out += _gap(out[-1], word[0]) + word
    return out
