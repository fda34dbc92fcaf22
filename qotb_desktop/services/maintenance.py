"""Backing up and restoring the database; the automatic copies; recovering a damaged
file; moving a desk's database to the PostgreSQL server (``migrate_data``).

A SQLite database is copied page by page; a PostgreSQL one into a SQLite file of the
same schema, kept in the user's data folder (see store/database.py and
docs/postgresql.md), so ``backup``, ``restore`` and the automatic copies work on both.

The window and the command line see the store's errors through this module
(they do not import the store): DamagedDatabase (the file fails SQLite's check; it
names the newest good backup), InUse (another copy of the program holds the
database), StorageError (the disk refused: full, read-only, unreadable).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from qotb_desktop.domain.accounts import Actor, authorize
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.services.audit_events import record_event
from qotb_desktop.store import identity, transfer
from qotb_desktop.store.database import BACKUP_EVERY, KEEP_DAYS, KEEP_RECENT, BackupFile, DamagedDatabase, Database
from qotb_desktop.store.db import DamagedFile, InUse, StorageError, check_file, url_for, without_password
from qotb_desktop.store.transfer import TableReport, TransferRefused, TransferReport

__all__ = [
    "BACKUP_EVERY",
    "KEEP_DAYS",
    "KEEP_RECENT",
    "BackupFile",
    "DamagedDatabase",
    "DamagedFile",
    "InUse",
    "StorageError",
    "TableReport",
    "TransferRefused",
    "TransferReport",
    "automatic_backup",
    "backup",
    "backup_due",
    "is_own_backup",
    "migrate_data",
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
    that path is returned. Only an administrator restores (``actor``: who asks), and may
    restore another database's file too; the restore is recorded in the audit trail of
    the result (``is_own`` says which)."""
    authorize(actor, "restore")
    source = Path(source).expanduser()
    own = is_own_backup(db=db, source=source)
    saved = db.restore_from(source)
    _record_restore(db, source, saved, own=own, by=actor.username if actor else "")
    return saved


def is_own_backup(*, db: Database, source: str | Path) -> bool:
    """Does the file ``source`` carry this database's identity (store/identity.py)?"""
    mine = db.identity()
    return mine is not None and identity.of_backup(Path(source).expanduser()) == mine


def automatic_backup(*, db: Database, now: datetime | None = None) -> BackupFile:
    """A verified copy in ``backups/`` beside the database, then the rotation."""
    return db.automatic_backup(now)


def backup_due(*, db: Database, now: datetime | None = None) -> bool:
    return db.backup_due(now)


def newest_good_backup(*, db: Database) -> BackupFile | None:
    """The newest good backup of this (open) database: one carrying its identity."""
    return db.newest_good_backup(db.identity())


def recover(*, path: str | Path, source: str | Path, what: str = "") -> Path | None:
    """Restore the database at ``path`` (which may be damaged and cannot be opened)
    from ``source``, under the database's lock, with no account asked: so only from a
    backup of this very database (one carrying its identity, store/identity.py), never
    another file (a DomainError says so, and which of its own backups would do; nothing
    is changed). The damaged file is renamed ``NAME.damaged-STAMP.sqlite`` beside it,
    never overwritten; its new path is returned. The restore is recorded in the audit
    trail of the result."""
    path, source = Path(path), Path(source).expanduser()
    db = Database(path, what=what)
    try:
        db.open(exclusive=True, contents=False)
        db.verify_backup(source)
        own = identity.of_damaged(path)
        if own is None or identity.of_backup(source) != own:
            raise DomainError(_not_its_own(path, source, own, db.newest_good_backup(own)))
        aside = db.restore_from(source)
        _record_restore(db, source, aside, own=True, by="")
        return aside
    finally:
        db.close()


