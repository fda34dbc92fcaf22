"""the calls of article 12-3 (issue 18): calls with their topics, the centres' proposals
with partners, the working group's review by the seven criteria of 12-4, the agreement
with its stages, the stage reports and the payments

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-12 12:00:00

New tables, and the year's programs' percentage kept on the year (the limits below read
it). The limits, as SQLite triggers and their PostgreSQL twins:
- a payment only for a stage whose report is approved; the payments of a stage never
  past its amount, of a call never past its budget, of a year's calls never past the
  calls' half (the line less the programs' share, and the organisations' money);
- the budgets of a year's calls never past the calls' half (nor the line lowered under
  them);
- a closed year's calls and payments change no more.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LINE = "(SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = {y} AND kind IN ('line', 'supplement'))"
_ORGS = "(SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = {y} AND kind = 'organisation')"
_PERCENT = "(SELECT COALESCE(MAX(programs_percent), 50) FROM funding_year WHERE year = {y})"
CALLS_HALF = f"({_LINE} - {_LINE} * {_PERCENT} / 100 + {_ORGS})"
CALL_BUDGETS = "(SELECT COALESCE(SUM(budget), 0) FROM funding_call WHERE year = {y})"
CLOSED = "EXISTS (SELECT 1 FROM funding_year WHERE year = {y} AND closed_at IS NOT NULL)"

# The year, call and stage of a payment row (NEW or OLD).
CALL_OF = "(SELECT p.call_id FROM project_stage s JOIN proposal p ON p.id = s.proposal_id WHERE s.id = {row}.stage_id)"
YEAR_OF = "(SELECT c.year FROM funding_call c WHERE c.id = " + CALL_OF + ")"
STAGE_PAID = "(SELECT COALESCE(SUM(amount), 0) FROM stage_payment WHERE stage_id = {row}.stage_id)"
CALL_PAID = (
    "(SELECT COALESCE(SUM(m.amount), 0) FROM stage_payment m JOIN project_stage s ON s.id = m.stage_id "
    "JOIN proposal p ON p.id = s.proposal_id WHERE p.call_id = " + CALL_OF + ")"
)
YEAR_PAID = (
    "(SELECT COALESCE(SUM(m.amount), 0) FROM stage_payment m JOIN project_stage s ON s.id = m.stage_id "
    "JOIN proposal p ON p.id = s.proposal_id JOIN funding_call c ON c.id = p.call_id WHERE c.year = " + YEAR_OF + ")"
)

CHECKS = [
    # (name, table, timing, events, condition on NEW/OLD, message)
    ("payment_approved", "stage_payment", "BEFORE", ("INSERT", "UPDATE"),
     "(SELECT report_approved_on FROM project_stage WHERE id = NEW.stage_id) IS NULL", "payment_before_approval"),
    ("payment_stage", "stage_payment", "AFTER", ("INSERT", "UPDATE"),
     STAGE_PAID.format(row="NEW") + " > (SELECT amount FROM project_stage WHERE id = NEW.stage_id)", "payment_over_stage"),
    ("payment_call", "stage_payment", "AFTER", ("INSERT", "UPDATE"),
     CALL_PAID.format(row="NEW") + " > (SELECT budget FROM funding_call WHERE id = " + CALL_OF.format(row="NEW") + ")",
     "payment_over_call"),
    ("payment_line", "stage_payment", "AFTER", ("INSERT", "UPDATE"),
     YEAR_PAID.format(row="NEW") + " > " + CALLS_HALF.format(y=YEAR_OF.format(row="NEW")), "payment_over_line"),
    ("payment_closed_new", "stage_payment", "BEFORE", ("INSERT", "UPDATE"),
     CLOSED.format(y=YEAR_OF.format(row="NEW")), "funding_year_closed"),
    ("payment_closed_old", "stage_payment", "BEFORE", ("UPDATE", "DELETE"),
     CLOSED.format(y=YEAR_OF.format(row="OLD")), "funding_year_closed"),
    ("call_line", "funding_call", "AFTER", ("INSERT", "UPDATE"),
     CALL_BUDGETS.format(y="NEW.year") + " > " + CALLS_HALF.format(y="NEW.year"), "call_over_line"),
    ("call_closed_new", "funding_call", "BEFORE", ("INSERT", "UPDATE"), CLOSED.format(y="NEW.year"), "funding_year_closed"),
    ("call_closed_old", "funding_call", "BEFORE", ("UPDATE", "DELETE"), CLOSED.format(y="OLD.year"), "funding_year_closed"),
    ("entry_calls", "budget_entry", "AFTER", ("UPDATE", "DELETE"),
     CALL_BUDGETS.format(y="OLD.year") + " > " + CALLS_HALF.format(y="OLD.year"), "call_over_line"),
]  # fmt: skip


def _sqlite() -> list[str]:
    out = []
    for name, table, timing, events, condition, message in CHECKS:
        for event in events:
            out.append(
                f"CREATE TRIGGER trg_{name}_{event.lower()} {timing} {event} ON {table} FOR EACH ROW WHEN ({condition}) "
                f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
            )
    return out


def _postgresql() -> list[str]:
    out = []
    for name, table, timing, events, condition, message in CHECKS:
        ops = " OR ".join(f"TG_OP = '{e}'" for e in events)
        out.append(
            f"CREATE FUNCTION {name}_check() RETURNS trigger AS $$ BEGIN "
            f"IF ({ops}) AND ({condition}) THEN "
            f"RAISE EXCEPTION '{message}' USING ERRCODE = 'integrity_constraint_violation'; END IF; "
            "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$ LANGUAGE plpgsql"
        )
        out.append(
            f"CREATE TRIGGER trg_{name} {timing} {' OR '.join(events)} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}_check()"
        )
    return out


def upgrade() -> None:
    op.add_column("funding_year", sa.Column("programs_percent", sa.Integer(), server_default="50", nullable=False))
    op.create_table(
        "funding_call",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=250), nullable=False),
        sa.Column("budget", sa.BigInteger(), nullable=False),
        sa.Column("announced_on", sa.Date(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("budget > 0", name=op.f("ck_funding_call_positive")),
        sa.ForeignKeyConstraint(["year"], ["funding_year.year"], name=op.f("fk_funding_call_year_funding_year")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_call")),
    )
    op.create_index(op.f("ix_funding_call_year"), "funding_call", ["year"], unique=False)
    op.create_table(
        "call_topic",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("council_decision", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["call_id"], ["funding_call.id"], name=op.f("fk_call_topic_call_id_funding_call")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_topic")),
        sa.UniqueConstraint("call_id", "position", name=op.f("uq_call_topic_call_id")),
    )
    op.create_index(op.f("ix_call_topic_call_id"), "call_topic", ["call_id"], unique=False)
    op.create_table(
        "proposal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=True),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("cost", sa.BigInteger(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("reviewed_by", sa.String(length=250), nullable=False),
        sa.Column("review_note", sa.Text(), nullable=False),
        sa.Column("agreement_number", sa.String(length=60), nullable=False),
        sa.Column("agreement_on", sa.Date(), nullable=True),
        sa.Column("agreement_amount", sa.BigInteger(), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("cost > 0", name=op.f("ck_proposal_positive")),
        sa.CheckConstraint("state IN ('received', 'selected', 'rejected')", name=op.f("ck_proposal_state")),
        sa.ForeignKeyConstraint(["call_id"], ["funding_call.id"], name=op.f("fk_proposal_call_id_funding_call")),
        sa.ForeignKeyConstraint(["centre_id"], ["centre.id"], name=op.f("fk_proposal_centre_id_centre")),
        sa.ForeignKeyConstraint(["topic_id"], ["call_topic.id"], name=op.f("fk_proposal_topic_id_call_topic")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposal")),
    )
    op.create_index(op.f("ix_proposal_call_id"), "proposal", ["call_id"], unique=False)
    op.create_index(op.f("ix_proposal_centre_id"), "proposal", ["centre_id"], unique=False)
    op.create_table(
        "proposal_partner",
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["centre_id"], ["centre.id"], name=op.f("fk_proposal_partner_centre_id_centre")),
        sa.ForeignKeyConstraint(["proposal_id"], ["proposal.id"], name=op.f("fk_proposal_partner_proposal_id_proposal")),
        sa.PrimaryKeyConstraint("proposal_id", "centre_id", name=op.f("pk_proposal_partner")),
    )
    op.create_table(
        "criterion_mark",
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=10), nullable=False),
        sa.Column("met", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["proposal_id"], ["proposal.id"], name=op.f("fk_criterion_mark_proposal_id_proposal")),
        sa.PrimaryKeyConstraint("proposal_id", "key", name=op.f("pk_criterion_mark")),
    )
    op.create_table(
        "project_stage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("deliverables", sa.Text(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("report_received_on", sa.Date(), nullable=True),
        sa.Column("report_approved_on", sa.Date(), nullable=True),
        sa.Column("approved_by", sa.String(length=250), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("amount > 0", name=op.f("ck_project_stage_positive")),
        sa.ForeignKeyConstraint(["proposal_id"], ["proposal.id"], name=op.f("fk_project_stage_proposal_id_proposal")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_stage")),
        sa.UniqueConstraint("proposal_id", "position", name=op.f("uq_project_stage_proposal_id")),
    )
    op.create_index(op.f("ix_project_stage_proposal_id"), "project_stage", ["proposal_id"], unique=False)
    op.create_table(
        "stage_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("order_number", sa.String(length=60), nullable=False),
        sa.CheckConstraint("amount > 0", name=op.f("ck_stage_payment_positive")),
        sa.ForeignKeyConstraint(["stage_id"], ["project_stage.id"], name=op.f("fk_stage_payment_stage_id_project_stage")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_payment")),
    )
    op.create_index(op.f("ix_stage_payment_stage_id"), "stage_payment", ["stage_id"], unique=False)
    for statement in _postgresql() if op.get_bind().dialect.name == "postgresql" else _sqlite():
        op.execute(statement)


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    if postgresql:
        op.execute("DROP TRIGGER trg_entry_calls ON budget_entry")
    else:
        for event in ("update", "delete"):
            op.execute(f"DROP TRIGGER trg_entry_calls_{event}")
    for table in (
        "stage_payment",
        "project_stage",
        "criterion_mark",
        "proposal_partner",
        "proposal",
        "call_topic",
        "funding_call",
    ):
        op.drop_table(table)  # their own triggers go with them
    if postgresql:
        for name, *_rest in CHECKS:
            op.execute(f"DROP FUNCTION {name}_check()")
    op.execute('ALTER TABLE "funding_year" DROP COLUMN "programs_percent"')  # no table rebuilt: 0012's triggers stay
