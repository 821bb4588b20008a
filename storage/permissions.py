"""Who may do what: the one place that decides it.

A role grants actions (ROLE_ACTIONS). Some actions are scoped: a manager acts only on hazards of
the units they head (and the units below them); an owner acts only on hazards they own; a reporter
only sees their own reports. `may()` applies both the role table and the scope.

Separation of duties: the owner of a hazard never verifies its rectification nor decides its
extension requests, whatever their role.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from storage.models import Role


class Action(StrEnum):
    ASK_QUESTION = "ask_question"
    REPORT_HAZARD = "report_hazard"
    FILE_CHECK_ENTRY = "file_check_entry"  # record a self_check / inspection hazard
    VIEW_HAZARD = "view_hazard"
    LIST_HAZARDS = "list_hazards"
    TRIAGE_HAZARD = "triage_hazard"  # level, owner, deadline, reject, duplicate
    RECORD_FIVE_FIXES = "record_five_fixes"
    SUPERVISE_HAZARD = "supervise_hazard"  # 挂牌督办
    SUBMIT_RECTIFICATION = "submit_rectification"
    REQUEST_EXTENSION = "request_extension"
    DECIDE_EXTENSION = "decide_extension"
    VERIFY_HAZARD = "verify_hazard"  # close (销号) or send back
    DESIGNATE_VERIFIER = "designate_verifier"  # name who verifies one hazard
    CREATE_INVITE = "create_invite"
    DECIDE_JOIN_REQUEST = "decide_join_request"
    MANAGE_UNITS = "manage_units"
    MANAGE_PEOPLE = "manage_people"
    MANAGE_KNOWLEDGE = "manage_knowledge"
    BROADCAST = "broadcast"
    LINK_GROUP = "link_group"
    EXPORT_LEDGER = "export_ledger"
    VIEW_STATS = "view_stats"
    MANAGE_OBLIGATIONS = "manage_obligations"
    COMPLETE_OBLIGATION = "complete_obligation"
    VIEW_OVERDUE = "view_overdue"


_EVERYONE = frozenset(
    {
        Action.ASK_QUESTION,
        Action.REPORT_HAZARD,
        Action.VIEW_HAZARD,
        Action.LIST_HAZARDS,
        Action.SUBMIT_RECTIFICATION,
        Action.REQUEST_EXTENSION,
        Action.COMPLETE_OBLIGATION,
    }
)
_MANAGER = _EVERYONE | {
    Action.TRIAGE_HAZARD,
    # whoever may set a hazard's deadline (triage) may also grant or refuse an owner's request to move it
    Action.DECIDE_EXTENSION,
    Action.EXPORT_LEDGER,
    Action.VIEW_STATS,
    Action.VIEW_OVERDUE,
}
_SAFETY_OFFICER = _MANAGER | {
    Action.FILE_CHECK_ENTRY,
    Action.RECORD_FIVE_FIXES,
    Action.SUPERVISE_HAZARD,
    Action.VERIFY_HAZARD,
    Action.DESIGNATE_VERIFIER,
    Action.CREATE_INVITE,
    Action.DECIDE_JOIN_REQUEST,
    Action.BROADCAST,
    Action.LINK_GROUP,
}
_PRINCIPAL = _MANAGER | {Action.SUPERVISE_HAZARD, Action.RECORD_FIVE_FIXES}
_ADMIN = frozenset(Action)

ROLE_ACTIONS: dict[Role, frozenset[Action]] = {
    Role.WORKER: _EVERYONE,
    Role.MANAGER: _MANAGER,
    Role.SAFETY_OFFICER: _SAFETY_OFFICER,
    Role.PRINCIPAL: _PRINCIPAL,
    Role.ADMIN: _ADMIN,
}

# Roles whose granted actions reach every unit; a manager's reach is their unit subtree.
ORGANISATION_WIDE = frozenset({Role.SAFETY_OFFICER, Role.PRINCIPAL, Role.ADMIN})


@dataclass(frozen=True)
class Actor:
    """The person acting, with the units their role reaches (their unit and all below it)."""

    person_id: int
    role: Role
    unit_ids: frozenset[int] = field(default_factory=frozenset)


@dataclass(frozen=True)
class HazardScope:
    """What of a hazard the decision depends on."""

    unit_id: int | None
    owner_id: int | None = None
    reporter_id: int | None = None
    verifier_id: int | None = None


def duties_separated(hazard: HazardScope) -> bool:
    """Separation of duties: the one who rectifies a hazard (its owner) is never the one named to
    verify it. `may` already refuses an owner's verification; this keeps a hazard from ever being
    set up that way (its verification notice would then go to nobody who may act on it)."""
    return hazard.owner_id is None or hazard.owner_id != hazard.verifier_id


def role_allows(role: Role, action: Action) -> bool:
    return action in ROLE_ACTIONS[role]


def may(actor: Actor, action: Action, hazard: HazardScope | None = None) -> bool:
    """True when the actor's role grants the action and the hazard (if any) is within reach."""
    if hazard is not None:
        is_owner = hazard.owner_id == actor.person_id
        if action in (Action.SUBMIT_RECTIFICATION, Action.REQUEST_EXTENSION):
            return is_owner
        if action == Action.VERIFY_HAZARD and is_owner:
            return False  # separation of duties: nobody verifies their own rectification
        if action == Action.DECIDE_EXTENSION and is_owner:
            return False  # nor grants themselves more time
        if action == Action.VERIFY_HAZARD and hazard.verifier_id == actor.person_id:
            return True  # a designated verifier, whatever their role
    if not role_allows(actor.role, action):
        return False
    if hazard is None or actor.role in ORGANISATION_WIDE:
        return True
    in_reach = actor.role == Role.MANAGER and hazard.unit_id is not None and hazard.unit_id in actor.unit_ids
    if action == Action.VIEW_HAZARD:
        return (
            in_reach
            or hazard.reporter_id == actor.person_id
            or hazard.owner_id == actor.person_id
            or hazard.verifier_id == actor.person_id
        )
    return in_reach
