"""A small organisation for hazard tests: units, people in every role, real photo bytes."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import SessionFactory, unit_of_work
from storage.models import Person, Role, Unit
from storage.people import actor_for
from storage.permissions import Actor
from storage.photos import PhotoInput, prepare_photo


@dataclass
class Org:
    root: Unit
    workshop: Unit  # 一车间
    team: Unit  # 一车间/一班 (below the workshop)
    office: Unit  # 办公室 (another branch)
    officer: Person  # 安全员
    manager: Person  # 一车间负责人
    other_manager: Person  # 办公室负责人
    principal: Person  # 主要负责人
    reporter: Person  # 职工, reports hazards
    owner: Person  # 职工 in the team, rectifies
    bystander: Person  # another worker

    async def actor(self, session: AsyncSession, person: Person) -> Actor:
        return await actor_for(session, person)


async def add_units(session: AsyncSession) -> tuple[Unit, Unit, Unit, Unit]:
    """示例公司 with 一车间/一班 below it and 办公室 beside: (root, workshop, team, office)."""
    root = Unit(name="示例公司")
    session.add(root)
    await session.flush()
    workshop = Unit(name="一车间", parent_id=root.id)
    office = Unit(name="办公室", parent_id=root.id)
    session.add_all([workshop, office])
    await session.flush()
    team = Unit(name="一班", parent_id=workshop.id)
    session.add(team)
    await session.flush()
    return root, workshop, team, office


def add_person(session: AsyncSession, name: str, role: Role, unit: Unit, telegram_user_id: int) -> Person:
    person = Person(
        name=name, role=role.value, unit_id=unit.id, telegram_user_id=telegram_user_id, active=True
    )
    session.add(person)
    return person


async def make_org(factory: SessionFactory) -> Org:
    async with unit_of_work(factory) as session:
        root, workshop, team, office = await add_units(session)

        def person(name: str, role: Role, unit: Unit, tg: int) -> Person:
            return add_person(session, name, role, unit, tg)

        org = Org(
            root=root,
            workshop=workshop,
            team=team,
            office=office,
            officer=person("安全员老周", Role.SAFETY_OFFICER, root, 1001),
            manager=person("车间主任王强", Role.MANAGER, workshop, 1002),
            other_manager=person("办公室主任李梅", Role.MANAGER, office, 1003),
            principal=person("总经理赵刚", Role.PRINCIPAL, root, 1004),
            reporter=person("工人张小军", Role.WORKER, team, 1005),
            owner=person("班长刘建国", Role.WORKER, team, 1006),
            bystander=person("工人陈二", Role.WORKER, office, 1007),
        )
        await session.flush()
        return org


def jpeg_bytes(
    color: tuple[int, int, int] = (200, 40, 40), *, with_gps: bool = True, size: int = 64
) -> bytes:
    """A real JPEG, optionally carrying EXIF with a GPS block and a camera model."""
    image = Image.new("RGB", (size, size), color)
    out = io.BytesIO()
    if with_gps:
        exif = Image.Exif()
        exif[0x0110] = "WhistlePhone 12"  # Model
        exif[0x8825] = {1: "N", 2: (31.0, 14.0, 0.0), 3: "E", 4: (121.0, 28.0, 0.0)}  # GPSInfo
        image.save(out, format="JPEG", exif=exif)
    else:
        image.save(out, format="JPEG")
    return out.getvalue()


def photo(data_dir: Path, name: str, color: tuple[int, int, int] = (200, 40, 40)) -> PhotoInput:
    return prepare_photo(
        data_dir, file_id=f"file-{name}", file_unique_id=f"uniq-{name}", data=jpeg_bytes(color)
    )
