"""The one place that builds the concrete store at run time.

Which database: ``--db PATH`` (or a PostgreSQL server's URL: docs/postgresql.md), else the ``QOTB_DB``
variable, else ``qotb.sqlite`` in the user's data folder (platformdirs). On
opening, the file is checked (writable, not held by another copy of the program
when ``exclusive``, SQLite's quick check passes: store/database.py), the schema is
created or migrated (a copy of an existing file is made first) and the reference
data of the rules edition is synchronised.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from qotb_desktop import output_files
from qotb_desktop.paths import data_dir
from qotb_desktop.services.reference import sync_reference_data
from qotb_desktop.store import identity
from qotb_desktop.store.database import Database
from qotb_desktop.store.unit_of_work import SqlUnitOfWork

ENV_VAR = "QOTB_DB"


def default_db_path() -> Path:
    return data_dir() / "qotb.sqlite"


def resolve_target(db: str | None = None) -> str:
    return db or os.environ.get(ENV_VAR) or str(default_db_path())


@dataclass
class Store:
    """What the GUI and the command line are given: a unit of work for the services,
    the database for whole-file operations, and the copy a migration made, if any."""

    db: Database
    uow: SqlUnitOfWork
    migration_backup: Path | None

    @property
    def location(self) -> str:
        return self.db.describe()

    @property
    def read_only(self) -> bool:
        """Opened only to read (a file this user may not write, for a reading command)."""
        return self.db.read_only

    def close(self) -> None:
        """Closes the engine and lets go of the database's lock."""
        output_files.release(self.db.path, self.db.backup_folder)
        self.db.close()


def open_store(db: str | None = None, *, exclusive: bool = False, what: str = "", reading: bool = False) -> Store:
    """Open (create, migrate) the database. ``exclusive``: this program takes the
    database's lock until ``close`` (the window, and commands that change records);
    another copy holding it raises InUse. A damaged file raises DamagedDatabase, a
    file or folder that cannot be written StorageError; the file is left as it was.
    ``reading``: the caller only reads (backup, export, print-samples), so a file this
    user may not write is opened read-only instead of refused. ``what`` names this
    program in the lock, for the message another copy gives. While the store is open,
    no file the program writes may land on the database, its side files or its
    backups (output_files.protect)."""
    database = Database(resolve_target(db), what=what)
    try:
        database.open(exclusive=exclusive, reading=reading)
        backup = database.upgrade()
        uow = database.uow()
        if not database.read_only:  # a file opened to read keeps the reference data it has
            sync_reference_data(uow=uow)
        known = database.identity() if database.path else None
        if known:  # this desk remembers which database the file holds (store/identity.py)
            identity.remember(database.path, known)
    except BaseException:
        database.close()
        raise
    output_files.protect(database.path, database.backup_folder)
    return Store(database, uow, backup)
