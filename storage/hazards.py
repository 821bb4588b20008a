"""The hazard ledger's domain operations: 上报 → 研判/分派 → 整改 → 验收 → 销号.

Every operation is a plain async function taking a session, the acting person (a
permissions.Actor), and `now` from the injected clock. Each change of a hazard goes through
`_transition`, which checks permission and the transition table (storage.hazard_flow), writes a
HazardEvent and enqueues the notifications it causes, all in the caller's transaction.

Anonymity: notifications and cards are built from a HazardView whose `reporter` is "匿名" for an
anonymous report; the reporter's id is kept only for their own follow-up and points.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from storage import hazard_cards as cards
from storage.clock import local_date
from storage.hazard_cards import HazardView
from storage.hazard_flow import (
    OP_LABELS,
    OWN_DEADLINE_REFUSAL,
    HazardError,
    HazardNotFound,
    HazardPermissionError,
    Op,
    check,
    check_permission,
    is_own_extension,
    next_status,
    self_extension_refusal,
)
from storage.hazard_numbers import format_hazard_number, resolve_hazard_reference
from storage.models import (
    OPEN_HAZARD_STATUSES,
    ROLE_LABELS,
    ExtensionRequest,
    ExtensionStatus,
    Hazard,
    HazardCategory,
    HazardEvent,
    HazardLevel,
    HazardPhoto,
    HazardSource,
    HazardStatus,
    Person,
    PhotoKind,
    PointAward,
    Role,
    Unit,
)
from storage.outbox import Keyboard, Message, enqueue
from storage.people import (
    PICK_PAGE_SIZE,
    PeoplePage,
    managers_of_unit,
    people_page,
    people_with_role,
    unit_path_of,
    unit_subtree_ids,
)
from storage.permissions import ORGANISATION_WIDE, Action, Actor, may
from storage.photos import PhotoInput, is_telegram_file_id
from storage.spacing import spaced

__all__ = [
    "DEFAULT_POINTS",
    "DEFAULT_ZONE",
    "HazardError",
    "HazardFilters",
    "HazardNotFound",
    "HazardPage",
    "HazardPermissionError",
    "PhotoInput",
    "RankingRow",
    "assign_hazard",
    "decide_extension",
    "describe_people",
    "designate_verifier",
    "extension_approvers",
    "extension_deciders",
    "extension_lapsed",
    "extension_withdrawn_notice",
    "find_open_duplicates",
    "get_hazard",
    "get_hazard_by_number",
    "list_hazards",
    "load_view",
    "mark_duplicate",
    "my_hazards",
    "my_hazards_page",
    "my_points",
    "owner_choices",
    "points_ranking",
    "record_five_fixes",
    "reject_report",
    "remember_photo_file_ids",
    "replace_photo_file_id",
    "report_hazard",
    "request_extension",
    "set_deadline",
    "set_level",
    "submit_rectification",
    "supervise_hazard",
    "verify_hazard",
    "verifier_choices",
    "view_hazard",
]

DEFAULT_ZONE = ZoneInfo("Asia/Shanghai")
DEFAULT_POINTS: dict[str, int] = {HazardLevel.GENERAL.value: 10, HazardLevel.MAJOR.value: 50}
MAX_PHOTOS = 9
NOTICE_KIND = "hazard"


# ---------------------------------------------------------------- notifications


@dataclass
class Notice:
    """One message to one person, built after the change so it shows the new state."""

    person: Person
    message: Message


def _photo_message(text: str, photo: HazardPhoto | None, buttons: Keyboard | None = None) -> Message:
    """A notice with a hazard photo: sent by its file_id, or by our stored copy when Telegram
    refuses the id (the sender then keeps the new id, see `replace_photo_file_id`)."""
    if photo is not None:
        return Message(
            text=cards.clip(text, cards.CAPTION_LIMIT),
            photo=photo.file_id,
            photo_copy=photo.path,
            buttons=buttons or [],
        )
    return Message(text=cards.clip(text, cards.TEXT_LIMIT), buttons=buttons or [])


def _notices(people: Iterable[Person], message: Message, *, skip: int | None = None) -> list[Notice]:
    seen: set[int] = set()
    out: list[Notice] = []
    for person in people:
        if person.id in seen or person.id == skip or not person.active or person.telegram_user_id is None:
            continue
        seen.add(person.id)
        out.append(Notice(person, message))
    return out


async def _person(session: AsyncSession, person_id: int | None) -> Person | None:
    if person_id is None:
        return None
    return await session.get(Person, person_id)


async def _safety_officers(session: AsyncSession) -> list[Person]:
    return await people_with_role(session, Role.SAFETY_OFFICER)


async def _principals(session: AsyncSession) -> list[Person]:
    return await people_with_role(session, Role.PRINCIPAL)


async def _verifiers(session: AsyncSession, hazard: Hazard) -> list[Person]:
    designated = await _person(session, hazard.verifier_id)
    # a verifier who has since become the owner (a ledger from before owner and verifier were
    # kept apart) may not verify: the safety officers are asked instead of nobody
    if designated is not None and designated.active and designated.id != hazard.owner_id:
        return [designated]
    return await _safety_officers(session)


# ---------------------------------------------------------------- the one transition function

NoticeBuilder = Callable[[], Awaitable[list[Notice]]]


async def _transition(
    session: AsyncSession,
    hazard: Hazard,
    actor: Actor,
    op: Op,
    *,
    now: datetime,
    note: str | None = None,
    data: dict[str, Any] | None = None,
    apply: Callable[[], None] | None = None,
    notify: NoticeBuilder | None = None,
    owner_id: int | None = None,
    verifier_id: int | None = None,
    consequence: bool = False,
) -> HazardEvent:
    """Check permission and the table, change the hazard, write the event, enqueue notices.

    An op that names the owner or the verifier passes them (`owner_id`, `verifier_id`) so the
    separation of duties is checked on what the hazard becomes, before anything changes. A
    `consequence` of another op (withdrawing a request that lapsed with it) is checked against
    the table only: the op that caused it was checked against the presser's permission.

    An op that takes the hazard out of 整改中 first withdraws its undecided extension request:
    there is no deadline left to extend (see `_withdraw_extension`).
    """
    current = None if op == Op.REPORT else HazardStatus(hazard.status)
    scope = None if op == Op.REPORT else cards.scope_of(hazard)
    becomes = None
    if scope is not None and (owner_id is not None or verifier_id is not None):
        becomes = replace(
            scope,
            owner_id=owner_id if owner_id is not None else scope.owner_id,
            verifier_id=verifier_id if verifier_id is not None else scope.verifier_id,
        )
    if consequence:
        target = next_status(current, op)
    else:
        # a report is not yet in anyone's reach: only the role decides who may file one
        target = check(actor, op, current, scope, becomes=becomes)
    if current == HazardStatus.ASSIGNED and target != HazardStatus.ASSIGNED:
        for request in await _pending_extensions(session, hazard.id):
            await _withdraw_extension(session, hazard, request, actor=actor, now=now, cause=op)
    if apply is not None:
        apply()
    hazard.status = target.value
    hazard.updated_at = now
    await session.flush()  # the hazard needs its id before the event refers to it
    event = HazardEvent(
        hazard_id=hazard.id,
        actor_id=actor.person_id,
        action=op.value,
        from_status=current.value if current else None,
        to_status=target.value,
        note=note,
        data=data,
        created_at=now,
    )
    session.add(event)
    await session.flush()
    if notify is not None:
        for notice in await notify():
            assert notice.person.telegram_user_id is not None
            await enqueue(
                session,
                notice.person.telegram_user_id,
                notice.message,
                now=now,
                kind=NOTICE_KIND,
                person_id=notice.person.id,
            )
    return event


async def _locked(session: AsyncSession, hazard_id: int) -> Hazard:
    """The hazard, row-locked on PostgreSQL so two presses of one button serialise."""
    statement = select(Hazard).where(Hazard.id == hazard_id)
    if session.get_bind().dialect.name == "postgresql":
        statement = statement.with_for_update()
    hazard = await session.scalar(statement.execution_options(populate_existing=True))
    if hazard is None:
        raise HazardNotFound("找不到该隐患，可能已被删除")
    return hazard


def _today(now: datetime, zone: ZoneInfo) -> date:
    return local_date(now, zone)


def _required(text: str | None, message: str) -> str:
    cleaned = (text or "").strip()
    if not cleaned:
        raise HazardError(message)
    return cleaned


# ---------------------------------------------------------------- views


async def load_view(session: AsyncSession, hazard: Hazard, *, viewer_id: int | None = None) -> HazardView:
    """The hazard with names, photos and timeline resolved; anonymity applied for this viewer."""
    photos = list(
        await session.scalars(
            select(HazardPhoto).where(HazardPhoto.hazard_id == hazard.id).order_by(HazardPhoto.id)
        )
    )
    events = list(
        await session.scalars(
            select(HazardEvent).where(HazardEvent.hazard_id == hazard.id).order_by(HazardEvent.id)
        )
    )
    person_ids = {e.actor_id for e in events if e.actor_id is not None}
    person_ids |= {
        i for i in (hazard.owner_id, hazard.reporter_id, hazard.supervisor_id, hazard.verifier_id) if i
    }
    names: dict[int, str] = {}
    if person_ids:
        names = dict(
            (await session.execute(select(Person.id, Person.name).where(Person.id.in_(person_ids)))).all()
        )
    unit_name = await unit_path_of(session, hazard.unit_id)

    def display(person_id: int | None) -> str:
        if person_id is None:
            return "系统"
        if hazard.anonymous and person_id == hazard.reporter_id:
            return cards.ANONYMOUS
        return names.get(person_id, "未知")

    reporter = cards.ANONYMOUS if hazard.anonymous else names.get(hazard.reporter_id or 0, "未知")
    if hazard.anonymous and viewer_id is not None and viewer_id == hazard.reporter_id:
        reporter = "匿名（您本人）"
    supervisor = hazard.supervisor_name or (names.get(hazard.supervisor_id) if hazard.supervisor_id else None)
    duplicate_of = None
    if hazard.duplicate_of_id is not None:
        duplicate_of = await session.scalar(select(Hazard.number).where(Hazard.id == hazard.duplicate_of_id))
    pending = (
        await session.execute(
            select(ExtensionRequest.id, ExtensionRequest.requested_by_id).where(
                ExtensionRequest.hazard_id == hazard.id,
                ExtensionRequest.status == ExtensionStatus.PENDING.value,
            )
        )
    ).first()
    return HazardView(
        hazard=hazard,
        unit_name=unit_name,
        owner_name=names.get(hazard.owner_id) if hazard.owner_id else None,
        reporter=reporter,
        supervisor=supervisor,
        verifier_name=names.get(hazard.verifier_id) if hazard.verifier_id else None,
        duplicate_of_number=duplicate_of,
        photos=photos,
        events=[
            cards.EventView(
                action=e.action,
                from_status=e.from_status,
                to_status=e.to_status,
                note=e.note,
                actor=display(e.actor_id),
                created_at=e.created_at,
            )
            for e in events
        ],
        pending_extension_id=pending[0] if pending else None,
        pending_extension_requester_id=pending[1] if pending else None,
    )


async def remember_photo_file_ids(session: AsyncSession, file_ids: Mapping[int, str]) -> None:
    """Keep the Telegram file_id a stored copy got when it was uploaded, so it is uploaded only once.

    Only the reference changes: file_unique_id stays the one the reporter's file had, because
    duplicate detection compares what people send.
    """
    for photo_id, file_id in file_ids.items():
        photo = await session.get(HazardPhoto, photo_id)
        if photo is not None and is_telegram_file_id(file_id):
            photo.file_id = file_id


async def replace_photo_file_id(session: AsyncSession, *, path: str, refused: str, file_id: str) -> int:
    """Telegram refused `refused` (another bot token, an expired file) and the stored copy at
    `path` was uploaded instead, getting `file_id`: every photo kept with that id and copy now
    refers to the upload, so it is not refused (and uploaded) again. Returns the photos changed."""
    if not is_telegram_file_id(file_id) or file_id == refused:
        return 0
    photos = await session.scalars(
        select(HazardPhoto).where(HazardPhoto.path == path, HazardPhoto.file_id == refused)
    )
    changed = 0
    for photo in photos:
        photo.file_id = file_id
        changed += 1
    return changed


# ---------------------------------------------------------------- reporting


async def find_open_duplicates(
    session: AsyncSession, photos: Sequence[PhotoInput], *, exclude_hazard_id: int | None = None
) -> list[str]:
    """Numbers of open hazards that already hold one of these photos (same file or same pixels)."""
    unique_ids = [p.file_unique_id for p in photos]
    digests = [p.stored.sha256 for p in photos if p.stored is not None]
    match: ColumnElement[bool] = HazardPhoto.file_unique_id.in_(unique_ids)
    if digests:
        match = or_(match, HazardPhoto.sha256.in_(digests))
    statement = (
        select(Hazard.number)
        .join(HazardPhoto, HazardPhoto.hazard_id == Hazard.id)
        .where(match, Hazard.status.in_([s.value for s in OPEN_HAZARD_STATUSES]))
        .distinct()
    )
    if exclude_hazard_id is not None:
        statement = statement.where(Hazard.id != exclude_hazard_id)
    return sorted(n for n in (await session.scalars(statement)) if n)


def _photo_row(hazard_id: int, photo: PhotoInput, kind: PhotoKind, now: datetime) -> HazardPhoto:
    stored = photo.stored
    return HazardPhoto(
        hazard_id=hazard_id,
        kind=kind.value,
        file_id=photo.file_id,
        file_unique_id=photo.file_unique_id,
        sha256=stored.sha256 if stored else None,
        path=stored.path if stored else None,
        size=stored.size if stored else None,
        width=stored.width if stored else None,
        height=stored.height if stored else None,
        created_at=now,
    )


async def report_hazard(
    session: AsyncSession,
    *,
    reporter: Actor,
    description: str,
    category: HazardCategory | str = HazardCategory.OTHER,
    unit_id: int | None,
    location_text: str | None = None,
    latitude: float | None = None,
    longitude: float | None = None,
    photos: Sequence[PhotoInput] = (),
    anonymous: bool = False,
    source: HazardSource | str = HazardSource.REPORT,
    now: datetime,
    zone: ZoneInfo = DEFAULT_ZONE,
) -> Hazard:
    """File a hazard: the hazard, its photos, its first event and its notifications, one transaction.

    Safety officers and the unit's manager get the first photo with triage buttons.
    """
    source = HazardSource(source)
    category = HazardCategory(category)
    description = _required(description, "请描述隐患情况")
    if source != HazardSource.REPORT:
        check_permission(reporter, Op.REPORT, None)
        if not may(reporter, Action.FILE_CHECK_ENTRY):
            raise HazardPermissionError("只有安全员可以登记自查或督查发现的隐患")
        anonymous = False  # an officer's own check entry is never a whistle-blow
    if len(photos) > MAX_PHOTOS:
        raise HazardError(f"每条隐患最多 {MAX_PHOTOS} 张照片")
    if unit_id is not None and await session.get(Unit, unit_id) is None:
        raise HazardError("所选单位不存在")
    duplicates = await find_open_duplicates(session, photos) if photos else []
    hazard = Hazard(
        status=HazardStatus.REPORTED.value,
        source=source.value,
        category=category.value,
        description=description,
        location_text=(location_text or "").strip()[:200] or None,
        latitude=latitude,
        longitude=longitude,
        unit_id=unit_id,
        reporter_id=reporter.person_id,
        anonymous=anonymous,
        created_at=now,
        updated_at=now,
    )
    session.add(hazard)

    async def notify() -> list[Notice]:
        view = await load_view(session, hazard)
        title = "📌 新隐患待研判"  # its source is said once, on the card's 来源 line
        extra = f"⚠ 照片与未销号隐患 {'、'.join(duplicates)} 相同，可能重复" if duplicates else None
        text = cards.caption(view, title, _today(now, zone), extra=extra)
        first = view.before_photos[0] if view.before_photos else None
        message = _photo_message(text, first, cards.triage_buttons(hazard.id))
        recipients = await _safety_officers(session)
        if unit_id is not None:
            recipients += await managers_of_unit(session, unit_id)
        # not to the reporter: an officer or manager filing one is offered its triage in the reply
        return _notices(recipients, message, skip=reporter.person_id)

    await session.flush()
    hazard.number = format_hazard_number(_today(now, zone).year, hazard.id)
    for photo in photos:
        session.add(_photo_row(hazard.id, photo, PhotoKind.BEFORE, now))
    await session.flush()
    data = {"duplicates": duplicates} if duplicates else None
    await _transition(session, hazard, reporter, Op.REPORT, now=now, data=data, notify=notify)
    return hazard


# ---------------------------------------------------------------- triage


async def set_level(
    session: AsyncSession,
    hazard_id: int,
    level: HazardLevel | str,
    *,
    actor: Actor,
    now: datetime,
    zone: ZoneInfo = DEFAULT_ZONE,
) -> Hazard:
    """一般 / 重大. Becoming major tells the principal(s) and asks for the five fixes."""
    level = HazardLevel(level)
    hazard = await _locked(session, hazard_id)
    became_major = level == HazardLevel.MAJOR and hazard.level != HazardLevel.MAJOR.value

    def apply() -> None:
        hazard.level = level.value

    async def notify() -> list[Notice]:
        if not became_major:
            return []
        view = await load_view(session, hazard)
        text = cards.caption(view, "🚨 重大事故隐患，请督促落实五落实", _today(now, zone))
        first = view.before_photos[0] if view.before_photos else None
        message = _photo_message(text, first, cards.major_buttons(hazard))
        return _notices(await _principals(session), message, skip=actor.person_id)

    await _transition(
        session,
        hazard,
        actor,
        Op.SET_LEVEL,
        now=now,
        note=cards.level_label(level.value),
        apply=apply,
        notify=notify,
    )
    return hazard


async def assign_hazard(
    session: AsyncSession,
    hazard_id: int,
    *,
    owner_id: int,
    deadline: date | None = None,
    actor: Actor,
    now: datetime,
    zone: ZoneInfo = DEFAULT_ZONE,
) -> Hazard:
    """Name the rectification owner (and deadline, unless one is already set); the owner gets the card."""
    hazard = await _locked(session, hazard_id)
    # permission first: one who may not assign learns nothing of the person a forged button names
    check_permission(actor, Op.ASSIGN, cards.scope_of(hazard))
    owner = await session.get(Person, owner_id)
    if owner is None or not owner.active:
        raise HazardError("所选整改责任人不存在或已停用")
    if owner.telegram_user_id is None:
        raise HazardError(spaced(owner.name, "还没有登录机器人，收不到整改通知，请另选责任人"))
    if actor.role not in ORGANISATION_WIDE and owner.unit_id not in actor.unit_ids:
        raise HazardPermissionError("只能指派本单位（含下属单位）的人员整改")
    today = _today(now, zone)
    new_deadline = deadline or hazard.deadline
    if new_deadline is None:
        raise HazardError("请先设定整改期限")
    if deadline is not None and deadline < today:
        raise HazardError("整改期限不能早于今天")
    if (
        owner.id == actor.person_id
        and hazard.owner_id is not None
        and hazard.deadline is not None
        and new_deadline != hazard.deadline
    ):
        # taking over an assigned hazard with a later deadline would be an extension without approval
        raise HazardPermissionError(OWN_DEADLINE_REFUSAL)
    previous_owner_id = hazard.owner_id
    # a new owner: the previous one's undecided extension request no longer stands
    lapsing = (
        await _pending_extensions(session, hazard.id, other_than=owner.id)
        if owner.id != previous_owner_id
        else []
    )
    lapsed_own = [r for r in lapsing if r.requested_by_id == previous_owner_id]

    def apply() -> None:
        hazard.owner_id = owner.id
        hazard.deadline = new_deadline
        if hazard.level is None:
            hazard.level = HazardLevel.GENERAL.value

    async def notify() -> list[Notice]:
        view = await load_view(session, hazard)
        text = cards.caption(view, "🛠 您被指派为隐患整改责任人", today)
        first = view.before_photos[0] if view.before_photos else None
        out = _notices([owner], _photo_message(text, first, cards.owner_buttons(hazard.id)))
        if previous_owner_id is not None and previous_owner_id != owner.id:
            old = await _person(session, previous_owner_id)
            if old is not None:
                text = f"隐患 {hazard.number} 已改派他人整改，您无需再处理。"
                for request in lapsed_own:
                    text += (
                        f"\n您提交的延期申请（申请延至 {request.new_deadline.isoformat()}）"
                        "因隐患改派已撤销，不再审批。"
                    )
                out += _notices([old], Message(text=text))
        if previous_owner_id is None:
            out += await _reporter_notice(
                session, hazard, f"您上报的隐患 {hazard.number} 已受理，正在安排整改。"
            )
        return out

    await _transition(
        session,
        hazard,
        actor,
        Op.ASSIGN,
        now=now,
        note=f"{owner.name}，期限 {new_deadline.isoformat()}",
        data={"owner_id": owner.id, "deadline": new_deadline.isoformat()},
        apply=apply,
        notify=notify,
        owner_id=owner.id,
    )
    for request in lapsing:
        await _withdraw_extension(session, hazard, request, actor=actor, now=now, cause=Op.ASSIGN)
    return hazard


async def _near(session: AsyncSession, hazard: Hazard, *, officers: bool) -> ColumnElement[bool]:
    """Who a picker for this hazard lists first: the people of its unit and the units below it and
    its manager(s); the safety officers and admins too when asked, or when it has no unit."""
    near: list[ColumnElement[bool]] = []
    if hazard.unit_id is not None:
        near.append(Person.unit_id.in_(await unit_subtree_ids(session, hazard.unit_id)))
        managers = [m.id for m in await managers_of_unit(session, hazard.unit_id)]
        if managers:
            near.append(Person.id.in_(managers))
    if officers or hazard.unit_id is None:
        near.append(Person.role.in_([Role.SAFETY_OFFICER.value, Role.ADMIN.value]))
    return or_(*near)


async def owner_choices(
    session: AsyncSession,
    hazard: Hazard,
    *,
    actor: Actor,
    search: str | None = None,
    page: int = 1,
    size: int = PICK_PAGE_SIZE,
) -> PeoplePage:
    """A page of the people `actor` may name as the hazard's owner: everyone registered (a manager:
    the people of their units), the hazard's unit first, then by name; never its named verifier.
    `search` narrows it to the people found by part of their name or phone (`search_filter`)."""
    return await people_page(
        session,
        first=await _near(session, hazard, officers=False),
        within_units=None if actor.role in ORGANISATION_WIDE else actor.unit_ids,
        exclude=[hazard.verifier_id],
        search=search,
        page=page,
        size=size,
    )


async def verifier_choices(
    session: AsyncSession,
    hazard: Hazard,
    *,
    search: str | None = None,
    page: int = 1,
    size: int = PICK_PAGE_SIZE,
) -> PeoplePage:
    """A page of the people who may be named the hazard's verifier: everyone registered but its
    owner, the hazard's unit, its manager(s) and the safety officers first, then by name.
    `search` narrows it like `owner_choices`."""
    return await people_page(
        session,
        first=await _near(session, hazard, officers=True),
        exclude=[hazard.owner_id],
        search=search,
        page=page,
        size=size,
    )


async def _pending_extensions(
    session: AsyncSession, hazard_id: int, *, other_than: int | None = None
) -> list[ExtensionRequest]:
    """The hazard's undecided extension requests (at most one), except those `other_than` made."""
    statement = select(ExtensionRequest).where(
        ExtensionRequest.hazard_id == hazard_id, ExtensionRequest.status == ExtensionStatus.PENDING.value
    )
    if other_than is not None:
        statement = statement.where(ExtensionRequest.requested_by_id != other_than)
    return list(await session.scalars(statement.order_by(ExtensionRequest.id)))


