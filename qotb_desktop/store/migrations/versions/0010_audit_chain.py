"""the audit trail chained (issue 19.8): each row's hash and the hash of the row before it,
and the trail's seal (the rows written before the chain, sealed as one block; the end of
the chain), kept by the database as the trail is

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-10 10:00:00

Plain ALTER TABLE ... ADD COLUMN (no table rebuilt, so the triggers that keep the trail
append-only stay as they are; the rows already there are not updated: they keep no hash
of their own) and one new table. When the trail already holds rows, the seal is made
here from them (domain/audit_chain.py: their count and the hash carried through them in
id order), so that a row of theirs changed, removed or added later is found; the first
row the program writes after the upgrade points back to that seal. The seal's row is
kept like the trail: never deleted, its record of the older rows never changed, its
count of chained rows never made smaller (SQLite and PostgreSQL triggers, as 0007's).
"""

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

from qotb_desktop.domain import audit_chain

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_KEPT = "NEW.id <> OLD.id OR NEW.legacy_rows <> OLD.legacy_rows OR NEW.legacy_hash <> OLD.legacy_hash OR NEW.length < OLD.length"
SQLITE_SEAL = [
    "CREATE TRIGGER trg_audit_seal_kept_delete BEFORE DELETE ON audit_seal FOR EACH ROW "
    "BEGIN SELECT RAISE(ABORT, 'audit_kept'); END",
    f"CREATE TRIGGER trg_audit_seal_kept_update BEFORE UPDATE ON audit_seal FOR EACH ROW WHEN {_KEPT} "
    "BEGIN SELECT RAISE(ABORT, 'audit_kept'); END",
]
POSTGRESQL_SEAL = [
    "CREATE FUNCTION audit_seal_lock() RETURNS trigger AS $$ BEGIN "
    f"IF TG_OP = 'DELETE' OR {_KEPT} THEN "
    "RAISE EXCEPTION 'audit_kept' USING ERRCODE = 'integrity_constraint_violation'; END IF; "
    "RETURN NEW; END $$ LANGUAGE plpgsql",
    "CREATE TRIGGER trg_audit_seal_lock BEFORE UPDATE OR DELETE ON audit_seal FOR EACH ROW EXECUTE FUNCTION audit_seal_lock()",
]

_TRAIL = sa.table(
    "audit_log",
    sa.column("id", sa.Integer),
    sa.column("at", sa.DateTime),
    sa.column("user_id", sa.Integer),
    sa.column("username", sa.String),
    sa.column("action", sa.String),
    sa.column("table_name", sa.String),
    sa.column("record_id", sa.String),
    sa.column("before", sa.Text),
    sa.column("after", sa.Text),
)


def upgrade() -> None:
    op.add_column("audit_log", sa.Column("prev_hash", sa.String(length=64), nullable=True))
    op.add_column("audit_log", sa.Column("row_hash", sa.String(length=64), nullable=True))
    seal = op.create_table(
        "audit_seal",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("legacy_rows", sa.Integer(), nullable=False),
        sa.Column("legacy_hash", sa.String(length=64), nullable=False),
        sa.Column("sealed_at", sa.DateTime(), nullable=False),
        sa.Column("head_id", sa.Integer(), nullable=True),
        sa.Column("head_hash", sa.String(length=64), nullable=False),
        sa.Column("length", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_audit_seal_one")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_seal")),
    )
    bind = op.get_bind()
    rows = bind.execute(sa.select(_TRAIL).order_by(_TRAIL.c.id)).mappings()
    count, carried = audit_chain.seal_of(rows)
    if count:
        now = datetime.now().replace(microsecond=0)
        values = {"id": 1, "legacy_rows": count, "legacy_hash": carried, "sealed_at": now}
        op.bulk_insert(seal, [{**values, "head_id": None, "head_hash": carried, "length": 0}])
    for statement in POSTGRESQL_SEAL if bind.dialect.name == "postgresql" else SQLITE_SEAL:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER trg_audit_seal_lock ON audit_seal")
        op.execute("DROP FUNCTION audit_seal_lock()")
    else:
        for event in ("delete", "update"):
            op.execute(f"DROP TRIGGER trg_audit_seal_kept_{event}")
    op.drop_table("audit_seal")
    for column in ("row_hash", "prev_hash"):
        op.execute(f'ALTER TABLE "audit_log" DROP COLUMN "{column}"')
