"""The hazard ledger's domain operations, without Telegram, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import func, select

from storage import hazards as hz
from storage.clock import ManualClock
from storage.db import SessionFactory, alembic_config, unit_of_work, upgrade_database
from storage.hazard_cards import card_buttons, card_text
from storage.hazard_flow import HazardError, HazardPermissionError, Op
from storage.models import (
    ExtensionRequest,
    Hazard,
    HazardEvent,
    HazardLevel,
    HazardPhoto,
    HazardSource,
    HazardStatus,
    OutboxMessage,
    Person,
    PointAward,
    Role,
)
from storage.people import PeoplePage
from tests.hazard_fixtures import Org, add_person, make_org, photo

ZONE = hz.DEFAULT_ZONE


async def outbox(factory: SessionFactory, person: Person | None = None) -> list[dict[str, Any]]:
    async with unit_of_work(factory) as session:
        statement = select(OutboxMessage).order_by(OutboxMessage.id)
        if person is not None:
            statement = statement.where(OutboxMessage.chat_id == person.telegram_user_id)
        return [row.payload for row in (await session.scalars(statement)).all()]


def texts(payloads: list[dict[str, Any]]) -> list[str]:
    return [p.get("text") or p.get("caption") or "" for p in payloads]


def button_data(payload: dict[str, Any]) -> list[str]:
    return [b.get("data", "") for row in payload.get("buttons", []) for b in row]


async def file_report(
    factory: SessionFactory,
    org: Org,
    clock: ManualClock,
    data_dir: Path,
    *,
    reporter: Person | None = None,
    anonymous: bool = False,
    unit_id: int | None = None,
    name: str = "a",
) -> Hazard:
    async with unit_of_work(factory) as session:
        actor = await org.actor(session, reporter or org.reporter)
        return await hz.report_hazard(
            session,
            reporter=actor,
            description="二号配电箱柜门损坏，电线裸露",
            category="electrical",
            unit_id=unit_id or org.team.id,
            location_text="一车间东侧",
            latitude=None,
            longitude=None,
            photos=[photo(data_dir, name)],
            anonymous=anonymous,
            source=HazardSource.REPORT,
            now=clock.now(),
        )


async def run(factory: SessionFactory, org: Org, person: Person, fn: Any, *args: Any, **kwargs: Any) -> Any:
    async with unit_of_work(factory) as session:
        actor = await org.actor(session, person)
        return await fn(session, *args, actor=actor, **kwargs)


async def _owned_with_request(
    factory: SessionFactory, org: Org, hazard: Hazard, now: datetime
) -> ExtensionRequest:
    """The manager assigns the hazard to org.owner (deadline 2026-03-09), who asks for 2026-03-20:
    the pending request."""
    await run(
        factory, org, org.manager, hz.assign_hazard, hazard.id,
        owner_id=org.owner.id, deadline=date(2026, 3, 9), now=now,
    )  # fmt: skip
    return await run(
        factory, org, org.owner, hz.request_extension, hazard.id,
        new_deadline=date(2026, 3, 20), reason="配件未到货", now=now,
    )  # fmt: skip


async def test_whole_loop_report_assign_send_back_close(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    org = await make_org(session_factory)
    hazard = await file_report(session_factory, org, clock, tmp_path)
    assert hazard.number == f"YH-2026-{hazard.id:06d}"
    assert hazard.status == HazardStatus.REPORTED

    # safety officer and the unit's manager (nearest above the team) got the photo with triage buttons
    for person in (org.officer, org.manager):
        [payload] = await outbox(session_factory, person)
        assert payload["method"] == "photo" and payload["photo"] == "file-a"
        assert payload["photo_copy"].startswith("photos/")  # uploaded instead if the id is refused
        assert f"hz:assign:{hazard.id}" in button_data(payload)
        assert hazard.number in payload["caption"]
        # the source is named once, on the 来源 line, not again in the title
        assert payload["caption"].startswith("📌 新隐患待研判\n")
        assert payload["caption"].count("职工/群众举报") == 1 and "来源：职工/群众举报" in payload["caption"]
    assert await outbox(session_factory, org.other_manager) == []

    now = clock.now()
    deadline = date(2026, 3, 9)
    await run(session_factory, org, org.manager, hz.set_level, hazard.id, HazardLevel.GENERAL, now=now)
    await run(
        session_factory,
        org,
        org.manager,
        hz.assign_hazard,
        hazard.id,
        owner_id=org.owner.id,
        deadline=deadline,
        now=now,
    )
    [owner_msg] = await outbox(session_factory, org.owner)
    assert button_data(owner_msg) == [f"hz:fix:{hazard.id}", f"hz:ext:{hazard.id}"]
    assert "剩 7 天" in owner_msg["caption"]

    # a bystander and the reporter may not close; the owner may not close either
    for person in (org.bystander, org.reporter, org.owner, org.manager):
        with pytest.raises(HazardPermissionError, match="安全员"):
            await run(session_factory, org, person, hz.verify_hazard, hazard.id, close=True, now=now)
    # the officer may not close before the rectification
    with pytest.raises(HazardError, match="尚未提交整改"):
        await run(session_factory, org, org.officer, hz.verify_hazard, hazard.id, close=True, now=now)
    # after-photos are required
    with pytest.raises(HazardError, match="整改后的照片"):
        await run(
            session_factory, org, org.owner, hz.submit_rectification, hazard.id, after_photos=[], now=now
        )
    # only the owner submits
    with pytest.raises(HazardPermissionError, match="整改责任人"):
        await run(
            session_factory, org, org.reporter, hz.submit_rectification, hazard.id,
            after_photos=[photo(tmp_path, "x")], now=now,
        )  # fmt: skip

    clock.advance(timedelta(days=2))
    await run(
        session_factory, org, org.owner, hz.submit_rectification, hazard.id,
        after_photos=[photo(tmp_path, "after1", (20, 200, 20))], note="已更换柜门", now=clock.now(),
    )  # fmt: skip
    officer_msgs = await outbox(session_factory, org.officer)
    assert officer_msgs[-1]["photo"] == "file-after1"
    assert button_data(officer_msgs[-1]) == [f"hz:close:{hazard.id}", f"hz:back:{hazard.id}"]

    with pytest.raises(HazardError, match="理由"):
        await run(
            session_factory, org, org.officer, hz.verify_hazard, hazard.id, close=False, now=clock.now()
        )
    await run(
        session_factory,
        org,
        org.officer,
        hz.verify_hazard,
        hazard.id,
        close=False,
        reason="线头未包扎",
        now=clock.now(),
    )
    owner_msgs = await outbox(session_factory, org.owner)
    assert "线头未包扎" in owner_msgs[-1]["caption"]
    assert f"hz:fix:{hazard.id}" in button_data(owner_msgs[-1])

    await run(
        session_factory, org, org.owner, hz.submit_rectification, hazard.id,
        after_photos=[photo(tmp_path, "after2", (20, 20, 200))], now=clock.now(),
    )  # fmt: skip
    await run(session_factory, org, org.officer, hz.verify_hazard, hazard.id, close=True, now=clock.now())

    reporter_msgs = await outbox(session_factory, org.reporter)
    closing = reporter_msgs[-1]
    assert closing["method"] == "photo" and closing["photo"] == "file-after2"
    assert "销号" in closing["caption"] and "10" in closing["caption"]

    async with unit_of_work(session_factory) as session:
        stored = await session.get(Hazard, hazard.id)
        assert (
            stored is not None
            and stored.status == HazardStatus.CLOSED
            and stored.closed_by_id == org.officer.id
        )
        events = (await session.scalars(select(HazardEvent).where(HazardEvent.hazard_id == hazard.id))).all()
        assert [(e.action, e.from_status, e.to_status) for e in events] == [
            ("report", None, "reported"),
            ("set_level", "reported", "reported"),
            ("assign", "reported", "assigned"),
            ("submit_rectification", "assigned", "rectified"),
            ("send_back", "rectified", "assigned"),
            ("submit_rectification", "assigned", "rectified"),
            ("close", "rectified", "closed"),
        ]
        assert all(e.actor_id is not None for e in events)
        awards = (await session.scalars(select(PointAward))).all()
        assert [(a.person_id, a.points) for a in awards] == [(org.reporter.id, 10)]
        photos = (await session.scalars(select(HazardPhoto).where(HazardPhoto.hazard_id == hazard.id))).all()
        assert [p.kind for p in photos] == ["before", "after", "after"]
        assert all(p.path and (tmp_path / p.path).exists() for p in photos)

    # a closed hazard is final
    with pytest.raises(HazardError, match="已销号"):
        await run(
            session_factory,
            org,
            org.officer,
            hz.verify_hazard,
            hazard.id,
            close=False,
            reason="x",
            now=clock.now(),
        )
    with pytest.raises(HazardError, match="已销号"):
        await run(
            session_factory,
            org,
            org.manager,
            hz.assign_hazard,
            hazard.id,
            owner_id=org.owner.id,
            now=clock.now(),
        )


async def test_illegal_transitions_and_scope(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    org = await make_org(session_factory)
    hazard = await file_report(session_factory, org, clock, tmp_path)
    now = clock.now()
    with pytest.raises(HazardError, match="该隐患尚未指派整改责任人，不能验收"):
        await run(session_factory, org, org.officer, hz.verify_hazard, hazard.id, close=True, now=now)
    with pytest.raises(HazardError, match="请先设定整改期限"):
        await run(
            session_factory, org, org.officer, hz.assign_hazard, hazard.id, owner_id=org.owner.id, now=now
        )
    with pytest.raises(HazardError, match="不能早于今天"):
        await run(session_factory, org, org.officer, hz.set_deadline, hazard.id, date(2026, 3, 1), now=now)
    # a manager assigns only people of their own units
    with pytest.raises(HazardPermissionError, match="本单位"):
        await run(
            session_factory, org, org.manager, hz.assign_hazard, hazard.id,
            owner_id=org.bystander.id, deadline=date(2026, 3, 9), now=now,
        )  # fmt: skip
    async with unit_of_work(session_factory) as session:
        newcomer = Person(name="新员工", role="worker", unit_id=org.team.id)
        session.add(newcomer)
    with pytest.raises(HazardError, match="还没有登录机器人"):
        await run(
            session_factory, org, org.officer, hz.assign_hazard, hazard.id,
            owner_id=newcomer.id, deadline=date(2026, 3, 9), now=now,
        )  # fmt: skip
    # a manager of another branch cannot triage; a worker cannot triage
    for person in (org.other_manager, org.bystander, org.owner):
        with pytest.raises(HazardPermissionError):
            await run(session_factory, org, person, hz.set_level, hazard.id, "major", now=now)
    with pytest.raises(HazardPermissionError, match="整改责任人"):
        await run(
            session_factory, org, org.officer, hz.request_extension, hazard.id,
            new_deadline=date(2026, 4, 1), reason="缺料", now=now,
        )  # fmt: skip
    # reject needs a reason; a rejected report is final, and earns nothing
    with pytest.raises(HazardError, match="理由"):
        await run(session_factory, org, org.officer, hz.reject_report, hazard.id, reason=" ", now=now)
    await run(
        session_factory, org, org.officer, hz.reject_report, hazard.id, reason="现场核实无此问题", now=now
    )
    assert "现场核实无此问题" in texts(await outbox(session_factory, org.reporter))[-1]
    with pytest.raises(HazardError, match="无效举报，不能再指派"):
        await run(
            session_factory, org, org.officer, hz.assign_hazard, hazard.id,
            owner_id=org.owner.id, deadline=date(2026, 3, 9), now=now,
        )  # fmt: skip
    # a worker cannot file an inspection entry
    async with unit_of_work(session_factory) as session:
        actor = await org.actor(session, org.reporter)
        with pytest.raises(HazardPermissionError, match="安全员"):
            await hz.report_hazard(
                session, reporter=actor, description="x", unit_id=org.team.id, source="inspection", now=now
            )


async def test_anonymous_reporter_never_named_to_others(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    org = await make_org(session_factory)
    hazard = await file_report(session_factory, org, clock, tmp_path, anonymous=True)
    now = clock.now()
    await run(
        session_factory, org, org.officer, hz.assign_hazard, hazard.id,
        owner_id=org.owner.id, deadline=date(2026, 3, 5), now=now,
    )  # fmt: skip
    await run(
        session_factory, org, org.owner, hz.submit_rectification, hazard.id,
        after_photos=[photo(tmp_path, "b")], now=now,
    )  # fmt: skip
    await run(session_factory, org, org.officer, hz.verify_hazard, hazard.id, close=True, now=now)

    async with unit_of_work(session_factory) as session:
        rows = (await session.scalars(select(OutboxMessage))).all()
        others = [r for r in rows if r.chat_id != org.reporter.telegram_user_id]
        assert others
        for row in others:
            assert org.reporter.name not in json.dumps(row.payload, ensure_ascii=False)
        assert any("匿名" in json.dumps(r.payload, ensure_ascii=False) for r in others)
        officer = await org.actor(session, org.officer)
        view = await hz.view_hazard(session, actor=officer, number=hazard.number or "")
        text = card_text(view, today=date(2026, 3, 2), zone=ZONE)
        assert org.reporter.name not in text and "匿名" in text
        assert view.unit_name == "一车间/一班"  # the unit's path, as everywhere else
        # the reporter follows their own report and was rewarded
        reporter = await org.actor(session, org.reporter)
        own = await hz.view_hazard(session, actor=reporter, number=hazard.number or "")
        assert own.reporter == "匿名（您本人）"
        ranking = await hz.points_ranking(session, year=2026, month=3, viewer_id=org.reporter.id)
        assert [(r.name, r.points, r.is_viewer) for r in ranking] == [("匿名", 10, True)]
        ranking = await hz.points_ranking(session, year=2026, month=3, viewer_id=org.officer.id)
        assert [(r.name, r.is_viewer) for r in ranking] == [("匿名", False)]
        assert await hz.my_points(session, org.reporter.id, year=2026, month=3) == (10, 10)


async def test_supervision_is_told_to_each_in_their_part(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    """挂牌督办: the owner is asked to rectify on time; the principal, who does not rectify it, to
    follow its progress and press for it; a supervising person is told it is theirs to supervise."""
    org = await make_org(session_factory)
    hazard = await file_report(session_factory, org, clock, tmp_path)
    now = clock.now()
    await run(session_factory, org, org.officer, hz.set_level, hazard.id, "major", now=now)
    await run(
        session_factory, org, org.officer, hz.assign_hazard, hazard.id,
        owner_id=org.owner.id, deadline=date(2026, 3, 31), now=now,
    )  # fmt: skip
    await run(
        session_factory, org, org.officer, hz.supervise_hazard, hazard.id,
        supervisor_name="县应急管理局张科长", now=now,
    )  # fmt: skip
    number = hazard.number
    owner = texts(await outbox(session_factory, org.owner))[-1]
    assert owner == f"🔴 隐患 {number} 已挂牌督办，督办人：县应急管理局张科长。请按期整改。"
    principal = texts(await outbox(session_factory, org.principal))[-1]
    assert principal == (
        f"🔴 隐患 {number} 已挂牌督办，督办人：县应急管理局张科长。"
        f"整改责任人：{org.owner.name}，整改期限 2026-03-31。请关注整改进度，督促按期完成整改。"
    )
    assert "请按期整改" not in principal
    assert not any("挂牌督办" in t for t in texts(await outbox(session_factory, org.officer)))

    # a registered supervisor other than the one who listed it; a hazard nobody owns yet
    second = await file_report(session_factory, org, clock, tmp_path, name="b")
    await run(session_factory, org, org.officer, hz.set_level, second.id, "major", now=now)
    await run(
        session_factory,
        org,
        org.officer,
        hz.supervise_hazard,
        second.id,
        supervisor_id=org.manager.id,
        now=now,
    )
    manager = texts(await outbox(session_factory, org.manager))[-1]
    assert manager == f"🔴 隐患 {second.number} 已挂牌督办，由您督办。请督促尽快指派整改责任人、落实整改。"
    principal = texts(await outbox(session_factory, org.principal))[-1]
    assert principal.startswith(f"🔴 隐患 {second.number} 已挂牌督办，督办人：{org.manager.name}。请督促")


async def test_major_hazard_five_fixes_supervision_and_points(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    org = await make_org(session_factory)
    hazard = await file_report(session_factory, org, clock, tmp_path)
    now = clock.now()
    with pytest.raises(HazardError, match="重大隐患"):
        await run(
            session_factory,
            org,
            org.officer,
            hz.supervise_hazard,
            hazard.id,
            supervisor_id=org.principal.id,
            now=now,
        )
    await run(session_factory, org, org.officer, hz.set_level, hazard.id, "major", now=now)
    [principal_msg] = await outbox(session_factory, org.principal)
    assert "重大" in principal_msg["caption"] and f"hz:ff:{hazard.id}" in button_data(principal_msg)
    await run(
        session_factory, org, org.officer, hz.assign_hazard, hazard.id,
        owner_id=org.owner.id, deadline=date(2026, 3, 31), now=now,
    )  # fmt: skip
    # a manager may not record the five fixes; the principal may
    with pytest.raises(HazardPermissionError, match="五落实"):
        await run(
            session_factory, org, org.manager, hz.record_five_fixes, hazard.id,
            measures="m", funds="f", contingency_plan="p", now=now,
        )  # fmt: skip
    await run(
        session_factory, org, org.principal, hz.record_five_fixes, hazard.id,
        measures="更换配电箱并加锁", funds="2万元", contingency_plan="断电警戒，专人值守", now=now,
    )  # fmt: skip
    await run(
        session_factory,
        org,
        org.principal,
        hz.supervise_hazard,
        hazard.id,
        supervisor_name="县应急管理局",
        now=now,
    )
    assert "挂牌督办" in texts(await outbox(session_factory, org.owner))[-1]
    await run(
        session_factory, org, org.owner, hz.submit_rectification, hazard.id,
        after_photos=[photo(tmp_path, "c")], now=now,
    )  # fmt: skip
    await run(
        session_factory,
        org,
        org.officer,
        hz.verify_hazard,
        hazard.id,
        close=True,
        now=now,
        points={"major": 80},
    )
    async with unit_of_work(session_factory) as session:
        stored = await session.get(Hazard, hazard.id)
        assert stored is not None
        assert stored.supervised and stored.supervisor_name == "县应急管理局" and stored.funds == "2万元"
        assert await hz.my_points(session, org.reporter.id, year=2026, month=3) == (80, 80)
        officer = await org.actor(session, org.officer)
        view = await hz.view_hazard(session, actor=officer, hazard_id=hazard.id)
        text = card_text(view, today=date(2026, 3, 2), zone=ZONE)
        assert "五落实" in text and "县应急管理局" in text and "整改后 1 张" in text
    assert "重大隐患" in texts(await outbox(session_factory, org.principal))[-1]


async def test_major_hazard_cannot_close_without_five_fixes(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    org = await make_org(session_factory)
    hazard = await file_report(session_factory, org, clock, tmp_path)
    now = clock.now()
    await run(session_factory, org, org.officer, hz.set_level, hazard.id, "major", now=now)
    await run(
        session_factory, org, org.officer, hz.assign_hazard, hazard.id,
        owner_id=org.owner.id, deadline=date(2026, 3, 31), now=now,
    )  # fmt: skip
    await run(
        session_factory, org, org.owner, hz.submit_rectification, hazard.id,
        after_photos=[photo(tmp_path, "c")], now=now,
    )  # fmt: skip
    with pytest.raises(HazardError, match="五落实"):
        await run(session_factory, org, org.officer, hz.verify_hazard, hazard.id, close=True, now=now)


async def test_extensions_are_counted(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    org = await make_org(session_factory)
    hazard = await file_report(session_factory, org, clock, tmp_path)
    now = clock.now()
    await run(
        session_factory, org, org.officer, hz.assign_hazard, hazard.id,
        owner_id=org.owner.id, deadline=date(2026, 3, 9), now=now,
    )  # fmt: skip
    with pytest.raises(HazardError, match="晚于当前期限"):
        await run(
            session_factory, org, org.owner, hz.request_extension, hazard.id,
            new_deadline=date(2026, 3, 8), reason="缺配件", now=now,
        )  # fmt: skip
    first = await run(
        session_factory, org, org.owner, hz.request_extension, hazard.id,
        new_deadline=date(2026, 3, 20), reason="配件未到货", now=now,
    )  # fmt: skip
    ask = (await outbox(session_factory, org.officer))[-1]
    assert button_data(ask) == [f"hz:exty:{first.id}", f"hz:extn:{first.id}"]
    with pytest.raises(HazardError, match="正在审批"):
        await run(
            session_factory, org, org.owner, hz.request_extension, hazard.id,
            new_deadline=date(2026, 3, 25), reason="again", now=now,
        )  # fmt: skip
    with pytest.raises(HazardPermissionError, match="安全员"):
        await run(session_factory, org, org.owner, hz.decide_extension, first.id, approve=True, now=now)
    await run(session_factory, org, org.officer, hz.decide_extension, first.id, approve=True, now=now)
    with pytest.raises(HazardError, match="已处理"):
        await run(session_factory, org, org.officer, hz.decide_extension, first.id, approve=False, now=now)
    second = await run(
        session_factory, org, org.owner, hz.request_extension, hazard.id,
        new_deadline=date(2026, 4, 30), reason="还要等", now=now,
    )  # fmt: skip
    await run(session_factory, org, org.officer, hz.decide_extension, second.id, approve=False, now=now)
    assert "未获同意" in texts(await outbox(session_factory, org.owner))[-1]
    async with unit_of_work(session_factory) as session:
        stored = await session.get(Hazard, hazard.id)
        assert stored is not None and stored.deadline == date(2026, 3, 20) and stored.extension_count == 1
        statuses = (
            await session.scalars(select(ExtensionRequest.status).order_by(ExtensionRequest.id))
        ).all()
        assert list(statuses) == ["approved", "refused"]


async def _officer_owns(factory: SessionFactory, org: Org, clock: ManualClock, data_dir: Path) -> Hazard:
    """A hazard in 一班 that the safety officer took on themselves, due 2026-03-09."""
    hazard = await file_report(factory, org, clock, data_dir)
    await run(
        factory, org, org.officer, hz.assign_hazard, hazard.id,
        owner_id=org.officer.id, deadline=date(2026, 3, 9), now=clock.now(),
    )  # fmt: skip
    return hazard


async def _ask_more_time(factory: SessionFactory, org: Org, hazard: Hazard, now: Any) -> ExtensionRequest:
    request: ExtensionRequest = await run(
        factory, org, org.officer, hz.request_extension, hazard.id,
        new_deadline=date(2026, 3, 20), reason="配件未到货", now=now,
    )  # fmt: skip
    return request


async def _deadline(factory: SessionFactory, hazard: Hazard) -> date | None:
    async with unit_of_work(factory) as session:
        stored = await session.get(Hazard, hazard.id)
        assert stored is not None
        return stored.deadline


async def test_an_officer_never_decides_their_own_extension_another_officer_does(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    org = await make_org(session_factory)
    async with unit_of_work(session_factory) as session:
        colleague = Person(
            name="安全员小李", role="safety_officer", unit_id=org.root.id, telegram_user_id=1011
        )
        session.add(colleague)
    hazard = await _officer_owns(session_factory, org, clock, tmp_path)
    now = clock.now()
    request = await _ask_more_time(session_factory, org, hazard, now)
    # the other officer is asked, with the buttons; the requester is not, nor the stand-ins
    asked = (await outbox(session_factory, colleague))[-1]
    assert button_data(asked) == [f"hz:exty:{request.id}", f"hz:extn:{request.id}"]
    assert "申请人：安全员老周" in asked["text"] and "请您审批" not in asked["text"]
    assert not [t for t in texts(await outbox(session_factory, org.officer)) if "申请延期" in t]
    assert not [t for t in texts(await outbox(session_factory, org.principal)) if "申请延期" in t]
    async with unit_of_work(session_factory) as session:
        assert await hz.extension_deciders(session, request) == "安全员小李（安全员）"
        # the requester's card offers no decision on their own request
        officer = await org.actor(session, org.officer)
        view = await hz.view_hazard(session, actor=officer, hazard_id=hazard.id)
        buttons = [b.data for row in card_buttons(view, officer) for b in row]
        assert f"hz:exty:{request.id}" not in buttons and f"hz:extn:{request.id}" not in buttons
        assert f"hz:dl:{hazard.id}" not in buttons  # nor a way round it: setting the deadline
        other = await org.actor(session, colleague)
        view = await hz.view_hazard(session, actor=other, hazard_id=hazard.id)
        assert f"hz:exty:{request.id}" in [b.data for row in card_buttons(view, other) for b in row]

    for approve in (True, False):
        with pytest.raises(HazardPermissionError) as caught:
            await run(
                session_factory, org, org.officer, hz.decide_extension, request.id, approve=approve, now=now
            )
        assert caught.value.message == "这是您本人的延期申请，不能自己审批。请等待安全员小李（安全员）审批。"
    # nor by moving the deadline, nor by re-assigning it to themselves with a later one
    with pytest.raises(HazardPermissionError, match="不能自行更改整改期限"):
        await run(session_factory, org, org.officer, hz.set_deadline, hazard.id, date(2026, 4, 30), now=now)
    with pytest.raises(HazardPermissionError, match="不能自行更改整改期限"):
        await run(
            session_factory, org, org.officer, hz.assign_hazard, hazard.id,
            owner_id=org.officer.id, deadline=date(2026, 4, 30), now=now,
        )  # fmt: skip
    assert await _deadline(session_factory, hazard) == date(2026, 3, 9)

    await run(session_factory, org, colleague, hz.decide_extension, request.id, approve=True, now=now)
    assert await _deadline(session_factory, hazard) == date(2026, 3, 20)
    assert "延期申请已同意" in texts(await outbox(session_factory, org.officer))[-1]
    async with unit_of_work(session_factory) as session:
        decided = await session.get(ExtensionRequest, request.id)
        assert decided is not None and decided.decided_by_id == colleague.id


async def test_the_only_officer_asks_the_units_manager_and_the_principal(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    org = await make_org(session_factory)
    hazard = await _officer_owns(session_factory, org, clock, tmp_path)
    now = clock.now()
    request = await _ask_more_time(session_factory, org, hazard, now)
    # 一班 has no manager of its own: 一车间's is asked, and the principal; nobody elsewhere
    for person in (org.manager, org.principal):
        asked = (await outbox(session_factory, person))[-1]
        assert button_data(asked) == [f"hz:exty:{request.id}", f"hz:extn:{request.id}"]
        assert "没有其他安全员可以审批这条申请，请您审批" in asked["text"]
    for person in (org.other_manager, org.bystander, org.owner):
        assert not [t for t in texts(await outbox(session_factory, person)) if "申请延期" in t]
    with pytest.raises(HazardPermissionError) as caught:
        await run(session_factory, org, org.officer, hz.decide_extension, request.id, approve=True, now=now)
    assert "请等待车间主任王强（部门负责人）、总经理赵刚（主要负责人）审批" in caught.value.message
    # a manager of another branch may not decide it
    with pytest.raises(HazardPermissionError, match="可以审批延期申请"):
        await run(
            session_factory, org, org.other_manager, hz.decide_extension, request.id, approve=True, now=now
        )
    await run(session_factory, org, org.manager, hz.decide_extension, request.id, approve=False, now=now)
    assert "未获同意" in texts(await outbox(session_factory, org.officer))[-1]
    # the next request is decided by the principal
    second = await _ask_more_time(session_factory, org, hazard, now)
    await run(session_factory, org, org.principal, hz.decide_extension, second.id, approve=True, now=now)
    assert await _deadline(session_factory, hazard) == date(2026, 3, 20)


async def test_with_nobody_else_to_decide_nothing_is_filed_and_the_owner_is_told_why(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    org = await make_org(session_factory)
    hazard = await _officer_owns(session_factory, org, clock, tmp_path)
    async with unit_of_work(session_factory) as session:
        for person in (org.manager, org.principal):
            stored = await session.get(Person, person.id)
            assert stored is not None
            stored.active = False
    with pytest.raises(HazardError) as caught:
        await _ask_more_time(session_factory, org, hazard, clock.now())
    assert caught.value.message == hz.NO_EXTENSION_APPROVER
    assert "没有其他安全员、隐患所在单位的负责人或主要负责人" in caught.value.message
    async with unit_of_work(session_factory) as session:
        assert await session.scalar(select(func.count()).select_from(ExtensionRequest)) == 0
    # an admin is the last resort
    async with unit_of_work(session_factory) as session:
        session.add(Person(name="系统管理员", role="admin", unit_id=org.root.id, telegram_user_id=1099))
    request = await _ask_more_time(session_factory, org, hazard, clock.now())
    async with unit_of_work(session_factory) as session:
        assert await hz.extension_deciders(session, request) == "系统管理员（管理员）"


async def _events(factory: SessionFactory, hazard: Hazard) -> list[HazardEvent]:
    async with unit_of_work(factory) as session:
        return list(
            await session.scalars(
                select(HazardEvent).where(HazardEvent.hazard_id == hazard.id).order_by(HazardEvent.id)
            )
        )


async def _request_status(factory: SessionFactory, request: ExtensionRequest) -> ExtensionRequest:
    async with unit_of_work(factory) as session:
        stored = await session.get(ExtensionRequest, request.id)
        assert stored is not None
        return stored


async def test_reassigning_withdraws_the_previous_owners_pending_extension(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    org = await make_org(session_factory)
    hazard = await file_report(session_factory, org, clock, tmp_path)
    now = clock.now()
    old = await _owned_with_request(session_factory, org, hazard, now)
    # assigning the same owner again changes nobody: the request stands
    await run(session_factory, org, org.manager, hz.assign_hazard, hazard.id, owner_id=org.owner.id, now=now)
    assert (await _request_status(session_factory, old)).status == "pending"

    told_before = len(await outbox(session_factory, org.owner))
    await run(
        session_factory, org, org.manager, hz.assign_hazard, hazard.id, owner_id=org.reporter.id, now=now
    )
    withdrawn = await _request_status(session_factory, old)
    assert withdrawn.status == "superseded" and withdrawn.decided_at is not None
    assert withdrawn.decided_by_id is None  # nobody decided it
    # in the history, after the re-assignment, by the one who re-assigned
    last = (await _events(session_factory, hazard))[-2:]
    assert [e.action for e in last] == ["assign", "withdraw_extension"]
    assert last[1].actor_id == org.manager.id
    assert last[1].data == {"extension_id": old.id, "cause": "assign"}
    assert last[1].note == "原责任人的延期申请（延至 2026-03-20）因隐患改派而撤销"
    # the previous owner is told once, both things in one message
    [told] = texts(await outbox(session_factory, org.owner))[told_before:]
    assert told == (
        f"隐患 {hazard.number} 已改派他人整改，您无需再处理。\n"
        "您提交的延期申请（申请延至 2026-03-20）因隐患改派已撤销，不再审批。"
    )

    # whoever could have decided it is told it no longer stands; nothing moves
    for person in (org.officer, org.manager, org.principal, org.owner):
        for approve in (True, False):
            with pytest.raises(HazardError) as caught:
                await run(session_factory, org, person, hz.decide_extension, old.id, approve=approve, now=now)
            assert caught.value.message == hz.extension_lapsed(hazard.number)
            assert caught.value.message.startswith(f"该延期申请已失效：隐患 {hazard.number} 已改派他人整改")
    # one who could never decide it is told that, not what became of it
    for person in (org.other_manager, org.bystander):
        with pytest.raises(HazardPermissionError, match="可以审批延期申请"):
            await run(session_factory, org, person, hz.decide_extension, old.id, approve=True, now=now)
    assert (await _request_status(session_factory, old)).status == "superseded"
    assert await _deadline(session_factory, hazard) == date(2026, 3, 9)
    async with unit_of_work(session_factory) as session:
        officer = await org.actor(session, org.officer)
        view = await hz.view_hazard(session, actor=officer, hazard_id=hazard.id)
        assert view.pending_extension_id is None
        assert f"hz:exty:{old.id}" not in [b.data for row in card_buttons(view, officer) for b in row]
        assert "撤销延期申请：原责任人的延期申请（延至 2026-03-20）因隐患改派而撤销" in card_text(
            view, today=date(2026, 3, 2), zone=ZONE
        )

    # the new owner files their own, and only theirs moves the deadline
    new = await run(
        session_factory, org, org.reporter, hz.request_extension, hazard.id,
        new_deadline=date(2026, 3, 25), reason="需停电施工", now=now,
    )  # fmt: skip
    ask = (await outbox(session_factory, org.officer))[-1]
    assert button_data(ask) == [f"hz:exty:{new.id}", f"hz:extn:{new.id}"]
    assert "申请人：工人张小军" in ask["text"]
    await run(session_factory, org, org.officer, hz.decide_extension, new.id, approve=True, now=now)
    assert await _deadline(session_factory, hazard) == date(2026, 3, 25)
    assert "延期申请已同意，新期限 2026-03-25" in texts(await outbox(session_factory, org.reporter))[-1]
    assert (await _request_status(session_factory, old)).status == "superseded"


async def test_an_officer_who_took_over_learns_the_old_request_lapsed_not_that_it_is_theirs(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    """The safety officer takes the hazard on themselves: the worker's request lapses, and the
    officer's press on it says so (not "this is your own request")."""
    org = await make_org(session_factory)
    hazard = await file_report(session_factory, org, clock, tmp_path)
    now = clock.now()
    await run(
        session_factory, org, org.officer, hz.assign_hazard, hazard.id,
        owner_id=org.owner.id, deadline=date(2026, 3, 9), now=now,
    )  # fmt: skip
    old = await run(
        session_factory, org, org.owner, hz.request_extension, hazard.id,
        new_deadline=date(2026, 3, 20), reason="配件未到货", now=now,
    )  # fmt: skip
    await run(
        session_factory, org, org.officer, hz.assign_hazard, hazard.id, owner_id=org.officer.id, now=now
    )
    with pytest.raises(HazardError) as caught:
        await run(session_factory, org, org.officer, hz.decide_extension, old.id, approve=True, now=now)
    assert caught.value.message == hz.extension_lapsed(hazard.number)
    assert await _deadline(session_factory, hazard) == date(2026, 3, 9)