def _lapse_note(request: ExtensionRequest, cause: Op) -> str:
    """Why the request was withdrawn, as the hazard's history says it."""
    until = request.new_deadline.isoformat()
    if cause == Op.ASSIGN:
        return f"原责任人的延期申请（延至 {until}）因隐患改派而撤销"
    if cause == Op.SUBMIT_RECTIFICATION:
        return f"延期申请（延至 {until}）因整改已提交而撤销"
    return f"延期申请（延至 {until}）因隐患{OP_LABELS.get(cause, '不再整改')}而撤销"


async def _withdraw_extension(
    session: AsyncSession,
    hazard: Hazard,
    request: ExtensionRequest,
    *,
    actor: Actor,
    now: datetime,
    cause: Op,
) -> None:
    """An undecided request lapses: the hazard changed owner (`cause` ASSIGN) or is leaving 整改中
    (the rectification was submitted, or it is closed). It is closed as superseded (not refused:
    nobody decided it) with its own event in the hazard's history, while the hazard is 整改中.

    A re-assignment's notice tells the previous owner; the approvers who were asked (as stored with
    the request when it was filed, `_asked`) get one short notice saying it lapsed and why (not the
    one whose op withdrew it: they know); any who press its
    buttons are told it no longer stands (`decide_extension`); the owner (new, or after a rework)
    files a new one.
    """
    asked = await _asked(session, hazard, request)

    def apply() -> None:
        request.status = ExtensionStatus.SUPERSEDED.value
        request.decided_at = now

    async def notify() -> list[Notice]:
        requester = await _person(session, request.requested_by_id)
        text = extension_withdrawn_notice(
            hazard.number, requester.name if requester else None, request.new_deadline, cause
        )
        return _notices(asked, Message(text=text), skip=actor.person_id)

    await _transition(
        session,
        hazard,
        actor,
        Op.WITHDRAW_EXTENSION,
        now=now,
        note=_lapse_note(request, cause),
        data={"extension_id": request.id, "cause": cause.value},
        apply=apply,
        notify=notify,
        consequence=True,
    )


