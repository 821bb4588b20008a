"""People, units, invites and join requests: how someone becomes part of the organisation."""

from __future__ import annotations

import re
import secrets
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage import pinyin
from storage.models import ROLE_LABELS, Invite, JoinRequest, JoinRequestStatus, Person, Role, Unit
from storage.outbox import Button, Message, enqueue
from storage.permissions import ORGANISATION_WIDE, Action, Actor, may


class PeopleError(Exception):
    """A refusal with a message that can be shown to the user as it is (Chinese)."""


# ---------------------------------------------------------------- units


async def root_unit(session: AsyncSession, organisation_name: str) -> Unit:
    """The organisation itself: the one unit without a parent, created on first use."""
    unit = await session.scalar(select(Unit).where(Unit.parent_id.is_(None)).order_by(Unit.id).limit(1))
    if unit is None:
        unit = Unit(name=organisation_name, parent_id=None)
        session.add(unit)
        await session.flush()
    return unit


async def add_unit(session: AsyncSession, name: str, parent: Unit | None) -> Unit:
    name = name.strip()
    if not name:
        raise PeopleError("单位名称不能为空")
    parent_id = parent.id if parent else None
    same_parent = Unit.parent_id.is_(None) if parent_id is None else Unit.parent_id == parent_id
    exists = await session.scalar(select(Unit.id).where(Unit.name == name, same_parent))
    if exists:
        raise PeopleError(f"“{name}”已存在")
    unit = Unit(name=name, parent_id=parent_id)
    session.add(unit)
    await session.flush()
    return unit


async def all_units(session: AsyncSession) -> list[Unit]:
    return list((await session.scalars(select(Unit).where(Unit.active.is_(True)).order_by(Unit.id))).all())


async def find_unit(session: AsyncSession, name_or_path: str) -> Unit | None:
    """Find a unit by name, or by a path like `一车间/焊接班` when names repeat."""
    units = await all_units(session)
    wanted = name_or_path.strip()
    by_path = {unit_path(units, u): u for u in units}
    if wanted in by_path:
        return by_path[wanted]
    matches = [u for u in units if u.name == wanted]
    if len(matches) == 1:
        return matches[0]
    tails = [u for path, u in by_path.items() if path.endswith("/" + wanted)]
    return tails[0] if len(tails) == 1 else None


def unit_path(units: list[Unit], unit: Unit) -> str:
    """`组织/一车间/焊接班`, leaving the root out when the unit is below it."""
    by_id = {u.id: u for u in units}
    names: list[str] = []
    current: Unit | None = unit
    while current is not None:
        names.append(current.name)
        current = by_id.get(current.parent_id) if current.parent_id is not None else None
    names.reverse()
    if len(names) > 1:
        names = names[1:]
    return "/".join(names)


async def unit_path_of(session: AsyncSession, unit_id: int | None) -> str | None:
    """The unit's path as people read it (`一车间/焊接班`), or None when there is no such unit."""
    if unit_id is None:
        return None
    units = await all_units(session)
    unit = next((u for u in units if u.id == unit_id), None)
    if unit is None:
        return await session.scalar(select(Unit.name).where(Unit.id == unit_id))
    return unit_path(units, unit)


async def unit_subtree_ids(session: AsyncSession, unit_id: int) -> frozenset[int]:
    rows = (await session.execute(select(Unit.id, Unit.parent_id))).all()
    children: dict[int | None, list[int]] = {}
    for child_id, parent_id in rows:
        children.setdefault(parent_id, []).append(child_id)
    found: set[int] = set()
    stack = [unit_id]
    while stack:
        current = stack.pop()
        if current in found:
            continue
        found.add(current)
        stack.extend(children.get(current, []))
    return frozenset(found)


async def unit_ancestor_ids(session: AsyncSession, unit_id: int) -> list[int]:
    """The unit and the units above it, nearest first."""
    rows = dict((await session.execute(select(Unit.id, Unit.parent_id))).all())
    chain: list[int] = []
    current: int | None = unit_id
    while current is not None and current not in chain:
        chain.append(current)
        current = rows.get(current)
    return chain


