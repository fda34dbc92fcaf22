"""Which database is this? (issue 19, item 6)

Every database carries an identity, one row of table ``database_identity`` written when
its schema is made (migration 0011) and never changed after (triggers). A backup is a
page-for-page copy, so it carries the identity of the database it was taken from. Over a
database that does not open, the program restores without an account only a backup
that carries that database's own identity (store/database.py, services/maintenance.py);
any other file needs an administrator's restore.

The identity of a database that does not open is read from the damaged file when it
still can be; else it is what this desk remembers of the database last opened at that
path (``remember``: a small file in the user's data folder, written at every open,
outside the database's folder); else, for a database that was never opened by a version
with identities, the identity its first audit row gives (``legacy_identity``).

A database made before identities existed (before 0.7.0) is given, at its upgrade, the
identity its oldest audit row gives: its older backups hold that same row, so they are
recognised as its own (the identity is read from them the same way). One with no audit
row gets a random identity; its older backups are then not recognised.

Limits, said in docs/decisions.md: the identity is not a secret (anyone who can read the
database can read it), and whoever may write the database's folder may replace the file
itself. The check keeps the program from putting another database in this one's place
without an administrator; every restore is recorded in the audit trail of the result.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import uuid
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from qotb_desktop.store.db import sqlite_uri

TABLE = "database_identity"
MEMORY_FILE = "databases.json"  # in the user's data folder
MEMORY_SIZE = 64  # databases remembered, the most recently opened kept


def new_identity() -> str:
    return uuid.uuid4().hex


def legacy_identity(first_row: Sequence[object] | None) -> str | None:
    """The identity a database made before 0.7.0 takes from its oldest audit row
    (``id, at, username, action, table_name, record_id, before, after``); None without one.
    The same row read by SQLite or PostgreSQL, as text or as a datetime, gives the same."""
    if not first_row:
        return None
    row_id, at, *rest = first_row
    if isinstance(at, str):
        with contextlib.suppress(ValueError):
            at = datetime.fromisoformat(at)
    when = at.isoformat(sep=" ", timespec="microseconds") if isinstance(at, datetime) else str(at)
    content = json.dumps([int(row_id), when, *(str(v or "") for v in rest)], ensure_ascii=False)
    return "legacy-" + hashlib.sha256(content.encode("utf-8")).hexdigest()[:32]


FIRST_AUDIT_ROW = "SELECT id, at, username, action, table_name, record_id, before, after FROM audit_log ORDER BY id LIMIT 1"


def _read(path: Path, *, immutable: bool) -> tuple[str | None, str | None]:
    """(stored identity, identity from the first audit row) of a SQLite file, each None
    when it cannot be read. Only reads the file."""
    stored = legacy = None
    try:
        conn = sqlite3.connect(sqlite_uri(path, immutable=immutable), uri=True, timeout=1)
    except sqlite3.Error:
        return None, None
    try:
        with contextlib.suppress(sqlite3.Error):
            row = conn.execute(f"SELECT identity FROM {TABLE} WHERE id = 1").fetchone()
            stored = str(row[0]) if row and row[0] else None
        with contextlib.suppress(sqlite3.Error, ValueError, TypeError):
            legacy = legacy_identity(conn.execute(FIRST_AUDIT_ROW).fetchone())
    finally:
        conn.close()
    return stored, legacy


def of_backup(path: Path) -> str | None:
    """The identity a backup file carries: its own, or, made before 0.7.0, the one its
    oldest audit row gives (the one its database was given at the upgrade)."""
    stored, legacy = _read(path, immutable=True)
    return stored or legacy


def of_damaged(path: Path) -> str | None:
    """The identity of a database file that does not open: read from it if it still can
    be, else remembered by this desk, else from its oldest audit row; None when none is
    known (then no backup is restored without an administrator)."""
    stored, legacy = _read(path, immutable=False) if path.is_file() and path.stat().st_size else (None, None)
    return stored or remembered(path) or legacy


# -- this desk's memory -----------------------------------------------------------------


def _memory_file() -> Path:
    from qotb_desktop.paths import data_dir

    return data_dir() / MEMORY_FILE


def _key(path: Path) -> str:
    return os.path.normcase(str(Path(path).resolve()))


def _load() -> dict[str, str]:
    try:
        data = json.loads(_memory_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def remembered(path: Path) -> str | None:
    """The identity of the database this desk last opened at ``path``, if any."""
    return _load().get(_key(path))


def remember(path: Path, identity: str) -> None:
    """Note that ``path`` holds the database ``identity``: written only when it changes,
    whole (a temporary file renamed), never raising (a folder that cannot be written
    means only that this desk will not remember)."""
    key = _key(path)
    known = _load()
    if known.get(key) == identity and next(reversed(known), None) == key:
        return
    known.pop(key, None)
    known[key] = identity
    kept = dict(list(known.items())[-MEMORY_SIZE:])
    target = _memory_file()
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(kept, ensure_ascii=False, indent=0), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
