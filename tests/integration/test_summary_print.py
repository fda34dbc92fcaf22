"""The yearly summary's workbook as it prints (issue 20, item 8): every sheet on A4
landscape at a scale that prints the 11 pt type at 8 pt or more (not nineteen columns
fitted to one page wide, 4 pt), cut into pages of whole columns that each fit, the title
and header rows repeated (and the row number and title of a centre on a group sheet's
second page), the long texts wrapped; the heading's scheme key reads as typed."""

from __future__ import annotations

import io
import shutil
import subprocess

import pdfplumber
import pytest
from bidi import get_display
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string, get_column_letter

from qotb_desktop.domain.dates import jalali_year
from qotb_desktop.reports import summary_export
from qotb_desktop.services.evaluation_summary import year_summary
from tests.conftest import TODAY

YEAR = jalali_year(TODAY) - 1
A4_LONG_SIDE = 842  # points


@pytest.fixture
def book(demo_store):
    summary = year_summary(uow=demo_store.uow, year=YEAR)
    return load_workbook(io.BytesIO(summary_export.summary_xlsx(summary)))


def _points(width: float) -> float:
    """A column's printed width at 100 % (7 px a character at 96 dpi, 5 px of padding)."""
    return (width * 7 + 5) * 0.75


def _pages(ws) -> list[list[int]]:
    """The columns of each printed page across, read from the sheet's breaks and print titles."""
    last = ws.max_column
    cuts = sorted(b.id + 1 for b in ws.col_breaks.brk)  # a break after column id
    titles = []
    if ws.print_title_cols:
        first, end = ws.print_title_cols.replace("$", "").split(":")
        titles = list(range(column_index_from_string(first), column_index_from_string(end) + 1))
    pages, start = [], 1
    for cut in [*cuts, last + 1]:
        pages.append(list(range(start, cut)) if start == 1 else [*titles, *range(start, cut)])
        start = cut
    return pages


def test_every_sheet_prints_on_a4_landscape_at_8_pt_or_more_and_each_page_fits(book):
    for ws in book:
        setup = ws.page_setup
        assert (setup.orientation, int(setup.paperSize)) == ("landscape", 9), ws.title  # 9: A4
        assert not ws.sheet_properties.pageSetUpPr.fitToPage  # a scale, not «fit to one page wide»
        scale = int(setup.scale)
        assert 11 * scale / 100 >= 8, ws.title  # the 11 pt type prints at 8 pt or more
        room = A4_LONG_SIDE - 72 * (ws.page_margins.left + ws.page_margins.right)
        for page in _pages(ws):
            printed = sum(_points(ws.column_dimensions[get_column_letter(c)].width) for c in page) * scale / 100
            assert printed <= room, (ws.title, page)
        assert ws.print_title_rows == "$1:$2"  # the title and the header on every page
        assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text


def test_a_group_sheet_prints_two_pages_across_with_the_centre_named_on_both(book):
    ws = book.worksheets[1]
    assert ws.max_column >= 19
    pages = _pages(ws)
    assert len(pages) == 2 and ws.print_title_cols == "$A:$B"
    head = {ws.cell(2, c).value: c for c in range(1, ws.max_column + 1)}
    assert head["عنوان قطب"] in pages[1] and head["دلایل"] in pages[1] and head["وضعیت"] in pages[0]
    assert int(ws.page_setup.scale) >= 85  # about 10 pt: not shrunk more than it needs


def test_long_texts_wrap_in_columns_of_sensible_widths(book):
    ws = book.worksheets[1]
    head = {ws.cell(2, c).value: c for c in range(1, ws.max_column + 1)}
    for name, least in (("عنوان قطب", 20), ("مؤسسه میزبان", 14), ("دلایل", 30)):
        column = head[name]
        assert ws.column_dimensions[get_column_letter(column)].width >= least
        assert all(ws.cell(r, column).alignment.wrap_text for r in range(3, ws.max_row + 1))
    assert all(ws.cell(2, c).alignment.wrap_text for c in head.values())  # the headers too
    assert all(ws.column_dimensions[get_column_letter(c)].width <= 40 for c in head.values())


def test_the_headings_scheme_key_reads_as_typed_in_persian_digits(book):
    heading = book.worksheets[0]["A1"].value
    assert "1397" not in heading  # no Latin digits among the Persian ones
    assert "۱۳۹۷-۱" in get_display(heading, base_dir="R")  # in visual order: as typed, not «۱-۱۳۹۷»
    assert summary_export.scheme_key("1397-1") == "\u200e۱۳۹۷-۱\u200e"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed here")
def test_libreoffice_prints_the_group_sheet_at_8_pt_or_more(demo_store, tmp_path):
    summary = year_summary(uow=demo_store.uow, year=YEAR)
    source = tmp_path / "summary.xlsx"
    source.write_bytes(summary_export.summary_xlsx(summary))
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        check=True,
        timeout=180,
        capture_output=True,
    )
    with pdfplumber.open(tmp_path / "summary.pdf") as pdf:
        sizes = [c["size"] for page in pdf.pages for c in page.chars if c["text"].strip()]
    assert sizes and min(sizes) >= 8


def test_the_pdfs_scheme_key_reads_as_typed(demo_store):
    from qotb_desktop.reports.evaluation_summary import evaluation_summary

    pdf = evaluation_summary(year_summary(uow=demo_store.uow, year=YEAR))
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        drawn = doc.pages[0].extract_text()  # the glyphs left to right, as the page shows them
    assert "۱۳۹۷-۱" in drawn and "۱-۱۳۹۷" not in drawn
