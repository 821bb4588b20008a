"""Buttons of the hazard loop (triage, assign, deadline, reject, duplicate, five fixes, supervision,
rectification, extensions, verification) and the short typed answers some of them ask for.

A button carries only ids (`hz:<verb>:<id>[:<arg>]`). Every press re-reads the hazard and goes
through the domain operation, which re-checks state and permission: a stale or forged button
does nothing and says why. Questions waiting for a typed answer live in user_data (persisted),
so they survive a restart; any command cancels them.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Message as TgMessage
from telegram import Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from handlers.common import page_buttons, reply, services, show_page, transaction
from handlers.hazards import (
    MAX_ID_DIGITS,
    answer,
    now_of,
    person_and_actor,
    say_no,
    show_card_button,
    today_of,
)
from handlers.photos import receive_photo
from storage import hazards as hz
from storage.hazard_cards import scope_of, short_date
from storage.hazard_flow import HazardError, HazardNotFound, Op, check
from storage.models import Hazard, HazardLevel, HazardStatus, Person, Role
from storage.outbox import Button, Keyboard
from storage.people import PeoplePage, clean_search
from storage.permissions import Actor
from storage.photos import PhotoError, PhotoInput, StoredPhoto
from storage.spacing import spaced

PENDING_KEY = "hazard_pending"
PENDING_TTL = timedelta(hours=2)
QUICK_DAYS = (3, 7, 15, 30)
STALE = "该按钮已失效，请发送 /hazard 编号 重新查看。"


@dataclass
class Outcome:
    """What to tell the presser after the transaction committed."""

    toast: str | None = None
    text: str | None = None
    keyboard: Keyboard | None = None
    edit: bool = False  # show text and keyboard in the pressed message (a page turn), not a new one


@dataclass
class Press:
    update: Update
    context: ContextTypes.DEFAULT_TYPE
    session: AsyncSession
    person: Person
    actor: Actor
    args: list[int | str]

    @property
    def id(self) -> int:
        value = self.args[0]
        assert isinstance(value, int)
        return value


# ---------------------------------------------------------------- pending typed answers


def set_pending(context: ContextTypes.DEFAULT_TYPE, kind: str, **data: Any) -> None:
    assert context.user_data is not None
    context.user_data[PENDING_KEY] = {"kind": kind, "at": now_of(context).isoformat(), **data}


def get_pending(context: ContextTypes.DEFAULT_TYPE) -> dict[str, Any] | None:
    if context.user_data is None:
        return None
    pending = context.user_data.get(PENDING_KEY)
    if not isinstance(pending, dict):
        return None
    if now_of(context) - datetime.fromisoformat(pending["at"]) > PENDING_TTL:
        context.user_data.pop(PENDING_KEY, None)
        return None
    return pending


def clear_pending(context: ContextTypes.DEFAULT_TYPE) -> None:
    if context.user_data is not None:
        context.user_data.pop(PENDING_KEY, None)


_DATE_FULL = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_DATE_SHORT = re.compile(r"^(\d{1,2})[-/.月](\d{1,2})日?$")
_DAYS = re.compile(r"^\+?(\d{1,3})\s*天?$")


def parse_date(text: str, today: date) -> date | None:
    """2026-03-20, 2026/3/20, 3月20日, 3-20 (this year, or next if past), +7 / 7天 (from today)."""
    text = text.strip()
    try:
        if m := _DATE_FULL.match(text):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DATE_SHORT.match(text):
            found = date(today.year, int(m[1]), int(m[2]))
            return found if found >= today else date(today.year + 1, found.month, found.day)
        if m := _DAYS.match(text):
            return today + timedelta(days=int(m[1]))
    except ValueError:
        return None
    return None


MAX_DAYS = 3650


def _days(press: Press, index: int) -> int:
    """A day count from a button: only what deadline_picks could have offered makes sense."""
    days = press.args[index]
    if not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise HazardError(STALE)
    return days


def deadline_picks(prefix: str, base: date, today: date) -> Keyboard:
    row = [Button(f"{d} 天（{short_date(base + timedelta(days=d))}）", f"{prefix}:{d}") for d in QUICK_DAYS]
    return [row[:2], row[2:]]


# ---------------------------------------------------------------- buttons


async def _hazard(press: Press) -> Hazard:
    hazard = await hz.get_hazard(press.session, press.id)
    if hazard is None:
        raise HazardNotFound("找不到该隐患，可能已被删除")
    return hazard


async def _precheck(press: Press, op: Op) -> Hazard:
    """Before asking a follow-up question: would this op be allowed now?"""
    hazard = await _hazard(press)
    check(press.actor, op, HazardStatus(hazard.status), scope_of(hazard))
    return hazard


def _zone(press: Press) -> Any:
    return services(press.context).settings.zone


async def on_level(press: Press) -> Outcome:
    level = {"g": HazardLevel.GENERAL, "m": HazardLevel.MAJOR}.get(str(press.args[1]))
    if level is None:
        raise HazardError(STALE)
    hazard = await hz.set_level(
        press.session, press.id, level, actor=press.actor, now=now_of(press.context), zone=_zone(press)
    )
    if level == HazardLevel.GENERAL:
        return Outcome(toast=f"隐患 {hazard.number} 已定为一般隐患")
    text = (
        f"隐患 {hazard.number} 已定为重大隐患。\n请登记五落实（责任、措施、资金、时限、预案），可挂牌督办。"
    )
    keyboard = [[Button("登记五落实", f"hz:ff:{hazard.id}"), Button("挂牌督办", f"hz:sup:{hazard.id}")]]
    return Outcome(toast="已定为重大隐患", text=text, keyboard=keyboard)


PICK = "pick"
"""The pending kind of an open person picker: what the officer types next narrows it (a search)."""


@dataclass(frozen=True)
class Picker:
    """One person picker: whom it chooses, the op that choosing is, and its buttons' verbs."""

    role: str  # the pending question's `role`
    what: str  # 整改责任人 / 验收人
    op: Op
    pick: str  # choose a person: hz:{pick}:{hazard}:{person}
    turn: str  # a page of everyone: hz:{turn}:{hazard}:{page}; page 1 also clears a search
    found_turn: str  # a page of the search results: hz:{found_turn}:{hazard}:{page}
    nobody: str


