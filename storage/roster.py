"""Roster import: a CSV or XLSX list of people, validated whole before anything is written."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Person, Role
from storage.people import PeopleError, all_units, unit_path

# Accepted header names (Chinese or English) for each column.
COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "姓名"),
    "phone": ("phone", "电话", "手机", "手机号"),
    "unit": ("unit", "单位", "部门", "班组"),
    "role": ("role", "角色", "岗位角色"),
    "telegram": ("telegram", "telegram username or id", "telegram_username", "telegram_id", "用户名"),
}

ROLE_NAMES: dict[str, Role] = {
    **{role.value: role for role in Role},
    "职工": Role.WORKER,
    "员工": Role.WORKER,
    "工人": Role.WORKER,
    "部门负责人": Role.MANAGER,
    "负责人": Role.MANAGER,
    "经理": Role.MANAGER,
    "安全员": Role.SAFETY_OFFICER,
    "安全管理人员": Role.SAFETY_OFFICER,
    "主要负责人": Role.PRINCIPAL,
    "管理员": Role.ADMIN,
}


@dataclass
class RosterRow:
    line: int
    name: str
    phone: str | None
    unit: str
    role: Role
    telegram_user_id: int | None
    telegram_username: str | None


class RosterError(PeopleError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def read_table(path: Path) -> list[list[str]]:
    """All rows of the first sheet (XLSX) or the CSV file (UTF-8, UTF-8 with BOM, or GBK)."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        workbook = load_workbook(path, read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        rows = [
            ["" if cell is None else str(cell).strip() for cell in row]
            for row in sheet.iter_rows(values_only=True)
        ]
        workbook.close()
        return rows
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise RosterError(["文件编码无法识别，请保存为 UTF-8 或 GBK 编码的 CSV"])
    return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text))]


def _cell(row: list[str], index: dict[str, int], key: str) -> str:
    position = index.get(key)
    return row[position].strip() if position is not None and position < len(row) else ""


def parse_roster(rows: list[list[str]]) -> list[RosterRow]:
    if not rows:
        raise RosterError(["文件是空的"])
    header = [cell.strip().lower() for cell in rows[0]]
    index: dict[str, int] = {}
    for key, names in COLUMNS.items():
        for position, cell in enumerate(header):
            if cell in names:
                index[key] = position
                break
    missing = [COLUMNS[key][1] for key in ("name", "unit") if key not in index]
    if missing:
        raise RosterError([f"第 1 行：缺少列：{'、'.join(missing)}"])
    parsed: list[RosterRow] = []
    problems: list[str] = []
    for line, row in enumerate(rows[1:], start=2):
        if not any(value.strip() for value in row):
            continue
        name, unit, role_text, telegram, phone = (
            _cell(row, index, key) for key in ("name", "unit", "role", "telegram", "phone")
        )
        row_problems = []
        if not name:
            row_problems.append("姓名为空")
        if not unit:
            row_problems.append("单位为空")
        role = ROLE_NAMES.get(role_text.lower() if role_text else "worker")
        if role is None:
            row_problems.append(f"角色“{role_text}”无法识别")
        telegram_user_id: int | None = None
        telegram_username: str | None = None
        if telegram:
            if telegram.lstrip("-").isdigit():
                telegram_user_id = int(telegram)
            else:
                telegram_username = telegram.lstrip("@")
        if row_problems:
            problems.append(f"第 {line} 行：" + "；".join(row_problems))
            continue
        assert role is not None
        parsed.append(RosterRow(line, name, phone or None, unit, role, telegram_user_id, telegram_username))
    if problems:
        raise RosterError(problems)
    return parsed


async def import_roster(session: AsyncSession, rows: list[RosterRow], *, now: datetime) -> int:
    """Insert every row or none: all problems are collected and reported by line number."""
    units = await all_units(session)
    by_name: dict[str, list[int]] = {}
    for unit in units:
        by_name.setdefault(unit.name, []).append(unit.id)
        by_name.setdefault(unit_path(units, unit), []).append(unit.id)
    known_ids = set(
        (
            await session.scalars(select(Person.telegram_user_id).where(Person.telegram_user_id.is_not(None)))
        ).all()
    )
    problems: list[str] = []
    people: list[Person] = []
    seen_ids: set[int] = set()
    for row in rows:
        candidates = sorted(set(by_name.get(row.unit, [])))
        if not candidates:
            problems.append(f"第 {row.line} 行：单位“{row.unit}”不存在（先用 safebot units add 添加）")
            continue
        if len(candidates) > 1:
            problems.append(f"第 {row.line} 行：单位“{row.unit}”有重名，请写完整路径，如 一车间/焊接班")
            continue
        if row.telegram_user_id is not None:
            if row.telegram_user_id in known_ids or row.telegram_user_id in seen_ids:
                problems.append(f"第 {row.line} 行：Telegram ID {row.telegram_user_id} 已被使用")
                continue
            seen_ids.add(row.telegram_user_id)
        people.append(
            Person(
                name=row.name,
                phone=row.phone,
                unit_id=candidates[0],
                role=row.role.value,
                # matched to a Telegram account on their first /start (storage.people.match_roster)
                telegram_user_id=row.telegram_user_id,
                telegram_username=row.telegram_username,
                created_at=now,
            )
        )
    if problems:
        raise RosterError(problems)
    session.add_all(people)
    await session.flush()
    return len(people)
