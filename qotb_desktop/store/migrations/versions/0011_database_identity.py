"""the database's identity (issue 19.6): one row saying which database this is, kept in
its backups, so that a database that does not open is restored without an account only
from its own backups (store/identity.py)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-11 10:00:00

A new database gets a random identity. One made before this version gets the identity
its oldest audit row gives (store.identity.legacy_identity), which its older backups
give too, so they are recognised as its own; one without an audit row, a random one.
The row is never changed or deleted (SQLite and PostgreSQL triggers, as 0010's seal).
"""

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

from qotb_desktop.store import identity

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_KEPT = [
    f"CREATE TRIGGER trg_identity_kept_{event} BEFORE {event.upper()} ON database_identity FOR EACH ROW "
    "BEGIN SELECT RAISE(ABORT, 'identity_kept'); END"
    for event in ("delete", "update")
]
POSTGRESQL_KEPT = [
    "CREATE FUNCTION database_identity_lock() RETURNS trigger AS $$ BEGIN "
    "RAISE EXCEPTION 'identity_kept' USING ERRCODE = 'integrity_constraint_violation'; END $$ LANGUAGE plpgsql",
    "CREATE TRIGGER trg_identity_lock BEFORE UPDATE OR DELETE ON database_identity FOR EACH ROW "
    "EXECUTE FUNCTION database_identity_lock()",
]


def upgrade() -> None:
    table = op.create_table(
        "database_identity",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("identity", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_database_identity_one")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_database_identity")),
    )
    bind = op.get_bind()
    first = bind.execute(sa.text(identity.FIRST_AUDIT_ROW)).first()
    value = identity.legacy_identity(tuple(first) if first else None) or identity.new_identity()
    op.bulk_insert(table, [{"id": 1, "identity": value, "created_at": datetime.now().replace(microsecond=0)}])
    for statement in POSTGRESQL_KEPT if bind.dialect.name == "postgresql" else SQLITE_KEPT:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER trg_identity_lock ON database_identity")
        op.execute("DROP FUNCTION database_identity_lock()")
    else:
        for event in ("delete", "update"):
            op.execute(f"DROP TRIGGER trg_identity_kept_{event}")
    op.drop_table("database_identity")
