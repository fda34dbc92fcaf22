"""Closing the window: the automatic backup being made is finished; a read still
running (the dashboard's lists of a large office) is not waited for, and neither the
process nor the database's lock outlives the window because of it."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from qotb_desktop.gui import background, recovery
from qotb_desktop.services import maintenance
from qotb_desktop.wiring import open_store

ROOT = Path(__file__).resolve().parents[2]

# The real program (cli.main, the window on the dashboard, QOTB_QUIT_AFTER_SHOW as
# bench/startup.py uses it), with the dashboard's article 5 list stuck until the end of
# time: it says when it has started, then waits.
STUCK_DASHBOARD = """
import sys, threading
from pathlib import Path
from qotb_desktop.services import applications

def stuck(**_kw):
    Path(sys.argv[2]).write_text("reading")
    threading.Event().wait()

applications.centres_at_risk = stuck
from qotb_desktop.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def test_the_program_ends_while_the_dashboard_is_still_being_read(tmp_path):
    db, marker, home = tmp_path / "office.sqlite", tmp_path / "reading", tmp_path / "home"
    home.mkdir()
    open_store(str(db)).close()
    env = os.environ | {
        "PYTHONPATH": str(ROOT),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "QOTB_QUIT_AFTER_SHOW": "1",
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", STUCK_DASHBOARD, str(db), str(marker)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,  # before the change: never (the read never ends)
    )
    assert done.returncode == 0, done.stderr
    assert marker.read_text() == "reading"  # the dashboard's read had started, and was still waiting
    again = open_store(str(db), exclusive=True, what="test")  # the lock went with the process
    again.close()


class _Window(QWidget):
    def __init__(self):
        super().__init__()
        self.said: list[str] = []

    def say(self, text: str) -> None:
        self.said.append(text)


@pytest.mark.sqlite_only  # a backup of a file
def test_at_exit_the_backup_is_finished_and_a_read_is_not_waited_for(qtbot, store, monkeypatch):
    real = maintenance.automatic_backup

    def slow_backup(**kw):
        time.sleep(0.5)  # a copy of a large file takes a while
        return real(**kw)

    monkeypatch.setattr(maintenance, "automatic_backup", slow_backup)
    release = threading.Event()
    read_finished = threading.Event()

    def dashboard_read():
        release.wait()
        read_finished.set()

    window = _Window()
    qtbot.addWidget(window)
    background.run(dashboard_read, done=lambda _r: None, failed=lambda _e: None)
    backups = recovery.AutomaticBackups(window, store, first_after_ms=10**9)
    backups.now()
    try:
        assert recovery.finish(timeout_s=60) is True  # returns once the copy is made ...
        folder = Path(store.db.path).parent / "backups"
        assert [p.suffix for p in folder.iterdir()] == [".sqlite"]  # ... the copy is there, whole
        assert not read_finished.is_set()  # ... and the read was left running
    finally:
        release.set()
        qtbot.waitUntil(lambda: not background.busy(), timeout=10_000)
    assert backups.last is not None and window.said and backups.last.path.name in window.said[0]
