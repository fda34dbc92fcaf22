"""Several desks on one database: the program's transactions run one at a time.

Reading is the exception: a unit of work opened with ``reading()`` (the dashboard's
lists, the registries' lists, the yearly summary) takes no lock and reads one
consistent snapshot (PostgreSQL: REPEATABLE READ, READ ONLY; SQLite: a deferred
BEGIN under WAL), so a desk's long read holds no other desk's save back; it may not
write (store/audit.py refuses, and PostgreSQL would too).

The services were written for SQLite, where every transaction begins ``BEGIN
IMMEDIATE`` (store/db.py) and so holds the write lock from its first read: a service's
checks and its writes see the same database (the minutes still a draft when an item is
added, no other term of the seat overlapping, a letter number unused, the year's
largest meeting number the one just read). On PostgreSQL (READ COMMITTED) two desks
could each check against what the other had not yet committed; so there every
transaction of the units of work begins by taking one office-wide advisory lock,
released at commit or rollback (``serialise``): the same meaning on both back ends.
Numbers given in a year (meetings, letters) are therefore the largest plus one, read
and written in one such transaction: unique and gap-free, with unique indexes
(migrations 0003 and 0007) as the last guard.

Work made over several transactions that no desk may interleave with (a migration, a
restore) holds the same lock for its whole length (``all_desks_held``). Whole-database
backups read a snapshot of their own and hold nobody back.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Iterator

from sqlalchemy import Engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from qotb_desktop.domain.errors import DomainError

# How long a desk waits for another desk's transaction before it says so (PostgreSQL); the
# SQLite twin is the busy timeout of store/db.py.
DESK_WAIT = "15s"
_DESKS = {"a": 20261126, "b": 1}  # the advisory lock's key


class Busy(DomainError):
    """Another desk held the database longer than DESK_WAIT; nothing was written."""

    def __init__(self) -> None:
        super().__init__(
            "پایگاه داده هم‌اکنون در دست میز دیگری است (کاری بلند، مانند بازگردانی پشتیبان). "
            "چیزی نوشته نشد؛ چند لحظه دیگر دوباره بکوشید."
        )


SERIALISED = "qotb_serialised"  # session.info: this transaction began through the gate
READING = "qotb_reading"  # session.info and the connection's execution options: a reading unit of work


def _one_transaction_at_a_time(session: Session, _transaction, connection) -> None:
    session.info[SERIALISED] = True
    if session.info.get(READING):
        # A reading unit of work (SqlUnitOfWork.reading) holds nobody back: on PostgreSQL
        # one consistent snapshot, read only, without the office's lock; on SQLite a
        # deferred BEGIN (store/db.py), WAL's snapshot, without the write lock.
        if connection.dialect.name == "postgresql":
            connection.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
        return
    if connection.dialect.name == "postgresql":
        connection.execute(text(f"SET LOCAL lock_timeout = '{DESK_WAIT}'"))
        connection.execute(text("SELECT pg_advisory_xact_lock(:a, :b)"), _DESKS)


_SERIALISED: weakref.WeakSet = weakref.WeakSet()


def serialise(sessions: sessionmaker) -> None:
    """Every transaction of these sessions (a unit of work's) begins by taking the
    office-wide lock on PostgreSQL (see the module's text); SQLite's ``BEGIN IMMEDIATE``
    already does the same."""
    # Not event.contains: SQLAlchemy answers it by id() and never forgets a freed
    # sessionmaker, so a new one at the same address would go without (store/audit.py).
    if sessions not in _SERIALISED:
        event.listen(sessions, "after_begin", _one_transaction_at_a_time)
        _SERIALISED.add(sessions)


@contextlib.contextmanager
def all_desks_held(engine: Engine) -> Iterator[None]:
    """Hold every desk's transactions back (PostgreSQL) for work made over several
    transactions (a migration: the look at the schema, then the migration; a restore:
    the copy of what it replaces, then the replacement): the same lock, taken for the
    session on a connection of its own. SQLite: the file's own lock serves."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:a, :b)"), _DESKS)
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:a, :b)"), _DESKS)
            conn.commit()
