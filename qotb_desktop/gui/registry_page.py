"""One list screen: a title, search as you type, and a sortable table of records."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from qotb_desktop.gui.fmt import num
from qotb_desktop.gui.forms.ui_registry_page import Ui_RegistryPage
from qotb_desktop.gui.table_model import RECORD_ROLE, Column, RecordTableModel, SearchProxy

MAX_COLUMN_WIDTH = 320


class RegistryPage(QWidget):
    record_selected = Signal(object)

    def __init__(
        self,
        title: str,
        columns: Sequence[Column],
        load: Callable[[], Sequence[Any]],
        *,
        search_extra: Callable[[Any], str] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_RegistryPage()
        self.ui.setupUi(self)
        self.ui.title.setText(title)
        self.ui.title.setObjectName("pageTitle")
        self._load = load
        self.model = RecordTableModel(columns, search_extra)
        self.proxy = SearchProxy()
        self.proxy.setSourceModel(self.model)
        table = self.ui.table
        table.setModel(self.proxy)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.ui.search.textChanged.connect(self._search)
        table.selectionModel().selectionChanged.connect(self._selected)

    def reload(self) -> None:
        self.model.set_rows(self._load())
        table = self.ui.table
        table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            table.setColumnWidth(col, min(table.columnWidth(col), MAX_COLUMN_WIDTH))
        self._count()

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
