"""Starting the window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from qotb_desktop import __version__
from qotb_desktop.gui import errors, language, recovery, theme
from qotb_desktop.gui.main_window import MainWindow
from qotb_desktop.paths import APP_NAME, log_dir

ORGANISATION = "qotb"
QUIT_AFTER_SHOW = "QOTB_QUIT_AFTER_SHOW"


def settings() -> QSettings:
    return QSettings(ORGANISATION, APP_NAME)


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName("دبیرخانه قطب‌های علمی")
    theme.apply(app)
    language.install(app)  # Qt's own dialogs and buttons in Persian
    return app


def run(store) -> int:
    """Open the main window on ``store`` (built by qotb_desktop.wiring) and run until closed."""
    app = make_app()
    errors.install(log_dir())  # an unexpected error: logged, and told in Persian
    errors.LOGGER.info("start: version %s, %s", __version__, store.location)
    if os.environ.get(QUIT_AFTER_SHOW) != "1":  # the start-up benchmark opens and closes the window at once
        from qotb_desktop.gui.login import log_in

        actor = log_in(store.uow)
        if actor is None:
            errors.LOGGER.info("stop: login cancelled")
            return 0  # the clerk cancelled the login: nothing opened, nothing changed
        store.uow.actor = actor
    window = MainWindow(store.uow, location=store.location, settings=settings())
    window.show()
    window.backups = recovery.AutomaticBackups(window, store)  # a copy soon after start, then daily
    if os.environ.get(QUIT_AFTER_SHOW) == "1":  # bench/startup.py: time to the first drawn window
        QTimer.singleShot(0, lambda: (window.repaint(), app.quit()))
    code = app.exec()
    recovery.finish()  # a copy being made is finished before the program ends
    errors.LOGGER.info("stop: exit code %s", code)
    return code
