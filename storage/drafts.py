"""Half-finished hazard reports (随手拍 drafts), platform-free.

A draft lives in the `report_drafts` table, one per Telegram user, and every answer is saved at
once, so a restart of the bot loses nothing: the next message simply continues where the draft
stands. The conversation is a small state machine over `Step`; `next_step` asks for the first
thing still missing, which gives the guided path (everything, in order) and the quick path
(a photo with a caption: only what the caption did not say) from one rule.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.hazard_cards import cb as card_callback
from storage.hazard_cards import place, scope_of
from storage.hazards import DEFAULT_ZONE, find_open_duplicates, report_hazard
from storage.models import (
    HAZARD_CATEGORY_LABELS,
    HAZARD_SOURCE_LABELS,
    Hazard,
    HazardCategory,
    HazardSource,
    ReportDraft,
)
from storage.outbox import Button, Keyboard
from storage.permissions import Action, Actor, may
from storage.photos import PhotoInput, StoredPhoto

MAX_PHOTOS = 9
DESCRIPTION_MIN = 2
DESCRIPTION_MAX = 1000
LOCATION_MAX = 200
CALLBACK_PREFIX = "rp"


class Step(StrEnum):
    PHOTOS = "photos"
    DESCRIPTION = "description"
    LOCATION = "location"
    CATEGORY = "category"
    UNIT = "unit"
    SOURCE = "source"  # safety officers only: 自查 / 督查 / 举报
    ANONYMOUS = "anonymous"  # reports only: 实名 / 匿名
    SUMMARY = "summary"
    EDIT = "edit"  # choosing which answer to change


# The order the guided path asks in.
ORDER: tuple[Step, ...] = (
    Step.PHOTOS,
    Step.DESCRIPTION,
    Step.LOCATION,
    Step.CATEGORY,
    Step.UNIT,
    Step.SOURCE,
    Step.ANONYMOUS,
)

# What 修改 offers, with its label.
EDITABLE: dict[Step, str] = {
    Step.PHOTOS: "照片",
    Step.DESCRIPTION: "描述",
    Step.LOCATION: "位置",
    Step.CATEGORY: "类别",
    Step.UNIT: "单位",
    Step.SOURCE: "来源",
}

SOURCE_BUTTON_LABELS: dict[HazardSource, str] = {
    HazardSource.REPORT: "举报",
    HazardSource.SELF_CHECK: "自查",
    HazardSource.INSPECTION: "督查",
}


class DraftError(ValueError):
    """An answer the draft cannot take; str() is the message for the user (Chinese)."""


# ---------------------------------------------------------------- the draft's content


@dataclass
class DraftPhoto:
    file_id: str
    file_unique_id: str
    sha256: str | None = None
    path: str | None = None
    size: int | None = None
    width: int | None = None
    height: int | None = None

    @classmethod
    def from_input(cls, photo: PhotoInput) -> DraftPhoto:
        stored = photo.stored
        return cls(
            file_id=photo.file_id,
            file_unique_id=photo.file_unique_id,
            sha256=stored.sha256 if stored else None,
            path=stored.path if stored else None,
            size=stored.size if stored else None,
            width=stored.width if stored else None,
            height=stored.height if stored else None,
        )

    def to_input(self) -> PhotoInput:
        stored = None
        if self.sha256 is not None and self.path is not None:
            stored = StoredPhoto(
                sha256=self.sha256,
                path=self.path,
                size=self.size or 0,
                width=self.width or 0,
                height=self.height or 0,
            )
        return PhotoInput(file_id=self.file_id, file_unique_id=self.file_unique_id, stored=stored)


@dataclass
class DraftData:
    """What the reporter said so far; kept as JSON in report_drafts.data."""

    photos: list[DraftPhoto] = field(default_factory=list)
    description: str | None = None
    location_text: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    category: str | None = None
    unit_id: int | None = None
    source: str = HazardSource.REPORT.value
    anonymous: bool = False
    officer: bool = False  # may switch the source (Action.FILE_CHECK_ENTRY)
    quick: bool = False  # started by a photo sent straight to the bot
    done: list[str] = field(default_factory=list)  # steps answered
    paused: bool = False  # the person went on to another feature; /report resumes
    notes: list[str] = field(default_factory=list)  # said once the album window closes
    photos_pending: int = 0  # photos received since the last acknowledgement

    @classmethod
    def from_json(cls, raw: dict[str, Any] | None) -> DraftData:
        # a deep copy: the loaded JSON is SQLAlchemy's committed state, and a change made in place
        # (done.append) would make old and new compare equal, so the UPDATE would be skipped
        raw = copy.deepcopy(dict(raw or {}))
        photos = [DraftPhoto(**p) for p in raw.pop("photos", []) or []]
        known = set(cls.__dataclass_fields__)
        return cls(photos=photos, **{k: v for k, v in raw.items() if k in known})

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    # -- steps

    def is_done(self, step: Step) -> bool:
        return step.value in self.done

    def mark_done(self, step: Step) -> None:
        if step.value not in self.done:
            self.done.append(step.value)

    def applies(self, step: Step) -> bool:
        if step == Step.SOURCE:
            return self.officer
        if step == Step.ANONYMOUS:
            return self.source == HazardSource.REPORT.value
        return True

    # -- answers

    def add_photo(self, photo: DraftPhoto) -> bool:
        """Add a photo; False when the same picture is already in this draft."""
        for existing in self.photos:
            if existing.file_unique_id == photo.file_unique_id or (
                photo.sha256 is not None and existing.sha256 == photo.sha256
            ):
                return False
        if len(self.photos) >= MAX_PHOTOS:
            raise DraftError(f"每条隐患最多 {MAX_PHOTOS} 张照片，多出的照片未保存。")
        self.photos.append(photo)
        self.photos_pending += 1
        return True

    def set_description(self, text: str) -> None:
        cleaned = " ".join(text.split()) if "\n" not in text else text.strip()
        if len(cleaned) < DESCRIPTION_MIN:
            raise DraftError("描述太短了，请用一两句话说明看到的隐患（如“配电箱门损坏，电线裸露”）。")
        if len(cleaned) > DESCRIPTION_MAX:
            raise DraftError(f"描述最多 {DESCRIPTION_MAX} 个字，请精简后重新发送。")
        self.description = cleaned
        self.mark_done(Step.DESCRIPTION)

    def set_location_text(self, text: str) -> None:
        cleaned = " ".join(text.split())
        if not cleaned:
            raise DraftError("请用文字说明隐患所在位置，或发送定位。")
        if len(cleaned) > LOCATION_MAX:
            raise DraftError(f"位置描述最多 {LOCATION_MAX} 个字，请精简后重新发送。")
        self.location_text = cleaned
        self.mark_done(Step.LOCATION)

    def set_location_pin(self, latitude: float, longitude: float) -> None:
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise DraftError("定位无效，请重新发送位置。")
        self.latitude = latitude
        self.longitude = longitude
        self.mark_done(Step.LOCATION)

    def skip_location(self) -> None:
        self.mark_done(Step.LOCATION)

    def set_category(self, value: str) -> None:
        try:
            self.category = HazardCategory(value).value
        except ValueError as exc:
            raise DraftError("请选择下方列出的隐患类别。") from exc
        self.mark_done(Step.CATEGORY)

    def set_unit(self, unit_id: int) -> None:
        self.unit_id = unit_id
        self.mark_done(Step.UNIT)

    def set_source(self, value: str) -> None:
        source = HazardSource(value)
        if source != HazardSource.REPORT and not self.officer:
            raise DraftError("只有安全员可以登记自查或督查发现的隐患。")
        self.source = source.value
        if source != HazardSource.REPORT:
            self.anonymous = False  # an officer's own check entry is never a whistle-blow
        self.mark_done(Step.SOURCE)

    def set_anonymous(self, anonymous: bool) -> None:
        self.anonymous = anonymous and self.source == HazardSource.REPORT.value
        self.mark_done(Step.ANONYMOUS)

    def missing(self) -> list[str]:
        """What still blocks submitting, in Chinese."""
        out = []
        if not self.photos:
            out.append("照片")
        if not self.description:
            out.append("描述")
        if not self.category:
            out.append("类别")
        return out


def next_step(data: DraftData) -> Step:
    """The first thing still to ask; SUMMARY once everything is answered."""
    if not data.photos:
        return Step.PHOTOS
    for step in ORDER:
        if data.applies(step) and not data.is_done(step):
            return step
    return Step.SUMMARY


def new_data(
    *,
    officer: bool,
    unit_id: int | None,
    quick: bool,
    caption: str | None = None,
) -> DraftData:
    """A fresh draft. The quick path takes defaults for everything the caption cannot say."""
    data = DraftData(officer=officer, unit_id=unit_id, quick=quick)
    if quick:
        data.mark_done(Step.UNIT)
        data.mark_done(Step.SOURCE)
        data.mark_done(Step.ANONYMOUS)
    if caption:
        absorb_caption(data, caption)
    return data


def absorb_caption(data: DraftData, caption: str) -> None:
    """A caption describes the hazard unless a description is already there."""
    if data.description or not caption.strip():
        return
    try:
        data.set_description(caption)
    except DraftError:
        return
    if data.quick and data.category is None:
        guessed = guess_category(caption)
        if guessed is not None:
            data.set_category(guessed.value)


# Words that point to a category; a quick report is filed under the best match, and the reporter
# can change it in the summary.
CATEGORY_KEYWORDS: dict[HazardCategory, tuple[str, ...]] = {
    HazardCategory.HOT_WORK: ("动火", "电焊", "焊接", "气割", "切割作业", "焊渣"),
    HazardCategory.CONFINED_SPACE: ("有限空间", "受限空间", "窨井", "污水池", "储罐内", "地下室通风"),
    HazardCategory.WORK_AT_HEIGHT: ("高处", "高空", "脚手架", "安全带", "临边", "登高", "梯子", "护栏缺"),
    HazardCategory.LIFTING: ("起重", "吊装", "吊车", "行车", "吊钩", "钢丝绳", "塔吊", "吊索"),
    HazardCategory.GAS: ("燃气", "煤气", "天然气", "液化气", "气瓶", "漏气"),
    HazardCategory.HAZARDOUS_CHEMICALS: ("化学品", "危化", "危险化学", "腐蚀", "易燃液体", "油漆", "溶剂"),
    HazardCategory.ELECTRICAL: ("电线", "插座", "配电", "漏电", "电箱", "私拉乱接", "电缆", "裸露", "开关"),
    HazardCategory.FIRE: (
        "灭火器",
        "消防",
        "消火栓",
        "火灾",
        "烟感",
        "安全出口",
        "疏散",
        "喷淋",
        "防火门",
        "堵塞通道",
    ),
    HazardCategory.MACHINERY: ("机械", "防护罩", "传动", "机床", "皮带轮", "冲床", "设备运转"),
    HazardCategory.CONSTRUCTION: ("施工", "基坑", "模板", "工地", "坍塌", "围挡"),
    HazardCategory.TRAFFIC: ("叉车", "车辆", "交通", "超速", "驾驶", "货车"),
}


def guess_category(text: str) -> HazardCategory | None:
    """The category whose words the text mentions most; None when nothing matches."""
    best: HazardCategory | None = None
    best_hits = 0
    for category, words in CATEGORY_KEYWORDS.items():
        hits = sum(1 for word in words if word in text)
        if hits > best_hits:
            best, best_hits = category, hits
    return best


def category_from_text(text: str) -> HazardCategory | None:
    """A typed answer at the category step: a label (“消防”) or a word that points to one."""
    cleaned = text.strip()
    for category, label in HAZARD_CATEGORY_LABELS.items():
        if cleaned == label:
            return category
    return guess_category(cleaned)


# ---------------------------------------------------------------- persistence


def expired(draft: ReportDraft, now: datetime, ttl: timedelta) -> bool:
    return draft.updated_at + ttl <= now


@dataclass
class Lookup:
    draft: ReportDraft | None
    expired: bool = False  # an expired draft was found (and deleted)


async def find_draft(
    session: AsyncSession, telegram_user_id: int, *, now: datetime, ttl: timedelta
) -> Lookup:
    """The user's live draft; an expired one is deleted on sight."""
    statement = select(ReportDraft).where(ReportDraft.telegram_user_id == telegram_user_id)
    if session.get_bind().dialect.name == "postgresql":
        statement = statement.with_for_update()
    draft = await session.scalar(statement.execution_options(populate_existing=True))
    if draft is None:
        return Lookup(None)
    if expired(draft, now, ttl):
        await session.delete(draft)
        await session.flush()
        return Lookup(None, expired=True)
    return Lookup(draft)


