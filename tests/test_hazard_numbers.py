"""Hazard numbers as people type them (storage.hazard_numbers): parsing, and resolving on both engines."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from storage import hazards as hz
from storage.clock import ManualClock
from storage.db import SessionFactory, unit_of_work
from storage.hazard_flow import HazardError, HazardNotFound
from storage.hazard_numbers import (
    HazardReference,
    format_hazard_number,
    is_hazard_number_message,
    parse_hazard_reference,
    resolve_hazard_reference,
    several_numbers,
)
from storage.models import Hazard
from tests.hazard_fixtures import Org, make_org, photo


@pytest.mark.parametrize(
    ("typed", "reference"),
    [
        ("YH-2026-000123", HazardReference(123, 2026)),
        ("yh-2026-123", HazardReference(123, 2026)),
        ("Yh 2026 000123", HazardReference(123, 2026)),
        (" YH－２０２６－０００１２３ ", HazardReference(123, 2026)),  # full-width from a Chinese keyboard
        ("YH—2026—123", HazardReference(123, 2026)),  # an em dash
        ("2026-123", HazardReference(123, 2026)),
        ("2026/000123", HazardReference(123, 2026)),
        ("YH2026000123", HazardReference(123, 2026)),
        ("2026000123", HazardReference(123, 2026)),  # longer than any id: year and sequence run together
        ("123", HazardReference(123)),
        ("000123", HazardReference(123)),
        ("１２３", HazardReference(123)),
        ("#123", HazardReference(123)),
        ("123号", HazardReference(123)),
        ("YH-123", HazardReference(123)),
        ("", None),
        ("YH-2026-", None),
        ("0", None),
        ("abc", None),
        ("12%$#@!", None),
        ("123 456", None),
        ("1234 5678", None),  # 1234 is no year
        ("1234567890123", None),  # longer than any id, and no year in front
    ],
)
def test_parse_hazard_reference(typed: str, reference: HazardReference | None) -> None:
    assert parse_hazard_reference(typed) == reference


@pytest.mark.parametrize(
    ("typed", "lookup"),
    [
        ("YH-2026-000123", True),
        (" yh-2026-123 ", True),
        ("ｙｈ－２０２６－１２３", True),  # full-width
        ("YH2026000123", True),
        ("YH-123", True),
        ("2026-123", True),
        ("2026 000123", True),
        ("#123", True),
        ("＃１２３", True),
        ("#123号", True),
        ("#0", True),  # a number in shape: resolving it says it is none
        ("YH-2026-000000", True),
        ("123", False),  # a bare number may be anything: a count, an answer, 第 3 条
        ("000123", False),
        ("１２３", False),
        ("123号", False),  # 20号 is a day of the month
        ("2026000123", False),
        ("2024-2026", False),  # the campaign's years
        ("2024—2026", False),
        ("2024-002026", True),
        ("YH-2026-000123 怎么整改", False),
        ("隐患 YH-2026-000123", False),
        ("#123 #456", False),
        ("2026-03-20", False),
        ("#", False),
        ("YH", False),
        ("", False),
        ("#" + "1" * 60, False),
    ],
)
def test_a_message_is_a_hazard_number_only_when_it_can_be_nothing_else(typed: str, lookup: bool) -> None:
    assert is_hazard_number_message(typed) is lookup


def test_several_numbers_are_told_apart_from_one_typed_with_spaces() -> None:
    assert several_numbers("123 456") == ["123", "456"]
    assert several_numbers("YH-2026-000001、YH-2026-000002") == ["YH-2026-000001", "YH-2026-000002"]
    assert several_numbers("YH 2026 123") == []
    assert several_numbers("123 配电箱") == []


def test_format_hazard_number() -> None:
    assert format_hazard_number(2026, 123) == "YH-2026-000123"
    assert format_hazard_number(2026, 1234567) == "YH-2026-1234567"


async def _ledger(
    factory: SessionFactory, clock: ManualClock, tmp_path: Path, org: Org, numbers: list[str]
) -> list[int]:
    """Hazards carrying the given numbers (as a ledger kept since earlier years would)."""
    ids = []
    for index, number in enumerate(numbers):
        async with unit_of_work(factory) as session:
            actor = await org.actor(session, org.reporter)
            hazard = await hz.report_hazard(
                session,
                reporter=actor,
                description="消防通道堆放杂物",
                unit_id=org.team.id,
                photos=[photo(tmp_path, number, (index * 40 % 255, 90, 90))],
                now=clock.now(),
            )
            await session.execute(update(Hazard).where(Hazard.id == hazard.id).values(number=number))
            ids.append(hazard.id)
    return ids


async def resolve(factory: SessionFactory, typed: str, today: date | None) -> str | None:
    async with unit_of_work(factory) as session:
        return (await resolve_hazard_reference(session, typed, today=today)).number


async def test_bare_sequence_prefers_this_year_then_the_most_recent(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    org = await make_org(session_factory)
    await _ledger(
        session_factory, clock, tmp_path, org, ["YH-2024-000007", "YH-2025-000007", "YH-2025-000008"]
    )
    this_year = date(2026, 3, 2)
    # not in 2026: the most recent year that has it
    assert await resolve(session_factory, "7", this_year) == "YH-2025-000007"
    assert await resolve(session_factory, "０００００７", this_year) == "YH-2025-000007"
    assert await resolve(session_factory, "2024-7", this_year) == "YH-2024-000007"
    assert await resolve(session_factory, "yh 2024 000007", this_year) == "YH-2024-000007"
    await _ledger(session_factory, clock, tmp_path, org, ["YH-2026-000007"])
    assert await resolve(session_factory, "7", this_year) == "YH-2026-000007"
    # the organisation's date decides which year is current: a later year only as a last resort
    assert await resolve(session_factory, "7", date(2025, 12, 31)) == "YH-2025-000007"
    assert await resolve(session_factory, "8", date(2024, 6, 1)) == "YH-2025-000008"
    # without a date, the most recent year on record
    assert await resolve(session_factory, "7", None) == "YH-2026-000007"


async def test_unknown_unreadable_and_ambiguous_references_are_explained(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    org = await make_org(session_factory)
    await _ledger(session_factory, clock, tmp_path, org, ["YH-2026-000001", "YH-2026-000002"])
    today = date(2026, 3, 2)
    with pytest.raises(HazardNotFound) as caught:
        await resolve(session_factory, "YH-2026-999999", today)
    message = caught.value.message
    assert message.startswith("找不到隐患 YH-2026-999999") and "YH-2026-000123" in message
    with pytest.raises(HazardNotFound) as caught:
        await resolve(session_factory, "99", today)
    assert "找不到序号为 000099 的隐患" in caught.value.message and "如 /hazard 123" in caught.value.message
    with pytest.raises(HazardNotFound) as caught:
        await resolve(session_factory, "配电箱" * 30, today)
    assert "这不是隐患编号" in caught.value.message and len(caught.value.message) < 120
    # two numbers at once: which one is meant is not for us to guess
    with pytest.raises(HazardError) as caught:
        await resolve(session_factory, "1 2", today)
    assert "2 个编号，一次只能指一条隐患" in caught.value.message and "如 1" in caught.value.message
    assert await resolve(session_factory, "YH 2026 2", today) == "YH-2026-000002"
    # an empty ledger: nothing to find, still a clear answer
    async with unit_of_work(session_factory) as session:
        await session.execute(update(Hazard).values(number=None))
    with pytest.raises(HazardNotFound, match="找不到序号为 000001"):
        await resolve(session_factory, "1", today)


async def test_duplicate_named_by_its_bare_sequence(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    org = await make_org(session_factory)
    numbers = []
    for name in ("first", "second"):
        async with unit_of_work(session_factory) as session:
            actor = await org.actor(session, org.reporter)
            hazard = await hz.report_hazard(
                session,
                reporter=actor,
                description="配电箱门未关",
                unit_id=org.team.id,
                photos=[photo(tmp_path, name)],
                now=clock.now(),
            )
            numbers.append((hazard.id, hazard.number))
    (first_id, first_number), (second_id, _) = numbers
    async with unit_of_work(session_factory) as session:
        officer = await org.actor(session, org.officer)
        marked = await hz.mark_duplicate(
            session, second_id, of_number=f"{first_id}", actor=officer, now=clock.now()
        )
        original = await session.get(Hazard, first_id)
        assert marked.duplicate_of_id == first_id and original is not None
        assert original.number == first_number


async def test_a_year_in_the_middle_of_the_ids_is_found(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    """A ledger loaded from earlier years is not in id order: the oldest filing bounds the years."""
    org = await make_org(session_factory)
    ids = await _ledger(
        session_factory, clock, tmp_path, org, ["YH-2026-000001", "YH-2024-000009", "YH-2026-000003"]
    )
    async with unit_of_work(session_factory) as session:
        await session.execute(
            update(Hazard)
            .where(Hazard.id == ids[1])
            .values(created_at=datetime(2024, 5, 6, 2, 0, tzinfo=UTC))
        )
    assert await resolve(session_factory, "9", date(2026, 3, 2)) == "YH-2024-000009"
