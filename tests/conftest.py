from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qotb_desktop.wiring import Store, open_store  # noqa: E402
from tests import backends  # noqa: E402

# A fixed "today" for tests that depend on the calendar: 1405/09/04.
TODAY = date(2026, 11, 25)

_template = backends.Template()


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
    _template.drop()


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
    a fresh PostgreSQL database already at the head of the migrations."""
    if backends.backend() != "postgresql":
        yield str(tmp_path / "test.sqlite")
        return
    name = backends.create_database(template=_template.get())
    yield backends.url_of(name)
    backends.drop_database(name)


@pytest.fixture
def store(db_target: str) -> Store:
    s = open_store(db_target)
    yield s
    s.close()


@pytest.fixture
def uow(store: Store):
    return store.uow


@pytest.fixture
def demo_store(store: Store) -> Store:
    from qotb_desktop.services.demo import fill_demo

    fill_demo(uow=store.uow, today=TODAY)
    return store
