"""The database back ends the tests run on: SQLite (always) and PostgreSQL (when a
server is given).

``QOTB_TEST_POSTGRES``: a URL of a PostgreSQL server's maintenance database, for a
role that may create databases (``postgresql+psycopg://qotb:qotb@localhost/postgres``;
``scripts/test.sh`` starts one on this machine as root: docs/testing.md). Without it, tests that need
PostgreSQL are skipped.

``QOTB_TEST_BACKEND=postgresql``: the ``store`` fixture (and every test built on it)
opens a PostgreSQL database instead of a SQLite file: one database migrated once per
run, emptied before each test (``TRUNCATE ... RESTART IDENTITY``, then the reference
data synchronised again as the program does at every start), so a test pays an
emptying (~0.1 s), not the migrations or a copy of a database (~1 s with PostgreSQL's
checkpoint). Tests that need a database of their own, or none at all, use the
``pg_database`` fixture (a new empty database). Tests that are about SQLite files themselves
(backups of the file, damaged files, the file lock) carry the ``sqlite_only`` mark and
are skipped on that run.
"""

from __future__ import annotations

import os
import time
import uuid
import warnings

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

ADMIN_ENV = "QOTB_TEST_POSTGRES"
BACKEND_ENV = "QOTB_TEST_BACKEND"


def backend() -> str:
    return os.environ.get(BACKEND_ENV, "sqlite").strip().lower() or "sqlite"


def admin_url() -> str | None:
    return os.environ.get(ADMIN_ENV) or None


def _admin_engine():
    return create_engine(admin_url(), isolation_level="AUTOCOMMIT", future=True)


def url_of(name: str) -> str:
    return make_url(admin_url()).set(database=name).render_as_string(hide_password=False)


def create_database(*, prefix: str = "qotb_t_") -> str:
    """A new database on the test server; its name."""
    name = f"{prefix}{uuid.uuid4().hex[:12]}"
    engine = _admin_engine()
    try:
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()
    return name


def drop_database(name: str) -> None:
    """Drop a test database. FORCE ends the sessions left on it; a session a role
    without superuser rights may not end (autovacuum's, on a non-superuser test role)
    is waited for a little, then the database is left to the server, with a warning."""
    engine = _admin_engine()
    try:
        for attempt in range(20):
            try:
                with engine.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                return
            except DBAPIError as exc:
                if attempt == 19:
                    warnings.warn(f"test database {name} not dropped: {exc.orig}", stacklevel=2)
                    return
                time.sleep(0.25)
    finally:
        engine.dispose()


def own_target(folder) -> tuple[str, object]:
    """A database of its own for a fixture wider than one test, on this run's back end:
    (where, a function that removes it)."""
    if backend() != "postgresql":
        return str(folder / "own.sqlite"), lambda: None
    name = create_database()
    return url_of(name), lambda: drop_database(name)


class Shared:
    """A database migrated to the head once, emptied for each test."""

    def __init__(self) -> None:
        self.name: str | None = None

    def get(self) -> str:
        if self.name is None:
            from qotb_desktop.wiring import open_store

            name = create_database(prefix="qotb_run_")
            store = open_store(url_of(name))
            store.close()
            self.name = name
        return self.name

    def fresh(self) -> str:
        """The URL of the shared database with every table emptied but Alembic's."""
        url = url_of(self.get())
        engine = create_engine(url, future=True)
        try:
            with engine.begin() as conn:
                conn.execute(text("SET LOCAL lock_timeout = '20s'"))
                tables = conn.scalars(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'")
                ).all()
                conn.execute(text(f"TRUNCATE {', '.join(f'{t!s}' for t in tables)} RESTART IDENTITY CASCADE"))
        finally:
            engine.dispose()
        return url

    def drop(self) -> None:
        if self.name is not None:
            drop_database(self.name)
            self.name = None
