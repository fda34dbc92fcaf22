#!/usr/bin/env python3
"""Freeze this release's database: db/releases/<version>.sqlite, filled with the demo.

Run once per release, before the release is tagged; commit the file. The upgrade
test (tests/integration/test_upgrade.py) opens every frozen file with the current
code and checks that the migrations bring it up without losing a record.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from qotb_desktop import __version__
from qotb_desktop.services.demo import fill_demo
from qotb_desktop.store.db import copy_sqlite
from qotb_desktop.wiring import open_store

ROOT = Path(__file__).resolve().parent.parent
target = ROOT / "db" / "releases" / f"{__version__}.sqlite"
work = target.with_suffix(".work.sqlite")
work.unlink(missing_ok=True)
store = open_store(str(work))
fill_demo(uow=store.uow, today=date(2026, 11, 25))
store.close()
copy_sqlite(work, target)
for p in work.parent.glob(work.name + "*"):
    p.unlink()
print(target.relative_to(ROOT))
