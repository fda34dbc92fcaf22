"""Allocating the programs' half of a year over 500 centres and exporting the table
(issue 18.9: under 1 s).

Fills a temporary database with 500 approved centres, each with a closed evaluation of
last year, straight through the session (a fixture); enters the year's line through the
service; then times what the clerk waits for: computing the worksheet (the service: the
entitled centres, their evaluations, the exact shares, the rows written), and exporting
the table as PDF and as XLSX (query included, file written)."""

from __future__ import annotations

import random
import sys
import tempfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _timing import measure  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from qotb_desktop import documents  # noqa: E402
from qotb_desktop.services import funding  # noqa: E402
from qotb_desktop.services.institutions import add_institution  # noqa: E402
from qotb_desktop.store.models import Centre, Evaluation  # noqa: E402
from qotb_desktop.wiring import open_store  # noqa: E402

CENTRES = 500
YEAR = 1406
BAR = 1.0  # seconds, issue 18.9


def fill(store, rng: random.Random) -> None:
    hosts = [add_institution(uow=store.uow, name=f"دانشگاه آزمون {i + 1}") for i in range(40)]
    fields = ["physics", "chemistry", "engineering", "humanities", "mathematics"]
    with store.uow as uow:
        session = uow.session
        session.execute(
            insert(Centre),
            [
                {"id": i + 1, "title": f"قطب علمی آزمون شماره {i + 1}", "field_key": fields[i % 5],
                 "host_institution_id": hosts[i % 40], "status": "approved" if i % 10 else "probation",
                 "period_start": date(2023, 3, 21), "decree_number": f"{i}"}
                for i in range(CENTRES)
            ],
        )  # fmt: skip
        session.execute(
            insert(Evaluation),
            [
                {"centre_id": i + 1, "year": YEAR - 1, "kind": "annual", "scheme": "1397-1", "evaluators": "کارگروه",
                 "evaluated_on": date(2027, 5, 1), "total": Decimal(rng.randint(4000, 9500)) / 100, "verdict": "approved",
                 "closed_at": datetime(2027, 6, 1)}
                for i in range(CENTRES)
            ],
        )  # fmt: skip
        uow.commit()
    funding.add_budget_entry(uow=store.uow, year=YEAR, kind="line", amount="۲٬۵۰۰٬۰۰۰", recorded_on="1406/01/20")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "allocations.sqlite"))
        fill(store, random.Random(18))
        sheet = funding.compute_allocation(uow=store.uow, year=YEAR)
        assert sheet.allocated == sheet.half and len(sheet.shares) == CENTRES
        print(f"{CENTRES} centres; the half {sheet.half:,} rials, shared to the rial; notes: {len(sheet.notes)}")
        computing = measure(
            "compute the worksheet (service, rows written)", lambda: funding.compute_allocation(uow=store.uow, year=YEAR)
        )
        for fmt in ("pdf", "xlsx"):
            target = Path(tmp) / f"table.{fmt}"
            took = measure(
                f"export the table as {fmt.upper()}",
                lambda fmt=fmt, target=target: documents.export_allocations(uow=store.uow, year=YEAR, fmt=fmt, path=target),
            )
            total = computing + took
            verdict = "  ok" if total < BAR else f"  OVER THE BAR ({BAR} s)"
            print(f"{'allocate, then ' + fmt.upper():<55} total  {total * 1000:8.1f} ms{verdict}")
        store.close()


if __name__ == "__main__":
    main()
