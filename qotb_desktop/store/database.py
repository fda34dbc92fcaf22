"""A database the program works on: the engine, units of work, and file-level operations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import sessionmaker

from qotb_desktop.domain.errors import DomainError
from qotb_desktop.store import migrate
from qotb_desktop.store.db import copy_sqlite, is_sqlite_file, make_engine, sqlite_path, url_for, use_wal
from qotb_desktop.store.unit_of_work import SqlUnitOfWork


class Database:
    def __init__(self, target: str | Path):
        self.url = url_for(target)
        self.engine: Engine = make_engine(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    def describe(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)

    def uow(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self._sessions)

    def upgrade(self) -> Path | None:
        """Create or migrate the schema; returns the copy made first, if any."""
        if self.path:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        made = migrate.upgrade(self.engine)
        use_wal(self.engine)
        return made

    def close(self) -> None:
        self.engine.dispose()

    # -- whole-file operations (SQLite; PostgreSQL uses its own tools) --------------

    def _require_file(self) -> Path:
        if self.path is None:
            raise DomainError("پشتیبان‌گیری و بازگردانی از درون برنامه فقط برای پایگاه داده پرونده‌ای (SQLite) است.")
        return self.path

    def backup_to(self, target: Path, *, overwrite: bool = False) -> Path:
        source = self._require_file()
        target = Path(target).expanduser().resolve()
        if target == source:
            raise DomainError("پرونده پشتیبان نمی‌تواند خود پایگاه داده باشد.")
        if target.is_dir():
            raise DomainError(f"{target} یک پوشه است؛ نام پرونده پشتیبان را هم بنویسید.")
        if target.exists() and not overwrite:
            raise DomainError(f"پرونده {target} هست؛ نام دیگری بنویسید یا جایگزینی را بخواهید.")
        copy_sqlite(source, target)
        return target

    def restore_from(self, source: Path) -> Path | None:
        """Replace the contents of this database with the backup ``source``.

        The backup is checked first (a SQLite file of this program, of a schema
        this version knows) and only read, never written. The current contents are
        copied beside the file (``NAME.before-restore-STAMP.sqlite``) and then
        overwritten page by page through SQLite's backup API, so a program that has
        the file open sees the restored data, not a file pulled from under it.
        Returns the copy's path.
        """
        path = self._require_file()
        source = Path(source).expanduser().resolve()
        if not source.is_file():
            raise DomainError(f"پرونده {source} پیدا نشد.")
        revision = _revision_of(source)
        if not migrate.is_known(revision):
            raise migrate.TooNew(revision)
        self.engine.dispose()
        saved = None
        if path.exists():
            saved = path.with_name(f"{path.stem}.before-restore-{migrate.timestamp()}{path.suffix or '.sqlite'}")
            copy_sqlite(path, saved)
        src = sqlite3.connect(f"file:{source}?mode=ro&immutable=1", uri=True)
        try:
            dst = sqlite3.connect(path)
            try:
                src.backup(dst)
            except sqlite3.Error as exc:
                raise DomainError(f"بازگردانی انجام نشد و پایگاه داده دست نخورد ({exc}).") from None
            finally:
                dst.close()
        finally:
            src.close()
        self.upgrade()
        return saved


def _revision_of(source: Path) -> str:
    """The schema revision of a backup file, read without writing to it."""
    not_ours = DomainError(f"پرونده {source.name} پشتیبان پایگاه داده این برنامه نیست.")
    if not is_sqlite_file(source):
        raise not_ours
    conn = sqlite3.connect(f"file:{source}?mode=ro&immutable=1", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        raise not_ours from None
    finally:
        conn.close()
    if not row:
        raise not_ours
    return str(row[0])