# ---------------------------------------------------------------- people


async def person_by_telegram_id(session: AsyncSession, telegram_user_id: int) -> Person | None:
    return await session.scalar(
        select(Person).where(Person.telegram_user_id == telegram_user_id, Person.active.is_(True))
    )


async def actor_for(session: AsyncSession, person: Person) -> Actor:
    role = Role(person.role)
    unit_ids: frozenset[int] = frozenset()
    if person.unit_id is not None and role not in ORGANISATION_WIDE:
        unit_ids = await unit_subtree_ids(session, person.unit_id)
    return Actor(person_id=person.id, role=role, unit_ids=unit_ids)


async def people_with_role(session: AsyncSession, *roles: Role) -> list[Person]:
    return list(
        (
            await session.scalars(
                select(Person)
                .where(Person.role.in_([r.value for r in roles]), Person.active.is_(True))
                .where(Person.telegram_user_id.is_not(None))
                .order_by(Person.id)
            )
        ).all()
    )


async def managers_of_unit(session: AsyncSession, unit_id: int) -> list[Person]:
    """Managers of the unit, or of the nearest unit above it that has one."""
    for candidate in await unit_ancestor_ids(session, unit_id):
        managers = list(
            (
                await session.scalars(
                    select(Person).where(
                        Person.unit_id == candidate,
                        Person.role == Role.MANAGER.value,
                        Person.active.is_(True),
                        Person.telegram_user_id.is_not(None),
                    )
                )
            ).all()
        )
        if managers:
            return managers
    return []


BY_NAME = (Person.name_sort, Person.name, Person.id)
"""How every list of people is ordered: by the pinyin of the name (storage/pinyin.py), as a phone's
contact list is, then by the name and id so that the order is stable."""


async def people_in_units(session: AsyncSession, unit_ids: frozenset[int]) -> list[Person]:
    return list(
        (
            await session.scalars(
                select(Person)
                .where(
                    Person.unit_id.in_(unit_ids),
                    Person.active.is_(True),
                    Person.telegram_user_id.is_not(None),
                )
                .order_by(*BY_NAME)
            )
        ).all()
    )


PICK_PAGE_SIZE = 20
"""People buttons per page of a person picker (owner, verifier): one screen, like the unit pickers."""


@dataclass(frozen=True)
class PersonChoice:
    """One person a picker offers; `unit` is set only when another candidate bears the same name."""

    id: int
    name: str
    unit: str | None = None

    @property
    def label(self) -> str:
        return f"{self.name}（{self.unit}）" if self.unit else self.name


@dataclass(frozen=True)
class PeoplePage:
    choices: list[PersonChoice]
    page: int  # 1-based, clamped to the pages there are
    pages: int
    total: int


SEARCH_MAX_CHARS = 40
_PHONE_JOINERS = (" ", "-", "+", "(", ")", "（", "）")


def clean_search(text: str) -> str:
    """What a picker search looks for: full-width folded (ＡＢ１２ → AB12), spaces squeezed, cut
    to a name's length; '' when nothing is left."""
    text = unicodedata.normalize("NFKC", text)
    return " ".join(text.split())[:SEARCH_MAX_CHARS].strip()


def _like(fragment: str) -> str:
    escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _phone_digits() -> ColumnElement[str]:
    """The phone number without the spaces, dashes and brackets it may be written with."""
    column: ColumnElement[str] = func.replace(Person.phone, _PHONE_JOINERS[0], "")
    for joiner in _PHONE_JOINERS[1:]:
        column = func.replace(column, joiner, "")
    return column


