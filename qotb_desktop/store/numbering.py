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

import contextlib
import zlib
from collections.abc import Iterator

from sqlalchemy import Engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from qotb_desktop.domain.errors import DomainError


def series_key(series: str) -> int:
    """A stable 32-bit signed key for a series' name (the advisory lock's first half)."""
    value = zlib.crc32(series.encode("utf-8"))
    return value - (1 << 32) if value >= (1 << 31) else value


def lock_series(session: Session, series: str, year: int) -> None:
    """Hold the series' lock until the transaction ends (see the module's note)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:series, :year)"), {"series": series_key(series), "year": year})


# -- one desk's transaction at a time ---------------------------------------------------------

# How long a desk waits for another desk's transaction before it says so (PostgreSQL); the
# SQLite twin is the busy timeout of store/db.py.
DESK_WAIT = "15s"
_DESKS = (20261126, 1)


class Busy(DomainError):
    """Another desk held the database longer than DESK_WAIT; nothing was written."""

    def __init__(self) -> None:
        super().__init__(
            "پایگاه داده هم‌اکنون در دست میز دیگری است (کاری بلند، مانند بازگردانی پشتیبان). "
            "چیزی نوشته نشد؛ چند لحظه دیگر دوباره بکوشید."
        )


def _one_transaction_at_a_time(session: Session, _transaction, connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text(f"SET LOCAL lock_timeout = '{DESK_WAIT}'"))
        connection.execute(text("SELECT pg_advisory_xact_lock(:a, :b)"), {"a": _DESKS[0], "b": _DESKS[1]})


def serialise(sessions: sessionmaker) -> None:
    """The units of work's transactions run one at a time across desks, on both back
    ends: SQLite's ``BEGIN IMMEDIATE`` (store/db.py) holds the write lock from the
    start; on PostgreSQL every transaction of these sessions begins by taking one
    office-wide advisory lock, released at commit or rollback. So a service's checks
    (minutes still a draft, no overlapping term, a letter number unused) and its write
    see the same database, as on SQLite, instead of READ COMMITTED's moving ground.
    Whole-database copies (store/transfer.py) use their own connections: a backup reads
    a snapshot without waiting; a restore takes the same lock for its whole length."""
    if not event.contains(sessions, "after_begin", _one_transaction_at_a_time):
        event.listen(sessions, "after_begin", _one_transaction_at_a_time)


@contextlib.contextmanager
def all_desks_held(engine: Engine) -> Iterator[None]:
    """Hold every desk's transactions back (PostgreSQL) for a whole-database operation
    made over several transactions (a restore: the copy of what it replaces, then the
    replacement): a session advisory lock on a connection of its own."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:a, :b)"), {"a": _DESKS[0], "b": _DESKS[1]})
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:a, :b)"), {"a": _DESKS[0], "b": _DESKS[1]})
            conn.commit()
