"""Word's automatic numbering, written out as text.

A rulebook typed in Word often numbers its 第一章 / 第一条 / （一） / 1. with list numbering: the
numbers are drawn by Word and are not in the paragraph's text, so without them the outline (and
every 第X条 a person asks about) is lost. This renders each numbered paragraph's label from the
document's numbering definitions (numbering.xml), as Word would show it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_CN_DIGITS = "零一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (as a rule numbers its articles)."""
    if n <= 0:
        return str(n)
    if n >= 1000:
        return str(n)
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = ""
    if hundreds:
        out += _CN_DIGITS[hundreds] + "百"
        if rest and tens == 0:
            out += "零"
    if tens:
        out += ("" if tens == 1 and not hundreds else _CN_DIGITS[tens]) + "十"
    if ones:
        out += _CN_DIGITS[ones]
    return out


def _roman(n: int) -> str:
    values = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L")]
    values += [(40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for value, letters in values:
        while n >= value:
            out += letters
            n -= value
    return out


def format_number(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "taiwaneseCounting"):
        return chinese_number(n)
    if fmt == "ideographTraditional":
        return _HEAVENLY_STEMS[(n - 1) % 10]
    if fmt.startswith("decimalEnclosedCircle"):
        return _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "decimalFullWidth":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman.lower() if fmt == "lowerRoman" else roman
    return str(n)


@dataclass(frozen=True)
class _Level:
    fmt: str
    text: str
    start: int
    restarts: bool = True  # False: counts on across its parent items (第X条 across chapters)


def _val(element: Any, tag: str) -> str | None:
    found = element.find(f"{W}{tag}") if element is not None else None
    return found.get(f"{W}val") if found is not None else None


class Numbering:
    """The numbering definitions of one document, and the counters as its paragraphs go by."""

    def __init__(self, numbering_xml: Any, styles_xml: Any) -> None:
        abstract: dict[str, dict[int, _Level]] = {}
        self.instances: dict[str, tuple[str, dict[int, int]]] = {}
        self.style_numbering: dict[str, tuple[str, int]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.levels: dict[str, dict[int, _Level]] = {}
        if numbering_xml is not None:
            for node in numbering_xml.iterfind(f"{W}abstractNum"):
                levels = {}
                for lvl in node.iterfind(f"{W}lvl"):
                    levels[int(lvl.get(f"{W}ilvl", "0"))] = _Level(
                        _val(lvl, "numFmt") or "decimal",
                        _val(lvl, "lvlText") or "",
                        int(_val(lvl, "start") or "1"),
                        _val(lvl, "lvlRestart") != "0",
                    )
                abstract[node.get(f"{W}abstractNumId", "")] = levels
            for num in numbering_xml.iterfind(f"{W}num"):
                starts = {}
                for override in num.iterfind(f"{W}lvlOverride"):
                    start = _val(override, "startOverride")
                    if start is not None:
                        starts[int(override.get(f"{W}ilvl", "0"))] = int(start)
                num_id = num.get(f"{W}numId", "")
                abstract_id = _val(num, "abstractNumId") or ""
                self.instances[num_id] = (abstract_id, starts)
                self.levels[num_id] = abstract.get(abstract_id, {})
        if styles_xml is not None:
            for style in styles_xml.iterfind(f"{W}style"):
                num_pr = style.find(f"{W}pPr/{W}numPr")
                if num_pr is not None and _val(num_pr, "numId"):
                    self.style_numbering[style.get(f"{W}styleId", "")] = (
                        _val(num_pr, "numId") or "",
                        int(_val(num_pr, "ilvl") or "0"),
                    )

    @classmethod
    def of(cls, document: Any) -> Numbering:
        part = document.part
        try:
            numbering_xml = part.numbering_part.element
        except (KeyError, NotImplementedError):
            numbering_xml = None
        return cls(numbering_xml, document.styles.element)

    def label(self, paragraph: Any) -> str:
        """The number Word draws before this paragraph (第一条, （二）, 3.), or ""."""
        p_pr = paragraph.find(f"{W}pPr")
        num_pr = p_pr.find(f"{W}numPr") if p_pr is not None else None
        num_id: str | None = None
        ilvl = 0
        if num_pr is not None:
            num_id = _val(num_pr, "numId")
            ilvl = int(_val(num_pr, "ilvl") or "0")
        elif p_pr is not None and (style := _val(p_pr, "pStyle")) in self.style_numbering:
            num_id, ilvl = self.style_numbering[style]
        if not num_id or num_id == "0" or num_id not in self.levels:
            return ""
        levels = self.levels[num_id]
        level = levels.get(ilvl)
        if level is None or level.fmt in ("bullet", "none"):
            return ""
        abstract_id, starts = self.instances[num_id]
        # Lists of one definition continue one count, unless a list restarts it (startOverride).
        counters = self.counters.setdefault(num_id if starts else f"abstract:{abstract_id}", {})
        counters[ilvl] = counters.get(ilvl, starts.get(ilvl, level.start) - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            if deeper not in levels or levels[deeper].restarts:
                del counters[deeper]
        text = level.text
        placeholders = {int(k) - 1 for k in re.findall(r"%([1-9])", text)}
        if ilvl > 0 and len(placeholders) == 1 and max(placeholders) < ilvl:
            # A level that would show only an outer level's number (（%1） on the second level)
            # gives every item under an article the same label, （四）（四）（四）: no author means
            # that, so such a level is numbered by its own count, in its own format.
            text = re.sub(r"%[1-9]", f"%{ilvl + 1}", text)
        for k in range(9):
            placeholder = f"%{k + 1}"
            if placeholder in text:
                other = levels.get(k)
                value = counters.get(k, other.start if other else 1)
                text = text.replace(placeholder, format_number(value, other.fmt if other else "decimal"))
        return text
