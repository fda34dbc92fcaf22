"""Note 16 (and 12-2-3): the secretariat supports a research contract that at least two
centres made, under their institutions' rules, with an executive body that bears its
costs. As the clerk types it: the contract, the body, the centres, the support."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from qotb_desktop.domain.errors import Checker
from qotb_desktop.domain.fields import read_date, read_text
from qotb_desktop.domain.money import Unit, read_amount

MIN_CENTRES = 2  # note 16: «حداقل دو قطب علمی»


@dataclass(frozen=True)
class SupportRecord:
    title: str
    organisation: str
    contract_number: str
    contract_on: date
    contract_amount: int
    support: int
    decided_on: date
    centre_ids: tuple[int, ...]
    note: str


def clean_support(
    *,
    title: object,
    organisation: object,
    contract_number: object,
    contract_on: object,
    contract_amount: object,
    support: object,
    decided_on: object,
    centre_ids: Sequence[int],
    note: object = "",
    unit: Unit,
) -> SupportRecord:
    check = Checker()
    name = read_text(check, "title", "عنوان قرارداد", title, required=True, max_len=300, name=True)
    body = read_text(check, "organisation", "دستگاه اجرایی طرف قرارداد", organisation, required=True, max_len=200, name=True)
    number = read_text(check, "contract_number", "شماره قرارداد", contract_number, required=True, max_len=60)
    signed = read_date(check, "contract_on", "تاریخ قرارداد", contract_on, required=True)
    value = read_amount(check, "contract_amount", f"مبلغ قرارداد ({unit.title})", contract_amount, unit=unit)
    given = read_amount(check, "support", f"حمایت دبیرخانه ({unit.title})", support, unit=unit)
    decided = read_date(check, "decided_on", "تاریخ تصمیم حمایت", decided_on, required=True)
    ids = tuple(dict.fromkeys(int(c) for c in centre_ids))
    if len(ids) < MIN_CENTRES:
        check.fail("centre_ids", "قطب‌های طرف قرارداد", "دست‌کم دو قطب علمی باید در قرارداد مشارکت داشته باشند (تبصره ۱۶).")
    if signed and decided and decided < signed:
        check.fail("decided_on", "تاریخ تصمیم حمایت", "پیش از تاریخ قرارداد است.")
    if value and given and given > value:
        check.fail("support", f"حمایت دبیرخانه ({unit.title})", "از مبلغ قرارداد بیشتر است.")
    text = read_text(check, "note", "یادداشت", note, required=False, max_len=4000)
    check.done()
    return SupportRecord(name, body, number, signed or date.min, value, given, decided or date.min, ids, text)
