#!/usr/bin/env python3
"""Rewrite db/schema.sql from a database freshly made by the migrations.

    python scripts/dump_schema.py

tests/integration/test_store.py fails when db/schema.sql is out of date.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from qotb_desktop.store.db import schema_sql
from qotb_desktop.wiring import open_store

ROOT = Path(__file__).resolve().parent.parent

with tempfile.TemporaryDirectory() as tmp:
    store = open_store(str(Path(tmp) / "schema.sqlite"))
    store.close()
    text = schema_sql(Path(tmp) / "schema.sqlite")
(ROOT / "db" / "schema.sql").write_text(text, "utf-8")
print(f"db/schema.sql: {text.count(';')} statements")
