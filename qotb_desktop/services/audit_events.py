"""Events in the audit trail that change no record: exports, backups and restores (the
paths that make them call ``record_event``), and the logins (services/accounts.py)."""

from __future__ import annotations

from qotb_desktop.domain.audit_events import EVENTS, RECORDED
from qotb_desktop.store.db import StorageError
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork


def record_event(
    *,
    uow: UnitOfWork,
    kind: str,
    detail: dict | None = None,
    table: str = "",
    record_id: object = "",
    username: str | None = None,
) -> bool:
    """Write one event to the trail, as the account acting (``uow.actor``; None: the
    program), in a transaction of its own, chained as every row is. Any role's own acts
    are recorded (a viewer's export too).

    ``kind``: "export" (a file the program wrote from the records: detail ``what``,
    ``file``, ``format``), "backup" (``file``) or "restore" (``source``, ``saved``: the copy
    of what it replaced), called after the restore, on the restored database. ``detail``:
    plain values (texts, numbers), shown on the audit screen under domain.audit_events's
    labels. ``username``: who, when the account is not this database's (a restore names
    the administrator of the database it replaced; "" none), recorded without an id.

    Returns True when written; False, raising nothing, when the database may not be
    written (a read-only file or folder: reading commands still work there, and say the
    event could not be recorded if they wish). Other errors are raised."""
    if kind not in RECORDED:
        raise ValueError(f"unknown event kind {kind!r}; one of {sorted(RECORDED)}")
    assert kind in EVENTS
    try:
        with uow:
            uow.accounts.record_event(
                kind, table=table, record_id=record_id, detail=dict(detail or {}), username=username, user_id=None
            )
            uow.commit()
    except StorageError:
        return False
    return True
