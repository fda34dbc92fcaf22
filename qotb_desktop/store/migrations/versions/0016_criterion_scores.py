"""a score per criterion of 12-4 in a proposal's review, where the secretariat's funding
scheme gives the criterion one (issue 18; docs/decisions.md «Funding: the calls»)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-08 02:40:00

One nullable column: NULL where the scheme gives no score (the scheme of 1397 gives none,
so every review recorded before keeps NULL), else a whole number not below zero; the
scheme's maximum is data and is checked by the domain.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("criterion_mark", schema=None) as batch_op:
        batch_op.add_column(sa.Column("score", sa.Integer(), nullable=True))
        batch_op.create_check_constraint(op.f("ck_criterion_mark_score"), "score IS NULL OR score >= 0")


def downgrade() -> None:
    with op.batch_alter_table("criterion_mark", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_criterion_mark_score"), type_="check")
        batch_op.drop_column("score")
