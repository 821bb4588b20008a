"""The closed loop's one transition table, and who may fire each transition.

上报 → 研判/分派 → 整改 → 验收 → 销号. Pure data and pure functions: storage.hazards applies them
inside a transaction; cards use them to offer only the buttons that would work.
"""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum

from storage.models import HAZARD_STATUS_LABELS, HazardStatus
from storage.permissions import Action, Actor, HazardScope, duties_separated, may


class HazardError(Exception):
    """A refused hazard operation; str() is a clear message in Chinese for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class HazardNotFound(HazardError):
    pass


class HazardPermissionError(HazardError):
    pass


class Op(StrEnum):
    """Everything that can happen to a hazard; each writes one HazardEvent."""

    REPORT = "report"
    SET_LEVEL = "set_level"
    ASSIGN = "assign"
    SET_DEADLINE = "set_deadline"
    REJECT = "reject"
    MARK_DUPLICATE = "mark_duplicate"
    FIVE_FIXES = "five_fixes"
    SUPERVISE = "supervise"
    SET_VERIFIER = "set_verifier"
    SUBMIT_RECTIFICATION = "submit_rectification"
    REQUEST_EXTENSION = "request_extension"
    DECIDE_EXTENSION = "decide_extension"
    # a pending request lapses: the hazard changed owner, or is leaving 整改中 (submitted, closed)
    WITHDRAW_EXTENSION = "withdraw_extension"
    CLOSE = "close"
    SEND_BACK = "send_back"


OP_LABELS: dict[Op, str] = {
    Op.REPORT: "上报隐患",
    Op.SET_LEVEL: "设定隐患等级",
    Op.ASSIGN: "指派整改责任人",
    Op.SET_DEADLINE: "设定整改期限",
    Op.REJECT: "判定为无效举报",
    Op.MARK_DUPLICATE: "标记为重复隐患",
    Op.FIVE_FIXES: "登记五落实",
    Op.SUPERVISE: "挂牌督办",
    Op.SET_VERIFIER: "指定验收人",
    Op.SUBMIT_RECTIFICATION: "提交整改",
    Op.REQUEST_EXTENSION: "申请延期",
    Op.DECIDE_EXTENSION: "审批延期",
    Op.WITHDRAW_EXTENSION: "撤销延期申请",
    Op.CLOSE: "验收销号",
    Op.SEND_BACK: "退回整改",
}

_R, _A, _V = HazardStatus.REPORTED, HazardStatus.ASSIGNED, HazardStatus.RECTIFIED

# (from status, op) -> to status. None as the from status: the hazard does not exist yet.
TRANSITIONS: dict[tuple[HazardStatus | None, Op], HazardStatus] = {
    (None, Op.REPORT): _R,
    # triage
    (_R, Op.SET_LEVEL): _R,
    (_A, Op.SET_LEVEL): _A,
    (_V, Op.SET_LEVEL): _V,
    (_R, Op.ASSIGN): _A,
    (_A, Op.ASSIGN): _A,  # re-assign to someone else
    (_R, Op.SET_DEADLINE): _R,
    (_A, Op.SET_DEADLINE): _A,
    (_R, Op.REJECT): HazardStatus.INVALID,
    (_R, Op.MARK_DUPLICATE): HazardStatus.DUPLICATE,
    # major hazards
    (_R, Op.FIVE_FIXES): _R,
    (_A, Op.FIVE_FIXES): _A,
    (_V, Op.FIVE_FIXES): _V,
    (_R, Op.SUPERVISE): _R,
    (_A, Op.SUPERVISE): _A,
    (_V, Op.SUPERVISE): _V,
    (_R, Op.SET_VERIFIER): _R,
    (_A, Op.SET_VERIFIER): _A,
    (_V, Op.SET_VERIFIER): _V,
    # rectification
    (_A, Op.SUBMIT_RECTIFICATION): _V,
    (_A, Op.REQUEST_EXTENSION): _A,
    (_A, Op.DECIDE_EXTENSION): _A,
    # re-assigning withdraws the previous owner's pending request (the hazard is 整改中 after ASSIGN);
    # an op that takes the hazard out of 整改中 withdraws it first, while it is still 整改中
    (_A, Op.WITHDRAW_EXTENSION): _A,
    # verification
    (_V, Op.CLOSE): HazardStatus.CLOSED,
    (_V, Op.SEND_BACK): _A,
}

OP_PERMISSION: dict[Op, Action] = {
    Op.REPORT: Action.REPORT_HAZARD,
    Op.SET_LEVEL: Action.TRIAGE_HAZARD,
    Op.ASSIGN: Action.TRIAGE_HAZARD,
    Op.SET_DEADLINE: Action.TRIAGE_HAZARD,
    Op.REJECT: Action.TRIAGE_HAZARD,
    Op.MARK_DUPLICATE: Action.TRIAGE_HAZARD,
    Op.FIVE_FIXES: Action.RECORD_FIVE_FIXES,
    Op.SUPERVISE: Action.SUPERVISE_HAZARD,
    Op.SET_VERIFIER: Action.DESIGNATE_VERIFIER,
    Op.SUBMIT_RECTIFICATION: Action.SUBMIT_RECTIFICATION,
    Op.REQUEST_EXTENSION: Action.REQUEST_EXTENSION,
    Op.DECIDE_EXTENSION: Action.DECIDE_EXTENSION,
    # never fired on its own: it follows the op that caused it (re-assigning, submitting the
    # rectification), which was checked against the presser's permission
    Op.WITHDRAW_EXTENSION: Action.TRIAGE_HAZARD,
    Op.CLOSE: Action.VERIFY_HAZARD,
    Op.SEND_BACK: Action.VERIFY_HAZARD,
}

PERMISSION_REFUSALS: dict[Action, str] = {
    Action.REPORT_HAZARD: "您还没有登记，不能上报隐患",
    Action.FILE_CHECK_ENTRY: "只有安全员可以登记自查或督查发现的隐患",
    Action.TRIAGE_HAZARD: "只有安全员或该单位负责人可以研判、指派该隐患",
    Action.RECORD_FIVE_FIXES: "只有安全员或主要负责人可以登记五落实",
    Action.SUPERVISE_HAZARD: "只有安全员或主要负责人可以挂牌督办",
    Action.SUBMIT_RECTIFICATION: "只有该隐患的整改责任人可以提交整改",
    Action.REQUEST_EXTENSION: "只有该隐患的整改责任人可以申请延期",
    Action.DECIDE_EXTENSION: "只有安全员、该单位负责人或主要负责人可以审批延期申请",
    Action.VERIFY_HAZARD: "只有安全员或指定的验收人可以验收销号",
    Action.DESIGNATE_VERIFIER: "只有安全员可以指定验收人",
    Action.VIEW_HAZARD: "您无权查看该隐患",
    Action.LIST_HAZARDS: "您无权查看隐患台账",
}

_FINAL_REFUSALS: dict[HazardStatus, str] = {
    HazardStatus.CLOSED: "该隐患已销号",
    HazardStatus.INVALID: "该隐患已判定为无效举报",
    HazardStatus.DUPLICATE: "该隐患已标记为重复隐患",
}


def refusal_message(status: HazardStatus | None, op: Op) -> str:
    """Why `op` cannot happen in `status`, in words a worker understands."""
    verb = OP_LABELS[op]
    if status in _FINAL_REFUSALS:
        return f"{_FINAL_REFUSALS[status]}，不能再{verb}"
    if op in (Op.CLOSE, Op.SEND_BACK):
        if status == _R:
            return "该隐患尚未指派整改责任人，不能验收"
        if status == _A:
            return "整改责任人尚未提交整改，不能验收"
    if op in (Op.SUBMIT_RECTIFICATION, Op.REQUEST_EXTENSION, Op.DECIDE_EXTENSION) and status == _R:
        return f"该隐患尚未指派整改责任人，不能{verb}"
    if status == _V:
        if op == Op.SUBMIT_RECTIFICATION:
            return "整改已提交，正在等待验收"
        return f"整改已提交、正在等待验收，不能{verb}"
    if op in (Op.REJECT, Op.MARK_DUPLICATE) and status == _A:
        return f"该隐患已进入整改，不能再{verb}"
    label = HAZARD_STATUS_LABELS[status] if status else "未上报"
    return f"该隐患当前为「{label}」，不能{verb}"


def next_status(status: HazardStatus | None, op: Op) -> HazardStatus:
    """The status after `op`, or HazardError when the table has no such transition."""
    try:
        return TRANSITIONS[(status, op)]
    except KeyError:
        raise HazardError(refusal_message(status, op)) from None


SELF_VERIFY_REFUSAL = (
    "您是该隐患的整改责任人，不能验收自己的整改。整改和验收须由不同的人负责，"
    "请由其他安全员或指定的验收人验收。"
)


EXTENSION_APPROVERS = "其他安全员（没有时由隐患所在单位的负责人或主要负责人）"

SELF_EXTENSION_REFUSAL = f"您是该隐患的整改责任人，不能审批它的延期申请。延期须由{EXTENSION_APPROVERS}审批。"

OWN_DEADLINE_REFUSAL = (
    f"您是该隐患的整改责任人，不能自行更改整改期限。确需延期请点“申请延期”，由{EXTENSION_APPROVERS}审批。"
)


def self_extension_refusal(approvers: str | None) -> str:
    """Said to one who asked for an extension (or owns the hazard) and presses to decide it,
    naming who can (`approvers`, e.g. "安全员小李"), or that nobody can yet."""
    if approvers:
        return f"这是您本人的延期申请，不能自己审批。请等待{approvers}审批。"
    return (
        f"这是您本人的延期申请，不能自己审批。延期须由{EXTENSION_APPROVERS}审批，"
        "但目前没有这样的人员登录机器人，请联系管理员。"
    )


def is_own_extension(actor: Actor, requester_id: int | None, scope: HazardScope) -> bool:
    """True when the actor asked for this extension or owns the hazard, yet their role and reach
    would let them decide it were it someone else's: separation of duties refuses them."""
    if actor.person_id not in (requester_id, scope.owner_id):
        return False
    return may(actor, Action.DECIDE_EXTENSION, replace(scope, owner_id=None))