OWNER_PICKER = Picker(
    "owner", "整改责任人", Op.ASSIGN, "own", "ownpg", "ownsq", "没有可以指派的人员：整改责任人须已登录机器人"
)
VERIFIER_PICKER = Picker(
    "verifier",
    "验收人",
    Op.SET_VERIFIER,
    "vfyp",
    "vfypg",
    "vfysq",
    "没有可以指定的验收人：验收人须已登录机器人",
)
PICKERS = {picker.role: picker for picker in (OWNER_PICKER, VERIFIER_PICKER)}
PICKER_VERBS = frozenset(
    {"assign", "vfy"} | {v for p in PICKERS.values() for v in (p.pick, p.turn, p.found_turn)}
)
SEARCH_HINT = (
    "找人：直接发送姓名中的字（如 张）、姓名的拼音或首字母（如 zhangxiaojun、zxj），或电话号码中的几位数字。"
)


def _people_picker(found: PeoplePage, pick: str, turn: str) -> Keyboard:
    """Two people a row (`{pick}:{person id}`), then the page row every list has (`{turn}:{page}`)."""
    buttons = [Button(choice.label, f"{pick}:{choice.id}") for choice in found.choices]
    rows: Keyboard = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    nav = page_buttons(found.page, found.pages, f"{turn}:")
    if nav:
        rows.append(nav)
    return rows


def _picker_text(hazard: Hazard, what: str, found: PeoplePage) -> str:
    # the page is said once, in the page row under the names
    return f"隐患 {hazard.number}：请选择{what}（共 {found.total} 人，隐患所在单位的人员在前）"


def _page_arg(press: Press) -> int:
    page = press.args[1]
    assert isinstance(page, int)
    return page


async def _choices(press: Press, picker: Picker, hazard: Hazard, search: str | None, page: int) -> PeoplePage:
    if picker is OWNER_PICKER:
        return await hz.owner_choices(press.session, hazard, actor=press.actor, search=search, page=page)
    return await hz.verifier_choices(press.session, hazard, search=search, page=page)


