"""meetings: attendance, agenda, decisions, follow-ups, amendments, signed copies; the lock

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The lock (issue 6): once a meeting's minutes are finalised, nothing of it changes,
# whatever path the change takes. Allowed afterwards: the minutes' approval at a later
# meeting, a decision's endorsement and communication, a follow-up marked done, an
# amendment and the signed copy added. Amendments and signed copies never change.
STATE = "(SELECT state FROM meeting WHERE id = {row}.meeting_id)"
DECISION_STATE = "(SELECT m.state FROM meeting m JOIN agenda_item a ON a.meeting_id = m.id WHERE a.id = {row}.agenda_item_id)"
FIXED = {
    "meeting": ("kind", "centre_id", "year", "sequence", "held_on", "starts_at", "ends_at", "place", "chaired_by",
                "delegation", "secretary", "finalised_at", "fingerprint"),
    "decision": ("agenda_item_id", "text", "yes", "no", "abstain", "present", "outcome"),
    "follow_up": ("meeting_id", "decision_id", "action", "responsible", "due_on"),
}  # fmt: skip


def _changed(columns, new="NEW", old="OLD", op="IS NOT") -> str:
    return " OR ".join(f"{new}.{c} {op} {old}.{c}" for c in columns)


def _raise(name: str, event: str, table: str, when: str) -> str:
    return (
        f"CREATE TRIGGER trg_{table}_locked_{name} BEFORE {event} ON {table} FOR EACH ROW WHEN {when} "
        "BEGIN SELECT RAISE(ABORT, 'meeting_locked'); END"
    )


SQLITE_LOCK = [
    *(_raise(e.lower(), e, t, STATE.format(row="OLD" if e == "DELETE" else "NEW") + " != 'draft'")
      for t in ("attendance", "agenda_item") for e in ("INSERT", "DELETE")),
    *(_raise("update", "UPDATE", t, f"{STATE.format(row='OLD')} != 'draft' OR {STATE.format(row='NEW')} != 'draft'")
      for t in ("attendance", "agenda_item")),
    _raise("insert", "INSERT", "decision", DECISION_STATE.format(row="NEW") + " != 'draft'"),
    _raise("delete", "DELETE", "decision", DECISION_STATE.format(row="OLD") + " != 'draft'"),
    _raise("update", "UPDATE", "decision", f"{DECISION_STATE.format(row='OLD')} != 'draft' AND ({_changed(FIXED['decision'])})"),
    _raise("insert", "INSERT", "follow_up", STATE.format(row="NEW") + " != 'draft'"),
    _raise("delete", "DELETE", "follow_up", STATE.format(row="OLD") + " != 'draft'"),
    _raise("update", "UPDATE", "follow_up", f"{STATE.format(row='OLD')} != 'draft' AND ({_changed(FIXED['follow_up'])})"),
    _raise("update", "UPDATE", "meeting", f"OLD.state != 'draft' AND (NEW.state = 'draft' OR {_changed(FIXED['meeting'])})"),
    _raise("delete", "DELETE", "meeting", "OLD.state != 'draft'"),
    *(_raise(e.lower(), e, t, "1") for t in ("amendment", "minutes_copy") for e in ("UPDATE", "DELETE")),
]  # fmt: skip

_PG_STATE = {
    "attendance": "SELECT state FROM meeting WHERE id = r.meeting_id",
    "agenda_item": "SELECT state FROM meeting WHERE id = r.meeting_id",
    "follow_up": "SELECT state FROM meeting WHERE id = r.meeting_id",
    "decision": "SELECT m.state FROM meeting m JOIN agenda_item a ON a.meeting_id = m.id WHERE a.id = r.agenda_item_id",
}


def _pg(table: str) -> list[str]:
    """The PostgreSQL twin of the SQLite triggers: one function a table."""
    fixed = FIXED.get(table)
    if table in ("amendment", "minutes_copy"):
        body = "RAISE EXCEPTION 'meeting_locked' USING ERRCODE = 'integrity_constraint_violation';"
        events = "UPDATE OR DELETE"
    elif table == "meeting":
        changed = _changed(fixed, op="IS DISTINCT FROM")
        body = (
            "IF OLD.state <> 'draft' AND TG_OP = 'DELETE' THEN "
            "RAISE EXCEPTION 'meeting_locked' USING ERRCODE = 'integrity_constraint_violation'; END IF; "
            "IF TG_OP = 'UPDATE' AND OLD.state <> 'draft' AND (NEW.state = 'draft' OR " + changed + ") THEN "
            "RAISE EXCEPTION 'meeting_locked' USING ERRCODE = 'integrity_constraint_violation'; END IF;"
        )
        events = "UPDATE OR DELETE"
    else:
        query = _PG_STATE[table]
        only_fixed = f" AND ({_changed(fixed, op='IS DISTINCT FROM')})" if fixed else ""
        condition = "s <> 'draft'" + (f" AND (TG_OP <> 'UPDATE' OR (TRUE{only_fixed}))" if fixed else "")
        body = (
            "IF TG_OP = 'INSERT' THEN r := NEW; ELSE r := OLD; END IF; "
            f"s := ({query}); "
            f"IF {condition} THEN RAISE EXCEPTION 'meeting_locked' USING ERRCODE = 'integrity_constraint_violation'; END IF;"
        )
        events = "INSERT OR UPDATE OR DELETE"
    return [
        f"CREATE FUNCTION {table}_lock() RETURNS trigger AS $$ DECLARE r RECORD; s TEXT; BEGIN {body} "
        f"IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$ LANGUAGE plpgsql",
        f"CREATE TRIGGER trg_{table}_lock BEFORE {events} ON {table} FOR EACH ROW EXECUTE FUNCTION {table}_lock()",
    ]


LOCKED = ("meeting", "attendance", "agenda_item", "decision", "follow_up", "amendment", "minutes_copy")


def upgrade() -> None:
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.String(length=5), nullable=False),
        sa.Column("ends_at", sa.String(length=5), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("chaired_by", sa.String(length=20), nullable=False),
        sa.Column("delegation", sa.String(length=200), nullable=False),
        sa.Column("secretary", sa.String(length=120), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("finalised_at", sa.DateTime(), nullable=True),
        sa.Column("fingerprint", sa.String(length=20), nullable=False),
        sa.Column("approved_at_meeting_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["approved_at_meeting_id"], ["meeting.id"], name=op.f("fk_meeting_approved_at_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(["centre_id"], ["centre.id"], name=op.f("fk_meeting_centre_id_centre")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    op.create_index(
        "uq_meeting_council_number", "meeting", ["year", "sequence"], unique=True,
        sqlite_where=sa.text("centre_id IS NULL"), postgresql_where=sa.text("centre_id IS NULL"),
    )  # fmt: skip
    op.create_index(
        "uq_meeting_centre_number", "meeting", ["centre_id", "year", "sequence"], unique=True,
        sqlite_where=sa.text("centre_id IS NOT NULL"), postgresql_where=sa.text("centre_id IS NOT NULL"),
    )  # fmt: skip
    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=True),
        sa.Column("about_meeting_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["about_meeting_id"], ["meeting.id"], name=op.f("fk_agenda_item_about_meeting_id_meeting")),
        sa.ForeignKeyConstraint(["centre_id"], ["centre.id"], name=op.f("fk_agenda_item_centre_id_centre")),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name=op.f("fk_agenda_item_meeting_id_meeting")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
        sa.UniqueConstraint("meeting_id", "position", name=op.f("uq_agenda_item_meeting_id")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "amendment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("corrects", sa.Text(), nullable=False),
        sa.Column("correction", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name=op.f("fk_amendment_meeting_id_meeting")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_amendment")),
    )
    with op.batch_alter_table("amendment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_amendment_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("seat_key", sa.String(length=40), nullable=True),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("arrived_at", sa.String(length=5), nullable=False),
        sa.Column("from_item", sa.Integer(), nullable=False),
        sa.Column("until_item", sa.Integer(), nullable=True),
        sa.Column("guest", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name=op.f("fk_attendance_meeting_id_meeting")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "minutes_copy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name=op.f("fk_minutes_copy_meeting_id_meeting")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_copy")),
    )
    with op.batch_alter_table("minutes_copy", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_minutes_copy_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("yes", sa.Integer(), nullable=False),
        sa.Column("no", sa.Integer(), nullable=False),
        sa.Column("abstain", sa.Integer(), nullable=False),
        sa.Column("present", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("endorsed_on", sa.Date(), nullable=True),
        sa.Column("endorsed_by", sa.String(length=20), nullable=False),
        sa.Column("communicated_on", sa.Date(), nullable=True),
        sa.Column("letter_number", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_item.id"], name=op.f("fk_decision_agenda_item_id_agenda_item")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
        sa.UniqueConstraint("agenda_item_id", name=op.f("uq_decision_agenda_item_id")),
    )
    op.create_table(
        "follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("responsible", sa.String(length=120), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["decision_id"], ["decision.id"], name=op.f("fk_follow_up_decision_id_decision")),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name=op.f("fk_follow_up_meeting_id_meeting")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
    )
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_up_meeting_id"), ["meeting_id"], unique=False)

    if op.get_bind().dialect.name == "postgresql":
        for table in LOCKED:
            for statement in _pg(table):
                op.execute(statement)
    else:
        for statement in SQLITE_LOCK:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in LOCKED:
            op.execute(f"DROP TRIGGER trg_{table}_lock ON {table}")
            op.execute(f"DROP FUNCTION {table}_lock()")
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_up_meeting_id"))

    op.drop_table("follow_up")
    op.drop_table("decision")
    with op.batch_alter_table("minutes_copy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_minutes_copy_meeting_id"))

    op.drop_table("minutes_copy")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_meeting_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("amendment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_amendment_meeting_id"))

    op.drop_table("amendment")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_meeting_id"))

    op.drop_table("agenda_item")
    op.drop_table("meeting")
