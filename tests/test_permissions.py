"""The permission module as a table: role × action × scope → allowed."""

from __future__ import annotations

import pytest

from storage.models import Role
from storage.permissions import Action, Actor, HazardScope, duties_separated, may

WORKER = Actor(person_id=1, role=Role.WORKER, unit_ids=frozenset())
MANAGER = Actor(person_id=2, role=Role.MANAGER, unit_ids=frozenset({10, 11}))
OFFICER = Actor(person_id=3, role=Role.SAFETY_OFFICER)
PRINCIPAL = Actor(person_id=4, role=Role.PRINCIPAL)
ADMIN = Actor(person_id=5, role=Role.ADMIN)

IN_UNIT = HazardScope(unit_id=11, owner_id=1, reporter_id=7)
OTHER_UNIT = HazardScope(unit_id=20, owner_id=8, reporter_id=1)
VERIFIED_BY_WORKER = HazardScope(unit_id=20, owner_id=8, verifier_id=1)
OWNED_BY_OFFICER = HazardScope(unit_id=20, owner_id=3, reporter_id=7)
OWNED_AND_VERIFIED_BY_OFFICER = HazardScope(unit_id=20, owner_id=3, verifier_id=3)  # never set up now

TABLE = [
    # actor, action, hazard, allowed
    (WORKER, Action.REPORT_HAZARD, None, True),
    (WORKER, Action.ASK_QUESTION, None, True),
    (WORKER, Action.TRIAGE_HAZARD, IN_UNIT, False),
    (WORKER, Action.VERIFY_HAZARD, IN_UNIT, False),
    (WORKER, Action.VERIFY_HAZARD, VERIFIED_BY_WORKER, True),  # designated verifier
    (WORKER, Action.SUBMIT_RECTIFICATION, IN_UNIT, True),  # owner
    (WORKER, Action.SUBMIT_RECTIFICATION, OTHER_UNIT, False),
    (WORKER, Action.VIEW_HAZARD, OTHER_UNIT, True),  # own report
    (WORKER, Action.VIEW_HAZARD, HazardScope(unit_id=20, owner_id=8, reporter_id=9), False),
    (WORKER, Action.CREATE_INVITE, None, False),
    (WORKER, Action.BROADCAST, None, False),
    (WORKER, Action.EXPORT_LEDGER, None, False),
    (MANAGER, Action.TRIAGE_HAZARD, IN_UNIT, True),
    (MANAGER, Action.TRIAGE_HAZARD, OTHER_UNIT, False),
    (MANAGER, Action.VIEW_HAZARD, IN_UNIT, True),
    (MANAGER, Action.VIEW_HAZARD, HazardScope(unit_id=20, owner_id=8, reporter_id=9), False),
    (MANAGER, Action.VERIFY_HAZARD, IN_UNIT, False),
    (MANAGER, Action.SUBMIT_RECTIFICATION, IN_UNIT, False),  # not the owner
    (MANAGER, Action.EXPORT_LEDGER, None, True),
    (MANAGER, Action.CREATE_INVITE, None, False),
    (OFFICER, Action.TRIAGE_HAZARD, OTHER_UNIT, True),
    (OFFICER, Action.VERIFY_HAZARD, OTHER_UNIT, True),
    (OFFICER, Action.CREATE_INVITE, None, True),
    (OFFICER, Action.DECIDE_JOIN_REQUEST, None, True),
    (OFFICER, Action.BROADCAST, None, True),
    (OFFICER, Action.MANAGE_UNITS, None, False),
    (PRINCIPAL, Action.VIEW_HAZARD, OTHER_UNIT, True),
    (PRINCIPAL, Action.SUPERVISE_HAZARD, OTHER_UNIT, True),
    (PRINCIPAL, Action.VERIFY_HAZARD, OTHER_UNIT, False),
    (PRINCIPAL, Action.BROADCAST, None, False),
    (ADMIN, Action.MANAGE_UNITS, None, True),
    (ADMIN, Action.VERIFY_HAZARD, OTHER_UNIT, True),
    (ADMIN, Action.SUBMIT_RECTIFICATION, OTHER_UNIT, False),  # only the owner rectifies
    # separation of duties: nobody verifies what they rectified, whatever their role
    (OFFICER, Action.VERIFY_HAZARD, OWNED_BY_OFFICER, False),
    (OFFICER, Action.VERIFY_HAZARD, OWNED_AND_VERIFIED_BY_OFFICER, False),
    (OFFICER, Action.DESIGNATE_VERIFIER, OWNED_BY_OFFICER, True),  # hands verification to someone else
    (OFFICER, Action.SUBMIT_RECTIFICATION, OWNED_BY_OFFICER, True),
    (ADMIN, Action.VERIFY_HAZARD, HazardScope(unit_id=20, owner_id=5), False),
    (WORKER, Action.VERIFY_HAZARD, HazardScope(unit_id=20, owner_id=1, verifier_id=1), False),
    # extensions: decided by whoever may set the deadline, never by the hazard's owner
    (WORKER, Action.DECIDE_EXTENSION, IN_UNIT, False),
    (MANAGER, Action.DECIDE_EXTENSION, IN_UNIT, True),
    (MANAGER, Action.DECIDE_EXTENSION, OTHER_UNIT, False),
    (MANAGER, Action.DECIDE_EXTENSION, HazardScope(unit_id=11, owner_id=2), False),
    (OFFICER, Action.DECIDE_EXTENSION, OTHER_UNIT, True),
    (OFFICER, Action.DECIDE_EXTENSION, OWNED_BY_OFFICER, False),
    (OFFICER, Action.REQUEST_EXTENSION, OWNED_BY_OFFICER, True),
    (PRINCIPAL, Action.DECIDE_EXTENSION, OTHER_UNIT, True),
    (ADMIN, Action.DECIDE_EXTENSION, HazardScope(unit_id=20, owner_id=5), False),
]


@pytest.mark.parametrize(("actor", "action", "hazard", "allowed"), TABLE)
def test_permission_table(actor: Actor, action: Action, hazard: HazardScope | None, allowed: bool) -> None:
    assert may(actor, action, hazard) is allowed


def test_every_role_can_report_and_ask() -> None:
    for role in Role:
        actor = Actor(person_id=1, role=role)
        assert may(actor, Action.REPORT_HAZARD)
        assert may(actor, Action.ASK_QUESTION)


@pytest.mark.parametrize(
    ("hazard", "separated"),
    [
        (HazardScope(unit_id=20), True),  # nobody named yet
        (HazardScope(unit_id=20, owner_id=3), True),
        (HazardScope(unit_id=20, verifier_id=3), True),
        (HazardScope(unit_id=20, owner_id=8, verifier_id=3), True),
        (OWNED_AND_VERIFIED_BY_OFFICER, False),  # one person would rectify and verify
    ],
)
def test_owner_and_designated_verifier_are_never_one_person(hazard: HazardScope, separated: bool) -> None:
    assert duties_separated(hazard) is separated
