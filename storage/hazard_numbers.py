"""Hazard numbers (隐患编号) as people type them, resolved to one hazard.

A number is `YH-<year>-<sequence>`, the sequence zero-padded to six digits. Nobody types that on a
phone: a safety officer writes `123`, `000123`, `yh-2026-123`, `2026-123`, or full-width
`１２３` from a Chinese keyboard. `parse_hazard_reference` reads such text;
`is_hazard_number_message` says whether a message on its own is one (not, say, a bare count);
`resolve_hazard_reference` finds the hazard, preferring the current year for a bare sequence and
otherwise the most recent year that has it, and says in Chinese what was wrong (not a number,
no such hazard, several numbers at once), with an example.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.hazard_flow import HazardError, HazardNotFound
from storage.models import Hazard

PREFIX = "YH"
SEQUENCE_WIDTH = 6
MAX_SEQUENCE_DIGITS = 9  # hazard ids fit a 32-bit integer column; longer is not a number we gave
YEARS_SEARCHED = 50  # a bare sequence is looked for this many years back at most
ECHO_LIMIT = 40  # what was typed is echoed back only this far

EXAMPLE = "隐患编号如 YH-2026-000123；用 /hazard 时也可以只写序号，如 /hazard 123"

# dashes, dots, slashes and spaces people put between the parts (after NFKC, which already maps
# full-width digits, letters and the full-width hyphen to ASCII)
_SEPARATORS = r"[\s\-_/.·‐‑‒–—―−]"
_REFERENCE = re.compile(
    rf"^(?:{PREFIX}{_SEPARATORS}*)?(?:(?P<year>(?:19|20)\d{{2}}){_SEPARATORS}+)?(?P<sequence>\d+)$"
)
_EMBEDDED_YEAR = re.compile(r"^(?P<year>(?:19|20)\d{2})(?P<sequence>\d{6})$")


@dataclass(frozen=True)
class HazardReference:
    """What was typed: a sequence, in a given year or (None) in whichever year has it."""

    sequence: int
    year: int | None = None


def format_hazard_number(year: int, sequence: int) -> str:
    return f"{PREFIX}-{year:04d}-{sequence:0{SEQUENCE_WIDTH}d}"


def _cleaned(text: str) -> str:
    cleaned = unicodedata.normalize("NFKC", text).strip().upper()
    cleaned = cleaned.removeprefix("#").removesuffix("号")  # "#123", "123号"
    return cleaned.strip()


def parse_hazard_reference(text: str) -> HazardReference | None:
    """What `text` names, or None when it is not a hazard number at all.

    `YH-2026-000123`, `yh 2026 123`, `2026-123`, `YH2026000123` → year 2026, sequence 123;
    `123`, `000123`, `１２３`, `#123` → sequence 123 in whichever year has it.
    """
    match = _REFERENCE.match(_cleaned(text))
    if match is None:
        return None
    digits, year = match["sequence"], match["year"]
    if year is None and len(digits.lstrip("0")) > MAX_SEQUENCE_DIGITS:
        # longer than any id: the parts were run together (2026000123 = 2026's 000123)
        embedded = _EMBEDDED_YEAR.match(digits)
        if embedded is None:
            return None
        year, digits = embedded["year"], embedded["sequence"]
    sequence = int(digits)
    if sequence == 0 or len(str(sequence)) > MAX_SEQUENCE_DIGITS:
        return None
    return HazardReference(sequence, int(year) if year is not None else None)


def is_hazard_number_message(text: str) -> bool:
    """Whether `text`, a message on its own, is nothing but a hazard number written as one.

    Such a message, as copied from a reminder or a card, is a lookup only when it can be nothing
    else: the `YH` prefix (`YH-2026-000123`, `yh-2026-123`, `YH2026000123`), a leading `#`
    (`#123`), or a year and a sequence apart (`2026-123`, `2026 000123`); full-width forms too.
    A bare number (`123`, `000123`, `123号`, `2026000123`) is not: it may answer or ask anything
    (a count, a date, "第 3 条"). Nor is a span of years (`2024-2026`, the campaign's years).
    The shape is what counts, not the range: `#0` is a number, which resolving then refuses.
    """
    if len(text) > ECHO_LIMIT:
        return False
    written = unicodedata.normalize("NFKC", text).strip().upper()
    match = _REFERENCE.match(_cleaned(written))
    if match is None:
        return False
    if written.startswith(("#", PREFIX)):
        return True
    if match["year"] is None:
        return False  # digits alone
    span = re.fullmatch(r"((?:19|20)\d{2})\D+((?:19|20)\d{2})", written)
    return span is None or int(span[2]) <= int(span[1])  # 2024-2026: years, not a hazard of 2024


def several_numbers(text: str) -> list[str]:
    """The hazard numbers in `text` when it holds more than one (`123 456`, `123、456`), else []."""
    words = [w for w in re.split(r"[\s,，、;；]+", _cleaned(text)) if w]
    if len(words) < 2 or parse_hazard_reference(text) is not None:
        return []  # one number typed with spaces (YH 2026 123) is one number
    return words if all(parse_hazard_reference(w) is not None for w in words) else []


def _echo(text: str) -> str:
    shown = " ".join(text.split())
    return shown if len(shown) <= ECHO_LIMIT else shown[: ECHO_LIMIT - 1] + "…"


async def _years_on_record(session: AsyncSession) -> tuple[int, int] | None:
    """A cheap bound on the years numbers carry: those of the first and last numbered hazards and
    of the oldest one filed (indexed lookups; a ledger loaded from earlier years is not in id order)."""
    numbered = select(Hazard.number).where(Hazard.number.is_not(None))
    oldest = await session.scalar(numbered.order_by(Hazard.id).limit(1))
    newest = await session.scalar(numbered.order_by(Hazard.id.desc()).limit(1))
    known = [y for y in (_year_of(n) for n in (oldest, newest) if n) if y is not None]
    if not known:
        return None
    first_filed = await session.scalar(select(func.min(Hazard.created_at)))
    if first_filed is not None:
        known.append(first_filed.year - 1)  # stored in UTC: the local year may be one later
    return min(known), max(known)


def _year_of(number: str) -> int | None:
    parts = number.split("-")
    return int(parts[1]) if len(parts) == 3 and parts[1].isdigit() else None


async def _find(session: AsyncSession, reference: HazardReference, today: date | None) -> Hazard | None:
    """The hazard this reading names: its year's, or for a bare sequence the current year's,
    else the most recent year's that has it (one indexed IN lookup on the unique number)."""
    if reference.year is not None:
        number = format_hazard_number(reference.year, reference.sequence)
        return await session.scalar(select(Hazard).where(Hazard.number == number))
    span = await _years_on_record(session)
    if span is None:
        return None
    newest = max(span[1], today.year) if today is not None else span[1]
    oldest = max(span[0], newest - YEARS_SEARCHED)
    candidates = {format_hazard_number(y, reference.sequence): y for y in range(oldest, newest + 1)}
    found = list(await session.scalars(select(Hazard).where(Hazard.number.in_(list(candidates)))))
    if not found:
        return None

    def preference(hazard: Hazard) -> tuple[bool, int]:
        year = candidates[hazard.number or ""]
        # the current year first, then the most recent earlier one; a later year (a clock or zone
        # change) only when nothing else has the sequence
        return (today is not None and year > today.year, -year)

    return min(found, key=preference)


async def resolve_hazard_reference(session: AsyncSession, text: str, *, today: date | None) -> Hazard:
    """The one hazard `text` names, or HazardError with a clear message and an example.

    `today` is the organisation's local date: a bare sequence means this year's hazard first.
    """
    reference = parse_hazard_reference(text)
    if reference is None:
        if several := several_numbers(text):
            raise HazardError(
                f"「{_echo(text)}」是 {len(several)} 个编号，一次只能指一条隐患，"
                f"请只写一个，如 {several[0]}（{EXAMPLE}）。"
            )
        raise HazardNotFound(f"找不到隐患「{_echo(text)}」：这不是隐患编号。{EXAMPLE}。")
    hazard = await _find(session, reference, today)
    if hazard is not None:
        return hazard
    if reference.year is not None:
        shown = format_hazard_number(reference.year, reference.sequence)
        raise HazardNotFound(f"找不到隐患 {shown}，请核对编号（{EXAMPLE}）。")
    sequence = f"{reference.sequence:0{SEQUENCE_WIDTH}d}"
    raise HazardNotFound(f"找不到序号为 {sequence} 的隐患（各年份都没有），请核对编号（{EXAMPLE}）。")
