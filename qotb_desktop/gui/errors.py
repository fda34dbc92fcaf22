"""An unexpected error: written to the log with its traceback, and told to the clerk.

The Windows build hides its console, so an error nobody handles would vanish. Here
every one is caught: ``sys.excepthook`` (an error in a slot, in an event handler, on
the GUI thread), ``threading.excepthook`` (a worker thread; the background helper's
jobs hand their errors to the screens, which show them, and are logged there too) and
``faulthandler`` for a crash of the process itself. Each is written to
``logs/qotb.log`` in the data folder (rotated: a few hundred KB, five old files kept),
and a Persian dialog says that something unexpected happened, that nothing already
saved is lost, and where the log is. The log also has a line when the program starts
and when it stops.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from qotb_desktop.domain.text import LRI, PDI

LOGGER = logging.getLogger("qotb")
LOG_NAME = "qotb.log"
MAX_BYTES = 512 * 1024
BACKUPS = 5

TITLE = "رخداد پیش‌بینی‌نشده"


def message(log: Path | None) -> str:
    """What the clerk reads: what happened, that saved work is safe, where the log is."""
    text = (
        "در برنامه رخدادی پیش‌بینی‌نشده پیش آمد و کاری که در دست بود شاید انجام نشده باشد.\n"
        "آنچه پیش از این ذخیره شده است از دست نرفته است؛ می‌توانید کار را ادامه دهید، "
        "یا اگر برنامه درست رفتار نمی‌کند آن را ببندید و دوباره باز کنید."
    )
    if log is not None:
        # the log's path bare (no marks inside, as domain.text.isolate_path puts): to be copied as it is
        text += f"\n\nشرح فنی آن در این پرونده نوشته شد؛ اگر دوباره پیش آمد، آن را برای پشتیبانی بفرستید:\n{LRI}{log}{PDI}"
    return text


class _Handler(QObject):
    """Lives in the GUI thread: an error from another thread reaches the dialog through
    a queued signal."""

    report = Signal()

    def __init__(self, log: Path | None):
        super().__init__()
        self.log = log
        self.showing = False
        self.report.connect(self.show, Qt.ConnectionType.QueuedConnection)
        self.previous = (sys.excepthook, threading.excepthook)

    def on_error(self, kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous[0](kind, value, tb)
            return
        LOGGER.error("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)).rstrip())
        if threading.current_thread() is threading.main_thread():
            self.show()
        else:
            self.report.emit()

    def on_thread_error(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        LOGGER.error("in thread %s:", args.thread.name if args.thread else "?")
        self.on_error(args.exc_type, args.exc_value, args.exc_traceback)

    def show(self) -> None:
        """One dialog at a time: an error repeated while it is open (a paint handler) is only logged."""
        if self.showing or QApplication.instance() is None:
            return
        self.showing = True
        try:
            show_dialog(QApplication.activeWindow(), self.log)
        finally:
            self.showing = False


def show_dialog(parent: QWidget | None, log: Path | None) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, TITLE, message(log), parent=parent)
    box.addButton("باشد", QMessageBox.ButtonRole.AcceptRole)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the log's path can be copied
    box.exec()


_state: dict[str, object] = {}


def start_log(folder: Path, *, crashes: bool = True) -> Path | None:
    """The rotating log file in ``folder`` (made if missing); None when it cannot be written
    (the errors are still shown). ``crashes``: a crash of the process goes to crash.log."""
    path = folder / LOG_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    LOGGER.addHandler(handler)
    LOGGER.setLevel(logging.INFO)
    _state["file_handler"] = handler
    if not crashes:
        return path
    try:  # a crash of the process itself (Qt, a driver): its stack, at least
        crash = (folder / "crash.log").open("a", encoding="utf-8")
        _state["faulthandler_was"] = faulthandler.is_enabled()
        faulthandler.enable(crash)
        _state["crash"] = crash
    except OSError:
        pass
    return path


def install(folder: Path, *, crashes: bool = True) -> Path | None:
    """Log to ``folder`` and catch every unexpected error from now on; returns the log
    file. Called once, by gui/app.run (the real window), after the application is made."""
    if "handler" in _state:
        return _state["handler"].log  # type: ignore[attr-defined]
    log = start_log(folder, crashes=crashes)
    handler = _Handler(log)
    _state["handler"] = handler
    sys.excepthook = handler.on_error
    threading.excepthook = handler.on_thread_error
    return log


def uninstall() -> None:
    """Undo ``install`` (tests)."""
    handler = _state.pop("handler", None)
    if isinstance(handler, _Handler):
        sys.excepthook, threading.excepthook = handler.previous
    file_handler = _state.pop("file_handler", None)
    if isinstance(file_handler, logging.Handler):
        LOGGER.removeHandler(file_handler)
        file_handler.close()
    crash = _state.pop("crash", None)
    if crash is not None:
        faulthandler.disable()
        crash.close()  # type: ignore[attr-defined]
        if _state.pop("faulthandler_was", False) and sys.__stderr__ is not None:
            faulthandler.enable(sys.__stderr__)