def _term_filter(term: str) -> ColumnElement[bool]:
    """One word of a search: part of the name (any case), of the Telegram username (with or
    without @), or — three digits or more, as a phone book is searched — of the phone number,
    whatever spaces or dashes it was written with; or — two letters or more — the name's pinyin
    from a syllable's start, in full or by initials (zhangxiaojun, xiaojun, zxj: storage/pinyin.py)."""
    term = term.lower()
    matches: list[ColumnElement[bool]] = [func.lower(Person.name).like(_like(term), escape="\\")]
    if pinyin.is_pinyin_search(term):
        matches.append(Person.name_pinyin.like(f"% {term}%"))
    handle = term.removeprefix("@")
    if handle and re.fullmatch(r"\w+", handle, re.ASCII):
        matches.append(func.lower(Person.telegram_username).like(_like(handle), escape="\\"))
    digits = re.sub(r"[\s\-+()（）]", "", term)
    if len(digits) >= 3 and digits.isdigit():
        matches.append(_phone_digits().like(_like(digits), escape="\\"))
    return or_(*matches)


def search_filter(text: str) -> ColumnElement[bool] | None:
    """People whose name, username or phone holds the search (`clean_search`); None for an empty
    one. A search of several words wants each found (王 138: a 王 whose phone holds 138); a
    phone number written with spaces (138 0013 8000) is one number, not three words."""
    text = clean_search(text)
    if not text:
        return None
    joined = re.sub(r"[\s\-]", "", text)
    if " " in text and re.fullmatch(r"\+?\d+", joined):
        return _term_filter(joined)
    return and_(*(_term_filter(term) for term in text.split()))