def extension_withdrawn_notice(number: str | None, requester: str | None, until: date, cause: Op) -> str:
    """Told to the approvers of a request when it lapses, so nobody is left holding its buttons."""
    if cause == Op.ASSIGN:
        why = "隐患已改派他人整改"
    elif cause == Op.SUBMIT_RECTIFICATION:
        why = "整改已提交"
    else:
        why = "隐患已不在整改中"
    who = spaced(requester, "提交的") if requester else ""
    return f"ℹ️ 隐患 {number or ''} {who}延期申请（申请延至 {until.isoformat()}）已撤销：{why}，无需再审批。"


async def _lapse_cause(session: AsyncSession, request: ExtensionRequest) -> Op:
    """What withdrew a superseded request (its 撤销延期申请 event; those before causes were
    recorded were re-assignments)."""
    events = await session.scalars(
        select(HazardEvent.data).where(
            HazardEvent.hazard_id == request.hazard_id, HazardEvent.action == Op.WITHDRAW_EXTENSION.value
        )
    )
    for data in events:
        if isinstance(data, dict) and data.get("extension_id") == request.id:
            try:
                return Op(data.get("cause", Op.ASSIGN.value))
            except ValueError:
                break
    return Op.ASSIGN


def extension_lapsed(number: str | None, cause: Op = Op.ASSIGN) -> str:
    """Said to whoever presses to decide a request that lapsed: its hazard was re-assigned, or
    left 整改中 (`cause`: the rectification was submitted, or it was closed)."""
    if cause == Op.ASSIGN:
        return (
            f"该延期申请已失效：隐患 {number or ''} 已改派他人整改，原责任人的延期申请随之撤销，无需审批。"
            "新责任人如需延期，会另行提交申请。"
        )
    if cause == Op.SUBMIT_RECTIFICATION:
        return (
            f"该延期申请已失效：隐患 {number or ''} 的整改已提交，延期申请随之撤销，无需审批。"
            "如退回整改后仍需延期，责任人会重新申请。"
        )
    return f"该延期申请已失效：隐患 {number or ''} 已不在整改中，延期申请随之撤销，无需审批。"


