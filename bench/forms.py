"""How long forms take to render (issue 3: a two-page form well under half a second)."""

from __future__ import annotations

import re
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _timing import measure  # noqa: E402

from qotb_desktop import documents  # noqa: E402
from qotb_desktop.reports import registers  # noqa: E402
from qotb_desktop.services.demo import fill_demo  # noqa: E402
from qotb_desktop.services.faculty import list_faculty  # noqa: E402
from qotb_desktop.wiring import open_store  # noqa: E402

with tempfile.TemporaryDirectory() as tmp:
    store = open_store(str(Path(tmp) / "bench.sqlite"))
    fill_demo(uow=store.uow)
    today = date.today()
    rows = list_faculty(uow=store.uow)
    two_pages = rows[:24]
    n = len(re.findall(rb"/Type /Page\b", registers.faculty_register(two_pages, today=today)))
    measure(
        f"faculty register, {len(two_pages)} rows ({n} pages)",
        lambda: registers.faculty_register(two_pages, today=today),
        bar=0.5,
    )
    for doc in documents.available(uow=store.uow, today=today):
        measure(f"{doc.filename}", doc.render)
    store.close()
