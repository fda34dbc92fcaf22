"""Persian lines for reportlab: Persian digits, shaping, reordering, wrapping.

reportlab draws glyphs left to right and does not shape Arabic script. The way
that renders correctly (FACTS.md) is: break the text into lines in *logical*
order, measuring each candidate line after shaping; then shape (arabic-reshaper)
and reorder (python-bidi) each line on its own, and draw it right-aligned. A
paragraph shaped as a whole and then wrapped comes out with its lines in reverse.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import arabic_reshaper
from bidi.algorithm import get_display  # the older API mirrors brackets; bidi.get_display does not

from qotb_desktop.domain.text import to_persian_number

_LATIN_TOKEN = re.compile(r"\S*[A-Za-z@]\S*")
_DIGITS = re.compile(r"[0-9]+(?:\.[0-9]+)?")

# ZWNJ is kept by arabic-reshaper's choice of letter forms and then dropped from
# the output: "می‌خواهم" comes out as the separate forms of «می» and «خواهم».
_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": True})


LRE, PDF = "\u202a", "\u202c"  # the legacy bidi algorithm knows embeddings, not isolates
_ISOLATES = str.maketrans({"\u2066": LRE, "\u2067": "\u202b", "\u2068": LRE, "\u2069": PDF})


def persian_digits(text: str) -> str:
    """Latin digits -> Persian, except inside Latin tokens (an email, «ISO9001», a code
    such as «5407-6B66»), which are also kept left to right as a whole."""
    out, last = [], 0
    for m in _LATIN_TOKEN.finditer(text):
        out.append(_DIGITS.sub(_persian_number, text[last : m.start()]))
        out.append(f"{LRE}{m.group(0)}{PDF}")
        last = m.end()
    out.append(_DIGITS.sub(_persian_number, text[last:]))
    return "".join(out)


def _persian_number(match: re.Match[str]) -> str:
    """۶۶٫۴: Persian digits and the Persian decimal separator."""
    return to_persian_number(match.group(0))


@lru_cache(maxsize=4096)
def visual(line: str) -> str:
    """One logical line -> the glyph string to draw left to right."""
    if not line:
        return ""
    return get_display(_RESHAPER.reshape(line.translate(_ISOLATES)), base_dir="R")


def wrap(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Break ``text`` into logical lines no wider than ``width``.

    ``measure`` gives the drawn width of a logical line (after shaping). Explicit
    newlines are kept; a word longer than the width is broken between letters.
    """
    lines: list[str] = []
    for para in text.split("\n"):
        words = para.split(" ")
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if measure(candidate) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = word
            while measure(current) > width and len(current) > 1:
                cut = len(current) - 1
                while cut > 1 and measure(current[:cut]) > width:
                    cut -= 1
                lines.append(current[:cut])
                current = current[cut:]
        lines.append(current)
    return lines