async def _full_picker(press: Press, picker: Picker, page: int, *, turned: bool) -> Outcome:
    """Everyone who may be chosen, a page of them; the picker then waits for a typed search."""
    hazard = await _precheck(press, picker.op)
    found = await _choices(press, picker, hazard, None, page)
    if not found.total:
        raise HazardError(picker.nobody)
    set_pending(press.context, PICK, hazard_id=hazard.id, role=picker.role, search=None)
    return Outcome(
        toast=None if turned or picker is VERIFIER_PICKER else "请选择整改责任人",
        text=f"{_picker_text(hazard, picker.what, found)}\n{SEARCH_HINT}",
        keyboard=_people_picker(found, f"hz:{picker.pick}:{hazard.id}", f"hz:{picker.turn}:{hazard.id}"),
        edit=turned,
    )


async def _found_picker(press: Press, picker: Picker, search: str, page: int, *, turned: bool) -> Outcome:
    """The people a typed search found, paged like the full picker, with a button back to everyone.
    Nobody found: says so, and shows the full picker again."""
    hazard = await _precheck(press, picker.op)
    found = await _choices(press, picker, hazard, search, page)
    if not found.total:
        full = await _full_picker(press, picker, 1, turned=turned)
        return replace(
            full,
            toast=None,
            text=f"没有找到与“{search}”相符的人员，请换个字或号码再试，或在下面的名单中选择。\n\n{full.text}",
        )
    set_pending(press.context, PICK, hazard_id=hazard.id, role=picker.role, search=search)
    text = f"隐患 {hazard.number}：请选择{picker.what}\n搜索“{search}”：共 {found.total} 人"
    keyboard = _people_picker(found, f"hz:{picker.pick}:{hazard.id}", f"hz:{picker.found_turn}:{hazard.id}")
    keyboard.append([Button("✖ 清除搜索", f"hz:{picker.turn}:{hazard.id}:1")])
    return Outcome(text=f"{text}\n可继续输入别的字重新搜索。", keyboard=keyboard, edit=turned)


async def on_assign(press: Press) -> Outcome:
    return await _full_picker(press, OWNER_PICKER, 1, turned=False)


async def on_assign_page(press: Press) -> Outcome:
    return await _full_picker(press, OWNER_PICKER, _page_arg(press), turned=True)


async def on_verifier(press: Press) -> Outcome:
    return await _full_picker(press, VERIFIER_PICKER, 1, turned=False)


async def on_verifier_page(press: Press) -> Outcome:
    return await _full_picker(press, VERIFIER_PICKER, _page_arg(press), turned=True)


def _open_search(press: Press, picker: Picker) -> str | None:
    """The search this picker of this hazard is showing, if it is still the one waiting."""
    pending = get_pending(press.context)
    if pending and pending.get("kind") == PICK and pending.get("hazard_id") == press.id:
        if pending.get("role") == picker.role and pending.get("search"):
            return str(pending["search"])
    return None


async def _search_page(press: Press, picker: Picker) -> Outcome:
    search = _open_search(press, picker)
    if search is None:  # the search ended (a restart after 2 hours, another picker): everyone
        return await _full_picker(press, picker, 1, turned=True)
    return await _found_picker(press, picker, search, _page_arg(press), turned=True)


async def on_owner_search_page(press: Press) -> Outcome:
    return await _search_page(press, OWNER_PICKER)


async def on_verifier_search_page(press: Press) -> Outcome:
    return await _search_page(press, VERIFIER_PICKER)


async def _typed_search(press: Press, pending: dict[str, Any], text: str) -> Outcome:
    """Text typed while a picker waits: the picker narrowed to the people it finds."""
    picker = PICKERS.get(str(pending.get("role")))
    search = clean_search(text)
    if picker is None:
        clear_pending(press.context)
        return Outcome(text="该操作已过期，请重新开始。")
    try:
        if not search:  # nothing to look for (blank characters): everyone
            return await _full_picker(press, picker, 1, turned=False)
        return await _found_picker(press, picker, search, 1, turned=False)
    except HazardError:
        clear_pending(press.context)  # the hazard moved on: the next message is an ordinary one
        raise


async def on_verifier_chosen(press: Press) -> Outcome:
    verifier_id = press.args[1]
    assert isinstance(verifier_id, int)
    hazard = await hz.designate_verifier(
        press.session,
        press.id,
        verifier_id=verifier_id,
        actor=press.actor,
        now=now_of(press.context),
        zone=_zone(press),
    )
    clear_pending(press.context)  # the picker was used: what is typed next is an ordinary message
    verifier = await press.session.get(Person, verifier_id)
    return Outcome(
        toast="已指定验收人", text=f"隐患 {hazard.number} 的验收人：{verifier.name if verifier else ''}"
    )