# Ops the hazard's owner may never fire on it, whatever their role, and what they are told.
OWNER_REFUSALS: dict[Op, str] = {
    Op.SET_DEADLINE: OWN_DEADLINE_REFUSAL,  # moving one's own deadline is an extension without approval
}


# What is said when an op would make a hazard's owner its designated verifier.
SEPARATION_REFUSALS: dict[Op, str] = {
    Op.SET_VERIFIER: "整改责任人不能验收自己的整改，请另选验收人（整改和验收须由不同的人负责）。",
    Op.ASSIGN: (
        "所选人员是该隐患的指定验收人，不能同时担任整改责任人（整改和验收须由不同的人负责）。"
        "请另选整改责任人，或请安全员先另行指定验收人。"
    ),
}


def check_duties_separated(op: Op, becomes: HazardScope) -> None:
    """Refuse an op that would leave the hazard owned and verified by the same person."""
    if not duties_separated(becomes):
        raise HazardPermissionError(
            SEPARATION_REFUSALS.get(op, "整改责任人不能同时是验收人：整改和验收须由不同的人负责。")
        )


def _owner_barred(actor: Actor, op: Op, scope: HazardScope | None) -> bool:
    return op in OWNER_REFUSALS and scope is not None and scope.owner_id == actor.person_id