async def _reporter_notice(
    session: AsyncSession, hazard: Hazard, text: str, photo: HazardPhoto | None = None
) -> list[Notice]:
    reporter = await _person(session, hazard.reporter_id)
    if reporter is None:
        return []
    return _notices([reporter], _photo_message(text, photo))


async def set_deadline(
    session: AsyncSession,
    hazard_id: int,
    deadline: date,
    *,
    actor: Actor,
    now: datetime,
    zone: ZoneInfo = DEFAULT_ZONE,
) -> Hazard:
    hazard = await _locked(session, hazard_id)
    if deadline < _today(now, zone):
        raise HazardError("整改期限不能早于今天")

    def apply() -> None:
        hazard.deadline = deadline

    async def notify() -> list[Notice]:
        owner = await _person(session, hazard.owner_id)
        if owner is None:
            return []
        return _notices(
            [owner], Message(text=f"隐患 {hazard.number} 的整改期限改为 {deadline.isoformat()}。")
        )

    await _transition(
        session,
        hazard,
        actor,
        Op.SET_DEADLINE,
        now=now,
        note=deadline.isoformat(),
        apply=apply,
        notify=notify,
    )
    return hazard


async def reject_report(
    session: AsyncSession, hazard_id: int, *, reason: str, actor: Actor, now: datetime
) -> Hazard:
    """Judge a report invalid (无效举报); the reporter is told why."""
    reason = _required(reason, "请填写判定为无效的理由")
    hazard = await _locked(session, hazard_id)

    async def notify() -> list[Notice]:
        return await _reporter_notice(
            session, hazard, f"您上报的隐患 {hazard.number} 经核实判定为无效。\n理由：{reason}"
        )

    await _transition(session, hazard, actor, Op.REJECT, now=now, note=reason, notify=notify)
    return hazard


