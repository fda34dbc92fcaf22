"""The calls screen's tab of note 16: the year's supports of research contracts shared by
centres, and what the calls' half has left after the calls' budgets and the supports
(both are paid from it, docs/decisions.md «Note 16's support»)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from qotb_desktop.domain.funding_views import CallsHalfView
from qotb_desktop.domain.money import DEFAULT_UNIT, Unit, format_amount
from qotb_desktop.gui.fitting import rows_in_view
from qotb_desktop.gui.fmt import code, jdate, num
from qotb_desktop.gui.registry_page import RegistryPage
from qotb_desktop.gui.screens.base import date_sort
from qotb_desktop.gui.table_model import Column
from qotb_desktop.services.contracts import SupportView

TAB_TITLE = "حمایت از قراردادهای مشترک (تبصره ۱۶)"


class SupportsSection(QWidget):
    """The supports of the year in view, under a line of the calls' half and its remainder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SupportView] = []
        self.unit: Unit = DEFAULT_UNIT
        self.left = 0
        self.summary = QLabel()
        self.summary.setObjectName("callDetail")
        self.summary.setWordWrap(True)
        amount = lambda r: format_amount(r, unit=self.unit)  # noqa: E731 (the unit of the year shown)
        self.page = RegistryPage(
            TAB_TITLE,
            [
                Column("عنوان قرارداد", lambda s: s.title),
                Column("دستگاه اجرایی", lambda s: s.organisation),
                Column("شماره قرارداد", lambda s: code(s.contract_number), whole=True),
                Column("تاریخ قرارداد", lambda s: jdate(s.contract_on), lambda s: date_sort(s.contract_on)),
                Column("مبلغ قرارداد", lambda s: amount(s.contract_amount), lambda s: s.contract_amount, align_center=True),
                Column("حمایت", lambda s: amount(s.support), lambda s: s.support, align_center=True),
                Column("تاریخ تصمیم", lambda s: jdate(s.decided_on), lambda s: date_sort(s.decided_on)),
                Column(
                    "قطب‌ها",
                    lambda s: "، ".join(s.centres),
                    tooltip=lambda s: "\n".join(s.centres + ((s.note,) if s.note else ())),
                ),
            ],
            lambda: self.rows,
            search_hint="عنوان، دستگاه، قطب",
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.page, 1)
        rows_in_view(self.page.ui.table, 3)

    def show_year(self, year: int | None, unit: Unit, rows: list[SupportView], use: CallsHalfView | None) -> None:
        """The year's supports, and ``use``: its calls' half, the calls' budgets and the
        supports taken from it, and what is left."""
        self.rows, self.unit = rows, unit
        self.left = use.left if use else 0
        money = lambda r: f"{format_amount(r, unit=unit)} {unit.title}"  # noqa: E731
        self.page.ui.title.setText(f"{TAB_TITLE}، سال {num(year)} (مبلغ‌ها به {unit.title})")
        self.summary.setText(
            f"نیمه فراخوان‌های سال {num(year)}: {money(use.half)}؛ اعتبار فراخوان‌ها {money(use.budgets)} و "
            f"حمایت از {num(len(rows))} قرارداد {money(use.supports)}؛ <b>مانده {money(use.left)}</b>. "
            "حمایت‌ها و فراخوان‌ها هر دو از این نیمه‌اند."
            if year and use
            else "سالی را برگزینید."
        )
        self.page.reload()
        if self.page.current_record() is None:
            self.page.select_first()