async def on_owner_chosen(press: Press) -> Outcome:
    owner_id = press.args[1]
    assert isinstance(owner_id, int)
    hazard = await _hazard(press)
    scope = scope_of(hazard)
    # refused before the deadline question, not after it was answered
    check(
        press.actor, Op.ASSIGN, HazardStatus(hazard.status), scope, becomes=replace(scope, owner_id=owner_id)
    )
    if hazard.deadline is not None:
        return await _assign(press, owner_id, None)
    today = today_of(press.context)
    set_pending(press.context, "assign_deadline", hazard_id=hazard.id, owner_id=owner_id)
    keyboard = deadline_picks(f"hz:ad:{hazard.id}:{owner_id}", today, today)
    return Outcome(
        text=f"隐患 {hazard.number}：请选择整改期限，或直接输入日期（如 2026-03-20）", keyboard=keyboard
    )


async def _assign(press: Press, owner_id: int, deadline: date | None) -> Outcome:
    hazard = await hz.assign_hazard(
        press.session,
        press.id,
        owner_id=owner_id,
        deadline=deadline,
        actor=press.actor,
        now=now_of(press.context),
        zone=_zone(press),
    )
    clear_pending(press.context)
    owner = await press.session.get(Person, owner_id)
    return Outcome(toast="已指派", text=_assigned(hazard, owner))


def _assigned(hazard: Hazard, owner: Person | None) -> str:
    """隐患 YH-… 已指派班长刘建国整改，期限 2026-03-09。 — no spaces around a Chinese name (spacing.py)."""
    deadline = hazard.deadline.isoformat() if hazard.deadline else "未设定"
    return f"隐患 {hazard.number} {spaced('已指派', owner.name if owner else '', '整改')}，期限 {deadline}。"


async def on_assign_days(press: Press) -> Outcome:
    owner_id, days = press.args[1], _days(press, 2)
    assert isinstance(owner_id, int)
    return await _assign(press, owner_id, today_of(press.context) + timedelta(days=days))


async def on_deadline(press: Press) -> Outcome:
    hazard = await _precheck(press, Op.SET_DEADLINE)
    today = today_of(press.context)
    set_pending(press.context, "deadline", hazard_id=hazard.id)
    return Outcome(
        text=f"隐患 {hazard.number}：请选择整改期限，或直接输入日期（如 2026-03-20）",
        keyboard=deadline_picks(f"hz:dls:{hazard.id}", today, today),
    )


async def _set_deadline(press: Press, deadline: date) -> Outcome:
    hazard = await hz.set_deadline(
        press.session, press.id, deadline, actor=press.actor, now=now_of(press.context), zone=_zone(press)
    )
    clear_pending(press.context)
    return Outcome(toast="期限已设定", text=f"隐患 {hazard.number} 的整改期限：{deadline.isoformat()}")


async def on_deadline_days(press: Press) -> Outcome:
    days = _days(press, 1)
    return await _set_deadline(press, today_of(press.context) + timedelta(days=days))


async def _ask(press: Press, op: Op, kind: str, question: str, **data: Any) -> Outcome:
    hazard = await _precheck(press, op)
    if op in (Op.FIVE_FIXES, Op.SUPERVISE) and hazard.level != HazardLevel.MAJOR.value:
        raise HazardError(
            f"{'五落实' if op == Op.FIVE_FIXES else '挂牌督办'}适用于重大隐患，请先将等级设为重大隐患"
        )
    set_pending(press.context, kind, hazard_id=hazard.id, **data)
    return Outcome(text=f"隐患 {hazard.number}：{question}\n（发送 /cancel 取消）")


async def on_reject(press: Press) -> Outcome:
    return await _ask(press, Op.REJECT, "reject", "请输入判定为无效举报的理由")


async def on_duplicate(press: Press) -> Outcome:
    return await _ask(
        press,
        Op.MARK_DUPLICATE,
        "duplicate",
        "请输入与之重复的原隐患编号（如 YH-2026-000123，或只写序号 123）",
    )


