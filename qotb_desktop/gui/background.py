"""The one way slow work leaves the GUI thread: a job on a worker thread whose result
(or error) comes back to the GUI thread as a signal.

    run(lambda: doc.render(), done=show_preview, failed=show_error)

While jobs run the cursor shows the application is busy; the window stays live.

A job is a read or a rendering the program can drop when it ends (the window closed
while the dashboard is still being read): its thread does not keep the process, nor
the database's lock, alive. A job that must not be cut short (``keep=True``: the
automatic backup) is waited for by ``wait_for_kept`` before the program ends.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from qotb_desktop.domain.errors import DomainError

_running: set[_Job] = set()
_kept: set[threading.Thread] = set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job:
    def __init__(self, work: Callable[[], Any]):
        self.work = work
        self.signals = _Signals()  # made in the GUI thread: its signals are delivered there

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # noqa: BLE001 (handed to the GUI thread as it is)
            if not isinstance(exc, DomainError):  # the screen shows it; the log keeps its traceback (gui/errors.py)
                logging.getLogger("qotb").error("a background job failed", exc_info=exc)
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.done, result)

    @staticmethod
    def _emit(signal, value: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the application is gone (the program is ending): nobody to tell
            signal.emit(value)


def run(work: Callable[[], Any], *, done: Callable[[Any], None], failed: Callable[[Exception], None], keep: bool = False) -> None:
    """``work`` on a worker thread, then ``done(result)`` or ``failed(exc)`` on the GUI
    thread. ``keep``: the program waits for it at exit (``wait_for_kept``)."""
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
    # A daemon thread: the interpreter does not wait for it at exit.
    thread = threading.Thread(target=job.run, name="qotb-keep" if keep else "qotb-job", daemon=True)
    if keep:
        _kept.add(thread)
    thread.start()


def busy() -> bool:
    """True while a job runs (tests wait on it)."""
    return bool(_running)


def wait_for_kept(timeout_s: float) -> bool:
    """Wait (at most ``timeout_s`` in all) for the jobs started with ``keep``; the
    others are not waited for. True when none is left running."""
    deadline = time.monotonic() + timeout_s
    for thread in list(_kept):
        thread.join(max(0.0, deadline - time.monotonic()))
        if not thread.is_alive():
            _kept.discard(thread)
    return not _kept