def _not_its_own(path: Path, source: Path, own: str | None, newest: BackupFile | None) -> str:
    if own is None:
        why = (
            f"شناسه پایگاه داده {path} از پرونده آسیب‌دیده خوانده نشد و این رایانه هم آن را به یاد ندارد، "
            f"پس نمی‌توان دانست که {source.name} پشتیبان خود آن است"
        )
    else:
        why = f"پرونده {source.name} پشتیبان خود پایگاه داده {path} نیست (از پایگاه داده دیگری است)"
    then = f" پشتیبان سالم خود آن: {newest.path} (ساخته‌شده در {newest.label})." if newest else ""
    return (
        f"{why}. روی پایگاه داده‌ای که باز نمی‌شود، بی‌ورود مدیر فقط پشتیبان‌های خود آن بازگردانده می‌شوند. "
        f"پایگاه داده دست نخورد.{then} پرونده دیگری را مدیرِ یک پایگاه داده سالم با فرمان restore در آن بازمی‌گرداند."
    )


def _record_restore(db: Database, source: Path, saved: Path | None, *, own: bool, by: str) -> None:
    """The restore, in the audit trail of the database it made (as ``by``, an
    administrator's user name; "" when no account was asked)."""
    detail = {
        "source": str(source),
        "saved": str(saved) if saved else "",
        "own": "بله" if own else "خیر",
        "account": by or "بی‌حساب: پایگاه داده باز نمی‌شد",
    }
    record_event(uow=db.uow(), kind="restore", detail=detail, username=by)


# -- a desk's database to the server -------------------------------------------------------


@dataclass(frozen=True)
class Migrated:
    """What ``migrate_data`` did: the per-table counts, where from and to (the server's
    address without its password), and the copy a migration of the source made first."""

    report: TransferReport
    source: Path
    target: str
    source_backup: Path | None


def server_url(target: str) -> str:
    """A PostgreSQL URL, with psycopg (the driver the program ships) when none is named
    (``db.url_for``, as for ``--db``); anything else is refused in Persian."""
    text = str(target).strip()
    try:
        url = make_url(url_for(text)) if "://" in text else None
    except ArgumentError:
        url = None
    if url is None or url.get_backend_name() != "postgresql":
        raise DomainError(
            f"«{without_password(text)}» نشانی پایگاه داده PostgreSQL نیست. نشانی را چنین بنویسید: "
            "postgresql://USER:PASSWORD@HOST/DATABASE"
        )
    if url.drivername != "postgresql+psycopg":
        raise DomainError(
            f"راه‌انداز {url.drivername} همراه برنامه نیست؛ نشانی را با postgresql+psycopg:// (یا postgresql://) بنویسید."
        )
    return url.render_as_string(hide_password=False)


def migrate_data(*, source: str | Path, target: str, what: str = "qotb migrate-data") -> Migrated:
    """Move a desk's SQLite database to an empty PostgreSQL database, verified.

    The source is opened as the program opens it (checked, held under its lock so no
    window writes to it meanwhile, and migrated to this version with its usual copy
    first); the target is given this version's schema if it has none, and must hold no
    records. Every row is copied in one transaction on the server, and every table's
    count and checksum compared before it is committed (store/transfer.py). The
    source's accounts and audit trail come with the data; no account is asked, since the
    target holds none. Raises a DomainError naming the problem; nothing is written to
    the server then."""
    address = server_url(target)
    shown = make_url(address).render_as_string(hide_password=True)
    text = str(source)
    if "://" in text:
        raise DomainError(f"مبدأ باید پرونده پایگاه داده SQLite یک میز باشد، نه نشانی «{text}».")
    path = Path(text).expanduser()
    if path.is_dir():
        raise DomainError(f"{path} یک پوشه است؛ نام پرونده پایگاه داده (مانند qotb.sqlite) را هم بنویسید.")
    if not path.is_file():
        raise DomainError(f"پرونده پایگاه داده {path} پیدا نشد. چیزی نوشته نشد.")
    problem = check_file(path)
    if problem:
        raise DomainError(f"پرونده {path} پایگاه داده سالم این برنامه نیست: {problem}. چیزی نوشته نشد.")
    src = Database(path, what=what)
    dst: Database | None = None
    try:
        src.open(exclusive=True)
        made = src.upgrade()
        dst = Database(address, what=what)
        dst.open()
        dst.upgrade()
        report = transfer.copy_database(src.engine, dst.engine)
    finally:
        src.close()
        if dst is not None:
            dst.close()
    return Migrated(report, path.resolve(), shown, made)
