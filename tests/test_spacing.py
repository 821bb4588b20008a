"""Names in sentences: no spaces around a Chinese name; Latin letters and digits are set off."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from storage.hazard_cards import EventView, event_line
from storage.hazard_flow import Op
from storage.hazards import extension_withdrawn_notice
from storage.spacing import spaced


@pytest.mark.parametrize(
    ("parts", "sentence"),
    [
        (("已指派", "班长刘建国", "整改"), "已指派班长刘建国整改"),
        (("已指派", "Tom Li", "整改"), "已指派 Tom Li 整改"),
        (("已指派", "一班工人25", "整改"), "已指派一班工人25 整改"),
        (("已指派", "3号工人", "整改"), "已指派 3号工人整改"),
        (("由", "王强（一车间）", "设置"), "由王强（一车间）设置"),
        (("已指派", "", "整改"), "已指派整改"),
        (("  张三 ", "的注册申请"), "张三的注册申请"),
        (("Tom", "，", "您好"), "Tom，您好"),
        (("ID", "42"), "ID 42"),
        ((), ""),
    ],
)
def test_a_space_only_where_latin_or_digits_meet_chinese(parts: tuple[str, ...], sentence: str) -> None:
    assert spaced(*parts) == sentence


def test_the_timeline_and_notices_put_no_space_around_a_chinese_name() -> None:
    zone = ZoneInfo("Asia/Shanghai")
    at = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
    event = EventView("assign", "reported", "assigned", "班长刘建国，期限 2026-03-09", "安全员老周", at)
    assert (
        event_line(event, zone)
        == "· 3月2日 09:00 安全员老周指派整改责任人 → 整改中：班长刘建国，期限 2026-03-09"
    )
    latin = EventView("report", None, "reported", None, "Tom", at)
    assert event_line(latin, zone) == "· 3月2日 09:00 Tom 上报隐患 → 待研判"
    notice = extension_withdrawn_notice(
        "YH-2026-000001", "班长刘建国", datetime(2026, 3, 20).date(), Op.ASSIGN
    )
    assert notice.startswith("ℹ️ 隐患 YH-2026-000001 班长刘建国提交的延期申请")
