"""Backing up and restoring the database file."""

from __future__ import annotations

from pathlib import Path

from qotb_desktop.store.database import Database


def backup(*, db: Database, target: str | Path, overwrite: bool = False) -> Path:
    """A consistent copy of the live database at ``target`` (an existing file only
    with ``overwrite``)."""
    return db.backup_to(Path(target), overwrite=overwrite)


def restore(*, db: Database, source: str | Path) -> Path | None:
    """Replace the database with a backup (checked, then migrated to this version).
    The current file is copied beside itself first; that copy's path is returned."""
    return db.restore_from(Path(source))
