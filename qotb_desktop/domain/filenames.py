"""A name the program proposes for a file: safe on every desk's file system.

A paper's title makes a good file name for the clerk («صورت‌جلسه ۱۴۰۵/۰۵»), but a
"/" in it is a folder separator, and Windows refuses \\ / : * ? " < > | in a name,
names ending in a dot or a space, and the device names CON, PRN, AUX, NUL, COM1...,
LPT1... (with any extension). ``safe_filename`` turns any title into a name that
every file system takes, keeping the Persian letters, digits and half-spaces.
"""

from __future__ import annotations

import re
import unicodedata

FORBIDDEN = '\\/:*?"<>|'
MAX_STEM = 120  # characters; the folder's path counts too towards Windows' 260

_SEPARATORS = str.maketrans({"/": "-", "\\": "-", "|": "-", ":": " - ", '"': "'", "*": "", "?": "", "<": "", ">": ""})
_SPACES = re.compile(r"\s+")
_DASHES = re.compile(r"-(?:\s*-)+")
_DEVICES = re.compile(r"(?i)^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$")
ZWNJ = "\u200c"


def _visible(ch: str) -> bool:
    """Control and format characters (direction marks, isolates, NUL...) go; ZWNJ stays."""
    return ch == ZWNJ or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn")


def safe_filename(title: str, suffix: str = "", *, fallback: str = "پرونده") -> str:
    """``title`` as a file name, with ``suffix`` (".pdf") after it.

    «صورت‌جلسه ۱۴۰۵/۰۵», ".pdf" -> «صورت‌جلسه ۱۴۰۵-۰۵.pdf»; «ابلاغ مصوبه: x» ->
    «ابلاغ مصوبه - x». A title left empty gives ``fallback``."""
    text = unicodedata.normalize("NFC", str(title or "")).translate(_SEPARATORS)
    text = "".join(ch if _visible(ch) or ch.isspace() else "" for ch in text)
    text = _SPACES.sub(" ", text)
    text = _DASHES.sub("-", text).strip(" .")
    if len(text) > MAX_STEM:
        text = text[:MAX_STEM].rstrip(" .")
    if not text.strip(ZWNJ + "-_ "):
        text = fallback
    if _DEVICES.match(text + suffix) or _DEVICES.match(text):
        text = f"_{text}"
    return text + suffix


def is_safe_filename(name: str) -> bool:
    """True when ``name`` is a single, valid file name on Windows and elsewhere."""
    if not name or name != name.strip() or name.endswith(".") or len(name) > 255:
        return False
    if any(ch in FORBIDDEN or not (_visible(ch) or ch == " ") for ch in name):
        return False
    return not _DEVICES.match(name)
