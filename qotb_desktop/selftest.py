"""``qotb --self-test``: is this installation whole? Made for the frozen build.

It needs no display (Qt runs offscreen) and touches no user data: a temporary
database is created, migrated, filled with the demo; a member is scored, the
minutes and the yearly summary are rendered, the fonts are loaded by reportlab and
by Qt, and the window is built. Each step prints one line; the exit code is 0 when
every step passed, 1 otherwise (the failing step and its error are printed).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TextIO

from qotb_desktop import __version__


def _steps(folder: Path, state: dict) -> list[tuple[str, Callable[[], str]]]:
    from qotb_desktop import documents
    from qotb_desktop.domain.dates import jalali_year
    from qotb_desktop.services import centres, demo, faculty, meetings, scoring
    from qotb_desktop.services.evaluation_summary import year_summary
    from qotb_desktop.wiring import open_store

    def database() -> str:
        store = open_store(str(folder / "self-test.sqlite"))
        state["store"] = store
        from qotb_desktop.store.migrate import current_revision, head_revision

        revision = current_revision(store.db.engine)
        if revision != head_revision():
            raise RuntimeError(f"migrated to {revision}, expected {head_revision()}")
        return f"created and migrated to {revision}"

    def server_driver() -> str:
        """The PostgreSQL driver is carried and loads (no server is contacted)."""
        from sqlalchemy import create_engine

        from qotb_desktop.store.db import url_for

        engine = create_engine(url_for("postgresql://self-test@127.0.0.1/self-test"))
        try:
            import psycopg

            return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}, libpq {psycopg.pq.version()}), {engine.dialect.driver}"
        finally:
            engine.dispose()

    def fill() -> str:
        counts = demo.fill_demo(uow=state["store"].uow)
        return ", ".join(f"{k} {v}" for k, v in counts.items())

    def score() -> str:
        uow = state["store"].uow
        centre = next(c for c in centres.list_centres(uow=uow) if c.period_start and c.member_count)
        member = next(m for m in centres.list_memberships(uow=uow, centre_id=centre.id) if m.role in ("member", "director"))
        result = scoring.score_faculty(uow=uow, faculty_id=member.faculty_id, period_start=centre.period_start)
        if result.sheet.total <= 0:
            raise RuntimeError("a demo member scored nothing")
        return f"{faculty.get_faculty(uow=uow, faculty_id=member.faculty_id).full_name}: {float(result.sheet.total):g}"

    def minutes() -> str:
        uow = state["store"].uow
        meeting = meetings.list_meetings(uow=uow)[-1]
        pdf = documents.minutes(uow=uow, meeting_id=meeting.id).render()
        if not pdf.startswith(b"%PDF") or len(pdf) < 5000:
            raise RuntimeError(f"the minutes PDF is {len(pdf)} bytes")
        from qotb_desktop import output_files

        output_files.write_bytes(folder / "minutes.pdf", pdf)  # as every file the program writes: whole
        return f"{len(pdf):,} bytes"

    def summary() -> str:
        year = jalali_year(date.today()) - 1
        rows = year_summary(uow=state["store"].uow, year=year).rows
        if not rows:
            raise RuntimeError(f"no centre in the summary of {year}")
        return f"{len(rows)} centres in {year}"

    def fonts() -> str:
        from qotb_desktop.reports import fonts as report_fonts

        regular, bold = report_fonts.register()
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from qotb_desktop.gui import theme
        from qotb_desktop.gui.app import make_app

        state["app"] = make_app()  # the theme: fonts and stylesheet
        family = theme.load_fonts()
        if family != "Vazirmatn":
            raise RuntimeError(f"Qt loaded the font family {family!r}")
        return f"reportlab {regular}/{bold}, Qt {family}"

    def window() -> str:
        from PySide6.QtCore import QSettings

        from qotb_desktop.gui.main_window import MainWindow

        store = state["store"]
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)  # not the user's
        win = MainWindow(store.uow, location=store.location, settings=settings)
        win.resize(1200, 800)
        win.show()
        from qotb_desktop.gui import background

        while background.busy():  # the dashboard reads its lists off the GUI thread
            state["app"].processEvents()
            time.sleep(0.01)
        picture = win.grab()
        if picture.isNull() or not picture.save(str(folder / "window.png")):
            raise RuntimeError("the window could not be drawn")
        count = len(win.screens)
        win.close()
        return f"{count} screens drawn ({state['app'].platformName()})"

    return [
        ("database", database),
        ("PostgreSQL driver", server_driver),
        ("demo", fill),
        ("score", score),
        ("minutes PDF", minutes),
        ("yearly summary", summary),
        ("fonts", fonts),
        ("window", window),
    ]


def run(out: TextIO | None = None) -> int:
    out = out or sys.stdout
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    print(f"qotb-desktop {__version__} self-test ({frozen}, Python {sys.version.split()[0]})", file=out)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="qotb-self-test-") as tmp:
        state: dict = {}
        steps = _steps(Path(tmp), state)
        try:
            for name, step in steps:
                t = time.perf_counter()
                try:
                    detail = step()
                except Exception as exc:  # report any failure as the step's
                    print(f"FAIL {name}: {type(exc).__name__}: {exc}", file=out)
                    traceback.print_exc(file=out)
                    return 1
                print(f"ok   {name} ({(time.perf_counter() - t) * 1000:.0f} ms): {detail}", file=out)
        finally:
            if "store" in state:  # closed before its folder is removed (Windows keeps open files)
                state["store"].close()
    print(f"self-test passed in {time.perf_counter() - started:.1f} s", file=out)
    return 0