async def on_five_fixes(press: Press) -> Outcome:
    return await _ask(press, Op.FIVE_FIXES, "five_fixes", "五落实 1/3：请输入整改措施", step=0, answers=[])


async def on_supervise(press: Press) -> Outcome:
    outcome = await _ask(
        press, Op.SUPERVISE, "supervise", "请输入督办人或督办单位（如 县应急管理局 张科长），或点「由我督办」"
    )
    outcome.keyboard = [[Button("由我督办", f"hz:supme:{press.id}")]]
    return outcome


async def on_supervise_me(press: Press) -> Outcome:
    hazard = await hz.supervise_hazard(
        press.session, press.id, supervisor_id=press.person.id, actor=press.actor, now=now_of(press.context)
    )
    clear_pending(press.context)
    return Outcome(toast="已挂牌督办", text=f"隐患 {hazard.number} 已挂牌督办，督办人：{press.person.name}。")


async def on_fix(press: Press) -> Outcome:
    hazard = await _precheck(press, Op.SUBMIT_RECTIFICATION)
    set_pending(press.context, "fix", hazard_id=hazard.id, photos=[], note=None)
    return Outcome(
        text=(
            f"隐患 {hazard.number}：请发送整改后的照片（可多张），可再发一段文字说明，"
            "发完后点「完成提交」。\n（发送 /cancel 取消）"
        ),
        keyboard=[[Button("完成提交", f"hz:fixgo:{hazard.id}")]],
    )


async def on_fix_submit(press: Press) -> Outcome:
    await _precheck(press, Op.SUBMIT_RECTIFICATION)  # a closed or reassigned hazard says so first
    pending = get_pending(press.context)
    if not pending or pending.get("kind") != "fix" or pending.get("hazard_id") != press.id:
        raise HazardError("请先点「提交整改」并发送整改后的照片")
    photos = [_photo_from_json(p) for p in pending.get("photos", [])]
    hazard = await hz.submit_rectification(
        press.session,
        press.id,
        after_photos=photos,
        note=pending.get("note"),
        actor=press.actor,
        now=now_of(press.context),
        zone=_zone(press),
    )
    clear_pending(press.context)
    return Outcome(
        toast="整改已提交", text=f"隐患 {hazard.number} 的整改已提交（照片 {len(photos)} 张），等待验收。"
    )


async def on_extension(press: Press) -> Outcome:
    hazard = await _precheck(press, Op.REQUEST_EXTENSION)
    today = today_of(press.context)
    base = hazard.deadline or today
    set_pending(press.context, "extension", hazard_id=hazard.id, new_deadline=None)
    return Outcome(
        text=(
            f"隐患 {hazard.number}：当前期限 {base.isoformat()}，已延期 {hazard.extension_count} 次。\n"
            "请选择延长多少天，或输入新期限日期（如 2026-03-20）。"
        ),
        keyboard=deadline_picks(f"hz:exd:{hazard.id}", base, today),
    )


async def on_extension_days(press: Press) -> Outcome:
    hazard = await _precheck(press, Op.REQUEST_EXTENSION)
    days = _days(press, 1)
    new_deadline = (hazard.deadline or today_of(press.context)) + timedelta(days=days)
    set_pending(press.context, "extension", hazard_id=hazard.id, new_deadline=new_deadline.isoformat())
    return Outcome(text=f"申请延期至 {new_deadline.isoformat()}：请输入延期理由\n（发送 /cancel 取消）")


async def _decide(press: Press, approve: bool) -> Outcome:
    request = await hz.decide_extension(
        press.session, press.id, approve=approve, actor=press.actor, now=now_of(press.context)
    )
    hazard = await press.session.get(Hazard, request.hazard_id)
    number = hazard.number if hazard else ""
    if approve:
        return Outcome(
            toast="已同意延期", text=f"已同意隐患 {number} 延期至 {request.new_deadline.isoformat()}。"
        )
    return Outcome(toast="已不同意延期", text=f"已不同意隐患 {number} 的延期申请。")


async def on_extension_yes(press: Press) -> Outcome:
    return await _decide(press, True)


async def on_extension_no(press: Press) -> Outcome:
    return await _decide(press, False)


