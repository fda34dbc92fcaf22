"""article 12's money (issue 18): the year's budget line, its supplements and the
organisations' money; the allocation worksheet of the programs' half and each centre's
share with its institution's matching (store/funding_models.py)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-12 10:00:00

New tables only. The limits are kept by the database as well as by the services, with
SQLite triggers and their PostgreSQL twins:
- a closed year changes no more (its entries, worksheet and shares; the year itself);
- the shares of a year never add up past its worksheet's half;
- an approved worksheet and its shares change no more, but for the matching entered;
- an approved worksheet's line is never more than the year's line and supplements
  (an entry is not removed or lowered under it).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LINE = "(SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = {y} AND kind IN ('line', 'supplement'))"
CLOSED = "EXISTS (SELECT 1 FROM funding_year WHERE year = {y} AND closed_at IS NOT NULL)"
APPROVED = "EXISTS (SELECT 1 FROM allocation_sheet WHERE year = {y} AND approved_at IS NOT NULL)"
OVER_HALF = "(SELECT SUM(amount) FROM allocation WHERE year = {y}) > (SELECT half FROM allocation_sheet WHERE year = {y})"
SHARE_FIXED = (
    "NEW.amount <> OLD.amount OR NEW.computed <> OLD.computed OR NEW.centre_id <> OLD.centre_id "
    "OR NEW.year <> OLD.year OR NEW.institution_id <> OLD.institution_id"
)
LINE_SHORT = (
    "EXISTS (SELECT 1 FROM allocation_sheet s WHERE s.year = {y} AND s.approved_at IS NOT NULL AND s.line > " + LINE + ")"
)


def _raise(name: str, table: str, timing: str, event: str, when: str, message: str) -> str:
    return (
        f"CREATE TRIGGER trg_{name} {timing} {event} ON {table} FOR EACH ROW WHEN {when} "
        f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
    )


def _sqlite() -> list[str]:
    out = []
    for table in ("budget_entry", "allocation_sheet", "allocation"):
        out.append(
            _raise(f"{table}_closed_insert", table, "BEFORE", "INSERT", CLOSED.format(y="NEW.year"), "funding_year_closed")
        )
        both = f"{CLOSED.format(y='OLD.year')} OR {CLOSED.format(y='NEW.year')}"
        out.append(_raise(f"{table}_closed_update", table, "BEFORE", "UPDATE", f"({both})", "funding_year_closed"))
        out.append(
            _raise(f"{table}_closed_delete", table, "BEFORE", "DELETE", CLOSED.format(y="OLD.year"), "funding_year_closed")
        )
    for event in ("UPDATE", "DELETE"):
        out.append(
            _raise(
                f"funding_year_closed_{event.lower()}",
                "funding_year",
                "BEFORE",
                event,
                "OLD.closed_at IS NOT NULL",
                "funding_year_closed",
            )
        )
    for event in ("INSERT", "UPDATE"):
        out.append(
            _raise(
                f"allocation_over_half_{event.lower()}",
                "allocation",
                "AFTER",
                event,
                f"({OVER_HALF.format(y='NEW.year')})",
                "allocation_over_half",
            )
        )
    out.append(
        _raise(
            "allocation_approved_insert", "allocation", "BEFORE", "INSERT", APPROVED.format(y="NEW.year"), "allocation_approved"
        )
    )
    out.append(
        _raise(
            "allocation_approved_update",
            "allocation",
            "BEFORE",
            "UPDATE",
            f"({APPROVED.format(y='OLD.year')} AND ({SHARE_FIXED}))",
            "allocation_approved",
        )
    )
    out.append(
        _raise(
            "allocation_approved_delete", "allocation", "BEFORE", "DELETE", APPROVED.format(y="OLD.year"), "allocation_approved"
        )
    )
    for event in ("UPDATE", "DELETE"):
        out.append(
            _raise(
                f"allocation_sheet_approved_{event.lower()}",
                "allocation_sheet",
                "BEFORE",
                event,
                "OLD.approved_at IS NOT NULL",
                "allocation_approved",
            )
        )
    for event in ("INSERT", "UPDATE"):
        out.append(
            _raise(
                f"allocation_sheet_line_{event.lower()}",
                "allocation_sheet",
                "AFTER",
                event,
                f"NEW.line > {LINE.format(y='NEW.year')}",
                "over_line",
            )
        )
    for event in ("UPDATE", "DELETE"):
        out.append(
            _raise(
                f"budget_entry_line_{event.lower()}", "budget_entry", "AFTER", event, LINE_SHORT.format(y="OLD.year"), "over_line"
            )
        )
    return out


def _pg_function(name: str, body: str) -> str:
    return (
        f"CREATE FUNCTION {name}() RETURNS trigger AS $$ BEGIN {body} "
        "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$ LANGUAGE plpgsql"
    )


def _fail(message: str) -> str:
    return f"RAISE EXCEPTION '{message}' USING ERRCODE = 'integrity_constraint_violation';"


def _postgresql() -> list[str]:
    closed_new, closed_old = CLOSED.format(y="NEW.year"), CLOSED.format(y="OLD.year")
    out = [
        _pg_function(
            "funding_closed_check",
            f"IF (TG_OP <> 'DELETE' AND {closed_new}) OR (TG_OP <> 'INSERT' AND {closed_old}) THEN "
            f"{_fail('funding_year_closed')} END IF;",
        ),
        _pg_function("funding_year_lock", f"IF OLD.closed_at IS NOT NULL THEN {_fail('funding_year_closed')} END IF;"),
        _pg_function(
            "allocation_over_half_check", f"IF {OVER_HALF.format(y='NEW.year')} THEN {_fail('allocation_over_half')} END IF;"
        ),
        _pg_function(
            "allocation_approved_check",
            f"IF (TG_OP = 'INSERT' AND {APPROVED.format(y='NEW.year')}) "
            f"OR (TG_OP = 'DELETE' AND {APPROVED.format(y='OLD.year')}) "
            f"OR (TG_OP = 'UPDATE' AND {APPROVED.format(y='OLD.year')} AND ({SHARE_FIXED})) THEN "
            f"{_fail('allocation_approved')} END IF;",
        ),
        _pg_function("allocation_sheet_lock", f"IF OLD.approved_at IS NOT NULL THEN {_fail('allocation_approved')} END IF;"),
        _pg_function(
            "allocation_sheet_line_check", f"IF NEW.line > {LINE.format(y='NEW.year')} THEN {_fail('over_line')} END IF;"
        ),
        _pg_function("budget_entry_line_check", f"IF {LINE_SHORT.format(y='OLD.year')} THEN {_fail('over_line')} END IF;"),
    ]
    for table in ("budget_entry", "allocation_sheet", "allocation"):
        out.append(
            f"CREATE TRIGGER trg_{table}_closed BEFORE INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION funding_closed_check()"
        )
    out += [
        "CREATE TRIGGER trg_funding_year_lock BEFORE UPDATE OR DELETE ON funding_year FOR EACH ROW "
        "EXECUTE FUNCTION funding_year_lock()",
        "CREATE TRIGGER trg_allocation_over_half AFTER INSERT OR UPDATE ON allocation FOR EACH ROW "
        "EXECUTE FUNCTION allocation_over_half_check()",
        "CREATE TRIGGER trg_allocation_approved BEFORE INSERT OR UPDATE OR DELETE ON allocation FOR EACH ROW "
        "EXECUTE FUNCTION allocation_approved_check()",
        "CREATE TRIGGER trg_allocation_sheet_lock BEFORE UPDATE OR DELETE ON allocation_sheet FOR EACH ROW "
        "EXECUTE FUNCTION allocation_sheet_lock()",
        "CREATE TRIGGER trg_allocation_sheet_line AFTER INSERT OR UPDATE ON allocation_sheet FOR EACH ROW "
        "EXECUTE FUNCTION allocation_sheet_line_check()",
        "CREATE TRIGGER trg_budget_entry_line AFTER UPDATE OR DELETE ON budget_entry FOR EACH ROW "
        "EXECUTE FUNCTION budget_entry_line_check()",
    ]
    return out


PG_FUNCTIONS = (
    "funding_closed_check",
    "funding_year_lock",
    "allocation_over_half_check",
    "allocation_approved_check",
    "allocation_sheet_lock",
    "allocation_sheet_line_check",
    "budget_entry_line_check",
)


def upgrade() -> None:
    op.create_table(
        "funding_year",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_funding_year")),
    )
    op.create_table(
        "budget_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("reference", sa.String(length=60), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("amount > 0", name=op.f("ck_budget_entry_positive")),
        sa.CheckConstraint("kind IN ('line', 'supplement', 'organisation')", name=op.f("ck_budget_entry_kind")),
        sa.ForeignKeyConstraint(["year"], ["funding_year.year"], name=op.f("fk_budget_entry_year_funding_year")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_entry")),
    )
    op.create_index(op.f("ix_budget_entry_year"), "budget_entry", ["year"], unique=False)
    op.create_table(
        "allocation_sheet",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("scheme", sa.String(length=20), nullable=False),
        sa.Column("line", sa.BigInteger(), nullable=False),
        sa.Column("half", sa.BigInteger(), nullable=False),
        sa.Column("computed_at", sa.DateTime(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("approved_by", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("half >= 0 AND half <= line", name=op.f("ck_allocation_sheet_half_of_line")),
        sa.ForeignKeyConstraint(["year"], ["funding_year.year"], name=op.f("fk_allocation_sheet_year_funding_year")),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_allocation_sheet")),
    )
    op.create_table(
        "allocation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("institution_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("basis_year", sa.Integer(), nullable=True),
        sa.Column("basis_total", sa.String(length=20), nullable=False),
        sa.Column("rule", sa.String(length=12), nullable=False),
        sa.Column("computed", sa.BigInteger(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("provided", sa.BigInteger(), nullable=True),
        sa.Column("provided_on", sa.Date(), nullable=True),
        sa.Column("provided_note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("computed >= 0 AND amount >= 0", name=op.f("ck_allocation_not_negative")),
        sa.CheckConstraint("provided IS NULL OR provided >= 0", name=op.f("ck_allocation_provided_not_negative")),
        sa.ForeignKeyConstraint(["centre_id"], ["centre.id"], name=op.f("fk_allocation_centre_id_centre")),
        sa.ForeignKeyConstraint(["institution_id"], ["institution.id"], name=op.f("fk_allocation_institution_id_institution")),
        sa.ForeignKeyConstraint(["year"], ["allocation_sheet.year"], name=op.f("fk_allocation_year_allocation_sheet")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_allocation")),
        sa.UniqueConstraint("year", "centre_id", name=op.f("uq_allocation_year")),
    )
    op.create_index(op.f("ix_allocation_year"), "allocation", ["year"], unique=False)
    op.create_index(op.f("ix_allocation_centre_id"), "allocation", ["centre_id"], unique=False)
    for statement in _postgresql() if op.get_bind().dialect.name == "postgresql" else _sqlite():
        op.execute(statement)


def downgrade() -> None:
    for table in ("allocation", "allocation_sheet", "budget_entry", "funding_year"):
        op.drop_table(table)  # their triggers go with them
    if op.get_bind().dialect.name == "postgresql":
        for name in PG_FUNCTIONS:
            op.execute(f"DROP FUNCTION {name}()")
