"""Persian text: digits, Arabic letter variants, bidi controls, search keys."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

ZWNJ = "\u200c"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"

_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_TO_LATIN = str.maketrans(_PERSIAN_DIGITS + _ARABIC_DIGITS, "0123456789" * 2)
_TO_PERSIAN = str.maketrans("0123456789", _PERSIAN_DIGITS)

# Arabic letter forms typed on Arabic keyboards -> the Persian letters.
_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})

# Arabic presentation forms (text pasted from a PDF) are folded to the letters.
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]+")

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZWNJ_RUN = re.compile(f"{ZWNJ}+")
_ZWNJ_AT_SPACE = re.compile(f" ?{ZWNJ} ?")
# Harakat, superscript alef, tatweel: ignored when searching.
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")


def to_latin_digits(text: str) -> str:
    return text.translate(_TO_LATIN)


def to_persian_digits(value: object) -> str:
    """Show a number or text with Persian digits (for display only)."""
    return str(value).translate(_TO_PERSIAN)


# Control (Cc) and format (Cf) characters, as of Unicode 14 (Python 3.11): direction
# marks and overrides, isolates, zero-width space and joiner, soft hyphen, BOM, NUL...
# ZWNJ (U+200C) is a letter-level mark in Persian and stays; newline and tab are
# handled as spaces. tests/unit/test_text.py checks this list against unicodedata.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b\u200d-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f]+"
)


# What no paper can print: pictographs and emoji (a «So» symbol outside the few the
# bundled font draws), their skin-tone modifiers and variation selectors, private-use,
# unassigned and surrogate code points. Refused where a clerk types (domain.fields);
# the printing layer prints any that reach it from older records as U+FFFD, never drops
# them (reports/rtl.py). docs/decisions.md «Characters the papers cannot print».
_PRINTED_SYMBOLS = frozenset("©®°™№℮◊◌")
_UNPRINTABLE_CATEGORIES = frozenset({"So", "Co", "Cn", "Cs"})


def unprintable(text: str) -> str | None:
    """The first character of ``text`` the papers cannot print, or None."""
    for ch in text:
        code = ord(ch)
        if (
            (unicodedata.category(ch) in _UNPRINTABLE_CATEGORIES and ch not in _PRINTED_SYMBOLS)
            or 0xFE00 <= code <= 0xFE0F
            or 0x1F3FB <= code <= 0x1F3FF
            or 0xE0100 <= code <= 0xE01EF
        ):
            return ch
    return None


def unprintable_message(ch: str) -> str:
    return f"نویسه «{ch}» (شکلک یا نشانه‌ای که در برگه چاپی نمی‌آید) را بردارید."


def to_persian_number(value: object) -> str:
    """A number shown in Persian: Persian digits and the decimal separator ٫ (۶۶٫۴)."""
    return to_persian_digits(value).replace(".", "٫")


# A decimal number inside text: digits, one point, digits (not a part of «1.2.3» or a date).
_DECIMAL = re.compile(r"(?<![0-9۰-۹.])([0-9۰-۹]+)\.([0-9۰-۹]+)(?![0-9۰-۹.])")


def to_persian_numerals(text: object) -> str:
    """Text for display: Persian digits, and the decimal point of a number the Persian
    decimal separator ٫ («امتیاز 1395.4» -> «امتیاز ۱۳۹۵٫۴»; a date keeps its «/»)."""
    return _DECIMAL.sub("\\1٫\\2", to_persian_digits(text))


def normalize_text(text: str | None, *, single_line: bool = False) -> str:
    """The form in which text is stored.

    Arabic presentation forms folded, ي/ى -> ی and ك -> ک, digits of any script
    -> Latin, invisible and control characters removed, whitespace collapsed and
    trimmed, ZWNJ kept (once, and not beside a space). ``single_line`` turns line
    breaks into spaces (names, titles, codes).
    """
    if text is None:
        return ""
    text = unicodedata.normalize("NFC", str(text))
    text = _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = text.translate(_LETTERS).translate(_TO_LATIN)
    if single_line:
        text = text.replace("\n", " ")
    lines = [_SPACES.sub(" ", line) for line in text.split("\n")]
    text = "\n".join(line.strip() for line in lines).strip()
    text = _ZWNJ_RUN.sub(ZWNJ, text)
    text = _ZWNJ_AT_SPACE.sub(lambda m: " " if " " in m.group(0) else ZWNJ, text)
    return text.strip(ZWNJ + " ")


@lru_cache(maxsize=65536)
def search_key(text: str | None) -> str:
    """A key that matches however the clerk typed it.

    Same letters whether typed ی/ي or ک/ك, digits in any script, with or without
    a half-space or space between parts, harakat and tatweel ignored, Latin case
    ignored. Used on both the stored value and the query.
    """
    text = normalize_text(text, single_line=True)
    text = _MARKS.sub("", text)
    text = text.replace("آ", "ا").replace("أ", "ا").replace("إ", "ا").replace("ؤ", "و").replace("ئ", "ی")
    return re.sub(rf"[\s{ZWNJ}\-_.،,/]", "", text).casefold()


def has_letter(text: str) -> bool:
    """True when the text holds at least one letter of any script (a name is not «123»)."""
    return any(unicodedata.category(ch).startswith("L") for ch in text)


def isolate_ltr(text: str) -> str:
    """Wrap a left-to-right run (Latin, a code, an email) in FSI...PDI for display."""
    return f"{FSI}{text}{PDI}"


LRM = "\u200e"


def isolate_path(path: object) -> str:
    """A file's path for display inside Persian text: always left to right (LRI...PDI),
    even when a folder's name is Persian and comes first («/home/علی/...»), where FSI
    would take the whole path as right to left; and a mark after each separator, so
    that Persian folder names in a row keep their order («.../علی رضایی/اسناد/نامه.pdf»
    would otherwise read as one right-to-left run, backwards). For display only: the
    marks are invisible but part of the text (a path to copy is shown bare)."""
    shown = str(path).replace("/", "/" + LRM).replace("\\", "\\" + LRM)
    return f"{LRI}{shown}{PDI}"


# The Persian alphabet in dictionary order. Unicode puts پ چ ژ گ ک ی far from
# their places, so a plain string sort misorders Persian names.
_ALPHABET = "ءآاأإٱبپتثجچحخدذرزژسشصضطظعغفقکگلمنوؤهةیئ"
_ORDER_TABLE = str.maketrans({ch: chr(0x0E00 + i) for i, ch in enumerate(_ALPHABET)})


@lru_cache(maxsize=65536)
def sort_key(text: str | None) -> str:
    """A key that sorts Persian text in dictionary order (ZWNJ and harakat ignored)."""
    text = _MARKS.sub("", normalize_text(text, single_line=True)).replace(ZWNJ, "")
    return text.casefold().translate(_ORDER_TABLE)
