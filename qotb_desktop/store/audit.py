"""The audit trail and the viewer's read-only guard, on every flush of a session.

Before a flush: a session acting for an account whose role may not change records
(a viewer) is refused (domain.accounts.authorize), so nothing is written whatever
path the change took. After a flush, inside the same transaction: one audit row per
inserted, updated or deleted record, with who, when, which record and the values
before and after (the changed columns of an update; every column of an insert or a
delete). Password hashes are never copied into the trail.

Changes made with plain SQL statements (``session.execute(update(...))``) bypass the
ORM and are not audited; the services change records through the ORM.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from qotb_desktop.domain.accounts import Actor, authorize
from qotb_desktop.store.models import AuditEntry, User

ACTOR = "actor"  # the key of session.info that holds the Actor (or None: the program itself)
SECRET = {(User.__tablename__, "password_hash")}
# Bookkeeping, not what the clerk changed: the optimistic-locking counter (models.Versioned).
UNRECORDED = {"version"}


def _plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes, sha256 {hashlib.sha256(value).hexdigest()[:16]}>"
    return value


def _columns(obj: object) -> dict[str, object]:
    state = inspect(obj)
    table = state.mapper.local_table.name
    return {
        attr.key: "***" if (table, attr.key) in SECRET else _plain(state.dict.get(attr.key))
        for attr in state.mapper.column_attrs
        if attr.key not in UNRECORDED
    }


def _changed(obj: object) -> tuple[dict[str, object], dict[str, object]]:
    state = inspect(obj)
    table = state.mapper.local_table.name
    before, after = {}, {}
    for attr in state.mapper.column_attrs:
        if attr.key in UNRECORDED:
            continue
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old == new:
            continue
        secret = (table, attr.key) in SECRET
        before[attr.key] = "***" if secret else _plain(old)
        after[attr.key] = "***" if secret else _plain(new)
    return before, after


def _record_id(obj: object) -> str:
    state = inspect(obj)
    identity = state.identity or state.mapper.primary_key_from_instance(obj)  # a new record has no identity yet
    return "/".join(str(part) for part in identity if part is not None)


def _audited(objects) -> list[object]:
    return [o for o in objects if not isinstance(o, AuditEntry)]


def _before_flush(session: Session, _context, _instances) -> None:
    changes = _audited(session.new) + _audited(session.deleted)
    changes += [o for o in _audited(session.dirty) if session.is_modified(o, include_collections=False)]
    if changes:
        authorize(session.info.get(ACTOR), "change")


def _after_flush(session: Session, _context) -> None:
    actor: Actor | None = session.info.get(ACTOR)
    now = datetime.now().replace(microsecond=0)
    rows = []

    def entry(action: str, obj: object, before: dict, after: dict) -> None:
        rows.append(
            {
                "at": now,
                "user_id": actor.user_id if actor else None,
                "username": actor.username if actor else "",
                "action": action,
                "table_name": inspect(obj).mapper.local_table.name,
                "record_id": _record_id(obj),
                "before": json.dumps(before, ensure_ascii=False) if before else "",
                "after": json.dumps(after, ensure_ascii=False) if after else "",
            }
        )

    for obj in _audited(session.new):
        entry("insert", obj, {}, _columns(obj))
    for obj in _audited(session.dirty):
        before, after = _changed(obj)
        if before or after:
            entry("update", obj, before, after)
    for obj in _audited(session.deleted):
        entry("delete", obj, _columns(obj), {})
    if rows:
        session.connection().execute(AuditEntry.__table__.insert(), rows)


def install(sessions: sessionmaker) -> None:
    """Attach the guard and the trail to the sessions of one unit of work."""
    if not event.contains(sessions, "before_flush", _before_flush):
        event.listen(sessions, "before_flush", _before_flush)
        event.listen(sessions, "after_flush", _after_flush)
