"""The one place that builds the concrete store at run time.

Which database: ``--db PATH`` (or a PostgreSQL URL, later), else the ``QOTB_DB``
variable, else ``qotb.sqlite`` in the user's data folder (platformdirs). On
opening, the schema is created or migrated (a copy of an existing file is made
first) and the reference data of the rules edition is synchronised.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from qotb_desktop.paths import APP_NAME
from qotb_desktop.services.reference import sync_reference_data
from qotb_desktop.store.database import Database
from qotb_desktop.store.unit_of_work import SqlUnitOfWork

ENV_VAR = "QOTB_DB"


def default_db_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "qotb.sqlite"


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

    def close(self) -> None:
        self.db.close()


def open_store(db: str | None = None) -> Store:
    database = Database(resolve_target(db))
    backup = database.upgrade()
    uow = database.uow()
    sync_reference_data(uow=uow)
    return Store(database, uow, backup)
