"""Ways a database file is spoiled, for the tests of backups, restores and transfers."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def scramble(path: Path) -> None:
    path.write_bytes(os.urandom(path.stat().st_size or 8192))


def newer(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("update alembic_version set version_num = '9999_future'")


def damage_inside(path: Path) -> None:
    """The header stays, a page in the middle is overwritten: only SQLite's check sees it."""
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle : middle + page] = os.urandom(page)
    path.write_bytes(bytes(data))
