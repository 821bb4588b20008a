"""The small parsers behind the hazard buttons and commands (forged data never parses), and what
the hazard lists say."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from handlers.hazard_actions import _picker_text, parse_button, parse_date
from handlers.hazards import ListQuery, parse_page, render_list, render_my
from storage.db import SessionFactory, unit_of_work
from storage.models import Hazard, Person
from storage.people import PeoplePage, PersonChoice
from tests.hazard_fixtures import make_org

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("hz:close:42", ("close", [42])),
        ("hz:lvl:7:m", ("lvl", [7, "m"])),
        ("hz:own:7:12", ("own", [7, 12])),
        ("hz:ad:7:12:15", ("ad", [7, 12, 15])),
        ("hz:card:9", ("card", [9])),
        ("hz:exty:3", ("exty", [3])),
        ("hz:vfyp:7:12", ("vfyp", [7, 12])),
        ("hz:ownpg:7:3", ("ownpg", [7, 3])),
        ("hz:vfypg:7:2", ("vfypg", [7, 2])),
    ],
)
def test_buttons_parse(data: str, expected: tuple[str, list[int | str]]) -> None:
    assert parse_button(data) == expected


@pytest.mark.parametrize(
    "data",
    [
        "hz:close",
        "hz:close:abc",
        "hz:close:1:2",
        "hz:lvl:7:x",
        "hz:nuke:1",
        "rp:ok:1",
        "hz:own:7",
        "hz:ownpg:7",
        "hz:vfypg:7:-1",
        "hz:close:-1",
        "hz:card:9999999999",  # past a 32-bit id column: PostgreSQL would refuse the query
        "hz:dls:7:12345678901",
        "",
    ],
)
def test_forged_buttons_do_not_parse(data: str) -> None:
    assert parse_button(data) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-20", date(2026, 3, 20)),
        ("2026/3/9", date(2026, 3, 9)),
        ("2026年4月1日", date(2026, 4, 1)),
        ("3月20日", date(2026, 3, 20)),
        ("1-15", date(2027, 1, 15)),  # already past this year: next year
        ("7天", date(2026, 3, 9)),
        ("+30", date(2026, 4, 1)),
        ("2026-02-30", None),
        ("下周", None),
    ],
)
def test_dates_typed_by_people(text: str, expected: date | None) -> None:
    assert parse_date(text, TODAY) == expected


def test_list_query_round_trips_within_callback_limit() -> None:
    query = ListQuery(status="o", level="m", unit_id=123456, overdue=True, mine=True)
    data = query.encode(41)
    assert len(data.encode()) <= 64
    assert ListQuery.decode(data) == (query, 41)
    for bad in (
        "hzl:0:z:-:0:00",
        "hzl:0:-:q:0:00",
        "hzl:x:-:-:0:00",
        "hzl:0:-:-:0",
        "hzl:-1:-:-:0:00",
        "hzl:0:-:-:99999999999:00",
        "hzl:0:-:-:-5:00",
    ):
        with pytest.raises(ValueError):
            ListQuery.decode(bad)


def test_my_pages_parse() -> None:
    assert parse_page("hzm:3", "hzm:") == 3
    for bad in ("hzm:", "hzm:-1", "hzm:x", "hzm:1234567890", "hzl:3"):
        assert parse_page(bad, "hzm:") is None


async def test_my_list_says_its_page_once_in_the_page_row(session_factory: SessionFactory) -> None:
    """/my's heading counts the hazards; which page it is, is said by the page row alone."""
    org = await make_org(session_factory)
    async with unit_of_work(session_factory) as session:
        for index in range(23):
            session.add(
                Hazard(
                    number=f"YH-2026-{index + 1:06d}", status="assigned", level="general",
                    description="消防通道堵塞", unit_id=org.team.id, reporter_id=org.reporter.id,
                    owner_id=org.owner.id, deadline=TODAY + timedelta(days=index),
                )
            )  # fmt: skip
    async with unit_of_work(session_factory) as session:
        owner = await session.get(Person, org.owner.id)
        assert owner is not None
        for page, row in ((0, ["第 1/3 页", "下一页 ▶"]), (1, ["◀ 上一页", "第 2/3 页", "下一页 ▶"])):
            text, keyboard = await render_my(session, owner, await org.actor(session, owner), page, TODAY)
            shown = [text, *(b.text for r in keyboard for b in r)]
            assert text.startswith("我负责整改的隐患（23 条）：\n")
            assert [b.text for b in keyboard[-2]] == row  # the row above 我上报/负责的未销号隐患
            assert sum(s.count("/3 页") for s in shown) == 1, shown


async def test_the_ledger_list_says_its_page_once_and_not_at_all_on_one_page(
    session_factory: SessionFactory,
) -> None:
    org = await make_org(session_factory)
    async with unit_of_work(session_factory) as session:
        for index in range(23):
            session.add(
                Hazard(
                    number=f"YH-2026-{index + 1:06d}", status="reported", description="消防通道堵塞",
                    unit_id=org.team.id, reporter_id=org.reporter.id,
                )
            )  # fmt: skip
    async with unit_of_work(session_factory) as session:
        officer = await org.actor(session, org.officer)
        for query, total, pages in ((ListQuery(), 23, 3), (ListQuery("c"), 0, 1)):
            text, keyboard = await render_list(session, officer, query, 0, TODAY)
            assert text.split("\n")[0].endswith(f"：共 {total} 条")
            shown = [text, *(b.text for r in keyboard for b in r)]
            assert sum(s.count(" 页") for s in shown) == (1 if pages > 1 else 0), shown


def test_people_picker_heading_leaves_the_page_to_the_page_row() -> None:
    hazard = Hazard(id=7, number="YH-2026-000007")
    found = PeoplePage(choices=[PersonChoice(1, "张三", None)], page=2, pages=3, total=52)
    assert _picker_text(hazard, "验收人", found) == (
        "隐患 YH-2026-000007：请选择验收人（共 52 人，隐患所在单位的人员在前）"
    )
