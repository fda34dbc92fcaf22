"""note 16's support of research contracts (issue 18): the secretariat's support of a
contract that at least two centres made with an executive body that bears its costs,
from the calls' half (docs/decisions.md)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-12 16:00:00

Two new tables. The calls' half's limit (migration 0013) now counts these supports with
the calls' budgets: its triggers are made again with the new sum (SQLite: dropped and
created; PostgreSQL: the function replaced), and a new one keeps the supports within it.
A closed year's supports change no more.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LINE = "(SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = {y} AND kind IN ('line', 'supplement'))"
_ORGS = "(SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = {y} AND kind = 'organisation')"
_PERCENT = "(SELECT COALESCE(MAX(programs_percent), 50) FROM funding_year WHERE year = {y})"
CALLS_HALF = f"({_LINE} - {_LINE} * {_PERCENT} / 100 + {_ORGS})"
OLD_USED = "(SELECT COALESCE(SUM(budget), 0) FROM funding_call WHERE year = {y})"
USED = (
    "((SELECT COALESCE(SUM(budget), 0) FROM funding_call WHERE year = {y}) "
    "+ (SELECT COALESCE(SUM(support), 0) FROM contract_support WHERE year = {y}))"
)
CLOSED = "EXISTS (SELECT 1 FROM funding_year WHERE year = {y} AND closed_at IS NOT NULL)"

# (name, table, timing, events, condition, message): made again (call_line, entry_calls) or new.
NEW_USED, NEW_HALF = USED.format(y="NEW.year"), CALLS_HALF.format(y="NEW.year")
OLD_USED_NOW, OLD_HALF = USED.format(y="OLD.year"), CALLS_HALF.format(y="OLD.year")
CHECKS = [
    ("call_line", "funding_call", "AFTER", ("INSERT", "UPDATE"), f"{NEW_USED} > {NEW_HALF}", "call_over_line"),
    ("entry_calls", "budget_entry", "AFTER", ("UPDATE", "DELETE"), f"{OLD_USED_NOW} > {OLD_HALF}", "call_over_line"),
    ("support_line", "contract_support", "AFTER", ("INSERT", "UPDATE"), f"{NEW_USED} > {NEW_HALF}", "call_over_line"),
    (
        "support_closed_new",
        "contract_support",
        "BEFORE",
        ("INSERT", "UPDATE"),
        CLOSED.format(y="NEW.year"),
        "funding_year_closed",
    ),
    (
        "support_closed_old",
        "contract_support",
        "BEFORE",
        ("UPDATE", "DELETE"),
        CLOSED.format(y="OLD.year"),
        "funding_year_closed",
    ),
]
REMADE = ("call_line", "entry_calls")


def _sqlite_create(checks) -> list[str]:
    out = []
    for name, table, timing, events, condition, message in checks:
        for event in events:
            out.append(
                f"CREATE TRIGGER trg_{name}_{event.lower()} {timing} {event} ON {table} FOR EACH ROW WHEN ({condition}) "
                f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
            )
    return out


def _pg_function(name: str, events, condition: str, message: str) -> str:
    ops = " OR ".join(f"TG_OP = '{e}'" for e in events)
    return (
        f"CREATE OR REPLACE FUNCTION {name}_check() RETURNS trigger AS $$ BEGIN "
        f"IF ({ops}) AND ({condition}) THEN "
        f"RAISE EXCEPTION '{message}' USING ERRCODE = 'integrity_constraint_violation'; END IF; "
        "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$ LANGUAGE plpgsql"
    )


def _remake(checks, postgresql: bool) -> None:
    for name, table, timing, events, condition, message in checks:
        if postgresql:
            op.execute(_pg_function(name, events, condition, message))
            if name not in REMADE:
                op.execute(
                    f"CREATE TRIGGER trg_{name} {timing} {' OR '.join(events)} ON {table} "
                    f"FOR EACH ROW EXECUTE FUNCTION {name}_check()"
                )
        else:
            if name in REMADE:
                for event in events:
                    op.execute(f"DROP TRIGGER trg_{name}_{event.lower()}")
            for statement in _sqlite_create([(name, table, timing, events, condition, message)]):
                op.execute(statement)


def upgrade() -> None:
    op.create_table(
        "contract_support",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("contract_number", sa.String(length=60), nullable=False),
        sa.Column("contract_on", sa.Date(), nullable=False),
        sa.Column("contract_amount", sa.BigInteger(), nullable=False),
        sa.Column("support", sa.BigInteger(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("contract_amount > 0 AND support > 0", name=op.f("ck_contract_support_positive")),
        sa.ForeignKeyConstraint(["year"], ["funding_year.year"], name=op.f("fk_contract_support_year_funding_year")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_support")),
    )
    op.create_index(op.f("ix_contract_support_year"), "contract_support", ["year"], unique=False)
    op.create_table(
        "contract_support_centre",
        sa.Column("support_id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["centre_id"], ["centre.id"], name=op.f("fk_contract_support_centre_centre_id_centre")),
        sa.ForeignKeyConstraint(
            ["support_id"], ["contract_support.id"], name=op.f("fk_contract_support_centre_support_id_contract_support")
        ),
        sa.PrimaryKeyConstraint("support_id", "centre_id", name=op.f("pk_contract_support_centre")),
    )
    _remake(CHECKS, op.get_bind().dialect.name == "postgresql")


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    old = [
        (name, table, timing, events, condition.replace(USED.format(y=y), OLD_USED.format(y=y)), message)
        for (name, table, timing, events, condition, message), y in zip(CHECKS[:2], ("NEW.year", "OLD.year"), strict=True)
    ]
    _remake(old, postgresql)
    op.drop_table("contract_support_centre")
    op.drop_table("contract_support")  # its own triggers go with it
    if postgresql:
        for name, *_rest in CHECKS[2:]:
            op.execute(f"DROP FUNCTION {name}_check()")
