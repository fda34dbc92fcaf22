"""One way to build a form: A4 page, letterhead, running header, `صفحه X از Y` footer.

    pdf: bytes = build(FormMeta(title=..., letterhead=Letterhead(...)), story)

``story`` is a list of flowables from ``flowables.py``.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.reports import fonts
from qotb_desktop.reports.flowables import INK, RULE, TITLE, Paragraph
from qotb_desktop.reports.rtl import persian_digits, visual
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


def text_at(c: Canvas, text: str, x: float, y: float, *, size: float = 9, bold: bool = False, align: str = "right") -> None:
    """Draw one short line of Persian at (x, y); x is the right edge when align is right."""
    regular, bold_font = fonts.register()
    c.setFont(bold_font if bold else regular, size)
    line = persian_digits(text)
    draw_line(c, line, visual(line), x, y, align)


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
        text_at(self, self._meta.title, MARGIN, y, size=8, align="left")


def _letterhead(c: Canvas, meta: FormMeta) -> None:
    width, height = c._pagesize
    top = height - MARGIN
    lh = meta.letterhead
    c.saveState()
    c.setFillColor(INK)
    text_at(c, "بسمه تعالی", width / 2, top - 4 * mm, size=10, bold=True, align="center")
    text_at(c, lh.organisation, width - MARGIN, top - 6 * mm, size=10.5, bold=True)
    text_at(c, lh.unit, width - MARGIN, top - 12 * mm, size=9.5)
    # The number / date / attachment box, on the left as on every official letter.
    box_w, box_h, box_x = 52 * mm, 20 * mm, MARGIN
    box_y = top - box_h - 1 * mm
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.roundRect(box_x, box_y, box_w, box_h, 2 * mm)
    rows = [("شماره", lh.number or "—"), ("تاریخ", format_jalali(lh.date or meta.printed_on)), ("پیوست", lh.attachment or "—")]
    for i, (label, value) in enumerate(rows):
        y = box_y + box_h - (i + 1) * 6 * mm + 1.2 * mm
        text_at(c, f"{label}:", box_x + box_w - 3 * mm, y, size=9, bold=True)
        text_at(c, value, box_x + box_w - 17 * mm, y, size=9)
    c.setLineWidth(0.8)
    c.line(MARGIN, height - MARGIN - LETTERHEAD_HEIGHT + 4 * mm, width - MARGIN, height - MARGIN - LETTERHEAD_HEIGHT + 4 * mm)
    c.restoreState()


def _running_header(c: Canvas, meta: FormMeta) -> None:
    width, height = c._pagesize
    c.saveState()
    c.setFillColor(INK)
    y = height - MARGIN - 4 * mm
    text_at(c, meta.title, width - MARGIN, y, size=9, bold=True)
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
        title=meta.title,
        subject=meta.subject or meta.title,
        author=meta.letterhead.unit,
        creator="qotb-desktop",
        lang="fa",
        initialFontName=fonts.register()[0],  # no Helvetica: reportlab's default font otherwise
    )
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
