"""Importing faculty members from a clerk's spreadsheet: choose the file, check the
columns, see every row checked, import the good rows in one go, keep the errors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QMessageBox, QWidget

from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.text import isolate_path
from qotb_desktop.gui import background, files
from qotb_desktop.gui.fmt import num
from qotb_desktop.gui.forms.ui_import_dialog import Ui_ImportDialog
from qotb_desktop.gui.table_model import Column, RecordTableModel
from qotb_desktop.services.import_columns import FIELDS
from qotb_desktop.services.importing import ImportPreview, import_faculty, preview_faculty_import
from qotb_desktop.services.sheets import Spreadsheet, read_spreadsheet

NO_COLUMN = "— هیچ ستونی —"


class ImportDialog(QDialog):
    def __init__(self, uow, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self._uow = uow
        self.book: Spreadsheet | None = None
        self.preview: ImportPreview | None = None
        self.rejected: tuple = ()
        self.imported = 0
        self.combos: dict[str, QComboBox] = {}
        grid = self.ui.mappingGrid
        for i, f in enumerate(FIELDS):
            combo = QComboBox(self)
            combo.activated.connect(lambda _i: self.check())
            label = QLabel(f"{f.label}{' *' if f.required else ''}", self)
            label.setBuddy(combo)
            grid.addWidget(label, i // 3, (i % 3) * 2)
            grid.addWidget(combo, i // 3, (i % 3) * 2 + 1)
            self.combos[f.key] = combo
        self.model = RecordTableModel(
            [
                Column("سطر", lambda r: num(r.line), lambda r: r.line, align_center=True),
                Column("وضعیت", lambda r: "درست" if r.ok else "نادرست", align_center=True),
                Column("کد ملی", lambda r: r.record.national_code if r.record else self._cell(r, "national_code")),
                Column(
                    "نام",
                    lambda r: (
                        f"{r.record.first_name} {r.record.last_name}"
                        if r.record
                        else f"{self._cell(r, 'first_name')} {self._cell(r, 'last_name')}".strip()
                    ),
                ),
                Column("مؤسسه", lambda r: r.institution_name),
                Column("خطاها", lambda r: "؛ ".join(r.messages)),
            ]
        )
        self.ui.rows.setModel(self.model)
        self.ui.path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a file path reads left to right
        self.ui.rows.verticalHeader().setVisible(False)
        self.ui.rows.horizontalHeader().setStretchLastSection(True)
        self.ui.chooseButton.clicked.connect(self.choose)
        self.ui.sheet.activated.connect(lambda _i: self.open_file(self.ui.path.text(), self.ui.sheet.currentText()))
        self.ui.importButton.clicked.connect(self.run_import)
        self.ui.reportButton.clicked.connect(self.save_report)
        self.ui.closeButton.clicked.connect(self.accept)
        self._enable()

    # -- steps -------------------------------------------------------------------------

    def choose(self) -> None:
        path = files.ask_open(self, "پرونده اعضا", "Excel یا CSV (*.xlsx *.csv);;همه پرونده‌ها (*)")
        if path:
            self.open_file(str(path))

    def open_file(self, path: str, sheet: str | None = None) -> None:
        self.ui.path.setText(path)
        self._say("پرونده خوانده می‌شود…")
        background.run(lambda: read_spreadsheet(path=path, sheet=sheet), done=self._opened, failed=self._failed)

    def _opened(self, book: Spreadsheet) -> None:
        self.book = book
        self.ui.sheet.clear()
        self.ui.sheet.addItems(list(book.sheet_names))
        if book.sheet_name:
            self.ui.sheet.setCurrentText(book.sheet_name)
        for visible in (self.ui.sheet, self.ui.sheetLabel):
            visible.setVisible(len(book.sheet_names) > 1)
        guessed = book.guessed_mapping
        for key, combo in self.combos.items():
            combo.clear()
            combo.addItem(NO_COLUMN, None)
            for index, name in enumerate(book.column_names):
                combo.addItem(name, index)
            combo.setCurrentIndex(combo.findData(guessed.get(key)) if key in guessed else 0)
        self.check()

    def _cell(self, row, key: str) -> str:
        """What the file holds for ``key`` in a rejected row (its record was not made)."""
        index = self.combos[key].currentData()
        return row.cells[index] if index is not None and index < len(row.cells) else ""

    def mapping(self) -> dict[str, int | None]:
        return {key: combo.currentData() for key, combo in self.combos.items()}

    def check(self) -> None:
        """Check every row with the current columns (writes nothing)."""
        if self.book is None:
            return
        book, mapping = self.book, self.mapping()
        self.preview = None
        self._enable()
        self._say("سطرها بررسی می‌شوند…")
        background.run(
            lambda: preview_faculty_import(uow=self._uow, spreadsheet=book, mapping=mapping),
            done=self._checked,
            failed=self._failed,
        )

    def _checked(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.rejected = tuple(preview.rejected)
        self.model.set_rows(list(preview.rejected) + list(preview.good))
        self.ui.rows.resizeColumnsToContents()
        good, bad = len(preview.good), len(preview.rejected)
        self._say(
            f"{num(good)} سطر درست و {num(bad)} سطر نادرست. سطرهای نادرست وارد نمی‌شوند؛ گزارش خطاها را ذخیره و درست کنید."
            if bad
            else f"هر {num(good)} سطر درست است."
        )
        self.ui.importButton.setText(f"ورود {num(good)} سطر درست")
        self._enable()

    def run_import(self) -> None:
        if self.book is None or self.preview is None or not self.preview.good:
            return
        book, mapping = self.book, self.mapping()
        self._say("اعضا وارد می‌شوند…")
        background.run(
            lambda: import_faculty(uow=self._uow, spreadsheet=book, mapping=mapping), done=self._imported, failed=self._failed
        )

    def _imported(self, result) -> None:
        self.imported += result.imported
        self.rejected = tuple(result.rejected)
        self.preview = None
        self.model.set_rows(list(result.rejected))
        self._say(
            f"{num(result.imported)} عضو وارد شد."
            + (f" {num(len(result.rejected))} سطر نادرست وارد نشد؛ گزارش خطاها را ذخیره کنید." if result.rejected else "")
        )
        self._enable()

    def save_report(self) -> None:
        if not self.rejected or self.book is None:
            return
        stem = Path(self.book.name).stem
        target, chosen = files.ask_save(self, "گزارش خطاها", f"{stem}-خطاها", ".xlsx", "Excel (*.xlsx);;CSV (*.csv)")
        if target is None:
            return
        as_csv = target.suffix.lower() == ".csv" or (not target.suffix and "CSV" in chosen)
        chosen_name = target
        target = target.with_suffix(".csv" if as_csv else ".xlsx")
        from qotb_desktop.reports.spreadsheets import error_report_csv, error_report_xlsx  # openpyxl: when it is needed

        report = error_report_csv if as_csv else error_report_xlsx
        data = report(self.book.column_names, self.rejected)
        saved = files.save_bytes(self, "گزارش خطاها", target, data, confirmed=target == chosen_name)
        if saved is not None:
            self._say(f"گزارش خطاها ذخیره شد: {isolate_path(saved)}")

    # -- feedback ----------------------------------------------------------------------

    def _failed(self, exc: Exception) -> None:
        message = str(exc) if isinstance(exc, DomainError) else f"کار انجام نشد: {exc}"
        self._say(message)
        if not isinstance(exc, DomainError):
            QMessageBox.warning(self, "ورود اعضا", message)
        self._enable()

    def _say(self, text: str) -> None:
        self.ui.summary.setText(text)

    def _enable(self) -> None:
        self.ui.importButton.setEnabled(bool(self.preview and self.preview.good))
        self.ui.reportButton.setEnabled(bool(self.rejected))
        self.ui.mappingBox.setEnabled(self.book is not None)
