"""The printing layer's Persian handling, on its own (reportlab, no database, no Qt)."""

from reportlab.pdfbase.pdfmetrics import stringWidth

from qotb_desktop.reports import fonts
from qotb_desktop.reports.document import FormMeta, build, page_width
from qotb_desktop.reports.flowables import BODY, Paragraph, TableColumn, table
from qotb_desktop.reports.rtl import LRE, PDF, persian_digits, visual, wrap
from tests.pdf_text import fa, find, in_order, pages, seen

# Each sentence carries a word found nowhere else, to find it on the page.
MARKERS = ["سیب", "انار", "گیلاس", "هلو", "انگور", "زردآلو", "توت", "لیمو", "نارنج", "خرما", "انجیر", "گردو"]
SENTENCES = [f"جمله {i} درباره {m} است و باید پس از جمله پیشین خوانده شود." for i, m in enumerate(MARKERS, 1)]


def test_digits_are_persian_in_running_text_but_not_in_latin_tokens():
    assert persian_digits("ماده 5 بند 5-1") == "ماده ۵ بند ۵-۱"
    kept = persian_digits("رایانامه member01@example.ac.ir و ISO9001")
    assert kept.replace(LRE, "").replace(PDF, "") == "رایانامه member01@example.ac.ir و ISO9001"
    # a code mixing digits and letters stays whole and left to right on the page
    assert visual(persian_digits("اثر متن: 5407-6B66-BA36")).startswith("5407-6B66-BA36 ")


def test_brackets_are_mirrored_and_zwnj_words_stay_apart():
    drawn = visual("اعتبار (ریال) «نمونه»")
    # Mirrored, the brackets enclose the word on the page; unmirrored they would read «)ریال(».
    assert drawn.index("(") < drawn.index(")") and drawn.index("«") < drawn.index("»")
    joined, apart = visual("میخواهم"), visual("می\u200cخواهم")
    assert joined != apart  # the half-space keeps «می» in its final form


def test_wrapping_keeps_logical_order_and_width():
    regular, _ = fonts.register()

    def measure(line):
        return stringWidth(visual(line), regular, 10)

    text = " ".join(SENTENCES)
    lines = wrap(text, 200, measure)
    assert len(lines) > 5
    assert " ".join(lines) == text  # nothing lost, nothing reordered
    assert all(measure(line) <= 200 for line in lines)


def test_a_wrapped_paragraph_reads_top_to_bottom():
    """The classic failure: shaping a whole paragraph then wrapping puts the first sentence last."""
    meta = FormMeta(title="آزمون ترتیب سطرها")
    pdf = build(meta, [Paragraph(" ".join(SENTENCES), BODY)])
    lines = pages(pdf)[0]
    rows = [find(lines, m) for m in MARKERS]
    assert all(r >= 0 for r in rows), rows
    assert rows == sorted(rows) and rows[0] < rows[-1]  # top to bottom, never reversed
    assert in_order(lines, *MARKERS)


def test_tables_put_the_first_column_on_the_right_and_repeat_headers():
    meta = FormMeta(title="جدول آزمون")
    cols = [TableColumn("ردیف", 0.5), TableColumn("نام", 2), TableColumn("توضیح", 4)]
    rows = [[str(i), f"نام {i}", "متنی بلند که در خانه جدول باید بشکند و به سطر بعد برود " * 2] for i in range(1, 60)]
    pdf = build(meta, [table(cols, rows, width=page_width(meta))])
    doc = pages(pdf)
    assert len(doc) >= 2
    for page in doc:  # the header on every page, «ردیف» rightmost: last in visual order
        header = next(line for line in page if seen("ردیف") in line)
        assert header.endswith(seen("ردیف")) and header.startswith(seen("توضیح"))
    assert find(doc[0], f"صفحه ۱ از {fa(len(doc))}") >= 0
    assert find(doc[-1], f"صفحه {fa(len(doc))} از {fa(len(doc))}") >= 0


def test_mixed_persian_english_and_numbers_read_back():
    meta = FormMeta(title="متن آمیخته")
    text = "گواهی ISO 9001 در سال 1403 برای 12 آزمایشگاه (با بودجه 250 میلیون ریال) صادر شد."
    lines = pages(build(meta, [Paragraph(text, BODY)]))[0]
    # a number standing on its own is Persian, even beside a Latin word
    assert find(lines, "گواهی ISO ۹۰۰۱ در سال ۱۴۰۳ برای ۱۲ آزمایشگاه (با بودجه ۲۵۰ میلیون ریال) صادر شد.") >= 0
