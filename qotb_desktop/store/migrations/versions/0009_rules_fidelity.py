"""rules fidelity (issue 17): an activity's last day and its evidence, the institution's
commitments to a centre (note 12) and its approval of a member who joins later (note 10),
the readings each council decision was taken under, and the office's chosen readings

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-09 10:00:00

Plain ALTER TABLE ... ADD COLUMN with a server default (no table rebuilt: the triggers
that keep finalised minutes and closed evaluations unchanged stay as they are, and no
existing row is updated), and one new table.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (
    ("activity", sa.Column("end_date", sa.Date(), nullable=True)),
    ("activity", sa.Column("evidence", sa.Text(), nullable=False, server_default="")),
    ("centre", sa.Column("institution_commitments", sa.Text(), nullable=False, server_default="")),
    ("membership", sa.Column("institution_approval", sa.String(length=200), nullable=False, server_default="")),
    ("member_change", sa.Column("institution_approval", sa.String(length=200), nullable=False, server_default="")),
    ("decision", sa.Column("readings", sa.String(length=200), nullable=False, server_default="")),
)


def upgrade() -> None:
    for table, column in COLUMNS:
        op.add_column(table, column)
    op.create_table(
        "rules_reading",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=40), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("rules_reading")
    for table, column in reversed(COLUMNS):
        op.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column.name}"')