async def start_draft(
    session: AsyncSession,
    *,
    telegram_user_id: int,
    person_id: int,
    data: DraftData,
    now: datetime,
) -> ReportDraft:
    """Begin a new draft, replacing any earlier one of this user."""
    await session.execute(delete(ReportDraft).where(ReportDraft.telegram_user_id == telegram_user_id))
    draft = ReportDraft(
        telegram_user_id=telegram_user_id,
        person_id=person_id,
        step=next_step(data).value,
        data=data.to_json(),
        created_at=now,
        updated_at=now,
    )
    session.add(draft)
    await session.flush()
    return draft


def load(draft: ReportDraft) -> DraftData:
    return DraftData.from_json(draft.data)


async def save(
    session: AsyncSession, draft: ReportDraft, data: DraftData, step: Step, *, now: datetime
) -> None:
    # a new dict object: SQLAlchemy does not see in-place changes of a JSON column
    draft.data = data.to_json()
    draft.step = step.value
    draft.updated_at = now
    await session.flush()


async def discard(session: AsyncSession, draft: ReportDraft) -> None:
    await session.delete(draft)
    await session.flush()


async def live_drafts(session: AsyncSession, *, now: datetime, ttl: timedelta) -> list[ReportDraft]:
    """Every draft that has not expired."""
    statement = select(ReportDraft).where(ReportDraft.updated_at > now - ttl).order_by(ReportDraft.id)
    return list(await session.scalars(statement))


