"""Does a database hold anything of the office's? (the demo goes only into one that does not)

Every table counts, except what the program keeps by itself: the reference data it
writes from the rules edition at every start (``transfer.REFERENCE_TABLES``), the
accounts (a database's first administrator may ask for the demo), and the audit trail's
own bookkeeping. The audit trail counts by what it is about: a row about any table that
counts (a meeting made, or deleted since) means the database has a history, even when
the records themselves are gone.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from qotb_desktop.store.transfer import AUDIT_TABLE, REFERENCE_TABLES, tables

# Tables the program fills by itself, or that only describe the trail or the accounts.
# A table added later that is such bookkeeping (not the office's records) belongs here.
KEPT_BY_PROGRAM = frozenset(REFERENCE_TABLES | {"app_user", "audit_seal", "database_identity"})


def records_held(conn: Connection) -> dict[str, int]:
    """The office's rows by table (none: an empty database), read on ``conn``."""
    every = [t for t in tables() if t.name not in KEPT_BY_PROGRAM]
    counted = sorted(t.name for t in every if t.name != AUDIT_TABLE)
    found: dict[str, int] = {}
    for table in every:
        query = select(func.count()).select_from(table)
        if table.name == AUDIT_TABLE and "table_name" in table.c:
            query = query.where(table.c.table_name.in_(counted))
        n = conn.execute(query).scalar_one()
        if n:
            found[table.name] = n
    return found
