"""withdraw extension requests left pending when their hazard left 整改中

Until now submitting the rectification left the owner's undecided extension request pending: it
could still be decided once the hazard was sent back for rework (moving the new deadline), and it
blocked the owner's new request. Such a request — pending on a hazard that is no longer 整改中, or
on one submitted since the request was made — is closed as superseded, with a 撤销延期申请 event in
the hazard's history: what submitting does from now on.

Revision ID: 0011_pending_extensions_lapse
Revises: 0010_lapsed_extension_requests
Create Date: 2026-11-28 17:00:00.000000

"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from storage.base import UtcDateTime

revision: str = "0011_pending_extensions_lapse"
down_revision: str | Sequence[str] | None = "0010_lapsed_extension_requests"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# the tables as they are at this revision (not the models, which may move on)
_hazards = sa.table("hazards", sa.column("id", sa.Integer), sa.column("status", sa.String))
_requests = sa.table(
    "extension_requests",
    sa.column("id", sa.Integer),
    sa.column("hazard_id", sa.Integer),
    sa.column("new_deadline", sa.Date),
    sa.column("status", sa.String),
    sa.column("created_at", UtcDateTime()),
    sa.column("decided_at", UtcDateTime()),
)
_events = sa.table(
    "hazard_events",
    sa.column("id", sa.Integer),
    sa.column("hazard_id", sa.Integer),
    sa.column("actor_id", sa.Integer),
    sa.column("action", sa.String),
    sa.column("from_status", sa.String),
    sa.column("to_status", sa.String),
    sa.column("note", sa.Text),
    sa.column("data", sa.JSON),
    sa.column("created_at", UtcDateTime()),
)


def upgrade() -> None:
    bind = op.get_bind()
    submitted_since = (
        sa.select(_events.c.id)
        .where(
            _events.c.hazard_id == _requests.c.hazard_id,
            _events.c.action == "submit_rectification",
            _events.c.created_at > _requests.c.created_at,
        )
        .exists()
    )
    lapsed = bind.execute(
        sa.select(_requests.c.id, _requests.c.hazard_id, _requests.c.new_deadline, _hazards.c.status)
        .join(_hazards, _hazards.c.id == _requests.c.hazard_id)
        .where(_requests.c.status == "pending", sa.or_(_hazards.c.status != "assigned", submitted_since))
        .order_by(_requests.c.id)
    ).all()
    now = datetime.now(UTC)
    for request_id, hazard_id, new_deadline, status in lapsed:
        submitted = status in ("assigned", "rectified")  # 待验收, or back in 整改中 after a rework
        why = "整改已提交" if submitted else "隐患已不在整改中"
        bind.execute(
            _events.insert().values(
                hazard_id=hazard_id,
                actor_id=None,  # shown as 系统
                action="withdraw_extension",
                from_status=status,
                to_status=status,
                note=f"延期申请（延至 {new_deadline.isoformat()}）因{why}而撤销",
                data={"extension_id": request_id, "cause": "submit_rectification" if submitted else "close"},
                created_at=now,
            )
        )
        bind.execute(
            _requests.update().where(_requests.c.id == request_id).values(status="superseded", decided_at=now)
        )


def downgrade() -> None:
    # The requests stay withdrawn: reopening them would bring the defect back.
    pass
