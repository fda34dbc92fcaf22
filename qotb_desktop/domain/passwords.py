"""Which new passwords are refused besides the too short (issue 19.9), and why, in Persian.

A password is refused when, read as typed (Latin case, any script's digits, the
separators . - _ / , and spaces ignored; and read again with the letters of the Persian
keyboard as the Latin keys they sit on, for a password typed with the Persian layout on):

- it is one of the commonest passwords (``common_passwords.toml``: the 10,000 commonest
  of a corpus of leaked passwords, and the words an Iranian office's passwords are often
  made of), or one of them followed only by digits and signs (``dragon2024!``);
- it is one character repeated, or a short piece repeated (``abcabcabc``);
- it is a run of the alphabet or of the digits, forwards or backwards (``12345678``,
  ``abcdefgh``, ``87654321``), or a walk along the keyboard (``qwertyui``, ``asdfghjk``,
  ``1qaz2wsx``);
- it holds the account's user name (or a part of it of four letters or more, between
  its dots, dashes and underscores), or a part of the person's name of three letters or
  more.

Only when a password is set or changed: accounts keep the passwords they have.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

from qotb_desktop.domain.text import search_key

# The Persian keyboard (ISIRI 9147, as on Windows and most phones) -> the Latin key.
_PERSIAN_KEYS = dict(
    zip(
        "ضصثقفغعهخحجچشسیبلاتنمکگظطزرذدپو",
        "qwertyuiop[]asdfghjkl;'zxcvbnm,",
        strict=True,
    )
)
_WALKS = (
    "`1234567890-=",
    "qwertyuiop[]\\",
    "asdfghjkl;'",
    "zxcvbnm,./",
    "qwertyuiopasdfghjklzxcvbnm",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/",
    "qazwsxedcrfvtgbyhnujmikolp",
    "zaq1xsw2cde3vfr4bgt5nhy6mju7,ki8.lo9/;p0",
    "1q2w3e4r5t6y7u8i9o0p",
    "q1w2e3r4t5y6u7i8o9p0",
    "a1s2d3f4g5h6j7k8l9",
    "qawsedrftgyhujikolp",
    "1234567890qwertyuiop",
)
_SEPARATORS = re.compile(r"[\s\-_.،,/]")  # what search_key drops
_WALKS = tuple(_SEPARATORS.sub("", w) for w in _WALKS)
_SEQUENCES = ("0123456789" * 3, "abcdefghijklmnopqrstuvwxyz", "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی")
_TRAILING = re.compile(r"[\d\W_]+$")
MIN_STEM = 4  # a common password followed by digits or signs counts from this length
MIN_USERNAME = 3
MIN_NAME_PART = 3


@lru_cache(maxsize=1)
def common() -> frozenset[str]:
    """The common passwords, as keys (see ``search_key``)."""
    raw = tomllib.loads((resources.files(__package__) / "common_passwords.toml").read_text("utf-8"))
    words = [w for part in ("ranked", "office", "persian") for w in raw[part].splitlines()]
    return frozenset(k for k in (search_key(w) for w in words) if k)


def _as_typed(key: str) -> str:
    """The key with Persian keyboard letters read as the Latin keys under them."""
    return _SEPARATORS.sub("", "".join(_PERSIAN_KEYS.get(ch, ch) for ch in key))


def _repeated(key: str) -> str | None:
    if len(set(key)) == 1:
        return "از یک نویسه که پشت سر هم تکرار شده ساخته شده است"
    for size in range(2, 5):
        if len(key) >= 2 * size and (key[:size] * (len(key) // size + 1))[: len(key)] == key:
            return "تکرار چند نویسه است (مانند abcabcabc)"
    return None


def _walked(key: str) -> str | None:
    for line in _SEQUENCES:
        if key in line or key in line[::-1]:
            return "دنباله‌ای ساده از حرف‌ها یا رقم‌هاست (مانند ۱۲۳۴۵۶۷۸ یا abcdefgh)"
    for line in _WALKS:
        if key in line or key in line[::-1]:
            return "ردیفی از کلیدهای کنار هم بر صفحه‌کلید است (مانند qwerty)"
    return None


def _common(key: str) -> str | None:
    words = common()
    if key in words:
        return "از رایج‌ترین گذرواژه‌هاست و در نخستین حدس‌ها آزموده می‌شود"
    stem = _TRAILING.sub("", key)
    if len(stem) >= MIN_STEM and stem != key and stem in words:
        return f"گذرواژه رایج «{stem}» است با چند رقم یا نشانه پس از آن، که در نخستین حدس‌ها آزموده می‌شود"
    return None


def _names(key: str, username: str, full_name: str) -> str | None:
    shown = username.strip()
    parts = {search_key(shown): shown} if len(search_key(shown)) >= MIN_USERNAME else {}
    for piece in re.split(r"[._\-]+", shown):
        if len(search_key(piece)) > MIN_USERNAME:
            parts.setdefault(search_key(piece), piece)
    for part in sorted(parts, key=len, reverse=True):
        if part in key:
            return f"نام کاربری («{parts[part]}») را در خود دارد"
    words = [search_key(w) for w in re.split(r"[\s\u200c]+", full_name or "")]
    whole = search_key(full_name)
    for part in sorted({w for w in [*words, whole] if len(w) >= MIN_NAME_PART}, key=len, reverse=True):
        if part in key:
            return f"نام شما («{part}») را در خود دارد"
    return None


def weakness(password: str, *, username: str = "", full_name: str = "") -> str | None:
    """Why this password is refused (a Persian phrase), or None. The length is checked
    by the caller (domain.accounts.clean_password)."""
    key = search_key(password)
    if not key:
        return None
    typed = _as_typed(key)
    readings = list(dict.fromkeys((key, typed)))
    for check in (_repeated, _walked, lambda k: _names(k, username, full_name), _common):
        for reading in readings:
            why = check(reading)
            if why:
                return why
    return None
