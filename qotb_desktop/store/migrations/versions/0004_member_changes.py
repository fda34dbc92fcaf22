"""member changes: what a member-change agenda item proposes (locked with its meeting)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


LOCK = "(SELECT m.state FROM meeting m JOIN agenda_item a ON a.meeting_id = m.id WHERE a.id = {row}.agenda_item_id)"
SQLITE_LOCK = [
    f"CREATE TRIGGER trg_member_change_locked_{event.lower()} BEFORE {event} ON member_change FOR EACH ROW "
    f"WHEN {LOCK.format(row=row)} != 'draft' BEGIN SELECT RAISE(ABORT, 'meeting_locked'); END"
    for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD"))
]
POSTGRESQL_LOCK = [
    "CREATE FUNCTION member_change_lock() RETURNS trigger AS $$ DECLARE r RECORD; s TEXT; BEGIN "
    "IF TG_OP = 'INSERT' THEN r := NEW; ELSE r := OLD; END IF; "
    "s := (SELECT m.state FROM meeting m JOIN agenda_item a ON a.meeting_id = m.id WHERE a.id = r.agenda_item_id); "
    "IF s <> 'draft' THEN RAISE EXCEPTION 'meeting_locked' USING ERRCODE = 'integrity_constraint_violation'; END IF; "
    "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$ LANGUAGE plpgsql",
    "CREATE TRIGGER trg_member_change_lock BEFORE INSERT OR UPDATE OR DELETE ON member_change "
    "FOR EACH ROW EXECUTE FUNCTION member_change_lock()",
]


def upgrade() -> None:
    op.create_table(
        "member_change",
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("faculty_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_item.id"], name=op.f("fk_member_change_agenda_item_id_agenda_item")),
        sa.ForeignKeyConstraint(["faculty_id"], ["faculty_member.id"], name=op.f("fk_member_change_faculty_id_faculty_member")),
        sa.PrimaryKeyConstraint("agenda_item_id", name=op.f("pk_member_change")),
    )

    for statement in POSTGRESQL_LOCK if op.get_bind().dialect.name == "postgresql" else SQLITE_LOCK:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER trg_member_change_lock ON member_change")
        op.execute("DROP FUNCTION member_change_lock()")
    op.drop_table("member_change")
