"""One list screen: a title, search as you type, and a sortable table of records."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QPushButton, QTableView, QWidget

from qotb_desktop.gui.fmt import num
from qotb_desktop.gui.forms.ui_registry_page import Ui_RegistryPage
from qotb_desktop.gui.table_model import RECORD_ROLE, Column, RecordTableModel, SearchProxy

MIN_COLUMN_WIDTH = 70
SIZE_FROM_ROWS = 300  # columns are sized to the widest of this many rows, not to all 10,000


class RegistryPage(QWidget):
    record_selected = Signal(object)
    record_activated = Signal(object)  # Enter or double-click on a row

    def __init__(
        self,
        title: str,
        columns: Sequence[Column],
        load: Callable[[], Sequence[Any]],
        *,
        search_extra: Callable[[Any], str] | None = None,
        search_hint: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_RegistryPage()
        self.ui.setupUi(self)
        self.ui.title.setText(title)
        self.ui.title.setObjectName("pageTitle")
        if search_hint:
            self.ui.search.setPlaceholderText(f"جست‌وجو: {search_hint}…")
        self._load = load
        self.model = RecordTableModel(columns, search_extra)
        self.proxy = SearchProxy()
        self.proxy.setSourceModel(self.model)
        table = self.ui.table
        table.setModel(self.proxy)
        table.verticalHeader().setVisible(False)
        # Rows of one height: the view need not measure or move each row's section when a
        # search hides or shows thousands of rows (a keystroke over 10,000 cost 90 ms).
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setResizeContentsPrecision(SIZE_FROM_ROWS)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        # Only running text gives up width; codes, dates and numbers (the columns with a
        # sort of their own) and the columns marked whole stay whole.
        self.columns = FittedColumns(table, [c.sort is None and not c.whole for c in columns])
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.ui.search.textChanged.connect(self._search)
        table.selectionModel().selectionChanged.connect(self._selected)
        table.activated.connect(lambda index: self.record_activated.emit(index.data(RECORD_ROLE)))
        self._needs_record: list[QPushButton] = []

    def reload(self) -> None:
        """Read the rows again, keeping the selected record selected."""
        self.show_rows(self._load())

    def read(self) -> Sequence[Any]:
        """The rows, read (callable off the GUI thread: it only calls the services)."""
        return self._load()

    def show_rows(self, rows: Sequence[Any]) -> None:
        """Show rows read elsewhere (e.g. off the GUI thread), keeping the selection."""
        key = _key(self.current_record())
        self.model.set_rows(rows)
        self.columns.measure()
        self._count()
        if key is None or not self.select_record(lambda r: _key(r) == key):
            self._selected(QItemSelection(), QItemSelection())

    def select_first(self) -> None:
        if self.proxy.rowCount():
            self.ui.table.setCurrentIndex(self.proxy.index(0, 0))

    def add_action(self, text: str, slot: Callable[[], object], *, needs_record: bool = False, tip: str = "") -> QPushButton:
        """A button in the page's action row (right to left, in the order added)."""
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(lambda: slot())
        layout = self.ui.actions
        layout.insertWidget(layout.count() - 1, button)
        if needs_record:
            self._needs_record.append(button)
            button.setEnabled(False)
        return button

    def current_record(self) -> Any:
        index = self.ui.table.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    def select_record(self, match: Callable[[Any], bool]) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if match(index.data(RECORD_ROLE)):
                self.ui.table.setCurrentIndex(index)
                return True
        return False

    def keys(self) -> set[Any]:
        """The keys (``id``, else ``key``) of every row loaded, searched for or not."""
        return {_key(self.model.record(r)) for r in range(self.model.rowCount())} - {None}

    def show_key(self, key: Any) -> bool:
        """Select the row of ``key`` (a record just added), clearing a search that hides
        it, and scroll to it; its detail follows (record_selected)."""
        if not any(_key(self.model.record(r)) == key for r in range(self.model.rowCount())):
            return False
        if not self.select_record(lambda r: _key(r) == key):
            self.ui.search.clear()
            self.select_record(lambda r: _key(r) == key)
        self.ui.table.scrollTo(self.ui.table.currentIndex())
        return True

    def focus_search(self) -> None:
        self.ui.search.setFocus()
        self.ui.search.selectAll()

    def visible_records(self) -> list[Any]:
        return [self.proxy.index(r, 0).data(RECORD_ROLE) for r in range(self.proxy.rowCount())]

    def _search(self, text: str) -> None:
        self.proxy.set_query(text)
        self._count()

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.ui.count.setText(f"{num(total)} ردیف" if shown == total else f"{num(shown)} از {num(total)} ردیف")

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        record = self.current_record()
        for button in self._needs_record:
            button.setEnabled(record is not None)
        self.record_selected.emit(record)