async def people_page(
    session: AsyncSession,
    *,
    first: ColumnElement[bool] | None = None,
    within_units: frozenset[int] | None = None,
    exclude: Iterable[int | None] = (),
    search: str | None = None,
    page: int = 1,
    size: int = PICK_PAGE_SIZE,
) -> PeoplePage:
    """One page of the registered, active people (those the bot can reach), for a picker.

    Those matching `first` come first, then everyone else; each group by the pinyin of the name, as
    a phone's contacts (then by name and id, so the order is stable). `within_units` limits the choice to people of those units; `exclude`
    leaves people out; `search` keeps those it finds (`search_filter`), in the same order. A page
    past the last shows the last (a stale page button lands somewhere). Namesakes show their unit
    when another candidate bears the name, found by the search or not.
    """
    where: list[ColumnElement[bool]] = [Person.active.is_(True), Person.telegram_user_id.is_not(None)]
    if within_units is not None:
        where.append(Person.unit_id.in_(within_units))
    left_out = [i for i in exclude if i is not None]
    if left_out:
        where.append(Person.id.not_in(left_out))
    found = search_filter(search) if search is not None else None
    candidates = list(where)
    if found is not None:
        where.append(found)
    total = await session.scalar(select(func.count(Person.id)).where(*where)) or 0
    pages = max(1, -(-total // size))
    page = min(max(page, 1), pages)
    tier = case((first, 0), else_=1) if first is not None else None
    order = [*([tier] if tier is not None else []), *BY_NAME]
    rows = (
        await session.execute(
            select(Person.id, Person.name, Unit.name)
            .outerjoin(Unit, Unit.id == Person.unit_id)
            .where(*where)
            .order_by(*order)
            .offset((page - 1) * size)
            .limit(size)
        )
    ).all()
    names = {name for _, name, _ in rows}
    repeated = set(
        await session.scalars(
            select(Person.name)
            .where(*candidates, Person.name.in_(names))
            .group_by(Person.name)
            .having(func.count(Person.id) > 1)
        )
    )
    choices = [
        PersonChoice(person_id, name, (unit or "未分配单位") if name in repeated else None)
        for person_id, name, unit in rows
    ]
    return PeoplePage(choices=choices, page=page, pages=pages, total=total)


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not 1 <= len(name) <= 40:
        raise PeopleError("姓名应为 1–40 个字，请重新输入")
    if name.startswith("/"):
        raise PeopleError("请输入您的真实姓名，不要以 / 开头")
    return name


async def _register(
    session: AsyncSession,
    name: str,
    unit_id: int,
    role: str,
    telegram_user_id: int,
    username: str | None,
    now: datetime,
) -> Person:
    """A person who has opened the bot, registered now."""
    person = Person(
        name=name,
        unit_id=unit_id,
        role=role,
        telegram_user_id=telegram_user_id,
        telegram_username=username,
        registered_at=now,
        created_at=now,
    )
    session.add(person)
    await session.flush()
    return person


async def bootstrap_admin(
    session: AsyncSession,
    *,
    telegram_user_id: int,
    username: str | None,
    name: str,
    organisation: str,
    now: datetime,
) -> Person:
    """An id listed in SAFEBOT_ADMIN_IDS becomes an admin at the root unit on first /start."""
    root = await root_unit(session, organisation)
    return await _register(
        session, _clean_name(name or "管理员"), root.id, Role.ADMIN.value, telegram_user_id, username, now
    )


async def match_roster(
    session: AsyncSession, *, telegram_user_id: int, username: str | None, now: datetime
) -> Person | None:
    """A person imported from the roster, matched by Telegram id or username on first /start."""
    candidates = [Person.telegram_user_id == telegram_user_id]
    if username:
        candidates.append(
            (func.lower(Person.telegram_username) == username.lower()) & Person.telegram_user_id.is_(None)
        )
    for condition in candidates:
        person = await session.scalar(select(Person).where(condition, Person.active.is_(True)))
        if person is not None:
            person.telegram_user_id = telegram_user_id
            person.telegram_username = username or person.telegram_username
            if person.registered_at is None:
                person.registered_at = now
            return person
    return None


# ---------------------------------------------------------------- invites


@dataclass(frozen=True)
class InviteInfo:
    code: str
    unit_name: str
    role: Role
    expires_at: datetime
    max_uses: int | None


async def create_invite(
    session: AsyncSession,
    *,
    creator: Person | None,
    unit: Unit,
    role: Role,
    now: datetime,
    ttl: timedelta,
    max_uses: int | None,
) -> Invite:
    if creator is not None:
        actor = await actor_for(session, creator)
        if not may(actor, Action.CREATE_INVITE):
            raise PeopleError("只有安全员或管理员可以创建邀请")
        if role == Role.ADMIN and actor.role != Role.ADMIN:
            raise PeopleError("只有管理员可以邀请管理员")
    if max_uses is not None and max_uses < 1:
        raise PeopleError("可用次数至少为 1")
    invite = Invite(
        code=secrets.token_urlsafe(12),
        unit_id=unit.id,
        role=role.value,
        created_by_id=creator.id if creator else None,
        expires_at=now + ttl,
        max_uses=max_uses,
        uses=0,
        created_at=now,
    )
    session.add(invite)
    await session.flush()
    return invite


async def check_invite(session: AsyncSession, code: str, now: datetime) -> Invite:
    invite = await session.scalar(select(Invite).where(Invite.code == code))
    if invite is None or invite.revoked:
        raise PeopleError("邀请链接无效。请向安全员索取新的邀请链接。")
    if invite.expires_at <= now:
        raise PeopleError("邀请链接已过期。请向安全员索取新的邀请链接。")
    if invite.max_uses is not None and invite.uses >= invite.max_uses:
        raise PeopleError("邀请链接已被使用。请向安全员索取新的邀请链接。")
    return invite


async def register_with_invite(
    session: AsyncSession, *, code: str, telegram_user_id: int, username: str | None, name: str, now: datetime
) -> Person:
    invite = await check_invite(session, code, now)
    if await person_by_telegram_id(session, telegram_user_id) is not None:
        raise PeopleError("您已经注册过了，发送 /me 查看您的信息。")
    invite.uses += 1
    return await _register(
        session, _clean_name(name), invite.unit_id, invite.role, telegram_user_id, username, now
    )


# ---------------------------------------------------------------- join requests


async def request_to_join(
    session: AsyncSession,
    *,
    telegram_user_id: int,
    username: str | None,
    name: str,
    unit_id: int,
    now: datetime,
) -> JoinRequest:
    """File a join request and tell every safety officer and admin, with Approve / Reject buttons."""
    if await person_by_telegram_id(session, telegram_user_id) is not None:
        raise PeopleError("您已经注册过了，发送 /me 查看您的信息。")
    unit = await session.get(Unit, unit_id)
    if unit is None or not unit.active:
        raise PeopleError("所选单位不存在，请重新选择")
    pending = await session.scalar(
        select(JoinRequest).where(
            JoinRequest.telegram_user_id == telegram_user_id,
            JoinRequest.status == JoinRequestStatus.PENDING.value,
        )
    )
    if pending is not None:
        raise PeopleError("您的申请已提交，正在等待安全员审核，请耐心等待。")
    request = JoinRequest(
        telegram_user_id=telegram_user_id,
        telegram_username=username,
        name=_clean_name(name),
        unit_id=unit.id,
        created_at=now,
    )
    session.add(request)
    await session.flush()
    units = await all_units(session)
    text = (
        "📝 新的注册申请\n"
        f"姓名：{request.name}\n"
        f"单位：{unit_path(units, unit)}\n"
        + (f"Telegram 用户名：@{username}\n" if username else "")
        + "请核实后批准或拒绝。"
    )
    buttons = [
        [Button("✅ 批准", data=f"join:ok:{request.id}"), Button("❌ 拒绝", data=f"join:no:{request.id}")]
    ]
    for reviewer in await people_with_role(session, Role.SAFETY_OFFICER, Role.ADMIN):
        assert reviewer.telegram_user_id is not None
        await enqueue(
            session,
            reviewer.telegram_user_id,
            Message(text=text, buttons=buttons),
            now=now,
            kind="join_request",
            person_id=reviewer.id,
            dedup_key=f"join:{request.id}:to:{reviewer.id}",
        )
    return request


async def decide_join_request(
    session: AsyncSession, *, request_id: int, reviewer: Person, approve: bool, now: datetime
) -> JoinRequest:
    actor = await actor_for(session, reviewer)
    if not may(actor, Action.DECIDE_JOIN_REQUEST):
        raise PeopleError("只有安全员或管理员可以审核注册申请")
    request = await session.get(JoinRequest, request_id, with_for_update=True)
    if request is None:
        raise PeopleError("找不到该申请")
    if request.status != JoinRequestStatus.PENDING.value:
        raise PeopleError("该申请已处理过了")
    request.decided_by_id = reviewer.id
    request.decided_at = now
    if approve:
        if await person_by_telegram_id(session, request.telegram_user_id) is not None:
            raise PeopleError("该用户已经注册")
        person = await _register(
            session,
            request.name,
            request.unit_id,
            Role.WORKER.value,
            request.telegram_user_id,
            request.telegram_username,
            now,
        )
        request.person_id = person.id
        request.status = JoinRequestStatus.APPROVED.value
        units = await all_units(session)
        unit = next((u for u in units if u.id == request.unit_id), None)
        where = f"「{unit_path(units, unit)}」的" if unit else ""
        text = (
            f"✅ 您的注册申请已通过，已登记为{where}{ROLE_LABELS[Role.WORKER]}。\n"
            "请发送 /start 开始使用：发现隐患可随手拍照上报，有安全规定问题可直接问我。"
        )
    else:
        request.status = JoinRequestStatus.REJECTED.value
        text = "很抱歉，您的注册申请未通过。如有疑问请联系本单位安全员。"
    await enqueue(
        session,
        request.telegram_user_id,
        Message(text=text),
        now=now,
        kind="join_decision",
        dedup_key=f"join:{request.id}:decision",
    )
    return request


def unit_tree_lines(units: list[Unit]) -> list[str]:
    """The unit tree as indented lines, each child under its parent."""
    children: dict[int | None, list[Unit]] = {}
    for unit in units:
        children.setdefault(unit.parent_id, []).append(unit)
    lines: list[str] = []

    def walk(parent_id: int | None, depth: int) -> None:
        for unit in children.get(parent_id, []):
            lines.append("    " * depth + ("• " if depth else "") + unit.name)
            walk(unit.id, depth + 1)

    walk(None, 0)
    return lines
