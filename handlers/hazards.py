"""/hazard (or a hazard number typed on its own), /my, /list, /points: reading the hazard ledger
from Telegram."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Message, Update
from telegram.error import BadRequest
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from handlers.common import page_buttons, refuse, reply, require_person, services, to_markup, transaction
from handlers.photos import pick_photos, send_hazard_photos
from storage import hazards as hz
from storage.clock import local_date
from storage.hazard_cards import HazardView, card_buttons, card_text, clip, list_line
from storage.hazard_flow import HazardError
from storage.hazard_numbers import is_hazard_number_message
from storage.models import HAZARD_STATUS_LABELS, Hazard, HazardLevel, HazardStatus, Person, Unit
from storage.outbox import Button, Keyboard
from storage.people import actor_for, find_unit
from storage.permissions import Actor

PAGE_SIZE = 10
# /my's and /list's page buttons count pages from 0 (hzm:0, hzl:0:… is the first), as they did when
# they were ⬅/➡: a button on a message from before the shared page row still lands on its page
MY_PAGE_PREFIX = "hzm:"
MAX_ID_DIGITS = 9  # ids and pages fit a 32-bit integer column
NUMBER_ECHO = 40
HAZARD_USAGE = "用法：/hazard 隐患编号，例如 /hazard YH-2026-000123，也可以只写序号：/hazard 123"

STATUS_CODES: dict[str, tuple[HazardStatus, ...]] = {
    "r": (HazardStatus.REPORTED,),
    "a": (HazardStatus.ASSIGNED,),
    "v": (HazardStatus.RECTIFIED,),
    "c": (HazardStatus.CLOSED,),
    "i": (HazardStatus.INVALID,),
    "d": (HazardStatus.DUPLICATE,),
}
STATUS_WORDS: dict[str, str] = {
    "待研判": "r",
    "整改中": "a",
    "待验收": "v",
    "已销号": "c",
    "销号": "c",
    "无效": "i",
    "重复": "d",
    "未销号": "o",
    "未完成": "o",
    "全部": "-",
}
LEVEL_WORDS = {"重大": "m", "重大隐患": "m", "一般": "g", "一般隐患": "g"}


def today_of(context: ContextTypes.DEFAULT_TYPE) -> date:
    svc = services(context)
    return local_date(svc.clock.now(), svc.settings.zone)


def now_of(context: ContextTypes.DEFAULT_TYPE) -> datetime:
    return services(context).clock.now()


async def answer(update: Update, text: str | None = None, *, alert: bool = False) -> None:
    """Answer a pressed button. A press that waited too long (the bot was away) can no longer be
    answered: the text then comes as a message, and the handler goes on instead of failing."""
    query = update.callback_query
    assert query is not None
    try:
        await query.answer(text[:200] if text else None, show_alert=alert)
    except BadRequest as exc:
        if "query is too old" not in exc.message.lower() and "query id is invalid" not in exc.message.lower():
            raise
        if text and query.message is not None:
            await query.get_bot().send_message(query.message.chat.id, text)


async def say_no(update: Update, text: str) -> None:
    """A refusal: an alert on a pressed button, a reply to a message."""
    if update.callback_query is not None:
        await answer(update, text, alert=True)
    else:
        await refuse(update, text)


async def person_and_actor(
    update: Update, context: ContextTypes.DEFAULT_TYPE, session: AsyncSession
) -> tuple[Person, Actor] | None:
    person = await require_person(update, context, session)
    if person is None:
        return None
    return person, await actor_for(session, person)


# ---------------------------------------------------------------- /hazard


async def send_card(
    update: Update, context: ContextTypes.DEFAULT_TYPE, view: HazardView, actor: Actor
) -> None:
    """Photos first (before, then after), then the card with the buttons this person may use."""
    chat = update.effective_chat
    assert chat is not None
    photos = pick_photos(view.before_photos, view.after_photos)
    missing = await send_hazard_photos(context, chat.id, [(p, _photo_label(p.kind)) for p in photos])
    svc = services(context)
    text = card_text(view, today=today_of(context), zone=svc.settings.zone, photos_missing=missing)
    await reply(update, text, card_buttons(view, actor))


def _photo_label(kind: str) -> str:
    return "整改前" if kind == "before" else "整改后"


async def hazard_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/hazard YH-2026-000123 (or 123, 2026-123, yh-2026-123 …): the card with photos, timeline
    and the buttons one may press."""
    args = context.args or []
    if not args:
        await reply(update, HAZARD_USAGE)
        return
    # the words are joined: "YH 2026 123" is one number typed with spaces; a number is 14
    # characters, so whatever was typed is read (and echoed back) only that far
    await show_hazard(update, context, " ".join(args)[:NUMBER_ECHO])


