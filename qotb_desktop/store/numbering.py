"""Numbers given in a year's series (a meeting's number, a letter's number): unique and
gap-free even when several desks create records at the same moment.

The next number is the series' largest plus one, read inside the transaction that
writes it, while holding the series' lock:
- PostgreSQL: a transaction-level advisory lock on (series, year), taken before the
  read and released at commit or rollback; a second desk waits for it, then reads the
  number the first one wrote.
- SQLite: every transaction begins with ``BEGIN IMMEDIATE`` (store/db.py), so it
  already holds the database's write lock when it reads; nothing more is needed.
A unique index on each series (migrations 0003 and 0007) is the last guard.
"""

from __future__ import annotations

import zlib

from sqlalchemy import text
from sqlalchemy.orm import Session


def series_key(series: str) -> int:
    """A stable 32-bit signed key for a series' name (the advisory lock's first half)."""
    value = zlib.crc32(series.encode("utf-8"))
    return value - (1 << 32) if value >= (1 << 31) else value


def lock_series(session: Session, series: str, year: int) -> None:
    """Hold the series' lock until the transaction ends (see the module's note)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:series, :year)"), {"series": series_key(series), "year": year})
