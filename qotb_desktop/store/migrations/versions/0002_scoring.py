"""scoring: activities, score sheets, programs, centre checks

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("faculty_id", sa.Integer(), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("points", sa.Numeric(precision=8, scale=2), nullable=True),
        sa.Column("corresponding_author", sa.Boolean(), nullable=False),
        sa.Column("keynote", sa.Boolean(), nullable=False),
        sa.Column("citations", sa.Integer(), nullable=True),
        sa.Column("amount_toman", sa.BigInteger(), nullable=True),
        sa.Column("scope", sa.String(length=20), nullable=True),
        sa.Column("award", sa.String(length=40), nullable=True),
        sa.Column("journal_years", sa.Numeric(precision=8, scale=2), nullable=True),
        sa.Column("conferences", sa.Integer(), nullable=True),
        sa.Column("academy", sa.String(length=20), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=True),
        sa.Column("years", sa.Numeric(precision=8, scale=2), nullable=True),
        sa.Column("as_director", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["faculty_id"], ["faculty_member.id"], name=op.f("fk_activity_faculty_id_faculty_member"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_faculty_id"), ["faculty_id"], unique=False)

    op.create_table(
        "centre_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("edition", sa.String(length=20), nullable=False),
        sa.Column("readings", sa.String(length=200), nullable=False),
        sa.Column("total", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("eligible", sa.Boolean(), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
        sa.Column("inputs", sa.Text(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["centre_id"], ["centre.id"], name=op.f("fk_centre_check_centre_id_centre")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_centre_check")),
    )
    with op.batch_alter_table("centre_check", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_centre_check_centre_id"), ["centre_id"], unique=False)

    op.create_table(
        "program_section",
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centre.id"], name=op.f("fk_program_section_centre_id_centre"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("centre_id", "number", name=op.f("pk_program_section")),
    )
    op.create_table(
        "score_sheet",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("faculty_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("field_key", sa.String(length=40), nullable=False),
        sa.Column("edition", sa.String(length=20), nullable=False),
        sa.Column("readings", sa.String(length=200), nullable=False),
        sa.Column("total", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("eligible", sa.Boolean(), nullable=False),
        sa.Column("computed_at", sa.DateTime(), nullable=False),
        sa.Column("inputs", sa.Text(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["faculty_id"], ["faculty_member.id"], name=op.f("fk_score_sheet_faculty_id_faculty_member")),
        sa.ForeignKeyConstraint(["field_key"], ["scientific_group.key"], name=op.f("fk_score_sheet_field_key_scientific_group")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_score_sheet")),
    )
    with op.batch_alter_table("score_sheet", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_score_sheet_faculty_id"), ["faculty_id"], unique=False)

    # A plain ADD COLUMN on both dialects: a batch copy of `centre` would have to drop
    # the table that memberships point to.
    op.add_column("centre", sa.Column("equipment_confirmed", sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column("centre", sa.Column("program_confirmed", sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    op.drop_column("centre", "program_confirmed")
    op.drop_column("centre", "equipment_confirmed")

    with op.batch_alter_table("score_sheet", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_score_sheet_faculty_id"))

    op.drop_table("score_sheet")
    op.drop_table("program_section")
    with op.batch_alter_table("centre_check", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_centre_check_centre_id"))

    op.drop_table("centre_check")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_faculty_id"))

    op.drop_table("activity")
