"""broadcasts count the people left out because they have blocked the bot

Revision ID: 0009_broadcast_excluded_blocked
Revises: 0008_occurrence_evidence
Create Date: 2026-03-10 10:00:00.000000

"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_broadcast_excluded_blocked"
down_revision: str | Sequence[str] | None = "0008_occurrence_evidence"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("broadcasts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("excluded_blocked", sa.Integer(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("broadcasts", schema=None) as batch_op:
        batch_op.drop_column("excluded_blocked")
