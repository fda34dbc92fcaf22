"""One list screen: a title, search as you type, and a sortable table of records."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from qotb_desktop.gui.fmt import num
from qotb_desktop.gui.forms.ui_registry_page import Ui_RegistryPage
from qotb_desktop.gui.table_model import RECORD_ROLE, Column, RecordTableModel, SearchProxy

MAX_COLUMN_WIDTH = 320
MIN_COLUMN_WIDTH = 70


class RegistryPage(QWidget):
    record_selected = Signal(object)

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
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        table.viewport().installEventFilter(self)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.ui.search.textChanged.connect(self._search)
        table.selectionModel().selectionChanged.connect(self._selected)

    def reload(self) -> None:
        self.model.set_rows(self._load())
        table = self.ui.table
        table.resizeColumnsToContents()
        self._natural = [min(table.columnWidth(c), MAX_COLUMN_WIDTH) for c in range(self.model.columnCount())]
        self._fit_columns()
        self._count()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.ui.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Columns as wide as their content; when they do not all fit, the wide ones
        give up width (their text elided, whole in the tooltip) before a scroll bar appears."""
        natural = getattr(self, "_natural", [])
        if not natural:
            return
        table = self.ui.table
        room = table.viewport().width() - 2
        widths = list(natural)
        excess = sum(widths) - room
        if excess > 0:
            shrinkable = [max(w - MIN_COLUMN_WIDTH, 0) for w in widths]
            total = sum(shrinkable)
            if total:
                take = min(excess, total)
                widths = [w - round(take * s / total) for w, s in zip(widths, shrinkable, strict=True)]
        for col, width in enumerate(widths):
            table.setColumnWidth(col, width)

    def select_first(self) -> None:
        if self.proxy.rowCount():
            self.ui.table.setCurrentIndex(self.proxy.index(0, 0))

    def visible_records(self) -> list[Any]:
        return [self.proxy.index(r, 0).data(RECORD_ROLE) for r in range(self.proxy.rowCount())]

    def _search(self, text: str) -> None:
        self.proxy.set_query(text)
        self._count()

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.ui.count.setText(f"{num(total)} ردیف" if shown == total else f"{num(shown)} از {num(total)} ردیف")

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        self.record_selected.emit(rows[0].data(RECORD_ROLE) if rows else None)
