"""The role check and the audit trail, on every statement a unit of work's session sends.

Three gates, so that no statement that writes reaches the database unchecked:

- Before a flush (the ORM's changes): the account acting (``session.info[ACTOR]``; None
  is the program itself) must be allowed what the changes need (domain.accounts.authorize):
  "change" for any record; the login's own bookkeeping of an account (its failed-login
  count) needs "log_in" and a user's new password for their own account "own_password",
  which every role has. A refusal raises before anything is written.
- A statement given to ``session.execute`` that writes (an ORM-enabled or Core
  insert, update or delete, or a ``text()`` whose verb writes): the same check ("change"),
  and the statement is written to the trail as one row (action ``bulk``: the statement
  and the rows it touched), since its rows pass no flush.
- Under both, every statement the session's connection sends to the database: one that
  writes and comes neither from a flush nor from the gates above (say
  ``session.connection().execute(delete(...))``) is refused.

After a flush, inside the same transaction: one trail row per inserted, updated or
deleted record, with who, when, which record and the values before and after (the
changed columns of an update; every column of an insert or a delete). Password hashes
are never copied into the trail. Events that change no record (a login, a refused login,
an export, a restore) are written by ``append_event``.

Every trail row is chained (domain/audit_chain.py): it carries the hash of the row
before it and its own; the seal (table audit_seal) keeps the end. The rows of a
transaction are chained where the seal's end was, read inside the transaction (once,
with its first rows) and written back at its commit; the program runs its transactions
one at a time (SQLite's write lock; PostgreSQL: store/desks.py's lock at each begin, and
the seal's row is read FOR UPDATE as well). Nothing else writes the trail: an
AuditEntry added to a session is refused.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import weakref
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Engine, event, func, insert, inspect, select, update
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.sql.elements import TextClause

from qotb_desktop.domain import audit_chain
from qotb_desktop.domain.accounts import Actor, authorize
from qotb_desktop.store.models import AuditEntry, AuditSeal, User

ACTOR = "actor"  # the key of session.info that holds the Actor (or None: the program itself)
READING = "qotb_reading"  # session.info: a reading unit of work (store/desks.py)
SECRET = {(User.__tablename__, "password_hash")}
# Bookkeeping, not what the clerk changed: the optimistic-locking counter (models.Versioned).
UNRECORDED = {"version"}
TRAIL_TABLES = {AuditEntry.__tablename__, AuditSeal.__tablename__}
# Results the program computes and keeps, never typed (store/score_models.py): whoever reads
# may keep them (a viewer's dashboard), so their statements pass no role check and leave no
# trail; they are checked where they are read (stamp, edition, readings).
DERIVED_TABLES = frozenset({"member_score"})
# An account's columns the login keeps (a run of failures), and a new password.
LOGIN_COLUMNS = frozenset({"failed_logins", "last_failure"})
PASSWORD_COLUMNS = LOGIN_COLUMNS | {"password_hash"}

_APPROVED = "qotb_audit_approved"  # session.info: writes under way that passed a gate
_CHAIN = "qotb_audit_chain"  # session.info: the chain's end as this transaction has it, and the rows added
_GUARD = "qotb_audit_session"  # connection.info: the unit of work's session using it (a weak reference)
# The session factories and engines install() has hooked, held weakly: one freed leaves it.
# Not SQLAlchemy's event.contains, which keys its registry by id() and forgets nothing of a
# sessionmaker once it is freed: a new one made at the freed one's address was taken for
# hooked and left with no gate and no trail (tests/integration/test_audit_isolation.py).
_HOOKED: weakref.WeakSet = weakref.WeakSet()
_SEAL = AuditSeal.__table__
_TRAIL = AuditEntry.__table__


# -- the rows ------------------------------------------------------------------------------


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


def entry(
    actor: Actor | None,
    action: str,
    table: str,
    record_id: str,
    before: dict | None = None,
    after: dict | None = None,
    *,
    now: datetime | None = None,
    username: str | None = None,
    user_id: int | None = None,
) -> dict[str, object]:
    """One trail row (not yet chained), as ``actor`` (None: the program). A login names
    the account it is about instead (``username`` and ``user_id``, given together)."""
    if username is None:
        username, user_id = (actor.username, actor.user_id) if actor else ("", None)
    return {
        "at": (now or datetime.now()).replace(microsecond=0),
        "user_id": user_id,
        "username": username[:40],
        "action": action,
        "table_name": table[:40],
        "record_id": str(record_id)[:60],
        "before": json.dumps(before, ensure_ascii=False) if before else "",
        "after": json.dumps(after, ensure_ascii=False) if after else "",
    }


# -- writing the chain -------------------------------------------------------------------------


@contextlib.contextmanager
def _approved(session: Session) -> Iterator[None]:
    session.info[_APPROVED] = session.info.get(_APPROVED, 0) + 1
    try:
        yield
    finally:
        session.info[_APPROVED] -= 1


def _seal_row(conn, now: datetime):
    """The seal, read for this transaction (FOR UPDATE on PostgreSQL). A database with
    none gets one: the rows before the first chained one are its older rows and the chain
    goes on from the last chained row. Made where the trail is empty (a new database),
    that is the start; made over a trail that had chained rows (its seal was removed),
    its count starts at nought and so never matches again: the verification says so."""
    row = conn.execute(select(_SEAL).where(_SEAL.c.id == 1).with_for_update()).first()
    if row is not None:
        return row
    first_chained = conn.scalar(select(func.min(_TRAIL.c.id)).where(_TRAIL.c.row_hash.is_not(None)))
    older = select(_TRAIL).order_by(_TRAIL.c.id)
    if first_chained is not None:
        older = older.where(_TRAIL.c.id < first_chained)
    count, carried = audit_chain.seal_of(conn.execute(older).mappings())
    head_id, head = None, carried
    if first_chained is not None:
        last = conn.execute(
            select(_TRAIL.c.id, _TRAIL.c.row_hash).where(_TRAIL.c.row_hash.is_not(None)).order_by(_TRAIL.c.id.desc()).limit(1)
        ).one()
        head_id, head = last.id, last.row_hash
    values = {"id": 1, "legacy_rows": count, "legacy_hash": carried, "sealed_at": now}
    conn.execute(insert(_SEAL).values(**values, head_id=head_id, head_hash=head, length=0))
    return conn.execute(select(_SEAL).where(_SEAL.c.id == 1)).one()


def append(session: Session, rows: list[dict[str, object]]) -> None:
    """Chain ``rows`` (trail rows made by ``entry``, in order) after the chain's end as
    this transaction sees it, and write them. The seal is read once a transaction (its
    first rows) and written once, at the commit (``_seal_at_commit``): a transaction's
    statements do not grow with its rows."""
    if not rows:
        return
    with _approved(session):
        conn = session.connection()
        chain = session.info.get(_CHAIN)
        if chain is None:
            seal = _seal_row(conn, rows[0]["at"])
            chain = session.info[_CHAIN] = {"head": seal.head_hash, "head_id": seal.head_id, "added": 0}
        carried = chain["head"]
        for row in rows:
            row["prev_hash"] = carried
            row["row_hash"] = carried = audit_chain.row_hash(row, carried)
        ids = conn.execute(insert(_TRAIL).returning(_TRAIL.c.id), rows).scalars().all()
        chain["head"], chain["head_id"], chain["added"] = carried, max(ids), chain["added"] + len(rows)


def _seal_at_commit(session: Session) -> None:
    """Before the commit: what is left is flushed (its trail rows chained), then the
    seal takes the chain's new end, in the same transaction."""
    session.flush()
    chain = session.info.get(_CHAIN)
    if not chain or not chain["added"]:
        return
    with _approved(session):
        values = {"head_id": chain["head_id"], "head_hash": chain["head"], "length": _SEAL.c.length + chain["added"]}
        session.connection().execute(update(_SEAL).where(_SEAL.c.id == 1).values(**values))
    chain["added"] = 0


