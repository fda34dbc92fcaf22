"""A database the program works on: the engine, units of work, and file-level operations."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import sessionmaker

from qotb_desktop.domain.errors import DomainError
from qotb_desktop.store import migrate
from qotb_desktop.store.db import copy_sqlite, is_sqlite_file, make_engine, sqlite_path, url_for
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
        return migrate.upgrade(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    # -- whole-file operations (SQLite; PostgreSQL uses its own tools) --------------

    def _require_file(self) -> Path:
        if self.path is None:
            raise DomainError("پشتیبان‌گیری و بازگردانی از درون برنامه فقط برای پایگاه داده پرونده‌ای (SQLite) است.")
        return self.path

    def backup_to(self, target: Path) -> Path:
        source = self._require_file()
        target = Path(target).expanduser().resolve()
        if target == source:
            raise DomainError("پرونده پشتیبان نمی‌تواند خود پایگاه داده باشد.")
        self.engine.dispose()
        copy_sqlite(source, target)
        return target

    def restore_from(self, source: Path) -> Path | None:
        """Replace this database with ``source`` (checked first); the current file is
        copied beside itself before it is replaced. Returns that copy's path."""
        path = self._require_file()
        source = Path(source).expanduser().resolve()
        if not source.is_file() or not is_sqlite_file(source):
            raise DomainError(f"پرونده {source.name} پشتیبان پایگاه داده SQLite نیست.")
        probe = make_engine(url_for(source))
        try:
            revision = migrate.current_revision(probe)
        finally:
            probe.dispose()
        if revision is None:
            raise DomainError(f"پرونده {source.name} پشتیبان این برنامه نیست (سابقه مهاجرت ندارد).")
        self.engine.dispose()
        saved = None
        if path.exists():
            saved = path.with_name(f"{path.stem}.before-restore-{migrate.timestamp()}{path.suffix or '.sqlite'}")
            copy_sqlite(path, saved)
        for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            extra.unlink(missing_ok=True)
        copy_sqlite(source, path)
        self.upgrade()
        return saved
