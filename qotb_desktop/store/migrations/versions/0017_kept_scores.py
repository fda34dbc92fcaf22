"""kept scores (issue 21.2): a member's score over a period, kept with the edition, the
readings and the member's stamp it was computed from; the stamp moved on by triggers at
every change of what the score is made of (store/score_models.py)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-08 03:00:00

Two new tables. The triggers (SQLite and PostgreSQL alike): an activity added, changed
or removed, and a member's rank or field changed, move the member's stamp on. Nothing
else changes; the kept scores fill as they are first computed.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _bump(who: str) -> str:
    return (
        f"INSERT INTO score_stamp (faculty_id, stamp) VALUES ({who}, 1) "
        "ON CONFLICT (faculty_id) DO UPDATE SET stamp = score_stamp.stamp + 1;"
    )


def _sqlite() -> list[str]:
    on = "ON activity FOR EACH ROW BEGIN"
    return [
        f"CREATE TRIGGER trg_score_stamp_activity_insert AFTER INSERT {on} {_bump('NEW.faculty_id')} END",
        f"CREATE TRIGGER trg_score_stamp_activity_update AFTER UPDATE {on} "
        f"{_bump('OLD.faculty_id')} {_bump('NEW.faculty_id')} END",
        f"CREATE TRIGGER trg_score_stamp_activity_delete AFTER DELETE {on} {_bump('OLD.faculty_id')} END",
        "CREATE TRIGGER trg_score_stamp_member AFTER UPDATE OF rank, field_key ON faculty_member FOR EACH ROW "
        f"WHEN OLD.rank IS NOT NEW.rank OR OLD.field_key IS NOT NEW.field_key BEGIN {_bump('NEW.id')} END",
    ]


def _postgresql() -> list[str]:
    return [
        "CREATE FUNCTION score_stamp_activity() RETURNS trigger AS $$ BEGIN "
        f"IF TG_OP <> 'INSERT' THEN {_bump('OLD.faculty_id')} END IF; "
        f"IF TG_OP <> 'DELETE' THEN {_bump('NEW.faculty_id')} END IF; "
        "RETURN NULL; END $$ LANGUAGE plpgsql",
        "CREATE TRIGGER trg_score_stamp_activity AFTER INSERT OR UPDATE OR DELETE ON activity "
        "FOR EACH ROW EXECUTE FUNCTION score_stamp_activity()",
        "CREATE FUNCTION score_stamp_member() RETURNS trigger AS $$ BEGIN "
        f"{_bump('NEW.id')} RETURN NULL; END $$ LANGUAGE plpgsql",
        "CREATE TRIGGER trg_score_stamp_member AFTER UPDATE OF rank, field_key ON faculty_member FOR EACH ROW "
        "WHEN (OLD.rank IS DISTINCT FROM NEW.rank OR OLD.field_key IS DISTINCT FROM NEW.field_key) "
        "EXECUTE FUNCTION score_stamp_member()",
    ]


def upgrade() -> None:
    op.create_table(
        "score_stamp",
        sa.Column("faculty_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("stamp", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("faculty_id", name=op.f("pk_score_stamp")),
    )
    op.create_table(
        "member_score",
        sa.Column("faculty_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("stamp", sa.Integer(), nullable=False),
        sa.Column("edition", sa.String(length=40), nullable=False),
        sa.Column("readings", sa.Text(), nullable=False),
        sa.Column("field_key", sa.String(length=40), nullable=False),
        sa.Column("total", sa.String(length=60), nullable=False),
        sa.Column("eligible", sa.Boolean(), nullable=False),
        sa.Column("failures", sa.Text(), nullable=False),
        sa.Column("computed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["faculty_id"], ["faculty_member.id"], name=op.f("fk_member_score_faculty_id_faculty_member"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("faculty_id", "period_start", name=op.f("pk_member_score")),
    )
    for statement in _postgresql() if op.get_bind().dialect.name == "postgresql" else _sqlite():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS trg_score_stamp_activity ON activity")
        op.execute("DROP TRIGGER IF EXISTS trg_score_stamp_member ON faculty_member")
        op.execute("DROP FUNCTION IF EXISTS score_stamp_activity()")
        op.execute("DROP FUNCTION IF EXISTS score_stamp_member()")
    else:
        for name in ("activity_insert", "activity_update", "activity_delete", "member"):
            op.execute(f"DROP TRIGGER IF EXISTS trg_score_stamp_{name}")
    op.drop_table("member_score")
    op.drop_table("score_stamp")
