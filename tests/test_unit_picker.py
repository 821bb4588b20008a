"""The shared paged unit picker and page row: pages, the navigation row, clamping, callback data sizes."""

from __future__ import annotations

from handlers.common import (
    UNIT_PAGE_SIZE,
    page_buttons,
    turned_page,
    unit_page_count,
    unit_page_number,
    unit_picker,
)
from storage.models import Unit


def _units(count: int) -> list[Unit]:
    root = Unit(id=1, name="测试公司", parent_id=None)
    return [root] + [Unit(id=i, name=f"班组{i:02d}", parent_id=1) for i in range(2, count + 1)]


def _unit_rows(keyboard: list) -> list[str]:
    return [row[0].text for row in keyboard if row[0].data and row[0].data.startswith("pick:")]


def test_page_counts() -> None:
    assert UNIT_PAGE_SIZE == 20
    assert unit_page_count(0) == 1
    assert unit_page_count(1) == 1
    assert unit_page_count(20) == 1
    assert unit_page_count(21) == 2
    assert unit_page_count(40) == 2
    assert unit_page_count(45) == 3
    assert unit_page_count(45, size=40) == 2


def test_one_page_has_no_navigation_row() -> None:
    units = _units(20)
    keyboard = unit_picker(units, pick="pick:", turn="turn:")
    assert len(keyboard) == 20
    assert all(
        len(row) == 1 and row[0].data == f"pick:{u.id}" for row, u in zip(keyboard, units, strict=True)
    )
    # labelled with the unit path (the root itself keeps its name, units below it leave it out)
    assert keyboard[0][0].text == "测试公司" and keyboard[1][0].text == "班组02"


def test_first_middle_and_last_page() -> None:
    units = _units(45)
    first = unit_picker(units, pick="pick:", turn="turn:")
    assert _unit_rows(first) == ["测试公司"] + [f"班组{i:02d}" for i in range(2, 21)]
    assert [(b.text, b.data) for b in first[-1]] == [("第 1/3 页", "turn:1"), ("下一页 ▶", "turn:2")]

    middle = unit_picker(units, pick="pick:", turn="turn:", page=2)
    assert _unit_rows(middle) == [f"班组{i:02d}" for i in range(21, 41)]
    assert [b.text for b in middle[-1]] == ["◀ 上一页", "第 2/3 页", "下一页 ▶"]
    assert [b.data for b in middle[-1]] == ["turn:1", "turn:2", "turn:3"]

    last = unit_picker(units, pick="pick:", turn="turn:", page=3)
    assert _unit_rows(last) == [f"班组{i:02d}" for i in range(41, 46)]
    assert [(b.text, b.data) for b in last[-1]] == [("◀ 上一页", "turn:2"), ("第 3/3 页", "turn:3")]


def test_out_of_range_pages_clamp() -> None:
    units = _units(45)
    assert unit_page_number(0, 45) == 1
    assert unit_page_number(-3, 45) == 1
    assert unit_page_number(4, 45) == 3
    assert unit_page_number(99, 0) == 1
    assert unit_picker(units, pick="pick:", turn="turn:", page=99) == unit_picker(
        units, pick="pick:", turn="turn:", page=3
    )
    assert unit_picker(units, pick="pick:", turn="turn:", page=0) == unit_picker(
        units, pick="pick:", turn="turn:"
    )
    assert turned_page("turn:7", "turn:") == 7
    assert turned_page("turn:x", "turn:") == 1


def test_a_list_whose_buttons_carry_more_than_the_page_names_their_data() -> None:
    # /my counts pages from 0 in its data (hzm:0 is the first); the row shows them from 1
    row = page_buttons(2, 3, lambda k: f"hzm:{k - 1}")
    assert [(b.text, b.data) for b in row] == [
        ("◀ 上一页", "hzm:0"),
        ("第 2/3 页", "hzm:1"),
        ("下一页 ▶", "hzm:2"),
    ]
    # /list carries its filter after the page
    row = page_buttons(1, 2, lambda k: f"hzl:{k - 1}:o:-:0:00")
    assert [(b.text, b.data) for b in row] == [
        ("第 1/2 页", "hzl:0:o:-:0:00"),
        ("下一页 ▶", "hzl:1:o:-:0:00"),
    ]
    assert page_buttons(1, 1, lambda k: f"hzm:{k - 1}") == []


def test_labels_and_page_size_can_be_given() -> None:
    units = _units(5)
    keyboard = unit_picker(units, pick="pick:", turn="turn:", size=2, page=3, label=lambda u: f"☐ {u.name}")
    assert [row[0].text for row in keyboard[:-1]] == ["☐ 班组05"]
    assert keyboard[-1][-1].text == "第 3/3 页"


def test_callback_data_fits_telegram() -> None:
    units = [Unit(id=2**31 - 1 - i, name=f"单位{i}", parent_id=None) for i in range(45)]
    for prefix, turn in (
        ("joinunit:", "joinunit:p:"),
        ("grp:link:", "grp:page:"),
        ("inv:u:", "inv:p:"),
        ("bcw:unit:", "bcw:upage:"),
    ):
        for page in (1, 2, 3):
            for row in unit_picker(units, pick=prefix, turn=turn, page=page):
                for button in row:
                    assert button.data is not None and 1 <= len(button.data.encode()) <= 64
