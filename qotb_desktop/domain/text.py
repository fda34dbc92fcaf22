"""Persian text: digits, Arabic letter variants, bidi controls, search keys."""

from __future__ import annotations

import re
import unicodedata

ZWNJ = "\u200c"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"

_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_TO_LATIN = str.maketrans(_PERSIAN_DIGITS + _ARABIC_DIGITS, "0123456789" * 2)
_TO_PERSIAN = str.maketrans("0123456789", _PERSIAN_DIGITS)

# Arabic letter forms typed on Arabic keyboards -> the Persian letters.
_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})

# Invisible direction controls (LRM, RLM, ALM, embeddings, overrides, isolates),
# zero-width space and BOM. ZWNJ (U+200C) is a letter-level mark in Persian and stays.
_INVISIBLE = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\ufeff"), None)

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


def normalize_text(text: str | None) -> str:
    """The form in which text is stored.

    ي/ى -> ی and ك -> ک, digits of any script -> Latin, invisible direction
    controls removed, whitespace collapsed and trimmed, ZWNJ kept (once, and not
    beside a space).
    """
    if text is None:
        return ""
    text = unicodedata.normalize("NFC", str(text))
    text = text.translate(_LETTERS).translate(_TO_LATIN).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line) for line in text.split("\n")]
    text = "\n".join(line.strip() for line in lines).strip()
    text = _ZWNJ_RUN.sub(ZWNJ, text)
    text = _ZWNJ_AT_SPACE.sub(lambda m: " " if " " in m.group(0) else ZWNJ, text)
    return text.strip(ZWNJ + " ")


def search_key(text: str | None) -> str:
    """A key that matches however the clerk typed it.

    Same letters whether typed ی/ي or ک/ك, digits in any script, with or without
    a half-space or space between parts, harakat and tatweel ignored, Latin case
    ignored. Used on both the stored value and the query.
    """
    text = normalize_text(text)
    text = _MARKS.sub("", text)
    text = text.replace("آ", "ا").replace("أ", "ا").replace("إ", "ا").replace("ؤ", "و").replace("ئ", "ی")
    return re.sub(rf"[\s{ZWNJ}\-_.،,/]", "", text).casefold()


def isolate_ltr(text: str) -> str:
    """Wrap a left-to-right run (Latin, a code, an email) in FSI...PDI for display."""
    return f"{FSI}{text}{PDI}"


# The Persian alphabet in dictionary order. Unicode puts پ چ ژ گ ک ی far from
# their places, so a plain string sort misorders Persian names.
_ALPHABET = "ءآاأإٱبپتثجچحخدذرزژسشصضطظعغفقکگلمنوؤهةیئ"
_ORDER = {ch: chr(0x0E00 + i) for i, ch in enumerate(_ALPHABET)}


def sort_key(text: str | None) -> str:
    """A key that sorts Persian text in dictionary order (ZWNJ and harakat ignored)."""
    text = _MARKS.sub("", normalize_text(text)).replace(ZWNJ, "")
    return "".join(_ORDER.get(ch, ch) for ch in text.casefold())
