"""What needs the clerk's attention today; each line opens its record.

Council terms ending within 60 days; decisions awaiting the chair's endorsement;
follow-up actions past their due date; centres that no longer meet article 5;
centres on probation or recommended for dissolution after their annual evaluation
(art. 10, with the reasons); annual reports of last year not received by their due
date. The last two open the evaluations screen on the centre and year. Above them,
one line when institutions have not provided all their matching of an approved share
(12-2-2): it names how many and opens the funding screen; and a line for each kind of
the calls' stages to act on (12-3-7: reports overdue or due soon, awaiting the working
group's approval, awaiting payment), counted, opening the calls screen on the first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSplitter, QVBoxLayout

from qotb_desktop import documents
from qotb_desktop.domain.dates import today
from qotb_desktop.gui import background, theme
from qotb_desktop.gui.fmt import jdate, num
from qotb_desktop.gui.preview import preview_document
from qotb_desktop.gui.registry_page import RegistryPage
from qotb_desktop.gui.screens.base import Screen, date_sort
from qotb_desktop.gui.screens.centre_check import CONDITIONS
from qotb_desktop.gui.table_model import Column
from qotb_desktop.services import applications, call_views, council, evaluation_summary, funding, meetings
from qotb_desktop.services.evaluation_summary import FlaggedCentre

DASHBOARD_DAYS = 60
STAGE_ORDER = ("report_overdue", "report_due", "awaiting_approval", "awaiting_payment")


def days(count: int) -> str:
    """A count of days as shown: never below nought (a «۷-» reads as nonsense)."""
    return num(max(0, count))


class DashboardScreen(Screen):
    open_term = Signal(int)  # the main window shows the council screen with the term open
    open_centre = Signal(int)  # ... the centre-check screen on that centre
    open_evaluation = Signal(int, int)  # ... the evaluations screen on that centre and Jalali year
    open_funding = Signal(int)  # ... the funding screen on that Jalali year
    open_stage = Signal(int)  # ... the calls screen on that project's stage

    def __init__(self, uow) -> None:
        super().__init__(uow)
        cols = [
            Column("کرسی", lambda t: t.seat_title),
            Column("دارنده", lambda t: t.holder_name),
            Column("پایان دوره", lambda t: jdate(t.end), lambda t: date_sort(t.end)),
            Column("روز مانده", lambda t: days(t.days_left), lambda t: t.days_left, align_center=True),
        ]
        self.ending = RegistryPage(
            f"دوره‌های شورا که تا {num(DASHBOARD_DAYS)} روز دیگر پایان می‌یابند",
            cols,
            lambda: council.terms_ending_within(uow=uow, days=DASHBOARD_DAYS),
        )
        self.ending.ui.search.hide()
        self.ending.add_action("باز کردن…", self._open, needs_record=True, tip="اینتر یا دوبار کلیک")
        self.ending.record_activated.connect(lambda _r: self._open())
        self.awaiting = RegistryPage(
            "مصوبه‌هایی که در انتظار تنفیذ رئیس شورا هستند (تبصره ۴)",
            [
                Column("جلسه", lambda a: num(a.meeting_number), lambda a: a.held_on),
                Column("تاریخ جلسه", lambda a: jdate(a.held_on), lambda a: a.held_on),
                Column("بند", lambda a: a.item_title),
                Column("روزهای انتظار", lambda a: days(a.days_waiting), lambda a: a.days_waiting, align_center=True),
            ],
            lambda: meetings.awaiting_endorsement(uow=uow),
        )
        self.awaiting.ui.search.hide()
        self.awaiting.add_action("صورت‌جلسه…", self._open_minutes, needs_record=True, tip="اینتر یا دوبار کلیک")
        self.awaiting.record_activated.connect(lambda _r: self._open_minutes())
        self.at_risk = RegistryPage(
            "قطب‌هایی که امروز شرطی از ماده ۵ را برآورده نمی‌کنند (زیر نظر)",
            [
                Column("قطب", lambda r: r.title),
                Column("وضعیت", lambda r: r.status_label, whole=True),
                Column("اعضا", lambda r: num(r.member_count), lambda r: r.member_count, align_center=True),
                Column("شرط‌های برآورده‌نشده", lambda r: "، ".join(CONDITIONS.get(c, c) for c in r.unmet)),
            ],
            lambda: applications.centres_at_risk(uow=uow),
        )
        self.at_risk.ui.search.hide()
        self.at_risk.add_action("بررسی قطب…", self._open_centre, needs_record=True, tip="اینتر یا دوبار کلیک")
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
        self.overdue.add_action("صورت‌جلسه…", self._open_follow_up_minutes, needs_record=True, tip="اینتر یا دوبار کلیک")
        self.overdue.record_activated.connect(lambda _r: self._open_follow_up_minutes())

        def flag(title, show, sort=None, **more) -> Column:  # coloured by the consequence, the reasons in the tooltip
            return Column(title, show, sort, background=_colour, tooltip=_reasons, **more)

        self.flagged = RegistryPage(
            "قطب‌های مشروط یا با پیشنهاد انحلال (ماده ۱۰)",
            [
                flag("قطب", lambda f: f.title),
                flag("وضعیت", lambda f: f.status_label, whole=True),
                flag("سال", lambda f: num(f.year), lambda f: f.year, align_center=True),
                flag("تأییدنشده پیاپی", lambda f: num(f.failures), lambda f: f.failures, align_center=True),
            ],
            lambda: evaluation_summary.flagged_centres(uow=uow),
        )
        self.flagged.ui.search.hide()
        self.flagged.add_action("ارزیابی قطب…", self._open_flagged, needs_record=True, tip="اینتر یا دوبار کلیک")
        self.flagged.record_activated.connect(lambda _r: self._open_flagged())
        self.missing = RegistryPage(
            "گزارش‌های سالانه‌ای که نرسیده است",
            [
                Column("قطب", lambda m: m.title),
                Column("سال گزارش", lambda m: num(m.year), lambda m: m.year, align_center=True),
                Column("مهلت", lambda m: jdate(m.due_on), lambda m: m.due_on),
                Column("روز گذشته از مهلت", lambda m: days((today() - m.due_on).days), lambda m: m.due_on, align_center=True),
            ],
            lambda: evaluation_summary.reports_missing(uow=uow),
        )
        self.missing.ui.search.hide()
        self.missing.add_action("گزارش سالانه…", self._open_missing, needs_record=True, tip="اینتر یا دوبار کلیک")
        self.missing.record_activated.connect(lambda _r: self._open_missing())
        intro = QLabel("پیشخوان: کارهایی که به رسیدگی نیاز دارند. هر سطر را با کلید اینتر یا دوبار کلیک باز کنید.")
        intro.setObjectName("pageTitle")
        # Two columns: the council's business on the right, the centres' on the left.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        self.shortfall = QPushButton(self)  # the institutions' matching not fully provided (12-2-2)
        self.shortfall.setObjectName("shortfallLine")
        self.shortfall.setFlat(True)
        self.shortfall.setStyleSheet("color: #6b4e00; font-weight: bold; padding: 4px;")
        self.shortfall.setToolTip("جدول تخصیص سال در صفحه «اعتبار قطب‌ها» باز می‌شود")
        self.shortfall.clicked.connect(self._open_shortfall)
        self.shortfall.hide()
        self._shortfall_year: int | None = None
        row = QHBoxLayout()  # at the start of the line (the right), as wide as its text
        row.addWidget(self.shortfall)
        row.addStretch(1)
        layout.addLayout(row)
        self.stage_lines: dict[str, QPushButton] = {}  # the calls' stages to act on (12-3-7), a line a kind
        self._stage_ids: dict[str, int] = {}
        for state in STAGE_ORDER:
            line = QPushButton(self)
            line.setObjectName(f"stageLine_{state}")
            line.setFlat(True)
            line.setStyleSheet("color: #6b4e00; font-weight: bold; padding: 4px;")
            line.setToolTip("صفحه «فراخوان‌ها (ستاپ)» بر نخستین مرحله باز می‌شود")
            line.clicked.connect(lambda _c=False, st=state: self._open_stage(st))
            line.hide()
            self.stage_lines[state] = line
            row = QHBoxLayout()
            row.addWidget(line)
            row.addStretch(1)
            layout.addLayout(row)
        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.setObjectName("dashboardColumns")
        for name, pages in (
            ("dashboardSplitter", (self.ending, self.awaiting, self.overdue)),
            ("dashboardCentresSplitter", (self.at_risk, self.flagged, self.missing)),
        ):
            column = QSplitter(Qt.Orientation.Vertical)
            column.setObjectName(name)
            for page in pages:
                page.ui.title.setWordWrap(True)  # a long title wraps in its half of the window, when it must
                page.ui.title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
                page.ui.header.setStretch(0, 1)
                column.addWidget(page)
            columns.addWidget(column)
        for i in range(2):  # halves, whatever the titles' lengths
            columns.setStretchFactor(i, 1)
        columns.setSizes([1000, 1000])
        layout.addWidget(columns)

    def pages(self) -> list[RegistryPage]:
        return [self.ending, self.awaiting, self.overdue, self.at_risk, self.flagged, self.missing]

    def reload(self) -> None:
        """The lists are read off the GUI thread (article 5 over every running centre
        takes seconds in a large office): the window shows at once, the lists fill in."""
        pages = self.pages()
        self.loading = True

        def filled(read: tuple) -> None:
            rows, short, stages = read
            for page, found in zip(pages, rows, strict=True):
                page.show_rows(found)
            self._show_shortfall(short)
            self._show_stages(stages)
            self.loading = False

        def failed(exc: Exception) -> None:
            self.loading = False
            self.message.emit(f"پیشخوان خوانده نشد: {exc}")

        background.run(
            lambda: (
                [page.read() for page in pages],
                funding.matching_shortfalls(uow=self.uow),
                call_views.stages_to_act_on(uow=self.uow, today=today()),
            ),
            done=filled,
            failed=failed,
        )

    def _show_shortfall(self, short: list) -> None:
        """«مؤسسه‌هایی که سهم هم‌تراز خود را کامل نپرداخته‌اند»: how many, and of which years."""
        institutions = {share.institution_id for _year, share in short}
        years = sorted({year for year, _share in short})
        self._shortfall_year = years[-1] if years else None
        self.shortfall.setVisible(bool(short))
        if short:
            self.shortfall.setText(
                f"مؤسسه‌هایی که سهم هم‌تراز خود را کامل نپرداخته‌اند: {num(len(institutions))} مؤسسه "
                f"(سال {'، '.join(num(y) for y in years)}، بند ۱۲-۲-۲) — باز کردن…"
            )

    def _show_stages(self, stages: list) -> None:
        """«گزارش مرحله از موعد گذشته است: ۲ مرحله (بند ۱۲-۳-۷) — باز کردن…», a line a kind."""
        self._stage_ids = {}
        for state, line in self.stage_lines.items():
            found = sorted((s for s in stages if s.state == state), key=lambda s: s.due_on)
            line.setVisible(bool(found))
            if found:
                self._stage_ids[state] = found[0].stage_id
                line.setText(f"{call_views.STAGE_STATES[state]}: {num(len(found))} مرحله (بند ۱۲-۳-۷) — باز کردن…")

    def _open_stage(self, state: str) -> None:
        if state in self._stage_ids:
            self.open_stage.emit(self._stage_ids[state])

    def _open_shortfall(self) -> None:
        if self._shortfall_year is not None:
            self.open_funding.emit(self._shortfall_year)

    def _open_flagged(self) -> None:
        record = self.flagged.current_record()
        if record:
            self.open_evaluation.emit(record.centre_id, record.year)

    def _open_missing(self) -> None:
        record = self.missing.current_record()
        if record:
            self.open_evaluation.emit(record.centre_id, record.year)

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


def _colour(f: FlaggedCentre) -> str | None:
    return theme.LEVEL_BACKGROUNDS.get(f.level)


def _reasons(f: FlaggedCentre) -> str:
    return "\n".join(f.reasons)
