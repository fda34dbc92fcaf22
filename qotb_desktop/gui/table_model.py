"""A table of plain records (model/view), and a proxy that searches as Persian is typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from qotb_desktop.domain.text import search_key, sort_key, to_persian_numerals

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
_R = Qt.ItemDataRole
_ROLES = frozenset(int(r) for r in (_R.DisplayRole, _R.ToolTipRole, _R.BackgroundRole, _R.TextAlignmentRole))
_ROLES |= {int(SORT_ROLE), int(RECORD_ROLE)}  # the roles data() answers

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    show: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # default: the shown text, in Persian dictionary order
    align_center: bool = False
    latin: bool = False  # keep Latin digits (an email); otherwise digits are shown Persian, decimals with ٫
    whole: bool = False  # text that never gives up width to fit the table (a wide table's key columns)
    background: Callable[[Any], str | None] | None = None  # a row that needs attention: a colour of gui/theme.py
    tooltip: Callable[[Any], str] | None = None  # more than the cell shows (the reasons); default: the cell's text


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], search_extra: Callable[[Any], str] | None = None):
        super().__init__()
        self.columns = list(columns)
        self._rows: list[Any] = []
        self._keys: list[str] = []  # each row's columns, normalised by search_key, one a line
        self._flat: list[str] = []  # the same without the line breaks
        self._extra = search_extra
        self._shown: dict[tuple[int, int], str] = {}  # (row, column) -> the text shown, made when first painted

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = {}
        self._keys = [self._search_key(r) for r in self._rows]
        self._flat = [k.replace("\n", "") for k in self._keys]
        self.endResetModel()

    def matches(self, words: Sequence[str]) -> list[bool]:
        """For each row, in one pass: does its text hold every word (in any column), or,
        without spaces, the words together («محمد رضا» finds «محمدرضا»)?"""
        joined = "".join(words)
        together = [joined in f for f in self._flat]
        if len(words) == 1:  # a word has no line break: in a column is in the joined text
            return together
        each = [all(found) for found in zip(*([w in k for k in self._keys] for w in words), strict=True)]  # a pass a word
        return [a or b for a, b in zip(together, each, strict=True)]

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
        if role not in _ROLES or not index.isValid():
            return None  # the delegate asks for a dozen roles a cell; most are none of ours
        if role == Qt.ItemDataRole.DisplayRole:  # asked at every paint: made once a cell
            cell = (index.row(), index.column())
            shown = self._shown.get(cell)
            if shown is None:
                shown = self._shown[cell] = self._display(self._rows[cell[0]], self.columns[cell[1]])
            return shown
        row, col = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip and (tip := col.tooltip(row)):
            return tip
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.BackgroundRole and col.background and (colour := col.background(row)):
            return QBrush(QColor(colour))
        if role == SORT_ROLE:
            return col.sort(row) if col.sort else sort_key(col.show(row))
        if role == RECORD_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_center:
            return Qt.AlignmentFlag.AlignCenter
        return None

    @staticmethod
    def _display(row: Any, col: Column) -> str:
        shown = col.show(row)
        return shown if col.latin else to_persian_numerals(shown)  # ۱۳۹۵٫۴, never ۱۳۹۵.۴

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
        self._matches: list[bool] | None = None  # per source row, for the words; found once per keystroke
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)

    def set_query(self, text: str) -> None:
        words = [w for w in (search_key(part) for part in text.split()) if w]
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._words, self._matches = words, None
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words, self._matches = words, None
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """A look-up: the rows that match are found in one pass when the query or the
        rows change (Qt asks once per row; the test in Python per row cost 25 ms in 10,000)."""
        if not self._words:
            return True
        if self._matches is None:
            model = self.sourceModel()
            assert isinstance(model, RecordTableModel)
            self._matches = model.matches(self._words)
        return self._matches[source_row]

    def setSourceModel(self, model) -> None:  # noqa: N802 (Qt's name)
        super().setSourceModel(model)
        # New rows, new matches: forgotten before the proxy filters the new rows again.
        model.modelAboutToBeReset.connect(self._forget)
        model.rowsAboutToBeInserted.connect(self._forget)
        model.rowsAboutToBeRemoved.connect(self._forget)
        model.dataChanged.connect(self._forget)

    def _forget(self, *_args) -> None:
        self._matches = None

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)
