"""Persian lines for reportlab: Persian digits, shaping, reordering, wrapping.

reportlab draws glyphs left to right and does not shape Arabic script. The way
that renders correctly (docs/testing.md) is: break the text into lines in *logical*
order, measuring each candidate line after shaping; then shape (arabic-reshaper)
and reorder (python-bidi) each line on its own, and draw it right-aligned. A
paragraph shaped as a whole and then wrapped comes out with its lines in reverse.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

import arabic_reshaper
from bidi.algorithm import get_display  # the older API mirrors brackets; bidi.get_display does not

from qotb_desktop.domain.text import to_persian_number

_LATIN_TOKEN = re.compile(r"\S*[A-Za-z@]\S*")
_DIGITS = re.compile(r"[0-9]+(?:\.[0-9]+)?")
# A token's edges that belong to the sentence, not to the code: an opening bracket or quote
# the token does not close, a closing one it did not open, and the sentence's punctuation.
_OPENING, _CLOSING = "([{«\"'", ")]}»\"'"
_TRAILING = ".,;:!?،؛"
_PAIRS = {")": "(", "]": "[", "}": "{", "»": "«"}
_GLUED_SUFFIX = re.compile("(.*[A-Za-z0-9])[\u0600-\u06ff\u200c]+$")

# ZWNJ is kept by arabic-reshaper's choice of letter forms and then dropped from
# the output: "می‌خواهم" comes out as the separate forms of «می» and «خواهم».
_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": True})


LRE, PDF = "\u202a", "\u202c"  # the legacy bidi algorithm knows embeddings, not isolates
_ISOLATES = str.maketrans({"\u2066": LRE, "\u2067": "\u202b", "\u2068": LRE, "\u2069": PDF})
_UNIT = re.compile(f"{LRE}([^{LRE}{PDF}]*){PDF}")  # a left-to-right unit: a code, an email, a Latin word
_PLACE = 0xE000  # private-use characters (bidi class L) stand for the units while the line is reordered
_ARABIC_RUN = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\u200c\u200d]+")
MISSING = "\ufffd"  # printed for a character the font lacks (never dropped silently)
_FORMAT = re.compile("[\u200b\u200e\u200f\u2060-\u206f\ufeff]")  # invisible marks the font need not carry


def persian_digits(text: str) -> str:
    """Latin digits -> Persian, except inside Latin tokens (an email, «ISO9001», a code
    such as «5407-6B66» or «ABC-123/ق/1403-B(2)»), each of which is marked as one
    left-to-right unit (LRE...PDF), drawn exactly as typed. The sentence's brackets and
    punctuation at a token's edges stay outside it, so that they pair in the sentence."""
    out, last = [], 0
    for m in _LATIN_TOKEN.finditer(text):
        head, core, tail = _edges(m.group(0))
        out.append(_DIGITS.sub(_persian_number, text[last : m.start()] + head))
        out.append(f"{LRE}{core}{PDF}" if core else "")
        out.append(_DIGITS.sub(_persian_number, tail))
        last = m.end()
    out.append(_DIGITS.sub(_persian_number, text[last:]))
    return "".join(out)


def _edges(token: str) -> tuple[str, str, str]:
    """Split a token into the sentence's marks before it, the code, and those after it."""
    start, end = 0, len(token)
    while True:
        if start < end and token[start] in _OPENING and not _closes(token[start], token[start + 1 : end]):
            start += 1
        elif start < end and _sentence_mark(token[end - 1], token[start : end - 1]):
            end -= 1
        else:
            break
    glued = _GLUED_SUFFIX.match(token, start, end)  # «PDFها»: a Persian ending on a Latin word is the sentence's
    if glued:
        end = glued.end(1)
    core = token[start:end]
    if not re.search(r"[A-Za-z@]", core):  # the letters were all marks: nothing to keep apart
        return token, "", ""
    return token[:start], core, token[end:]


def _sentence_mark(last: str, before: str) -> bool:
    """Whether a token's last character is the sentence's: its punctuation, or a closing
    bracket or quote the token did not open."""
    return last in _TRAILING or (last in _CLOSING and not _opens(last, before))


def _closes(opening: str, rest: str) -> bool:
    closing = {v: k for k, v in _PAIRS.items()}.get(opening, opening)
    return closing in rest


def _opens(closing: str, before: str) -> bool:
    return _PAIRS.get(closing, closing) in before


def _persian_number(match: re.Match[str]) -> str:
    """۶۶٫۴: Persian digits and the Persian decimal separator."""
    return to_persian_number(match.group(0))


@lru_cache(maxsize=4096)
def visual(line: str) -> str:
    """One logical line -> the glyph string to draw left to right.

    The line is shaped (arabic-reshaper) and reordered (python-bidi, right to left). Each
    left-to-right unit marked by ``persian_digits`` (or an isolate from the domain) is
    drawn as one piece exactly as typed, whatever it holds: the reordering sees it as one
    left-to-right character, so a Persian letter or a bracket inside a code cannot move
    its parts. A character the font lacks prints as ``MISSING``."""
    if not line:
        return ""
    line = _printable(line.translate(_ISOLATES))
    units: list[str] = []

    def hold(m: re.Match[str]) -> str:
        units.append(_unit_glyphs(m.group(1)))
        return chr(_PLACE + len(units) - 1)

    held = _UNIT.sub(hold, line).replace(LRE, "").replace(PDF, "")
    drawn = get_display(_RESHAPER.reshape(held), base_dir="R")
    if not units:
        return drawn
    return "".join(units[ord(ch) - _PLACE] if _PLACE <= ord(ch) < _PLACE + len(units) else ch for ch in drawn)


