"""The dialogs of a project's stage (12-3-7): its report approved by the working group
(the group and its members serving on the day, from the registry), and a payment of it,
never past the stage's amount. Bad input is shown on its field in Persian, nothing written."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from qotb_desktop.domain import calls as rules
from qotb_desktop.domain.dates import today
from qotb_desktop.domain.errors import Checker
from qotb_desktop.domain.fields import read_date
from qotb_desktop.domain.funding_views import StageView
from qotb_desktop.domain.money import Unit
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.gui.call_dialogs import WhoTookPart, _merged, amount_text, persian
from qotb_desktop.gui.fmt import jdate, num
from qotb_desktop.gui.forms.ui_call_approval_dialog import Ui_CallApprovalDialog
from qotb_desktop.gui.forms.ui_call_payment_dialog import Ui_CallPaymentDialog
from qotb_desktop.gui.record_dialog import RecordDialog
from qotb_desktop.services import call_views, calls
from qotb_desktop.services.review_bodies import BodyView


def _stage_name(stage: StageView) -> str:
    return f"مرحله {num(stage.position)} «{stage.title}»"


class ApprovalDialog(RecordDialog, WhoTookPart):
    """The working group approves the stage's report: then the stage may be paid."""

    FIELDS = ("approved_on", "body_id", "member_ids")

    def __init__(self, uow, project: str, stage: StageView, bodies: list[BodyView], parent: QWidget | None = None):
        super().__init__(Ui_CallApprovalDialog(), parent)
        self._uow, self._record = uow, stage
        self.ui.approved_onLabel.setText("تاریخ تأیید گزارش")
        self._who(bodies, self.ui.body_id, self.ui.member_ids, self.ui.approved_on)
        self.ui.intro.setText(
            f"{_stage_name(stage)} از «{project}»: گزارش آن در {jdate(stage.report_received_on)} دریافت شده است. "
            "کارگروه تخصصی آن را تأیید می‌کند (بند ۱۲-۳-۷)؛ پس از آن مرحله پرداخت می‌شود."
        )
        self.setWindowTitle(f"تأیید گزارش {_stage_name(stage)}")
        persian(self)
        self.load({"approved_on": jdate(max(today(), stage.report_received_on or today()))})
        self._refill()
        self.mark_clean()

    def check(self, values: dict[str, Any]) -> None:
        def day() -> None:
            check = Checker()
            read_date(check, "approved_on", "تاریخ تأیید گزارش", values["approved_on"], required=True)
            check.done()

        _merged(day, lambda: self._check_who(values))

    def save(self, values: dict[str, Any]) -> None:
        calls.approve_stage_report(uow=self._uow, stage_id=self._record.id, version=self._record.version, **values)

    def fetch(self) -> StageView:
        return call_views.get_stage(uow=self._uow, stage_id=self._record.id)

    def values_of(self, record: StageView) -> dict[str, Any]:
        return {}  # the approval's fields are the clerk's; the stage read again lets the save be tried again


class PaymentDialog(RecordDialog):
    """A payment of an approved stage, up to what is left of its amount."""

    FIELDS = ("amount", "paid_on", "order_number")

    def __init__(self, uow, project: str, stage: StageView, unit: Unit, parent: QWidget | None = None):
        super().__init__(Ui_CallPaymentDialog(), parent)
        self._uow, self._record, self._unit = uow, stage, unit
        self.ui.amountLabel.setText(f"مبلغ پرداخت ({unit.title})")
        self._project = project
        self._tell(stage)
        self.setWindowTitle(f"پرداخت {_stage_name(stage)}")
        persian(self)
        self.load({**self.values_of(stage), "paid_on": jdate(today())})

    def _tell(self, stage: StageView) -> None:
        unit, left = self._unit, stage.amount - stage.paid
        self.ui.intro.setText(
            f"{_stage_name(stage)} از «{self._project}»: مبلغ مرحله {amount_text(stage.amount, unit)} {unit.title}، "
            f"تاکنون پرداخت‌شده {amount_text(stage.paid, unit)} و مانده {amount_text(left, unit)} {unit.title}. "
            "پرداخت از مانده مرحله، اعتبار فراخوان و نیمه فراخوان‌های سال بیشتر نمی‌شود."
        )
        self.ui.intro.setText(to_persian_digits(self.ui.intro.text()))

    def fetch(self) -> StageView:
        return call_views.get_stage(uow=self._uow, stage_id=self._record.id)

    def values_of(self, record: StageView) -> dict[str, Any]:
        """What is left of the stage to pay: read again after another desk's payment."""
        self._tell(record)
        return {"amount": amount_text(record.amount - record.paid, self._unit)}

    def check(self, values: dict[str, Any]) -> None:
        rules.clean_payment(**values, unit=self._unit)

    def save(self, values: dict[str, Any]) -> int:
        return calls.pay_stage(uow=self._uow, stage_id=self._record.id, version=self._record.version, **values)
