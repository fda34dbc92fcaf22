"""The window's side of the backups: what it says when the database does not open
(with the offer to restore the newest good backup), and the automatic copies while
it runs (one a few seconds after the window appears, then whenever the newest is a
day old), made off the GUI thread.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from qotb_desktop.domain.errors import DomainError
from qotb_desktop.gui import background
from qotb_desktop.services import maintenance

FIRST_BACKUP_AFTER_MS = 3000  # the window is drawn and read first; the copy follows
CHECK_EVERY_MS = 30 * 60 * 1000  # is a day-old copy due? (a window left open for days)
WINDOW = "پنجره برنامه"

RESTORE, CLOSE = "restore", "close"

# A path or a Latin aside inside a Persian sentence, held in its own direction by
# left-to-right marks (tried in the message box, where a first-strong isolate was
# not enough), so «/home/x/q.sqlite» does not come out as «home/x/q.sqlite/».
_LATIN = re.compile(r"(?:[A-Za-z]:)?[\\/][^\s،؛«»()]*[^\s،؛«»().]|\([A-Za-z][^)]*\)|\d{4}-\d\d-\d\d \d\d:\d\d")


def rtl(text: str) -> str:
    return _LATIN.sub(lambda m: f"\u200e{m.group(0)}\u200e", text)


def _choose(box: QMessageBox, buttons: dict[object, str]) -> str:
    """Shows the dialog and returns the key of the button pressed (tests replace this)."""
    box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 34em; }")  # paths are long: fewer broken lines
    box.exec()
    return buttons.get(box.clickedButton(), CLOSE)


def _tell(parent: QWidget | None, title: str, text: str, *, critical: bool = False) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical if critical else QMessageBox.Icon.Information, title, rtl(text), parent=parent)
    ok = box.addButton("باشد", QMessageBox.ButtonRole.AcceptRole)
    _choose(box, {ok: CLOSE})


def offer_restore(damaged: maintenance.DamagedDatabase, parent: QWidget | None = None) -> bool:
    """The damaged database named, and the choice: restore the newest good backup, or
    close. True when the clerk chose to restore."""
    box = QMessageBox(QMessageBox.Icon.Critical, "پایگاه داده آسیب دیده است", rtl(str(damaged)), parent=parent)
    if damaged.newest is None:
        box.setInformativeText(
            "برنامه بسته می‌شود و پرونده همان‌گونه که هست می‌ماند. اگر پشتیبانی از خود این پایگاه داده در جای دیگری "
            "دارید، آن را با فرمان restore بازگردانید (پرونده پایگاه داده دیگری را فقط مدیرِ یک پایگاه داده سالم بازمی‌گرداند)."
        )
        ok = box.addButton("بستن", QMessageBox.ButtonRole.RejectRole)
        _choose(box, {ok: CLOSE})
        return False
    aside = f"{damaged.path.stem}.damaged-YYYYmmdd-HHMMSS{damaged.path.suffix or '.sqlite'}"
    box.setInformativeText(
        f"می‌توانید پشتیبان {damaged.newest.label} را بازگردانید؛ کارهای پس از آن از دست می‌رود. پرونده آسیب‌دیده "
        f"پاک نمی‌شود: با نام \u200e{aside}\u200e کنار آن می‌ماند."
    )
    restore = box.addButton("بازگردانی تازه‌ترین پشتیبان سالم", QMessageBox.ButtonRole.AcceptRole)
    close = box.addButton("بستن برنامه", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(close)
    return _choose(box, {restore: RESTORE, close: CLOSE}) == RESTORE


def start_failed(exc: DomainError) -> bool:
    """The window's database did not open. A dialog says why; for a damaged file with
    a good backup, the clerk may restore it. True when it was restored (the caller
    opens the database again)."""
    from qotb_desktop.gui.app import make_app

    make_app()
    if isinstance(exc, maintenance.DamagedDatabase):
        if not offer_restore(exc):
            return False
        assert exc.newest is not None
        try:
            aside = maintenance.recover(path=exc.path, source=exc.newest.path, what=WINDOW)
        except DomainError as again:
            _tell(None, "بازگردانی انجام نشد", str(again), critical=True)
            return False
        _tell(
            None,
            "بازگردانی انجام شد",
            f"پشتیبان {exc.newest.label} بازگردانده شد." + (f"\nپرونده آسیب‌دیده کنار گذاشته شد: {aside}" if aside else ""),
        )
        return True
    title = "برنامه دیگری این پایگاه داده را باز کرده است" if isinstance(exc, maintenance.InUse) else "پایگاه داده باز نشد"
    _tell(None, title, str(exc), critical=True)
    return False


class AutomaticBackups:
    """The window's automatic copies: one FIRST_BACKUP_AFTER_MS after it appears, then one
    whenever the newest is BACKUP_EVERY old. Made on the thread pool; the outcome is
    said in the status bar, a failure in a dialog (a damaged database with the offer to
    restore the newest good backup in place)."""

    def __init__(self, window, store, *, first_after_ms: int = FIRST_BACKUP_AFTER_MS, every_ms: int = CHECK_EVERY_MS):
        self.window, self.store = window, store
        self.running = False
        self.failures = 0
        self.last: maintenance.BackupFile | None = None
        self.timer = QTimer(window)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.if_due)
        # A server database's copies are SQLite files in this desk's data folder
        # (docs/postgresql.md): each desk keeps its own.
        QTimer.singleShot(first_after_ms, window, self.now)
        self.timer.start()

    def if_due(self) -> None:
        if not self.running and maintenance.backup_due(db=self.store.db):
            self.now()

    def now(self) -> None:
        if self.running:
            return
        self.running = True
        background.run(lambda: maintenance.automatic_backup(db=self.store.db), done=self._done, failed=self._failed, keep=True)

    def _done(self, made: maintenance.BackupFile) -> None:
        self.running = False
        self.last = made
        self.window.say(f"نسخه پشتیبان خودکار ساخته شد: {made.path.name}")

    def _failed(self, exc: Exception) -> None:
        self.running = False
        if isinstance(exc, maintenance.DamagedDatabase):
            if offer_restore(exc, self.window) and exc.newest is not None:
                try:
                    aside = maintenance.restore(db=self.store.db, source=exc.newest.path, actor=self.store.uow.actor)
                except DomainError as again:
                    _tell(self.window, "بازگردانی انجام نشد", str(again), critical=True)
                    return
                self.window.reload()
                _tell(self.window, "بازگردانی انجام شد", f"پشتیبان {exc.newest.label} بازگردانده شد. پرونده پیشین: {aside}")
            return
        text = str(exc) if isinstance(exc, DomainError) else f"{type(exc).__name__}: {exc}"
        self.failures += 1
        if self.failures == 1:  # a dialog once; then (the check runs every half hour) the status bar
            kept = "پایگاه داده و پشتیبان‌های پیشین دست نخوردند."
            _tell(self.window, "نسخه پشتیبان خودکار ساخته نشد", f"{text}\n{kept}", critical=True)
        else:
            self.window.say(f"نسخه پشتیبان خودکار ساخته نشد: {text}")


def finish(timeout_s: float = 60) -> bool:
    """At exit: a copy being made is finished, not cut short (up to a minute). Nothing
    else is waited for: a read still running (the dashboard's lists) is dropped with
    the process. True when no copy is left running."""
    return background.wait_for_kept(timeout_s)
