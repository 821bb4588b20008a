"""questions an admin taught the bot to answer (from /kb_gaps)

Revision ID: 0014_kb_taught
Revises: 0013_people_name_pinyin
Create Date: 2026-11-29 02:00:00.000000

"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.base

revision: str = "0014_kb_taught"
down_revision: str | Sequence[str] | None = "0013_people_name_pinyin"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "kb_taught",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", storage.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("telegram_user_id", sa.BigInteger(), nullable=True),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("normalised", sa.String(length=500), nullable=False),
        sa.Column("item_key", sa.String(length=255), nullable=False),
        sa.Column("item_text", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_taught")),
        sa.UniqueConstraint("normalised", name=op.f("uq_kb_taught_normalised")),
    )


def downgrade() -> None:
    op.drop_table("kb_taught")