async def purge_expired(session: AsyncSession, *, now: datetime, ttl: timedelta) -> int:
    """Delete abandoned drafts; returns how many."""
    result = await session.execute(delete(ReportDraft).where(ReportDraft.updated_at <= now - ttl))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


async def duplicates_of(session: AsyncSession, photo: DraftPhoto) -> list[str]:
    """Numbers of open hazards that already hold this photo."""
    return await find_open_duplicates(session, [photo.to_input()])


async def submit(
    session: AsyncSession,
    draft: ReportDraft,
    *,
    reporter: Actor,
    now: datetime,
    zone: ZoneInfo = DEFAULT_ZONE,
) -> Hazard:
    """File the hazard (photos, first event, notifications) and drop the draft, one transaction."""
    data = load(draft)
    missing = data.missing()
    if missing:
        raise DraftError(f"还缺少：{'、'.join(missing)}。")
    hazard = await report_hazard(
        session,
        reporter=reporter,
        description=data.description or "",
        category=data.category or HazardCategory.OTHER.value,
        unit_id=data.unit_id,
        location_text=data.location_text,
        latitude=data.latitude,
        longitude=data.longitude,
        photos=[p.to_input() for p in data.photos],
        anonymous=data.anonymous,
        source=data.source,
        now=now,
        zone=zone,
    )
    await discard(session, draft)
    return hazard


