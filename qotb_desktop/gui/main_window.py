"""The main window: assembles the screens behind a navigation pane. Nothing else."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter

from qotb_desktop import __version__
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.text import isolate_path, to_persian_digits
from qotb_desktop.gui import fitting
from qotb_desktop.gui.forms.ui_main_window import Ui_MainWindow
from qotb_desktop.gui.preview import PreviewDialog, preview_document, report_failure
from qotb_desktop.gui.reports_screen import ReportsScreen
from qotb_desktop.gui.screens import (
    CentreCheckScreen,
    CentresScreen,
    CouncilScreen,
    DashboardScreen,
    EvaluationsScreen,
    FacultyScreen,
    FieldsScreen,
    InstitutionsScreen,
    MeetingsScreen,
    ScoringScreen,
    Screen,
)
from qotb_desktop.gui.screens.accounts import AuditScreen, UsersScreen
from qotb_desktop.gui.screens.calls import CallsScreen
from qotb_desktop.gui.screens.funding import FundingScreen
from qotb_desktop.gui.screens.review_bodies import ReviewBodiesScreen
from qotb_desktop.gui.screens.rules import RulesScreen

STATUS_SECONDS = 6
NAVIGATION_SLACK = 12  # beside the longest title of the navigation pane


class MainWindow(QMainWindow):
    def __init__(self, uow, *, location: str, settings: QSettings):
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._settings = settings
        self._location = location
        self._uow = uow
        self._placed = False
        self.last_preview: PreviewDialog | None = None
        self.screens: dict[str, Screen] = {
            "dashboard": DashboardScreen(uow),
            "institutions": InstitutionsScreen(uow),
            "faculty": FacultyScreen(uow),
            "centres": CentresScreen(uow),
            "council": CouncilScreen(uow),
            "meetings": MeetingsScreen(uow),
            "scoring": ScoringScreen(uow),
            "centre_check": CentreCheckScreen(uow),
            "evaluations": EvaluationsScreen(uow),
            "funding": FundingScreen(uow),
            "calls": CallsScreen(uow),
            "fields": FieldsScreen(),
            "review_bodies": ReviewBodiesScreen(uow),
            "rules": RulesScreen(uow),
            "reports": ReportsScreen(uow),
            "users": UsersScreen(uow),
            "audit": AuditScreen(uow),
        }
        titles = {
            "dashboard": "پیشخوان",
            "institutions": "مؤسسه‌ها",
            "faculty": "اعضای هیأت علمی",
            "centres": "قطب‌های علمی",
            "council": "شورا",
            "meetings": "جلسه‌های شورا",
            "scoring": "امتیازدهی",
            "centre_check": "بررسی قطب (ماده ۵)",
            "evaluations": "ارزیابی سالانه",
            "funding": "اعتبار قطب‌ها",
            "calls": "فراخوان‌ها (ستاپ)",
            "fields": "گروه‌ها و رشته‌ها",
            "review_bodies": "گروه‌ها و کارگروه‌ها",
            "rules": "آیین‌نامه و خوانش‌ها",
            "reports": "گزارش‌ها",
            "users": "کاربران",
            "audit": "دفتر تغییرات",
        }
        for key, widget in self.screens.items():
            self.ui.pages.addWidget(fitting.scrolled(widget))  # a page larger than the window scrolls
            self.ui.navigation.addItem(titles[key])
            widget.message.connect(self.confirm)
        self._fix_navigation()
        self.toast = fitting.Confirmation(self.ui.statusbar)  # covers nothing of the page
        self.ui.navigation.currentRowChanged.connect(self._switch)
        self.screens["dashboard"].open_term.connect(self._open_term)
        self.screens["dashboard"].open_centre.connect(self._open_centre_check)
        self.screens["dashboard"].open_evaluation.connect(self._open_evaluation)
        self.screens["dashboard"].open_funding.connect(self._open_funding)
        self.screens["dashboard"].open_stage.connect(self._open_stage)
        self.ui.actionNew.triggered.connect(lambda: self.current().new_record())
        self.ui.actionFind.triggered.connect(lambda: self.current().focus_search())
        self.ui.actionPrint.triggered.connect(self.print_current)
        self.ui.actionRefresh.triggered.connect(self.reload)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionSwitchUser.triggered.connect(self.switch_user)
        self.ui.actionAbout.triggered.connect(self._about)
        # Who works and on which database stay in view (a permanent part of the status
        # bar): with several desks and databases the clerk must always see where they are.
        self.where = QLabel(self.where_text())
        self.where.setObjectName("whereLabel")
        self.ui.statusbar.addPermanentWidget(self.where)
        self._restore_layout()  # shows the remembered screen, which reads its data (the others wait their turn)

    def _switch(self, row: int) -> None:
        """Show a screen, read afresh: what another screen saved appears at once."""
        self.ui.pages.setCurrentIndex(row)
        if 0 <= row < len(self.screens):
            list(self.screens.values())[row].reload()

    def current(self) -> Screen:
        return self.screens[self.current_screen()]

    def show_screen(self, key: str) -> None:
        self.ui.navigation.setCurrentRow(list(self.screens).index(key))

    def current_screen(self) -> str:
        return list(self.screens)[self.ui.pages.currentIndex()]

    def reload(self) -> None:
        """F5: the screen in view, read afresh (the others are read when shown)."""
        self.current().reload()

    def where_text(self) -> str:
        """The account logged in and the database, as the status bar keeps them."""
        where = f"پایگاه داده: {isolate_path(self._location)}"
        actor = self._uow.actor
        if actor is not None:
            where = f"کاربر: {actor.full_name} ({actor.role_label})   |   {where}"
        return where

    def switch_user(self) -> None:
        """File ▸ «تغییر کاربر»: log in as another account (gui/login.py); cancelled, nothing changes."""
        from qotb_desktop.gui.login import switch_user

        actor = switch_user(self._uow, self)
        if actor is not None:
            self.where.setText(self.where_text())
            self.reload()
            self.say(f"اکنون «{actor.full_name}» ({actor.role_label}) کار می‌کند.")

    def confirm(self, text: str) -> None:
        """A screen's «saved»: the status bar, right under the page, green for a few seconds."""
        self.toast.say(text, STATUS_SECONDS * 1000)
        self.where.setText(self.where_text())  # a save may have changed the account's own name or roles

    def _fix_navigation(self) -> None:
        """The navigation pane as wide as its longest title, the same on every screen (a
        page's own minimum width no longer moves the splitter: pages scroll)."""
        nav = self.ui.navigation
        width = nav.sizeHintForColumn(0) + 2 * nav.frameWidth() + NAVIGATION_SLACK
        nav.setFixedWidth(width)
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([width, self.width() - width])

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._placed:
            self._placed = True
            fitting.clamp(self)  # the frame is known once shown: inside the screen's available area

    def say(self, text: str) -> None:
        """A message in the status bar for a few seconds (who and where stay beside it)."""
        self.ui.statusbar.showMessage(text, STATUS_SECONDS * 1000)

    def print_current(self) -> None:
        """Ctrl+P: the paper of the current screen (or the reports list), previewed before printing."""
        try:
            doc = self.current().document()
        except DomainError as exc:
            report_failure(self, exc)
            return
        if doc is None:
            self.show_screen("reports")
            return
        preview_document(doc, self, on_open=lambda dialog: setattr(self, "last_preview", dialog))

    def _open_term(self, term_id: int) -> None:
        self.show_screen("council")
        self.screens["council"].open_term(term_id)

    def _open_centre_check(self, centre_id: int) -> None:
        self.show_screen("centre_check")
        self.screens["centre_check"].choose(centre_id)

    def _open_evaluation(self, centre_id: int, year: int) -> None:
        self.show_screen("evaluations")
        self.screens["evaluations"].choose(centre_id, year)

    def _open_funding(self, year: int) -> None:
        self.show_screen("funding")
        self.screens["funding"].choose(year)

    def _open_stage(self, stage_id: int) -> None:
        self.show_screen("calls")
        self.screens["calls"].choose_stage(stage_id)

    def _about(self) -> None:
        QMessageBox.about(self, "درباره برنامه", f"دبیرخانه قطب‌های علمی\nنگارش {to_persian_digits(__version__)}")

    def _restore_layout(self) -> None:
        s = self._settings
        geometry = s.value("window/geometry")
        fitting.place(self, geometry if isinstance(geometry, QByteArray) else None)  # maximised on a small screen
        for splitter in self._splitters():
            inner = s.value(f"splitters/{splitter.objectName()}")
            if isinstance(inner, QByteArray):
                splitter.restoreState(inner)
        row = _remembered_row(s.value("window/screen", ""), list(self.screens))
        if self.ui.navigation.currentRow() == row:
            self._switch(row)
        else:
            self.ui.navigation.setCurrentRow(row)

    def _splitters(self) -> list[QSplitter]:
        """The screens' own splitters (each named in its form or screen), remembered too."""
        return [sp for sp in self.findChildren(QSplitter) if sp is not self.ui.splitter and sp.objectName()]

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        s = self._settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/screen", self.current_screen())  # by name: a screen added later moves no other
        for splitter in self._splitters():
            s.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        s.sync()
        super().closeEvent(event)


def _remembered_row(value: object, keys: list[str]) -> int:
    """The screen shown at the last close: its name (a row number before 0.6.0, whose
    screens then stood in this order up to «گروه‌ها و رشته‌ها»), else the dashboard."""
    value = str(value or "")
    if value in keys:
        return keys.index(value)
    before = [k for k in keys if k not in ("rules", "funding", "calls", "review_bodies")]  # the order of 0.5.0
    return keys.index(before[int(value)]) if value.isdigit() and int(value) < len(before) else 0
