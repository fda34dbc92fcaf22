"""Money (article 12): stored as whole rials, never floats; typed and shown in the unit
the office writes (million rials by default, the funding scheme's ``display_unit``).

«۲۵۰٬۰۰۰» in million rials is 250,000,000,000 rials; a fraction of the unit is accepted
down to one rial («۱٫۵» million rials is 1,500,000 rials) and refused below it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from qotb_desktop.domain.errors import Checker
from qotb_desktop.domain.text import normalize_text, to_latin_digits, to_persian_digits

# Past any budget line (a million billion rials); the database's limits multiply a year's
# line by its percentage, which stays well inside BIGINT (9.2e18) on both back ends.
MAX_RIALS = 10**15


@dataclass(frozen=True)
class Unit:
    key: str
    title: str  # «میلیون ریال»
    rials: int  # rials in one unit


UNITS = {
    "rial": Unit("rial", "ریال", 1),
    "thousand_rial": Unit("thousand_rial", "هزار ریال", 1_000),
    "million_rial": Unit("million_rial", "میلیون ریال", 1_000_000),
    "billion_rial": Unit("billion_rial", "میلیارد ریال", 1_000_000_000),
}
DEFAULT_UNIT = UNITS["million_rial"]

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_SEPARATORS = ("٬", ",", " ", "\u200c", "\u202f", "'")


def read_amount(
    check: Checker,
    field: str,
    label: str,
    value: object,
    *,
    unit: Unit = DEFAULT_UNIT,
    required: bool = True,
    positive: bool = True,
) -> int:
    """Rials from what the clerk typed in ``unit`` (Persian, Arabic or Latin digits;
    thousands separators; «٫» or «.» for the fraction). An integer given by the program is
    taken as rials. Records a Persian error naming the field; returns 0 then."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            check.fail(field, label, "خالی مانده است؛ مبلغ را بنویسید.")
        return 0
    if isinstance(value, bool):
        check.fail(field, label, "مبلغ نیست.")
        return 0
    if isinstance(value, int):
        rials = value
    else:
        text = to_latin_digits(normalize_text(str(value), single_line=True)).replace("٫", ".").replace("/", ".")
        for sep in _SEPARATORS:
            text = text.replace(sep, "")
        if not _NUMBER.fullmatch(text) or len(text) > 40:
            check.fail(field, label, f"باید مبلغی به {unit.title} باشد (مانند ۲۵۰٬۰۰۰).")
            return 0
        try:
            exact = Decimal(text) * unit.rials
        except InvalidOperation:
            check.fail(field, label, "مبلغ نیست.")
            return 0
        if exact != exact.to_integral_value():
            check.fail(field, label, f"کمتر از یک ریال را نمی‌توان نوشت؛ مبلغ به {unit.title} است.")
            return 0
        rials = int(exact)
    if rials < 0:
        check.fail(field, label, "نمی‌تواند منفی باشد.")
    elif rials == 0 and positive:
        check.fail(field, label, "باید بیش از صفر باشد.")
    elif rials > MAX_RIALS:
        check.fail(field, label, "بیش از اندازه است.")
    return rials


def format_amount(rials: int, *, unit: Unit = DEFAULT_UNIT, digits: str = "fa") -> str:
    """«۲۵۰٬۰۰۰» or «۱٫۵»: the amount in ``unit`` with thousands separators, a fraction
    only when it is not whole (never rounded: every rial shown). ``digits="latin"`` for
    spreadsheets and CSV."""
    sign = "-" if rials < 0 else ""
    whole, rest = divmod(abs(int(rials)), unit.rials)
    text = f"{whole:,}"
    if rest:
        width = len(str(unit.rials)) - 1
        text += "." + str(rest).rjust(width, "0").rstrip("0")
    text = sign + text
    if digits == "latin":
        return text
    return to_persian_digits(text.replace(",", "٬").replace(".", "٫"))


def in_unit(rials: int, unit: Unit = DEFAULT_UNIT) -> Decimal:
    """The exact amount in ``unit`` (for a spreadsheet's number cell)."""
    return Decimal(int(rials)) / Decimal(unit.rials)
