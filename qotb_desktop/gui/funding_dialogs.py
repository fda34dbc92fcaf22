"""The dialogs of article 12's money: an entry of the year's money (the line, a
supplement, an organisation's money), a share set by hand with its reason, and what an
institution provided of its matching. Amounts are typed in the scheme's display unit
(million rials); each saves through one service verb, and bad input is shown on its
field in Persian with nothing written."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from qotb_desktop.domain import funding as rules
from qotb_desktop.domain.dates import today
from qotb_desktop.domain.errors import Checker, DomainError
from qotb_desktop.domain.fields import read_date, read_text
from qotb_desktop.domain.funding_views import ShareView
from qotb_desktop.domain.money import Unit, format_amount, read_amount
from qotb_desktop.gui.fmt import jdate, num
from qotb_desktop.gui.forms.ui_funding_entry_dialog import Ui_FundingEntryDialog
from qotb_desktop.gui.forms.ui_funding_matching_dialog import Ui_FundingMatchingDialog
from qotb_desktop.gui.forms.ui_funding_share_dialog import Ui_FundingShareDialog
from qotb_desktop.gui.record_dialog import RecordDialog, fill_combo
from qotb_desktop.services import funding


def amount_text(rials: int | None, unit: Unit) -> str:
    """An amount as the field shows it («۲۵۰٬۰۰۰»); nothing for None."""
    return "" if rials is None else format_amount(rials, unit=unit)


class EntryDialog(RecordDialog):
    """A new entry of the year's money; the year's line once, a supplement after it."""

    FIELDS = ("kind", "amount", "recorded_on", "reference", "source", "note")

    def __init__(self, uow, year: int, unit: Unit, *, has_line: bool, parent: QWidget | None = None):
        super().__init__(Ui_FundingEntryDialog(), parent)
        self._uow, self._year, self._unit = uow, year, unit
        fill_combo(self.ui.kind, list(rules.BUDGET_KINDS.items()))
        self.ui.amountLabel.setText(f"مبلغ ({unit.title})")
        self.ui.intro.setText(
            f"اعتبار سال {num(year)}: ردیف بودجه یک بار در سال ثبت می‌شود و افزایش میانه سال «متمم» است؛ "
            f"وجوه دستگاه‌ها و سازمان‌ها (تبصره ۱۳) به نیمه فراخوان‌ها افزوده می‌شود. مبلغ به {unit.title} است."
        )
        self.setWindowTitle(f"ردیف تازه اعتبار سال {num(year)}")
        self.load({"kind": "supplement" if has_line else "line", "recorded_on": jdate(today())})

    def check(self, values: dict[str, Any]) -> None:
        rules.clean_entry(**values, unit=self._unit)

    def save(self, values: dict[str, Any]) -> int:
        return funding.add_budget_entry(uow=self._uow, year=self._year, **values)


def _fresh_share(uow, year: int, share_id: int) -> ShareView:
    sheet = funding.allocation_sheet(uow=uow, year=year)
    found = next((s for s in sheet.shares if s.id == share_id), None) if sheet else None
    if found is None:
        raise DomainError("این سهم پیدا نشد؛ شاید جدول دوباره محاسبه شده است.")
    return found


class ShareDialog(RecordDialog):
    """A centre's share set by hand: another amount than the computed one needs its reason."""

    FIELDS = ("amount", "reason")

    def __init__(self, uow, year: int, unit: Unit, share: ShareView, *, left: int, parent: QWidget | None = None):
        super().__init__(Ui_FundingShareDialog(), parent)
        self._uow, self._year, self._unit, self._record = uow, year, unit, share
        self.ui.amountLabel.setText(f"سهم ({unit.title})")
        unassigned = f" اکنون {amount_text(left, unit)} {unit.title} از نیمه برنامه‌ها بی‌تخصیص است." if left else ""
        self.ui.intro.setText(
            f"«{share.centre}» ({share.institution}): سهم محاسبه‌شده {amount_text(share.computed, unit)} {unit.title}. "
            "جمع سهم‌ها از نیمه برنامه‌ها بیشتر نمی‌شود: برای افزودن به این سهم، نخست سهم دیگری را کم کنید." + unassigned
        )
        self.setWindowTitle(f"سهم {share.centre}")
        self.load(self.values_of(share))

    def values_of(self, record: ShareView) -> dict[str, Any]:
        return {"amount": amount_text(record.amount, self._unit), "reason": record.reason}

    def fetch(self) -> ShareView:
        return _fresh_share(self._uow, self._year, self._record.id)

    def check(self, values: dict[str, Any]) -> None:
        check = Checker()
        label = f"سهم ({self._unit.title})"
        rials = read_amount(check, "amount", label, values["amount"], unit=self._unit, positive=False)
        why = read_text(check, "reason", "دلیل تغییر", values["reason"], required=False, max_len=1000)
        if not check.errors and rials != self._record.computed and not why:
            check.fail("reason", "دلیل تغییر", "سهمی جز سهم محاسبه‌شده دلیل می‌خواهد؛ دلیل را بنویسید.")
        check.done()

    def save(self, values: dict[str, Any]) -> None:
        share = self._record
        funding.adjust_share(uow=self._uow, allocation_id=share.id, version=share.version, **values)


class MatchingDialog(RecordDialog):
    """What the institution provided of its matching for an approved share (12-2-2)."""

    FIELDS = ("provided", "provided_on", "note")

    def __init__(self, uow, year: int, unit: Unit, share: ShareView, parent: QWidget | None = None):
        super().__init__(Ui_FundingMatchingDialog(), parent)
        self._uow, self._year, self._unit, self._record = uow, year, unit, share
        self.ui.providedLabel.setText(f"تأمین‌شده ({unit.title})")
        self.ui.intro.setText(
            f"«{share.institution}» برای «{share.centre}» دست‌کم برابر سهم تخصیص‌یافته، "
            f"{amount_text(share.amount, unit)} {unit.title}، تأمین می‌کند (بند ۱۲-۲-۲). "
            "آنچه تاکنون تأمین کرده است را با تاریخ آن بنویسید؛ خالی گذاشتن مبلغ آن را پاک می‌کند."
        )
        self.setWindowTitle(f"سهم هم‌تراز {share.institution}")
        self.load(self.values_of(share))
        if share.provided is None:
            self.ui.provided_on.setText(jdate(today()))
            self.mark_clean()

    def values_of(self, record: ShareView) -> dict[str, Any]:
        return {
            "provided": amount_text(record.provided, self._unit),
            "provided_on": record.provided_on,
            "note": record.provided_note,
        }

    def fetch(self) -> ShareView:
        return _fresh_share(self._uow, self._year, self._record.id)

    def check(self, values: dict[str, Any]) -> None:
        check = Checker()
        typed = str(values["provided"] or "").strip()
        if typed:
            label = f"تأمین‌شده ({self._unit.title})"
            read_amount(check, "provided", label, typed, unit=self._unit, positive=False)
        read_date(check, "provided_on", "تاریخ تأمین", values["provided_on"], required=bool(typed))
        read_text(check, "note", "یادداشت", values["note"], required=False, max_len=1000)
        check.done()

    def save(self, values: dict[str, Any]) -> None:
        share = self._record
        funding.record_matching(uow=self._uow, allocation_id=share.id, version=share.version, **values)
