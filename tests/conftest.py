from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qotb_desktop.wiring import Store, open_store  # noqa: E402

# A fixed "today" for tests that depend on the calendar: 1405/09/04.
TODAY = date(2026, 11, 25)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(str(tmp_path / "test.sqlite"))
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