async def mark_duplicate(
    session: AsyncSession,
    hazard_id: int,
    *,
    of_number: str,
    actor: Actor,
    now: datetime,
    zone: ZoneInfo = DEFAULT_ZONE,
) -> Hazard:
    """Mark a report as a duplicate of an earlier hazard, named as people type numbers (`123` too)."""
    hazard = await _locked(session, hazard_id)
    original = await resolve_hazard_reference(session, of_number, today=_today(now, zone))
    if original.id == hazard.id:
        raise HazardError("不能标记为与自身重复")
    if original.status in (HazardStatus.INVALID.value, HazardStatus.DUPLICATE.value):
        raise HazardError(f"{original.number} 本身是无效或重复隐患，请选择原始隐患编号")

    def apply() -> None:
        hazard.duplicate_of_id = original.id

    async def notify() -> list[Notice]:
        return await _reporter_notice(
            session,
            hazard,
            f"您上报的隐患 {hazard.number} 与已登记的 {original.number} 重复，将合并跟进，感谢反映。",
        )

    await _transition(
        session,
        hazard,
        actor,
        Op.MARK_DUPLICATE,
        now=now,
        note=f"重复于 {original.number}",
        apply=apply,
        notify=notify,
    )
    return hazard


# ---------------------------------------------------------------- major hazards


async def record_five_fixes(
    session: AsyncSession,
    hazard_id: int,
    *,
    measures: str,
    funds: str,
    contingency_plan: str,
    actor: Actor,
    now: datetime,
    zone: ZoneInfo = DEFAULT_ZONE,
) -> Hazard:
    """五落实 for a major hazard: measures, funds, contingency plan (owner and deadline via assign)."""
    measures = _required(measures, "请填写整改措施")
    funds = _required(funds, "请填写整改资金")
    contingency_plan = _required(contingency_plan, "请填写应急预案")
    hazard = await _locked(session, hazard_id)
    if hazard.level != HazardLevel.MAJOR.value and hazard.status in (s.value for s in OPEN_HAZARD_STATUSES):
        raise HazardError("五落实适用于重大隐患，请先将等级设为重大隐患")

    def apply() -> None:
        hazard.measures = measures
        hazard.funds = funds[:100]
        hazard.contingency_plan = contingency_plan

    async def notify() -> list[Notice]:
        view = await load_view(session, hazard)
        text = cards.card_text(view, today=_today(now, zone), zone=zone)
        message = Message(text=f"📋 重大隐患五落实已登记\n{text}")
        people = await _principals(session)
        owner = await _person(session, hazard.owner_id)
        if owner is not None:
            people.append(owner)
        return _notices(people, message, skip=actor.person_id)

    await _transition(
        session,
        hazard,
        actor,
        Op.FIVE_FIXES,
        now=now,
        note=f"措施：{cards.clip(measures, 60)}；资金：{funds[:100]}",
        apply=apply,
        notify=notify,
    )
    return hazard


async def supervise_hazard(
    session: AsyncSession,
    hazard_id: int,
    *,
    supervisor_id: int | None = None,
    supervisor_name: str | None = None,
    actor: Actor,
    now: datetime,
    zone: ZoneInfo = DEFAULT_ZONE,
) -> Hazard:
    """挂牌督办: a major hazard is put under listed supervision, the supervising person recorded."""
    hazard = await _locked(session, hazard_id)
    if hazard.level != HazardLevel.MAJOR.value and hazard.status in (s.value for s in OPEN_HAZARD_STATUSES):
        raise HazardError("挂牌督办适用于重大隐患，请先将等级设为重大隐患")
    supervisor = await _person(session, supervisor_id)
    if supervisor_id is not None and supervisor is None:
        raise HazardError("所选督办人不存在")
    name = (supervisor.name if supervisor else (supervisor_name or "").strip()) or None
    if name is None:
        raise HazardError("请指定督办人")

    def apply() -> None:
        hazard.supervised = True
        hazard.supervisor_id = supervisor.id if supervisor else None
        hazard.supervisor_name = None if supervisor else name[:100]

    async def notify() -> list[Notice]:
        people = await _principals(session)
        for person_id in (hazard.owner_id, hazard.supervisor_id):
            person = await _person(session, person_id)
            if person is not None:
                people.append(person)
        owner_name = owner.name if (owner := await _person(session, hazard.owner_id)) else None
        return [
            notice
            for person in {person.id: person for person in people}.values()  # each once, in their part
            for notice in _notices(
                [person],
                Message(text=supervision_notice(hazard, name, owner_name, person.id)),
                skip=actor.person_id,
            )
        ]

    await _transition(
        session, hazard, actor, Op.SUPERVISE, now=now, note=f"督办人：{name}", apply=apply, notify=notify
    )
    return hazard


def supervision_notice(hazard: Hazard, supervisor: str, owner_name: str | None, person_id: int) -> str:
    """挂牌督办 told to each in their part: the owner rectifies it on time; the supervising person
    and the principal do not rectify it themselves, they follow it and press for it."""
    head = f"🔴 隐患 {hazard.number} 已挂牌督办"
    if person_id == hazard.owner_id:
        return f"{head}，督办人：{supervisor}。请按期整改。"
    if owner_name is None:
        press = "请督促尽快指派整改责任人、落实整改。"
    else:
        deadline = f"，整改期限 {hazard.deadline.isoformat()}" if hazard.deadline else ""
        press = f"整改责任人：{owner_name}{deadline}。请关注整改进度，督促按期完成整改。"
    if person_id == hazard.supervisor_id:
        return f"{head}，由您督办。{press}"
    return f"{head}，督办人：{supervisor}。{press}"


async def designate_verifier(
    session: AsyncSession,
    hazard_id: int,
    *,
    verifier_id: int,
    actor: Actor,
    now: datetime,
    zone: ZoneInfo = DEFAULT_ZONE,
) -> Hazard:
    """Name the person who verifies this hazard (besides the safety officers); they are told.

    Like an owner (`assign_hazard`), the verifier is someone registered and active whom the bot
    can reach — a forged button naming anyone else changes nothing — and never the hazard's owner.
    """
    hazard = await _locked(session, hazard_id)
    # permission and state first: one who may not name a verifier learns nothing of the person
    check(actor, Op.SET_VERIFIER, HazardStatus(hazard.status), cards.scope_of(hazard))
    verifier = await session.get(Person, verifier_id)
    if verifier is None or not verifier.active:
        raise HazardError("所选验收人不存在或已停用，请另选验收人")
    if verifier.telegram_user_id is None:
        raise HazardError(spaced(verifier.name, "还没有登录机器人，收不到验收通知，请另选验收人"))

    def apply() -> None:
        hazard.verifier_id = verifier.id

    async def notify() -> list[Notice]:
        view = await load_view(session, hazard)
        if hazard.status == HazardStatus.RECTIFIED.value:
            text = cards.caption(view, "🔍 您被指定为验收人，整改已提交，请验收", _today(now, zone))
            latest = view.after_photos[-1] if view.after_photos else None
            return _notices([verifier], _photo_message(text, latest, cards.verify_buttons(hazard.id)))
        text = cards.caption(view, "🔍 您被指定为该隐患的验收人，整改提交后会通知您", _today(now, zone))
        first = view.before_photos[0] if view.before_photos else None
        return _notices([verifier], _photo_message(text, first), skip=actor.person_id)

    await _transition(
        session,
        hazard,
        actor,
        Op.SET_VERIFIER,
        now=now,
        note=verifier.name,
        apply=apply,
        notify=notify,
        verifier_id=verifier.id,  # never the owner: checked there, with the permission
    )
    return hazard


