from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from qotb_desktop.gui import theme


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def themed(qapp):
    theme.apply(qapp)
    return qapp


@pytest.fixture
def window(themed, qtbot, demo_store, settings):
    from qotb_desktop.gui.main_window import MainWindow

    w = MainWindow(demo_store.uow, location=demo_store.location, settings=settings)
    qtbot.addWidget(w)
    w.show()
    settle_dashboard(qtbot, w)
    return w


def settle_dashboard(qtbot, window) -> None:
    """The dashboard's lists are read off the GUI thread: wait until they are shown."""
    qtbot.waitUntil(lambda: not window.screens["dashboard"].loading, timeout=30_000)
