"""hazard ledger indexes for /list by level and /my on a large ledger

Revision ID: 0007_hazard_indexes
Revises: 0005_obligations
Create Date: 2026-03-02 09:00:00.000000

"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0007_hazard_indexes"
down_revision: str | Sequence[str] | None = "0005_obligations"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("hazards", schema=None) as batch_op:
        batch_op.create_index("ix_hazards_level_status", ["level", "status"], unique=False)
        batch_op.create_index("ix_hazards_owner_status", ["owner_id", "status"], unique=False)
    with op.batch_alter_table("hazard_photos", schema=None) as batch_op:
        batch_op.create_index("ix_hazard_photos_sha256", ["sha256"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("hazard_photos", schema=None) as batch_op:
        batch_op.drop_index("ix_hazard_photos_sha256")
    with op.batch_alter_table("hazards", schema=None) as batch_op:
        batch_op.drop_index("ix_hazards_owner_status")
        batch_op.drop_index("ix_hazards_level_status")