# ---------------------------------------------------------------- rectification


async def submit_rectification(
    session: AsyncSession,
    hazard_id: int,
    *,
    after_photos: Sequence[PhotoInput],
    note: str | None = None,
    actor: Actor,
    now: datetime,
    zone: ZoneInfo = DEFAULT_ZONE,
) -> Hazard:
    """The owner reports the fix with after-photos (required); the verifier gets close / send-back."""
    hazard = await _locked(session, hazard_id)
    check(actor, Op.SUBMIT_RECTIFICATION, HazardStatus(hazard.status), cards.scope_of(hazard))
    if not after_photos:
        raise HazardError("请至少上传一张整改后的照片")
    if len(after_photos) > MAX_PHOTOS:
        raise HazardError(f"整改照片最多 {MAX_PHOTOS} 张")
    cleaned_note = (note or "").strip() or None
    for photo in after_photos:
        session.add(_photo_row(hazard.id, photo, PhotoKind.AFTER, now))

    def apply() -> None:
        hazard.rectification_note = cleaned_note
        hazard.rectified_at = now

    async def notify() -> list[Notice]:
        view = await load_view(session, hazard)
        extra = f"整改说明：{cleaned_note}" if cleaned_note else None
        text = cards.caption(view, "✅ 整改已提交，请验收", _today(now, zone), extra=extra)
        latest = view.after_photos[-1] if view.after_photos else None
        message = _photo_message(text, latest, cards.verify_buttons(hazard.id))
        return _notices(await _verifiers(session, hazard), message, skip=actor.person_id)

    await _transition(
        session,
        hazard,
        actor,
        Op.SUBMIT_RECTIFICATION,
        now=now,
        note=cleaned_note,
        data={"photos": len(after_photos)},
        apply=apply,
        notify=notify,
    )
    return hazard


NO_EXTENSION_APPROVER = (
    "延期须由他人审批，但目前没有其他安全员、隐患所在单位的负责人或主要负责人登录机器人，"
    "申请无法送达。请联系管理员安排审批人后再申请；在此之前请按原期限整改。"
)
APPROVERS_NAMED = 5


@dataclass
class Approvers:
    """Who is asked to decide an extension request, and whether they stand in for the officers."""

    people: list[Person]
    stand_in: bool = False  # no other safety officer: the unit's manager, the principal or an admin


async def extension_approvers(
    session: AsyncSession, hazard: Hazard, *, requester_id: int | None, owner_id: int | None = None
) -> Approvers:
    """Who decides an extension of `hazard`: never the one who asked, nor the hazard's owner.

    The safety officers decide. When there is no other (the requester is the only one, or the
    organisation has none registered), the manager(s) of the hazard's unit — or of the nearest
    unit above that has one — and the principal(s) decide; failing those, the admins. All of them
    may set the hazard's deadline anyway (storage.permissions), so none gains a power here.
    """
    excluded = {requester_id, owner_id or hazard.owner_id}  # owner_id: the owner when it was asked

    def others(people: Iterable[Person]) -> list[Person]:
        seen: set[int] = set()
        out = []
        for person in people:
            if person.id not in excluded and person.id not in seen:
                seen.add(person.id)
                out.append(person)
        return out

    officers = others(await _safety_officers(session))
    if officers:
        return Approvers(officers)
    stand_ins = await managers_of_unit(session, hazard.unit_id) if hazard.unit_id is not None else []
    stand_ins = others([*stand_ins, *await _principals(session)])
    if not stand_ins:
        stand_ins = others(await people_with_role(session, Role.ADMIN))
    return Approvers(stand_ins, stand_in=True)


def describe_people(people: Sequence[Person], limit: int = APPROVERS_NAMED) -> str:
    """'安全员老周（安全员）、…' for a message: names with their role, the first `limit` of them."""
    named = [f"{p.name}（{ROLE_LABELS[Role(p.role)]}）" for p in people[:limit]]
    text = "、".join(named)
    if len(people) > limit:
        text += f"等 {len(people)} 人"
    return text


async def request_extension(
    session: AsyncSession,
    hazard_id: int,
    *,
    new_deadline: date,
    reason: str,
    actor: Actor,
    now: datetime,
    zone: ZoneInfo = DEFAULT_ZONE,
) -> ExtensionRequest:
    """The owner asks for more time; someone else decides (see `extension_approvers`).

    With nobody else to decide, nothing is filed and the owner is told so.
    """
    reason = _required(reason, "请填写延期理由")
    hazard = await _locked(session, hazard_id)
    check(actor, Op.REQUEST_EXTENSION, HazardStatus(hazard.status), cards.scope_of(hazard))
    if hazard.deadline is not None and new_deadline <= hazard.deadline:
        raise HazardError(f"新期限须晚于当前期限 {hazard.deadline.isoformat()}")
    if new_deadline <= _today(now, zone):
        raise HazardError("新期限须晚于今天")
    pending = await session.scalar(
        select(ExtensionRequest.id).where(
            ExtensionRequest.hazard_id == hazard.id, ExtensionRequest.status == ExtensionStatus.PENDING.value
        )
    )
    if pending is not None:
        raise HazardError("已有一条延期申请正在审批，请等待结果")
    approvers = await extension_approvers(session, hazard, requester_id=actor.person_id)
    if not approvers.people:
        raise HazardError(NO_EXTENSION_APPROVER)
    request = ExtensionRequest(
        hazard_id=hazard.id,
        requested_by_id=actor.person_id,
        new_deadline=new_deadline,
        reason=reason,
        status=ExtensionStatus.PENDING.value,
        created_at=now,
        asked_ids=[p.id for p in approvers.people],
    )
    session.add(request)
    await session.flush()

    async def notify() -> list[Notice]:
        requester = await _person(session, actor.person_id)
        text = (
            f"⏳ 隐患 {hazard.number} 申请延期\n申请人：{requester.name if requester else '未知'}\n"
            f"当前期限：{hazard.deadline or '未设定'} → 申请延至：{new_deadline.isoformat()}\n"
            f"理由：{reason}\n已延期 {hazard.extension_count} 次"
        )
        if approvers.stand_in:
            text += "\n没有其他安全员可以审批这条申请，请您审批。"
        message = Message(text=text, buttons=cards.extension_buttons(request.id))
        return _notices(approvers.people, message, skip=actor.person_id)

    await _transition(
        session,
        hazard,
        actor,
        Op.REQUEST_EXTENSION,
        now=now,
        note=f"申请延至 {new_deadline.isoformat()}：{reason}",
        data={"extension_id": request.id},
        notify=notify,
    )
    return request


async def _asked(session: AsyncSession, hazard: Hazard, request: ExtensionRequest) -> list[Person]:
    """The people asked to decide `request` when it was filed, as stored with it; for a request
    filed before they were kept, worked out again (everyone but the one who asked, who owned the
    hazard then)."""
    if request.asked_ids is None:
        approvers = await extension_approvers(
            session, hazard, requester_id=request.requested_by_id, owner_id=request.requested_by_id
        )
        return approvers.people
    ids = [int(i) for i in request.asked_ids]
    found = {p.id: p for p in await session.scalars(select(Person).where(Person.id.in_(ids)))} if ids else {}
    return [found[i] for i in ids if i in found]


