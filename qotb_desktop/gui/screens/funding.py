"""Article 12's money, a year at a time (services/funding.py): the year's line, its
supplements and the organisations' money (note 13) with the two halves they make
(12-2-1); the allocation worksheet of the programs' half, computed by the funding scheme,
shares set by hand with their reason, approved by a secretary; the institutions'
matching (12-2-2); the year closed.

Amounts are shown in the scheme's display unit (million rials), named beside them. A
share saved at another desk meanwhile is a Conflict, shown as every form shows one
(gui/conflicts.py); a refusal (DomainError) is told in Persian."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtWidgets import QMessageBox, QPushButton

from qotb_desktop.domain import vocab
from qotb_desktop.domain.accounts import ACTIONS, ROLES, may
from qotb_desktop.domain.dates import jalali_year, today
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.funding import BUDGET_KINDS, RULES
from qotb_desktop.domain.funding_views import BudgetEntryView, BudgetView, ShareView, SheetView
from qotb_desktop.domain.money import DEFAULT_UNIT, Unit, format_amount
from qotb_desktop.gui.fmt import jdate, num
from qotb_desktop.gui.forms.ui_funding_screen import Ui_FundingScreen
from qotb_desktop.gui.record_dialog import fill_combo
from qotb_desktop.gui.registry_page import RegistryPage
from qotb_desktop.gui.screens.base import Screen, date_sort
from qotb_desktop.gui.table_model import Column
from qotb_desktop.services import accounts, funding

STYLE = (
    " QLabel#fundingState { background: #f5f8fb; border: 1px solid #9fb3c8; border-radius: 4px; padding: 6px; }"
    ' QLabel#fundingState[attention="true"] { color: #6b4e00; background: #fff4d6; border-color: #e8c766; }'
)


def when(value: datetime) -> str:
    return f"{jdate(value.date())} ساعت {num(value.strftime('%H:%M'))}"


def who_may() -> str:
    """The roles that approve a worksheet or close a year, in Persian («دبیر»)."""
    allowed = ACTIONS["approve_allocation"][1]
    return " یا ".join(title for key, title in ROLES.items() if key in allowed)


def _money(unit: Unit):
    return lambda rials: "" if rials is None else format_amount(rials, unit=unit)


def _basis(s: ShareView) -> str:
    """The evaluation the share was computed from: «۱۴۰۴: ۷۴٫۵۰» (year: weighted total)."""
    if s.basis_year is None:
        return "—"
    return f"{num(s.basis_year)}: {num(s.basis_total)}"


class FundingScreen(Screen):
    def __init__(self, uow) -> None:
        super().__init__(uow)
        self.ui = Ui_FundingScreen()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("pageTitle")
        self.ui.state.setObjectName("fundingState")
        self.setStyleSheet(STYLE)
        self.budget: BudgetView | None = None
        self.sheet: SheetView | None = None
        self.unit: Unit = DEFAULT_UNIT
        amount = lambda r: _money(self.unit)(r)  # noqa: E731 (the unit of the year shown)
        self.entries = RegistryPage(
            "اعتبار سال",
            [
                Column("گونه", lambda e: BUDGET_KINDS.get(e.kind, e.kind), whole=True),
                Column("مبلغ", lambda e: amount(e.amount), lambda e: e.amount, align_center=True),
                Column("تاریخ", lambda e: jdate(e.recorded_on), lambda e: date_sort(e.recorded_on)),
                Column("شماره نامه یا قانون", lambda e: e.reference),
                Column("دستگاه یا سازمان", lambda e: e.source),
                Column("یادداشت", lambda e: e.note),
            ],
            lambda: list(self.budget.entries) if self.budget else [],
        )
        self.entries.ui.search.hide()
        self.add_button = self.entries.add_action("افزودن…", self.new_record, tip="ردیف بودجه، متمم یا وجوه دستگاه‌ها (Ctrl+N)")
        self.remove_button = self.entries.add_action("پاک کردن…", self.remove_entry)
        self.entries.record_selected.connect(lambda _r: self._enable())
        self.ui.budgetLayout.addWidget(self.entries)
        self.shares = RegistryPage(
            "جدول تخصیص نیمه برنامه‌ها",
            [
                Column("قطب", lambda s: s.centre),
                Column("مؤسسه", lambda s: s.institution),
                Column("وضعیت", lambda s: vocab.CENTRE_STATUSES.get(s.status, s.status), whole=True),
                Column("ارزیابی\nمبنا", _basis, lambda s: (s.basis_year or 0, s.basis_total), whole=True),
                Column("قاعده", lambda s: RULES.get(s.rule, s.rule)),  # gives width with the names on a narrow window
                Column("محاسبه‌شده", lambda s: amount(s.computed), lambda s: s.computed, align_center=True),
                Column("تخصیص", lambda s: amount(s.amount), lambda s: s.amount, align_center=True),
                Column("دلیل تغییر", lambda s: s.reason),
                Column(
                    "تأمین\nمؤسسه",
                    lambda s: amount(s.provided),
                    lambda s: s.provided or 0,
                    align_center=True,
                    tooltip=self._provided_tip,
                ),
                Column("کسری\nهم‌تراز", lambda s: amount(s.shortfall) if self._approved() else "", lambda s: s.shortfall, True),
            ],
            lambda: list(self.sheet.shares) if self.sheet else [],
            search_hint="قطب، مؤسسه",
        )
        self.compute_button = self.shares.add_action("محاسبه", self.compute)
        self.adjust_button = self.shares.add_action("تعیین سهم…", self.adjust)
        self.approve_button = self.shares.add_action("تأیید جدول", self.approve)
        self.matching_button = self.shares.add_action("سهم هم‌تراز مؤسسه…", self.matching)
        self.close_button = self.shares.add_action("بستن سال…", self.close_year)
        self.shares.record_selected.connect(lambda _r: self._enable())
        self.shares.record_activated.connect(lambda _r: self.edit_current())
        self.ui.sheetLayout.addWidget(self.shares)
        self.ui.year.activated.connect(lambda _i: self._load_year())
        self.ui.fundingSplitter.setStretchFactor(0, 2)
        self.ui.fundingSplitter.setStretchFactor(1, 3)
        self._names: dict[str, str] = {}

    def pages(self) -> list[RegistryPage]:
        return [self.entries, self.shares]

    def year(self) -> int | None:
        return self.ui.year.currentData()

    # -- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        chosen = self.year() or jalali_year(today())
        years = sorted(set(funding.funding_years(uow=self.uow)) | {jalali_year(today()), chosen}, reverse=True)
        fill_combo(self.ui.year, [(y, num(y)) for y in years])
        self.ui.year.setCurrentIndex(max(self.ui.year.findData(chosen), 0))
        self._load_year()

    def choose(self, year: int) -> None:
        """The year ``year`` in view (the dashboard's line opens this)."""
        if self.ui.year.findData(year) < 0:
            fill_combo(self.ui.year, [(year, num(year))])
        self.ui.year.setCurrentIndex(self.ui.year.findData(year))
        self.reload()

    def _load_year(self) -> None:
        year = self.year()
        self._names = {u.username: u.full_name for u in accounts.list_users(uow=self.uow)}
        self.budget = funding.budget_year(uow=self.uow, year=year) if year else None
        self.sheet = funding.allocation_sheet(uow=self.uow, year=year) if year else None
        self.unit = self.sheet.unit if self.sheet else self.budget.unit if self.budget else DEFAULT_UNIT
        unit = self.unit.title
        self.entries.ui.title.setText(f"اعتبار سال {num(year)} (مبلغ‌ها به {unit})")
        self.shares.ui.title.setText(f"جدول تخصیص نیمه برنامه‌ها در سال {num(year)} (مبلغ‌ها به {unit})")
        for page in self.pages():
            page.reload()
        self._figures()
        self._state()
        self._enable()

    def _amount(self, rials: int) -> str:
        return f"{format_amount(rials, unit=self.unit)} {self.unit.title}"

    def _figures(self) -> None:
        b = self.budget
        if b is None:
            self.ui.figures.setText("")
            return
        if not b.entries:
            self.ui.figures.setText(f"برای سال {num(b.year)} هنوز اعتباری ثبت نشده است؛ نخست ردیف بودجه سال را بیفزایید.")
            return
        organisations = f"، با {self._amount(b.organisations)} وجوه دستگاه‌ها (تبصره ۱۳)" if b.organisations else ""
        self.ui.figures.setText(
            f"ردیف بودجه و متمم‌ها: <b>{self._amount(b.line)}</b> — "
            f"نیمه برنامه‌ها (بند ۱۲-۲-۱): <b>{self._amount(b.programs)}</b> — "
            f"نیمه فراخوان‌ها: <b>{self._amount(b.calls)}</b>{organisations}"
        )

    def _name(self, username: str) -> str:
        return escape(self._names.get(username, username) or "—")

    def _state(self) -> None:
        """What the worksheet is, said plainly: draft, stale, approved (by whom, when), closed."""
        s, b = self.sheet, self.budget
        attention = False
        lines = []
        if b is not None and b.closed_at is not None:
            by = f"به دست {self._name(b.closed_by)}، {when(b.closed_at)}"
            lines.append(f"<b>سال {num(b.year)} بسته شده است</b> {by}؛ چیزی در آن تغییر نمی‌کند.")
        if s is None:
            lines.append("جدول تخصیص این سال هنوز محاسبه نشده است: پس از ثبت ردیف بودجه، «محاسبه» را بزنید.")
        elif s.approved_at is not None:
            lines.append(
                f"<b>تأییدشده</b> به دست {self._name(s.approved_by)}، {when(s.approved_at)}؛ "
                "سهم‌ها دیگر تغییر نمی‌کنند و تنها سهم هم‌تراز مؤسسه‌ها ثبت می‌شود."
            )
        elif s.stale:
            attention = True
            lines.append(
                f"<b>ردیف بودجه پس از محاسبه تغییر کرده است</b> (محاسبه با {self._amount(s.line)}): "
                "جدول را دوباره محاسبه کنید؛ تا آن زمان تأیید نمی‌شود."
            )
        else:
            lines.append(f"<b>پیش‌نویس</b>، محاسبه‌شده در {when(s.computed_at)}؛ تا تأیید دبیر دوباره محاسبه‌پذیر است.")
        if s is not None:
            if s.difference > 0:
                attention = True
                lines.append(
                    f"جمع سهم‌ها {self._amount(s.difference)} کمتر از نیمه برنامه‌هاست؛ جدول تنها با جمع برابر تأیید می‌شود."
                )
            elif s.difference < 0:
                attention = True
                lines.append(f"جمع سهم‌ها {self._amount(-s.difference)} بیش از نیمه برنامه‌هاست.")
            else:
                lines.append(f"جمع سهم‌ها برابر نیمه برنامه‌ها است: {self._amount(s.half)}.")
            lines.extend(escape(n) for n in s.notes)
        self.ui.state.setText("<br>".join(lines))
        self.ui.state.setToolTip(f"شیوه تخصیص: {s.scheme_title}" if s else "")
        self.ui.state.setProperty("attention", attention)
        self.ui.state.style().unpolish(self.ui.state)
        self.ui.state.style().polish(self.ui.state)

    def _approved(self) -> bool:
        return self.sheet is not None and self.sheet.approved_at is not None

    def _closed(self) -> bool:
        return self.budget is not None and self.budget.closed_at is not None

    def _provided_tip(self, s: ShareView) -> str:
        if s.provided is None:
            return "هنوز چیزی ثبت نشده است."
        return "، ".join(p for p in (f"تأمین در {jdate(s.provided_on)}" if s.provided_on else "", s.provided_note) if p)

    def _enable(self) -> None:
        """Each action enabled where it applies; a disabled one says why in its tooltip."""
        closed, approved, sheet = self._closed(), self._approved(), self.sheet
        secretary = may(self.uow.actor, "approve_allocation")
        share = self.shares.current_record()
        closed_why = "سال بسته شده است و چیزی در آن تغییر نمی‌کند." if closed else ""
        has_line = bool(self.budget and self.budget.line > 0)
        self._set(self.add_button, closed_why, "ردیف بودجه، متمم یا وجوه دستگاه‌ها (Ctrl+N)")
        self._set(
            self.remove_button,
            closed_why or ("" if self.entries.current_record() else "نخست ردیفی از اعتبار سال را برگزینید."),
            "پاک کردن ردیفی که به اشتباه ثبت شده است",
        )
        self._set(
            self.compute_button,
            closed_why
            or ("جدول تأیید شده است و دوباره محاسبه نمی‌شود." if approved else "")
            or ("" if has_line else "نخست ردیف بودجه سال را ثبت کنید."),
            "محاسبه دوباره سهم‌ها با شیوه تخصیص (پیش‌نویس؛ سهم‌های تعیین‌شده با دست نیز دوباره محاسبه می‌شوند)",
        )
        self._set(
            self.adjust_button,
            closed_why
            or ("جدول تأیید شده است و سهم‌ها تغییر نمی‌کنند." if approved else "")
            or ("" if share else "نخست قطبی را در جدول برگزینید."),
            "سهم این قطب با دست، با ذکر دلیل (Enter)",
        )
        self._set(
            self.approve_button,
            ("" if secretary else f"جدول را تنها {who_may()} تأیید می‌کند.")
            or closed_why
            or ("جدول هنوز محاسبه نشده است." if sheet is None else "")
            or ("جدول پیش‌تر تأیید شده است." if approved else "")
            or ("ردیف بودجه پس از محاسبه تغییر کرده است؛ نخست دوباره محاسبه کنید." if sheet.stale else "")
            or ("جمع سهم‌ها با نیمه برنامه‌ها برابر نیست." if sheet.difference else ""),
            "تأیید جدول تخصیص؛ پس از آن سهم‌ها تغییر نمی‌کنند",
        )
        self._set(
            self.matching_button,
            closed_why
            or ("" if approved else "سهم هم‌تراز مؤسسه پس از تأیید جدول ثبت می‌شود.")
            or ("" if share else "نخست قطبی را در جدول برگزینید."),
            "آنچه مؤسسه از سهم هم‌تراز خود تأمین کرده است (بند ۱۲-۲-۲)",
        )
        self._set(
            self.close_button,
            ("" if secretary else f"سال را تنها {who_may()} می‌بندد.")
            or ("سال پیش‌تر بسته شده است." if closed else "")
            or ("" if approved else "سال پیش از تأیید جدول تخصیص بسته نمی‌شود."),
            "بستن سال اعتبار: پس از آن چیزی از آن تغییر نمی‌کند",
        )

    @staticmethod
    def _set(button: QPushButton, why: str, tip: str) -> None:
        button.setEnabled(not why)
        button.setToolTip(why or tip)

    # -- the year's money ------------------------------------------------------------------

    def new_record(self):
        year = self.year()
        if year is None or not self.add_button.isEnabled():
            return None
        from qotb_desktop.gui.funding_dialogs import EntryDialog

        has_line = any(e.kind == "line" for e in self.budget.entries) if self.budget else False
        dialog = EntryDialog(self.uow, year, self.unit, has_line=has_line, parent=self)
        return self.open_dialog(dialog, f"ردیف اعتبار سال {num(year)} ثبت شد.")

    def remove_entry(self) -> bool:
        entry: BudgetEntryView | None = self.entries.current_record()
        if entry is None:
            return False
        answer = QMessageBox.question(
            self,
            "پاک کردن ردیف اعتبار",
            f"ردیف «{BUDGET_KINDS.get(entry.kind, entry.kind)}» به مبلغ {self._amount(entry.amount)} "
            f"({jdate(entry.recorded_on)}) پاک شود؟\nپاک کردن در دفتر تغییرات می‌ماند.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if not self._do("پاک کردن ردیف اعتبار", lambda: funding.remove_budget_entry(uow=self.uow, entry_id=entry.id)):
            return False
        self.message.emit("ردیف اعتبار پاک شد.")
        return True

    # -- the worksheet ---------------------------------------------------------------------

    def edit_current(self):
        return self.matching() if self._approved() else self.adjust()

    def compute(self) -> bool:
        year = self.year()
        if year is None:
            return False
        hand = [s for s in self.sheet.shares if s.amount != s.computed] if self.sheet else []
        if hand:
            answer = QMessageBox.question(
                self,
                "محاسبه دوباره",
                f"سهم {num(len(hand))} قطب با دست تعیین شده است؛ با محاسبه دوباره همه سهم‌ها از نو محاسبه می‌شوند. ادامه می‌دهید؟",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if not self._do("محاسبه جدول تخصیص", lambda: funding.compute_allocation(uow=self.uow, year=year)):
            return False
        self.message.emit(f"جدول تخصیص سال {num(year)} محاسبه شد (پیش‌نویس).")
        return True

    def adjust(self):
        share: ShareView | None = self.shares.current_record()
        if share is None or self.sheet is None or not self.adjust_button.isEnabled():
            return None
        from qotb_desktop.gui.funding_dialogs import ShareDialog

        dialog = ShareDialog(self.uow, self.sheet.year, self.unit, share, left=self.sheet.difference, parent=self)
        return self.open_dialog(dialog, f"سهم «{share.centre}» ثبت شد.")

    def approve(self) -> bool:
        year = self.year()
        if year is None or not self.approve_button.isEnabled():
            return False
        if not self._do("تأیید جدول تخصیص", lambda: funding.approve_allocation(uow=self.uow, year=year)):
            return False
        self.message.emit(f"جدول تخصیص سال {num(year)} تأیید شد.")
        return True

    def matching(self):
        share: ShareView | None = self.shares.current_record()
        if share is None or self.sheet is None or not self.matching_button.isEnabled():
            return None
        from qotb_desktop.gui.funding_dialogs import MatchingDialog

        dialog = MatchingDialog(self.uow, self.sheet.year, self.unit, share, parent=self)
        return self.open_dialog(dialog, f"سهم هم‌تراز «{share.institution}» ثبت شد.")

    def close_year(self) -> bool:
        year = self.year()
        if year is None or not self.close_button.isEnabled():
            return False
        answer = QMessageBox.question(
            self,
            "بستن سال اعتبار",
            f"سال اعتبار {num(year)} بسته شود؟\nپس از بستن، ردیف‌های اعتبار، جدول تخصیص و سهم هم‌تراز مؤسسه‌ها "
            "دیگر تغییر نمی‌کنند و بستن بازگشت ندارد.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if not self._do("بستن سال اعتبار", lambda: funding.close_year(uow=self.uow, year=year)):
            return False
        self.message.emit(f"سال اعتبار {num(year)} بسته شد.")
        return True

    def _do(self, title: str, action) -> bool:
        """One service call; a refusal told in Persian; the year read again either way."""
        try:
            action()
        except DomainError as exc:
            QMessageBox.warning(self, title, str(exc))
            self._load_year()
            return False
        self._load_year()
        return True
