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
from qotb_desktop.services import meetings  # noqa: E402
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
    # Two pages of minutes: a meeting of nine with four decided items (issue 3's bar).
    mid = meetings.create_meeting(uow=store.uow, held_on=today, starts_at="10:00", place="تالار شورا", secretary="دبیر")
    view = meetings.get_meeting(uow=store.uow, meeting_id=mid)
    for i, a in enumerate(view.attendees):
        meetings.set_attendance(uow=store.uow, attendance_id=a.id, status="present" if i < 7 else "excused")
    for n in range(4):
        item = meetings.add_agenda_item(uow=store.uow, meeting_id=mid, title=f"بند آزمون {n + 1}", kind="other")
        meetings.record_decision(uow=store.uow, agenda_item_id=item, text="مصوبه آزمون. " * 8, yes=5, no=1, abstain=1)
    minutes_doc = documents.minutes(uow=store.uow, meeting_id=mid, today=today)
    n = len(re.findall(rb"/Type /Page\b", minutes_doc.render()))
    measure(f"council minutes ({n} pages)", minutes_doc.render, bar=0.5)
    for doc in documents.available(uow=store.uow, today=today):
        measure(f"{doc.filename}", doc.render)
    store.close()