async def test_the_approvers_asked_are_told_once_when_a_request_lapses(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    """A request withdrawn by a re-assignment or by the submitted rectification: each approver who
    was asked gets one short notice naming the hazard, the request and why; the one who withdrew it
    (by re-assigning) and people never asked get nothing. Stand-in approvers are told the same."""
    org = await make_org(session_factory)
    hazard = await file_report(session_factory, org, clock, tmp_path)
    now = clock.now()
    await _owned_with_request(session_factory, org, hazard, now)
    people = (org.officer, org.manager, org.principal, org.other_manager, org.reporter)
    before = {p.id: len(await outbox(session_factory, p)) for p in people}

    async def told_since(person: Person) -> list[str]:
        return texts(await outbox(session_factory, person))[before[person.id] :]

    # re-assigned by the manager: the officer (asked) is told; the manager, who did it, is not
    await run(
        session_factory, org, org.manager, hz.assign_hazard, hazard.id, owner_id=org.reporter.id, now=now
    )
    assert await told_since(org.officer) == [
        f"ℹ️ 隐患 {hazard.number} 班长刘建国提交的延期申请（申请延至 2026-03-20）已撤销："
        "隐患已改派他人整改，无需再审批。"
    ]
    for person in (org.manager, org.principal, org.other_manager):
        assert not [t for t in await told_since(person) if "延期申请" in t]

    # the new owner asks and then submits: the officer is told again, for that reason
    before = {p.id: len(await outbox(session_factory, p)) for p in people}
    await run(
        session_factory, org, org.reporter, hz.request_extension, hazard.id,
        new_deadline=date(2026, 3, 25), reason="需停电施工", now=now,
    )  # fmt: skip
    await run(
        session_factory, org, org.reporter, hz.submit_rectification, hazard.id,
        after_photos=[photo(tmp_path, "after", (20, 200, 20))], now=now,
    )  # fmt: skip
    lapsed = [t for t in await told_since(org.officer) if "已撤销" in t]
    assert lapsed == [
        f"ℹ️ 隐患 {hazard.number} 工人张小军提交的延期申请（申请延至 2026-03-25）已撤销："
        "整改已提交，无需再审批。"
    ]
    assert not [t for t in await told_since(org.reporter) if "已撤销" in t]  # who submitted knows

    # the officer's own request went to the stand-ins (一车间's manager, the principal): both told
    own = await _officer_owns(session_factory, org, clock, tmp_path)
    await _ask_more_time(session_factory, org, own, now)
    before = {p.id: len(await outbox(session_factory, p)) for p in people}
    await run(
        session_factory, org, org.officer, hz.submit_rectification, own.id,
        after_photos=[photo(tmp_path, "after2", (20, 20, 200))], now=now,
    )  # fmt: skip
    for person in (org.manager, org.principal):
        assert [t for t in await told_since(person) if "已撤销" in t] == [
            f"ℹ️ 隐患 {own.number} 安全员老周提交的延期申请（申请延至 2026-03-20）已撤销："
            "整改已提交，无需再审批。"
        ], person.name
    assert not [t for t in await told_since(org.other_manager) if "已撤销" in t]
    assert not [t for t in await told_since(org.officer) if "已撤销" in t]


async def test_who_was_asked_is_kept_with_the_request_and_told_when_it_is_withdrawn(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    """The approvers asked are stored when the request is filed: the requester is told those names,
    and they (not whoever would be asked today) are told when it is withdrawn. A request filed before
    they were stored is told to the approvers worked out again."""
    org = await make_org(session_factory)
    now = clock.now()
    kept, legacy = [await file_report(session_factory, org, clock, tmp_path, name=n) for n in "kl"]
    requests = [await _owned_with_request(session_factory, org, h, now) for h in (kept, legacy)]
    async with unit_of_work(session_factory) as session:
        stored = [await session.get(ExtensionRequest, r.id) for r in requests]
        assert stored[0] is not None and stored[0].asked_ids == [org.officer.id]
        assert stored[1] is not None
        stored[1].asked_ids = None  # filed before the people asked were kept
        # since then the officer who was asked became a manager, and another officer joined
        officer = await session.get(Person, org.officer.id)
        assert officer is not None
        officer.role = Role.MANAGER.value
        newcomer = add_person(session, "安全员小吴", Role.SAFETY_OFFICER, org.root, 1011)
    async with unit_of_work(session_factory) as session:
        request = await session.get(ExtensionRequest, requests[0].id)
        assert request is not None
        assert await hz.extension_deciders(session, request) == "安全员老周（部门负责人）"
    before = {p.id: len(await outbox(session_factory, p)) for p in (org.officer, newcomer)}

    async def lapses(person: Person) -> list[str]:
        return [t for t in texts(await outbox(session_factory, person))[before[person.id] :] if "已撤销" in t]

    await run(session_factory, org, org.manager, hz.assign_hazard, kept.id, owner_id=org.reporter.id, now=now)
    assert await lapses(org.officer) == [
        f"ℹ️ 隐患 {kept.number} 班长刘建国提交的延期申请（申请延至 2026-03-20）已撤销："
        "隐患已改派他人整改，无需再审批。"
    ]
    assert await lapses(newcomer) == []  # never asked, never told
    # the legacy request: worked out again, it is the officer of today who is told
    await run(
        session_factory, org, org.owner, hz.submit_rectification, legacy.id,
        after_photos=[photo(tmp_path, "legacy-after", (20, 200, 20))], now=now,
    )  # fmt: skip
    assert await lapses(newcomer) == [
        f"ℹ️ 隐患 {legacy.number} 班长刘建国提交的延期申请（申请延至 2026-03-20）已撤销："
        "整改已提交，无需再审批。"
    ]
    assert len(await lapses(org.officer)) == 1


async def test_submitting_the_rectification_withdraws_the_pending_extension_and_a_rework_needs_a_new_one(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    """The owner asks for more time, then submits the rectification before anyone decided: the
    request is withdrawn (history, no deadline moved); sent back for rework, the old request still
    cannot be decided and the owner files a new one, decided as usual."""
    org = await make_org(session_factory)
    hazard = await file_report(session_factory, org, clock, tmp_path)
    now = clock.now()
    old = await _owned_with_request(session_factory, org, hazard, now)
    await run(
        session_factory, org, org.owner, hz.submit_rectification, hazard.id,
        after_photos=[photo(tmp_path, "after", (20, 200, 20))], now=now,
    )  # fmt: skip
    withdrawn = await _request_status(session_factory, old)
    assert withdrawn.status == "superseded" and withdrawn.decided_by_id is None
    # withdrawn while still 整改中, then submitted, both by the owner
    last = (await _events(session_factory, hazard))[-2:]
    assert [(e.action, e.from_status, e.to_status) for e in last] == [
        ("withdraw_extension", "assigned", "assigned"),
        ("submit_rectification", "assigned", "rectified"),
    ]
    assert last[0].actor_id == org.owner.id
    assert last[0].data == {"extension_id": old.id, "cause": "submit_rectification"}
    assert last[0].note == "延期申请（延至 2026-03-20）因整改已提交而撤销"

    lapsed = hz.extension_lapsed(hazard.number, Op.SUBMIT_RECTIFICATION)
    assert lapsed.startswith(f"该延期申请已失效：隐患 {hazard.number} 的整改已提交")
    for person in (org.officer, org.manager, org.principal):
        with pytest.raises(HazardError) as caught:
            await run(session_factory, org, person, hz.decide_extension, old.id, approve=True, now=now)
        assert caught.value.message == lapsed

    # sent back for rework: 整改中 again, yet the old request stays withdrawn
    await run(
        session_factory,
        org,
        org.officer,
        hz.verify_hazard,
        hazard.id,
        close=False,
        reason="照片不清楚",
        now=now,
    )
    with pytest.raises(HazardError) as caught:
        await run(session_factory, org, org.officer, hz.decide_extension, old.id, approve=True, now=now)
    assert caught.value.message == lapsed
    assert await _deadline(session_factory, hazard) == date(2026, 3, 9)
    async with unit_of_work(session_factory) as session:
        officer = await org.actor(session, org.officer)
        view = await hz.view_hazard(session, actor=officer, hazard_id=hazard.id)
        assert view.pending_extension_id is None
        assert "撤销延期申请：延期申请（延至 2026-03-20）因整改已提交而撤销" in card_text(
            view, today=date(2026, 3, 2), zone=ZONE
        )
    # the owner is not blocked by it: a new request, decided as usual
    new = await run(
        session_factory, org, org.owner, hz.request_extension, hazard.id,
        new_deadline=date(2026, 3, 16), reason="返工需重新采购", now=now,
    )  # fmt: skip
    await run(session_factory, org, org.officer, hz.decide_extension, new.id, approve=True, now=now)
    assert await _deadline(session_factory, hazard) == date(2026, 3, 16)

    # a request made after the rework and still pending when the hazard is submitted again and
    # closed is withdrawn on submission: closing leaves nothing pending
    again = await run(
        session_factory, org, org.owner, hz.request_extension, hazard.id,
        new_deadline=date(2026, 3, 30), reason="再延", now=now,
    )  # fmt: skip
    await run(
        session_factory, org, org.owner, hz.submit_rectification, hazard.id,
        after_photos=[photo(tmp_path, "after2", (20, 20, 200))], now=now,
    )  # fmt: skip
    await run(session_factory, org, org.officer, hz.verify_hazard, hazard.id, close=True, now=now)
    assert (await _request_status(session_factory, again)).status == "superseded"
    with pytest.raises(HazardError, match="该延期申请已失效"):
        await run(session_factory, org, org.manager, hz.decide_extension, again.id, approve=False, now=now)


async def test_upgrade_withdraws_requests_an_earlier_reassignment_left_open(
    database_url: str, session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    """A ledger from before re-assigning withdrew requests: the migration closes the ones whose
    requester no longer owns the hazard, with a history event, and leaves the others alone."""
    org = await make_org(session_factory)
    now = clock.now()
    stale_hazard = await file_report(session_factory, org, clock, tmp_path, name="a")
    live_hazard = await file_report(session_factory, org, clock, tmp_path, name="b")
    requests = [await _owned_with_request(session_factory, org, h, now) for h in (stale_hazard, live_hazard)]
    stale, live = requests
    async with unit_of_work(session_factory) as session:
        stored = await session.get(Hazard, stale_hazard.id)
        assert stored is not None
        stored.owner_id = org.reporter.id  # what re-assigning did before: the request stayed pending
    events_before = len(await _events(session_factory, stale_hazard))

    config = alembic_config(database_url)
    await asyncio.to_thread(command.downgrade, config, "0009_broadcast_excluded_blocked")
    await asyncio.to_thread(upgrade_database, database_url)

    assert (await _request_status(session_factory, stale)).status == "superseded"
    assert (await _request_status(session_factory, live)).status == "pending"
    events = await _events(session_factory, stale_hazard)
    assert len(events) == events_before + 1
    assert events[-1].action == "withdraw_extension" and events[-1].actor_id is None
    assert events[-1].note == "原责任人的延期申请（延至 2026-03-20）因隐患改派而撤销"
    assert events[-1].created_at.tzinfo is not None
    with pytest.raises(HazardError, match="该延期申请已失效"):
        await run(session_factory, org, org.officer, hz.decide_extension, stale.id, approve=True, now=now)
    # the new owner is no longer blocked by it
    await run(
        session_factory, org, org.reporter, hz.request_extension, stale_hazard.id,
        new_deadline=date(2026, 3, 25), reason="需停电施工", now=now,
    )  # fmt: skip


async def test_upgrade_withdraws_requests_left_pending_when_their_hazard_left_rectification(
    database_url: str, session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    """A ledger from before submitting withdrew requests: a request still pending on a hazard 待验收,
    or on one submitted since and sent back for rework, is closed with a history event; a request
    made after the rework stays."""
    org = await make_org(session_factory)
    now = clock.now()
    hazards = [await file_report(session_factory, org, clock, tmp_path, name=n) for n in "abc"]
    requests = [await _owned_with_request(session_factory, org, h, now) for h in hazards]
    waiting, reworked, live = hazards
    later = now + timedelta(hours=1)
    async with unit_of_work(session_factory) as session:
        # what submitting did before: the request stayed pending (a), also through a rework (b);
        # (c) was submitted and sent back before its request was made
        for hazard, status, when in ((waiting, "rectified", later), (reworked, "assigned", later)):
            stored = await session.get(Hazard, hazard.id)
            assert stored is not None
            stored.status = status
            session.add(
                HazardEvent(
                    hazard_id=hazard.id, actor_id=org.owner.id, action="submit_rectification",
                    from_status="assigned", to_status="rectified", created_at=when,
                )
            )  # fmt: skip
        session.add(
            HazardEvent(
                hazard_id=live.id, actor_id=org.owner.id, action="submit_rectification",
                from_status="assigned", to_status="rectified", created_at=now - timedelta(hours=1),
            )
        )  # fmt: skip

    config = alembic_config(database_url)
    await asyncio.to_thread(command.downgrade, config, "0010_lapsed_extension_requests")
    await asyncio.to_thread(upgrade_database, database_url)

    assert [(await _request_status(session_factory, r)).status for r in requests] == [
        "superseded",
        "superseded",
        "pending",
    ]
    for hazard, status in ((waiting, "rectified"), (reworked, "assigned")):
        last = (await _events(session_factory, hazard))[-1]
        assert (last.action, last.actor_id, last.from_status, last.to_status) == (
            "withdraw_extension", None, status, status,
        )  # fmt: skip
        assert last.note == "延期申请（延至 2026-03-20）因整改已提交而撤销"
    lapsed = hz.extension_lapsed(reworked.number, Op.SUBMIT_RECTIFICATION)
    with pytest.raises(HazardError) as caught:
        await run(
            session_factory, org, org.officer, hz.decide_extension, requests[1].id, approve=True, now=now
        )
    assert caught.value.message == lapsed
    # the owner of the reworked hazard is no longer blocked by it
    await run(
        session_factory, org, org.owner, hz.request_extension, reworked.id,
        new_deadline=date(2026, 3, 25), reason="返工", now=now,
    )  # fmt: skip


async def test_upgrade_keeps_requests_filed_before_and_works_out_who_was_asked(
    database_url: str, session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    """Migration 0012 adds the people asked to extension requests; one filed before has none kept,
    and its approvers are worked out as before."""
    org = await make_org(session_factory)
    hazard = await file_report(session_factory, org, clock, tmp_path)
    request = await _owned_with_request(session_factory, org, hazard, clock.now())
    config = alembic_config(database_url)
    await asyncio.to_thread(command.downgrade, config, "0011_pending_extensions_lapse")
    await asyncio.to_thread(upgrade_database, database_url)
    async with unit_of_work(session_factory) as session:
        stored = await session.get(ExtensionRequest, request.id)
        assert stored is not None and stored.asked_ids is None and stored.status == "pending"
        assert await hz.extension_deciders(session, stored) == "安全员老周（安全员）"


async def test_a_refused_file_id_is_replaced_by_the_uploaded_copy_everywhere_it_is_kept(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    org = await make_org(session_factory)
    first = await file_report(session_factory, org, clock, tmp_path, name="same")
    second = await file_report(session_factory, org, clock, tmp_path, name="same", reporter=org.owner)
    other = await file_report(session_factory, org, clock, tmp_path, name="other")
    async with unit_of_work(session_factory) as session:
        kept = (await session.scalars(select(HazardPhoto).where(HazardPhoto.hazard_id == first.id))).one()
        path = kept.path
        assert path is not None and kept.file_id == "file-same"
        # a mistaken call changes nothing: not a file_id, or the same one
        assert (
            await hz.replace_photo_file_id(session, path=path, refused="file-same", file_id="photos/x.jpg")
            == 0
        )
        assert (
            await hz.replace_photo_file_id(session, path=path, refused="file-same", file_id="file-same") == 0
        )
        assert await hz.replace_photo_file_id(session, path=path, refused="file-same", file_id="AgACnew") == 2
    async with unit_of_work(session_factory) as session:
        by_hazard = dict((await session.execute(select(HazardPhoto.hazard_id, HazardPhoto.file_id))).all())
    assert by_hazard == {first.id: "AgACnew", second.id: "AgACnew", other.id: "file-other"}
    # the next notice carries the new id
    now = clock.now()
    await run(
        session_factory, org, org.officer, hz.assign_hazard, first.id,
        owner_id=org.owner.id, deadline=date(2026, 3, 9), now=now,
    )  # fmt: skip
    card = (await outbox(session_factory, org.owner))[-1]
    assert card["photo"] == "AgACnew" and card["photo_copy"] == path


async def test_duplicates_pointed_out_and_marked(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    org = await make_org(session_factory)
    first = await file_report(session_factory, org, clock, tmp_path, name="same")
    second = await file_report(session_factory, org, clock, tmp_path, name="same", reporter=org.owner)
    officer_msgs = await outbox(session_factory, org.officer)
    assert first.number and first.number in officer_msgs[-1]["caption"]
    assert "可能重复" in officer_msgs[-1]["caption"]
    async with unit_of_work(session_factory) as session:
        assert await hz.find_open_duplicates(session, [photo(tmp_path, "same")]) == [
            first.number,
            second.number,
        ]
    now = clock.now()
    with pytest.raises(HazardError, match="找不到"):
        await run(
            session_factory,
            org,
            org.officer,
            hz.mark_duplicate,
            second.id,
            of_number="YH-2026-999999",
            now=now,
        )
    await run(
        session_factory,
        org,
        org.officer,
        hz.mark_duplicate,
        second.id,
        of_number=f" {first.number.lower()} ",
        now=now,
    )
    assert first.number in texts(await outbox(session_factory, org.owner))[-1]
    async with unit_of_work(session_factory) as session:
        assert await hz.find_open_duplicates(session, [photo(tmp_path, "same")]) == [first.number]


async def test_list_filters_scope_and_pagination(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    org = await make_org(session_factory)
    now = clock.now()
    async with unit_of_work(session_factory) as session:
        reporter = await org.actor(session, org.reporter)
        officer = await org.actor(session, org.officer)
        ids = []
        for i in range(23):
            unit = org.team.id if i % 2 == 0 else org.office.id
            hazard = await hz.report_hazard(
                session,
                reporter=reporter,
                description=f"隐患{i}",
                unit_id=unit,
                now=now + timedelta(seconds=i),
            )
            ids.append(hazard.id)
        for hazard_id in ids[:5]:  # 5 assigned to the owner with a deadline next week
            await hz.assign_hazard(
                session, hazard_id, owner_id=org.owner.id, deadline=date(2026, 3, 9), actor=officer, now=now
            )
        await hz.set_level(session, ids[0], "major", actor=officer, now=now)

    async with unit_of_work(session_factory) as session:
        officer = await org.actor(session, org.officer)
        manager = await org.actor(session, org.manager)
        owner = await org.actor(session, org.owner)
        bystander = await org.actor(session, org.bystander)
        today = date(2026, 3, 2)

        page = await hz.list_hazards(session, actor=officer, today=today, page_size=10)
        assert page.total == 23 and page.pages == 3 and len(page.items) == 10
        assert page.items[0].hazard.id == ids[-1]  # newest first
        last = await hz.list_hazards(session, actor=officer, today=today, page=2, page_size=10)
        assert len(last.items) == 3
        beyond = await hz.list_hazards(session, actor=officer, today=today, page=99, page_size=10)
        assert beyond.page == 2

        mine = await hz.list_hazards(session, actor=manager, today=today)
        assert mine.total == 12  # the workshop's subtree only
        assert {i.unit_name for i in mine.items} == {"一班"}
        assert (await hz.list_hazards(session, actor=bystander, today=today)).total == 0

        assigned = hz.HazardFilters(statuses=(HazardStatus.ASSIGNED,))
        assert (await hz.list_hazards(session, actor=officer, filters=assigned, today=today)).total == 5
        major = hz.HazardFilters(level=HazardLevel.MAJOR)
        assert (await hz.list_hazards(session, actor=officer, filters=major, today=today)).total == 1
        by_unit = hz.HazardFilters(unit_id=org.workshop.id)
        assert (await hz.list_hazards(session, actor=officer, filters=by_unit, today=today)).total == 12
        overdue = hz.HazardFilters(overdue=True)
        assert (await hz.list_hazards(session, actor=officer, filters=overdue, today=today)).total == 0
        assert (
            await hz.list_hazards(session, actor=officer, filters=overdue, today=date(2026, 3, 10))
        ).total == 5
        own = await hz.list_hazards(session, actor=owner, filters=hz.HazardFilters(mine=True), today=today)
        assert own.total == 5 and all(i.owner_name == org.owner.name for i in own.items)
        assert [h.id for h in await hz.my_hazards(session, org.owner.id)] == sorted(ids[:5])
        # /my a page at a time, most urgent first; a page past the end shows the last one
        first = await hz.my_hazards_page(session, org.owner.id, page=0, page_size=2)
        assert (
            first.total == 5
            and first.pages == 3
            and [i.hazard.id for i in first.items] == sorted(ids[:5])[:2]
        )
        assert [i.unit_name for i in first.items] == ["一班", "办公室"] and first.items[
            0
        ].owner_name == org.owner.name
        beyond_mine = await hz.my_hazards_page(session, org.owner.id, page=9, page_size=2)
        assert beyond_mine.page == 2 and [i.hazard.id for i in beyond_mine.items] == sorted(ids[:5])[4:]
        assert (await hz.my_hazards_page(session, org.reporter.id)).total == 0
        count = await session.scalar(select(func.count()).select_from(Hazard))
        assert count == 23


async def test_card_buttons_follow_state_and_permission(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    org = await make_org(session_factory)
    hazard = await file_report(session_factory, org, clock, tmp_path)
    async with unit_of_work(session_factory) as session:
        officer = await org.actor(session, org.officer)
        worker = await org.actor(session, org.bystander)
        reporter = await org.actor(session, org.reporter)
        view = await hz.view_hazard(session, actor=officer, hazard_id=hazard.id)
        data = [b.data for row in card_buttons(view, officer) for b in row]
        assert f"hz:assign:{hazard.id}" in data and f"hz:reject:{hazard.id}" in data
        assert not any(d and d.startswith("hz:close") for d in data)
        with pytest.raises(HazardPermissionError):
            await hz.view_hazard(session, actor=worker, hazard_id=hazard.id)
        own = await hz.view_hazard(session, actor=reporter, hazard_id=hazard.id)
        assert card_buttons(own, reporter) == []
        assert all(len((b.data or "").encode()) <= 64 for row in card_buttons(view, officer) for b in row)
        # the level row: the triage notice's own pair while unset, then the one change left
        assert [b.text for b in card_buttons(view, officer)[0]] == ["一般隐患", "重大隐患"]
    for level, change in (("general", "改为重大隐患"), ("major", "改为一般隐患")):
        await run(session_factory, org, org.officer, hz.set_level, hazard.id, level, now=clock.now())
        async with unit_of_work(session_factory) as session:
            officer = await org.actor(session, org.officer)
            view = await hz.view_hazard(session, actor=officer, hazard_id=hazard.id)
            assert [b.text for b in card_buttons(view, officer)[0]] == [change]


async def test_designated_verifier_closes_instead_of_an_officer(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    org = await make_org(session_factory)
    hazard = await file_report(session_factory, org, clock, tmp_path)
    now = clock.now()
    await run(
        session_factory, org, org.manager, hz.assign_hazard, hazard.id,
        owner_id=org.owner.id, deadline=date(2026, 3, 9), now=now,
    )  # fmt: skip
    with pytest.raises(HazardPermissionError, match="只有安全员可以指定验收人"):
        await run(
            session_factory,
            org,
            org.manager,
            hz.designate_verifier,
            hazard.id,
            verifier_id=org.bystander.id,
            now=now,
        )
    with pytest.raises(HazardError, match="不能验收自己"):
        await run(
            session_factory,
            org,
            org.officer,
            hz.designate_verifier,
            hazard.id,
            verifier_id=org.owner.id,
            now=now,
        )
    await run(
        session_factory,
        org,
        org.officer,
        hz.designate_verifier,
        hazard.id,
        verifier_id=org.manager.id,
        now=now,
    )
    assert "验收人" in texts(await outbox(session_factory, org.manager))[-1]
    await run(
        session_factory, org, org.owner, hz.submit_rectification, hazard.id,
        after_photos=[photo(tmp_path, "v")], now=now,
    )  # fmt: skip
    # only the designated verifier is asked, with the close / send-back buttons
    asked = (await outbox(session_factory, org.manager))[-1]
    assert button_data(asked) == [f"hz:close:{hazard.id}", f"hz:back:{hazard.id}"]
    assert "整改已提交" not in texts(await outbox(session_factory, org.officer))[-1]
    await run(session_factory, org, org.manager, hz.verify_hazard, hazard.id, close=True, now=now)
    async with unit_of_work(session_factory) as session:
        stored = await session.get(Hazard, hazard.id)
        assert (
            stored is not None
            and stored.status == HazardStatus.CLOSED
            and stored.closed_by_id == org.manager.id
        )


async def test_a_verifier_is_someone_registered_and_active_and_a_refusal_changes_nothing(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    """A forged 指定验收人 press names a person the picker never offers: one on the roster who has
    not started the bot, one who left, or no one. Each is refused with the reason and nothing moves;
    one who may not name a verifier (or assign) is told that, not who the person is."""
    org = await make_org(session_factory)
    hazard = await file_report(session_factory, org, clock, tmp_path)
    now = clock.now()
    async with unit_of_work(session_factory) as session:
        newcomer = Person(name="新员工孙七", role="worker", unit_id=org.team.id)  # roster only
        departed = add_person(session, "离职工人周八", Role.WORKER, org.team, 1099)
        departed.active = False
        session.add(newcomer)
    refusals = [
        (newcomer.id, "新员工孙七还没有登录机器人，收不到验收通知，请另选验收人"),
        (departed.id, "所选验收人不存在或已停用，请另选验收人"),
        (99999, "所选验收人不存在或已停用，请另选验收人"),
    ]
    for verifier_id, message in refusals:
        with pytest.raises(HazardError) as caught:
            await run(
                session_factory, org, org.officer, hz.designate_verifier, hazard.id,
                verifier_id=verifier_id, now=now,
            )  # fmt: skip
        assert caught.value.message == message
    # a worker's forged press is refused for who they are, naming nobody
    for fn, kwargs in (
        (hz.designate_verifier, {"verifier_id": newcomer.id}),
        (hz.assign_hazard, {"owner_id": newcomer.id, "deadline": date(2026, 3, 9)}),
    ):
        with pytest.raises(HazardPermissionError) as caught:
            await run(session_factory, org, org.bystander, fn, hazard.id, now=now, **kwargs)
        assert "新员工孙七" not in caught.value.message and "只有安全员" in caught.value.message
    async with unit_of_work(session_factory) as session:
        stored = await session.get(Hazard, hazard.id)
        assert stored is not None and stored.verifier_id is None and stored.owner_id is None
        actions = list(
            await session.scalars(select(HazardEvent.action).where(HazardEvent.hazard_id == hazard.id))
        )
        assert actions == ["report"]
    assert not [t for t in texts(await outbox(session_factory)) if "验收人" in t]
    # someone registered is named as before
    await run(
        session_factory, org, org.officer, hz.designate_verifier, hazard.id,
        verifier_id=org.manager.id, now=now,
    )  # fmt: skip
    assert "您被指定为该隐患的验收人" in texts(await outbox(session_factory, org.manager))[-1]


async def test_officer_who_owns_a_hazard_does_not_verify_it(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    org = await make_org(session_factory)
    hazard = await file_report(session_factory, org, clock, tmp_path)
    now = clock.now()
    await run(
        session_factory, org, org.officer, hz.assign_hazard, hazard.id,
        owner_id=org.officer.id, deadline=date(2026, 3, 9), now=now,
    )  # fmt: skip
    await run(
        session_factory, org, org.officer, hz.submit_rectification, hazard.id,
        after_photos=[photo(tmp_path, "own")], now=now,
    )  # fmt: skip
    for close in (True, False):
        with pytest.raises(HazardPermissionError, match="不能验收自己的整改"):
            await run(
                session_factory, org, org.officer, hz.verify_hazard, hazard.id,
                close=close, reason="自查", now=now,
            )  # fmt: skip
    async with unit_of_work(session_factory) as session:
        officer = await org.actor(session, org.officer)
        view = await hz.view_hazard(session, actor=officer, hazard_id=hazard.id)
        buttons = [b.data for row in card_buttons(view, officer) for b in row]
        assert f"hz:close:{hazard.id}" not in buttons and f"hz:back:{hazard.id}" not in buttons
        stored = await session.get(Hazard, hazard.id)
        assert stored is not None and stored.status == HazardStatus.RECTIFIED
    # a verifier other than the owner closes it
    await run(
        session_factory,
        org,
        org.officer,
        hz.designate_verifier,
        hazard.id,
        verifier_id=org.manager.id,
        now=now,
    )
    await run(session_factory, org, org.manager, hz.verify_hazard, hazard.id, close=True, now=now)


async def test_owner_and_designated_verifier_are_kept_apart_whatever_the_order(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    org = await make_org(session_factory)
    hazard = await file_report(session_factory, org, clock, tmp_path)
    now = clock.now()
    # whoever is the named verifier is not made owner: an officer who named themselves, a worker
    # an officer named (refused for the manager who assigns too)
    refused = [(org.officer, org.officer), (org.manager, org.owner)]  # (who assigns, whom)
    for assigner, person in refused:
        await run(
            session_factory, org, org.officer, hz.designate_verifier, hazard.id,
            verifier_id=person.id, now=now,
        )  # fmt: skip
        with pytest.raises(HazardPermissionError, match="指定验收人，不能同时担任整改责任人"):
            await run(
                session_factory, org, assigner, hz.assign_hazard, hazard.id,
                owner_id=person.id, deadline=date(2026, 3, 9), now=now,
            )  # fmt: skip
    async with unit_of_work(session_factory) as session:
        stored = await session.get(Hazard, hazard.id)
        assert stored is not None and stored.owner_id is None and stored.status == HazardStatus.REPORTED
        actions = list(
            await session.scalars(select(HazardEvent.action).where(HazardEvent.hazard_id == hazard.id))
        )
        assert actions == ["report", "set_verifier", "set_verifier"]  # refused assignments left no trace
    # once someone else verifies, the officer may own it, and then not be named verifier again
    await run(
        session_factory,
        org,
        org.officer,
        hz.designate_verifier,
        hazard.id,
        verifier_id=org.manager.id,
        now=now,
    )
    await run(
        session_factory, org, org.officer, hz.assign_hazard, hazard.id,
        owner_id=org.officer.id, deadline=date(2026, 3, 9), now=now,
    )  # fmt: skip
    with pytest.raises(HazardPermissionError, match="不能验收自己的整改"):
        await run(
            session_factory,
            org,
            org.officer,
            hz.designate_verifier,
            hazard.id,
            verifier_id=org.officer.id,
            now=now,
        )
    await run(
        session_factory, org, org.officer, hz.submit_rectification, hazard.id,
        after_photos=[photo(tmp_path, "sod")], now=now,
    )  # fmt: skip
    with pytest.raises(HazardPermissionError, match="不能验收自己的整改"):
        await run(session_factory, org, org.officer, hz.verify_hazard, hazard.id, close=True, now=now)
    await run(session_factory, org, org.manager, hz.verify_hazard, hazard.id, close=True, now=now)


async def test_a_verifier_who_became_the_owner_earlier_is_not_the_one_asked(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    """A ledger row from before owner and verifier were kept apart: the officers are asked."""
    org = await make_org(session_factory)
    hazard = await file_report(session_factory, org, clock, tmp_path)
    now = clock.now()
    await run(
        session_factory, org, org.officer, hz.assign_hazard, hazard.id,
        owner_id=org.manager.id, deadline=date(2026, 3, 9), now=now,
    )  # fmt: skip
    async with unit_of_work(session_factory) as session:
        stored = await session.get(Hazard, hazard.id)
        assert stored is not None
        stored.verifier_id = org.manager.id
    await run(
        session_factory, org, org.manager, hz.submit_rectification, hazard.id,
        after_photos=[photo(tmp_path, "legacy")], now=now,
    )  # fmt: skip
    asked = (await outbox(session_factory, org.officer))[-1]
    assert "整改已提交，请验收" in texts([asked])[0]
    assert button_data(asked) == [f"hz:close:{hazard.id}", f"hz:back:{hazard.id}"]
    with pytest.raises(HazardPermissionError, match="不能验收自己的整改"):
        await run(session_factory, org, org.manager, hz.verify_hazard, hazard.id, close=True, now=now)
    await run(session_factory, org, org.officer, hz.verify_hazard, hazard.id, close=True, now=now)


async def test_people_pickers_offer_everyone_page_by_page_the_hazards_unit_first(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    """The owner and verifier pickers reach every registered person, 20 a page, the hazard's unit
    (and its manager) first; a manager only their own units; the owner and verifier never each
    other; two people of one name are told apart by their unit; a stale page shows the last."""
    org = await make_org(session_factory)
    hazard = await file_report(session_factory, org, clock, tmp_path)
    async with unit_of_work(session_factory) as session:
        for i in range(1, 31):
            add_person(session, f"办公室职员{i:02d}", Role.WORKER, org.office, 6000 + i)
        add_person(session, "工人张小军", Role.WORKER, org.office, 7001)  # the reporter's namesake
        unregistered = add_person(session, "未登录的人", Role.WORKER, org.team, 7002)
        unregistered.telegram_user_id = None
        gone = add_person(session, "已离职的人", Role.WORKER, org.team, 7003)
        gone.active = False
    async with unit_of_work(session_factory) as session:
        stored = await session.get(Hazard, hazard.id)
        assert stored is not None
        officer = await org.actor(session, org.officer)
        pages = [await hz.owner_choices(session, stored, actor=officer, page=k) for k in (1, 2, 3)]
        assert [(p.page, p.pages, p.total) for p in pages] == [(1, 2, 38), (2, 2, 38), (2, 2, 38)]
        labels = [c.label for c in pages[0].choices + pages[1].choices]
        # 一班 and 一车间's manager first, then the rest, each by the pinyin of the name (ban, che,
        # gong; an, ban gong shi zhi yuan, ban gong shi zhu ren …); namesakes carry their unit
        assert labels[:4] == ["班长刘建国", "车间主任王强", "工人张小军（一班）", "安全员老周"]
        assert labels[4:34] == [f"办公室职员{i:02d}" for i in range(1, 31)]
        assert labels[34:] == ["办公室主任李梅", "工人陈二", "工人张小军（办公室）", "总经理赵刚"]
        assert len(pages[0].choices) == 20

        manager = await org.actor(session, org.manager)
        mine = await hz.owner_choices(session, stored, actor=manager)
        assert [c.label for c in mine.choices] == ["班长刘建国", "车间主任王强", "工人张小军"]

        stored.verifier_id = org.officer.id
        stored.owner_id = org.owner.id
        owners = await hz.owner_choices(session, stored, actor=officer, size=100)
        assert org.officer.id not in [c.id for c in owners.choices] and owners.total == 37
        verifiers = await hz.verifier_choices(session, stored, size=100)
        # the officers join the first group; the owner is not offered
        assert [c.label for c in verifiers.choices][:3] == [
            "安全员老周",
            "车间主任王强",
            "工人张小军（一班）",
        ]
        assert org.owner.id not in [c.id for c in verifiers.choices] and verifiers.total == 37


async def test_people_pickers_search_by_part_of_a_name_or_phone(
    session_factory: SessionFactory, clock: ManualClock, tmp_path: Path
) -> None:
    """A picker's search keeps, in the picker's order and pages, the people whose name holds the
    typed characters (any width or case), whose phone holds three digits or more however it is
    written, or whose username holds it; nobody the picker would not offer; a stray % is a
    character, not a wildcard; nothing found is an empty page."""
    org = await make_org(session_factory)
    hazard = await file_report(session_factory, org, clock, tmp_path)
    async with unit_of_work(session_factory) as session:
        for i in range(1, 26):
            add_person(session, f"张工{i:02d}", Role.WORKER, org.office, 6000 + i)
        phoned = add_person(session, "李Anna", Role.WORKER, org.office, 7001)
        phoned.phone = "138-0013 8000"
        phoned.telegram_username = "anna_li"
        gone = add_person(session, "张离职", Role.WORKER, org.team, 7002)
        gone.active = False
    async with unit_of_work(session_factory) as session:
        stored = await session.get(Hazard, hazard.id)
        assert stored is not None
        officer = await org.actor(session, org.officer)
        found = await hz.owner_choices(session, stored, actor=officer, search="张")
        # the reporter 工人张小军 of the hazard's unit first, then the office's 张工01…
        assert (found.total, found.pages, len(found.choices)) == (26, 2, 20)
        assert [c.label for c in found.choices[:3]] == ["工人张小军", "张工01", "张工02"]
        last = await hz.owner_choices(session, stored, actor=officer, search="张", page=9)
        assert last.page == 2 and [c.label for c in last.choices][-1] == "张工25"

        def labels(page: PeoplePage) -> list[str]:
            return [c.label for c in page.choices]

        assert labels(await hz.owner_choices(session, stored, actor=officer, search=" 张工２５ ")) == [
            "张工25"
        ]
        for typed in ("anna", "ANNA", "@anna_l", "8000", "13800138000", "138 0013 8000", "0013-8"):
            assert labels(await hz.owner_choices(session, stored, actor=officer, search=typed)) == [
                "李Anna"
            ], typed
        assert labels(await hz.owner_choices(session, stored, actor=officer, search="张 01")) == ["张工01"]
        assert (await hz.owner_choices(session, stored, actor=officer, search="80")).total == 0  # too short
        assert (await hz.owner_choices(session, stored, actor=officer, search="%")).total == 0
        assert (await hz.owner_choices(session, stored, actor=officer, search="张离职")).total == 0
        nobody = await hz.owner_choices(session, stored, actor=officer, search="欧阳")
        assert (nobody.total, nobody.pages, nobody.choices) == (0, 1, [])

        manager = await org.actor(session, org.manager)
        assert labels(await hz.owner_choices(session, stored, actor=manager, search="张")) == ["工人张小军"]
        stored.owner_id = org.reporter.id  # 工人张小军 owns it: not offered as verifier
        assert (await hz.verifier_choices(session, stored, search="张")).total == 25
        assert labels(await hz.verifier_choices(session, stored, search="老周")) == ["安全员老周"]
