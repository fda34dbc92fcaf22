"""Widgets the desk needs that Qt does not have as such."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCalendar, QDate, QIdentityProxyModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from qotb_desktop.domain.dates import BadDate, format_jalali, parse_jalali
from qotb_desktop.domain.text import normalize_text, search_key

JALALI = QCalendar(QCalendar.System.Jalali)

FRIDAY_COLOUR = "#c0392b"  # the weekend: Friday, as Iranian calendars print it

SEARCH_KEY_ROLE = Qt.ItemDataRole.UserRole + 40


class _SearchKeys(QIdentityProxyModel):
    """The picker's items as they are, plus each item's ``search_key`` under SEARCH_KEY_ROLE."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == SEARCH_KEY_ROLE:
            return search_key(super().data(index, Qt.ItemDataRole.DisplayRole) or "")
        return super().data(index, role)


class SearchCompleter(QCompleter):
    """A picker's completer that matches as the lists' search does (``search_key``):
    «كاظمي» finds «کاظمی», digits of any script, with or without a half-space."""

    def __init__(self, combo: QComboBox):
        super().__init__(combo)
        self._keys = _SearchKeys(self)
        self._keys.setSourceModel(combo.model())
        self.setModel(self._keys)
        self.setCompletionRole(SEARCH_KEY_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt's name)
        return [search_key(path)]

    def pathFromIndex(self, index: QModelIndex) -> str:  # noqa: N802 (Qt's name)
        return index.data(Qt.ItemDataRole.DisplayRole) or ""


def make_searchable(combo: QComboBox) -> None:
    """An editable picker finds its items as the lists do (once per combo)."""
    if not combo.isEditable():
        return
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    if not isinstance(combo.completer(), SearchCompleter) or combo.completer().model().sourceModel() is not combo.model():
        combo.setCompleter(SearchCompleter(combo))


def matching_index(combo: QComboBox) -> int:
    """The item the typed text names: the exact text, else the one item whose
    ``search_key`` equals the typed text's (typed with ي/ك or Latin digits)."""
    index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchExactly)
    if index >= 0:
        return index
    typed = search_key(combo.currentText())
    if not typed:
        return -1
    found = [i for i in range(combo.count()) if search_key(combo.itemText(i)) == typed]
    return found[0] if len(found) == 1 else -1


def iranian_week(calendar: QCalendarWidget) -> None:
    """Saturday first, Friday the only day off (Qt paints Saturday and Sunday by default)."""
    weekday = QTextCharFormat()
    weekday.setForeground(calendar.palette().brush(QPalette.ColorRole.Text))
    friday = QTextCharFormat()
    friday.setForeground(QColor(FRIDAY_COLOUR))
    for day in Qt.DayOfWeek:
        calendar.setWeekdayTextFormat(day, friday if day == Qt.DayOfWeek.Friday else weekday)


class JalaliDateEdit(QWidget):
    """A Jalali date: typed in any digit form (۱۴۰۳/۷/۱, 1403-07-01, ١٤٠٣.٠٧.٠١), or
    picked from a calendar popup. Shown as ۱۴۰۳/۰۷/۰۱ once typed.

    ``text()`` is what the clerk typed (the domain validates it); ``date()`` is the
    date, or None when empty or not a real date.
    """

    editingFinished = Signal()  # noqa: N815 (Qt's naming)
    textChanged = Signal(str)  # noqa: N815

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText("مانند ۱۴۰۳/۰۷/۰۱")  # a hint, not a value: an empty field must not look filled
        self.line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip("انتخاب از تقویم (Alt+پایین)")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar = QCalendarWidget()
        self.calendar.setCalendar(JALALI)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Saturday)
        iranian_week(self.calendar)
        self.menu = QMenu(self)
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.calendar)
        self.menu.addAction(holder)
        self.button.clicked.connect(self.popup)
        self.calendar.activated.connect(self._picked)
        self.calendar.clicked.connect(self._picked)
        self.line.editingFinished.connect(self._tidy)
        self.line.textChanged.connect(self.textChanged)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.popup()
            return
        super().keyPressEvent(event)

    def popup(self) -> None:
        """The calendar at the field's date, or today: that day highlighted, and Enter
        inserts it. Set afresh each time: after setCalendar, Qt keeps highlighting the
        cell of the Gregorian grid (a week off) until the date is set again."""
        current = self.date()
        self.calendar.setSelectedDate(QDate(current) if current else QDate.currentDate())
        self.menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, picked: QDate) -> None:
        self.set_date(picked.toPython())
        self.menu.close()
        self.editingFinished.emit()

    def _tidy(self) -> None:
        when = self.date()
        if when:
            self.line.setText(format_jalali(when))
        self.editingFinished.emit()

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's naming, as QLineEdit)
        self.line.setText(text)

    def date(self) -> date | None:
        text = normalize_text(self.line.text())
        if not text:
            return None
        try:
            return parse_jalali(text)
        except BadDate:
            return None

    def set_date(self, value: date | None) -> None:
        self.line.setText(format_jalali(value))
