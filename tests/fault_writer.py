"""The child of tests/integration/test_faults.py: writes records until it is killed.

    python tests/fault_writer.py DB FIRST [BACKUP_EVERY]

Opens DB as the window does (the program's open_store, holding the database's lock),
prints ``open``, then adds institutions «مؤسسه آزمون N» for N = FIRST, FIRST+1, ...
through the service, one transaction each, and prints ``ID N`` once the commit has
returned (flushed, one write: a line is either whole or absent). Every BACKUP_EVERY
records it makes an automatic backup, so a kill may land in one.
"""

from __future__ import annotations

import sys

from qotb_desktop.services import maintenance
from qotb_desktop.services.institutions import add_institution
from qotb_desktop.wiring import open_store


def main() -> None:
    db, first = sys.argv[1], int(sys.argv[2])
    every = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    store = open_store(db, exclusive=True, what="fault_writer")
    sys.stdout.write("open\n")
    sys.stdout.flush()
    n = first
    while True:
        new_id = add_institution(uow=store.uow, name=f"مؤسسه آزمون {n}")
        sys.stdout.write(f"{new_id} {n}\n")
        sys.stdout.flush()
        n += 1
        if every and n % every == 0:
            maintenance.automatic_backup(db=store.db)


if __name__ == "__main__":
    main()