async def typed_number(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A private message that is nothing but a hazard number (`YH-2026-000123`, `2026-123`, `#123`,
    see storage.hazard_numbers.is_hazard_number_message): the same answer as /hazard gives it."""
    message = update.effective_message
    if message is None or not message.text:
        return
    await show_hazard(update, context, message.text.strip()[:NUMBER_ECHO])


class _HazardNumberMessage(filters.MessageFilter):
    """Text that is a hazard number and nothing else; a bare `123` stays a question."""

    def filter(self, message: Message) -> bool:
        return message.text is not None and is_hazard_number_message(message.text)


HAZARD_NUMBER_MESSAGE = _HazardNumberMessage(name="HazardNumberMessage")


async def show_hazard(update: Update, context: ContextTypes.DEFAULT_TYPE, typed: str) -> None:
    """The card of the hazard `typed` names, if this person may see it; else why not, in Chinese."""
    try:
        async with transaction(context) as session:
            found = await person_and_actor(update, context, session)
            if found is None:
                return
            _, actor = found
            view = await hz.view_hazard(session, actor=actor, number=typed, today=today_of(context))
    except HazardError as exc:
        await refuse(update, exc.message)
        return
    await send_card(update, context, view, actor)


async def show_card_button(update: Update, context: ContextTypes.DEFAULT_TYPE, hazard_id: int) -> None:
    query = update.callback_query
    assert query is not None
    try:
        async with transaction(context) as session:
            found = await person_and_actor(update, context, session)
            if found is None:
                return
            _, actor = found
            view = await hz.view_hazard(session, actor=actor, hazard_id=hazard_id)
    except HazardError as exc:
        await say_no(update, exc.message)
        return
    await answer(update)
    await send_card(update, context, view, actor)


# ---------------------------------------------------------------- /my


async def render_my(
    session: AsyncSession, person: Person, actor: Actor, page: int, today: date
) -> tuple[str, Keyboard]:
    """One page of what this person owns, with a button per hazard and the page row."""
    owned = await hz.my_hazards_page(session, person.id, page=page, page_size=PAGE_SIZE)
    reported = await hz.list_hazards(
        session,
        actor=actor,
        filters=hz.HazardFilters(mine=True, open_only=True),
        today=today,
        page_size=1,
    )
    if not owned.total:
        text = "您目前没有需要整改的隐患。"
    else:
        # the page is said once, in the page row under the list
        lines = [f"我负责整改的隐患（{owned.total} 条）："]
        lines += [list_line(i.hazard, i.unit_name, i.owner_name, today) for i in owned.items]
        text = "\n".join(lines)
    keyboard = _card_rows([i.hazard for i in owned.items])
    nav = page_buttons(owned.page + 1, owned.pages, lambda k: f"{MY_PAGE_PREFIX}{k - 1}")
    if nav:
        keyboard.append(nav)
    if reported.total:
        keyboard.append([Button(f"我上报/负责的未销号隐患（{reported.total}）", "hzl:0:o:-:0:01")])
    return text, keyboard


def _card_rows(hazards: list[Hazard]) -> Keyboard:
    """A button per hazard opening its card, two to a row."""
    buttons = [Button(h.number or str(h.id), f"hz:card:{h.id}") for h in hazards]
    return [buttons[i : i + 2] for i in range(0, len(buttons), 2)]


async def my_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """What I own and must rectify, most urgent first, a page at a time."""
    async with transaction(context) as session:
        found = await person_and_actor(update, context, session)
        if found is None:
            return
        person, actor = found
        text, keyboard = await render_my(session, person, actor, 0, today_of(context))
    await reply(update, text, keyboard)


async def my_page(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A page button under /my: edit the list in place."""
    cq = update.callback_query
    assert cq is not None
    page = parse_page(cq.data or "", MY_PAGE_PREFIX)
    if page is None:
        await answer(update, "该按钮已失效，请重新发送 /my。", alert=True)
        return
    async with transaction(context) as session:
        found = await person_and_actor(update, context, session)
        if found is None:
            return
        person, actor = found
        text, keyboard = await render_my(session, person, actor, page, today_of(context))
    await answer(update)
    await edit_in_place(update, context, text, keyboard)


def parse_page(data: str, prefix: str) -> int | None:
    """The page number of a `<prefix><page>` button, None when forged."""
    rest = data.removeprefix(prefix)
    if rest == data or not rest.isdigit() or len(rest) > MAX_ID_DIGITS:
        return None
    return int(rest)


async def edit_in_place(
    update: Update, context: ContextTypes.DEFAULT_TYPE, text: str, keyboard: Keyboard
) -> None:
    """Replace the pressed message; pressing the page already shown is not an error."""
    cq = update.callback_query
    assert cq is not None
    if cq.message is None:
        await reply(update, text, keyboard)
        return
    try:
        await context.bot.edit_message_text(
            text,
            chat_id=cq.message.chat.id,
            message_id=cq.message.message_id,
            reply_markup=to_markup(keyboard),
        )
    except BadRequest as exc:
        if "not modified" not in exc.message.lower():
            raise


# ---------------------------------------------------------------- /list


@dataclass(frozen=True)
class ListQuery:
    status: str = "-"  # '-' all, 'o' open, or a STATUS_CODES key
    level: str = "-"  # '-', 'g', 'm'
    unit_id: int = 0
    overdue: bool = False
    mine: bool = False

    def encode(self, page: int) -> str:
        return f"hzl:{page}:{self.status}:{self.level}:{self.unit_id}:{int(self.overdue)}{int(self.mine)}"

    @classmethod
    def decode(cls, data: str) -> tuple[ListQuery, int]:
        _, page, status, level, unit, flags = data.split(":")
        if not (page.isdigit() and unit.isdigit()) or max(len(page), len(unit)) > MAX_ID_DIGITS:
            raise ValueError(data)  # forged: ids must fit the database's integer columns
        if status not in STATUS_CODES and status not in ("-", "o"):
            raise ValueError(status)
        if level not in ("-", "g", "m") or len(flags) != 2:
            raise ValueError(level)
        return cls(status, level, int(unit), flags[0] == "1", flags[1] == "1"), int(page)

    def filters(self) -> hz.HazardFilters:
        return hz.HazardFilters(
            statuses=STATUS_CODES.get(self.status, ()),
            open_only=self.status == "o",
            level={"g": HazardLevel.GENERAL, "m": HazardLevel.MAJOR}.get(self.level),
            unit_id=self.unit_id or None,
            overdue=self.overdue,
            mine=self.mine,
        )

    def describe(self, unit_name: str | None) -> str:
        parts = []
        if self.status == "o":
            parts.append("未销号")
        elif self.status in STATUS_CODES:
            parts.append(HAZARD_STATUS_LABELS[STATUS_CODES[self.status][0]])
        if self.level != "-":
            parts.append("重大隐患" if self.level == "m" else "一般隐患")
        if unit_name:
            parts.append(unit_name)
        if self.overdue:
            parts.append("逾期")
        if self.mine:
            parts.append("我的")
        return "、".join(parts) or "全部"


async def parse_list_args(session: AsyncSession, args: list[str]) -> tuple[ListQuery, str | None]:
    """Words after /list: 状态 (待研判 整改中 待验收 已销号 未销号), 重大/一般, 逾期, 我的, a unit name."""
    query = ListQuery()
    unknown: list[str] = []
    for word in args:
        if word in STATUS_WORDS:
            query = ListQuery(STATUS_WORDS[word], query.level, query.unit_id, query.overdue, query.mine)
        elif word in LEVEL_WORDS:
            query = ListQuery(query.status, LEVEL_WORDS[word], query.unit_id, query.overdue, query.mine)
        elif word in ("逾期", "超期"):
            query = ListQuery(query.status, query.level, query.unit_id, True, query.mine)
        elif word in ("我的", "我"):
            query = ListQuery(query.status, query.level, query.unit_id, query.overdue, True)
        else:
            unit = await find_unit(session, word)
            if unit is None:
                unknown.append(word)
            else:
                query = ListQuery(query.status, query.level, unit.id, query.overdue, query.mine)
    problem = f"看不懂的筛选条件：{clip('、'.join(unknown), 100)}" if unknown else None
    return query, problem


async def render_list(
    session: AsyncSession, actor: Actor, query: ListQuery, page: int, today: date
) -> tuple[str, Keyboard]:
    result = await hz.list_hazards(
        session, actor=actor, filters=query.filters(), page=page, page_size=PAGE_SIZE, today=today
    )
    unit_name = None
    if query.unit_id:
        unit = await session.get(Unit, query.unit_id)
        unit_name = unit.name if unit else None
    # the page is said once, in the page row under the list
    lines = [f"隐患台账（{query.describe(unit_name)}）：共 {result.total} 条"]
    lines += [list_line(item.hazard, item.unit_name, item.owner_name, today) for item in result.items]
    if not result.items:
        lines.append("没有符合条件的隐患。")
    keyboard: Keyboard = []
    cards_row: list[Button] = []
    for item in result.items:
        cards_row.append(Button(item.hazard.number or str(item.hazard.id), f"hz:card:{item.hazard.id}"))
        if len(cards_row) == 2:
            keyboard.append(cards_row)
            cards_row = []
    if cards_row:
        keyboard.append(cards_row)
    keyboard.append(
        [
            Button("未销号", ListQuery("o").encode(0)),
            Button("逾期", ListQuery(overdue=True).encode(0)),
            Button("重大", ListQuery(level="m").encode(0)),
            Button("我的", ListQuery(mine=True).encode(0)),
            Button("全部", ListQuery().encode(0)),
        ]
    )
    nav = page_buttons(result.page + 1, result.pages, lambda k: query.encode(k - 1))
    if nav:
        keyboard.append(nav)
    return "\n".join(lines), keyboard


async def list_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/list [待研判|整改中|待验收|已销号|未销号] [重大|一般] [逾期] [我的] [单位名]."""
    async with transaction(context) as session:
        found = await person_and_actor(update, context, session)
        if found is None:
            return
        _, actor = found
        query, problem = await parse_list_args(session, context.args or [])
        if problem:
            await reply(
                update,
                f"{problem}\n用法：/list [待研判|整改中|待验收|已销号|未销号] [重大|一般] [逾期] [我的] [单位名]",
            )
            return
        text, keyboard = await render_list(session, actor, query, 0, today_of(context))
    await reply(update, text, keyboard)


async def list_page(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A page or filter button under a list: edit the list in place."""
    cq = update.callback_query
    assert cq is not None
    try:
        query, page = ListQuery.decode(cq.data or "")
    except ValueError:
        await answer(update, "该按钮已失效，请重新发送 /list。", alert=True)
        return
    async with transaction(context) as session:
        found = await person_and_actor(update, context, session)
        if found is None:
            return
        _, actor = found
        text, keyboard = await render_list(session, actor, query, page, today_of(context))
    await answer(update)
    await edit_in_place(update, context, text, keyboard)


# ---------------------------------------------------------------- /points


async def points_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """One's own points and the month's ranking (anonymous reports count as 匿名)."""
    svc = services(context)
    today = today_of(context)
    async with transaction(context) as session:
        person = await require_person(update, context, session)
        if person is None:
            return
        month, total = await hz.my_points(
            session, person.id, year=today.year, month=today.month, zone=svc.settings.zone
        )
        ranking = await hz.points_ranking(
            session, year=today.year, month=today.month, viewer_id=person.id, zone=svc.settings.zone
        )
    lines = [f"我的积分：本月 {month} 分，累计 {total} 分", f"{today.year} 年 {today.month} 月积分排行："]
    if not ranking:
        lines.append("本月还没有人获得积分。上报隐患并经验收销号即可获得积分。")
    for row in ranking:
        mark = "（我）" if row.is_viewer else ""  # only the viewer reads this, so 匿名（我） is safe
        lines.append(f"{row.rank}. {row.name}{mark} {row.points} 分")
    await reply(update, "\n".join(lines), None)


def register(application: Application) -> None:
    application.add_handler(CommandHandler("hazard", hazard_command))
    # A number typed on its own is looked up, not asked about: group 0, after the conversations
    # that take free text (registration, broadcast: earlier modules in bot/app.py) and before the
    # Q&A catch-all (ask); a live report draft (group -2) or a pending question of the hazard loop
    # (group -1) has taken its person's text before this is reached.
    application.add_handler(
        MessageHandler(
            filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND & HAZARD_NUMBER_MESSAGE,
            typed_number,
        )
    )
    application.add_handler(CommandHandler("my", my_command))
    application.add_handler(CommandHandler("list", list_command))
    application.add_handler(CommandHandler("points", points_command))
    application.add_handler(CallbackQueryHandler(list_page, pattern=r"^hzl:"))
    application.add_handler(CallbackQueryHandler(my_page, pattern=rf"^{MY_PAGE_PREFIX}"))
