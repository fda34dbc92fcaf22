"""The calculator: a member's activities, the 26 rows, the verdict with its reasons;
a what-if mode that saves nothing."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMessageBox, QPushButton, QScrollArea

from qotb_desktop import documents
from qotb_desktop.domain.activities import describe
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.rules import load_edition
from qotb_desktop.domain.scoring import Item, number
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.gui.activity_dialog import ActivityDialog
from qotb_desktop.gui.fmt import jdate, num
from qotb_desktop.gui.forms.ui_scoring_screen import Ui_ScoringScreen
from qotb_desktop.gui.record_dialog import fill_combo
from qotb_desktop.gui.registry_page import FittedColumns
from qotb_desktop.gui.screens.base import Screen, date_sort
from qotb_desktop.gui.table_model import Column, RecordTableModel
from qotb_desktop.gui.theme import WARNING_BACKGROUND
from qotb_desktop.services import centres, faculty, scoring
from qotb_desktop.services.scoring import ScoreResult, summary

LEAST_COLUMN = 48  # running text given up to this on a narrow window (150% scaling)
COUNTED, NOT_COUNTED = "شمرده شد", "شمرده نشد"
EXCLUDED_SHOWN = 5  # the items not counted listed under the table, each with its reason; the rest by count
EXCLUDED_LINES = 7  # the list's pane at most this many lines tall (it scrolls)
EXCLUDED_STYLE = (
    f"QLabel#excluded {{ background: {WARNING_BACKGROUND}; border: 1px solid #e8c766; border-radius: 4px;"
    " padding: 6px; color: #6b4e00; }"
)  # the notice banner's colours (resources/style.qss)


@dataclass(frozen=True)
class Entry:
    """An activity on screen: stored (with its id) or, in what-if mode, only here."""

    index: int
    id: int | None
    item: Item
    title: str
    reason: str  # why it is not counted; "" when counted

    @property
    def status(self) -> str:
        return NOT_COUNTED if self.reason else COUNTED

    def attention(self) -> str | None:
        return WARNING_BACKGROUND if self.reason else None


class ScoringScreen(Screen):
    def __init__(self, uow) -> None:
        super().__init__(uow)
        self.ui = Ui_ScoringScreen()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("pageTitle")
        self.ui.banner.setObjectName("whatIfBanner")
        self.result: ScoreResult | None = None
        self._stored: list[tuple[int | None, Item]] = []
        self._versions: dict[int, int] = {}  # activity id -> the version shown (optimistic locking)
        self._trial: list[tuple[int | None, Item]] | None = None  # what-if: a copy, never saved
        # An item not counted is shaded, «شمرده نشد» in its status, its reason in the tooltip
        # and in the list under the table (with a link that opens it, to be mended).
        marked = {"background": Entry.attention}
        self.activities = RecordTableModel(
            [
                Column("ردیف", lambda e: num(e.item.row), lambda e: e.item.row, align_center=True, **marked),
                Column("فعالیت", lambda e: e.title, **marked),
                Column("تاریخ", lambda e: jdate(e.item.date), lambda e: date_sort(e.item.date), **marked),
                Column("شرح", lambda e: e.item.description, **marked),
                Column("جزئیات", lambda e: summary(e.item), **marked),
                Column("وضعیت", lambda e: e.status, tooltip=lambda e: e.reason, **marked),
            ]
        )
        self.rows = RecordTableModel(
            [
                Column("ردیف", lambda r: num(r.row), lambda r: r.row, align_center=True),
                Column("عنوان", lambda r: r.title, tooltip=self._rule_of),
                Column("امتیاز", lambda r: num(number(r.points)), lambda r: r.points, align_center=True),
                Column("یادداشت", lambda r: r.note),
            ]
        )
        for view, model in ((self.ui.activities, self.activities), (self.ui.rows, self.rows)):
            view.setModel(model)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setStretchLastSection(True)
            view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.ui.layout.setStretch(3, 1)  # the tables take the height, not the title
        self.ui.rightLayout.setStretch(1, 1)
        # The activities and the 26 rows side by side, alike: at 1366 pixels a row's
        # title is whole (all but the longest), the activities' running text elided.
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 1)
        for pane in (self.ui.leftLayout, self.ui.rightLayout):
            pane.setContentsMargins(1, 0, 1, 0)  # a right-to-left splitter puts its first pane a pixel past its edge
        self.ui.member.activated.connect(lambda _i: self._member_chosen())
        self.ui.period.editingFinished.connect(self.recompute)
        self.ui.whatIf.toggled.connect(self._what_if)
        self.ui.addButton.clicked.connect(self.new_record)
        self.ui.editButton.clicked.connect(self.edit_current)
        self.ui.deleteButton.clicked.connect(self.delete_current)
        # Issue 23: a member's publications from their exports (gui/publications_dialog.py).
        # Beside the activities' title: neither the top row nor the row of buttons grows (at 150% both are full).
        self.importButton = QPushButton("ورود از پرونده…", self.ui.left)
        self.importButton.setToolTip("مقاله‌ها، کتاب‌ها و ارجاع‌های عضو از خروجی Scopus، Web of Science، BibTeX یا RIS")
        heading = QHBoxLayout()
        self.ui.leftLayout.removeWidget(self.ui.activitiesTitle)
        heading.addWidget(self.ui.activitiesTitle)
        heading.addStretch(1)
        heading.addWidget(self.importButton)
        self.ui.leftLayout.insertLayout(0, heading)
        self.importButton.clicked.connect(self.import_publications)
        self.ui.saveButton.clicked.connect(self.save_sheet)
        self.ui.activities.doubleClicked.connect(lambda _i: self.edit_current())
        self.ui.excluded.setStyleSheet(EXCLUDED_STYLE)
        self.ui.excluded.linkActivated.connect(self._open_excluded)
        self.excluded_pane = self._excluded_pane()
        # The columns that say why (an activity's «وضعیت», a row's note) stay in view at
        # 1366 pixels: the running text (title, description, details) gives up width first.
        self._columns = (
            FittedColumns(self.ui.activities, (False, True, False, True, True, False), least=LEAST_COLUMN),
            FittedColumns(self.ui.rows, (False, True, False, False), least=LEAST_COLUMN),
        )

    # -- choosing -------------------------------------------------------------------

    def reload(self) -> None:
        current = self.member_id()
        people = faculty.list_faculty(uow=self.uow)
        fill_combo(self.ui.member, [(f.id, f"{f.full_name} — {f.institution_name}") for f in people], empty="")
        if current is not None:
            self.choose(current)
        self._refresh()

    def member_id(self) -> int | None:
        return self.ui.member.currentData()

    def choose(self, faculty_id: int) -> None:
        self.ui.member.setCurrentIndex(self.ui.member.findData(faculty_id))
        self._member_chosen()

    def _member_chosen(self) -> None:
        fid = self.member_id()
        if fid is None:
            return
        # The window ends the day before the period of the member's centre starts.
        held = [m for m in centres.memberships_of_faculty(uow=self.uow, faculty_id=fid) if m.left_on is None]
        start = None
        for m in held:
            start = start or centres.get_centre(uow=self.uow, centre_id=m.centre_id).period_start
        # Another member's period is never carried over: with no centre, the clerk types one.
        self.ui.period.set_date(start)
        self.ui.whatIf.setChecked(False)
        self._refresh()

    # -- computing ------------------------------------------------------------------

    def _refresh(self) -> None:
        fid = self.member_id()
        stored = scoring.list_activities(uow=self.uow, faculty_id=fid) if fid is not None else []
        self._stored = [(a.id, a.item) for a in stored]
        self._versions = {a.id: a.version for a in stored}
        self.recompute()

    def entries(self) -> list[tuple[int | None, Item]]:
        return self._trial if self._trial is not None else self._stored

    def recompute(self) -> None:
        fid = self.member_id()
        self.result = None
        if fid is not None and self.ui.period.date():
            try:
                items = [item for _id, item in self._trial] if self._trial is not None else None
                self.result = scoring.score_faculty(uow=self.uow, faculty_id=fid, period_start=self.ui.period.date(), items=items)
            except DomainError as exc:
                self.ui.reasons.setText(str(exc))
        self._show()

    def _show(self) -> None:
        sheet = self.result.sheet if self.result else None
        excluded = {e.item: e.reason for e in sheet.excluded} if sheet else {}
        titles = {r.row: r.title for r in sheet.rows} if sheet else {}
        self.activities.set_rows(
            [Entry(i, aid, item, titles.get(item.row, ""), excluded.get(i, "")) for i, (aid, item) in enumerate(self.entries())]
        )
        self._show_excluded()
        self.rows.set_rows(list(sheet.rows) if sheet else [])
        for columns in self._columns:
            columns.measure()
        has_member = self.member_id() is not None
        for button in (self.ui.addButton, self.ui.editButton, self.ui.deleteButton):
            button.setEnabled(has_member)
        self.importButton.setEnabled(has_member and self._trial is None)  # never into a what-if
        self.ui.saveButton.setEnabled(has_member and self._trial is None)
        if sheet is None:
            self.ui.verdict.setText("")
            self.ui.figures.setText("عضوی را برگزینید و آغاز دوره را بنویسید.")
            if self.member_id() is not None and self.ui.period.text() and not self.ui.period.date():
                self.ui.reasons.setText("آغاز دوره: تاریخ درست نیست؛ به شکل سال/ماه/روز بنویسید.")
            else:
                self.ui.reasons.setText("")
            return
        good = sheet.eligible
        self.ui.verdict.setText("واجد شرایط: عضو هیأت علمی برجسته فعال" if good else "فاقد شرایط")
        self.ui.verdict.setObjectName("verdictGood" if good else "verdictBad")
        self.ui.verdict.style().unpolish(self.ui.verdict)
        self.ui.verdict.style().polish(self.ui.verdict)
        t = self.result.person and self._thresholds()
        need = load_edition(sheet.edition).scoring.min_corresponding_papers
        self.ui.figures.setText(
            f"ردیف ۲: {num(number(sheet.row2))} (کمینه {num(t.min_row2)})\n"
            f"ردیف‌های ۲، ۸ و ۹: {num(number(sheet.rows_2_8_9))} (کمینه {num(t.min_rows_2_8_9)})\n"
            f"امتیاز کل: {num(number(sheet.total))} (کمینه {num(t.min_member_total)})\n"
            f"مقاله‌های ردیف ۲ با نویسندگی مسئول: {num(sheet.corresponding_papers)} (کمینه {num(need)})\n"
            f"بازه: {jdate(sheet.window[0])} تا {jdate(sheet.window[1])}؛ ویرایش {num(sheet.edition)} آیین‌نامه"
        )
        self.ui.reasons.setText("\n".join(f"• {f.message}" for f in sheet.failures))

    def _excluded_pane(self) -> QScrollArea:
        """The list of items not counted scrolls in a pane a few lines tall under the table:
        on a small screen (or at 150%) the activities keep their room."""
        layout, note = self.ui.leftLayout, self.ui.excluded
        index = layout.indexOf(note)
        layout.removeWidget(note)
        pane = QScrollArea(self.ui.left)
        pane.setObjectName("excludedPane")
        pane.setFrameShape(QFrame.Shape.NoFrame)
        pane.setWidgetResizable(True)
        pane.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        pane.setMaximumHeight(EXCLUDED_LINES * note.fontMetrics().lineSpacing() + 16)
        note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        note.setVisible(True)  # the pane is shown or hidden
        pane.setWidget(note)
        pane.setVisible(False)
        layout.insertWidget(index, pane)
        return pane

    def _show_excluded(self) -> None:
        """The items not counted, each with its reason and a link that opens it to be mended
        (an old activity without a score, a date outside the window, ...)."""
        left = [self.activities.record(r) for r in range(self.activities.rowCount())]
        left = [e for e in left if e.reason]
        self.excluded_pane.setVisible(bool(left))
        if not left:
            self.ui.excluded.setText("")
            return
        lines = [f"<b>{to_persian_digits(len(left))} فعالیت شمرده نشد</b> (زرد در فهرست):"]
        for e in left[:EXCLUDED_SHOWN]:
            what = f"ردیف {to_persian_digits(e.item.row)}" + (f"، «{e.item.description}»" if e.item.description else "")
            lines.append(f"• {html.escape(what)}: {html.escape(e.reason)} <a href='{e.index}'>ویرایش…</a>")
        if len(left) > EXCLUDED_SHOWN:
            lines.append(f"و {to_persian_digits(len(left) - EXCLUDED_SHOWN)} مورد دیگر؛ دلیل هر یک در راهنمای ستون «وضعیت».")
        self.ui.excluded.setText("<br>".join(lines))

    def _open_excluded(self, link: str) -> None:
        """A link of the list of items not counted: the item chosen in the table and opened."""
        index = int(link)
        self.ui.activities.setCurrentIndex(self.activities.index(index, 0))
        self.ui.activities.scrollTo(self.activities.index(index, 0))
        self.edit_current()

    def _rule_of(self, row) -> str:
        """A row's title and its rule in a sentence (the rules the sheet was computed under)."""
        sheet = self.result.sheet if self.result else None
        if sheet is None:
            return row.title
        edition = load_edition(sheet.edition).at_revision(sheet.readings.revision)
        return f"{row.title}\n{describe(edition.scoring.row(row.row), edition)}"

    def _thresholds(self):
        return load_edition(self.result.sheet.edition).field(self.result.sheet.field_key).thresholds

    # -- what-if ----------------------------------------------------------------------

    def _what_if(self, on: bool) -> None:
        self._trial = list(self._stored) if on else None
        self.ui.banner.setText("حالت «اگر…»: فعالیت‌ها را بیفزایید یا بردارید و نتیجه را ببینید؛ هیچ چیز ذخیره نمی‌شود.")
        self.ui.banner.setVisible(on)
        self.recompute()

    # -- actions ------------------------------------------------------------------------

    def current_entry(self) -> Entry | None:
        index = self.ui.activities.currentIndex()
        return self.activities.record(index.row()) if index.isValid() else None

    def new_record(self):
        fid = self.member_id()
        if fid is None:
            return None

        def save(row, values):
            if self._trial is not None:
                self._trial.append((None, scoring.clean_activity(row=row, values=values)))
            else:
                scoring.add_activity(uow=self.uow, faculty_id=fid, row=row, values=values)

        return self._open(ActivityDialog(save, parent=self), "فعالیت ثبت شد.")

    def edit_current(self):
        entry = self.current_entry()
        if entry is None:
            return None

        def save(row, values):
            if self._trial is not None:
                self._trial[entry.index] = (entry.id, scoring.clean_activity(row=row, values=values))
            else:
                scoring.update_activity(
                    uow=self.uow, activity_id=entry.id, row=row, values=values, version=self._versions.get(entry.id)
                )

        return self._open(ActivityDialog(save, entry.item, parent=self), "فعالیت ذخیره شد.")

    def delete_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        if self._trial is not None:
            del self._trial[entry.index]
            self.recompute()
            return
        answer = QMessageBox.question(self, "حذف فعالیت", f"فعالیت «{entry.title}» حذف شود؟")
        if answer == QMessageBox.StandardButton.Yes:
            scoring.delete_activity(uow=self.uow, activity_id=entry.id)
            self._refresh()
            self.message.emit("فعالیت حذف شد.")

    def _open(self, dialog: ActivityDialog, done: str) -> ActivityDialog:
        def saved() -> None:
            if self._trial is None:
                self._refresh()
                self.message.emit(done)
            else:
                self.recompute()

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog

    def import_publications(self):
        """The member's publications from their exports: a preview, then what the clerk accepts."""
        from qotb_desktop.gui.publications_dialog import PublicationsDialog  # bibtexparser and rispy: when asked

        fid = self.member_id()
        if fid is None or self._trial is not None:
            return None
        name = self.ui.member.currentText().split(" — ")[0]
        dialog = PublicationsDialog(self.uow, fid, name, self.ui.period.date(), parent=self)

        def closed() -> None:
            if dialog.imported:
                self._refresh()
                self.message.emit(f"{num(dialog.imported)} فعالیت از پرونده ثبت شد.")

        dialog.finished.connect(lambda _r: closed())
        dialog.open()
        return dialog

    def save_sheet(self) -> None:
        fid = self.member_id()
        if fid is None or self._trial is not None:
            return
        try:
            scoring.save_score_sheet(uow=self.uow, faculty_id=fid, period_start=self.ui.period.date())
        except DomainError as exc:
            QMessageBox.warning(self, "ثبت برگه امتیاز", str(exc))
            return
        self.message.emit("برگه امتیاز با ویرایش آیین‌نامه ثبت شد.")

    def focus_search(self) -> None:
        self.ui.member.setFocus()

    def document(self):
        """Ctrl+P: the member's score sheet over the stored activities (not a what-if)."""
        fid = self.member_id()
        if fid is None or self._trial is not None or not self.ui.period.date():
            return None
        return documents.score_sheet(uow=self.uow, faculty_id=fid, period_start=self.ui.period.date())
