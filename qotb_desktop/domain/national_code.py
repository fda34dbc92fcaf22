"""The Iranian national code (کد ملی): ten digits, the last a checksum."""

from __future__ import annotations

import re

from qotb_desktop.domain.text import normalize_text


class BadNationalCode(ValueError):
    """The message is Persian and says what is wrong."""


def clean_national_code(text: object, *, restore_leading_zeros: bool = False) -> str:
    """Return the ten-digit code, or raise BadNationalCode.

    Accepts Persian, Arabic-Indic or Latin digits, with spaces or dashes between
    groups. With ``restore_leading_zeros`` (for spreadsheets, which drop them),
    eight or nine digits are padded back; typed by a clerk, they are refused,
    since a dropped digit would pass the checksum one time in eleven.
    """
    digits = re.sub(r"[\s\-\u200c]", "", normalize_text(None if text is None else str(text)))
    if not digits:
        raise BadNationalCode("خالی است.")
    if not re.fullmatch("[0-9]+", digits):  # not isdigit(): it takes ² and other scripts' digits
        raise BadNationalCode("فقط رقم بنویسید.")
    if restore_leading_zeros and len(digits) in (8, 9):
        digits = digits.zfill(10)
    if len(digits) != 10:
        hint = "؛ اگر با صفر آغاز می‌شود، صفرهای آغاز آن را هم بنویسید" if len(digits) in (8, 9) else ""
        raise BadNationalCode(f"باید ده رقم باشد{hint}.")
    if len(set(digits)) == 1:
        raise BadNationalCode("کدی با ده رقم یکسان معتبر نیست.")
    if not is_valid(digits):
        raise BadNationalCode("رقم کنترل آن درست نیست؛ کد را دوباره بخوانید.")
    return digits


def is_valid(code: str) -> bool:
    if not re.fullmatch("[0-9]{10}", code) or len(set(code)) == 1:
        return False
    return code[9] == check_digit(code[:9])


def check_digit(first_nine: str) -> str:
    remainder = sum(int(d) * (10 - i) for i, d in enumerate(first_nine)) % 11
    return str(remainder if remainder < 2 else 11 - remainder)
