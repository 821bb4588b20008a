"""people keep their names in pinyin, to be sorted and found by it

Lists of people (the owner and verifier pickers, who has not confirmed a broadcast, `safebot people
list`) sorted by code point; people now sort by the pinyin of their names, as a phone's contacts do,
and the pickers find 张小军 by zxj or zhangxiaojun too. Two columns computed from the name by
storage/pinyin.py: name_sort (the sort key) and name_pinyin (where a typed pinyin may start);
existing people are filled in here.

Revision ID: 0013_people_name_pinyin
Revises: 0012_extension_requests_asked
Create Date: 2026-11-28 19:00:00.000000

"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage import pinyin

revision: str = "0013_people_name_pinyin"
down_revision: str | Sequence[str] | None = "0012_extension_requests_asked"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_sort", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("name_pinyin", sa.Text(), server_default="", nullable=False))
    people = sa.table("people", sa.column("id", sa.Integer), sa.column("name", sa.String))
    connection = op.get_bind()
    rows = connection.execute(sa.select(people.c.id, people.c.name)).all()
    update = sa.text("UPDATE people SET name_sort = :name_sort, name_pinyin = :name_pinyin WHERE id = :id")
    for start in range(0, len(rows), 1000):
        connection.execute(
            update,
            [
                {"id": id_, "name_sort": pinyin.sort_key(name), "name_pinyin": pinyin.search_text(name)}
                for id_, name in rows[start : start + 1000]
            ],
        )


def downgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_column("name_pinyin")
        batch_op.drop_column("name_sort")
