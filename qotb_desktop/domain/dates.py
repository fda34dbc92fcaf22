"""Jalali dates: typed in any digit form, stored as ISO dates, shown with Persian digits."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

import jdatetime

from qotb_desktop.domain.text import normalize_text, to_persian_digits

_DATE = re.compile(r"^\s*(\d{2,4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*$")


MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]


class BadDate(ValueError):
    """The text is not a real Jalali date; the message is Persian."""


def parse_jalali(text: object) -> date:
    """``"۱۴۰۳/۷/۱"``, ``"1403-07-01"``, ``"١٤٠٣.٠٧.٠١"`` -> ``date(2024, 9, 22)``.

    A two-digit year is read as 13xx or 14xx (years 00-50 as 14xx). Raises
    BadDate for anything that is not a real day of the Jalali calendar (or not text).
    Invisible direction marks pasted with the date are ignored (normalize_text).
    """
    match = _DATE.match(normalize_text(text) if isinstance(text, str) else "")
    if not match:
        raise BadDate("تاریخ را به شکل سال/ماه/روز بنویسید، مانند ۱۴۰۳/۰۷/۰۱.")
    year, month, day = (int(g) for g in match.groups())
    if year < 100:
        year += 1400 if year <= 50 else 1300
    if not 1 <= month <= 12:
        raise BadDate(f"ماه {to_persian_digits(month)} وجود ندارد؛ ماه از ۱ تا ۱۲ است.")
    if year < 1200 or year > 1600:
        raise BadDate(f"سال {to_persian_digits(year)} پذیرفتنی نیست.")
    try:
        return jdatetime.date(year, month, day).togregorian()
    except ValueError:
        raise BadDate(f"{MONTHS[month - 1]} {to_persian_digits(year)} روز {to_persian_digits(day)} ندارد.") from None


def format_jalali(value: date | None, *, persian_digits: bool = True) -> str:
    """``date(2024, 9, 22)`` -> ``"۱۴۰۳/۰۷/۰۱"``; None -> ``""``."""
    if value is None:
        return ""
    text = _jalali_text(value)
    return to_persian_digits(text) if persian_digits else text


@lru_cache(maxsize=16384)
def _jalali_text(value: date) -> str:
    j = jdatetime.date.fromgregorian(date=value)
    return f"{j.year:04d}/{j.month:02d}/{j.day:02d}"


def jalali_year(value: date) -> int:
    return jdatetime.date.fromgregorian(date=value).year


def add_jalali_years(start: date, years: int) -> date:
    """The same Jalali day ``years`` later (30 Esfand -> 29 Esfand in a common year)."""
    j = jdatetime.date.fromgregorian(date=start)
    target_year = j.year + years
    day = j.day
    while True:
        try:
            return jdatetime.date(target_year, j.month, day).togregorian()
        except ValueError:
            day -= 1


def term_end(start: date, years: int) -> date:
    """Last day of a term of ``years`` Jalali years starting on ``start``: counted on
    from the day before the start (a term from 30 Esfand 1403 ends on 29 Esfand 1407)."""
    return add_jalali_years(start - timedelta(days=1), years)


def today() -> date:
    return date.today()


def jalali_year_bounds(year: int) -> tuple[date, date]:
    """First and last day (Gregorian) of Jalali ``year``."""
    first = jdatetime.date(year, 1, 1).togregorian()
    return first, jdatetime.date(year + 1, 1, 1).togregorian() - timedelta(days=1)


def jalali_month_end(year: int, month: int) -> date:
    """The last day of Jalali ``month`` of ``year``."""
    nxt = jdatetime.date(year + (month == 12), month % 12 + 1, 1).togregorian()
    return nxt - timedelta(days=1)