# ---------------------------------------------------------------- what the bot says


def submitted(hazard: Hazard, reporter: Actor) -> tuple[str, Keyboard | None]:
    """The reply to 确认提交: the number and what happens next for this reporter.

    A reporter who may triage the hazard themselves (a safety officer's own check, a manager's
    report in their units) is not told that a safety officer will look at it: it is in the ledger,
    and they can triage it now, from the card the 立即研判 button opens (they are sent no notice of
    their own report). Everyone else is told the safety officers will, and how to follow it."""
    if may(reporter, Action.TRIAGE_HAZARD, scope_of(hazard)):
        lines = [
            f"✅ 已登记到隐患台账，隐患编号：{hazard.number}",
            f"您现在就可以研判：点下方“立即研判”打开隐患卡片，定级、指派整改；也可以稍后发送 /hazard {hazard.number}。",
        ]
        if hazard.anonymous:
            lines.append("本次为匿名上报，您的身份对他人保密。")
        return "\n".join(lines), [[Button("🛠 立即研判", card_callback("card", hazard.id))]]
    lines = [f"✅ 上报成功！隐患编号：{hazard.number}", "安全员将尽快研判处理，处理进展会通知您。"]
    if hazard.anonymous:
        lines.append("本次为匿名上报，您的身份对他人保密。")
    lines.append(f"可发送 /hazard {hazard.number} 查看进度。")
    return "\n".join(lines), None


