"""Drawing a Persian line so that its text copies and searches as it reads (issue 20).

The page shows shaped glyphs (Arabic presentation forms) in visual order; a reader
that extracts text from them gets presentation forms, half-spaces lost, digits and
punctuation moved. So each piece of a line is drawn on its own, wrapped in marked
content whose /ActualText is its logical letters (base letters):

    /Span <</ActualText <FEFF...>>> BDC  BT ... Tj ET  EMC

A piece is a run of one direction inside a word (the letters between half-spaces,
a number with its separators, a Latin code, a punctuation mark); the spaces are
drawn as spaces. Both engines that matter, poppler (pdftotext, Linux viewers) and
pdfium (Chrome, Edge), order the pieces by where they are drawn and read a
right-to-left piece's ActualText right to left, as they would its glyphs: so a
right-to-left run's ActualText is given reversed. They disagree on a half-space at
a piece's edge (pdfium reads it where it is, poppler mirrored): a word with
half-spaces gives each part one after it, which yields every half-space between the
parts in both, and one more at the word's edge (beside a space: invisible, and
harmless to a search). Known limit: pdfium mirrors brackets and guillemets of a
right-to-left line, poppler does not; one ActualText cannot please both.

    draw_line(canvas, logical, glyphs, x, y, align)
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from qotb_desktop.reports.rtl import visual

ZWNJ = "\u200c"
_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def _rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def _ltr(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("L", "EN", "AN")


def _kind(ch: str) -> str:
    return "r" if _rtl(ch) else "l" if _ltr(ch) else "n"


def runs(word: str) -> list[str]:
    """A logical word cut into what is laid out as one piece: runs of right-to-left
    letters (a half-space ends a run), runs of digits and Latin (with the separators
    between them: «۱۴۰۵/۰۱», «ISO-9001»), and each other character on its own; in
    logical order. Half-spaces are dropped here: ``actual`` puts them back."""
    out: list[str] = []
    kinds: list[str] = []
    for i, ch in enumerate(word):
        if ch == ZWNJ:
            out.append("")
            kinds.append("z")
            continue
        kind = _kind(ch)
        after = word[i + 1] if i + 1 < len(word) else ""
        if kind == "n" and kinds and kinds[-1] == "l" and after and _ltr(after):
            kind = "l"  # a separator inside a number or a code
        if kinds and kind == kinds[-1] != "n":
            out[-1] += ch
        elif ch in _AFTER_NUMBER and kinds and kinds[-1] == "l" and _number(out[-1]):
            out[-1] += ch  # «۵،», «۱۴۰۵.»: read after the number by both engines only so
        else:
            out.append(ch)
            kinds.append(kind)
    return [r for r in out if r]


_AFTER_NUMBER = "،.:؛"


def _number(run: str) -> bool:
    return any(ch.isdigit() for ch in run) and not any(ch.isalpha() for ch in run)


def actual(run: str, joined: bool) -> str:
    """The ActualText of one run, as the engines read it back: a right-to-left run
    reversed (they read it right to left); in a word with half-spaces each part carries
    one after it, which pdfium reads after the part and poppler before it, so that
    both give the half-spaces between the parts (and one more at the word's edge)."""
    if not _rtl(run[0]):
        return run
    return run[::-1] + (ZWNJ if joined else "")


def _key(text: str) -> tuple:
    """What a word and its drawn glyphs have in common: its letters, in any order."""
    letters = unicodedata.normalize("NFKC", text.translate(_CONTROLS)).replace(ZWNJ, "")
    return tuple(sorted(Counter(ch for ch in letters if ch.isalnum()).items()))


def pieces(logical: str, glyphs: str) -> list[tuple[str, str | None]]:
    """The drawn line cut at its spaces, left to right, each piece with the logical word
    it shows (None where no word matches: drawn without ActualText)."""
    words: dict[tuple, list[str]] = defaultdict(list)
    for word in logical.translate(_CONTROLS).split(" "):
        if word:
            words[_key(word)].append(word)
    out: list[tuple[str, str | None]] = []
    for token in glyphs.split(" "):
        found = words.get(_key(token)) if token else None
        out.append((token, found.pop() if found else None))
    return out


def _hex(text: str) -> str:
    return "FEFF" + text.encode("utf-16-be").hex().upper()


def _piece(c: Canvas, actual: str | None, x: float, y: float, glyphs: str) -> None:
    if actual:
        c._code.append(f"/Span <</ActualText <{_hex(actual)}>>> BDC")
    c.drawString(x, y, glyphs)
    if actual:
        c._code.append("EMC")


def _cut(token: str, word: str) -> list[tuple[str, str]]:
    """The drawn word ``token`` cut into its runs' glyphs, left to right, each with its
    ActualText; the whole word as one piece when the cuts do not add up."""
    joined = ZWNJ in word
    parts = [(visual(r), actual(r, joined)) for r in reversed(runs(word))]
    if "".join(g for g, _ in parts) == token:
        return [p for p in parts if p[0]]
    return [(token, "".join(a for _, a in parts))]


def draw_line(c: Canvas, logical: str, glyphs: str, x: float, y: float, align: str = "right") -> None:
    """Draw ``glyphs`` (the shaped, reordered form of ``logical``) at (x, y), x being the
    right edge, the centre or the left edge as ``align`` says, carrying ``logical``
    as the text a reader copies or searches."""
    font, size = c._fontname, c._fontsize
    width = stringWidth(glyphs, font, size)
    left = {"right": x - width, "center": x - width / 2}.get(align, x)
    space = stringWidth(" ", font, size)
    cut = pieces(logical, glyphs)
    last = len(cut) - 1
    for i, (token, word) in enumerate(cut):
        if token and word:
            at = left
            for shown, text in _cut(token, word):
                _piece(c, text, at, y, shown)
                at += stringWidth(shown, font, size)
        elif token:
            _piece(c, None, left, y, token)
        left += stringWidth(token, font, size)
        if i < last:  # the space itself, drawn: readers that go by the glyphs see it
            c.drawString(left, y, " ")
            left += space
