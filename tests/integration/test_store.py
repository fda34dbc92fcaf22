"""The store on a real SQLite file: migrations from empty, pragmas, backups before migrating."""

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from qotb_desktop.store import migrate
from qotb_desktop.store.database import Database
from qotb_desktop.store.db import schema_sql
from qotb_desktop.wiring import open_store

TABLES = {
    "alembic_version",
    "scientific_group",
    "institution",
    "faculty_member",
    "centre",
    "centre_partner",
    "membership",
    "council_seat",
    "council_term",
    "activity",
    "score_sheet",
    "program_section",
    "centre_check",
    "meeting",
    "attendance",
    "agenda_item",
    "decision",
    "follow_up",
    "amendment",
    "minutes_copy",
    "member_change",
    "annual_report",
    "annual_report_area",
    "evaluation",
    "evaluation_score",
    "evaluation_reopening",
    "app_user",
    "audit_log",
    "audit_seal",
    "database_identity",
    "funding_year",
    "budget_entry",
    "allocation_sheet",
    "allocation",
    "funding_call",
    "call_topic",
    "proposal",
    "proposal_partner",
    "criterion_mark",
    "project_stage",
    "stage_payment",
    "review_body",
    "review_body_member",
    "review_sitting",
    "review_sitting_member",
    "contract_support",
    "contract_support_centre",
    "rules_reading",
    "score_stamp",
    "member_score",
}


@pytest.mark.sqlite_only
def test_first_start_creates_and_migrates_an_empty_file(tmp_path):
    path = tmp_path / "sub" / "new.sqlite"
    store = open_store(str(path))
    assert path.exists()
    assert set(inspect(store.db.engine).get_table_names()) == TABLES
    assert migrate.current_revision(store.db.engine) == migrate.head_revision()
    assert store.migration_backup is None  # nothing to lose in a new file
    with store.db.engine.connect() as conn:
        assert conn.execute(text("select count(*) from scientific_group")).scalar() == 5 + 11
        assert conn.execute(text("select count(*) from council_seat")).scalar() == 9
    store.close()


@pytest.mark.sqlite_only
def test_connections_use_wal_foreign_keys_and_a_busy_timeout(store):
    with store.db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


@pytest.mark.sqlite_only
def test_opening_twice_migrates_once(tmp_path):
    path = tmp_path / "db.sqlite"
    open_store(str(path)).close()
    again = open_store(str(path))
    assert again.migration_backup is None
    assert not [p for p in tmp_path.iterdir() if ".before-" in p.name]
    again.close()


@pytest.mark.sqlite_only
def test_a_file_that_is_not_ours_is_left_alone(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("create table budget (x)")
    from qotb_desktop.domain.errors import DomainError

    with pytest.raises(DomainError):
        Database(path).upgrade()
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("select name from sqlite_master")] == ["budget"]


NEXT_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("institution") as batch:
        batch.add_column(sa.Column("website", sa.String(100), nullable=False, server_default=""))


def downgrade():
    with op.batch_alter_table("institution") as batch:
        batch.drop_column("website")
"""


@pytest.mark.sqlite_only
def test_a_copy_is_made_beside_the_file_before_a_migration(tmp_path, monkeypatch):
    path = tmp_path / "office.sqlite"
    store = open_store(str(path))
    from qotb_desktop.services.institutions import add_institution

    add_institution(uow=store.uow, name="دانشگاه تهران")
    store.close()

    # A later release brings a new migration.
    before = migrate.head_revision()
    migrations = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, migrations)
    (migrations / "versions" / "9999_website.py").write_text(NEXT_REVISION.format(head=migrate.head_revision()))
    monkeypatch.setattr(migrate, "MIGRATIONS", migrations)

    db = Database(path)
    backup = migrate.upgrade(db.engine, now=datetime(2026, 11, 25, 9, 30, 0))
    assert backup == tmp_path / f"office.before-{before}-20261125-093000.sqlite"
    with sqlite3.connect(backup) as conn:
        assert conn.execute("select name from institution").fetchall() == [("دانشگاه تهران",)]
        assert conn.execute("select version_num from alembic_version").fetchall() == [(before,)]
    assert "website" in {c["name"] for c in inspect(db.engine).get_columns("institution")}
    assert migrate.current_revision(db.engine) == "9999"
    db.close()


@pytest.mark.sqlite_only
def test_db_schema_description_is_current(store):
    """db/schema.sql describes the schema the migrations make (scripts/dump_schema.py rewrites it)."""
    described = (Path(__file__).resolve().parents[2] / "db" / "schema.sql").read_text("utf-8")
    assert schema_sql(store.db.path) == described


def test_the_models_and_the_migrations_agree(store):
    """What `alembic check` does: autogenerate finds nothing to add."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from qotb_desktop.store.models import Base

    with store.db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_a_server_address_gets_the_driver_the_program_carries(tmp_path):
    from qotb_desktop.store.db import url_for

    assert url_for("postgresql://qotb:pw@server/office") == "postgresql+psycopg://qotb:pw@server/office"
    assert url_for("postgres://server/office") == "postgresql+psycopg://server/office"
    assert url_for("postgresql+psycopg://server/office") == "postgresql+psycopg://server/office"
    assert url_for(tmp_path / "desk.sqlite") == f"sqlite:///{tmp_path / 'desk.sqlite'}"


def test_a_server_that_does_not_answer_is_named_without_its_password():
    from qotb_desktop.domain.errors import DomainError
    from qotb_desktop.wiring import open_store

    with pytest.raises(DomainError) as refused:
        open_store("postgresql://clerk:Secret99@127.0.0.1:1/office")
    message = str(refused.value)
    assert "پایگاه داده باز نشد" in message and "127.0.0.1:1/office" in message and "درصدکد" in message
    assert "Secret99" not in message


def test_an_address_is_shown_without_its_password():
    from qotb_desktop.store.db import without_password

    assert without_password("postgresq://qotb:S3CRET@localhost/db") == "postgresq://qotb:***@localhost/db"
    assert without_password("postgresql://qotb:Try@Pass/9#@server/office") == "postgresql://qotb:***@server/office"
    assert without_password("postgresql://qotb@server/office") == "postgresql://qotb@server/office"


def test_the_newest_migration_goes_down_and_up_again_with_the_records(demo_store):
    from alembic import command

    from qotb_desktop.services import institutions
    from qotb_desktop.store import migrate

    before = [(i.id, i.name) for i in institutions.list_institutions(uow=demo_store.uow)]
    config = migrate.alembic_config(demo_store.db.engine)
    command.downgrade(config, "-1")
    command.upgrade(config, "head")
    assert migrate.current_revision(demo_store.db.engine) == migrate.head_revision()
    assert [(i.id, i.name) for i in institutions.list_institutions(uow=demo_store.uow)] == before