async def on_close(press: Press) -> Outcome:
    settings = services(press.context).settings
    hazard = await hz.verify_hazard(
        press.session,
        press.id,
        close=True,
        actor=press.actor,
        now=now_of(press.context),
        points={
            HazardLevel.GENERAL.value: settings.hazard_points_general,
            HazardLevel.MAJOR.value: settings.hazard_points_major,
        },
        zone=_zone(press),
    )
    return Outcome(toast="已销号", text=f"隐患 {hazard.number} 已验收销号。")


async def on_send_back(press: Press) -> Outcome:
    return await _ask(press, Op.SEND_BACK, "send_back", "请输入退回整改的理由")


Action = Callable[[Press], Awaitable[Outcome]]

# verb -> (handler, number of integer arguments after the id, extra string args allowed)
BUTTONS: dict[str, tuple[Action, int]] = {
    "lvl": (on_level, 0),
    "assign": (on_assign, 0),
    "ownpg": (on_assign_page, 1),
    "ownsq": (on_owner_search_page, 1),
    "own": (on_owner_chosen, 1),
    "ad": (on_assign_days, 2),
    "dl": (on_deadline, 0),
    "dls": (on_deadline_days, 1),
    "reject": (on_reject, 0),
    "dup": (on_duplicate, 0),
    "ff": (on_five_fixes, 0),
    "sup": (on_supervise, 0),
    "supme": (on_supervise_me, 0),
    "fix": (on_fix, 0),
    "fixgo": (on_fix_submit, 0),
    "ext": (on_extension, 0),
    "exd": (on_extension_days, 1),
    "exty": (on_extension_yes, 0),
    "extn": (on_extension_no, 0),
    "close": (on_close, 0),
    "vfy": (on_verifier, 0),
    "vfyp": (on_verifier_chosen, 1),
    "vfypg": (on_verifier_page, 1),
    "vfysq": (on_verifier_search_page, 1),
    "back": (on_send_back, 0),
}


def parse_button(data: str) -> tuple[str, list[int | str]] | None:
    """`hz:<verb>:<id>[:<arg>…]` → (verb, [id, args…]); None for anything malformed."""
    parts = data.split(":")
    if len(parts) < 3 or parts[0] != "hz":
        return None
    verb = parts[1]
    args: list[int | str] = []
    for index, part in enumerate(parts[2:]):
        if part.isdigit() and len(part) <= MAX_ID_DIGITS:  # a forged 10-digit id overflows the column
            args.append(int(part))
        elif verb == "lvl" and index == 1 and part in ("g", "m"):
            args.append(part)
        else:
            return None
    if verb == "card":
        return (verb, args) if len(args) == 1 else None
    spec = BUTTONS.get(verb)
    expected = 1 + (1 if verb == "lvl" else spec[1] if spec else 0)
    if spec is None or len(args) != expected:
        return None
    return verb, args


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every hz: press: parse, re-check against the current hazard, act, then answer."""
    query = update.callback_query
    assert query is not None
    parsed = parse_button(query.data or "")
    if parsed is None:
        await answer(update, STALE, alert=True)
        return
    verb, args = parsed
    if verb == "card":
        assert isinstance(args[0], int)
        await show_card_button(update, context, args[0])
        return
    action = BUTTONS[verb][0]
    try:
        async with transaction(context) as session:
            found = await person_and_actor(update, context, session)
            if found is None:
                return
            person, actor = found
            outcome = await action(Press(update, context, session, person, actor, args))
    except HazardError as exc:
        await say_no(update, exc.message)
        return
    if outcome.edit and outcome.text:
        await show_page(query, outcome.text, outcome.keyboard or [])
        return
    await answer(update, outcome.toast)
    if outcome.text:
        await reply(update, outcome.text, outcome.keyboard)


# ---------------------------------------------------------------- typed answers


def _photo_to_json(photo: PhotoInput) -> dict[str, Any]:
    stored = photo.stored
    return {
        "file_id": photo.file_id,
        "file_unique_id": photo.file_unique_id,
        "stored": None
        if stored is None
        else {
            "sha256": stored.sha256,
            "path": stored.path,
            "size": stored.size,
            "width": stored.width,
            "height": stored.height,
        },
    }


def _photo_from_json(data: dict[str, Any]) -> PhotoInput:
    stored = data.get("stored")
    return PhotoInput(
        file_id=data["file_id"],
        file_unique_id=data["file_unique_id"],
        stored=StoredPhoto(**stored) if stored else None,
    )


async def on_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any command abandons a pending question (and /cancel says so)."""
    if get_pending(context) is None:
        return
    clear_pending(context)
    message = update.effective_message
    if message is not None and message.text and message.text.split()[0].split("@")[0] == "/cancel":
        await message.reply_text("已取消。")
        raise ApplicationHandlerStop


