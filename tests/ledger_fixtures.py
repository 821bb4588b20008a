"""A small ledger with hand-known history, written straight through the models.

Times are Asia/Shanghai local. "Now" is 2026-03-20 10:00 local. The statistics of March 2026 it
should give are worked out by hand in tests/test_stats.py.

| hazard | found        | source  | unit   | level | status   | deadline | rectified | closed      |
| H1     | 02-20 09:00  | report  | 一班   | 一般  | closed   | 03-05    | 03-04     | 03-06 10:00 |
| H2 匿名| 03-02 08:00  | report  | 办公室 | 重大  | assigned | 03-10    |           |             |
| H3     | 03-03 14:00  | self    | 一车间 | 一般  | closed   | 03-25    | 03-08     | 03-09 16:00 |
| H4     | 03-10 11:00  | report  | 一班   | —     | invalid  |          |           |             |
| H5     | 03-12 09:00  | inspect | 一车间 | 重大  | closed   | 03-15    | 03-16     | 03-17 09:00 |
| H6     | 03-18 10:00  | report  | 一班   | —     | reported |          |           |             |
| H7     | 01-10 09:00  | self    | 一车间 | 重大  | closed   | 02-20    | 02-19     | 02-25 09:00 |
| H8     | 02-01 09:00  | self    | 办公室 | 重大  | assigned | 04-30    |           |             |
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PIL import Image

from storage.db import SessionFactory, unit_of_work
from storage.models import Hazard, HazardEvent, HazardPhoto, Person, PointAward, Role, Unit
from tests.hazard_fixtures import add_person, add_units

ZONE = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 3, 20, 10, 0, tzinfo=ZONE).astimezone(UTC)
TODAY = date(2026, 3, 20)
ANONYMOUS_NAME = "赵六"  # the whistle-blower: must appear in no export, statistic or ranking


def at(month: int, day: int, hour: int = 9, minute: int = 0, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=ZONE).astimezone(UTC)


@dataclass
class Ledger:
    root: Unit
    workshop: Unit
    team: Unit
    office: Unit
    reporter: Person  # 张三
    owner: Person  # 李四
    officer: Person  # 王五
    whistle: Person  # 赵六, reports anonymously
    manager: Person  # 一车间 manager
    hazards: dict[str, Hazard] = field(default_factory=dict)
    photo_path: str | None = None


def jpeg(color: str = "red", size: tuple[int, int] = (640, 480)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, format="JPEG")
    return out.getvalue()


async def make_ledger(factory: SessionFactory, data_dir: Path | None = None) -> Ledger:
    async with unit_of_work(factory) as session:
        root, workshop, team, office = await add_units(session)

        def person(name: str, role: Role, unit: Unit, tg: int) -> Person:
            return add_person(session, name, role, unit, tg)

        ledger = Ledger(
            root=root,
            workshop=workshop,
            team=team,
            office=office,
            reporter=person("张三", Role.WORKER, team, 2001),
            owner=person("李四", Role.WORKER, team, 2002),
            officer=person("王五", Role.SAFETY_OFFICER, root, 2003),
            whistle=person(ANONYMOUS_NAME, Role.WORKER, office, 2004),
            manager=person("钱七", Role.MANAGER, workshop, 2005),
        )
        await session.flush()
        owner, officer = ledger.owner, ledger.officer

        def hazard(
            key: str,
            found: datetime,
            *,
            source: str,
            unit: Unit,
            reporter: Person,
            category: str = "fire",
            level: str | None = None,
            status: str = "reported",
            deadline: date | None = None,
            rectified: datetime | None = None,
            closed: datetime | None = None,
            anonymous: bool = False,
            supervised: bool = False,
            updated: datetime | None = None,
        ) -> Hazard:
            h = Hazard(
                number=f"YH-2026-{len(ledger.hazards) + 1:06d}",
                status=status,
                level=level,
                source=source,
                category=category,
                description=f"{key} 的隐患描述：配电箱门未关闭，线路裸露",
                location_text=f"{unit.name}东侧",
                unit_id=unit.id,
                reporter_id=reporter.id,
                anonymous=anonymous,
                owner_id=owner.id if status not in ("reported", "invalid") else None,
                verifier_id=officer.id,
                deadline=deadline,
                measures="更换配电箱并加锁" if level else None,
                funds="2000元" if level == "major" else None,
                contingency_plan="设置警戒区，专人看护" if level == "major" else None,
                supervised=supervised,
                rectified_at=rectified,
                closed_at=closed,
                closed_by_id=officer.id if closed else None,
                created_at=found,
                updated_at=updated or closed or rectified or found,
            )
            session.add(h)
            ledger.hazards[key] = h
            return h

        rep, wh = ledger.reporter, ledger.whistle
        hazard("H1", at(2, 20), source="report", unit=team, reporter=rep, level="general", status="closed",
               deadline=date(2026, 3, 5), rectified=at(3, 4), closed=at(3, 6, 10))  # fmt: skip
        hazard("H2", at(3, 2, 8), source="report", unit=office, reporter=wh, category="electrical",
               level="major", status="assigned", deadline=date(2026, 3, 10), anonymous=True,
               supervised=True, updated=at(3, 3))  # fmt: skip
        hazard("H3", at(3, 3, 14), source="self_check", unit=workshop, reporter=officer, category="machinery",
               level="general", status="closed", deadline=date(2026, 3, 25), rectified=at(3, 8),
               closed=at(3, 9, 16))  # fmt: skip
        hazard("H4", at(3, 10, 11), source="report", unit=team, reporter=rep, status="invalid",
               updated=at(3, 10, 12))  # fmt: skip
        hazard("H5", at(3, 12), source="inspection", unit=workshop, reporter=officer, category="hot_work",
               level="major", status="closed", deadline=date(2026, 3, 15), rectified=at(3, 16),
               closed=at(3, 17))  # fmt: skip
        hazard("H6", at(3, 18, 10), source="report", unit=team, reporter=rep, category="other")
        hazard("H7", at(1, 10), source="self_check", unit=workshop, reporter=officer, level="major",
               status="closed", deadline=date(2026, 2, 20), rectified=at(2, 19), closed=at(2, 25))  # fmt: skip
        hazard("H8", at(2, 1), source="self_check", unit=office, reporter=officer, level="major",
               status="assigned", deadline=date(2026, 4, 30))  # fmt: skip
        await session.flush()

        h = ledger.hazards
        # The audit trail: the anonymous report, its triage, and H1's whole loop.
        session.add_all(
            [
                HazardEvent(
                    hazard_id=h["H2"].id,
                    actor_id=wh.id,
                    action="report",
                    to_status="reported",
                    created_at=at(3, 2, 8),
                ),  # fmt: skip
                HazardEvent(
                    hazard_id=h["H2"].id,
                    actor_id=officer.id,
                    action="assign",
                    from_status="reported",
                    to_status="assigned",
                    note="限期整改",
                    created_at=at(3, 3),
                ),  # fmt: skip
                HazardEvent(
                    hazard_id=h["H1"].id,
                    actor_id=rep.id,
                    action="report",
                    to_status="reported",
                    created_at=at(2, 20),
                ),  # fmt: skip
                HazardEvent(
                    hazard_id=h["H1"].id,
                    actor_id=officer.id,
                    action="close",
                    from_status="rectified",
                    to_status="closed",
                    created_at=at(3, 6, 10),
                ),  # fmt: skip
                HazardEvent(
                    hazard_id=h["H4"].id,
                    actor_id=None,
                    action="reject",
                    from_status="reported",
                    to_status="invalid",
                    created_at=at(3, 10, 12),
                ),  # fmt: skip
            ]
        )
        session.add_all(
            [
                PointAward(
                    person_id=rep.id,
                    hazard_id=h["H1"].id,
                    points=10,
                    reason="有效报告",
                    created_at=at(3, 6, 10),
                ),  # fmt: skip
                PointAward(
                    person_id=wh.id, hazard_id=h["H2"].id, points=50, reason="有效报告", created_at=at(3, 3)
                ),  # fmt: skip
                PointAward(
                    person_id=rep.id, hazard_id=None, points=10, reason="安全建议", created_at=at(2, 10)
                ),  # fmt: skip
            ]
        )
        if data_dir is not None:
            relative = "photos/h2.jpg"
            (data_dir / "photos").mkdir(parents=True, exist_ok=True)
            (data_dir / relative).write_bytes(jpeg("orange"))
            session.add(
                HazardPhoto(
                    hazard_id=h["H2"].id,
                    kind="before",
                    file_id="f-h2",
                    file_unique_id="u-h2",
                    path=relative,
                    created_at=at(3, 2, 8),
                )  # fmt: skip
            )
            ledger.photo_path = relative
        await session.flush()
    return ledger
