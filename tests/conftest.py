from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The user's data folder (platformdirs honours XDG_DATA_HOME on Linux): the run's own, so that
# what the program remembers there (store/identity.py) is not the tester's.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="qotb-test-data-")

from qotb_desktop.wiring import Store, open_store  # noqa: E402
from tests import backends  # noqa: E402

# A fixed "today" for tests that depend on the calendar: 1405/09/04.
TODAY = date(2026, 11, 25)

_shared = backends.Shared()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: about SQLite files themselves; skipped when the suite runs on PostgreSQL")
    config.addinivalue_line("markers", "postgresql: needs a PostgreSQL server (QOTB_TEST_POSTGRES); skipped without one")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    on_postgresql = backends.backend() == "postgresql"
    if on_postgresql and not backends.admin_url():
        raise pytest.UsageError(f"{backends.BACKEND_ENV}=postgresql needs {backends.ADMIN_ENV} (see tests/backends.py)")
    skip_sqlite = pytest.mark.skip(reason="about SQLite files; this run is on PostgreSQL")
    skip_pg = pytest.mark.skip(reason=f"no PostgreSQL server given ({backends.ADMIN_ENV})")
    for item in items:
        if on_postgresql and "sqlite_only" in item.keywords:
            item.add_marker(skip_sqlite)
        if not backends.admin_url() and "postgresql" in item.keywords:
            item.add_marker(skip_pg)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _shared.drop()


@pytest.fixture
def pg_database():
    """The name and URL of a fresh, empty PostgreSQL database (no schema), dropped after."""
    if not backends.admin_url():
        pytest.skip(f"no PostgreSQL server given ({backends.ADMIN_ENV})")
    name = backends.create_database()
    yield backends.url_of(name)
    backends.drop_database(name)


@pytest.fixture
def db_target(tmp_path: Path):
    """Where the test's store lives: a SQLite file, or (QOTB_TEST_BACKEND=postgresql)
    the run's PostgreSQL database, emptied, at the head of the migrations."""
    if backends.backend() != "postgresql":
        return str(tmp_path / "test.sqlite")
    return _shared.fresh()


@pytest.fixture
def store(db_target: str) -> Store:
    s = open_store(db_target)
    yield s
    s.close()


@pytest.fixture
def uow(store: Store):
    return store.uow


@pytest.fixture(scope="session")
def demo_snapshot(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo (services.demo.fill_demo on TODAY), filled once per run into a SQLite file."""
    from qotb_desktop.services.demo import fill_demo

    path = tmp_path_factory.mktemp("demo-snapshot") / "demo.sqlite"
    s = open_store(str(path))
    try:
        fill_demo(uow=s.uow, today=TODAY)
    finally:
        s.close()
    return path


@pytest.fixture
def demo_store(store: Store, demo_snapshot: Path) -> Store:
    """The test's store holding the demo: the run's snapshot copied in (SQLite's backup
    API for a file, the program's whole-database copy for PostgreSQL), which is what
    filling it would give, in a fraction of the time."""
    engine = store.db.engine
    if engine.dialect.name == "sqlite":
        engine.dispose()
        with sqlite3.connect(demo_snapshot) as source, sqlite3.connect(store.db.path) as target:
            source.backup(target)
        engine.dispose()
    else:
        from qotb_desktop.store.db import make_engine, url_for
        from qotb_desktop.store.transfer import copy_database

        source = make_engine(url_for(demo_snapshot))
        try:
            copy_database(source, engine, replace=True)
        finally:
            source.dispose()
    return store
