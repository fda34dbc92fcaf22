"""A database the program works on: the engine, units of work, and file-level operations.

Opening a SQLite file (``open``) checks it before anything is written: the folder and
the file may be written, no other copy of the program holds it (``FileLock``, when
asked), and SQLite's ``quick_check`` passes. A damaged file raises DamagedDatabase,
which names the newest backup that passes the full check; the file is left as it is.

Backups (see «Backups and damaged files» in docs/decisions.md): automatic copies in
``backups/`` beside the database, ``NAME-YYYYmmdd-HHMMSS.sqlite``, rotated (the
newest ``KEEP_RECENT``, plus the newest of each of the last ``KEEP_DAYS`` days); the
copies a migration or a restore makes first stay beside the file
(``NAME.before-...``), are never removed by the rotation, and count as backups
when the newest good one is looked for. Every copy is verified before it takes its
name (``db.copy_sqlite``).

A PostgreSQL database is backed up by the program too, into a SQLite file of the same
schema (``store/transfer.py``), kept on the desk in the user's data folder,
``backups/HOST-DATABASE/`` (``server_backup_folder``), with the same names and the same
rotation; a restore replaces its records in one transaction. See docs/postgresql.md.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import string
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker

from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.output_files import check_target, remove_leftovers
from qotb_desktop.paths import data_dir
from qotb_desktop.store import identity, migrate, transfer
from qotb_desktop.store.access import check_access
from qotb_desktop.store.db import (
    DamagedFile,
    FileLock,
    StorageError,
    check_file,
    copy_sqlite,
    is_sqlite_file,
    make_engine,
    revision_of,
    sqlite_path,
    sqlite_uri,
    storage_message,
    url_for,
    use_wal,
)
from qotb_desktop.store.desks import all_desks_held
from qotb_desktop.store.models import DatabaseIdentity
from qotb_desktop.store.unit_of_work import SqlUnitOfWork

BACKUP_FOLDER = "backups"  # beside the database
KEEP_RECENT = 10  # the newest automatic copies kept, whatever their age
KEEP_DAYS = 14  # and the newest copy of each of the last 14 days
BACKUP_EVERY = timedelta(days=1)  # a window left open makes a copy when the newest is this old

_SAFE = set(string.ascii_letters + string.digits + "._-")


def server_backup_folder(url: str | URL) -> Path:
    """Where a server database's copies go on this desk: the user's data folder (where a
    desk's own ``qotb.sqlite`` lives), ``backups/HOST-DATABASE`` (``HOST_PORT`` when the
    port is not PostgreSQL's usual one), so two servers, or two databases of one server,
    never share a rotation."""
    parsed = make_url(str(url)) if not isinstance(url, URL) else url
    host = parsed.host or "localhost"
    if parsed.port and parsed.port != 5432:
        host = f"{host}_{parsed.port}"
    name = "".join(ch if ch in _SAFE else "_" for ch in f"{host}-{parsed.database or 'postgres'}")
    return data_dir() / BACKUP_FOLDER / name


_STAMP = r"(\d{8}-\d{6})"
_STAMP_FORMAT = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made: datetime
    kind: str  # "automatic", "before-migration", "before-restore"

    @property
    def label(self) -> str:
        """When it was made, for a message: the Jalali date and the time, in Persian digits."""
        return f"{format_jalali(self.made.date())} ساعت {to_persian_digits(self.made.strftime('%H:%M'))}"


class DamagedDatabase(DomainError):
    """The database file is not a SQLite database or fails SQLite's check; it was not
    changed. ``newest`` is the newest backup that passes the full check, if any."""

    def __init__(self, path: Path, problem: str, newest: BackupFile | None):
        self.path = Path(path)
        self.problem = problem
        self.newest = newest
        if newest is not None:
            then = f"تازه‌ترین پشتیبان سالم: {newest.path} (ساخته‌شده در {newest.label})."
        else:
            then = "پشتیبان سالمی از آن پیدا نشد."
        super().__init__(f"پایگاه داده {self.path} باز نشد: {problem}. پرونده دست نخورد. {then}")


def _naming(exc: DomainError, where: object, what: str = "پایگاه داده") -> DomainError:
    """The same refusal, with the file (or server database) it is about named first."""
    text = str(exc)
    if str(where) not in text:
        exc.args = (f"{what} {where}: {text}",)
    return exc


class Database:
    def __init__(self, target: str | Path, *, what: str = ""):
        self.url = url_for(target)
        self.engine: Engine = make_engine(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.read_only = False  # opened only to read (open(reading=True) on a file this user may not write)
        self.read_only_why = ""  # why, in Persian
        path = self.path
        self._lock = FileLock(path, what or "برنامه") if path else None

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    def describe(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)

    def uow(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self._sessions)

    def open(self, *, exclusive: bool = False, contents: bool = True, reading: bool = False) -> None:
        """The checks before the file is used (SQLite; nothing to do for a server).

        The folder is made if missing; the file must be readable, and the folder and the
        file writable, unless only ``reading`` is asked (a command that only reads:
        backup, export, print-samples): then a file this user may not write, or on a full
        disk, is opened read-only (``read_only``; SQLite's ``mode=ro``). With ``exclusive`` this program
        takes the database's lock (InUse when another holds it); an existing file must be
        a SQLite database passing ``PRAGMA quick_check`` (DamagedDatabase otherwise; not
        checked without ``contents``, for a restore over it); a full disk or a refused
        read is a StorageError, never damage. Nothing is written to the database file
        here; temporary files that killed copies left beside it are removed."""
        path = self.path
        if path is None:
            return
        if path.is_dir():
            raise StorageError(f"{path} یک پوشه است؛ نام پرونده پایگاه داده را هم بنویسید.")
        folder = path.parent
        if not folder.is_dir():
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageError(f"پوشه {folder} برای پایگاه داده ساخته نشد: {storage_message(exc, folder)}") from None
        why_read_only = check_access(path, reading=reading)
        if why_read_only:
            self._reopen_read_only()  # a full disk too: a copy can still be taken elsewhere
            self.read_only_why = why_read_only
        if exclusive and self._lock is not None:
            self._lock.acquire()
        problem = self._problem() if contents else None
        if problem:
            raise DamagedDatabase(path, problem, self.newest_good_backup(identity.of_damaged(path)))
        if not self.read_only:
            self.remove_leftovers()

    def _reopen_read_only(self) -> None:
        self.engine.dispose()
        self.engine = make_engine(self.url, read_only=True)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.read_only = True

    def remove_leftovers(self) -> list[Path]:
        """What copies cut short by a killed process left (the restore's and the
        migration's copies beside the file, the automatic ones in ``backups/``, with
        their -journal): removed once their process is gone (output_files.is_stale)."""
        beside, name, _suffix = self._place()
        stem = re.escape(name)
        removed = remove_leftovers(beside, [re.compile(rf"{stem}\..+\.(\d+)\.part")])
        removed += remove_leftovers(self.backup_folder, [re.compile(rf"{stem}-.+\.(\d+)\.part")])
        return removed

    def _problem(self) -> str | None:
        path = self.path
        if path is None or not path.exists():
            return None
        if path.stat().st_size == 0:
            # An empty file is a new database, unless this database has been backed up:
            # then it was emptied (a crash of the disk, a careless copy).
            return "پرونده خالی است" if self.backups() else None
        return check_file(path)

    def upgrade(self) -> Path | None:
        """Create or migrate the schema; returns the copy made first, if any. A
        migration runs under the database's lock (taken for it when not held). A
        database opened read-only is only checked: its schema must be this version's.
        A schema of a newer version, or a file that is not this program's, is refused
        naming the file."""
        if self.read_only:
            self._check_read_only_schema()
            return None
        if self.path:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        lock = self._lock if self._lock is not None and not self._lock.held and self._pending() else None
        if lock is not None:
            lock.acquire()
        try:
            made = migrate.upgrade(self.engine)
        except (migrate.TooNew, migrate.NotOurDatabase) as exc:
            raise _naming(exc, self.describe()) from None
        finally:
            if lock is not None:
                lock.release()
        use_wal(self.engine)
        return made

    def _check_read_only_schema(self) -> None:
        try:
            current = migrate.current_revision(self.engine)
        except DBAPIError as exc:
            raise StorageError(f"پایگاه داده {self.path} خوانده نشد ({exc.orig}). پرونده دست نخورد.") from None
        if current == migrate.head_revision():
            return
        if current is not None and not migrate.is_known(current):
            raise _naming(migrate.TooNew(current), self.describe())
        raise StorageError(
            f"پایگاه داده {self.path} فقط‌خواندنی است و ساختار آن به نگارش این برنامه به‌روز نشده است؛ به‌روزرسانی "
            "در آن می‌نویسد. نخست اجازه نوشتن آن را بدهید و برنامه را یک بار باز کنید. پرونده دست نخورد."
        )

    def _pending(self) -> bool:
        try:
            return migrate.current_revision(self.engine) != migrate.head_revision()
        except DBAPIError:
            return True  # migrate.upgrade says what is wrong
        except StorageError:
            return True

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()

    # -- whole-file operations ----------------------------------------------------------
    #
    # A SQLite database is copied page by page (SQLite's backup API). A PostgreSQL one is
    # copied by the program itself into a SQLite file of the same schema, the same kind of
    # file as a desk's backup (store/transfer.py; no pg_dump needed, on any desk); its
    # copies are kept on the desk, in the user's data folder (``server_backup_folder``).

    def _require_file(self) -> Path:
        if self.path is None:
            raise DomainError("این کار فقط برای پایگاه داده پرونده‌ای (SQLite) است.")
        return self.path

    def _place(self) -> tuple[Path, str, str]:
        """Where this database's copies are named from: the folder of the copies made
        before a migration or a restore, the name they start with, their suffix. For a
        file, beside it and its own name; for a server database, the folder of its
        copies on this desk and the database's name."""
        if self.path is not None:
            return self.path.parent, self.path.stem, self.path.suffix or ".sqlite"
        name = "".join(ch if ch in _SAFE else "_" for ch in self.engine.url.database or "postgres")
        return server_backup_folder(self.engine.url), name, ".sqlite"

    def backup_to(self, target: Path, *, overwrite: bool = False) -> Path:
        """A copy at ``target``, chosen by the clerk: never the database itself, its side
        files (-wal, -shm, -journal, .lock) or its folder of automatic copies, an existing
        file only with ``overwrite`` (output_files.check_target)."""
        target = check_target(target, overwrite=overwrite, databases=[self.path], backups=[self.backup_folder])
        self._copy(target)
        return target

    def _copy(self, target: Path) -> None:
        """A verified copy of this database; a copy failing the check means the database
        itself is damaged (the copy is page for page), unless the database passes. A
        server database is copied record by record into a new SQLite file, checked
        (counts, checksums, SQLite's integrity check) before it takes its name."""
        if self.path is None:
            transfer.to_sqlite_file(self.engine, target)
            return
        source = self.path
        try:
            copy_sqlite(source, target)
        except DamagedFile as exc:
            problem = check_file(source, full=True)
            if problem is None:
                raise StorageError(f"نسخه {target.name} درست روی دیسک نوشته نشد ({exc.problem}) و نگه داشته نشد.") from None
            raise DamagedDatabase(source, problem, self.newest_good_backup(identity.of_damaged(source))) from None

    # -- automatic backups ----------------------------------------------------------

    @property
    def backup_folder(self) -> Path:
        """The automatic copies: ``backups/`` beside a file; for a server database, its
        folder in the user's data folder (``server_backup_folder``)."""
        if self.path is None:
            return server_backup_folder(self.engine.url)
        return self.path.parent / BACKUP_FOLDER

    def backups(self) -> list[BackupFile]:
        """This database's backups, newest first: the automatic copies and the copies
        made before a migration or a restore."""
        beside, name, ending = self._place()
        suffix = re.escape(ending)
        stem = re.escape(name)
        found: list[BackupFile] = []
        patterns = [
            (self.backup_folder, re.compile(rf"{stem}-{_STAMP}(?:-\d+)?{suffix}"), "automatic"),
            (beside, re.compile(rf"{stem}\.before-restore-{_STAMP}{suffix}"), "before-restore"),
            (beside, re.compile(rf"{stem}\.before-.+-{_STAMP}{suffix}"), "before-migration"),
        ]
        seen: set[Path] = set()
        for folder, pattern, kind in patterns:
            if not folder.is_dir():
                continue
            for candidate in folder.iterdir():
                match = pattern.fullmatch(candidate.name)
                if match and candidate not in seen and candidate.is_file():
                    seen.add(candidate)
                    found.append(BackupFile(candidate, datetime.strptime(match.group(1), _STAMP_FORMAT), kind))
        return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)

    def newest_good_backup(self, own: str | None) -> BackupFile | None:
        """The newest backup of this database (carrying the identity ``own``: None, when
        the database's identity is not known, finds none) that passes ``PRAGMA
        integrity_check`` and has a schema this version knows (checked newest first, so
        usually one file is read). A file of another database in its folders is passed
        over (store/identity.py)."""
        if own is None:
            return None
        for backup in self.backups():
            try:
                problem = check_file(backup.path, full=True, immutable=True)
            except StorageError:  # not readable here (permissions, the disk): not one to offer
                continue
            if problem is None and identity.of_backup(backup.path) == own:
                revision = revision_of(backup.path)
                if revision is not None and migrate.is_known(revision):
                    return backup
        return None

    def identity(self) -> str | None:
        """Which database this is (its ``database_identity`` row; None before the upgrade)."""
        try:
            with self.engine.connect() as conn:
                return conn.execute(select(DatabaseIdentity.identity).where(DatabaseIdentity.id == 1)).scalar()
        except DBAPIError:
            return None

    def backup_due(self, now: datetime | None = None) -> bool:
        """True when no automatic copy is younger than BACKUP_EVERY."""
        automatic = [b for b in self.backups() if b.kind == "automatic"]
        return not automatic or (now or datetime.now()) - automatic[0].made >= BACKUP_EVERY

    def automatic_backup(self, now: datetime | None = None) -> BackupFile:
        """A verified copy in ``backups/``, then the rotation. Raises DamagedDatabase
        when the copy shows the database damaged, StorageError when the disk refuses;
        in both cases the database and the earlier copies are as they were."""
        now = now or datetime.now()
        _beside, name, suffix = self._place()
        folder = self.backup_folder
        stamp = migrate.timestamp(now)
        target = folder / f"{name}-{stamp}{suffix}"
        n = 1
        while target.exists():
            n += 1
            target = folder / f"{name}-{stamp}-{n}{suffix}"
        self._copy(target)
        self.prune(now)
        return BackupFile(target, datetime.strptime(stamp, _STAMP_FORMAT), "automatic")

    def prune(self, now: datetime | None = None) -> list[Path]:
        """The rotation: keep the KEEP_RECENT newest automatic copies and the newest of
        each of the last KEEP_DAYS days; remove the others (and what copies cut short
        by a killed process left: ``remove_leftovers``). Copies made before a migration or
        a restore are never removed here."""
        now = now or datetime.now()
        automatic = [b for b in self.backups() if b.kind == "automatic"]
        keep = {b.path for b in automatic[:KEEP_RECENT]}
        days: set[object] = set()
        for b in automatic:  # newest first: the first of each day is its newest
            if (now.date() - b.made.date()).days < KEEP_DAYS and b.made.date() not in days:
                days.add(b.made.date())
                keep.add(b.path)
        removed = []
        for b in automatic:
            if b.path not in keep:
                with contextlib.suppress(OSError):
                    b.path.unlink()
                    removed.append(b.path)
        self.remove_leftovers()
        return removed

    # -- restoring --------------------------------------------------------------------

    def verify_backup(self, source: Path) -> str:
        """Raise unless ``source`` is a backup this version can restore: a SQLite file,
        passing ``PRAGMA integrity_check``, with a schema revision this version knows
        (not a newer one). Only reads it. Returns its revision."""
        source = Path(source)
        if not source.is_file():
            raise DomainError(f"پرونده {source} پیدا نشد.")
        if not is_sqlite_file(source):
            raise DomainError(
                f"پرونده {source.name} پشتیبان پایگاه داده این برنامه نیست (پایگاه داده SQLite نیست یا آغاز آن آسیب دیده است). "
                "پایگاه داده دست نخورد."
            )
        problem = check_file(source, full=True, immutable=True)
        if problem:
            raise DamagedFile(
                source, problem, f"پرونده پشتیبان {source} آسیب دیده است و بازگردانده نشد: {problem}. پایگاه داده دست نخورد."
            )
        revision = revision_of(source)
        if revision is None:
            raise DomainError(f"پرونده {source.name} پشتیبان پایگاه داده این برنامه نیست. پایگاه داده دست نخورد.")
        if not migrate.is_known(revision):
            raise _naming(migrate.TooNew(revision), source, "پرونده پشتیبان")
        return revision

    def restore_from(self, source: Path) -> Path | None:
        """Replace the contents of this database with the backup ``source``.

        The backup is verified first (``verify_backup``) and only read, never written.
        A healthy current database is copied beside the file
        (``NAME.before-restore-STAMP.sqlite``, verified) and then overwritten page by
        page through SQLite's backup API, so a program that has the file open sees the
        restored data, not a file pulled from under it. A damaged (or missing) current
        file is never overwritten: the backup is copied to a new file, the damaged one
        (with its -wal) is renamed ``NAME.damaged-STAMP.sqlite``, and the new one takes
        its place. Returns the path of what was set aside.

        A server database: after the same checks of the backup, a copy of the current
        records is made first (``NAME.before-restore-STAMP.sqlite`` in its folder of
        copies on this desk, verified), then, in one transaction, every record is
        replaced by the backup's (migrated first when the backup is older; see
        store/transfer.py). Another desk's work meanwhile waits for that transaction.
        """
        if self.path is None:
            return self._restore_server(source)
        path = self.path
        source = Path(source).expanduser().resolve()
        if source == path:
            raise DomainError("پرونده پشتیبان نمی‌تواند خود پایگاه داده باشد.")
        self.verify_backup(source)
        lock = self._lock if self._lock is not None and not self._lock.held else None
        if lock is not None:
            lock.acquire()
        try:
            self.engine.dispose()
            damaged = path.exists() and (path.stat().st_size == 0 or check_file(path) is not None)
            if not path.exists() or damaged:
                saved = self._replace_damaged(source)
            else:
                saved = path.with_name(f"{path.stem}.before-restore-{migrate.timestamp()}{path.suffix or '.sqlite'}")
                try:
                    self._copy(saved)
                except DamagedDatabase:  # quick_check passed, the full check of the copy did not
                    saved = self._replace_damaged(source)
                else:
                    self._write_pages(source)
            self.upgrade()
        finally:
            if lock is not None:
                lock.release()
        return saved

    def _restore_server(self, source: Path) -> Path:
        source = Path(source).expanduser().resolve()
        self.verify_backup(source)
        beside, name, suffix = self._place()
        saved = beside / f"{name}.before-restore-{migrate.timestamp()}{suffix}"
        # Every desk's transactions wait from the copy of what is replaced to the end of
        # the replacement: nothing saved in between is lost from both (store/desks.py).
        with all_desks_held(self.engine):
            self._copy(saved)
            transfer.from_sqlite_file(source, self.engine, replace=True)
        return saved

    def _write_pages(self, source: Path) -> None:
        path = self._require_file()
        src = sqlite3.connect(sqlite_uri(source, immutable=True), uri=True)
        try:
            dst = sqlite3.connect(path)
            try:
                src.backup(dst)
            except sqlite3.Error as exc:
                why = storage_message(exc, path) or str(exc)
                raise StorageError(f"بازگردانی انجام نشد و پایگاه داده دست نخورد ({why}).") from None
            finally:
                dst.close()
        finally:
            src.close()

    def _replace_damaged(self, source: Path) -> Path | None:
        """The backup becomes the database file; a damaged file is renamed aside first
        (never overwritten). Returns the damaged file's new name, if there was one."""
        path = self._require_file()
        stamp = migrate.timestamp()
        suffix = path.suffix or ".sqlite"
        staged = path.with_name(f"{path.stem}.restoring-{stamp}{suffix}")
        copy_sqlite(source, staged, immutable_source=True)
        moved: list[tuple[Path, Path]] = []
        aside = None
        try:
            if path.exists():
                aside = path.with_name(f"{path.stem}.damaged-{stamp}{suffix}")
                n = 1
                while aside.exists():
                    n += 1
                    aside = path.with_name(f"{path.stem}.damaged-{stamp}-{n}{suffix}")
                for extra in ("-wal", "-shm", ""):  # the main file last: until then nothing has moved that matters
                    companion = Path(str(path) + extra)
                    if companion.exists():
                        os.rename(companion, Path(str(aside) + extra))
                        moved.append((companion, Path(str(aside) + extra)))
            os.replace(staged, path)
        except OSError as exc:
            for original, renamed in reversed(moved):  # put back what was moved
                with contextlib.suppress(OSError):
                    os.rename(renamed, original)
            raise StorageError(f"بازگردانی انجام نشد و پایگاه داده دست نخورد: {storage_message(exc, path)}") from None
        finally:
            with contextlib.suppress(OSError):
                staged.unlink(missing_ok=True)
        return aside