def _forget_chain(session: Session, *_args) -> None:
    """The transaction ended: the next one reads the seal again."""
    session.info.pop(_CHAIN, None)


def append_event(
    session: Session,
    kind: str,
    *,
    table: str = "",
    record_id: object = "",
    detail: dict | None = None,
    username: str | None = None,
    user_id: int | None = None,
    now: datetime | None = None,
) -> None:
    """One event that changes no record (a login, an export, a restore), chained like
    every row. Any role may have its own acts recorded."""
    actor = session.info.get(ACTOR)
    append(session, [entry(actor, kind, table, str(record_id), None, detail, now=now, username=username, user_id=user_id)])


# -- the gates ----------------------------------------------------------------------------------

_READING = {"SELECT", "PRAGMA", "SET", "SHOW", "SAVEPOINT", "RELEASE", "ROLLBACK", "BEGIN", "COMMIT", "END", "EXPLAIN", "VALUES"}
_WRITING_WORD = re.compile(r"\b(INSERT|UPDATE|DELETE|REPLACE|MERGE|CREATE|DROP|ALTER|TRUNCATE)\b", re.IGNORECASE)
_LEADING = re.compile(r"^(\s+|--[^\n]*\n?|/\*.*?\*/|\()*", re.DOTALL)


def writes(sql: str) -> bool:
    """Whether a statement's text may write: any verb but the reading ones (a PRAGMA that
    sets, a WITH that ends in a change, count as writing)."""
    text_ = _LEADING.sub("", sql, count=1)
    verb = text_.split(None, 1)[0].upper() if text_.strip() else ""
    if verb == "PRAGMA":
        return "=" in text_
    if verb == "WITH":
        return bool(_WRITING_WORD.search(text_))
    return verb not in _READING


