"""extension requests keep who was asked to decide them

A request's approvers were recomputed whenever they were needed again (the notice that the request
was withdrawn, the requester's 等待…审批): someone who became a safety officer since was told of a
request they never saw, and one asked who has since changed role was not. From now on the people
asked are stored when the request is filed. Requests filed before keep NULL, and for them the
approvers are worked out as before.

Revision ID: 0012_extension_requests_asked
Revises: 0011_pending_extensions_lapse
Create Date: 2026-11-28 18:00:00.000000

"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_extension_requests_asked"
down_revision: str | Sequence[str] | None = "0011_pending_extensions_lapse"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("extension_requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("asked_ids", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("extension_requests", schema=None) as batch_op:
        batch_op.drop_column("asked_ids")
