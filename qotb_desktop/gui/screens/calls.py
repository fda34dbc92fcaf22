"""The calls of article 12-3 («ستاپ قطب‌های علمی»), a year at a time: each call with
its budget, what its agreements hold and what was paid; a call's proposals, reviewed by a
working group of the registry by the seven criteria of 12-4; a selected project's
agreement and its stages, each stage's report received, approved by the working group,
then paid (12-3-7). A tab beside them: note 16's supports of contracts shared by centres,
paid from the calls' half with the calls' budgets (gui/screens/call_supports.py).

Amounts are in the scheme's display unit (million rials), named beside them. A refusal
(DomainError) is told in Persian; a disabled action says why in its tooltip."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QPushButton, QTabWidget

from qotb_desktop.domain.calls import PROPOSAL_STATES
from qotb_desktop.domain.dates import jalali_year, today
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.funding_views import CallView, ProposalView, StageView
from qotb_desktop.domain.money import DEFAULT_UNIT, Unit, format_amount
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.gui.fitting import rows_in_view
from qotb_desktop.gui.fmt import jdate, num
from qotb_desktop.gui.forms.ui_call_screen import Ui_CallScreen
from qotb_desktop.gui.record_dialog import fill_combo
from qotb_desktop.gui.registry_page import RegistryPage
from qotb_desktop.gui.screens.base import Screen, date_sort
from qotb_desktop.gui.screens.call_supports import TAB_TITLE, SupportsSection
from qotb_desktop.gui.table_model import Column
from qotb_desktop.services import call_views, calls, contracts, funding, review_bodies

STYLE = " QLabel#callDetail { background: #f5f8fb; border: 1px solid #9fb3c8; border-radius: 4px; padding: 6px; }"


def _money(unit: Unit):
    return lambda rials: "" if rials is None else format_amount(rials, unit=unit)


def _stage_state(s: StageView) -> str:
    if s.paid >= s.amount:
        return "پرداخت‌شده"
    if s.report_approved_on:
        return "در انتظار پرداخت"
    if s.report_received_on:
        return "در انتظار تأیید کارگروه"
    return "در انتظار گزارش" if s.due_on >= today() else "گزارش از موعد گذشته است"


class CallsScreen(Screen):
    def __init__(self, uow) -> None:
        super().__init__(uow)
        self.ui = Ui_CallScreen()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("pageTitle")
        self.ui.detail.setObjectName("callDetail")
        self.setStyleSheet(STYLE)
        self.all_calls: list[CallView] = []
        self.closed = False
        self.unit: Unit = DEFAULT_UNIT
        amount = lambda r: _money(self.unit)(r)  # noqa: E731 (the unit of the year shown)
        self.calls = RegistryPage(
            "فراخوان‌های سال",
            [
                Column("عنوان", lambda c: c.title),
                Column("اعتبار", lambda c: amount(c.budget), lambda c: c.budget, align_center=True),
                Column("توافق‌شده", lambda c: amount(c.agreed), lambda c: c.agreed, align_center=True),
                Column("پرداخت‌شده", lambda c: amount(c.paid), lambda c: c.paid, align_center=True),
                Column("مهلت پیشنهادها", lambda c: jdate(c.deadline), lambda c: date_sort(c.deadline)),
            ],
            lambda: [c for c in self.all_calls if c.year == self.year()],
        )
        self.calls.ui.search.hide()
        self.new_button = self.calls.add_action("فراخوان تازه…", self.new_record, tip="فراخوان تازه سال (Ctrl+N)")
        self.calls.record_selected.connect(lambda _r: self._call_chosen())
        self.ui.callsLayout.addWidget(self.calls)
        self.proposals = RegistryPage(
            "پیشنهادهای فراخوان",
            [
                Column("قطب", lambda p: p.centre),
                Column("قطب‌های همکار", lambda p: "، ".join(p.partners) or "—"),
                Column("عنوان پروژه", lambda p: p.title),
                Column("برآورد هزینه", lambda p: amount(p.cost), lambda p: p.cost, align_center=True),
                Column("وضعیت", self._proposal_state, whole=True),
            ],
            self._proposal_rows,
            search_hint="قطب، عنوان",
        )
        self.proposal_button = self.proposals.add_action("پیشنهاد تازه…", self.new_proposal)
        self.review_button = self.proposals.add_action("بررسی کارگروه…", self.review)
        self.agreement_button = self.proposals.add_action("توافق‌نامه…", self.agreement)
        self.proposals.record_selected.connect(lambda _r: self._proposal_chosen())
        self.proposals.record_activated.connect(lambda _r: self.edit_current())
        self.ui.proposalsLayout.insertWidget(0, self.proposals)
        self.stages = RegistryPage(
            "مرحله‌های پروژه برگزیده",
            [
                Column("مرحله", lambda s: f"{num(s.position)}. {s.title}"),
                Column("موعد", lambda s: jdate(s.due_on), lambda s: date_sort(s.due_on)),
                Column("مبلغ", lambda s: amount(s.amount), lambda s: s.amount, align_center=True),
                Column("دریافت گزارش", lambda s: jdate(s.report_received_on), lambda s: date_sort(s.report_received_on)),
                Column(
                    "تأیید گزارش",
                    lambda s: jdate(s.report_approved_on),
                    lambda s: date_sort(s.report_approved_on),
                    tooltip=lambda s: s.approved_by or "هنوز تأیید نشده است.",
                ),  # fmt: skip
                Column("پرداخت‌شده", lambda s: amount(s.paid), lambda s: s.paid, align_center=True),
                Column("وضعیت", _stage_state, whole=True),
            ],
            self._stage_rows,
        )
        self.stages.ui.search.hide()
        self.received_button = self.stages.add_action("دریافت گزارش…", self.receive_report)
        self.approved_button = self.stages.add_action("تأیید گزارش…", self.approve_report)
        self.pay_button = self.stages.add_action("پرداخت…", self.pay)
        self.stages.record_selected.connect(lambda _r: self._enable())
        self.ui.stagesLayout.addWidget(self.stages)
        self.ui.year.activated.connect(lambda _i: self._load_year())
        for page, rows in ((self.calls, 2), (self.proposals, 2), (self.stages, 3)):
            rows_in_view(page.ui.table, rows)  # a short screen (150%) scrolls the page, no table is cut to half a row
        for i, stretch in enumerate((2, 3, 3)):
            self.ui.callsSplitter.setStretchFactor(i, stretch)
        self.supports = SupportsSection()
        self.support_button = self.supports.page.add_action("حمایت تازه…", self.new_support)
        self.tabs = QTabWidget()  # the calls with their projects; beside them note 16's supports
        self.tabs.setObjectName("callsTabs")
        self.tabs.setDocumentMode(True)  # no frame around the pages: their height is the tables'
        self.ui.layout.removeWidget(self.ui.callsSplitter)
        self.tabs.addTab(self.ui.callsSplitter, "فراخوان‌ها و پروژه‌ها")
        self.tabs.addTab(self.supports, TAB_TITLE)
        self.ui.layout.addWidget(self.tabs, 1)

    def pages(self) -> list[RegistryPage]:
        return [self.calls, self.proposals, self.stages, self.supports.page]

    def year(self) -> int | None:
        return self.ui.year.currentData()

    def call(self) -> CallView | None:
        return self.calls.current_record()

    def proposal(self) -> ProposalView | None:
        return self.proposals.current_record()

    # -- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        self.all_calls = call_views.list_calls(uow=self.uow)
        chosen = self.year() or jalali_year(today())
        years = sorted({c.year for c in self.all_calls} | {jalali_year(today()), chosen}, reverse=True)
        fill_combo(self.ui.year, [(y, num(y)) for y in years])
        self.ui.year.setCurrentIndex(max(self.ui.year.findData(chosen), 0))
        self._load_year(read=False)

    def choose(self, year: int) -> None:
        """The year ``year`` in view."""
        if self.ui.year.findData(year) < 0:
            fill_combo(self.ui.year, [(year, num(year))])
        self.ui.year.setCurrentIndex(self.ui.year.findData(year))
        self.reload()

    def choose_stage(self, stage_id: int) -> None:
        """The stage ``stage_id`` in view, with its call and project (the dashboard's lines)."""
        self.all_calls = call_views.list_calls(uow=self.uow)
        for c in self.all_calls:
            for p in c.proposals:
                if any(s.id == stage_id for s in p.stages):
                    if self.ui.year.findData(c.year) < 0:
                        fill_combo(self.ui.year, [(c.year, num(c.year))])
                    self.ui.year.setCurrentIndex(self.ui.year.findData(c.year))
                    self.reload()
                    self.calls.select_record(lambda r, c=c: r.id == c.id)
                    self.proposals.select_record(lambda r, p=p: r.id == p.id)
                    self.stages.select_record(lambda r: r.id == stage_id)
                    return

    def _load_year(self, *, read: bool = True) -> None:
        if read:
            self.all_calls = call_views.list_calls(uow=self.uow)
        year = self.year()
        self.unit = funding.scheme_of(year).display_unit if year else DEFAULT_UNIT
        budget = funding.budget_year(uow=self.uow, year=year) if year else None
        self.closed = budget is not None and budget.closed_at is not None
        self.calls.ui.title.setText(f"فراخوان‌های سال {num(year)} (مبلغ‌ها به {self.unit.title})")
        self.calls.reload()
        if self.call() is None:
            self.calls.select_first()
        self._call_chosen()
        self._load_supports(year)

    def _load_supports(self, year: int | None) -> None:
        rows = contracts.list_contract_supports(uow=self.uow, year=year) if year else []
        try:
            use = calls.calls_half_use(uow=self.uow, year=year) if year else None
        except DomainError:
            use = None
        self.supports.show_year(year, self.unit, rows, use)
        self._enable_support()

    def _call_chosen(self) -> None:
        call = self.call()
        self.proposals.ui.title.setText(to_persian_digits(f"پیشنهادهای «{call.title}»") if call else "پیشنهادهای فراخوان")
        self.proposals.reload()
        self._proposal_chosen()

    def _proposal_chosen(self) -> None:
        p = self.proposal()
        self.stages.ui.title.setText(to_persian_digits(f"مرحله‌های «{p.title}»") if p and p.stages else "مرحله‌های پروژه برگزیده")
        self.stages.reload()
        if self.stages.current_record() is None:
            self.stages.select_first()
        self._detail()
        self._enable()

    def _proposal_rows(self) -> list[ProposalView]:
        call = self.call()
        return list(call.proposals) if call else []

    def _stage_rows(self) -> list[StageView]:
        p = self.proposal()
        return list(p.stages) if p else []

    @staticmethod
    def _proposal_state(p: ProposalView) -> str:
        state = PROPOSAL_STATES.get(p.state, p.state)
        return f"{state}، توافق‌نامه بسته شد" if p.agreement_on else state

    def _amount(self, rials: int) -> str:
        return f"{format_amount(rials, unit=self.unit)} {self.unit.title}"

    def _detail(self) -> None:
        """The proposal's review and agreement, said plainly under its row."""
        p, call = self.proposal(), self.call()
        if p is None:
            left = f" از اعتبار آن {self._amount(call.budget - call.agreed)} مانده است." if call else ""
            self.ui.detail.setText(("پیشنهادی برگزیده نشده است." + left) if call else "فراخوانی در این سال نیست.")
            return
        lines = [f"<b>{escape(p.title)}</b>، دریافت {jdate(p.received_on)}" + (f"، موضوع: {escape(p.topic)}" if p.topic else "")]
        if p.reviewed_on:
            met = sum(1 for m in p.marks if m.met)
            score = f"، امتیاز {num(p.score)}" if p.scored else ""
            lines.append(
                f"بررسی کارگروه در {jdate(p.reviewed_on)} ({escape(p.reviewed_by)}): {num(met)} از {num(len(p.marks))} "
                f"معیار برآورده{score}؛ {escape(PROPOSAL_STATES.get(p.state, p.state))}"
                + (f" — {escape(p.review_note)}" if p.review_note else "")
            )
        else:
            lines.append("هنوز بررسی نشده است.")
        if p.agreement_on:
            lines.append(
                f"توافق‌نامه {escape(p.agreement_number)} در {jdate(p.agreement_on)} به مبلغ "
                f"{self._amount(p.agreement_amount or 0)} در {num(len(p.stages))} مرحله."
            )
        self.ui.detail.setText(to_persian_digits("<br>".join(lines)))

    def _enable(self) -> None:
        """Each action enabled where it applies; a disabled one says why in its tooltip."""
        call, p, s = self.call(), self.proposal(), self.stages.current_record()
        closed = "سال اعتبار بسته شده است و چیزی در آن تغییر نمی‌کند." if self.closed else ""
        self._set(self.new_button, closed or ("" if self.year() else "سالی را برگزینید."), "فراخوان تازه سال (Ctrl+N)")
        self._set(
            self.proposal_button,
            closed or ("" if call else "نخست فراخوانی را برگزینید یا فراخوان تازه‌ای بیفزایید."),
            "پیشنهاد تازه یک قطب به این فراخوان (بند ۱۲-۳-۴)",
        )
        no_p = "نخست پیشنهادی را برگزینید."
        self._set(
            self.review_button,
            closed
            or (no_p if p is None else "")
            or ("توافق‌نامه این پروژه بسته شده است و بررسی آن تغییر نمی‌کند." if p.agreement_on else ""),
            "بررسی کارگروه تخصصی با معیارهای بند ۱۲-۴ (بند ۱۲-۳-۵)",
        )
        self._set(
            self.agreement_button,
            closed
            or (no_p if p is None else "")
            or ("توافق‌نامه این پروژه پیش‌تر بسته شده است." if p.agreement_on else "")
            or ("" if p.state == "selected" else "توافق‌نامه تنها برای پروژه‌ای است که کارگروه آن را برگزیده است."),
            "توافق‌نامه پروژه با مرحله‌ها و مبلغ هر مرحله (بند ۱۲-۳-۶)",
        )
        no_s = "نخست مرحله‌ای از پروژه‌ای با توافق‌نامه را برگزینید."
        self._set(
            self.received_button,
            closed or (no_s if s is None else "") or ("گزارش این مرحله پیش‌تر دریافت شده است." if s.report_received_on else ""),
            "تاریخ دریافت گزارش این مرحله",
        )
        self._set(
            self.approved_button,
            closed
            or (no_s if s is None else "")
            or ("" if s.report_received_on else "گزارش این مرحله هنوز دریافت نشده است.")
            or ("گزارش این مرحله پیش‌تر تأیید شده است." if s.report_approved_on else ""),
            "تأیید گزارش مرحله به دست کارگروه تخصصی (بند ۱۲-۳-۷)",
        )
        self._set(
            self.pay_button,
            closed
            or (no_s if s is None else "")
            or ("" if s.report_approved_on else "پرداخت پس از تأیید گزارش مرحله به دست کارگروه است (بند ۱۲-۳-۷).")
            or ("مبلغ این مرحله همه پرداخت شده است." if s.paid >= s.amount else ""),
            "پرداخت مرحله، تا مانده مبلغ آن",
        )

    def _enable_support(self) -> None:
        closed = "سال اعتبار بسته شده است و چیزی در آن تغییر نمی‌کند." if self.closed else ""
        self._set(
            self.support_button,
            closed
            or ("" if self.year() else "سالی را برگزینید.")
            or (
                "" if self.supports.left > 0 else "از نیمه فراخوان‌های این سال، پس از اعتبار فراخوان‌ها و حمایت‌ها، چیزی نمانده است."
            ),
            "حمایت دبیرخانه از قرارداد پژوهشی دست‌کم دو قطب با دستگاهی اجرایی (تبصره ۱۶)",
        )

    @staticmethod
    def _set(button: QPushButton, why: str, tip: str) -> None:
        button.setEnabled(not why)
        button.setToolTip(why or tip)

    # -- the actions -----------------------------------------------------------------------

    def new_record(self):
        if self.tabs.currentWidget() is self.supports:  # Ctrl+N on the supports' tab
            return self.new_support()
        year = self.year()
        if year is None or not self.new_button.isEnabled():
            return None
        from qotb_desktop.gui.call_dialogs import CallDialog

        dialog = CallDialog(self.uow, year, self.unit, left=max(self.supports.left, 0), parent=self)
        return self.open_dialog(dialog, f"فراخوان تازه سال {num(year)} ثبت شد.")

    def new_proposal(self):
        call = self.call()
        if call is None or not self.proposal_button.isEnabled():
            return None
        from qotb_desktop.gui.call_dialogs import ProposalDialog

        return self.open_dialog(ProposalDialog(self.uow, call, parent=self), "پیشنهاد ثبت شد.")

    def edit_current(self):
        p = self.proposal()
        if p is None:
            return None
        return self.agreement() if p.state == "selected" and not p.agreement_on else self.review()

    def review(self):
        call, p = self.call(), self.proposal()
        if p is None or not self.review_button.isEnabled():
            return None
        from qotb_desktop.gui.call_dialogs import ReviewDialog

        bodies = review_bodies.list_bodies(uow=self.uow)
        return self.open_dialog(ReviewDialog(self.uow, call, p, bodies, parent=self), f"بررسی «{p.title}» ثبت شد.")

    def agreement(self):
        call, p = self.call(), self.proposal()
        if p is None or not self.agreement_button.isEnabled():
            return None
        from qotb_desktop.gui.call_dialogs import AgreementDialog

        return self.open_dialog(AgreementDialog(self.uow, call, p, parent=self), f"توافق‌نامه «{p.title}» ثبت شد.")

    def receive_report(self):
        s: StageView | None = self.stages.current_record()
        if s is None or not self.received_button.isEnabled():
            return None
        name = f"مرحله {to_persian_digits(s.position)}"
        return self.ask_date(
            f"دریافت گزارش {name}",
            "تاریخ دریافت گزارش",
            lambda day: calls.receive_stage_report(uow=self.uow, stage_id=s.id, received_on=day, version=s.version),
            f"دریافت گزارش {name} ثبت شد.",
        )

    def approve_report(self):
        p, s = self.proposal(), self.stages.current_record()
        if s is None or not self.approved_button.isEnabled():
            return None
        from qotb_desktop.gui.call_stage_dialogs import ApprovalDialog

        dialog = ApprovalDialog(self.uow, p.title, s, review_bodies.list_bodies(uow=self.uow), parent=self)
        return self.open_dialog(dialog, f"گزارش مرحله {num(s.position)} تأیید شد.")

    def pay(self):
        p, s = self.proposal(), self.stages.current_record()
        if s is None or not self.pay_button.isEnabled():
            return None
        from qotb_desktop.gui.call_stage_dialogs import PaymentDialog

        dialog = PaymentDialog(self.uow, p.title, s, self.unit, parent=self)
        return self.open_dialog(dialog, f"پرداخت مرحله {num(s.position)} ثبت شد.")

    def new_support(self):
        year = self.year()
        if year is None or not self.support_button.isEnabled():
            return None
        from qotb_desktop.gui.contract_dialogs import ContractSupportDialog

        self.tabs.setCurrentWidget(self.supports)
        dialog = ContractSupportDialog(self.uow, year, self.unit, left=max(self.supports.left, 0), parent=self)
        return self.open_dialog(dialog, f"حمایت از قرارداد مشترک در سال {num(year)} ثبت شد.")
