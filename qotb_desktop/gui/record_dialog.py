"""The base of every entry dialog: read and fill the fields, validate inline in
Persian, save through a service, and never lose what the clerk typed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from qotb_desktop.domain.errors import Conflict, DomainError, FieldError, ValidationError
from qotb_desktop.gui import accessibility
from qotb_desktop.gui.widgets import JalaliDateEdit, make_searchable, matching_index


def fill_combo(combo: QComboBox, choices: Iterable[tuple[Any, str]], *, empty: str | None = None) -> None:
    """Items ``(data, shown text)``; ``empty`` adds a first item meaning «none»."""
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for data, text in choices:
        combo.addItem(text, data)
    make_searchable(combo)  # typed ي/ك, digits of any script: found as the lists find them


def fill_checklist(widget: QListWidget, choices: Iterable[tuple[Any, str]]) -> None:
    widget.clear()
    for data, text in choices:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)


def read(widget: QWidget) -> Any:
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, JalaliDateEdit | QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        if widget.isEditable():  # a typed name must match an item to count
            index = matching_index(widget)
            return widget.itemData(index) if index >= 0 else None
        return widget.currentData()
    if isinstance(widget, QListWidget):
        return [
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]
    raise TypeError(type(widget))


def write(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, JalaliDateEdit):
        if value is None or isinstance(value, str):
            widget.setText(value or "")
        else:
            widget.set_date(value)
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText("" if value is None else str(value))
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        widget.setCurrentIndex(index if index >= 0 else 0)
    elif isinstance(widget, QListWidget):
        wanted = set(value or ())
        for i in range(widget.count()):
            item = widget.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    else:
        raise TypeError(type(widget))


DIALOG_MAX_WIDTH = 900  # a form's least width, at most (a 1366x768 screen at 150% is 911 wide)
TITLE_BAR = 40  # what a window manager adds above a dialog, about


class RecordDialog(QDialog):
    """Subclasses set ``FIELDS`` (the ui's field widget names, which are the
    service's keyword names), fill the widgets, and implement ``check`` (the
    domain's validation, no database: runs as the clerk types) and ``save``
    (the service call, one transaction)."""

    FIELDS: tuple[str, ...] = ()

    def __init__(self, ui: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui
        self.ui.setupUi(self)
        self.saved: Any = None
        self._touched: set[str] = set()
        self._initial: dict[str, Any] = {}
        self.ui.errors.setObjectName("formErrors")
        self._steady_size()
        buttons = self.ui.buttons
        buttons.button(QDialogButtonBox.StandardButton.Save).setText("ذخیره")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("انصراف")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        accessibility.prepare(self)  # every field named for screen readers; Tab as the form reads

    # -- to be provided ---------------------------------------------------------------

    def check(self, values: dict[str, Any]) -> None:
        """Raise ValidationError for what is wrong, without the database."""

    def save(self, values: dict[str, Any]) -> Any:
        raise NotImplementedError

    def fetch(self) -> Any:
        """The record being edited, as stored now (None for a new record): read again
        when a save is refused because it was saved elsewhere (gui/conflicts.py)."""
        return None

    def values_of(self, record: Any) -> dict[str, Any]:
        """The form's values for a record."""
        return dict(record.__dict__)

    def ask_reload(self, text: str) -> bool:
        from qotb_desktop.gui import conflicts

        return conflicts.ask(self, text)

    # -- the machinery ----------------------------------------------------------------

    def widgets(self) -> dict[str, QWidget]:
        return {name: getattr(self.ui, name) for name in self.FIELDS}

    def values(self) -> dict[str, Any]:
        return {name: read(widget) for name, widget in self.widgets().items()}

    def load(self, values: dict[str, Any]) -> None:
        """Fill the fields and remember them: closing without a change asks nothing."""
        for name, widget in self.widgets().items():
            if name in values:
                write(widget, values[name])
        self.mark_clean()

    def mark_clean(self) -> None:
        self._initial = self.values()
        for name, widget in self.widgets().items():
            signal = self._edited_signal(widget)
            if signal is not None and not widget.property("qotbWatched"):
                signal.connect(lambda *_a, n=name: self._edited(n))
                widget.setProperty("qotbWatched", True)

    @staticmethod
    def _edited_signal(widget: QWidget):
        if isinstance(widget, JalaliDateEdit | QLineEdit):
            return widget.editingFinished
        if isinstance(widget, QComboBox):
            return widget.activated
        if isinstance(widget, QListWidget):
            return widget.itemChanged
        if isinstance(widget, QCheckBox):
            return widget.toggled
        if isinstance(widget, QPlainTextEdit):
            return widget.textChanged
        return None

    def is_dirty(self) -> bool:
        return self.values() != self._initial

    def _edited(self, name: str) -> None:
        self._touched.add(name)
        try:
            if not self.isVisible():
                return  # closed (a field losing its focus as the window goes): nothing to show
            self.validate(only=self._touched)
        except RuntimeError:  # the dialog's widgets already deleted by Qt as the window closed
            return

    def validate(self, only: set[str] | None = None) -> bool:
        """Inline check; shows the errors of the fields in ``only`` (all when None)."""
        try:
            self.check(self.values())
        except ValidationError as exc:
            self.show_errors([e for e in exc.errors if only is None or e.field in only])
            return False
        self.show_errors([])
        return True

    def show_errors(self, errors: list[FieldError]) -> None:
        bad = {e.field for e in errors}
        for name, widget in self.widgets().items():
            widget.setProperty("invalid", name in bad)
            widget.setToolTip(next((e.message for e in errors if e.field == name), ""))
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.ui.errors.setText("\n".join(f"• {e}" for e in errors))
        self.ui.errors.setVisible(bool(errors))
        if errors:  # without the panel the fields have their room already (_steady_size)
            self._grow_down()

    def _steady_size(self) -> None:
        """The dialog's width never follows its error panel: at least the form's own width
        (or what the fields need), and the panel, word-wrapped at that width, sits under the
        fields, above the buttons, so that it appearing or going moves no field under the
        mouse. Each dialog is made anew at this width (nothing narrow is remembered)."""
        layout, errors = self.layout(), self.ui.errors
        errors.setWordWrap(True)
        index = layout.indexOf(errors)
        buttons = layout.indexOf(self.ui.buttons)
        if 0 <= index < buttons and hasattr(layout, "insertWidget"):
            layout.removeWidget(errors)
            layout.insertWidget(layout.indexOf(self.ui.buttons), errors)
        self.setMinimumWidth(min(max(self.width(), self.sizeHint().width()), DIALOG_MAX_WIDTH))
        # As tall as the fields want from the start (a list at its full height): no field
        # moves down later when the first thing typed is checked.
        height = max(self.height(), self._needed_height())
        if self.screen() is not None:
            height = min(height, self.screen().availableGeometry().height() - TITLE_BAR)
        self.resize(max(self.width(), self.minimumWidth()), height)

    def _needed_height(self) -> int:
        layout = self.layout()
        layout.activate()
        width = max(self.width(), self.minimumWidth())
        return layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()

    def _grow_down(self) -> None:
        """Room for the error panel below the fields: the dialog grows downward only, as
        wide as before; it keeps that height when the panel goes (no jump back)."""
        need = self._needed_height()
        if self.screen() is not None:  # never past the screen's foot (a title bar above it)
            need = min(need, self.screen().availableGeometry().height() - TITLE_BAR)
        if need > self.height():
            self.resize(self.width(), need)

    def accept(self) -> None:
        values = self.values()
        try:
            self.check(values)
            self.saved = self.save(values)
        except ValidationError as exc:
            self._touched.update(self.widgets())  # once Save was pressed, every field counts as checked
            self.show_errors(exc.errors)
            first = next((self.widgets()[e.field] for e in exc.errors if e.field in self.widgets()), None)
            if first is not None:
                first.setFocus()
            return
        except Conflict as exc:
            from qotb_desktop.gui import conflicts

            conflicts.resolve(self, exc)
            return
        except DomainError as exc:
            self.show_errors([FieldError("record", "ذخیره", str(exc))])
            return
        self._initial = values
        super().accept()

    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                "تغییرات ذخیره نشده",
                "آنچه نوشته‌اید ذخیره نشده است. آن را کنار می‌گذارید؟",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