def _key(record: Any) -> Any:
    """What names a row across a reload: its ``id``, else its ``key``."""
    return getattr(record, "id", getattr(record, "key", None))


class FittedColumns(QObject):
    """A table kept to the one rule of columns (``fit_columns``): measured when its rows
    change (``measure``), fitted again whenever its viewport is resized. ``floors``: the
    least each column is given whatever it holds yet (room for a tally before the first
    vote)."""

    def __init__(self, table: QTableView, gives: Sequence[bool], *, least: int = MIN_COLUMN_WIDTH,
                 floors: Sequence[int] | None = None):  # fmt: skip
        super().__init__(table)
        self._table, self._gives, self._least, self._floors = table, list(gives), least, floors
        self._natural: list[int] = []
        self._viewport = table.viewport()  # kept: asked of a table being destroyed, Qt would raise
        self._viewport.installEventFilter(self)

    def measure(self) -> None:
        widths = natural_widths(self._table)
        if self._floors is not None:
            widths = [max(w, f) for w, f in zip(widths, self._floors, strict=True)]
        self._natural = widths
        self.fit()

    def fit(self) -> None:
        if self._natural:
            fit_columns(self._table, self._natural, self._gives, least=self._least)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self.fit()
        return False


def natural_widths(table: QTableView) -> list[int]:
    """Each column's width for its content (the header's title included), as Qt's
    resizeColumnsToContents finds it from the first rows, but not read back from the
    table, where a stretched last column would report the width it was stretched to."""
    header = table.horizontalHeader()
    return [max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(header.count())]


def fit_columns(table: QTableView, natural: Sequence[int], gives: Sequence[bool], least: int = MIN_COLUMN_WIDTH) -> None:
    """One rule for every table: the short columns (codes, dates, numbers, a state, the
    columns that say why) as wide as their content, always whole; the running text
    (``gives``: names, titles, descriptions) takes the width left. When it all fits, the
    width to spare goes to the running text (not to the last column); when it does not,
    the widest running text gives up width first, down to the widest the others need or
    ``least``, elided with its whole text in the tooltip, before a scroll bar appears."""
    room = table.viewport().width() - 2
    widths = list(natural)
    text = [c for c, give in enumerate(gives) if give]
    if text:
        share = room - sum(w for w, give in zip(widths, gives, strict=True) if not give)
        wanted = [widths[c] for c in text]
        if sum(wanted) <= share:
            spare = share - sum(wanted)  # to the running text, in proportion to its width
            total = sum(wanted) or len(wanted)
            given = [spare * (w or 1) // total for w in wanted]
            given[0] += spare - sum(given)
            fitted = [w + g for w, g in zip(wanted, given, strict=True)]
        else:
            level = max(_level(wanted, share), least)  # the widest give way first
            fitted = [min(w, level) for w in wanted]
        for c, w in zip(text, fitted, strict=True):
            widths[c] = w
    table.horizontalHeader().setStretchLastSection(not text)  # with no running text the last column fills
    for col, width in enumerate(widths):
        table.setColumnWidth(col, width)


def _level(wanted: Sequence[int], share: int) -> int:
    """The width L at which the columns ``wanted``, each cut to at most L, fill ``share``."""
    left, count = share, len(wanted)
    for w in sorted(wanted):
        if w * count > left:
            return left // count
        left -= w
        count -= 1
    return max(wanted)
