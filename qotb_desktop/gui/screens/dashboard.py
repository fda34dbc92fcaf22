"""What needs the clerk's attention today; each line opens its record.

Shows what the data supports so far: council terms ending within 60 days.
Decisions awaiting endorsement, overdue follow-ups, missing annual reports and
centres flagged for dissolution join as the meetings and evaluation issues land.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel

from qotb_desktop import documents
from qotb_desktop.gui.fmt import jdate, num
from qotb_desktop.gui.preview import preview_document
from qotb_desktop.gui.registry_page import RegistryPage
from qotb_desktop.gui.screens.base import Screen, date_sort
from qotb_desktop.gui.screens.centre_check import CONDITIONS
from qotb_desktop.gui.table_model import Column
from qotb_desktop.services import applications, council, meetings

DASHBOARD_DAYS = 60


class DashboardScreen(Screen):
    open_term = Signal(int)  # the main window shows the council screen with the term open
    open_centre = Signal(int)  # ... the centre-check screen on that centre

    def __init__(self, uow) -> None:
        super().__init__(uow)
        cols = [
            Column("کرسی", lambda t: t.seat_title),
            Column("دارنده", lambda t: t.holder_name),
            Column("پایان دوره", lambda t: jdate(t.end), lambda t: date_sort(t.end)),
            Column("روز مانده", lambda t: num(t.days_left), lambda t: t.days_left, align_center=True),
        ]
        self.ending = RegistryPage(
            f"دوره‌های شورا که تا {num(DASHBOARD_DAYS)} روز دیگر پایان می‌یابند",
            cols,
            lambda: council.terms_ending_within(uow=uow, days=DASHBOARD_DAYS),
        )
        self.ending.ui.search.hide()
        self.ending.add_action("باز کردن…", self._open, needs_record=True, tip="Enter")
        self.ending.record_activated.connect(lambda _r: self._open())
        self.awaiting = RegistryPage(
            "مصوبه‌هایی که در انتظار تنفیذ رئیس شورا هستند (تبصره ۴)",
            [
                Column("جلسه", lambda a: num(a.meeting_number), lambda a: a.held_on),
                Column("تاریخ جلسه", lambda a: jdate(a.held_on), lambda a: a.held_on),
                Column("بند", lambda a: a.item_title),
                Column("روزهای انتظار", lambda a: num(a.days_waiting), lambda a: a.days_waiting, align_center=True),
            ],
            lambda: meetings.awaiting_endorsement(uow=uow),
        )
        self.awaiting.ui.search.hide()
        self.awaiting.add_action("صورت‌جلسه…", self._open_minutes, needs_record=True, tip="Enter")
        self.awaiting.record_activated.connect(lambda _r: self._open_minutes())
        self.at_risk = RegistryPage(
            "قطب‌هایی که شرایط ماده ۵ را از دست داده‌اند (بند ۱۰-۲)",
            [
                Column("قطب", lambda r: r.title),
                Column("وضعیت", lambda r: r.status_label),
                Column("اعضا", lambda r: num(r.member_count), lambda r: r.member_count, align_center=True),
                Column("شرط‌های برآورده‌نشده", lambda r: "، ".join(CONDITIONS.get(c, c) for c in r.unmet)),
            ],
            lambda: applications.centres_at_risk(uow=uow),
        )
        self.at_risk.ui.search.hide()
        self.at_risk.add_action("بررسی قطب…", self._open_centre, needs_record=True, tip="Enter")
        self.at_risk.record_activated.connect(lambda _r: self._open_centre())
        self.overdue = RegistryPage(
            "اقدام‌های پیگیری که مهلتشان گذشته است",
            [
                Column("اقدام", lambda f: f.action),
                Column("مسئول", lambda f: f.responsible),
                Column("جلسه", lambda f: num(f.meeting_number), lambda f: f.meeting_number),
                Column("مهلت", lambda f: jdate(f.due_on), lambda f: f.due_on),
            ],
            lambda: meetings.open_follow_ups(uow=uow, overdue_only=True),
        )
        self.overdue.ui.search.hide()
        self.overdue.add_action("صورت‌جلسه…", self._open_follow_up_minutes, needs_record=True, tip="Enter")
        self.overdue.record_activated.connect(lambda _r: self._open_follow_up_minutes())
        intro = QLabel("پیشخوان: کارهایی که به رسیدگی نیاز دارند. هر سطر را با Enter یا دوبار کلیک باز کنید.")
        intro.setObjectName("pageTitle")
        self.stack(self.ending, self.awaiting, self.overdue, self.at_risk, name="dashboardSplitter")
        self.layout().insertWidget(0, intro)

    def pages(self) -> list[RegistryPage]:
        return [self.ending, self.awaiting, self.overdue, self.at_risk]

    def _open_follow_up_minutes(self) -> None:
        record = self.overdue.current_record()
        if record:
            preview_document(documents.minutes(uow=self.uow, meeting_id=record.meeting_id), self)

    def _open_centre(self) -> None:
        record = self.at_risk.current_record()
        if record:
            self.open_centre.emit(record.centre_id)

    def _open_minutes(self) -> None:
        """Until the meetings screen lands, a decision's line opens its meeting's minutes."""
        record = self.awaiting.current_record()
        if record:
            preview_document(documents.minutes(uow=self.uow, meeting_id=record.meeting_id), self)

    def _open(self) -> None:
        term = self.ending.current_record()
        if term:
            self.open_term.emit(term.id)
