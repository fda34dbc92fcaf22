"""The trail's rows that are events rather than changes of a record (issue 19.8): logins
(both outcomes), exports, backups, restores, and a statement that changed many rows at
once. Their kinds, and their details in Persian."""

from __future__ import annotations

from collections.abc import Mapping

from qotb_desktop.domain.text import to_persian_digits

# The kind stored in audit_log.action (ten characters at most) -> in Persian.
EVENTS = {
    "login": "ورود",
    "login_fail": "ورود ناموفق",
    "export": "خروجی",
    "backup": "پشتیبان‌گیری",
    "restore": "بازگردانی پشتیبان",
    "bulk": "تغییر گروهی",
}
# The kinds the program's paths record through services.audit_events.record_event.
RECORDED = frozenset({"export", "backup", "restore"})

DETAILS = {
    "reason": "علت",
    "typed": "نام کاربری نوشته‌شده",
    "what": "چه چیزی",
    "file": "پرونده",
    "format": "قالب",
    "rows": "شمار سطرها",
    "source": "از پرونده",
    "saved": "نسخه پیشین",
    "statement": "دستور",
    "by": "به دست",
    "own": "پشتیبان همین پایگاه داده",
    "account": "بازگرداننده",
}
REASONS = {
    "password": "گذرواژه نادرست",
    "unknown": "نام کاربری ناشناخته",
    "locked": "حساب بسته بود",
    "inactive": "حساب غیرفعال است",
    "locked_now": "گذرواژه نادرست؛ حساب بسته شد",
}


def is_event(action: str) -> bool:
    return action in EVENTS


def detail_rows(detail: Mapping[str, object]) -> list[tuple[str, str, str]]:
    """An event's details as (key, Persian label, value shown)."""
    rows = []
    for key, value in detail.items():
        shown = REASONS.get(str(value), str(value)) if key == "reason" else str(value)
        if key == "rows" or (isinstance(value, int) and not isinstance(value, bool)):
            shown = to_persian_digits(value)
        rows.append((key, DETAILS.get(key, key.replace("_", " ")), shown))
    return rows
