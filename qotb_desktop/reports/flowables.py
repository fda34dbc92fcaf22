"""The pieces every form is made of: right-to-left paragraphs, tables, signature blocks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle
from reportlab.platypus.doctemplate import ActionFlowable, FrameBreak

from qotb_desktop.reports import fonts
from qotb_desktop.reports.rtl import persian_digits, visual, wrap
from qotb_desktop.reports.textlayer import draw_line

INK = colors.HexColor("#1f2933")
RULE = colors.HexColor("#7b8794")
HEADER_FILL = colors.HexColor("#e4e7eb")


@dataclass(frozen=True)
class Style:
    size: float = 10.5
    leading: float = 17
    bold: bool = False
    align: str = "right"  # right | center | left
    color: colors.Color = INK
    space_before: float = 0
    space_after: float = 4
    digits: bool = True  # Latin digits -> Persian in running text
    keep_with_next: bool = False  # never the last thing on a page (a heading): reportlab's keepWithNext

    @property
    def font(self) -> str:
        regular, bold = fonts.register()
        return bold if self.bold else regular

    def but(self, **changes: object) -> Style:
        return replace(self, **changes)  # type: ignore[arg-type]


BODY = Style()
SMALL = Style(size=8.5, leading=13, space_after=2)
TITLE = Style(size=15, leading=24, bold=True, align="center", space_after=8)
HEADING = Style(size=12, leading=19, bold=True, space_before=6, space_after=4, keep_with_next=True)
CELL = Style(size=9, leading=13.5, space_after=0)
HEADER_CELL = CELL.but(bold=True, align="center")


class Paragraph(Flowable):
    """A right-to-left paragraph: wrapped in logical order, each line shaped and reordered."""

    def __init__(self, text: object, style: Style = BODY):
        super().__init__()
        self.style = style
        text = "" if text is None else str(text)
        self.text = persian_digits(text) if style.digits else text
        self.lines: list[str] = []
        self.spaceBefore, self.spaceAfter = style.space_before, style.space_after
        self.keepWithNext = style.keep_with_next

    def _measure(self, line: str) -> float:
        return stringWidth(visual(line), self.style.font, self.style.size)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        self.width = availWidth
        self.lines = wrap(self.text, availWidth, self._measure)
        self.height = len(self.lines) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        fit = int(availHeight // self.style.leading)
        if fit <= 0 or fit >= len(self.lines):
            return []
        first, rest = Paragraph("", self.style), Paragraph("", self.style)
        first.text, rest.text = "\n".join(self.lines[:fit]), "\n".join(self.lines[fit:])
        rest.spaceBefore = 0
        return [first, rest]

    def draw(self) -> None:
        c = self.canv
        s = self.style
        c.setFont(s.font, s.size)
        c.setFillColor(s.color)
        descent = s.size * 0.3 + (s.leading - s.size) / 2
        for i, line in enumerate(self.lines):
            y = self.height - (i + 1) * s.leading + descent
            x = {"center": self.width / 2, "left": 0}.get(s.align, self.width)
            draw_line(c, line, visual(line), x, y, s.align)


@dataclass(frozen=True)
class TableColumn:
    title: str
    width: float  # a share of the table's width; shares are normalised
    align: str = "right"


def table(columns: Sequence[TableColumn], rows: Sequence[Sequence[object]], *, width: float, zebra: bool = True) -> Table:
    """A table whose first logical column is on the right; the header row repeats on every page;
    long cells wrap."""
    total = sum(c.width for c in columns)
    widths = [width * c.width / total for c in columns]
    header = [Paragraph(c.title, HEADER_CELL) for c in columns]
    body = [[Paragraph(value, CELL.but(align=c.align)) for c, value in zip(columns, row, strict=True)] for row in rows]
    data = [list(reversed(r)) for r in [header, *body]]
    t = Table(data, colWidths=list(reversed(widths)), repeatRows=1, hAlign="CENTER")
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if zebra:
        commands += [("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f5f7fa")) for r in range(2, len(data), 2)]
    t.setStyle(TableStyle(commands))
    return t


@dataclass(frozen=True)
class Signer:
    role: str
    name: str = ""


class SignLine(Flowable):
    """Room to sign and the line to sign on, inset from the block's sides."""

    def __init__(self, height: float = 34):
        super().__init__()
        self.height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.6)
        self.canv.line(self.width * 0.15, 2, self.width * 0.85, 2)


