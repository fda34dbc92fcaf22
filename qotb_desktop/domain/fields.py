"""Reading one field of what a clerk typed: text, a choice, a Jalali date, an id.

Each reader normalises the value and records a Persian error naming the field in
the Checker it is given; the ``clean_*`` functions of the registries use them.
"""

from __future__ import annotations

from datetime import date

from qotb_desktop.domain.dates import BadDate, parse_jalali
from qotb_desktop.domain.errors import Checker
from qotb_desktop.domain.text import (
    has_letter,
    normalize_text,
    search_key,
    to_latin_digits,
    to_persian_digits,
    unprintable,
    unprintable_message,
)

DateInput = date | str | None

EMPTY = "خالی مانده است؛ آن را بنویسید."
MAX_ID = 2**31 - 1  # the largest row id both back ends hold (PostgreSQL's INTEGER; SQLite's is wider)


def read_text(
    check: Checker, field: str, label: str, value: object, *, required: bool, max_len: int = 200, name: bool = False
) -> str:
    """A one-line text field. ``name``: it must hold a letter (a name is not «123» or «!!!»)."""
    text = normalize_text(None if value is None else str(value), single_line=True)
    if required and not text:
        check.fail(field, label, EMPTY)
    elif len(text) > max_len:
        check.fail(field, label, f"بلندتر از {to_persian_digits(max_len)} نویسه است.")
    elif name and text and not has_letter(text):
        check.fail(field, label, "باید دست‌کم یک حرف داشته باشد.")
    elif (bad := unprintable(text)) is not None:
        check.fail(field, label, unprintable_message(bad))
    return text


def read_choice(check: Checker, field: str, label: str, value: object, table: dict[str, str]) -> str:
    """A key of ``table``, given as the key or as its Persian title (typed in any digit form)."""
    key = normalize_text(None if value is None else str(value), single_line=True)
    if key in table:
        return key
    by_label = {search_key(v): k for k, v in table.items()}
    if search_key(key) in by_label:
        return by_label[search_key(key)]
    if not key or key == "None":
        check.fail(field, label, "برگزیده نشده است؛ یکی را برگزینید.")
    else:
        choices = "، ".join(table.values())
        check.fail(field, label, f"«{to_persian_digits(key)}» در فهرست نیست؛ یکی از این‌ها را برگزینید: {choices}.")
    return key


def read_date(check: Checker, field: str, label: str, value: DateInput, *, required: bool) -> date | None:
    if isinstance(value, date):
        return value
    if value is None or not normalize_text(value):
        if required:
            check.fail(field, label, EMPTY)
        return None
    try:
        return parse_jalali(value)
    except BadDate as exc:
        check.fail(field, label, str(exc))
        return None


def required_date(value: DateInput, field: str, label: str) -> date:
    """One date the action cannot do without (an end, a dissolution), or ValidationError."""
    check = Checker()
    when = read_date(check, field, label, value, required=True)
    check.done()
    assert when is not None
    return when


def read_id(check: Checker, field: str, label: str, value: object, *, required: bool = True) -> int | None:
    if value is None or value == "":
        if required:
            check.fail(field, label, "برگزیده نشده است؛ یکی را برگزینید.")
        return None
    try:
        number = int(to_latin_digits(str(value)))
    except ValueError:
        check.fail(field, label, "شناسه درست نیست.")
        return None
    if not 0 < number <= MAX_ID:
        check.fail(field, label, "شناسه درست نیست.")
    return number


def read_clock(check: Checker, field: str, label: str, value: object) -> str:
    """A time of day typed as HH:MM in any digits ("" when empty); stored as HH:MM."""
    text = normalize_text(None if value is None else str(value), single_line=True)
    if not text:
        return ""
    hours, _, minutes = text.partition(":")
    if not (hours.isascii() and minutes.isascii() and hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        check.fail(field, label, "ساعت را به شکل ۱۰:۳۰ بنویسید.")
        return ""
    if int(hours) > 23 or int(minutes) > 59:
        check.fail(field, label, "چنین ساعتی نیست (۰۰:۰۰ تا ۲۳:۵۹).")
        return ""
    return f"{int(hours):02d}:{minutes}"


def read_number(check: Checker, field: str, label: str, value: object, *, least: int = 1, most: int = 10_000) -> int:
    """A whole number typed in any digits, between ``least`` and ``most``."""
    text = to_latin_digits(normalize_text(None if value is None else str(value), single_line=True))
    if not (text.isascii() and text.isdigit() and len(text) <= 9) or not least <= int(text) <= most:
        check.fail(field, label, f"عددی از {to_persian_digits(least)} تا {to_persian_digits(most)} بنویسید.")
        return least
    return int(text)
