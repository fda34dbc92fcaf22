"""Schema migrations (Alembic), run automatically on start, with a copy made first."""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DBAPIError

from qotb_desktop.domain.errors import DomainError
from qotb_desktop.store.db import copy_sqlite, sqlite_path
from qotb_desktop.store.desks import all_desks_held

MIGRATIONS = Path(__file__).with_name("migrations")


class NotOurDatabase(DomainError):
    pass


def timestamp(now: datetime | None = None) -> str:
    return (now or datetime.now()).strftime("%Y%m%d-%H%M%S")


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    return ScriptDirectory(str(MIGRATIONS)).get_current_head() or ""


def is_known(revision: str) -> bool:
    """A revision this version of the program has a migration for."""
    return revision in {r.revision for r in ScriptDirectory(str(MIGRATIONS)).walk_revisions()}


class TooNew(DomainError):
    def __init__(self, revision: str):
        super().__init__(
            f"این پایگاه داده را نگارش تازه‌تری از برنامه ساخته است (نگارش ساختار {revision})؛ "
            "برنامه را به‌روز کنید. پایگاه داده دست نخورد."
        )


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, *, now: datetime | None = None) -> Path | None:
    """Bring the database to the newest schema.

    When an existing database needs a migration, a timestamped copy of its file
    is made beside it first (``NAME.before-REV-YYYYmmdd-HHMMSS.sqlite``); its
    path is returned. A database with tables but no migration history is not
    ours and is left untouched.
    """
    with contextlib.ExitStack() as held:
        try:
            held.enter_context(all_desks_held(engine))  # one desk migrates; the others wait, then find it done
        except DBAPIError as exc:
            raise _unreachable(engine, exc) from None
        return _upgrade(engine, now=now)


def _unreachable(engine: Engine, exc: DBAPIError) -> NotOurDatabase:
    engine.dispose()
    path = sqlite_path(str(engine.url))
    hint = (
        ""
        if path
        else " نشانی کارگزار، نام پایگاه داده، نام کاربر و گذرواژه را بسنجید و اینکه کارگزار روشن است؛"
        " نویسه‌های @ : / # % در گذرواژه باید درصدکد نوشته شوند (مانند %40 برای @)."
    )
    return NotOurDatabase(f"پایگاه داده باز نشد: {path or engine.url} ({exc.orig}).{hint}")


def _upgrade(engine: Engine, *, now: datetime | None) -> Path | None:
    try:
        current = current_revision(engine)
        tables = set(inspect(engine).get_table_names())
    except DBAPIError as exc:
        raise _unreachable(engine, exc) from None
    head = head_revision()
    if current == head:
        return None
    if current is not None and not is_known(current):
        raise TooNew(current)
    if current is None and tables - {"alembic_version"}:
        raise NotOurDatabase("این پرونده پایگاه داده این برنامه نیست: جدول‌هایی دارد اما نگارش ساختار آن معلوم نیست.")
    backup = None
    path = sqlite_path(str(engine.url))
    if current is not None and path is not None and path.exists():
        stamp = timestamp(now)
        backup = path.with_name(f"{path.stem}.before-{current}-{stamp}{path.suffix or '.sqlite'}")
        engine.dispose()
        copy_sqlite(path, backup)
    command.upgrade(alembic_config(engine), "head")
    return backup