def cb(draft_id: int, verb: str, arg: str | int | None = None) -> str:
    """Callback data `rp:<draft>:<verb>[:<arg>]`: a button from an older draft does nothing."""
    return f"{CALLBACK_PREFIX}:{draft_id}:{verb}" + ("" if arg is None else f":{arg}")


@dataclass
class UnitOption:
    id: int
    label: str


def category_keyboard(draft_id: int) -> Keyboard:
    buttons = [
        Button(label, data=cb(draft_id, "cat", c.value)) for c, label in HAZARD_CATEGORY_LABELS.items()
    ]
    return [buttons[i : i + 3] for i in range(0, len(buttons), 3)]


UNIT_BUTTONS = 30  # unit buttons of the report's unit question; more are found by typing a name


def unit_keyboard(draft_id: int, options: Sequence[UnitOption], own_unit_id: int | None) -> Keyboard:
    ordered = sorted(options, key=lambda o: (o.id != own_unit_id, o.label))[:UNIT_BUTTONS]
    rows: Keyboard = []
    for option in ordered:
        label = f"本单位：{option.label}" if option.id == own_unit_id else option.label
        rows.append([Button(label, data=cb(draft_id, "unit", option.id))])
    return rows


def source_keyboard(draft_id: int) -> Keyboard:
    return [
        [Button(SOURCE_BUTTON_LABELS[s], data=cb(draft_id, "src", s.value)) for s in SOURCE_BUTTON_LABELS]
    ]


def anonymous_keyboard(draft_id: int) -> Keyboard:
    return [
        [Button("实名上报", data=cb(draft_id, "anon", 0)), Button("匿名上报", data=cb(draft_id, "anon", 1))]
    ]


def cancel_row(draft_id: int) -> list[Button]:
    return [Button("取消上报", data=cb(draft_id, "cancel"))]