def _unit_glyphs(unit: str) -> str:
    """A unit as one piece. Begun with a Latin letter or a digit («ABC-123/ق/1403-B(2)»): left to
    right in typed order, a Persian word inside it shaped and read right to left. Begun with a
    Persian letter («د/۱۴۰۵/ABC-12»): right to left as a Persian reader reads it, each
    number and Latin part inside it left to right (the Unicode algorithm within the unit)."""
    first = _FIRST_STRONG.search(unit)
    if first is not None and first.group(0) not in _LATIN_LETTERS:
        return _right_to_left_unit(unit)
    return _ARABIC_RUN.sub(lambda m: get_display(_RESHAPER.reshape(m.group(0)), base_dir="R"), unit)


def _right_to_left_unit(unit: str) -> str:
    """A unit begun in Persian: its parts right to left; each part of numbers and Latin
    letters («۱۴۰۵/۱۲۳۴۵/ABC-123», «1403-B(2)») one piece left to right in typed order,
    the separators at its edges left to the Persian around them."""
    parts: list[str] = []

    def hold(m: re.Match[str]) -> str:
        run = m.group(0)
        ends = [i for i, ch in enumerate(run) if ch.isalnum() or ch in ")]"]
        begin = next(i for i, ch in enumerate(run) if ch.isalnum())
        core = run[begin : ends[-1] + 1]
        parts.append(core)
        return f"{run[:begin]}{chr(_PLACE + len(parts) - 1)}{run[ends[-1] + 1 :]}"

    held = _LTR_PART.sub(hold, unit)
    drawn = get_display(_RESHAPER.reshape(held), base_dir="R")
    return "".join(parts[ord(ch) - _PLACE] if _PLACE <= ord(ch) < _PLACE + len(parts) else ch for ch in drawn)


# A part of a Persian-begun unit that is not Persian: a run without Persian letters holding a digit or a Latin letter.
_NOT_PERSIAN = "[^\\s\u0600-\u06ef\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"  # Persian digits are not letters
_LTR_PART = re.compile(f"{_NOT_PERSIAN}*[A-Za-z0-9\u06f0-\u06f9]{_NOT_PERSIAN}*")
_LATIN_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@")
_FIRST_STRONG = re.compile("[A-Za-z@\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def _printable(line: str) -> str:
    """The line with every character the font cannot draw replaced by ``MISSING`` (an
    emoji, a rare script), and invisible marks it need not draw removed."""
    line = _FORMAT.sub("", line)
    have = _covered()
    if all(ord(ch) in have or ch in "\n\t" or ch in (LRE, PDF) for ch in line):
        return line
    return "".join(ch if ord(ch) in have or ch in (LRE, PDF) else MISSING for ch in line)


@cache
def _covered() -> frozenset[int]:
    """The characters both faces of the bundled font draw."""
    from reportlab.pdfbase import pdfmetrics

    from qotb_desktop.reports import fonts

    regular, bold = fonts.register()
    faces = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in (regular, bold)]
    return frozenset(faces[0] & faces[1])


def wrap(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Break ``text`` into logical lines no wider than ``width``.

    ``measure`` gives the drawn width of a logical line (after shaping). Explicit
    newlines are kept; a word longer than the width is broken where a word may break
    (after a hyphen, a slash, a half-space...), else between letters, joined letters
    keeping their joined forms on both lines.
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
                first, current = _break_word(current, width, measure)
                lines.append(first)
        lines.append(current)
    return lines


_BREAK_AFTER = "-/_.,،؛:\u200c\u2010\u2013\u2014"
_JOINING = re.compile("[بپتثجچحخسشصضطظعغفقکگلمنهیئيكـ]")  # letters that join the next one
ZWJ = "\u200d"


def _break_word(word: str, width: float, measure: Callable[[str], float]) -> tuple[str, str]:
    """The most of ``word`` that fits, and the rest: cut after the last place a word may
    break when that leaves the first line at least a third full, else between letters."""
    fit = len(word) - 1
    while fit > 1 and measure(_cut(word, fit, joined=True)[0]) > width:
        fit -= 1
    places = [i for i in range(1, fit + 1) if word[i - 1] in _BREAK_AFTER]
    if places and places[-1] * 3 >= fit:
        return _cut(word, places[-1], joined=False)
    return _cut(word, fit, joined=True)


def _cut(word: str, at: int, *, joined: bool) -> tuple[str, str]:
    """``word`` cut before its character ``at``; between two letters that join, a ZWJ on
    each side keeps their joined forms."""
    first, reopen = _closed(word[:at])
    rest = reopen + word[at:]
    if joined and _JOINING.match(word[at - 1]) and re.match("[\u0600-\u06ff]", word[at]):
        return first + ZWJ, ZWJ + rest
    return first, rest


def _closed(piece: str) -> tuple[str, str]:
    """A left-to-right unit cut at a line's end is closed there and opened again on the next."""
    if piece.count(LRE) > piece.count(PDF):
        return piece + PDF, LRE
    return piece, ""
