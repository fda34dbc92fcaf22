"""Reading a form back, as docs/testing.md says: pdfplumber gives presentation-form
characters in visual order; compare NFKC-normalised, ZWNJ-free text against the
visual form of what we expect to see (shaped and reordered by the libraries
directly, not by the code under test)."""

from __future__ import annotations

import io
import unicodedata

import arabic_reshaper
import pdfplumber
from bidi.algorithm import get_display

PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace("\u200c", "")


def seen(logical: str) -> str:
    """What a logical Persian line looks like when extracted from the page."""
    return _norm(get_display(arabic_reshaper.reshape(logical), base_dir="R"))


def pages(pdf: bytes) -> list[list[str]]:
    """The text of each page, as lines from top to bottom."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [[_norm(line) for line in (p.extract_text() or "").splitlines()] for p in doc.pages]


def find(lines: list[str], logical: str) -> int:
    """Index of the first line showing ``logical``, or -1."""
    target = seen(logical)
    return next((i for i, line in enumerate(lines) if target in line), -1)


def in_order(lines: list[str], *logicals: str) -> bool:
    """Every text is on the page, each on a line at or below the one before."""
    at = 0
    for text in logicals:
        found = find(lines[at:], text)
        if found < 0:
            return False
        at += found
    return True


def fa(value: object) -> str:
    return str(value).translate(PERSIAN)
