"""What the main window asks of a screen, and the pieces screens share."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QSplitter, QVBoxLayout, QWidget

from qotb_desktop.gui import accessibility
from qotb_desktop.gui.registry_page import RegistryPage


def date_sort(value: date | None) -> date:
    return value or date.max


class Screen(QWidget):
    """A page of the main window. The main window's actions (Ctrl+N, Enter,
    Ctrl+F, Ctrl+P) call these; a screen implements those that make sense."""

    message = Signal(str)  # for the status bar

    def __init__(self, uow: Any = None):
        super().__init__()
        self.uow = uow

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        accessibility.prepare(self)  # every input and table named for screen readers

    def pages(self) -> list[RegistryPage]:
        return []

    def reload(self) -> None:
        for page in self.pages():
            page.reload()

    def new_record(self) -> QDialog | None:
        return None

    def edit_current(self) -> QDialog | None:
        return None

    def focus_search(self) -> None:
        if self.pages():
            self.pages()[0].focus_search()

    def document(self) -> Any:
        """The paper this screen prints (a documents.Document), or None."""
        return None

    def open_dialog(self, dialog: QDialog, done: str) -> QDialog:
        """Show an entry dialog; when it saves, reload, select the record it added (the
        one new row of a list, its detail shown with it) and say ``done``."""
        before = [page.keys() for page in self.pages()]

        def saved() -> None:
            self.reload()
            for page, keys in zip(self.pages(), before, strict=True):
                added = page.keys() - keys
                if len(added) == 1:
                    page.show_key(added.pop())
                    break
            self.message.emit(done)

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog

    def ask_date(self, title: str, label: str, action: Callable[[str], None], done: str, *, hint: str = "") -> QDialog:
        """The one date an ending needs (a membership, a term, a centre), then ``action(date)``."""
        from qotb_desktop.gui.dialogs import DateDialog  # the dialogs use the services; screens load them late

        return self.open_dialog(DateDialog(title, label, action, self, hint=hint), done)

    def stack(self, *pages: RegistryPage, name: str = "") -> None:
        """Lay the pages out one above the other (a splitter when there are two)."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if len(pages) == 1:
            layout.addWidget(pages[0])
            return
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName(name)
        for page in pages:
            splitter.addWidget(page)
        layout.addWidget(splitter)
