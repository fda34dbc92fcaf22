"""registries: institutions, scientific groups, faculty members, centres, memberships, council

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Note 9 (one centre per member at a time) and art. 11 (one director per centre at a
# time), held by the database over whole periods: a partial unique index can only
# see memberships with no end date, so triggers compare the periods. Both ends of a
# period count; a missing end is "still running". The services check the same
# rules first and give the clerk a sentence; these are the backstop.
_OVERLAP = "m.joined_on <= COALESCE(NEW.left_on, '9999-12-31') AND NEW.joined_on <= COALESCE(m.left_on, '9999-12-31')"
SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER trg_membership_one_centre_{event.lower()} BEFORE {event} ON membership
    FOR EACH ROW WHEN NEW.role IN ('member', 'director')
    BEGIN
        SELECT RAISE(ABORT, 'membership_one_centre') WHERE EXISTS (
            SELECT 1 FROM membership m WHERE m.faculty_id = NEW.faculty_id AND m.id IS NOT NEW.id
            AND m.role IN ('member', 'director') AND {_OVERLAP});
    END"""
    for event in ("INSERT", "UPDATE")
] + [
    f"""CREATE TRIGGER trg_membership_one_director_{event.lower()} BEFORE {event} ON membership
    FOR EACH ROW WHEN NEW.role = 'director'
    BEGIN
        SELECT RAISE(ABORT, 'membership_one_director') WHERE EXISTS (
            SELECT 1 FROM membership m WHERE m.centre_id = NEW.centre_id AND m.id IS NOT NEW.id
            AND m.role = 'director' AND {_OVERLAP});
    END"""
    for event in ("INSERT", "UPDATE")
]
POSTGRESQL_TRIGGER = [
    f"""CREATE FUNCTION membership_rules() RETURNS trigger AS $$
    BEGIN
        -- serialise changes per person and per centre, so two desks cannot both pass the check
        PERFORM pg_advisory_xact_lock(1, NEW.faculty_id);
        PERFORM pg_advisory_xact_lock(2, NEW.centre_id);
        IF NEW.role IN ('member', 'director') AND EXISTS (
            SELECT 1 FROM membership m WHERE m.faculty_id = NEW.faculty_id AND m.id <> NEW.id
            AND m.role IN ('member', 'director') AND {_OVERLAP}) THEN
            RAISE EXCEPTION 'membership_one_centre' USING ERRCODE = 'unique_violation';
        END IF;
        IF NEW.role = 'director' AND EXISTS (
            SELECT 1 FROM membership m WHERE m.centre_id = NEW.centre_id AND m.id <> NEW.id
            AND m.role = 'director' AND {_OVERLAP}) THEN
            RAISE EXCEPTION 'membership_one_director' USING ERRCODE = 'unique_violation';
        END IF;
        RETURN NEW;
    END $$ LANGUAGE plpgsql""",
    "CREATE TRIGGER trg_membership_rules BEFORE INSERT OR UPDATE ON membership FOR EACH ROW EXECUTE FUNCTION membership_rules()",
]


