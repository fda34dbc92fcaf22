"""Backing up and restoring the database file; the automatic copies; recovering a damaged file.

The window and the command line see the store's errors through this module
(they do not import the store): DamagedDatabase (the file fails SQLite's check; it
names the newest good backup), InUse (another copy of the program holds the
database), StorageError (the disk refused: full, read-only, unreadable).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from qotb_desktop.domain.accounts import Actor, authorize
from qotb_desktop.store.database import BACKUP_EVERY, KEEP_DAYS, KEEP_RECENT, BackupFile, DamagedDatabase, Database
from qotb_desktop.store.db import DamagedFile, InUse, StorageError

__all__ = [
    "BACKUP_EVERY",
    "KEEP_DAYS",
    "KEEP_RECENT",
    "BackupFile",
    "DamagedDatabase",
    "DamagedFile",
    "InUse",
    "StorageError",
    "automatic_backup",
    "backup",
    "backup_due",
    "newest_good_backup",
    "recover",
    "restore",
]


def backup(*, db: Database, target: str | Path, overwrite: bool = False) -> Path:
    """A consistent, verified copy of the live database at ``target`` (an existing file
    only with ``overwrite``)."""
    return db.backup_to(Path(target), overwrite=overwrite)


def restore(*, db: Database, source: str | Path, actor: Actor | None = None) -> Path | None:
    """Replace the database with a backup (verified first, then migrated to this
    version). What it replaced is kept beside it (a copy, or the damaged file renamed);
    that path is returned. Only an administrator restores (``actor``: who asks)."""
    authorize(actor, "restore")
    return db.restore_from(Path(source))


def automatic_backup(*, db: Database, now: datetime | None = None) -> BackupFile:
    """A verified copy in ``backups/`` beside the database, then the rotation."""
    return db.automatic_backup(now)


def backup_due(*, db: Database, now: datetime | None = None) -> bool:
    return db.backup_due(now)


def newest_good_backup(*, db: Database) -> BackupFile | None:
    return db.newest_good_backup()


def recover(*, path: str | Path, source: str | Path, what: str = "") -> Path | None:
    """Restore the database at ``path`` (which may be damaged and cannot be opened)
    from ``source``, under the database's lock. The damaged file is renamed
    ``NAME.damaged-STAMP.sqlite`` beside it, never overwritten; its new path is
    returned."""
    db = Database(path, what=what)
    try:
        db.open(exclusive=True, contents=False)
        return db.restore_from(Path(source))
    finally:
        db.close()
