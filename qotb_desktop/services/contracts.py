"""Note 16's support of research contracts shared by centres (and 12-2-3): recorded for a
year, paid from the calls' half with the calls' budgets (docs/decisions.md)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from qotb_desktop.domain import funding
from qotb_desktop.domain.contracts import clean_support
from qotb_desktop.domain.errors import FieldError, ValidationError
from qotb_desktop.domain.money import Unit, format_amount
from qotb_desktop.services.calls import left_of_calls_half
from qotb_desktop.services.funding import open_year, scheme_of
from qotb_desktop.store.funding_models import ContractSupport, ContractSupportCentre
from qotb_desktop.store.unit_of_work import SqlUnitOfWork as UnitOfWork


@dataclass(frozen=True)
class SupportView:
    id: int
    year: int
    title: str
    organisation: str
    contract_number: str
    contract_on: date
    contract_amount: int
    support: int
    decided_on: date
    centres: tuple[str, ...]
    note: str
    unit: Unit


def add_contract_support(
    *,
    uow: UnitOfWork,
    year: object,
    title: object,
    organisation: object,
    contract_number: object,
    contract_on: object,
    contract_amount: object,
    support: object,
    decided_on: object,
    centre_ids: Sequence[int],
    note: object = "",
) -> int:
    """The secretariat's support of a contract of two centres or more with an executive
    body (note 16), within what the calls' half has left after the calls' budgets."""
    y = funding.clean_year(year)
    unit = scheme_of(y).display_unit
    record = clean_support(
        title=title, organisation=organisation, contract_number=contract_number, contract_on=contract_on,
        contract_amount=contract_amount, support=support, decided_on=decided_on, centre_ids=centre_ids, note=note, unit=unit,
    )  # fmt: skip
    with uow:
        open_year(uow, y)
        for cid in record.centre_ids:
            centre = uow.centres.get(cid)
            if centre is None or centre.status not in scheme_of(y).entitled_statuses:
                raise ValidationError(FieldError("centre_ids", "قطب‌های طرف قرارداد", "هر یک باید قطبی مصوب یا مشروط باشد."))
        left = left_of_calls_half(uow, y)
        if record.support > left:
            over = format_amount(record.support - left, unit=unit)
            raise ValidationError(
                FieldError(
                    "support", f"حمایت دبیرخانه ({unit.title})", f"از آنچه از نیمه فراخوان‌ها مانده {over} {unit.title} بیشتر است."
                )
            )
        row = ContractSupport(
            year=y,
            title=record.title,
            organisation=record.organisation,
            contract_number=record.contract_number,
            contract_on=record.contract_on,
            contract_amount=record.contract_amount,
            support=record.support,
            decided_on=record.decided_on,
            note=record.note,
            centres=[ContractSupportCentre(centre_id=c) for c in record.centre_ids],
        )
        uow.funding.add(row)
        uow.commit()
        return row.id


def list_contract_supports(*, uow: UnitOfWork, year: object) -> list[SupportView]:
    y = funding.clean_year(year)
    unit = scheme_of(y).display_unit
    with uow:
        return [
            SupportView(
                s.id, s.year, s.title, s.organisation, s.contract_number, s.contract_on, s.contract_amount, s.support,
                s.decided_on, tuple(uow.centres.get(c.centre_id).title for c in s.centres), s.note, unit,
            )
            for s in uow.funding.supports(y)
        ]  # fmt: skip