async def extension_deciders(session: AsyncSession, request: ExtensionRequest) -> str:
    """Who was asked to decide this request, in words for the requester ('' when nobody)."""
    hazard = await session.get(Hazard, request.hazard_id)
    if hazard is None:
        return ""
    return describe_people(await _asked(session, hazard, request))


async def decide_extension(
    session: AsyncSession,
    extension_id: int,
    *,
    approve: bool,
    note: str | None = None,
    actor: Actor,
    now: datetime,
) -> ExtensionRequest:
    """Grant or refuse an extension: never by the one who asked for it, nor by the hazard's owner.

    A request that lapsed (the hazard was re-assigned, its rectification submitted, or it was
    closed) is decided by nobody, even once the hazard is back in 整改中 after a rework: it says so.
    """
    request = await session.get(ExtensionRequest, extension_id, populate_existing=True)
    if request is None:
        raise HazardNotFound("找不到该延期申请")
    hazard = await _locked(session, request.hazard_id)
    if request.status == ExtensionStatus.SUPERSEDED and (
        actor.person_id == request.requested_by_id
        or may(actor, Action.DECIDE_EXTENSION, replace(cards.scope_of(hazard), owner_id=None))
    ):
        # anyone who could have decided it (or who made it) learns it no longer stands
        raise HazardError(extension_lapsed(hazard.number, await _lapse_cause(session, request)))
    if actor.person_id == request.requested_by_id and is_own_extension(
        actor, request.requested_by_id, cards.scope_of(hazard)
    ):
        asked = await _asked(session, hazard, request)
        raise HazardPermissionError(self_extension_refusal(describe_people(asked)))
    check(actor, Op.DECIDE_EXTENSION, HazardStatus(hazard.status), cards.scope_of(hazard))
    if request.status != ExtensionStatus.PENDING:
        raise HazardError("该延期申请已处理过了")

    def apply() -> None:
        request.status = (ExtensionStatus.APPROVED if approve else ExtensionStatus.REFUSED).value
        request.decided_by_id = actor.person_id
        request.decided_at = now
        if approve:
            hazard.deadline = request.new_deadline
            hazard.extension_count += 1

    async def notify() -> list[Notice]:
        owner = await _person(session, request.requested_by_id)
        if owner is None:
            return []
        if approve:
            text = f"隐患 {hazard.number} 的延期申请已同意，新期限 {request.new_deadline.isoformat()}。"
        else:
            text = f"隐患 {hazard.number} 的延期申请未获同意，请按原期限 {hazard.deadline} 完成整改。"
        if note:
            text += f"\n说明：{note}"
        return _notices([owner], Message(text=text, buttons=cards.owner_buttons(hazard.id)))

    verdict = "同意" if approve else "不同意"
    await _transition(
        session,
        hazard,
        actor,
        Op.DECIDE_EXTENSION,
        now=now,
        note=f"{verdict}延期至 {request.new_deadline.isoformat()}" + (f"：{note}" if note else ""),
        data={"extension_id": request.id, "approved": approve},
        apply=apply,
        notify=notify,
    )
    return request


# ---------------------------------------------------------------- verification


async def verify_hazard(
    session: AsyncSession,
    hazard_id: int,
    *,
    close: bool,
    reason: str | None = None,
    actor: Actor,
    now: datetime,
    points: Mapping[str, int] | None = None,
    zone: ZoneInfo = DEFAULT_ZONE,
) -> Hazard:
    """Close (销号) — the reporter is told, with the after-photo, and earns points — or send back."""
    hazard = await _locked(session, hazard_id)
    op = Op.CLOSE if close else Op.SEND_BACK
    check(actor, op, HazardStatus(hazard.status), cards.scope_of(hazard))
    if not close:
        reason = _required(reason, "请填写退回整改的理由")
    elif hazard.level == HazardLevel.MAJOR.value and not (
        hazard.measures and hazard.funds and hazard.contingency_plan
    ):
        raise HazardError("重大隐患须先登记五落实（措施、资金、预案）才能销号")
    table = {**DEFAULT_POINTS, **(points or {})}
    award = 0
    reporter_id = hazard.reporter_id
    if close and hazard.source == HazardSource.REPORT.value and reporter_id is not None:
        award = table.get(hazard.level or HazardLevel.GENERAL.value, 0)

    def apply() -> None:
        if close:
            hazard.closed_at = now
            hazard.closed_by_id = actor.person_id
            if award > 0 and reporter_id is not None:
                session.add(
                    PointAward(
                        person_id=reporter_id,
                        hazard_id=hazard.id,
                        points=award,
                        reason=f"有效隐患报告 {hazard.number}",
                        created_at=now,
                    )
                )

    async def notify() -> list[Notice]:
        view = await load_view(session, hazard)
        after = view.after_photos[-1] if view.after_photos else None
        owner = await _person(session, hazard.owner_id)
        if not close:
            text = cards.caption(
                view, "↩ 整改未通过验收，已退回", _today(now, zone), extra=f"退回理由：{reason}"
            )
            return _notices(
                [owner] if owner else [], _photo_message(text, after, cards.owner_buttons(hazard.id))
            )
        out: list[Notice] = []
        if hazard.reporter_id is not None:
            text = f"🎉 您上报的隐患 {hazard.number} 已整改完毕并销号，感谢您的报告！"
            if award > 0:
                text += f"\n获得积分 {award} 分，发送 /points 查看。"
            out += await _reporter_notice(session, hazard, text, after)
        if owner is not None:
            out += _notices(
                [owner], Message(text=f"隐患 {hazard.number} 已验收销号。"), skip=hazard.reporter_id
            )
        if hazard.level == HazardLevel.MAJOR.value:
            out += _notices(
                await _principals(session),
                Message(text=f"重大隐患 {hazard.number} 已整改验收销号。"),
                skip=actor.person_id,
            )
        return [n for n in out if n.person.id != actor.person_id]

    await _transition(
        session,
        hazard,
        actor,
        op,
        now=now,
        note=reason if not close else (f"奖励积分 {award}" if award else None),
        data={"points": award} if award else None,
        apply=apply,
        notify=notify,
    )
    return hazard


# ---------------------------------------------------------------- queries


def normalise_number(text: str) -> str:
    return text.strip().upper().replace("－", "-").replace("—", "-")


async def get_hazard(session: AsyncSession, hazard_id: int) -> Hazard | None:
    return await session.get(Hazard, hazard_id)


async def get_hazard_by_number(session: AsyncSession, number: str) -> Hazard | None:
    return await session.scalar(select(Hazard).where(Hazard.number == normalise_number(number)))


async def view_hazard(
    session: AsyncSession,
    *,
    actor: Actor,
    number: str | None = None,
    hazard_id: int | None = None,
    today: date | None = None,
) -> HazardView:
    """The card data, if this actor may see the hazard.

    `number` is what a person typed (`YH-2026-000123`, `123`, `2026-123` …, see
    storage.hazard_numbers); `today`, the organisation's date, makes a bare sequence this year's.
    """
    if number is not None:
        hazard = await resolve_hazard_reference(session, number, today=today)
    else:
        found = await get_hazard(session, hazard_id or 0)
        if found is None:
            raise HazardNotFound("找不到该隐患")
        hazard = found
    if not may(actor, Action.VIEW_HAZARD, cards.scope_of(hazard)):
        raise HazardPermissionError("您无权查看该隐患：只能查看本人上报或负责的隐患，以及所管单位的隐患。")
    return await load_view(session, hazard, viewer_id=actor.person_id)


