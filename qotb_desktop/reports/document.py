"""One way to build a form: A4 page, letterhead, running header, `صفحه X از Y` footer.

    pdf: bytes = build(FormMeta(title=..., letterhead=Letterhead(...)), story)

``story`` is a list of flowables from ``flowables.py``.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.reports import fonts
from qotb_desktop.reports.flowables import INK, RULE, TITLE, KeepWithNext, Paragraph
from qotb_desktop.reports.rtl import LRE, PDF, persian_digits, visual
from qotb_desktop.reports.textlayer import draw_line

MARGIN = 16 * mm
LETTERHEAD_HEIGHT = 34 * mm
RUNNING_HEADER_HEIGHT = 12 * mm
FOOTER_HEIGHT = 12 * mm


@dataclass(frozen=True)
class Letterhead:
    """The head of an official paper: who issues it, and the number/date/attachment box."""

    organisation: str = "وزارت علوم، تحقیقات و فناوری"
    unit: str = "دبیرخانه شورای قطب‌های علمی"
    number: str = ""
    date: date | None = None  # the letter's date; the print date when not given
    attachment: str = "ندارد"


@dataclass(frozen=True)
class FormMeta:
    title: str
    letterhead: Letterhead = field(default_factory=Letterhead)
    printed_on: date = field(default_factory=date.today)
    landscape: bool = False
    subject: str = ""
    draft: bool = False  # «پیش‌نویس» across every page, and no letter number
    about: str = ""  # the record the paper is about (a centre, a person, a project): in the PDF's title

    @property
    def pdf_title(self) -> str:
        """The title a PDF reader shows (its window, its tab, a file list): the form and its
        record, Persian digits but in Latin codes."""
        return plain_digits(f"{self.title}: {self.about}" if self.about else self.title)


def plain_digits(text: str) -> str:
    """Persian digits outside Latin codes, without the marks that keep codes left to right
    (for the PDF's metadata, which is not drawn)."""
    return persian_digits(text).replace(LRE, "").replace(PDF, "")


DRAFT = "پیش‌نویس"
WATERMARK = colors.Color(0.45, 0.48, 0.52, alpha=0.2)


def _watermark(c: Canvas) -> None:
    """«پیش‌نویس» across the page, light enough to read through."""
    width, height = c._pagesize
    c.saveState()
    c.translate(width / 2, height / 2)
    c.rotate(math.degrees(math.atan2(height, width)))
    c.setFillColor(WATERMARK)
    text_at(c, DRAFT, 0, -40, size=120, bold=True, align="center")
    c.restoreState()


def text_at(c: Canvas, text: str, x: float, y: float, *, size: float = 9, bold: bool = False, align: str = "right") -> None:
    """Draw one short line of Persian at (x, y); x is the right edge when align is right."""
    regular, bold_font = fonts.register()
    c.setFont(bold_font if bold else regular, size)
    line = persian_digits(text)
    draw_line(c, line, visual(line), x, y, align)


def text_within(
    c: Canvas, text: str, x: float, y: float, width: float, *, size: float = 9, bold: bool = False, align: str = "right"
) -> None:
    """``text_at`` for a running line with a given room (a running header's or footer's
    title): smaller down to 6.5 pt, then shortened at a word with «…» (the whole title is
    on the first page)."""
    at = size
    while at > 6.5 and _measure(text, at, bold) > width:
        at -= 0.5
    words = text.split(" ")
    while len(words) > 1 and _measure(" ".join(words), at, bold) > width:
        words = words[:-1]
        text = " ".join(words) + " …"
        if _measure(text, at, bold) <= width:
            break
    text_at(c, text, x, y, size=at, bold=bold, align=align)


class _NumberedCanvas(Canvas):
    """Holds every page until the end, so that each footer can say «صفحه X از Y»."""

    def __init__(self, *args: object, meta: FormMeta, **kwargs: object):
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._meta = meta
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(total)
            if self._meta.draft:
                _watermark(self)  # over what is drawn (a table's fills would hide it), light
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        width, _ = self._pagesize
        y = MARGIN - 8 * mm
        self.setStrokeColor(RULE)
        self.setLineWidth(0.4)
        self.line(MARGIN, y + 5 * mm, width - MARGIN, y + 5 * mm)
        self.setFillColor(INK)
        text_at(self, f"صفحه {self._pageNumber} از {total}", width / 2, y, size=8.5, align="center")
        text_at(self, f"تاریخ چاپ: {format_jalali(self._meta.printed_on)}", width - MARGIN, y, size=8)
        room = width / 2 - MARGIN - _measure(f"صفحه {self._pageNumber} از {total}", 8.5) / 2 - 6 * mm
        text_within(self, self._meta.title, MARGIN, y, room, size=8, align="left")


BOX_WIDTH = 62 * mm  # the number / date / attachment box
BOX_LABELS = 15 * mm  # its labels' column, on the right
BOX_PAD = 2.5 * mm
BOX_ROW = 6 * mm
VALUE_SIZE, VALUE_FLOOR = 9.0, 6.0
_BREAK_AFTER = "/-_. "


def _measure(text: str, size: float, bold: bool = False) -> float:
    regular, bold_font = fonts.register()
    return stringWidth(visual(persian_digits(text)), bold_font if bold else regular, size)


def fitted(text: str, width: float, *, size: float = VALUE_SIZE, floor: float = VALUE_FLOOR) -> tuple[float, list[str]]:
    """The size and lines that keep ``text`` within ``width``: one line at the largest
    size from ``size`` down to ``floor``; else lines at ``floor``, broken after «/»,
    «-», «.» or a space (between characters only where a part alone is too wide).
    Nothing is ever cut off."""
    at = size
    while at >= floor:
        if _measure(text, at) <= width:
            return at, [text]
        at -= 0.5
    parts, start = [], 0
    for i, ch in enumerate(text):
        if ch in _BREAK_AFTER:
            parts.append(text[start : i + 1])
            start = i + 1
    parts.append(text[start:])
    lines: list[str] = []
    current = ""
    for part in (p for p in parts if p):
        if _measure(current + part, floor) <= width:
            current += part
            continue
        if current:
            lines.append(current.strip())
        current = part
        while _measure(current, floor) > width and len(current) > 1:
            cut = len(current) - 1
            while cut > 1 and _measure(current[:cut], floor) > width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    lines.append(current.strip())
    return floor, [line for line in lines if line]


def letter_box(page_height: float, lh: Letterhead, printed_on: date) -> tuple[tuple[float, float, float, float], list]:
    """The number / date / attachment box of the letterhead: its (x, y, width, height)
    and its rows (label, size, lines, baseline of the first line, leading)."""
    top = page_height - MARGIN - 1 * mm
    value_w = BOX_WIDTH - BOX_LABELS - 2 * BOX_PAD
    rows, y = [], top
    values = [("شماره", lh.number or "—"), ("تاریخ", format_jalali(lh.date or printed_on)), ("پیوست", lh.attachment or "—")]
    for label, value in values:
        size, lines = fitted(value, value_w)
        leading = size * 1.2
        height = max(BOX_ROW, len(lines) * leading + 2 * mm)
        first = y - (height - (len(lines) - 1) * leading) / 2 - size * 0.35
        rows.append((label, value, size, lines, first, leading))
        y -= height
    height = top - y + 1 * mm
    return (MARGIN, top - height, BOX_WIDTH, height), rows


def _letterhead(c: Canvas, meta: FormMeta) -> None:
    width, height = c._pagesize
    top = height - MARGIN
    lh = replace(meta.letterhead, number="") if meta.draft else meta.letterhead  # a draft has no number
    c.saveState()
    c.setFillColor(INK)
    text_at(c, "بسمه تعالی", width / 2, top - 4 * mm, size=10, bold=True, align="center")
    text_at(c, lh.organisation, width - MARGIN, top - 6 * mm, size=10.5, bold=True)
    text_at(c, lh.unit, width - MARGIN, top - 12 * mm, size=9.5)
    # The number / date / attachment box, on the left as on every official letter; a long
    # number is drawn smaller, then on two lines: never beyond the box.
    (box_x, box_y, box_w, box_h), rows = letter_box(height, lh, meta.printed_on)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.roundRect(box_x, box_y, box_w, box_h, 2 * mm)
    for label, _value, size, lines, first, leading in rows:
        text_at(c, f"{label}:", box_x + box_w - BOX_PAD, first - (len(lines) - 1) * leading / 2, size=9, bold=True)
        for n, line in enumerate(lines):
            text_at(c, line, box_x + box_w - BOX_LABELS - BOX_PAD, first - n * leading, size=size)
    c.setLineWidth(0.8)
    c.line(MARGIN, height - MARGIN - LETTERHEAD_HEIGHT + 4 * mm, width - MARGIN, height - MARGIN - LETTERHEAD_HEIGHT + 4 * mm)
    c.restoreState()


def _running_header(c: Canvas, meta: FormMeta) -> None:
    width, height = c._pagesize
    c.saveState()
    c.setFillColor(INK)
    y = height - MARGIN - 4 * mm
    room = width - 2 * MARGIN - _measure(meta.letterhead.unit, 8.5) - 8 * mm
    text_within(c, meta.title, width - MARGIN, y, room, size=9, bold=True)
    text_at(c, meta.letterhead.unit, MARGIN, y, size=8.5, align="left")
    c.setStrokeColor(RULE)
    c.setLineWidth(0.4)
    c.line(MARGIN, y - 3 * mm, width - MARGIN, y - 3 * mm)
    c.restoreState()


def page_width(meta: FormMeta) -> float:
    """The width a story's flowables have between the margins."""
    size = landscape(A4) if meta.landscape else A4
    return size[0] - 2 * MARGIN


def build(meta: FormMeta, story: Sequence[Flowable], *, with_title: bool = True) -> bytes:
    size = landscape(A4) if meta.landscape else A4
    width, height = size
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=meta.pdf_title,
        subject=plain_digits(meta.subject or meta.title),
        author=meta.letterhead.unit,
        creator="qotb-desktop",
        lang="fa",
        initialFontName=fonts.register()[0],  # no Helvetica: reportlab's default font otherwise
    )
    doc.keepTogetherClass = KeepWithNext  # a heading kept with the start of what follows it
    body_h = height - 2 * MARGIN - FOOTER_HEIGHT
    first = Frame(MARGIN, MARGIN + FOOTER_HEIGHT - 4 * mm, width - 2 * MARGIN, body_h - LETTERHEAD_HEIGHT, id="first")
    later = Frame(MARGIN, MARGIN + FOOTER_HEIGHT - 4 * mm, width - 2 * MARGIN, body_h - RUNNING_HEADER_HEIGHT, id="later")
    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=[first], onPage=lambda c, d: _letterhead(c, meta), autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=[later], onPage=lambda c, d: _running_header(c, meta)),
        ]
    )
    flowables = [Paragraph(meta.title, TITLE), *story] if with_title else list(story)
    doc.build(flowables, canvasmaker=lambda *a, **k: _NumberedCanvas(*a, meta=meta, **k))
    return buffer.getvalue()
