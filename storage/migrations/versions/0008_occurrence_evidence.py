"""obligation occurrences keep their own copy of the /done evidence

Revision ID: 0008_occurrence_evidence
Revises: 0007_hazard_indexes
Create Date: 2026-03-10 09:00:00.000000

"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_occurrence_evidence"
down_revision: str | Sequence[str] | None = "0007_hazard_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("obligation_occurrences", schema=None) as batch_op:
        batch_op.add_column(sa.Column("evidence_path", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("evidence_sha256", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("obligation_occurrences", schema=None) as batch_op:
        batch_op.drop_column("evidence_sha256")
        batch_op.drop_column("evidence_path")
