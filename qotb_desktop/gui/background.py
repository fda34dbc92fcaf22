"""The one way slow work leaves the GUI thread: a job on Qt's thread pool whose
result (or error) comes back to the GUI thread as a signal.

    run(lambda: doc.render(), done=show_preview, failed=show_error)

While jobs run the cursor shows the application is busy; the window stays live.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication

_running: set[_Job] = set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]):
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.signals = _Signals()  # made in the GUI thread: its signals are delivered there

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # noqa: BLE001 (handed to the GUI thread as it is)
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def run(work: Callable[[], Any], *, done: Callable[[Any], None], failed: Callable[[Exception], None]) -> None:
    job = _Job(work)

    def finish(handler: Callable[[Any], None], value: Any) -> None:
        _running.discard(job)
        if not _running:
            QApplication.restoreOverrideCursor()
        handler(value)

    job.signals.done.connect(lambda result: finish(done, result))
    job.signals.failed.connect(lambda exc: finish(failed, exc))
    if not _running:
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    _running.add(job)
    QThreadPool.globalInstance().start(job)


def busy() -> bool:
    """True while a job runs (tests wait on it)."""
    return bool(_running)
