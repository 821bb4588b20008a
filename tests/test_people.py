"""Units, invites, join requests and roster import, without Telegram, on both databases."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from openpyxl import Workbook
from sqlalchemy import func, insert, select, text

from bot.cli import main
from storage.clock import ManualClock
from storage.db import SessionFactory, alembic_config, unit_of_work, upgrade_database
from storage.models import JoinRequestStatus, OutboxMessage, Person, Role
from storage.people import (
    PeopleError,
    actor_for,
    add_unit,
    all_units,
    bootstrap_admin,
    create_invite,
    decide_join_request,
    find_unit,
    managers_of_unit,
    match_roster,
    register_with_invite,
    request_to_join,
    root_unit,
    unit_tree_lines,
)
from storage.pinyin import search_text, sort_key
from storage.roster import RosterError, import_roster, parse_roster, read_table
from tests.hazard_fixtures import make_org


async def _org(session_factory: SessionFactory) -> dict[str, int]:
    async with unit_of_work(session_factory) as session:
        root = await root_unit(session, "示范化工厂")
        workshop = await add_unit(session, "一车间", root)
        team = await add_unit(session, "焊接班", workshop)
        other = await add_unit(session, "二车间", root)
        return {"root": root.id, "workshop": workshop.id, "team": team.id, "other": other.id}


async def test_unit_tree_and_lookup_by_path(session_factory: SessionFactory) -> None:
    await _org(session_factory)
    async with unit_of_work(session_factory) as session:
        root = await root_unit(session, "ignored: exists already")
        assert root.name == "示范化工厂"
        workshop = await find_unit(session, "一车间")
        assert workshop is not None
        await add_unit(session, "焊接班", await find_unit(session, "二车间"))
        # two teams named 焊接班 now: the bare name is ambiguous, the path is not
        assert await find_unit(session, "焊接班") is None
        team = await find_unit(session, "一车间/焊接班")
        assert team is not None and team.parent_id == workshop.id
        with pytest.raises(PeopleError):
            await add_unit(session, "一车间", root)
        lines = unit_tree_lines(await all_units(session))
    assert lines[0] == "示范化工厂"
    assert "    • 一车间" in lines and "        • 焊接班" in lines


async def test_invite_single_use_and_expiry(session_factory: SessionFactory, clock: ManualClock) -> None:
    units = await _org(session_factory)
    async with unit_of_work(session_factory) as session:
        admin = await bootstrap_admin(
            session, telegram_user_id=1, username="boss", name="王厂长", organisation="x", now=clock.now()
        )
        team = await find_unit(session, "焊接班")
        assert team is not None
        single = await create_invite(
            session,
            creator=admin,
            unit=team,
            role=Role.WORKER,
            now=clock.now(),
            ttl=timedelta(hours=1),
            max_uses=1,
        )
        multi = await create_invite(
            session,
            creator=admin,
            unit=team,
            role=Role.MANAGER,
            now=clock.now(),
            ttl=timedelta(hours=1),
            max_uses=None,
        )
    async with unit_of_work(session_factory) as session:
        person = await register_with_invite(
            session, code=single.code, telegram_user_id=100, username=None, name=" 李 四 ", now=clock.now()
        )
        assert (person.name, person.role, person.unit_id) == ("李 四", "worker", units["team"])
    async with unit_of_work(session_factory) as session:
        with pytest.raises(PeopleError, match="已被使用"):
            await register_with_invite(
                session, code=single.code, telegram_user_id=101, username=None, name="赵五", now=clock.now()
            )
        await register_with_invite(
            session, code=multi.code, telegram_user_id=102, username=None, name="钱六", now=clock.now()
        )
        await register_with_invite(
            session, code=multi.code, telegram_user_id=103, username=None, name="孙七", now=clock.now()
        )
    clock.advance(timedelta(hours=2))
    async with unit_of_work(session_factory) as session:
        with pytest.raises(PeopleError, match="过期"):
            await register_with_invite(
                session, code=multi.code, telegram_user_id=104, username=None, name="周八", now=clock.now()
            )
        with pytest.raises(PeopleError, match="无效"):
            await register_with_invite(
                session, code="nope", telegram_user_id=104, username=None, name="周八", now=clock.now()
            )
        managers = await managers_of_unit(session, units["team"])
        assert sorted(m.name for m in managers) == ["孙七", "钱六"]


async def test_worker_cannot_create_invite(session_factory: SessionFactory, clock: ManualClock) -> None:
    await _org(session_factory)
    async with unit_of_work(session_factory) as session:
        team = await find_unit(session, "焊接班")
        assert team is not None
        worker = Person(name="工人", unit_id=team.id, role="worker", telegram_user_id=5)
        session.add(worker)
        await session.flush()
        with pytest.raises(PeopleError):
            await create_invite(
                session,
                creator=worker,
                unit=team,
                role=Role.WORKER,
                now=clock.now(),
                ttl=timedelta(hours=1),
                max_uses=1,
            )


async def test_join_request_notifies_reviewers_and_approval_registers(
    session_factory: SessionFactory, clock: ManualClock
) -> None:
    units = await _org(session_factory)
    async with unit_of_work(session_factory) as session:
        officer = Person(name="安全员甲", unit_id=units["root"], role="safety_officer", telegram_user_id=50)
        worker = Person(name="工人乙", unit_id=units["team"], role="worker", telegram_user_id=51)
        session.add_all([officer, worker])
        await session.flush()
        request = await request_to_join(
            session,
            telegram_user_id=900,
            username="newbie",
            name="新人",
            unit_id=units["team"],
            now=clock.now(),
        )
        with pytest.raises(PeopleError, match="等待"):
            await request_to_join(
                session,
                telegram_user_id=900,
                username="newbie",
                name="新人",
                unit_id=units["team"],
                now=clock.now(),
            )
        notices = (await session.scalars(select(OutboxMessage))).all()
        assert [n.chat_id for n in notices] == [50]
        assert "新人" in notices[0].payload["text"] and "一车间/焊接班" in notices[0].payload["text"]
        assert [b["data"] for b in notices[0].payload["buttons"][0]] == [
            f"join:ok:{request.id}",
            f"join:no:{request.id}",
        ]
        with pytest.raises(PeopleError):
            await decide_join_request(
                session, request_id=request.id, reviewer=worker, approve=True, now=clock.now()
            )
        decided = await decide_join_request(
            session, request_id=request.id, reviewer=officer, approve=True, now=clock.now()
        )
        assert decided.status == JoinRequestStatus.APPROVED.value
        with pytest.raises(PeopleError, match="处理过"):
            await decide_join_request(
                session, request_id=request.id, reviewer=officer, approve=False, now=clock.now()
            )
        new_person = await session.scalar(select(Person).where(Person.telegram_user_id == 900))
        assert new_person is not None and new_person.unit_id == units["team"] and new_person.role == "worker"
        told = (await session.scalars(select(OutboxMessage).where(OutboxMessage.chat_id == 900))).all()
        assert len(told) == 1 and "通过" in told[0].payload["text"]


async def test_manager_actor_reaches_subtree(session_factory: SessionFactory) -> None:
    units = await _org(session_factory)
    async with unit_of_work(session_factory) as session:
        manager = Person(name="车间主任", unit_id=units["workshop"], role="manager", telegram_user_id=60)
        session.add(manager)
        await session.flush()
        actor = await actor_for(session, manager)
    assert actor.unit_ids == frozenset({units["workshop"], units["team"]})


def _write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8-sig")
    return path


async def test_roster_import_all_or_nothing(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    await _org(session_factory)
    bad = _write_csv(
        tmp_path / "bad.csv",
        "姓名,电话,单位,角色,telegram\n张三,138,焊接班,职工,@zhangsan\n,139,焊接班,职工,\n李四,137,三车间,安全员,\n王五,136,一车间,飞行员,\n",
    )
    with pytest.raises(RosterError) as parse_error:
        parse_roster(read_table(bad))
    assert parse_error.value.problems == ["第 3 行：姓名为空", "第 5 行：角色“飞行员”无法识别"]

    unknown_unit = parse_roster(
        read_table(
            _write_csv(tmp_path / "u.csv", "name,unit,role\n张三,焊接班,worker\n李四,三车间,manager\n")
        )
    )
    async with unit_of_work(session_factory) as session:
        with pytest.raises(RosterError, match="第 3 行"):
            await import_roster(session, unknown_unit, now=clock.now())
    async with unit_of_work(session_factory) as session:
        assert await session.scalar(select(func.count()).select_from(Person)) == 0  # nothing half-imported

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["姓名", "手机", "单位", "角色", "Telegram"])
    sheet.append(["张三", "13800000000", "一车间/焊接班", "职工", "@ZhangSan"])
    sheet.append(["李四", None, "二车间", "部门负责人", 424242])
    workbook.save(tmp_path / "roster.xlsx")
    rows = parse_roster(read_table(tmp_path / "roster.xlsx"))
    async with unit_of_work(session_factory) as session:
        assert await import_roster(session, rows, now=clock.now()) == 2
    async with unit_of_work(session_factory) as session:
        zhang = await match_roster(session, telegram_user_id=777, username="zhangsan", now=clock.now())
        li = await match_roster(session, telegram_user_id=424242, username=None, now=clock.now())
        nobody = await match_roster(session, telegram_user_id=778, username="stranger", now=clock.now())
    assert zhang is not None and zhang.name == "张三" and zhang.telegram_user_id == 777
    assert li is not None and li.role == "manager"
    assert nobody is None


async def test_upgrade_fills_in_everyones_name_in_pinyin(
    database_url: str, session_factory: SessionFactory
) -> None:
    """People already in the ledger before names were kept in pinyin get theirs in the migration;
    a plain INSERT that names no pinyin gets it too."""
    org = await make_org(session_factory)
    config = alembic_config(database_url)
    await asyncio.to_thread(command.downgrade, config, "0012_extension_requests_asked")
    async with unit_of_work(session_factory) as session:
        await session.execute(
            text(
                "INSERT INTO people (name, role, active, blocked_bot, created_at) VALUES (:n, 'worker', :t, :f, :c)"
            ),
            {"n": "曾小贤", "t": True, "f": False, "c": datetime(2026, 3, 1, tzinfo=UTC)},
        )
    await asyncio.to_thread(upgrade_database, database_url)
    async with unit_of_work(session_factory) as session:
        await session.execute(insert(Person), [{"name": "Tom Li", "role": "worker"}])
        rows = (await session.execute(select(Person.name, Person.name_sort, Person.name_pinyin))).all()
    assert len(rows) == 7 + 2 and org.officer.name in {row.name for row in rows}
    assert all(
        row.name_sort == sort_key(row.name) and row.name_pinyin == search_text(row.name) for row in rows
    )
    assert {row.name: row.name_sort for row in rows}["曾小贤"] == "zeng00xiao00xian00"


async def test_people_list_orders_each_unit_by_pinyin(
    database_url: str,
    session_factory: SessionFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`safebot people list`: within a unit, by the pinyin of the name (ban zhang … before gong ren …)."""
    await make_org(session_factory)
    monkeypatch.setenv("SAFEBOT_DATABASE_URL", database_url)
    monkeypatch.setenv("SAFEBOT_DATA_DIR", str(tmp_path / "data"))
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        assert await asyncio.to_thread(main, ["people", "list"]) == 0
    finally:  # the CLI logs to this test's captured stderr, which closes with it
        root.handlers[:] = handlers
        root.setLevel(level)
    team = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines() if "\t一车间/一班\t" in line]
    assert team == ["班长刘建国", "工人张小军"]