def prompt(
    step: Step,
    data: DraftData,
    draft_id: int,
    *,
    units: Sequence[UnitOption] = (),
    unit_label: str | None = None,
    own_unit_id: int | None = None,
) -> tuple[str, Keyboard]:
    """The question for a step, with its buttons."""
    if step == Step.PHOTOS:
        return (
            f"📷 请发送隐患现场照片（1–{MAX_PHOTOS} 张，可一次选多张）。\n照片会去除位置等隐私信息后保存。",
            [cancel_row(draft_id)],
        )
    if step == Step.DESCRIPTION:
        return ("✏️ 请用文字描述隐患情况（看到了什么、有什么危险）：", [cancel_row(draft_id)])
    if step == Step.LOCATION:
        return (
            "📍 隐患在哪里？请输入位置（如“二号仓库东门”），或发送定位。",
            [[Button("跳过", data=cb(draft_id, "loc", "skip"))], cancel_row(draft_id)],
        )
    if step == Step.CATEGORY:
        return ("🏷 请选择隐患类别：", [*category_keyboard(draft_id), cancel_row(draft_id)])
    if step == Step.UNIT:
        # The buttons list the first UNIT_BUTTONS units; the others are chosen by typing a name.
        more = "（列表只显示部分单位，其他单位请直接输入单位名称）" if len(units) > UNIT_BUTTONS else ""
        return (
            f"🏭 隐患在哪个单位发现？{more}",
            [*unit_keyboard(draft_id, units, own_unit_id), cancel_row(draft_id)],
        )
    if step == Step.SOURCE:
        return (
            "📂 这条隐患的来源：举报（职工/群众反映）、自查（企业自查发现）还是督查（督导检查发现）？",
            [*source_keyboard(draft_id), cancel_row(draft_id)],
        )
    if step == Step.ANONYMOUS:
        return (
            "🔒 是否匿名上报？匿名时，您的姓名不会出现在任何人收到的通知、台账或导出中，"
            "只用于您本人查看进度和领取奖励。",
            [*anonymous_keyboard(draft_id), cancel_row(draft_id)],
        )
    if step == Step.EDIT:
        fields = [s for s in EDITABLE if data.applies(s)]
        buttons = [Button(EDITABLE[s], data=cb(draft_id, "edit", s.value)) for s in fields]
        rows = [buttons[i : i + 3] for i in range(0, len(buttons), 3)]
        return ("要修改哪一项？", [*rows, [Button("返回", data=cb(draft_id, "back"))]])
    return summary(data, draft_id, unit_label=unit_label)


def summary(data: DraftData, draft_id: int, *, unit_label: str | None) -> tuple[str, Keyboard]:
    lines = [
        "📋 请核对隐患上报内容：",
        f"照片：{len(data.photos)} 张",
        f"描述：{data.description or '（未填写）'}",
    ]
    lines.append(f"位置：{place(data.location_text, data.latitude, data.longitude) or '未填写'}")
    category = HAZARD_CATEGORY_LABELS.get(HazardCategory(data.category)) if data.category else None
    lines.append(f"类别：{category or '（未选择）'}")
    lines.append(f"发现单位：{unit_label or '未指定'}")
    source = HazardSource(data.source)
    if data.officer:
        lines.append(f"来源：{HAZARD_SOURCE_LABELS[source]}")
    if source == HazardSource.REPORT:
        lines.append("上报方式：" + ("匿名（您的身份对他人保密）" if data.anonymous else "实名"))
    missing = data.missing()
    if missing:
        lines.append(f"\n还缺少：{'、'.join(missing)}，请点「修改」补充。")
    keyboard: Keyboard = [[Button("✅ 确认提交", data=cb(draft_id, "ok"))]]
    toggles: list[Button] = []
    if source == HazardSource.REPORT:
        toggles.append(
            Button(
                "改为实名" if data.anonymous else "改为匿名",
                data=cb(draft_id, "anon", int(not data.anonymous)),
            )
        )
    if data.officer:
        others = [s for s in SOURCE_BUTTON_LABELS if s != source]
        toggles += [
            Button(f"来源改为{SOURCE_BUTTON_LABELS[s]}", data=cb(draft_id, "src", s.value)) for s in others
        ]
    if toggles:
        keyboard.append(toggles)
    keyboard.append(
        [Button("✏️ 修改", data=cb(draft_id, "edit")), Button("❌ 取消", data=cb(draft_id, "cancel"))]
    )
    return "\n".join(lines), keyboard


def progress_line(data: DraftData) -> str:
    """One line saying what a draft holds, for the resume question."""
    parts = [f"照片 {len(data.photos)} 张"]
    if data.description:
        text = data.description if len(data.description) <= 20 else data.description[:20] + "…"
        parts.append(f"描述“{text}”")
    return "，".join(parts)
