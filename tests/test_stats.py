"""Statistics against the hand-worked ledger of tests/ledger_fixtures.py (March 2026, as of 03-20 10:00)."""

from __future__ import annotations

from datetime import date

import pytest

from storage.db import SessionFactory, unit_of_work
from storage.people import unit_subtree_ids
from storage.stats import (
    Counts,
    PeriodError,
    Scope,
    buckets,
    compute_stats,
    format_stats,
    month_period,
    parse_month,
    parse_period,
    points_by_month,
    reporter_ranking,
)
from tests.ledger_fixtures import ANONYMOUS_NAME, NOW, ZONE, make_ledger

MARCH = month_period(2026, 3)
WHOLE = Scope("示例公司")


async def test_march_statistics_match_the_hand_count(session_factory: SessionFactory) -> None:
    await make_ledger(session_factory)
    async with unit_of_work(session_factory) as session:
        stats = await compute_stats(session, MARCH, zone=ZONE, now=NOW, scope=WHOLE)
    # found in March: H2 H3 H4 H5 H6; H4 invalid
    assert (stats.reported, stats.invalid, stats.valid) == (5, 1, 4)
    # closed in March: H1 (03-06), H3 (03-09), H5 (03-17)
    assert stats.closed == 3
    # open on 03-20: H2, H6, H8; overdue: H2 (deadline 03-10); major: H2, H8; supervised: H2
    assert (stats.open, stats.overdue, stats.open_major, stats.supervised_open) == (3, 1, 2, 1)
    # of the 4 valid March reports, H3 and H5 are closed
    assert stats.closure_rate == pytest.approx(2 / 4)
    # H1 rectified 03-04 ≤ 03-05, H3 03-08 ≤ 03-25, H5 03-16 > 03-15
    assert stats.on_time_rate == pytest.approx(2 / 3)
    # 14 d 1 h, 6 d 2 h, 5 d
    durations = [14 + 1 / 24, 6 + 2 / 24, 5.0]
    assert stats.mean_days_to_close == pytest.approx(sum(durations) / 3)
    assert stats.median_days_to_close == pytest.approx(6 + 2 / 24)

    def table(rows: list[tuple[str, Counts]]) -> dict[str, tuple[int, int, int]]:
        return {k: (c.reported, c.closed, c.open) for k, c in rows}

    assert table(stats.by_level) == {"重大隐患": (2, 1, 2), "一般隐患": (1, 2, 0), "未定级": (2, 0, 1)}
    assert table(stats.by_unit) == {"一车间": (4, 3, 1), "办公室": (1, 0, 2)}
    assert table(stats.by_source) == {
        "职工/群众举报": (3, 1, 2),
        "企业自查": (1, 1, 1),
        "督导检查": (1, 1, 0),
    }
    assert table(stats.by_category)["消防"] == (1, 1, 1)  # H4 found, H1 closed, H8 open
    assert table(stats.by_category)["其他"] == (1, 0, 1)

    # weeks that have begun by 03-20: 03-01 (Sunday alone), 03-02, 03-09, 03-16
    assert [(s.label, s.reported, s.closed, s.open_major) for s in stats.series] == [
        ("03-01", 0, 0, 1),  # H8 open at 03-02 00:00
        ("03-02", 2, 1, 2),  # H2 H3 found; H1 closed; H2 H8 open on 03-09
        ("03-09", 2, 1, 3),  # H4 H5 found; H3 closed; H2 H5 H8 open on 03-16
        ("03-16", 1, 1, 2),  # H6 found; H5 closed; H2 H8 open now
    ]
    text = format_stats(stats, ZONE)
    assert "上报隐患：5 条" in text and "整改率：50.0%" in text and "按期整改率：66.7%" in text
    assert "重大隐患未销号：2 条" in text


async def test_a_managers_scope_counts_only_the_unit_subtree(session_factory: SessionFactory) -> None:
    ledger = await make_ledger(session_factory)
    async with unit_of_work(session_factory) as session:
        ids = await unit_subtree_ids(session, ledger.workshop.id)
        scope = Scope("一车间", ids, ledger.workshop.id)
        stats = await compute_stats(session, MARCH, zone=ZONE, now=NOW, scope=scope)
    assert (stats.reported, stats.invalid, stats.closed, stats.open, stats.open_major) == (4, 1, 3, 1, 0)
    # below the workshop: its own hazards and the team's
    assert {k for k, _ in stats.by_unit} == {"一车间", "一班"}


async def test_a_closed_month_uses_its_end_not_today(session_factory: SessionFactory) -> None:
    await make_ledger(session_factory)
    async with unit_of_work(session_factory) as session:
        february = await compute_stats(session, month_period(2026, 2), zone=ZONE, now=NOW, scope=WHOLE)
    # February: found H1, H8; closed H7; open on 03-01 00:00: H1, H8
    assert (february.reported, february.closed, february.open, february.open_major) == (2, 1, 2, 1)
    assert february.as_of < NOW


async def test_ranking_folds_anonymous_reports_into_one_row(session_factory: SessionFactory) -> None:
    await make_ledger(session_factory)
    async with unit_of_work(session_factory) as session:
        ranking = await reporter_ranking(session, MARCH, zone=ZONE, scope=WHOLE)
        months = await points_by_month(
            session, parse_period("2026-02-01~2026-03-31", date(2026, 3, 20)), zone=ZONE, scope=WHOLE
        )
    assert [(r.rank, r.name, r.reports, r.valid, r.points) for r in ranking] == [
        (1, "匿名", 1, 1, 50),
        (2, "张三", 2, 1, 10),
    ]
    assert [(m.label, [(r.name, r.points) for r in m.rows]) for m in months] == [
        ("2026-02", [("张三", 10)]),
        ("2026-03", [("匿名", 50), ("张三", 10)]),
    ]
    assert ANONYMOUS_NAME not in repr(ranking) + repr(months)


def test_periods_people_type() -> None:
    today = date(2026, 3, 20)
    assert parse_period("", today) == MARCH
    assert parse_period("上月", today) == month_period(2026, 2)
    assert parse_period("2026-01", today) == month_period(2026, 1)
    assert parse_period("近7天", today).start == date(2026, 3, 14)
    assert parse_period("2026", today).end == date(2027, 1, 1)
    assert parse_period("2026-03-01~2026-03-10", today).end == date(2026, 3, 11)
    assert parse_month("2026年3月") == (2026, 3)
    with pytest.raises(PeriodError):
        parse_period("明年", today)
    assert len(buckets(parse_period("2026", today))) == 12
    assert [b[2] for b in buckets(MARCH)] == ["03-01", "03-02", "03-09", "03-16", "03-23", "03-30"]
