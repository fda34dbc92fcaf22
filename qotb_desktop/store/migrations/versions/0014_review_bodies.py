"""who reviews (issue 18.4, notes 6 and 7): the five scientific groups and the working
groups under them, their members appointed by decree for a term, and who took part in
each review (the application's, an evaluation, a call's proposal, a stage's report)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-12 14:00:00

New tables only.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "review_body",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=14), nullable=False),
        sa.Column("group_key", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=250), nullable=False),
        sa.Column("decree_number", sa.String(length=60), nullable=False),
        sa.Column("decree_date", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("kind IN ('group', 'working_group')", name=op.f("ck_review_body_kind")),
        sa.ForeignKeyConstraint(["group_key"], ["scientific_group.key"], name=op.f("fk_review_body_group_key_scientific_group")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_body")),
    )
    op.create_table(
        "review_body_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("faculty_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("decree_number", sa.String(length=60), nullable=False),
        sa.Column("decree_date", sa.Date(), nullable=True),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("end_on IS NULL OR end_on >= start_on", name=op.f("ck_review_body_member_term")),
        sa.CheckConstraint("role IN ('chair', 'secretary', 'member')", name=op.f("ck_review_body_member_role")),
        sa.ForeignKeyConstraint(["body_id"], ["review_body.id"], name=op.f("fk_review_body_member_body_id_review_body")),
        sa.ForeignKeyConstraint(
            ["faculty_id"], ["faculty_member.id"], name=op.f("fk_review_body_member_faculty_id_faculty_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_body_member")),
    )
    op.create_index(op.f("ix_review_body_member_body_id"), "review_body_member", ["body_id"], unique=False)
    op.create_index(op.f("ix_review_body_member_faculty_id"), "review_body_member", ["faculty_id"], unique=False)
    op.create_table(
        "review_sitting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=14), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "subject IN ('application', 'evaluation', 'proposal', 'stage_report')", name=op.f("ck_review_sitting_subject")
        ),
        sa.ForeignKeyConstraint(["body_id"], ["review_body.id"], name=op.f("fk_review_sitting_body_id_review_body")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_sitting")),
        sa.UniqueConstraint("subject", "subject_id", name=op.f("uq_review_sitting_subject")),
    )
    op.create_index(op.f("ix_review_sitting_body_id"), "review_sitting", ["body_id"], unique=False)
    op.create_table(
        "review_sitting_member",
        sa.Column("sitting_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["review_body_member.id"], name=op.f("fk_review_sitting_member_member_id_review_body_member")
        ),
        sa.ForeignKeyConstraint(
            ["sitting_id"], ["review_sitting.id"], name=op.f("fk_review_sitting_member_sitting_id_review_sitting")
        ),
        sa.PrimaryKeyConstraint("sitting_id", "member_id", name=op.f("pk_review_sitting_member")),
    )


def downgrade() -> None:
    for table in ("review_sitting_member", "review_sitting", "review_body_member", "review_body"):
        op.drop_table(table)
