"""Many services, one transaction: work that must be made whole or not at all (the demo).

The services each open ``with uow:`` and commit, one user action at a time. A piece of
work made of many of them (the demo: hundreds of records, through the services, as a
clerk would make them) is joined into one transaction here: inside ``one_transaction``
every ``with uow:`` of the unit of work it yields uses the same session, a service's
``commit`` only flushes (the role check and the audit trail run at the flush, as
always), and the whole is committed at the end of the block, or rolled back if anything
raises, Ctrl-C included. A process killed in the middle leaves nothing: SQLite and
PostgreSQL both drop a transaction that was never committed.

SQLite takes its write lock when the transaction begins (``BEGIN IMMEDIATE``, store/db.py)
and PostgreSQL the office-wide lock (store/desks.py), so a check made at the start (the
database is empty) still holds when the work is committed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from types import TracebackType

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, SessionTransaction

from qotb_desktop.store import audit
from qotb_desktop.store.unit_of_work import SqlUnitOfWork, translate


class _Joined(SqlUnitOfWork):
    """A unit of work whose every ``with`` block joins one session (see the module).

    Each block is what a service's own transaction would have been: it starts from a
    session with nothing cached (every record read again, as a new session would), runs
    inside a savepoint, and ``commit`` releases that savepoint after the flush; leaving
    the block without ``commit`` rolls the savepoint back, as leaving a unit of work does."""

    def __init__(self, outer: SqlUnitOfWork, session: Session):
        # Not SqlUnitOfWork.__init__: the audit and the desks' hooks are already on the factory.
        self._factory = outer._factory
        self.actor = outer.actor
        self._session = session
        self._open = False
        self._savepoint: SessionTransaction | None = None

    def reading(self) -> SqlUnitOfWork:
        """Inside the one transaction a read is one of its blocks like any other."""
        return self

    @property
    def session(self) -> Session:
        if not self._open:
            raise RuntimeError("the unit of work is used outside its with-block")
        return self._session

    def __enter__(self) -> SqlUnitOfWork:
        if self._open:
            raise RuntimeError("a unit of work is already open in this thread: one user action, one transaction")
        self._open = True
        self._session.info[audit.ACTOR] = self.actor
        self._session.expire_all()
        self._savepoint = self._session.begin_nested()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._open = False
        savepoint, self._savepoint = self._savepoint, None
        if savepoint is not None and savepoint.is_active:
            savepoint.rollback()  # what was not committed, as a unit of work's own rollback
        if isinstance(exc, IntegrityError):
            raise translate(exc) from exc

    def commit(self) -> None:
        session = self.session
        session.flush()
        if self._savepoint is not None and self._savepoint.is_active:
            self._savepoint.commit()
        self._savepoint = session.begin_nested()

    def rollback(self) -> None:
        if self._savepoint is not None and self._savepoint.is_active:
            self._savepoint.rollback()
        self._savepoint = self.session.begin_nested()


@contextlib.contextmanager
def one_transaction(uow: SqlUnitOfWork, *, before_commit: Callable[[], object] | None = None) -> Iterator[SqlUnitOfWork]:
    """A unit of work whose services all write into one transaction, committed when the
    block ends without an error and rolled back otherwise (see the module's text).
    ``before_commit`` is called once the work is done, just before it is committed (the
    command line stops taking Ctrl-C there: from then on the work is whole)."""
    session = uow._factory()
    session.info[audit.ACTOR] = uow.actor
    joined = _Joined(uow, session)
    try:
        yield joined
        if before_commit is not None:
            before_commit()
        session.commit()
    except BaseException:
        with contextlib.suppress(Exception):
            session.rollback()
        raise
    finally:
        with contextlib.suppress(Exception):
            session.close()