@dataclass(frozen=True)
class HazardFilters:
    statuses: tuple[HazardStatus, ...] = ()
    level: HazardLevel | None = None
    unit_id: int | None = None  # the unit and its sub-units
    overdue: bool = False
    mine: bool = False  # reported by or owned by the actor
    open_only: bool = False


@dataclass
class HazardListItem:
    hazard: Hazard
    unit_name: str | None
    owner_name: str | None


@dataclass
class HazardPage:
    items: list[HazardListItem] = field(default_factory=list)
    total: int = 0
    page: int = 0
    page_size: int = 10

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))


async def list_hazards(
    session: AsyncSession,
    *,
    actor: Actor,
    filters: HazardFilters = HazardFilters(),
    page: int = 0,
    page_size: int = 10,
    today: date,
) -> HazardPage:
    """One page of the ledger, newest first, restricted to what the actor may see."""
    conditions: list[Any] = []
    mine = or_(Hazard.reporter_id == actor.person_id, Hazard.owner_id == actor.person_id)
    if actor.role not in ORGANISATION_WIDE:
        reach = [mine, Hazard.verifier_id == actor.person_id]
        if actor.role == Role.MANAGER and actor.unit_ids:
            reach.append(Hazard.unit_id.in_(actor.unit_ids))
        conditions.append(or_(*reach))
    if filters.mine:
        conditions.append(mine)
    if filters.statuses:
        conditions.append(Hazard.status.in_([s.value for s in filters.statuses]))
    elif filters.open_only:
        conditions.append(Hazard.status.in_([s.value for s in OPEN_HAZARD_STATUSES]))
    if filters.level is not None:
        conditions.append(Hazard.level == filters.level.value)
    if filters.unit_id is not None:
        conditions.append(Hazard.unit_id.in_(await unit_subtree_ids(session, filters.unit_id)))
    if filters.overdue:
        conditions.append(
            and_(
                Hazard.status.in_([HazardStatus.REPORTED.value, HazardStatus.ASSIGNED.value]),
                Hazard.deadline < today,
            )
        )
    where = and_(true(), *conditions)
    total = await session.scalar(select(func.count()).select_from(Hazard).where(where)) or 0
    page = max(0, min(page, max(0, -(-total // page_size) - 1)))
    hazards = list(
        (
            await session.scalars(
                select(Hazard)
                .where(where)
                .order_by(Hazard.id.desc())
                .offset(page * page_size)
                .limit(page_size)
            )
        ).all()
    )
    unit_ids = {h.unit_id for h in hazards if h.unit_id}
    owner_ids = {h.owner_id for h in hazards if h.owner_id}
    units = (
        dict((await session.execute(select(Unit.id, Unit.name).where(Unit.id.in_(unit_ids)))).all())
        if unit_ids
        else {}
    )
    owners = (
        dict((await session.execute(select(Person.id, Person.name).where(Person.id.in_(owner_ids)))).all())
        if owner_ids
        else {}
    )
    items = [
        HazardListItem(
            h, units.get(h.unit_id) if h.unit_id else None, owners.get(h.owner_id) if h.owner_id else None
        )
        for h in hazards
    ]
    return HazardPage(items=items, total=total, page=page, page_size=page_size)


def _owned_open(person_id: int) -> ColumnElement[bool]:
    return and_(
        Hazard.owner_id == person_id,
        Hazard.status.in_([HazardStatus.ASSIGNED.value, HazardStatus.RECTIFIED.value]),
    )


_MOST_URGENT_FIRST = (Hazard.deadline.is_(None), Hazard.deadline, Hazard.id)


async def my_hazards(session: AsyncSession, person_id: int, *, limit: int = 50) -> list[Hazard]:
    """Open hazards this person owns, most urgent first (no deadline last)."""
    return list(
        (
            await session.scalars(
                select(Hazard).where(_owned_open(person_id)).order_by(*_MOST_URGENT_FIRST).limit(limit)
            )
        ).all()
    )


async def my_hazards_page(
    session: AsyncSession, person_id: int, *, page: int = 0, page_size: int = 10
) -> HazardPage:
    """One page of the open hazards this person owns, most urgent first; a page past the end
    (the list shrank since the button was made) shows the last one."""
    total = await session.scalar(select(func.count()).select_from(Hazard).where(_owned_open(person_id))) or 0
    page = max(0, min(page, max(0, -(-total // page_size) - 1)))
    hazards = list(
        (
            await session.scalars(
                select(Hazard)
                .where(_owned_open(person_id))
                .order_by(*_MOST_URGENT_FIRST)
                .offset(page * page_size)
                .limit(page_size)
            )
        ).all()
    )
    unit_ids = {h.unit_id for h in hazards if h.unit_id}
    units = (
        dict((await session.execute(select(Unit.id, Unit.name).where(Unit.id.in_(unit_ids)))).all())
        if unit_ids
        else {}
    )
    owner = await session.scalar(select(Person.name).where(Person.id == person_id))
    items = [HazardListItem(h, units.get(h.unit_id) if h.unit_id else None, owner) for h in hazards]
    return HazardPage(items=items, total=total, page=page, page_size=page_size)


@dataclass(frozen=True)
class RankingRow:
    rank: int
    name: str  # "匿名" for points earned by anonymous reports
    points: int
    is_viewer: bool


def _month_bounds(year: int, month: int, zone: ZoneInfo) -> tuple[datetime, datetime]:
    start = datetime(year, month, 1, tzinfo=zone)
    end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=zone)
    return start, end


async def points_ranking(
    session: AsyncSession,
    *,
    year: int,
    month: int,
    viewer_id: int | None = None,
    limit: int = 10,
    zone: ZoneInfo = DEFAULT_ZONE,
) -> list[RankingRow]:
    """The month's ranking. Points from anonymous reports are listed as 匿名, never under a name."""
    start, end = _month_bounds(year, month, zone)
    total = func.sum(PointAward.points).label("total")
    rows = (
        await session.execute(
            select(PointAward.person_id, Hazard.anonymous, total)
            .outerjoin(Hazard, Hazard.id == PointAward.hazard_id)
            .where(PointAward.created_at >= start, PointAward.created_at < end)
            .group_by(PointAward.person_id, Hazard.anonymous)
            .order_by(total.desc(), PointAward.person_id)
            .limit(limit)
        )
    ).all()
    ids = {row[0] for row in rows}
    names = (
        dict((await session.execute(select(Person.id, Person.name).where(Person.id.in_(ids)))).all())
        if ids
        else {}
    )
    out: list[RankingRow] = []
    for index, (person_id, anonymous, points) in enumerate(rows, start=1):
        name = cards.ANONYMOUS if anonymous else names.get(person_id, "未知")
        out.append(RankingRow(rank=index, name=name, points=int(points), is_viewer=person_id == viewer_id))
    return out


async def my_points(
    session: AsyncSession, person_id: int, *, year: int, month: int, zone: ZoneInfo = DEFAULT_ZONE
) -> tuple[int, int]:
    """(this month's points, all-time points) for one person."""
    start, end = _month_bounds(year, month, zone)
    month_total = await session.scalar(
        select(func.coalesce(func.sum(PointAward.points), 0)).where(
            PointAward.person_id == person_id, PointAward.created_at >= start, PointAward.created_at < end
        )
    )
    all_total = await session.scalar(
        select(func.coalesce(func.sum(PointAward.points), 0)).where(PointAward.person_id == person_id)
    )
    return int(month_total or 0), int(all_total or 0)
