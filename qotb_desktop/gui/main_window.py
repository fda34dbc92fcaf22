"""The main window: assembles the screens behind a navigation pane. Nothing else."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from qotb_desktop import __version__
from qotb_desktop.gui import screens
from qotb_desktop.gui.forms.ui_main_window import Ui_MainWindow
from qotb_desktop.gui.reports_screen import ReportsScreen


class MainWindow(QMainWindow):
    def __init__(self, uow, *, location: str, settings: QSettings):
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._settings = settings
        self.screens: dict[str, QWidget] = {
            "dashboard": screens.DashboardScreen(uow),
            "institutions": screens.institutions_page(uow),
            "faculty": screens.faculty_page(uow),
            "centres": screens.CentresScreen(uow),
            "council": screens.CouncilScreen(uow),
            "fields": screens.fields_page(),
            "reports": ReportsScreen(uow),
        }
        titles = {
            "dashboard": "پیشخوان",
            "institutions": "مؤسسه‌ها",
            "faculty": "اعضای هیأت علمی",
            "centres": "قطب‌های علمی",
            "council": "شورا",
            "fields": "گروه‌ها و رشته‌ها",
            "reports": "گزارش‌ها",
        }
        for key, widget in self.screens.items():
            self.ui.pages.addWidget(widget)
            self.ui.navigation.addItem(titles[key])
        self.ui.navigation.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self.ui.actionRefresh.triggered.connect(self.reload)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self._about)
        self.ui.statusbar.showMessage(f"پایگاه داده: \u2068{location}\u2069")
        self.reload()
        self._restore_layout()

    def show_screen(self, key: str) -> None:
        self.ui.navigation.setCurrentRow(list(self.screens).index(key))

    def current_screen(self) -> str:
        return list(self.screens)[self.ui.pages.currentIndex()]

    def reload(self) -> None:
        for widget in self.screens.values():
            widget.reload()  # type: ignore[attr-defined]

    def _about(self) -> None:
        QMessageBox.about(self, "درباره برنامه", f"دبیرخانه قطب‌های علمی\nنگارش \u2068{__version__}\u2069")

    def _restore_layout(self) -> None:
        s = self._settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = s.value("window/splitter")
        if isinstance(state, QByteArray):
            self.ui.splitter.restoreState(state)
        row = s.value("window/screen", 0)
        self.ui.navigation.setCurrentRow(int(row) if str(row).isdigit() and int(row) < len(self.screens) else 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        s = self._settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/splitter", self.ui.splitter.saveState())
        s.setValue("window/screen", self.ui.navigation.currentRow())
        s.sync()
        super().closeEvent(event)
