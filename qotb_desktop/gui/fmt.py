"""How values look on screen: Persian digits, Jalali dates, isolated Latin runs."""

from __future__ import annotations

from datetime import date

from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.domain.text import isolate_ltr, to_persian_digits, to_persian_number


def num(value: object) -> str:
    """A number in Persian digits, with the Persian decimal separator (٫)."""
    return to_persian_number(value)


def tally(yes: int, no: int, abstain: int) -> str:
    """A vote, each count named: «موافق ۵، مخالف ۱، ممتنع ۰» (never «۵/۱/۰», which reads as a date)."""
    return f"موافق {num(yes)}، مخالف {num(no)}، ممتنع {num(abstain)}"


def jdate(value: date | None) -> str:
    return format_jalali(value)


def code(value: str) -> str:
    """A national code or decree number: Persian digits."""
    return to_persian_digits(value)


def latin(value: str) -> str:
    """An email or other Latin run inside right-to-left text."""
    return isolate_ltr(value) if value else ""
