"""withdraw extension requests left open by a re-assignment before it withdrew them

Until now re-assigning a hazard left the previous owner's undecided extension request pending:
it blocked the new owner's own request, and approving it moved the new owner's deadline. Such a
request (pending, made by someone who no longer owns the hazard) is closed as superseded, with a
撤销延期申请 event in the hazard's history — what re-assigning does from now on.

Revision ID: 0010_lapsed_extension_requests
Revises: 0009_broadcast_excluded_blocked
Create Date: 2026-11-28 16:00:00.000000

"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from storage.base import UtcDateTime

revision: str = "0010_lapsed_extension_requests"
down_revision: str | Sequence[str] | None = "0009_broadcast_excluded_blocked"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# the tables as they are at this revision (not the models, which may move on)
_hazards = sa.table(
    "hazards", sa.column("id", sa.Integer), sa.column("owner_id", sa.Integer), sa.column("status", sa.String)
)
_requests = sa.table(
    "extension_requests",
    sa.column("id", sa.Integer),
    sa.column("hazard_id", sa.Integer),
    sa.column("requested_by_id", sa.Integer),
    sa.column("new_deadline", sa.Date),
    sa.column("status", sa.String),
    sa.column("decided_at", UtcDateTime()),
)
_events = sa.table(
    "hazard_events",
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
    lapsed = bind.execute(
        sa.select(_requests.c.id, _requests.c.hazard_id, _requests.c.new_deadline, _hazards.c.status)
        .join(_hazards, _hazards.c.id == _requests.c.hazard_id)
        .where(
            _requests.c.status == "pending",
            sa.or_(_hazards.c.owner_id.is_(None), _hazards.c.owner_id != _requests.c.requested_by_id),
        )
        .order_by(_requests.c.id)
    ).all()
    now = datetime.now(UTC)
    for request_id, hazard_id, new_deadline, status in lapsed:
        bind.execute(
            _events.insert().values(
                hazard_id=hazard_id,
                actor_id=None,  # shown as 系统
                action="withdraw_extension",
                from_status=status,
                to_status=status,
                note=f"原责任人的延期申请（延至 {new_deadline.isoformat()}）因隐患改派而撤销",
                data={"extension_id": request_id},
                created_at=now,
            )
        )
        bind.execute(
            _requests.update().where(_requests.c.id == request_id).values(status="superseded", decided_at=now)
        )


def downgrade() -> None:
    # The requests stay withdrawn: reopening them would bring the defect back.
    pass
