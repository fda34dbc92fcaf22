"""Note 16's dialog: the secretariat's support of a research contract that at least two
running centres made with an executive body bearing its costs. Amounts are typed in the
scheme's display unit (million rials); the centres are ticked in a list; it saves through
one service verb, and bad input is shown on its field in Persian with nothing written."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from qotb_desktop.domain.contracts import clean_support
from qotb_desktop.domain.dates import today
from qotb_desktop.domain.money import Unit
from qotb_desktop.gui.call_dialogs import amount_text, persian, running_centres
from qotb_desktop.gui.fmt import jdate, num
from qotb_desktop.gui.forms.ui_contract_support_dialog import Ui_ContractSupportDialog
from qotb_desktop.gui.record_dialog import RecordDialog, fill_checklist
from qotb_desktop.services import contracts


class ContractSupportDialog(RecordDialog):
    """A support of the year (note 16, 12-2-3): at most the contract's amount, from what
    the calls' half has left after the calls' budgets and the supports before it."""

    FIELDS = (
        "title", "organisation", "contract_number", "contract_on", "contract_amount", "support", "decided_on",
        "centre_ids", "note",
    )  # fmt: skip

    def __init__(self, uow, year: int, unit: Unit, *, left: int, parent: QWidget | None = None):
        super().__init__(Ui_ContractSupportDialog(), parent)
        self._uow, self._year, self._unit = uow, year, unit
        fill_checklist(self.ui.centre_ids, running_centres(uow, year))
        self.ui.contract_amountLabel.setText(f"مبلغ قرارداد ({unit.title})")
        self.ui.supportLabel.setText(f"حمایت دبیرخانه ({unit.title})")
        self.ui.intro.setText(
            f"تبصره ۱۶: دبیرخانه از قرارداد پژوهشی که دست‌کم دو قطب علمی با دستگاهی اجرایی بسته‌اند و هزینه آن "
            f"را آن دستگاه می‌پردازد حمایت می‌کند. حمایت از مبلغ قرارداد بیشتر نیست و از نیمه فراخوان‌های سال "
            f"{num(year)} است که اکنون {amount_text(left, unit)} {unit.title} از آن مانده است. "
            "قطب‌های طرف قرارداد (مصوب یا مشروط) را تیک بزنید."
        )
        self.setWindowTitle(f"حمایت تازه از قرارداد مشترک قطب‌ها، سال {num(year)}")
        persian(self)
        self.load({"decided_on": jdate(today())})

    def check(self, values: dict[str, Any]) -> None:
        clean_support(**values, unit=self._unit)

    def save(self, values: dict[str, Any]) -> int:
        return contracts.add_contract_support(uow=self._uow, year=self._year, **values)
