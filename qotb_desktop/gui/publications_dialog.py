"""A member's publications from their exports (issue 23), from the scoring screen: choose
the files, see each record's proposed row, date, flags and why; accept, edit (row,
points, flags, scope) or reject; import every accepted record in one transaction; keep
the unreadable records as an error report. Like the faculty import's dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qotb_desktop.domain.activities import CHOICES
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.publications import CITATIONS_ROW, KINDS, Proposal
from qotb_desktop.domain.text import isolate_ltr, isolate_path
from qotb_desktop.gui import background, files, fitting
from qotb_desktop.gui.fmt import num
from qotb_desktop.services.publications import SUFFIXES, read_publications
from qotb_desktop.services.publications.importing import (
    Accepted,
    PublicationPreview,
    import_publications,
    preview_publications,
    unreadable_csv,
)

COLUMNS = ("پذیرش", "رکورد", "عنوان", "ردیف", "تاریخ", "امتیاز", "نویسنده مسئول", "کلیدی/مدعو", "گستره", "چرا")
ACCEPT, RECORD, TITLE, ROW, DATE, POINTS, CORRESPONDING, KEYNOTE, SCOPE, WHY = range(len(COLUMNS))
NO_SCOPE = "—"
RLM = "\u200f"


class PublicationsDialog(QDialog):
    def __init__(self, uow, faculty_id: int, member_name: str, period_start: date | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"ورود فعالیت‌ها از پرونده: {member_name}")
        self._uow = uow
        self._faculty_id = faculty_id
        self._period = period_start
        self.paths: list[str] = []
        self.preview: PublicationPreview | None = None
        self.unreadable: tuple = ()
        self.imported = 0
        self._done = ""  # what the last import did, kept above the counts
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.chooseButton = QPushButton("برگزیدن پرونده‌ها…", self)
        self.chooseButton.setToolTip("خروجی Scopus (CSV)، Web of Science (متن)، BibTeX یا RIS؛ چند پرونده با هم")
        self.path = QLabel("", self)
        self.path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.latin = QLineEdit(self)
        self.latin.setPlaceholderText("Karimi, Ali")
        self.latin.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        latin_label = QLabel("نام لاتین عضو:", self)
        latin_label.setBuddy(self.latin)
        top.addWidget(self.chooseButton)
        top.addWidget(self.path, 1)
        top.addWidget(latin_label)
        top.addWidget(self.latin)
        layout.addLayout(top)
        self.window_label = QLabel("", self)
        layout.addWidget(self.window_label)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.detail = QLabel("", self)  # the chosen record's «why», whole (the column elides it)
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        self.table.currentCellChanged.connect(lambda row, _c, _r, _pc: self._show_detail(row))
        self.summary = QLabel("پرونده‌های خروجی عضو را برگزینید.", self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        self.importButton = QPushButton("ورود موردهای پذیرفته", self)
        self.reportButton = QPushButton("ذخیره گزارش رکوردهای ناخوانا…", self)
        self.closeButton = QPushButton("بستن", self)
        buttons.addWidget(self.importButton)
        buttons.addWidget(self.reportButton)
        buttons.addStretch(1)
        buttons.addWidget(self.closeButton)
        layout.addLayout(buttons)
        self.resize(1280, 640)
        fitting.fit_dialog(self)  # on a 1366x768 laptop at 150%, what the screen has (the table scrolls)
        self.chooseButton.clicked.connect(self.choose)
        self.latin.editingFinished.connect(self.check)
        self.importButton.clicked.connect(self.run_import)
        self.reportButton.clicked.connect(self.save_report)
        self.closeButton.clicked.connect(self.accept)
        self._enable()

    # -- steps ------------------------------------------------------------------------------

    def choose(self) -> None:
        patterns = " ".join(f"*{s}" for s in SUFFIXES)
        chosen, _ = QFileDialog.getOpenFileNames(
            self,
            "پرونده‌های خروجی",
            str(files.last_folder()),
            f"Scopus، Web of Science، BibTeX، RIS ({patterns});;همه پرونده‌ها (*)",
        )
        if chosen:
            files.remember(chosen[0])
            self.open_files(chosen)

    def open_files(self, paths: list[str]) -> None:
        self.paths = list(paths)
        self.path.setText("، ".join(isolate_path(Path(p).name) for p in paths))
        self.check()

    def check(self) -> None:
        """Read the files and propose every record (writes nothing)."""
        if not self.paths:
            return
        paths, latin = list(self.paths), [self.latin.text()]
        self.preview = None
        self._enable()
        self._say("پرونده‌ها خوانده و بررسی می‌شوند…")

        def work():
            readings = [read_publications(path=p) for p in paths]
            return preview_publications(
                uow=self._uow, faculty_id=self._faculty_id, readings=readings, period_start=self._period, latin_names=latin
            )

        background.run(work, done=self._checked, failed=self._failed)

    def _checked(self, preview: PublicationPreview) -> None:
        self.preview = preview
        self.unreadable = preview.unreadable
        span = preview.window
        self.window_label.setText(
            f"بازه پنج‌ساله تبصره ۸: {num(_jalali(span[0]))} تا {num(_jalali(span[1]))}"
            if span
            else "آغاز دوره در صفحه امتیازدهی نوشته نشده است؛ بازه پنج‌ساله بررسی نمی‌شود."
        )
        self.table.setRowCount(0)
        self.table.setRowCount(len(preview.proposals))
        for i, p in enumerate(preview.proposals):
            self._fill(i, p)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(TITLE, min(self.table.columnWidth(TITLE), 320))
        self._count()

    def _fill(self, i: int, p: Proposal) -> None:
        def text(column: int, value: str, tip: str = "") -> None:
            item = QTableWidgetItem(value)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(tip or value)
            self.table.setItem(i, column, item)

        accept = QCheckBox(self.table)
        accept.setChecked(p.accepted_by_default)
        accept.setAccessibleName("پذیرش")
        accept.toggled.connect(lambda _on: self._count())
        self.table.setCellWidget(i, ACCEPT, accept)
        where = f"{p.record.source} #{num(p.record.number)}" if p.record else "ارجاع‌ها"
        text(RECORD, where)
        title = p.record.title if p.record else f"{num(p.citations)} ارجاع"
        kind = KINDS[p.record.kind] if p.record else "ارجاع"
        text(TITLE, title, f"{kind}: {title}")
        row = QComboBox(self.table)
        if p.row is None:
            row.addItem("برگزینید", None)
        for r in p.rows:
            row.addItem(num(r), r)
        row.setCurrentIndex(row.findData(p.row) if p.row is not None else 0)
        row.currentIndexChanged.connect(lambda _i, i=i: self._row_changed(i))
        self.table.setCellWidget(i, ROW, row)
        when = QLineEdit(p.date_text, self.table)  # a date with only its year given may be mended
        when.setAccessibleName("تاریخ")
        when.setPlaceholderText("—" if p.date is None else "")
        when.setEnabled(p.row != CITATIONS_ROW)
        self.table.setCellWidget(i, DATE, when)
        points = QLineEdit(self.table)
        points.setPlaceholderText("امتیاز" if p.judged else "")
        points.setEnabled(p.judged)
        points.setAccessibleName("امتیاز")
        self.table.setCellWidget(i, POINTS, points)
        for column, on in ((CORRESPONDING, p.corresponding_author), (KEYNOTE, p.keynote)):
            box = QCheckBox(self.table)
            box.setChecked(on)
            box.setAccessibleName(COLUMNS[column])
            self.table.setCellWidget(i, column, box)
        scope = QComboBox(self.table)
        scope.addItem(NO_SCOPE, None)
        for key, title_ in CHOICES["scope"].items():
            scope.addItem(title_, key)
        scope.setCurrentIndex(scope.findData(p.scope) if p.scope else 0)
        self.table.setCellWidget(i, SCOPE, scope)
        why = " ".join([p.duplicate, *p.reasons]).strip()
        text(WHY, why, "\n".join([p.duplicate, *p.reasons]).strip())
        if p.duplicate:
            for column in (RECORD, TITLE, WHY):
                self.table.item(i, column).setForeground(Qt.GlobalColor.darkGray)
        self._row_changed(i)

    def _show_detail(self, i: int) -> None:
        if self.preview is None or not 0 <= i < len(self.preview.proposals):
            self.detail.setText("")
            return
        p = self.preview.proposals[i]
        title = p.record.title if p.record else "ارجاع‌ها"
        why = " ".join([p.duplicate, *p.reasons]).strip()
        self.detail.setText(f"{RLM}«{isolate_ltr(title)}»: {why}")  # a Latin title first: still a Persian line

    def _row_changed(self, i: int) -> None:
        """The fields a row takes: the corresponding author on row 2, keynote on row 4, scope on 11 and 15."""
        row = self.table.cellWidget(i, ROW).currentData()
        self.table.cellWidget(i, CORRESPONDING).setEnabled(row == 2)
        self.table.cellWidget(i, KEYNOTE).setEnabled(row == 4)
        self.table.cellWidget(i, SCOPE).setEnabled(row in (11, 15))

    def accepted(self) -> list[Accepted]:
        """What the clerk accepted, as the table shows it."""
        if self.preview is None:
            return []
        out = []
        for i, p in enumerate(self.preview.proposals):
            if not self.table.cellWidget(i, ACCEPT).isChecked():
                continue
            row = self.table.cellWidget(i, ROW).currentData()
            out.append(
                Accepted(
                    key=p.key, row=row or 0, points=self.table.cellWidget(i, POINTS).text(),
                    corresponding_author=row == 2 and self.table.cellWidget(i, CORRESPONDING).isChecked(),
                    keynote=row == 4 and self.table.cellWidget(i, KEYNOTE).isChecked(),
                    scope=self.table.cellWidget(i, SCOPE).currentData() if row in (11, 15) else None,
                    date=self.table.cellWidget(i, DATE).text() if p.row != CITATIONS_ROW else "",
                )
            )  # fmt: skip
        return out

    def run_import(self) -> None:
        preview, accepted = self.preview, self.accepted()
        if preview is None or not accepted:
            return
        self._say("فعالیت‌ها ثبت می‌شوند…")
        background.run(
            lambda: import_publications(uow=self._uow, preview=preview, accepted=accepted),
            done=self._imported,
            failed=self._failed,
        )

    def _imported(self, result) -> None:
        self.imported += result.added
        skipped = "".join(f"\n{key}: {why}" for key, why in result.skipped)
        self._done = f"{num(result.added)} فعالیت ثبت شد.{skipped}\n"
        self.check()  # what is entered now is shown as such (a second import adds nothing)

    def save_report(self) -> None:
        if not self.unreadable:
            return
        target, _chosen = files.ask_save(self, "گزارش رکوردهای ناخوانا", "رکوردهای-ناخوانا", ".csv", "CSV (*.csv)")
        if target is None:
            return
        target = target.with_suffix(".csv")
        data = unreadable_csv(self.unreadable)
        saved = files.save_bytes(self, "گزارش رکوردهای ناخوانا", target, data, confirmed=True)
        if saved is not None:
            self._say(f"گزارش ذخیره شد: {isolate_path(saved)}")

    # -- feedback ----------------------------------------------------------------------------

    def _count(self) -> None:
        if self.preview is None:
            return
        chosen = len(self.accepted())
        new, duplicates, bad = len(self.preview.new), len(self.preview.duplicates), len(self.unreadable)
        self._say(
            f"{self._done}{num(len(self.preview.proposals))} پیشنهاد: {num(new)} تازه، {num(duplicates)} تکراری (وارد نمی‌شوند)؛ "
            f"{num(bad)} رکورد ناخوانا. برای هر ردیف داوری‌شده امتیاز را بنویسید؛ هیچ چیز پیش از «ورود» ثبت نمی‌شود."
        )
        self.importButton.setText(f"ورود {num(chosen)} مورد پذیرفته")
        self._enable()

    def _failed(self, exc: Exception) -> None:
        message = str(exc) if isinstance(exc, DomainError) else f"کار انجام نشد: {exc}"
        self._say(message)
        if not isinstance(exc, DomainError):
            QMessageBox.warning(self, "ورود فعالیت‌ها", message)
        self._enable()

    def _say(self, text: str) -> None:
        self.summary.setText(text)

    def _enable(self) -> None:
        self.importButton.setEnabled(bool(self.preview and self.accepted()))
        self.reportButton.setEnabled(bool(self.unreadable))


def _jalali(day: date) -> str:
    from qotb_desktop.domain.dates import format_jalali

    return format_jalali(day)
