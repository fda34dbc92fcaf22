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


def _visible(ch: str) -> bool:
    """Drop control (Cc) and format (Cf) characters: direction marks and overrides,
    isolates, zero-width space, soft hyphen, BOM, NUL. ZWNJ is a letter-level mark
    in Persian and stays; newlines and tabs are handled as spaces."""
    return ch == ZWNJ or ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf")


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
    text = "".join(ch for ch in text if _visible(ch))
    text = text.translate(_LETTERS).translate(_TO_LATIN)
    if single_line:
        text = text.replace("\n", " ")
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


# The Persian alphabet in dictionary order. Unicode puts پ چ ژ گ ک ی far from
# their places, so a plain string sort misorders Persian names.
_ALPHABET = "ءآاأإٱبپتثجچحخدذرزژسشصضطظعغفقکگلمنوؤهةیئ"
_ORDER = {ch: chr(0x0E00 + i) for i, ch in enumerate(_ALPHABET)}


def sort_key(text: str | None) -> str:
    """A key that sorts Persian text in dictionary order (ZWNJ and harakat ignored)."""
    text = _MARKS.sub("", normalize_text(text, single_line=True)).replace(ZWNJ, "")
    return "".join(_ORDER.get(ch, ch) for ch in text.casefold())
