"""Article 5 over a centre's members and their stored activities; the application
(program of Appendix 3) and its submission for review."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QMessageBox, QScrollArea

from qotb_desktop import documents
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.scoring import number
from qotb_desktop.gui.fmt import jdate, num
from qotb_desktop.gui.forms.ui_centre_check_screen import Ui_CentreCheckScreen
from qotb_desktop.gui.preview import preview_document, report_failure
from qotb_desktop.gui.program_dialog import ProgramDialog
from qotb_desktop.gui.record_dialog import fill_combo
from qotb_desktop.gui.registry_page import FittedColumns
from qotb_desktop.gui.screens.base import Screen
from qotb_desktop.gui.table_model import Column, RecordTableModel
from qotb_desktop.services import applications, centres
from qotb_desktop.services.applications import CentreCheckView

REASONS_MARGIN = 6

# What each unmet condition of article 5 is called in the headline.
CONDITIONS = {
    "too_few_members": "شمار اعضا",
    "host_not_majority": "اکثریت مؤسسه متقاضی",
    "member_not_eligible": "برجستگی اعضا",
    "member_in_other_centre": "عضویت در قطب دیگر",
    "centre_total_below_min": "مجموع امتیاز",
    "equipment_not_confirmed": "تجهیزات",
    "program_not_confirmed": "برنامه",
}


class CentreCheckScreen(Screen):
    def __init__(self, uow) -> None:
        super().__init__(uow)
        self.ui = Ui_CentreCheckScreen()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("pageTitle")
        self.view: CentreCheckView | None = None
        self.model = RecordTableModel(
            [
                Column("نام", lambda m: m.name),
                Column("نقش", lambda m: m.role_label),
                Column("مرتبه علمی", lambda m: m.rank_label),
                Column("مؤسسه", lambda m: m.institution),
                Column("امتیاز کل", lambda m: num(number(m.total)), lambda m: m.total, align_center=True),
                Column("برجسته فعال", lambda m: "بله" if m.eligible else "خیر", align_center=True),
            ]
        )
        self.ui.members.setModel(self.model)
        self.ui.members.verticalHeader().setVisible(False)
        self.ui.members.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        # Names and institutions take the width left; role, rank, score, verdict whole.
        self.columns = FittedColumns(self.ui.members, [True, False, False, True, False, False])
        self._reasons_pane()
        self.ui.centre.activated.connect(lambda _i: self._centre_chosen())
        self.ui.checkButton.clicked.connect(self.check)
        self.ui.programButton.clicked.connect(self.edit_program)
        self.ui.submitButton.clicked.connect(self.submit)
        self.ui.applicationButton.clicked.connect(self.print_application)

    def _reasons_pane(self) -> None:
        """The reasons (a line for each member found not eligible, then the centre's) in a
        pane of their own that scrolls, sharing the height with the members' table: a long
        list no longer makes the page taller than the window (which then scrolled, hid
        members and cut a line at its left edge)."""
        layout, reasons = self.ui.layout, self.ui.reasons
        index = layout.indexOf(reasons)
        layout.removeWidget(reasons)
        pane = QScrollArea(self)
        pane.setObjectName("reasonsPane")
        pane.setFrameShape(QFrame.Shape.NoFrame)
        pane.setWidgetResizable(True)
        pane.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        reasons.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        reasons.setContentsMargins(REASONS_MARGIN, 0, REASONS_MARGIN, 0)  # clear of the pane's scroll bar
        pane.setWidget(reasons)
        layout.insertWidget(index, pane)
        layout.setStretch(layout.indexOf(self.ui.members), 3)
        layout.setStretch(index, 2)

    def reload(self) -> None:
        current = self.ui.centre.currentData()
        fill_combo(self.ui.centre, [(c.id, f"{c.title} ({c.status_label})") for c in centres.list_centres(uow=self.uow)])
        index = self.ui.centre.findData(current)
        self.ui.centre.setCurrentIndex(max(index, 0))
        self._centre_chosen()

    def centre_id(self) -> int | None:
        return self.ui.centre.currentData()

    def choose(self, centre_id: int) -> None:
        self.ui.centre.setCurrentIndex(self.ui.centre.findData(centre_id))
        self._centre_chosen()

    def _centre_chosen(self) -> None:
        cid = self.centre_id()
        if cid is None:
            self._show(None)
            return
        centre = centres.get_centre(uow=self.uow, centre_id=cid)
        self.ui.period.set_date(centre.period_start)  # empty for an applicant: the clerk types the proposed start
        self.ui.submitButton.setEnabled(centre.status == "applicant")
        self.check()

    def check(self) -> None:
        cid = self.centre_id()
        if cid is None:
            return
        try:
            self._show(applications.check_centre_members(uow=self.uow, centre_id=cid, period_start=self.ui.period.text()))
        except DomainError as exc:
            self._show(None)
            self.ui.reasons.setText(str(exc))

    def _show(self, view: CentreCheckView | None) -> None:
        self.view = view
        self.model.set_rows(list(view.members) if view else [])
        self.columns.measure()
        if view is None:
            self.ui.verdict.setText("")
            self.ui.reasons.setText("")
            return
        result = view.result
        from qotb_desktop.domain.rules import load_edition

        minimum = load_edition(result.edition).field(view.centre.field_key).thresholds.min_centre_total
        good = result.eligible
        self.ui.verdict.setObjectName("verdictGood" if good else "verdictBad")
        self.ui.verdict.style().unpolish(self.ui.verdict)
        self.ui.verdict.style().polish(self.ui.verdict)
        unmet = sorted({CONDITIONS.get(f.code, f.code) for f in result.failures})
        headline = "قطب شرایط ماده ۵ را دارد" if good else "قطب شرایط ماده ۵ را ندارد: " + "، ".join(unmet)
        self.ui.verdict.setText(
            f"{headline} — مجموع امتیاز اعضا {num(number(result.total))} (کمینه {num(minimum)})؛ "
            f"ویرایش {num(result.edition)} آیین‌نامه"
        )
        self.ui.reasons.setText("\n".join(f"• {f.message}" for f in result.failures))

    def edit_program(self):
        cid = self.centre_id()
        if cid is None:
            return None
        dialog = ProgramDialog(self.uow, cid, centres.get_centre(uow=self.uow, centre_id=cid).title, parent=self)
        dialog.accepted.connect(lambda: (self.check(), self.message.emit("برنامه قطب ذخیره شد.")))
        dialog.open()
        return dialog

    def document(self):
        """Ctrl+P: the summary of article 5's check."""
        cid = self.centre_id()
        return documents.centre_eligibility(uow=self.uow, centre_id=cid, period_start=self.ui.period.text()) if cid else None

    def print_application(self) -> None:
        cid = self.centre_id()
        if cid is None:
            return
        try:
            doc = documents.centre_application(uow=self.uow, centre_id=cid, period_start=self.ui.period.text())
        except DomainError as exc:
            report_failure(self, exc)
            return
        preview_document(doc, self, on_open=lambda dialog: setattr(self, "last_preview", dialog))

    def submit(self) -> None:
        cid = self.centre_id()
        if cid is None:
            return
        self.check()
        if self.view is None:
            return
        verdict = (
            "قطب شرایط ماده ۵ را دارد."
            if self.view.result.eligible
            else f"قطب شرایط ماده ۵ را ندارد ({num(len(self.view.result.failures))} شرط برآورده نشده است)."
        )
        answer = QMessageBox.question(
            self,
            "فرستادن درخواست",
            f"{verdict}\nآغاز دوره پیشنهادی: {jdate(self.ui.period.date())}\n"
            "درخواست با همین نتیجه ثبت و قطب «در دست بررسی» می‌شود. فرستاده شود؟",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            applications.submit_application(uow=self.uow, centre_id=cid, period_start=self.ui.period.text())
        except DomainError as exc:
            QMessageBox.warning(self, "فرستادن درخواست", str(exc))
            return
        self.reload()
        self.message.emit("درخواست قطب با نتیجه بررسی ماده ۵ ثبت شد و قطب «در دست بررسی» است.")
