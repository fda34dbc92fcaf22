"""optimistic locking (a version on every record edited in a form), the program's
letter numbers (year and sequence, unique), and the audit trail kept by the database

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 01:40:00

Columns are added with plain ALTER TABLE (no table rebuild on SQLite, so the triggers
of the earlier migrations stay in place); the unique letter number is an index.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = (
    "institution", "faculty_member", "centre", "membership", "council_term", "activity",
    "meeting", "decision", "follow_up", "annual_report", "evaluation",
)  # fmt: skip

SQLITE_AUDIT = [
    f"CREATE TRIGGER trg_audit_log_kept_{event.lower()} BEFORE {event} ON audit_log FOR EACH ROW "
    "BEGIN SELECT RAISE(ABORT, 'audit_kept'); END"
    for event in ("UPDATE", "DELETE")
]
POSTGRESQL_AUDIT = [
    "CREATE FUNCTION audit_log_lock() RETURNS trigger AS $$ BEGIN "
    "RAISE EXCEPTION 'audit_kept' USING ERRCODE = 'integrity_constraint_violation'; END $$ LANGUAGE plpgsql",
    "CREATE TRIGGER trg_audit_log_lock BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_lock()",
]


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False))
    op.add_column("decision", sa.Column("letter_year", sa.Integer(), nullable=True))
    op.add_column("decision", sa.Column("letter_sequence", sa.Integer(), nullable=True))
    op.create_index("uq_decision_letter", "decision", ["letter_year", "letter_sequence"], unique=True)
    for statement in POSTGRESQL_AUDIT if op.get_bind().dialect.name == "postgresql" else SQLITE_AUDIT:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER trg_audit_log_lock ON audit_log")
        op.execute("DROP FUNCTION audit_log_lock()")
    else:
        for event in ("update", "delete"):
            op.execute(f"DROP TRIGGER trg_audit_log_kept_{event}")
    op.drop_index("uq_decision_letter", table_name="decision")
    # Plain ALTER TABLE ... DROP COLUMN (SQLite 3.35 and later, and PostgreSQL): a batch
    # rebuild of meeting or decision would trip over the lock triggers of 0003.
    for table, column in [("decision", "letter_sequence"), ("decision", "letter_year"), *((t, "version") for t in VERSIONED)]:
        op.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
