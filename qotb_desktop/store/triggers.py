"""Setting the database's own triggers aside for a moment, inside one transaction.

Finalised minutes, closed evaluations and their children are locked by triggers
(migrations 0003-0005), the audit trail and its seal are kept by triggers (0007, 0010),
and the membership rules of note 9 are triggers too. One path of the program must write
past them, in a single transaction that is committed whole or not at all: copying a
whole database into another (``store/transfer.py``: moving a desk to the server, a
server's backup and restore). A unit of work never sets them aside: its statements pass
the role check and the trail of store/audit.py.

    with triggers_set_aside(conn, tables):
        ...   # deletes and inserts the triggers would refuse

On SQLite the triggers are dropped and made again from their own text in
``sqlite_master`` (SQLite's DDL is transactional, so a failure rolls the drop back
too); on PostgreSQL the tables' user triggers are disabled and enabled again
(``ALTER TABLE ... DISABLE TRIGGER USER``, also transactional; the foreign keys,
which are system triggers, stay on). When the block raises, the triggers are not
put back here: the caller's transaction is rolled back, which undoes the setting
aside with everything else. Other connections never see the triggers missing:
PostgreSQL's ALTER TABLE holds the tables' lock to the end of the transaction,
and SQLite's writer holds the database's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import text


def _dialect(executor: Any) -> str:
    """The dialect of a Connection or of a Session."""
    bind = executor.get_bind() if hasattr(executor, "get_bind") else executor
    return bind.dialect.name


@contextmanager
def triggers_set_aside(executor: Any, tables: Iterable[str]) -> Iterator[None]:
    """Inside the block the triggers of ``tables`` do not fire (on SQLite: every
    trigger of the database); they are back when it ends. ``executor`` is the
    Connection or the Session of the transaction that writes: the caller commits."""
    names = list(tables)
    if _dialect(executor) == "postgresql":
        for table in names:
            executor.execute(text(f'ALTER TABLE "{table}" DISABLE TRIGGER USER'))
        yield
        for table in names:
            executor.execute(text(f'ALTER TABLE "{table}" ENABLE TRIGGER USER'))
        return
    saved = executor.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")).all()
    for name, _sql in saved:
        executor.execute(text(f'DROP TRIGGER "{name}"'))
    yield
    for _name, sql in saved:
        executor.execute(text(sql.replace(":", "\\:")))  # a colon in the trigger's text is not a parameter