async def on_input(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A typed answer or a photo for a pending hazard question; anything else passes through."""
    pending = get_pending(context)
    message = update.effective_message
    if pending is None or message is None:
        return
    kind = pending["kind"]
    is_media = bool(message.photo or message.document)
    if is_media and kind != "fix":
        return  # a photo is not an answer here: let the report feature take it
    if kind == "fix" and is_media:
        await _collect_photo(update, context, pending, message)
        raise ApplicationHandlerStop
    text = (message.text or "").strip()
    if not text:
        return
    try:
        async with transaction(context) as session:
            found = await person_and_actor(update, context, session)
            if found is None:
                raise ApplicationHandlerStop
            person, actor = found
            if kind == PICK:
                press = Press(update, context, session, person, actor, [int(pending["hazard_id"])])
                answer = await _typed_search(press, pending, text)
            else:
                answer = await _answer(context, session, person, actor, pending, text)
    except HazardError as exc:
        await message.reply_text(exc.message)
        raise ApplicationHandlerStop from None
    await reply(update, answer.text or "好的。", answer.keyboard)
    raise ApplicationHandlerStop


async def _collect_photo(
    update: Update, context: ContextTypes.DEFAULT_TYPE, pending: dict[str, Any], message: TgMessage
) -> None:
    try:
        photo = await receive_photo(message, context)
    except PhotoError as exc:
        await message.reply_text(str(exc))
        return
    photos = list(pending.get("photos", []))
    if len(photos) >= hz.MAX_PHOTOS:
        await message.reply_text(f"整改照片最多 {hz.MAX_PHOTOS} 张，已收到的照片会一并提交。")
        return
    photos.append(_photo_to_json(photo))
    pending["photos"] = photos
    if message.caption:
        pending["note"] = message.caption.strip()
    set_pending(context, "fix", **{k: v for k, v in pending.items() if k not in ("kind", "at")})
    await reply(
        update,
        f"已收到整改照片 {len(photos)} 张。可继续发送，或点「完成提交」。",
        [[Button("完成提交", f"hz:fixgo:{pending['hazard_id']}")]],
    )


async def _answer(
    context: ContextTypes.DEFAULT_TYPE,
    session: AsyncSession,
    person: Person,
    actor: Actor,
    pending: dict[str, Any],
    text: str,
) -> Outcome:
    kind = pending["kind"]
    hazard_id = int(pending["hazard_id"])
    now = now_of(context)
    today = today_of(context)
    zone = services(context).settings.zone
    if kind in ("deadline", "assign_deadline"):
        deadline = parse_date(text, today)
        if deadline is None:
            raise HazardError("看不懂这个日期，请输入如 2026-03-20 或 7天")
        if kind == "deadline":
            hazard = await hz.set_deadline(session, hazard_id, deadline, actor=actor, now=now, zone=zone)
            clear_pending(context)
            return Outcome(text=f"隐患 {hazard.number} 的整改期限：{deadline.isoformat()}")
        hazard = await hz.assign_hazard(
            session,
            hazard_id,
            owner_id=int(pending["owner_id"]),
            deadline=deadline,
            actor=actor,
            now=now,
            zone=zone,
        )
        clear_pending(context)
        owner = await session.get(Person, int(pending["owner_id"]))
        return Outcome(text=_assigned(hazard, owner))
    if kind == "reject":
        hazard = await hz.reject_report(session, hazard_id, reason=text, actor=actor, now=now)
        clear_pending(context)
        return Outcome(text=f"隐患 {hazard.number} 已判定为无效举报，已告知上报人。")
    if kind == "duplicate":
        hazard = await hz.mark_duplicate(session, hazard_id, of_number=text, actor=actor, now=now, zone=zone)
        clear_pending(context)
        return Outcome(text=f"隐患 {hazard.number} 已标记为重复。")
    if kind == "supervise":
        if text in ("我", "由我督办"):
            hazard = await hz.supervise_hazard(
                session, hazard_id, supervisor_id=person.id, actor=actor, now=now
            )
        else:
            hazard = await hz.supervise_hazard(session, hazard_id, supervisor_name=text, actor=actor, now=now)
        clear_pending(context)
        return Outcome(text=f"隐患 {hazard.number} 已挂牌督办。")
    if kind == "send_back":
        hazard = await hz.verify_hazard(
            session, hazard_id, close=False, reason=text, actor=actor, now=now, zone=zone
        )
        clear_pending(context)
        return Outcome(text=f"隐患 {hazard.number} 已退回整改，已通知整改责任人。")
    if kind == "fix":
        set_pending(context, "fix", hazard_id=hazard_id, photos=pending.get("photos", []), note=text)
        return Outcome(
            text="已记录整改说明。发完照片后点「完成提交」。",
            keyboard=[[Button("完成提交", f"hz:fixgo:{hazard_id}")]],
        )
    if kind == "five_fixes":
        answers = [*pending.get("answers", []), text]
        prompts = [
            "五落实 2/3：请输入整改资金（如 2万元）",
            "五落实 3/3：请输入应急预案（整改期间的防范措施）",
        ]
        if len(answers) < 3:
            current = await hz.get_hazard(session, hazard_id)
            if current is None:
                raise HazardNotFound("找不到该隐患")
            check(actor, Op.FIVE_FIXES, HazardStatus(current.status), scope_of(current))
            set_pending(context, "five_fixes", hazard_id=hazard_id, answers=answers)
            return Outcome(text=prompts[len(answers) - 1])
        hazard = await hz.record_five_fixes(
            session,
            hazard_id,
            measures=answers[0],
            funds=answers[1],
            contingency_plan=answers[2],
            actor=actor,
            now=now,
            zone=zone,
        )
        clear_pending(context)
        # a principal who recorded them is not told they told the principal
        told = "" if actor.role == Role.PRINCIPAL else "，已通知主要负责人"
        return Outcome(text=f"隐患 {hazard.number} 的五落实已登记{told}。")
    if kind == "extension":
        if pending.get("new_deadline") is None:
            first, _, rest = text.partition(" ")
            new_deadline = parse_date(first, today)
            if new_deadline is None:
                raise HazardError("看不懂这个日期，请输入如 2026-03-20")
            if not rest.strip():
                set_pending(context, "extension", hazard_id=hazard_id, new_deadline=new_deadline.isoformat())
                return Outcome(text=f"申请延期至 {new_deadline.isoformat()}：请输入延期理由")
            reason = rest
        else:
            new_deadline = date.fromisoformat(pending["new_deadline"])
            reason = text
        request = await hz.request_extension(
            session, hazard_id, new_deadline=new_deadline, reason=reason, actor=actor, now=now, zone=zone
        )
        clear_pending(context)
        deciders = await hz.extension_deciders(session, request)
        return Outcome(
            text=f"延期申请已提交（延至 {request.new_deadline.isoformat()}），等待{deciders}审批。"
        )
    clear_pending(context)
    return Outcome(text="该操作已过期，请重新开始。")


async def on_other_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button of anything but the open picker: the officer moved on, it waits no longer."""
    pending = get_pending(context)
    if pending is None or pending.get("kind") != PICK or update.callback_query is None:
        return
    parsed = parse_button(update.callback_query.data or "")
    if parsed is None or parsed[0] not in PICKER_VERBS:
        clear_pending(context)


def register(application: Application) -> None:
    # group -1 runs before every feature's handlers: a pending question takes its answer first
    # and stops there (ApplicationHandlerStop); without one, the update goes on to group 0.
    private = filters.ChatType.PRIVATE
    application.add_handler(MessageHandler(private & filters.COMMAND, on_command), group=-1)
    application.add_handler(
        MessageHandler(
            private & ~filters.COMMAND & (filters.TEXT | filters.PHOTO | filters.Document.ALL), on_input
        ),
        group=-1,
    )
    application.add_handler(CallbackQueryHandler(on_other_button), group=-1)
    application.add_handler(CallbackQueryHandler(on_button, pattern=r"^hz:"))
