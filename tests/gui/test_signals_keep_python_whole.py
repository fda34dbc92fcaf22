"""The Qt binding must keep Python whole through the program's own signals.

The window's background work reports through signals emitted from Python
(gui/background.py), one for each job. PySide6 6.12.0 loses a reference to True at every
signal emitted from Python, whatever it carries: after a few hundred Python aborts
(«bool_dealloc: deallocating True or False», exit 134), in a long session or at exit.
pyproject.toml keeps that release out; this test fails on any release with the fault."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Carrier(QObject):
    done = Signal(object)
    ticked = Signal()
carrier = Carrier()
seen = []
carrier.done.connect(lambda value: seen.append(value))
carrier.ticked.connect(lambda: seen.append(0))
for _ in range(5000):
    for value in (None, True, False, [1], "x"):
        carrier.done.emit(value)
    carrier.ticked.emit()
app.processEvents()
print(len(seen))
"""


def test_thirty_thousand_signals_emitted_from_python_leave_python_whole():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-800:]
    assert done.stdout.split() == ["30000"]
