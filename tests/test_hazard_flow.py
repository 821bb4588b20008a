"""The transition table and the permission checks, as plain tables (no database)."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from storage.hazard_flow import (
    OWN_DEADLINE_REFUSAL,
    SELF_EXTENSION_REFUSAL,
    SELF_VERIFY_REFUSAL,
    TRANSITIONS,
    HazardError,
    HazardPermissionError,
    Op,
    allowed_ops,
    check,
    is_own_extension,
    next_status,
    self_extension_refusal,
)
from storage.models import HazardStatus, Role
from storage.permissions import Actor, HazardScope
from storage.photos import MAX_PHOTO_BYTES, PhotoError, store_photo
from tests.hazard_fixtures import jpeg_bytes

S = HazardStatus
WORKSHOP, OFFICE = 10, 20
SCOPE = HazardScope(unit_id=WORKSHOP, owner_id=5, reporter_id=6, verifier_id=None)

officer = Actor(1, Role.SAFETY_OFFICER)
manager = Actor(2, Role.MANAGER, frozenset({WORKSHOP}))
other_manager = Actor(3, Role.MANAGER, frozenset({OFFICE}))
principal = Actor(4, Role.PRINCIPAL)
owner = Actor(5, Role.WORKER)
reporter = Actor(6, Role.WORKER)
admin = Actor(7, Role.ADMIN)
verifier = Actor(8, Role.WORKER)
# the same person as `owner` (SCOPE.owner_id) in roles that may verify others' rectifications
owner_officer = Actor(5, Role.SAFETY_OFFICER)
owner_admin = Actor(5, Role.ADMIN)


@pytest.mark.parametrize(
    ("status", "op", "expected"),
    [
        (None, Op.REPORT, S.REPORTED),
        (S.REPORTED, Op.ASSIGN, S.ASSIGNED),
        (S.ASSIGNED, Op.SUBMIT_RECTIFICATION, S.RECTIFIED),
        (S.RECTIFIED, Op.SEND_BACK, S.ASSIGNED),
        (S.RECTIFIED, Op.CLOSE, S.CLOSED),
        (S.REPORTED, Op.REJECT, S.INVALID),
        (S.REPORTED, Op.MARK_DUPLICATE, S.DUPLICATE),
        (S.ASSIGNED, Op.DECIDE_EXTENSION, S.ASSIGNED),
        (S.ASSIGNED, Op.WITHDRAW_EXTENSION, S.ASSIGNED),
    ],
)
def test_legal_transitions(status: HazardStatus | None, op: Op, expected: HazardStatus) -> None:
    assert next_status(status, op) == expected


@pytest.mark.parametrize(
    ("status", "op", "message"),
    [
        (S.REPORTED, Op.CLOSE, "该隐患尚未指派整改责任人，不能验收"),
        (S.ASSIGNED, Op.CLOSE, "整改责任人尚未提交整改，不能验收"),
        (S.REPORTED, Op.SUBMIT_RECTIFICATION, "该隐患尚未指派整改责任人，不能提交整改"),
        (S.RECTIFIED, Op.SUBMIT_RECTIFICATION, "整改已提交，正在等待验收"),
        (S.ASSIGNED, Op.REJECT, "该隐患已进入整改，不能再判定为无效举报"),
        (S.CLOSED, Op.SEND_BACK, "该隐患已销号，不能再退回整改"),
        (S.CLOSED, Op.ASSIGN, "该隐患已销号，不能再指派整改责任人"),
        (S.INVALID, Op.SET_LEVEL, "该隐患已判定为无效举报，不能再设定隐患等级"),
        (S.DUPLICATE, Op.CLOSE, "该隐患已标记为重复隐患，不能再验收销号"),
        (S.REPORTED, Op.WITHDRAW_EXTENSION, "该隐患当前为「待研判」，不能撤销延期申请"),
        (S.RECTIFIED, Op.WITHDRAW_EXTENSION, "整改已提交、正在等待验收，不能撤销延期申请"),
    ],
)
def test_illegal_transitions_say_why(status: HazardStatus, op: Op, message: str) -> None:
    with pytest.raises(HazardError) as caught:
        next_status(status, op)
    assert caught.value.message == message


def test_final_states_have_no_way_out() -> None:
    for final in (S.CLOSED, S.INVALID, S.DUPLICATE):
        assert not [key for key in TRANSITIONS if key[0] == final]


@pytest.mark.parametrize(
    ("actor", "op", "status", "allowed"),
    [
        (officer, Op.CLOSE, S.RECTIFIED, True),
        (admin, Op.CLOSE, S.RECTIFIED, True),
        (manager, Op.CLOSE, S.RECTIFIED, False),
        (principal, Op.CLOSE, S.RECTIFIED, False),
        (owner, Op.CLOSE, S.RECTIFIED, False),
        (manager, Op.ASSIGN, S.REPORTED, True),
        (other_manager, Op.ASSIGN, S.REPORTED, False),
        (reporter, Op.ASSIGN, S.REPORTED, False),
        (owner, Op.SUBMIT_RECTIFICATION, S.ASSIGNED, True),
        (officer, Op.SUBMIT_RECTIFICATION, S.ASSIGNED, False),  # only the owner rectifies
        (owner, Op.REQUEST_EXTENSION, S.ASSIGNED, True),
        (reporter, Op.REQUEST_EXTENSION, S.ASSIGNED, False),
        (officer, Op.DECIDE_EXTENSION, S.ASSIGNED, True),
        # who may set the deadline (triage) may decide a request to move it
        (manager, Op.DECIDE_EXTENSION, S.ASSIGNED, True),
        (other_manager, Op.DECIDE_EXTENSION, S.ASSIGNED, False),
        (principal, Op.DECIDE_EXTENSION, S.ASSIGNED, True),
        (admin, Op.DECIDE_EXTENSION, S.ASSIGNED, True),
        (reporter, Op.DECIDE_EXTENSION, S.ASSIGNED, False),
        (principal, Op.FIVE_FIXES, S.ASSIGNED, True),
        (manager, Op.FIVE_FIXES, S.ASSIGNED, False),
        (principal, Op.SUPERVISE, S.ASSIGNED, True),
        (owner, Op.SUPERVISE, S.ASSIGNED, False),
        # separation of duties: nobody verifies their own rectification, whatever their role
        (owner_officer, Op.SUBMIT_RECTIFICATION, S.ASSIGNED, True),
        (owner_officer, Op.CLOSE, S.RECTIFIED, False),
        (owner_officer, Op.SEND_BACK, S.RECTIFIED, False),
        (owner_admin, Op.CLOSE, S.RECTIFIED, False),
        (owner_admin, Op.SEND_BACK, S.RECTIFIED, False),
        # nor decides an extension of their own hazard, nor moves its deadline themselves
        (owner_officer, Op.DECIDE_EXTENSION, S.ASSIGNED, False),
        (owner_admin, Op.DECIDE_EXTENSION, S.ASSIGNED, False),
        (owner_officer, Op.SET_DEADLINE, S.ASSIGNED, False),
        (owner_admin, Op.SET_DEADLINE, S.ASSIGNED, False),
        (owner_officer, Op.REQUEST_EXTENSION, S.ASSIGNED, True),
        (officer, Op.SET_DEADLINE, S.ASSIGNED, True),
        # a pending request is withdrawn by re-assigning: whoever may re-assign, in their reach
        (officer, Op.WITHDRAW_EXTENSION, S.ASSIGNED, True),
        (manager, Op.WITHDRAW_EXTENSION, S.ASSIGNED, True),
        (other_manager, Op.WITHDRAW_EXTENSION, S.ASSIGNED, False),
        (owner, Op.WITHDRAW_EXTENSION, S.ASSIGNED, False),
        (reporter, Op.WITHDRAW_EXTENSION, S.ASSIGNED, False),
    ],
)
def test_permission_table(actor: Actor, op: Op, status: HazardStatus, allowed: bool) -> None:
    if allowed:
        check(actor, op, status, SCOPE)
    else:
        with pytest.raises(HazardPermissionError):
            check(actor, op, status, SCOPE)


def test_designated_verifier_may_close_whatever_their_role() -> None:
    scope = HazardScope(unit_id=WORKSHOP, owner_id=5, reporter_id=6, verifier_id=verifier.person_id)
    assert check(verifier, Op.CLOSE, S.RECTIFIED, scope) == S.CLOSED
    with pytest.raises(HazardPermissionError):
        check(verifier, Op.CLOSE, S.RECTIFIED, SCOPE)


@pytest.mark.parametrize("actor", [owner_officer, owner_admin])
def test_owner_may_not_verify_their_own_rectification(actor: Actor) -> None:
    for op in (Op.CLOSE, Op.SEND_BACK):
        with pytest.raises(HazardPermissionError) as caught:
            check(actor, op, S.RECTIFIED, SCOPE)
        assert caught.value.message == SELF_VERIFY_REFUSAL
        assert "不能验收自己的整改" in caught.value.message
    assert Op.CLOSE not in allowed_ops(actor, S.RECTIFIED, SCOPE)
    assert Op.SEND_BACK not in allowed_ops(actor, S.RECTIFIED, SCOPE)
    # another hazard, owned by someone else: the same person verifies as usual
    assert check(actor, Op.CLOSE, S.RECTIFIED, HazardScope(unit_id=WORKSHOP, owner_id=9)) == S.CLOSED


@pytest.mark.parametrize("actor", [owner_officer, owner_admin, Actor(5, Role.MANAGER, frozenset({WORKSHOP}))])
def test_owner_may_not_decide_their_own_extension_nor_move_their_deadline(actor: Actor) -> None:
    with pytest.raises(HazardPermissionError) as caught:
        check(actor, Op.DECIDE_EXTENSION, S.ASSIGNED, SCOPE)
    assert caught.value.message == SELF_EXTENSION_REFUSAL
    assert "不能审批" in caught.value.message and "其他安全员" in caught.value.message
    with pytest.raises(HazardPermissionError) as caught:
        check(actor, Op.SET_DEADLINE, S.ASSIGNED, SCOPE)
    assert caught.value.message == OWN_DEADLINE_REFUSAL and "申请延期" in caught.value.message
    ops = allowed_ops(actor, S.ASSIGNED, SCOPE)
    assert Op.DECIDE_EXTENSION not in ops and Op.SET_DEADLINE not in ops
    assert Op.REQUEST_EXTENSION in ops and Op.SUBMIT_RECTIFICATION in ops
    # someone else's hazard: the same person decides and sets deadlines as usual
    others = HazardScope(unit_id=WORKSHOP, owner_id=9)
    assert check(actor, Op.DECIDE_EXTENSION, S.ASSIGNED, others) == S.ASSIGNED
    assert check(actor, Op.SET_DEADLINE, S.ASSIGNED, others) == S.ASSIGNED
    # before anyone owns it, setting the deadline is ordinary triage
    assert check(actor, Op.SET_DEADLINE, S.REPORTED, replace(SCOPE, owner_id=None)) == S.REPORTED


def test_own_extension_covers_the_requester_after_the_hazard_changed_hands() -> None:
    reassigned = HazardScope(unit_id=WORKSHOP, owner_id=9)
    # the officer asked while owning it; it was re-assigned since: still their own request
    assert is_own_extension(owner_officer, owner_officer.person_id, reassigned)
    assert not is_own_extension(officer, owner_officer.person_id, reassigned)
    # a worker who asked is not one who could decide anyway: the ordinary refusal applies
    assert not is_own_extension(owner, owner.person_id, SCOPE)
    with pytest.raises(HazardPermissionError, match="只有安全员、该单位负责人或主要负责人可以审批"):
        check(owner, Op.DECIDE_EXTENSION, S.ASSIGNED, SCOPE)
    assert "请等待总经理赵刚（主要负责人）审批" in self_extension_refusal("总经理赵刚（主要负责人）")
    assert "请联系管理员" in self_extension_refusal("")


def test_designated_verifier_who_owns_the_hazard_may_not_verify_it() -> None:
    scope = HazardScope(unit_id=WORKSHOP, owner_id=verifier.person_id, verifier_id=verifier.person_id)
    with pytest.raises(HazardPermissionError) as caught:
        check(verifier, Op.CLOSE, S.RECTIFIED, scope)
    assert caught.value.message == SELF_VERIFY_REFUSAL
    # a worker who owns it and was never a verifier is told verification is not theirs at all
    with pytest.raises(HazardPermissionError) as caught:
        check(owner, Op.CLOSE, S.RECTIFIED, SCOPE)
    assert caught.value.message != SELF_VERIFY_REFUSAL and "安全员" in caught.value.message


def test_an_op_that_would_make_the_owner_the_verifier_is_refused() -> None:
    same = replace(SCOPE, verifier_id=SCOPE.owner_id)
    with pytest.raises(HazardPermissionError, match="整改责任人不能验收自己的整改"):
        check(officer, Op.SET_VERIFIER, S.ASSIGNED, SCOPE, becomes=same)
    # the other way round: the designated verifier is named owner
    unassigned = replace(SCOPE, owner_id=None, verifier_id=SCOPE.owner_id)
    with pytest.raises(HazardPermissionError, match="是该隐患的指定验收人，不能同时担任整改责任人"):
        check(manager, Op.ASSIGN, S.REPORTED, unassigned, becomes=same)
    # even an owner who is a safety officer cannot name themselves, nor an admin
    for actor in (owner_officer, owner_admin):
        with pytest.raises(HazardPermissionError, match="不能验收自己的整改"):
            check(actor, Op.SET_VERIFIER, S.RECTIFIED, SCOPE, becomes=same)
    # permission first: one who may not designate anyone is told that
    with pytest.raises(HazardPermissionError, match="只有安全员可以指定验收人"):
        check(reporter, Op.SET_VERIFIER, S.ASSIGNED, SCOPE, becomes=same)
    # naming someone else is fine, for an owner-officer too
    someone_else = replace(SCOPE, verifier_id=verifier.person_id)
    assert check(owner_officer, Op.SET_VERIFIER, S.RECTIFIED, SCOPE, becomes=someone_else) == S.RECTIFIED


def test_rectified_hazard_cannot_change_owner_so_the_rectifier_stays_the_owner() -> None:
    # who is refused verification is the owner: that is the rectifier only because nobody can
    # re-assign a hazard whose rectification awaits verification (it goes back to 整改中 first)
    with pytest.raises(HazardError, match="正在等待验收"):
        check(officer, Op.ASSIGN, S.RECTIFIED, SCOPE)


def test_permission_is_checked_before_state() -> None:
    with pytest.raises(HazardPermissionError):
        check(reporter, Op.CLOSE, S.CLOSED, SCOPE)


def test_allowed_ops_build_the_buttons() -> None:
    assert allowed_ops(owner, S.ASSIGNED, SCOPE) == [Op.SUBMIT_RECTIFICATION, Op.REQUEST_EXTENSION]
    assert allowed_ops(officer, S.RECTIFIED, SCOPE) == [
        Op.SET_LEVEL,
        Op.FIVE_FIXES,
        Op.SUPERVISE,
        Op.SET_VERIFIER,
        Op.CLOSE,
        Op.SEND_BACK,
    ]
    assert Op.SET_VERIFIER not in allowed_ops(manager, S.ASSIGNED, SCOPE)
    assert allowed_ops(reporter, S.REPORTED, SCOPE) == []
    assert allowed_ops(officer, S.CLOSED, SCOPE) == []


# ---- photos


def test_photo_is_stripped_of_exif_and_stored_by_content(tmp_path: Path) -> None:
    data = jpeg_bytes()
    with Image.open(io.BytesIO(data)) as original:
        assert original.getexif()  # the fixture really carries metadata
    stored = store_photo(tmp_path, data)
    path = tmp_path / stored.path
    assert stored.path == f"photos/{stored.sha256[:2]}/{stored.sha256}.jpg" and path.exists()
    with Image.open(path) as cleaned:
        assert not cleaned.getexif() and "exif" not in cleaned.info
        assert cleaned.size == (stored.width, stored.height) == (64, 64)
    assert b"WhistlePhone" not in path.read_bytes()
    assert store_photo(tmp_path, data) == stored  # idempotent


def test_png_is_accepted_and_non_images_refused(tmp_path: Path) -> None:
    out = io.BytesIO()
    Image.new("RGBA", (10, 20), (1, 2, 3, 128)).save(out, format="PNG")
    assert store_photo(tmp_path, out.getvalue()).height == 20
    with pytest.raises(PhotoError, match="不是可识别的图片"):
        store_photo(tmp_path, b"%PDF-1.4 not an image")
    with pytest.raises(PhotoError, match="20 MB"):
        store_photo(tmp_path, b"\xff" * (MAX_PHOTO_BYTES + 1))
