"""A table of plain records (model/view), and a proxy that searches as Persian is typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from qotb_desktop.domain.text import search_key, sort_key, to_persian_digits

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    show: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # default: the shown text, in Persian dictionary order
    align_center: bool = False
    latin: bool = False  # keep Latin digits (an email); otherwise digits are shown Persian
    whole: bool = False  # text that never gives up width to fit the table (a wide table's key columns)
    background: Callable[[Any], str | None] | None = None  # a row that needs attention: a colour of gui/theme.py
    tooltip: Callable[[Any], str] | None = None  # more than the cell shows (the reasons); default: the cell's text


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], search_extra: Callable[[Any], str] | None = None):
        super().__init__()
        self.columns = list(columns)
        self._rows: list[Any] = []
        self._keys: list[str] = []
        self._extra = search_extra

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = [self._search_key(r) for r in self._rows]
        self.endResetModel()

    def _search_key(self, row: Any) -> str:
        parts = [c.show(row) for c in self.columns]
        if self._extra:
            parts.append(self._extra(row))
        return "\n".join(search_key(p) for p in parts)

    def record(self, row: int) -> Any:
        return self._rows[row]

    def search_key_of(self, row: int) -> str:
        return self._keys[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip and (tip := col.tooltip(row)):
            return tip
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            shown = col.show(row)
            return shown if col.latin else to_persian_digits(shown)
        if role == Qt.ItemDataRole.BackgroundRole and col.background and (colour := col.background(row)):
            return QBrush(QColor(colour))
        if role == SORT_ROLE:
            return col.sort(row) if col.sort else sort_key(col.show(row))
        if role == RECORD_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_center:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None


class SearchProxy(QSortFilterProxyModel):
    """Keeps rows whose text contains every word of the query, compared by
    ``search_key``: ی/ي, ک/ك, digits of any script, half-space or space alike."""

    def __init__(self) -> None:
        super().__init__()
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)

    def set_query(self, text: str) -> None:
        words = [w for w in (search_key(part) for part in text.split()) if w]
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        assert isinstance(model, RecordTableModel)
        key = model.search_key_of(source_row)
        if all(w in key for w in self._words):
            return True
        # Without spaces too: «محمد رضا» finds «محمدرضا».
        return "".join(self._words) in key.replace("\n", "")

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)
