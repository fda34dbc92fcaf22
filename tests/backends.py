"""The database back ends the tests run on: SQLite (always) and PostgreSQL (when a
server is given).

``QOTB_TEST_POSTGRES``: a URL of a PostgreSQL server's maintenance database, for a
role that may create databases (``postgresql+psycopg://qotb:qotb@localhost/postgres``;
``scripts/postgres.sh`` makes one on this machine). Without it, tests that need
PostgreSQL are skipped.

``QOTB_TEST_BACKEND=postgresql``: the ``store`` fixture (and every test built on it)
opens a fresh PostgreSQL database per test instead of a SQLite file. The database is
copied from a template migrated once per run (``CREATE DATABASE ... TEMPLATE``), so a
test pays a copy, not the migrations. Tests that are about SQLite files themselves
(backups of the file, damaged files, the file lock) carry the ``sqlite_only`` mark and
are skipped on that run.
"""

from __future__ import annotations

import os
import uuid

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

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


def create_database(*, template: str | None = None, prefix: str = "qotb_t_") -> str:
    """A new database on the test server; its name."""
    name = f"{prefix}{uuid.uuid4().hex[:12]}"
    engine = _admin_engine()
    try:
        with engine.connect() as conn:
            if template:
                conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY'))
            else:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()
    return name


def drop_database(name: str) -> None:
    engine = _admin_engine()
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        engine.dispose()


class Template:
    """A database migrated to the head once, copied for each test."""

    def __init__(self) -> None:
        self.name: str | None = None

    def get(self) -> str:
        if self.name is None:
            from qotb_desktop.wiring import open_store

            name = create_database(prefix="qotb_tpl_")
            store = open_store(url_of(name))
            store.close()
            self.name = name
        return self.name

    def drop(self) -> None:
        if self.name is not None:
            drop_database(self.name)
            self.name = None