def op_allowed(actor: Actor, op: Op, scope: HazardScope | None) -> bool:
    """The permission table (storage.permissions) plus the ops an owner may not fire on their hazard."""
    return may(actor, OP_PERMISSION[op], scope) and not _owner_barred(actor, op, scope)


def check_permission(actor: Actor, op: Op, scope: HazardScope | None) -> None:
    action = OP_PERMISSION[op]
    if may(actor, action, scope):
        if _owner_barred(actor, op, scope):
            raise HazardPermissionError(OWNER_REFUSALS[op])
        return
    if (
        action == Action.VERIFY_HAZARD
        and scope is not None
        and scope.owner_id == actor.person_id
        and may(actor, action, replace(scope, owner_id=None))
    ):
        # one who could verify, were it not their own rectification, is told exactly that
        raise HazardPermissionError(SELF_VERIFY_REFUSAL)
    if action == Action.DECIDE_EXTENSION and scope is not None and is_own_extension(actor, None, scope):
        raise HazardPermissionError(SELF_EXTENSION_REFUSAL)
    raise HazardPermissionError(PERMISSION_REFUSALS.get(action, f"您没有权限{OP_LABELS[op]}"))


def check(
    actor: Actor,
    op: Op,
    status: HazardStatus | None,
    scope: HazardScope | None,
    *,
    becomes: HazardScope | None = None,
) -> HazardStatus:
    """Permission first (a worker is told they may not, not why the state forbids it), then the
    separation of duties for who the hazard `becomes` owned or verified by, then state."""
    check_permission(actor, op, scope)
    if becomes is not None:
        check_duties_separated(op, becomes)
    return next_status(status, op)


def allowed_ops(actor: Actor, status: HazardStatus, scope: HazardScope) -> list[Op]:
    """The ops this actor could fire now, in table order (used to build buttons)."""
    seen: list[Op] = []
    for (source, op), _target in TRANSITIONS.items():
        if source != status or op in seen:
            continue
        if op_allowed(actor, op, scope):
            seen.append(op)
    return seen