def signatures(signers: Sequence[Signer], *, width: float) -> Table:
    """Signature blocks side by side, the first on the right: role, name, a line to sign on
    and «امضا و تاریخ» under it; each of these on one row across the blocks, so that a
    role on two lines does not push one block's line lower than the others'."""
    roles = [Paragraph(s.role, CELL.but(bold=True, align="center")) for s in signers]
    names = [Paragraph(s.name, CELL.but(align="center")) for s in signers]
    lines = [SignLine() for _ in signers]
    under = [Paragraph("امضا و تاریخ", SMALL.but(align="center", color=RULE, space_after=0)) for _ in signers]
    rows = [list(reversed(r)) for r in (roles, names, lines, under)]
    t = Table(rows, colWidths=[width / len(signers)] * len(signers), hAlign="CENTER")
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),  # roles of one and two lines end together
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, 0), 10),
                ("TOPPADDING", (0, 1), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return t


def facts(pairs: Sequence[tuple[str, object]], *, width: float, columns: int = 2) -> Table:
    """Label: value pairs in a grid, ``columns`` pairs a row, the first pair on the right."""
    # the labels' column as wide as its longest label (so that none wraps), within a third
    # to a half of a pair's width
    pair = width / columns
    longest = max((stringWidth(visual(f"{label}:"), CELL.but(bold=True).font, CELL.size) for label, _ in pairs), default=0)
    label_w = min(max(longest + 12 + 1, pair * 0.3), pair * 0.5)  # 6 points of padding a side
    value_w = pair - label_w
    rows = []
    for start in range(0, len(pairs), columns):
        chunk = list(pairs[start : start + columns])
        chunk += [("", "")] * (columns - len(chunk))
        cells: list[Flowable] = []
        for label, value in chunk:
            cells += [Paragraph(f"{label}:" if label else "", CELL.but(bold=True)), Paragraph(value, CELL)]
        rows.append(list(reversed(cells)))
    t = Table(rows, colWidths=[value_w, label_w] * columns, hAlign="CENTER")
    t.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return t


class TableThenClosing(Flowable):
    """A table and the closing of a form (the signatures): the closing never stands alone
    on a page, the table's last ``rows`` rows go over with it."""

    def __init__(self, t: Table, closing: Sequence[Flowable], rows: int = 2):
        super().__init__()
        self.table, self.closing, self.rows = t, list(closing), rows
        last = len(t._cellvalues) - 1
        if last - rows + 1 > t.repeatRows:  # reportlab never splits between these rows
            t.setStyle(TableStyle([("NOSPLIT", (0, last - rows + 1), (-1, last))]))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        return availWidth, 0xFFFFFF  # always placed through split(), as KeepTogether is

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        t = self.table
        height = t.wrap(availWidth, availHeight)[1]
        closing = sum(f.wrap(availWidth, availHeight)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in self.closing)
        if height + closing <= availHeight:
            return [t, *self.closing]
        if height <= availHeight:  # the table fits, the closing does not: its last rows go with the closing
            if len(t._rowHeights) - self.rows <= t.repeatRows:
                return []  # too small to part: all of it on the next page
            availHeight = sum(t._rowHeights[: -self.rows]) + 0.01
        parts = t.split(availWidth, availHeight)
        return [parts[0], TableThenClosing(parts[1], self.closing, self.rows)] if len(parts) == 2 else []


class KeepWithNext(Flowable):
    """A heading (or headings) and what follows it, as reportlab groups flowables whose
    ``keepWithNext`` is set (the document's ``keepTogetherClass``): the heading goes
    over to the next page only when not even the first lines or rows of what follows
    fit under it. (reportlab's KeepTogether would move the heading and all of a long
    table to a new page, leaving the page before half empty.)"""

    def __init__(self, flowables: Sequence[Flowable], maxHeight: float | None = None):  # noqa: N803 (reportlab's name)
        super().__init__()
        self._content = list(flowables)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return availWidth, 0xFFFFFF  # always placed through split()

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        *heads, following = self._content
        room = availHeight - sum(f.wrap(availWidth, availHeight)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in heads)
        room -= following.getSpaceBefore()
        if room > 0:
            if following.wrap(availWidth, room)[1] <= room:
                return [*heads, following]
            parts = following.split(availWidth, room)
            if parts and not isinstance(parts[0], ActionFlowable):
                return [*heads, *parts]
        if getattr(getattr(self, "_frame", None), "_atTop", False):
            return [*heads, following]  # at the top of a page already: as it comes
        return [FrameBreak, *heads, following]


def closing_after(last: Flowable, closing: Sequence[Flowable]) -> Flowable:
    """``last`` (the form's last block) and its closing, never the closing alone on a page."""
    return TableThenClosing(last, closing) if isinstance(last, Table) else KeepTogether([last, *closing])
