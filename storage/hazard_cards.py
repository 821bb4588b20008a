"""Hazard cards as platform-free text and buttons.

Callback data carries only compact ids (`hz:<verb>:<id>[:<arg>]`, well under Telegram's 64
bytes); a handler re-reads the hazard and re-checks permission on every press. Nothing here
ever prints an anonymous reporter's name: the view already holds "匿名" in its place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from storage.hazard_flow import OP_LABELS, Op, allowed_ops
from storage.models import (
    HAZARD_CATEGORY_LABELS,
    HAZARD_LEVEL_LABELS,
    HAZARD_SOURCE_LABELS,
    HAZARD_STATUS_LABELS,
    Hazard,
    HazardCategory,
    HazardLevel,
    HazardPhoto,
    HazardSource,
    HazardStatus,
    PhotoKind,
)
from storage.outbox import Button, Keyboard
from storage.permissions import Actor, HazardScope
from storage.spacing import spaced

ANONYMOUS = "匿名"
TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
TIMELINE_LIMIT = 12


@dataclass(frozen=True)
class EventView:
    action: str
    from_status: str | None
    to_status: str | None
    note: str | None
    actor: str  # display name, "匿名" for an anonymous reporter's own events
    created_at: datetime


@dataclass
class HazardView:
    """A hazard with the names a card shows, resolved once."""

    hazard: Hazard
    unit_name: str | None = None
    owner_name: str | None = None
    reporter: str = ANONYMOUS  # display name: "匿名" for anonymous reports
    supervisor: str | None = None
    verifier_name: str | None = None
    duplicate_of_number: str | None = None
    photos: list[HazardPhoto] = field(default_factory=list)
    events: list[EventView] = field(default_factory=list)
    pending_extension_id: int | None = None
    pending_extension_requester_id: int | None = None

    @property
    def before_photos(self) -> list[HazardPhoto]:
        return [p for p in self.photos if p.kind == PhotoKind.BEFORE.value]

    @property
    def after_photos(self) -> list[HazardPhoto]:
        return [p for p in self.photos if p.kind == PhotoKind.AFTER.value]

    def scope(self) -> HazardScope:
        return scope_of(self.hazard)


def scope_of(hazard: Hazard) -> HazardScope:
    return HazardScope(
        unit_id=hazard.unit_id,
        owner_id=hazard.owner_id,
        reporter_id=hazard.reporter_id,
        verifier_id=hazard.verifier_id,
    )


# ---- labels ---------------------------------------------------------------------------------


def status_label(status: str) -> str:
    return HAZARD_STATUS_LABELS.get(HazardStatus(status), status)


def level_label(level: str | None) -> str:
    return HAZARD_LEVEL_LABELS[HazardLevel(level)] if level else "未定级"


def category_label(category: str) -> str:
    return HAZARD_CATEGORY_LABELS.get(HazardCategory(category), category)


def source_label(source: str) -> str:
    return HAZARD_SOURCE_LABELS.get(HazardSource(source), source)


def deadline_text(deadline: date | None, today: date, status: str | None = None) -> str:
    if deadline is None:
        return "未设定"
    base = deadline.isoformat()
    if status in (HazardStatus.CLOSED.value, HazardStatus.INVALID.value, HazardStatus.DUPLICATE.value):
        return base
    days = (deadline - today).days
    if days > 0:
        return f"{base}（剩 {days} 天）"
    if days == 0:
        return f"{base}（今天到期）"
    return f"{base}（已逾期 {-days} 天）"


def is_overdue(hazard: Hazard, today: date) -> bool:
    return (
        hazard.deadline is not None
        and hazard.deadline < today
        and hazard.status in (HazardStatus.REPORTED.value, HazardStatus.ASSIGNED.value)
    )


def short_date(day: date) -> str:
    """3月5日: the short form for buttons and timelines (full dates are YYYY-MM-DD)."""
    return f"{day.month}月{day.day}日"


def local_time(instant: datetime, zone: ZoneInfo) -> str:
    local = instant.astimezone(zone)
    return f"{short_date(local)} {local:%H:%M}"


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def photos_missing_note(missing: int) -> str:
    """Said under a card whose photos (some or all) could not be shown: Telegram refused them and
    there was no usable stored copy either."""
    return f"⚠ 有 {missing} 张照片无法加载（文件已失效），未能显示。"


# ---- cards ----------------------------------------------------------------------------------


def headline(hazard: Hazard) -> str:
    level = f"【{level_label(hazard.level)}】" if hazard.level == HazardLevel.MAJOR.value else ""
    return f"{level}隐患 {hazard.number} ｜ {status_label(hazard.status)}"


def place(text: str | None, latitude: float | None, longitude: float | None) -> str:
    """Where a hazard is, as the report summary and the card both say it: the typed place and/or the
    pin, 二号仓库东门（定位 31.23040, 121.47370）; '' when neither was given."""
    where = (text or "").strip()
    if latitude is not None and longitude is not None:
        where += f"（定位 {latitude:.5f}, {longitude:.5f}）"
    return where


def summary_lines(view: HazardView, today: date, *, description_limit: int = 600) -> list[str]:
    hazard = view.hazard
    lines = [
        headline(hazard),
        f"等级：{level_label(hazard.level)} ｜ 类别：{category_label(hazard.category)}",
        f"来源：{source_label(hazard.source)} ｜ 上报人：{view.reporter}",
        f"单位：{view.unit_name or '未指定'}",
    ]
    where = place(hazard.location_text, hazard.latitude, hazard.longitude)
    if where:
        lines.append(f"位置：{where}")
    lines.append(f"描述：{clip(hazard.description, description_limit)}")
    lines.append(f"整改责任人：{view.owner_name or '未指派'}")
    lines.append(f"整改期限：{deadline_text(hazard.deadline, today, hazard.status)}")
    return lines


def card_text(view: HazardView, *, today: date, zone: ZoneInfo, photos_missing: int = 0) -> str:
    """The full card shown by /hazard: status, people, deadline, five fixes, photos, timeline.

    `photos_missing`: how many of the photos shown above the card could not be loaded."""
    hazard = view.hazard
    lines = summary_lines(view, today)
    if hazard.measures or hazard.funds or hazard.contingency_plan:
        lines.append("五落实：")
        lines.append(f"  责任：{view.owner_name or '未指派'} ｜ 时限：{hazard.deadline or '未设定'}")
        lines.append(f"  措施：{clip(hazard.measures or '未登记', 300)}")
        lines.append(f"  资金：{hazard.funds or '未登记'}")
        lines.append(f"  预案：{clip(hazard.contingency_plan or '未登记', 300)}")
    if hazard.supervised:
        lines.append(f"挂牌督办：是（督办人：{view.supervisor or '未记录'}）")
    if view.verifier_name:
        lines.append(f"验收人：{view.verifier_name}")
    if hazard.extension_count:
        lines.append(f"已延期：{hazard.extension_count} 次")
    if view.duplicate_of_number:
        lines.append(f"重复于：{view.duplicate_of_number}")
    if hazard.rectification_note:
        lines.append(f"整改说明：{clip(hazard.rectification_note, 300)}")
    lines.append(f"照片：整改前 {len(view.before_photos)} 张，整改后 {len(view.after_photos)} 张")
    if photos_missing:
        lines.append(photos_missing_note(photos_missing))
    if view.events:
        lines.append("进程：")
        shown = view.events[-TIMELINE_LIMIT:]
        if len(view.events) > len(shown):
            lines.append(f"  …（更早 {len(view.events) - len(shown)} 条）")
        for event in shown:
            lines.append("  " + event_line(event, zone))
    return clip("\n".join(lines), TEXT_LIMIT)


def event_line(event: EventView, zone: ZoneInfo) -> str:
    try:
        label = OP_LABELS[Op(event.action)]
    except ValueError:
        label = event.action
    arrow = ""
    if event.to_status and event.from_status != event.to_status:
        arrow = f" → {status_label(event.to_status)}"
    note = f"：{clip(event.note, 80)}" if event.note else ""
    return f"· {local_time(event.created_at, zone)} {spaced(event.actor, label)}{arrow}{note}"


def caption(view: HazardView, title: str, today: date, *, extra: str | None = None) -> str:
    """A notification caption (≤ 1024 characters, the photo caption limit)."""
    lines = [title, *summary_lines(view, today, description_limit=300)]
    if extra:
        lines.append(extra)
    return clip("\n".join(lines), CAPTION_LIMIT)


def list_line(hazard: Hazard, unit_name: str | None, owner_name: str | None, today: date) -> str:
    overdue = " ⚠逾期" if is_overdue(hazard, today) else ""
    level = "【重大】" if hazard.level == HazardLevel.MAJOR.value else ""
    deadline = f" ｜ 期限 {hazard.deadline.isoformat()}" if hazard.deadline else ""
    return (
        f"{hazard.number} {level}{status_label(hazard.status)}{overdue} ｜ {unit_name or '未指定单位'}"
        f" ｜ {clip(hazard.description, 30)} ｜ 责任人 {owner_name or '未指派'}{deadline}"
    )


# ---- buttons --------------------------------------------------------------------------------


def cb(verb: str, *ids: int | str) -> str:
    data = ":".join(["hz", verb, *(str(i) for i in ids)])
    assert len(data.encode()) <= 64, data
    return data


def triage_buttons(hazard_id: int) -> Keyboard:
    return [
        [Button("一般隐患", cb("lvl", hazard_id, "g")), Button("重大隐患", cb("lvl", hazard_id, "m"))],
        [Button("指派责任人", cb("assign", hazard_id)), Button("设定期限", cb("dl", hazard_id))],
        [Button("无效举报", cb("reject", hazard_id)), Button("标记重复", cb("dup", hazard_id))],
    ]


def owner_buttons(hazard_id: int) -> Keyboard:
    return [[Button("提交整改", cb("fix", hazard_id)), Button("申请延期", cb("ext", hazard_id))]]


def verify_buttons(hazard_id: int) -> Keyboard:
    return [[Button("验收销号", cb("close", hazard_id)), Button("退回整改", cb("back", hazard_id))]]


def extension_buttons(extension_id: int) -> Keyboard:
    return [[Button("同意延期", cb("exty", extension_id)), Button("不同意", cb("extn", extension_id))]]


def major_buttons(hazard: Hazard) -> Keyboard:
    row = [Button("登记五落实", cb("ff", hazard.id))]
    if not hazard.supervised:
        row.append(Button("挂牌督办", cb("sup", hazard.id)))
    return [row]


def card_buttons(view: HazardView, actor: Actor) -> Keyboard:
    """Only the buttons this actor could use on this hazard now."""
    hazard = view.hazard
    ops = allowed_ops(actor, HazardStatus(hazard.status), view.scope())
    rows: Keyboard = []
    major = hazard.level == HazardLevel.MAJOR.value
    if Op.SET_LEVEL in ops:
        if hazard.level is None:  # the same pair as the triage notice's
            rows.append(triage_buttons(hazard.id)[0])
        else:
            target = ("g", "改为一般隐患") if major else ("m", "改为重大隐患")
            rows.append([Button(target[1], cb("lvl", hazard.id, target[0]))])
    triage = [
        Button(text, cb(verb, hazard.id))
        for op, verb, text in (
            (Op.ASSIGN, "assign", "指派责任人" if hazard.owner_id is None else "改派责任人"),
            (Op.SET_DEADLINE, "dl", "设定期限"),
        )
        if op in ops
    ]
    if triage:
        rows.append(triage)
    invalid = [
        Button(text, cb(verb, hazard.id))
        for op, verb, text in ((Op.REJECT, "reject", "无效举报"), (Op.MARK_DUPLICATE, "dup", "标记重复"))
        if op in ops
    ]
    if invalid:
        rows.append(invalid)
    if major:
        extra = []
        if Op.FIVE_FIXES in ops:
            extra.append(Button("登记五落实", cb("ff", hazard.id)))
        if Op.SUPERVISE in ops and not hazard.supervised:
            extra.append(Button("挂牌督办", cb("sup", hazard.id)))
        if extra:
            rows.append(extra)
    owner = [
        Button(text, cb(verb, hazard.id))
        for op, verb, text in (
            (Op.SUBMIT_RECTIFICATION, "fix", "提交整改"),
            (Op.REQUEST_EXTENSION, "ext", "申请延期"),
        )
        if op in ops
    ]
    if owner:
        rows.append(owner)
    if (
        Op.DECIDE_EXTENSION in ops
        and view.pending_extension_id is not None
        and view.pending_extension_requester_id != actor.person_id  # nobody decides their own request
    ):
        rows.extend(extension_buttons(view.pending_extension_id))
    verify = [
        Button(text, cb(verb, hazard.id))
        for op, verb, text in ((Op.CLOSE, "close", "验收销号"), (Op.SEND_BACK, "back", "退回整改"))
        if op in ops
    ]
    if Op.SET_VERIFIER in ops:
        verify.append(
            Button("指定验收人" if hazard.verifier_id is None else "更换验收人", cb("vfy", hazard.id))
        )
    if verify:
        rows.append(verify)
    return rows