def upgrade() -> None:
    op.create_table(
        "council_seat",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("ex_officio", sa.Boolean(), nullable=False),
        sa.Column("term_years", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_council_seat")),
    )
    op.create_table(
        "institution",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("city", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_institution")),
        sa.UniqueConstraint("name", name=op.f("uq_institution_name")),
    )
    op.create_table(
        "scientific_group",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("parent_key", sa.String(length=40), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_key"], ["scientific_group.key"], name=op.f("fk_scientific_group_parent_key_scientific_group")
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_scientific_group")),
    )
    op.create_table(
        "centre",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=250), nullable=False),
        sa.Column("field_key", sa.String(length=40), nullable=False),
        sa.Column("host_institution_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("decree_number", sa.String(length=60), nullable=False),
        sa.Column("decree_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["field_key"], ["scientific_group.key"], name=op.f("fk_centre_field_key_scientific_group")),
        sa.ForeignKeyConstraint(
            ["host_institution_id"], ["institution.id"], name=op.f("fk_centre_host_institution_id_institution")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_centre")),
    )
    with op.batch_alter_table("centre", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_centre_host_institution_id"), ["host_institution_id"], unique=False)

    op.create_table(
        "faculty_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("national_code", sa.String(length=10), nullable=False),
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("last_name", sa.String(length=80), nullable=False),
        sa.Column("rank", sa.String(length=30), nullable=False),
        sa.Column("institution_id", sa.Integer(), nullable=False),
        sa.Column("field_key", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("email", sa.String(length=120), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["field_key"], ["scientific_group.key"], name=op.f("fk_faculty_member_field_key_scientific_group")
        ),
        sa.ForeignKeyConstraint(
            ["institution_id"], ["institution.id"], name=op.f("fk_faculty_member_institution_id_institution")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_faculty_member")),
        sa.UniqueConstraint("national_code", name=op.f("uq_faculty_member_national_code")),
    )
    with op.batch_alter_table("faculty_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_faculty_member_institution_id"), ["institution_id"], unique=False)

    op.create_table(
        "centre_partner",
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("institution_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centre.id"], name=op.f("fk_centre_partner_centre_id_centre"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["institution_id"], ["institution.id"], name=op.f("fk_centre_partner_institution_id_institution")
        ),
        sa.PrimaryKeyConstraint("centre_id", "institution_id", name=op.f("pk_centre_partner")),
    )
    op.create_table(
        "council_term",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seat_key", sa.String(length=40), nullable=False),
        sa.Column("holder_name", sa.String(length=120), nullable=False),
        sa.Column("faculty_id", sa.Integer(), nullable=True),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["faculty_id"], ["faculty_member.id"], name=op.f("fk_council_term_faculty_id_faculty_member")),
        sa.ForeignKeyConstraint(["seat_key"], ["council_seat.key"], name=op.f("fk_council_term_seat_key_council_seat")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_council_term")),
        sa.UniqueConstraint("seat_key", "start", name=op.f("uq_council_term_seat_key")),
    )
    with op.batch_alter_table("council_term", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_council_term_seat_key"), ["seat_key"], unique=False)

    op.create_table(
        "membership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("faculty_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=False),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["centre_id"], ["centre.id"], name=op.f("fk_membership_centre_id_centre")),
        sa.ForeignKeyConstraint(["faculty_id"], ["faculty_member.id"], name=op.f("fk_membership_faculty_id_faculty_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership")),
    )
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_membership_centre_id"), ["centre_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_membership_faculty_id"), ["faculty_id"], unique=False)
        batch_op.create_index(
            "uq_membership_one_open_centre",
            ["faculty_id"],
            unique=True,
            sqlite_where=sa.text("left_on IS NULL AND role IN ('member', 'director')"),
            postgresql_where=sa.text("left_on IS NULL AND role IN ('member', 'director')"),
        )
        batch_op.create_index(
            "uq_membership_one_open_director",
            ["centre_id"],
            unique=True,
            sqlite_where=sa.text("left_on IS NULL AND role = 'director'"),
            postgresql_where=sa.text("left_on IS NULL AND role = 'director'"),
        )
    for statement in POSTGRESQL_TRIGGER if op.get_bind().dialect.name == "postgresql" else SQLITE_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER trg_membership_rules ON membership")
        op.execute("DROP FUNCTION membership_rules()")
    else:
        for name in ("one_centre_insert", "one_centre_update", "one_director_insert", "one_director_update"):
            op.execute(f"DROP TRIGGER trg_membership_{name}")
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_membership_one_open_director",
            sqlite_where=sa.text("left_on IS NULL AND role = 'director'"),
            postgresql_where=sa.text("left_on IS NULL AND role = 'director'"),
        )
        batch_op.drop_index(
            "uq_membership_one_open_centre",
            sqlite_where=sa.text("left_on IS NULL AND role IN ('member', 'director')"),
            postgresql_where=sa.text("left_on IS NULL AND role IN ('member', 'director')"),
        )
        batch_op.drop_index(batch_op.f("ix_membership_faculty_id"))
        batch_op.drop_index(batch_op.f("ix_membership_centre_id"))

    op.drop_table("membership")
    with op.batch_alter_table("council_term", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_council_term_seat_key"))

    op.drop_table("council_term")
    op.drop_table("centre_partner")
    with op.batch_alter_table("faculty_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_faculty_member_institution_id"))

    op.drop_table("faculty_member")
    with op.batch_alter_table("centre", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_centre_host_institution_id"))

    op.drop_table("centre")
    op.drop_table("scientific_group")
    op.drop_table("institution")
    op.drop_table("council_seat")