def _change_needs(session: Session, obj: object, actor: Actor | None) -> str:
    """What one change of a flush needs of the account acting."""
    if isinstance(obj, User) and obj not in session.new and obj not in session.deleted:
        before, after = _changed(obj)
        columns = set(before) | set(after)
        if columns <= LOGIN_COLUMNS:
            return "log_in"
        if columns <= PASSWORD_COLUMNS and actor is not None and obj.id == actor.user_id:
            return "own_password"
    return "change"


def _before_flush(session: Session, _context, _instances) -> None:
    actor = session.info.get(ACTOR)
    dirty = [o for o in session.dirty if session.is_modified(o, include_collections=False)]
    changes = [*session.new, *session.deleted, *dirty]
    if changes and session.info.get(READING):
        raise RuntimeError("a reading unit of work writes (SqlUnitOfWork.reading is for services that only read)")
    if any(isinstance(o, AuditEntry | AuditSeal) for o in changes):
        raise RuntimeError("the audit trail is written by store.audit alone (append, append_event)")
    for needed in sorted({_change_needs(session, o, actor) for o in changes}):
        authorize(actor, needed)


def _after_flush(session: Session, _context) -> None:
    actor: Actor | None = session.info.get(ACTOR)
    now = datetime.now().replace(microsecond=0)
    rows = []

    def add(action: str, obj: object, before: dict, after: dict) -> None:
        rows.append(entry(actor, action, inspect(obj).mapper.local_table.name, _record_id(obj), before, after, now=now))

    for obj in session.new:
        add("insert", obj, {}, _columns(obj))
    for obj in session.dirty:
        before, after = _changed(obj)
        if before or after:
            add("update", obj, before, after)
    for obj in session.deleted:
        add("delete", obj, _columns(obj), {})
    append(session, rows)


def _target(state: ORMExecuteState) -> str | None:
    """The table a statement given to session.execute writes ("" when it is text), or
    None when it only reads."""
    if state.is_select:
        return None
    statement = state.statement
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(statement, "table", None)
        return getattr(table, "name", "") or ""
    if isinstance(statement, TextClause) and writes(statement.text):
        return ""
    return None


def _shown(statement, session: Session) -> str:
    """A statement as text for the trail, with its values when they can be written in."""
    if isinstance(statement, TextClause):
        return statement.text
    dialect = session.get_bind().dialect
    for options in ({"literal_binds": True}, {}):
        try:
            return str(statement.compile(dialect=dialect, compile_kwargs=options))
        except Exception:  # noqa: BLE001, S112 - a value with no literal form: try without
            continue
    return type(statement).__name__


def _on_statement(state: ORMExecuteState):
    table = _target(state)
    if table is None:
        return None
    session = state.session
    if session.info.get(READING):
        raise RuntimeError("a reading unit of work writes (SqlUnitOfWork.reading is for services that only read)")
    if table in DERIVED_TABLES:
        with _approved(session):
            return state.invoke_statement()
    if table in TRAIL_TABLES:
        raise RuntimeError("the audit trail is written by store.audit alone (append, append_event)")
    authorize(session.info.get(ACTOR), "change")
    with _approved(session):
        result = state.invoke_statement()
    shown = _shown(state.statement, session)
    touched = getattr(result, "rowcount", -1)
    append(session, [entry(session.info.get(ACTOR), "bulk", table, "", None, {"statement": shown[:2000], "rows": touched})])
    return result


def _watch(session: Session, _transaction, connection) -> None:
    """The connection now serves this session: its statements pass the last gate."""
    connection.info[_GUARD] = weakref.ref(session)


def _let_go(_dbapi_connection, record) -> None:
    record.info.pop(_GUARD, None)


def _last_gate(conn, _cursor, statement: str, _parameters, _context, _executemany) -> None:
    ref = conn.info.get(_GUARD)
    session = ref() if ref is not None else None
    if session is None or not writes(statement):
        return
    if getattr(session, "_flushing", False) or session.info.get(_APPROVED):
        return
    authorize(session.info.get(ACTOR), "change")  # a viewer: refused as everywhere
    raise RuntimeError(f"a statement that writes skipped the role check and the audit trail: {statement[:200]}")


def install(sessions: sessionmaker) -> None:
    """Attach the gates and the trail to the sessions of one unit of work (and the last
    gate to their engine's connections). Once for each factory and each engine, however
    many units of work are made on them."""
    if sessions not in _HOOKED:
        event.listen(sessions, "before_flush", _before_flush)
        event.listen(sessions, "after_flush", _after_flush)
        event.listen(sessions, "do_orm_execute", _on_statement)
        event.listen(sessions, "after_begin", _watch)
        event.listen(sessions, "before_commit", _seal_at_commit)
        for ended in ("after_commit", "after_rollback", "after_soft_rollback"):
            event.listen(sessions, ended, _forget_chain)
        _HOOKED.add(sessions)
    engine = sessions.kw.get("bind")
    if isinstance(engine, Engine) and engine not in _HOOKED:
        event.listen(engine, "before_cursor_execute", _last_gate)
        event.listen(engine, "checkin", _let_go)
        _HOOKED.add(engine)
