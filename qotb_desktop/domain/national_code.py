"""The Iranian national code (کد ملی): ten digits, the last a checksum."""

from __future__ import annotations

import re

from qotb_desktop.domain.text import to_latin_digits


class BadNationalCode(ValueError):
    """The message is Persian and says what is wrong."""


def clean_national_code(text: str) -> str:
    """Return the ten-digit code, or raise BadNationalCode.

    Accepts Persian, Arabic-Indic or Latin digits, with spaces or dashes between
    groups. Eight or nine digits are taken as a code whose leading zeros were
    lost (spreadsheets drop them) and padded back.
    """
    digits = re.sub(r"[\s\-\u200c]", "", to_latin_digits(text or ""))
    if not digits:
        raise BadNationalCode("خالی است.")
    if not digits.isdigit():
        raise BadNationalCode("فقط رقم بنویسید.")
    if len(digits) in (8, 9):
        digits = digits.zfill(10)
    if len(digits) != 10:
        raise BadNationalCode("باید ده رقم باشد.")
    if len(set(digits)) == 1:
        raise BadNationalCode("ده رقم یکسان کد ملی معتبر نیست.")
    if not is_valid(digits):
        raise BadNationalCode("رقم کنترل آن درست نیست؛ کد را دوباره بخوانید.")
    return digits


def is_valid(code: str) -> bool:
    if len(code) != 10 or not code.isdigit() or len(set(code)) == 1:
        return False
    return code[9] == check_digit(code[:9])


def check_digit(first_nine: str) -> str:
    remainder = sum(int(d) * (10 - i) for i, d in enumerate(first_nine)) % 11
    return str(remainder if remainder < 2 else 11 - remainder)
