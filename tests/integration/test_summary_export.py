"""The yearly evaluation summary as PDF, XLSX and CSV, read back; and its command line."""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

import pytest
from openpyxl import load_workbook

from qotb_desktop import documents
from qotb_desktop.cli import main
from qotb_desktop.domain.dates import jalali_year
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.evaluation import LEVELS, VERDICTS, money, score_text
from qotb_desktop.domain.year_summary import summarise
from qotb_desktop.reports import summary_export
from qotb_desktop.reports.evaluation_summary import evaluation_summary
from qotb_desktop.services import centres, evaluations
from qotb_desktop.services.evaluation_summary import year_summary
from tests.conftest import TODAY
from tests.pdf_text import fa, find, in_order, pages

YEAR = jalali_year(TODAY) - 1  # the demo's last evaluated year: one centre failed twice running


@pytest.fixture
def summary(demo_store):
    return year_summary(uow=demo_store.uow, year=YEAR)


def doomed(summary):
    """The centre whose dissolution is recommended (two years not approved)."""
    (row,) = [r for r in summary.rows if r.level == "dissolution"]
    assert row.failures == 2 and row.verdict == "not_approved" and row.previous_verdict == "not_approved"
    return row


def score(value: Decimal) -> str:
    return score_text(Fraction(value))


# -- XLSX --------------------------------------------------------------------------------------


def test_xlsx_has_a_summary_sheet_then_one_sheet_per_group_all_right_to_left(summary):
    book = load_workbook(io.BytesIO(summary_export.summary_xlsx(summary)))
    assert len(book.sheetnames) == 1 + len(summary.groups)
    assert book.sheetnames[0] == f"خلاصه {fa(YEAR)}"
    assert book.sheetnames[1:] == [g.group_title for g in summary.groups]
    for ws in book.worksheets:
        assert ws.sheet_view.rightToLeft is True
        assert ws.freeze_panes == "A3"  # the title and the header row stay in view
        assert fa(YEAR) in ws["A1"].value
        assert all(ws.column_dimensions[c].width for c in "ABCDE")
    assert str(YEAR) in book.properties.title and f"year={YEAR}" in book.properties.keywords

    first = book.worksheets[0]
    assert [c.value for c in first[2]] == [
        "گروه", "شمار قطب‌ها", "تأیید", "عدم تأیید", "ارزیابی‌نشده", "پیشنهاد انحلال", "شمار اعضا",
        "اعتبار دریافتی (میلیون ریال)", "اعتبار هزینه‌شده (میلیون ریال)",
    ]  # fmt: skip
    totals = [[c.value for c in row] for row in first.iter_rows(min_row=3)]
    expected = [
        [g.group_title, g.centres, g.approved, g.not_approved, g.not_evaluated, g.dissolution, g.members, g.budget_received,
         g.budget_spent]
        for g in (*summary.groups, summary.total)
    ]  # fmt: skip
    assert totals == expected
    assert totals[-1][0] == "جمع کل" and first.cell(first.max_row, 1).font.bold
    assert first.cell(3, 8).number_format == "#,##0"


def test_xlsx_group_sheet_shows_the_centre_whose_dissolution_is_recommended(summary):
    row = doomed(summary)
    book = load_workbook(io.BytesIO(summary_export.summary_xlsx(summary)))
    ws = book[row.group_title]
    headers = [c.value for c in ws[2]]
    assert headers[:8] == ["ردیف", "عنوان قطب", "مؤسسه میزبان", "رشته", "مدیر قطب", "شمار اعضا", "جمع امتیاز اعضا",
                           "امتیاز ارزیابی (از ۱۰۰)"]  # fmt: skip
    assert headers[8:10] == [f"نتیجه {fa(YEAR)}", f"نتیجه {fa(YEAR - 1)}"]
    (line,) = [r for r in ws.iter_rows(min_row=3) if r[1].value == row.title]
    cell = dict(zip(headers, line, strict=True))
    assert cell[f"نتیجه {fa(YEAR)}"].value == VERDICTS["not_approved"] == row.verdict_label
    assert cell[f"نتیجه {fa(YEAR - 1)}"].value == row.previous_label
    assert cell["عدم تأیید پیاپی (سال)"].value == 2
    assert cell["وضعیت"].value == row.status_label
    assert cell["پیامد (ماده ۱۰)"].value == LEVELS["dissolution"]
    assert cell["دلایل"].value == " ".join(row.reasons)
    assert cell["مدیر قطب"].value == row.director and cell["شمار اعضا"].value == row.member_count
    received, spent = cell["اعتبار دریافتی (میلیون ریال)"], cell["اعتبار هزینه‌شده (میلیون ریال)"]
    assert (received.value, spent.value) == (row.budget_received, row.budget_spent)
    assert isinstance(received.value, int) and received.number_format == "#,##0"
    total = cell["امتیاز ارزیابی (از ۱۰۰)"]
    assert total.value == pytest.approx(float(row.total)) and total.number_format == "0.00"
    assert cell["جمع امتیاز اعضا"].value == pytest.approx(float(row.centre_total))
    # the group's subtotal closes the sheet
    group = next(g for g in summary.groups if g.group_key == row.group_key)
    last = [c.value for c in ws[ws.max_row]]
    assert last[1] == f"جمع گروه {group.group_title}"
    assert (last[5], last[15], last[16]) == (group.members, group.budget_received, group.budget_spent)
    assert ws.max_row == 2 + group.centres + 1


def test_sheet_titles_are_valid_and_unique():
    taken: set[str] = set()
    odd = "گروه [ویژه]: فنی/مهندسی * آزمایشی? \\ با نامی بسیار بلندتر از سی و یک نویسه"
    first, second = summary_export.sheet_title(odd, taken), summary_export.sheet_title(odd, taken)
    for title in (first, second):
        assert 0 < len(title) <= 31 and not re.search(r"[\[\]:*?/\\]", title)
    assert first != second and second.endswith("(2)")
    assert summary_export.sheet_title("", taken)  # never empty


def test_a_title_that_looks_like_a_formula_stays_text(summary):
    row = summary.rows[0]
    tricky = replace(summary, rows=(replace(row, title='=HYPERLINK("x")'), *summary.rows[1:]))
    book = load_workbook(io.BytesIO(summary_export.summary_xlsx(tricky)))
    ws = book[row.group_title]
    assert ws["B3"].value == '=HYPERLINK("x")' and ws["B3"].data_type == "s"
    line = summary_export.summary_csv(tricky).decode("utf-8-sig").splitlines()[1]
    assert "'=HYPERLINK" in line


# -- CSV ---------------------------------------------------------------------------------------


def test_csv_is_utf8_with_bom_one_line_per_centre_numbers_in_latin_digits(summary):
    raw = summary_export.summary_csv(summary)
    assert raw.startswith(codecs.BOM_UTF8)
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    head, body = lines[0], lines[1:]
    assert head[:4] == ["سال", "گروه", "شناسه قطب", "عنوان قطب"]
    assert len(body) == len(summary.rows) == summary.total.centres
    col = {h: i for i, h in enumerate(head)}
    for r, line in zip(summary.rows, body, strict=True):
        assert line[col["سال"]] == str(YEAR)
        assert (line[col["گروه"]], int(line[col["شناسه قطب"]]), line[col["عنوان قطب"]]) == (r.group_title, r.centre_id, r.title)
        assert Decimal(line[col["امتیاز ارزیابی (از ۱۰۰)"]]) == r.total
        assert Decimal(line[col["جمع امتیاز اعضا"]]) == r.centre_total
        assert int(line[col["اعتبار دریافتی (میلیون ریال)"]]) == r.budget_received
        assert int(line[col["اعتبار هزینه‌شده (میلیون ریال)"]]) == r.budget_spent
        assert int(line[col["عدم تأیید پیاپی (سال)"]]) == r.failures
        assert (line[col["نتیجه سال"]], line[col["نتیجه سال پیش"]]) == (r.verdict_label, r.previous_label)
        assert line[col["وضعیت"]] == r.status_label
        for name in ("شمار اعضا", "جمع امتیاز اعضا", "امتیاز ارزیابی (از ۱۰۰)", "اعتبار دریافتی (میلیون ریال)"):
            assert re.fullmatch(r"[0-9]+(\.[0-9]+)?", line[col[name]]), (name, line[col[name]])
    row = doomed(summary)
    (line,) = [x for x in body if x[col["عنوان قطب"]] == row.title]
    assert line[col["پیامد (ماده ۱۰)"]] == LEVELS["dissolution"] and line[col["دلایل"]] == " ".join(row.reasons)


def test_csv_leaves_a_cell_empty_for_a_year_without_report_or_evaluation(demo_store):
    now = year_summary(uow=demo_store.uow, year=jalali_year(TODAY))  # nothing reported or closed yet this year
    assert now.rows and all(r.verdict is None and r.budget_received is None for r in now.rows)
    lines = list(csv.reader(io.StringIO(summary_export.summary_csv(now).decode("utf-8-sig"), newline="")))
    col = {h: i for i, h in enumerate(lines[0])}
    for line in lines[1:]:
        assert line[col["اعتبار دریافتی (میلیون ریال)"]] == "" and line[col["نتیجه سال"]] == "ارزیابی نشده"


# -- PDF ---------------------------------------------------------------------------------------


def test_pdf_reads_back_title_groups_the_failing_centre_and_totals(summary):
    row = doomed(summary)
    doc = pages(evaluation_summary(summary, today=TODAY))
    lines = [line for page in doc for line in page]
    t = summary.total
    assert in_order(
        lines,
        f"گزارش سالانه ارزیابی قطب‌های علمی، سال {fa(YEAR)}",
        f"حد نصاب تأیید: {fa(summary.pass_mark)} از ۱۰۰",
        f"در سال {fa(YEAR)}، {fa(t.centres)} قطب در دوره فعالیت بودند: {fa(t.approved)} قطب تأیید",
        *(f"گروه {g.group_title} ({fa(g.centres)} قطب)" for g in summary.groups),
        f"جمع به تفکیک گروه، سال {fa(YEAR)}",
        f"جمع کل {fa(t.centres)} {fa(t.approved)} {fa(t.not_approved)} {fa(t.not_evaluated)} {fa(t.dissolution)} "
        f"{fa(t.members)} {money(t.budget_received)} {money(t.budget_spent)}",
    )
    # each centre's line: members, summed score, total, this year's and last year's verdicts, failures; budgets
    assert len({(r.verdict, r.previous_verdict) for r in summary.rows}) > 1  # the demo tells the columns apart
    for r in summary.rows:
        assert find(lines, " ".join(r.title.split()[:3])) >= 0
        cells = [fa(r.member_count), score(r.centre_total), score(r.total), r.verdict_label, r.previous_label, fa(r.failures)]
        assert find(lines, " ".join(cells)) >= 0, r.title
        assert find(lines, f"{money(r.budget_received)} {money(r.budget_spent)}") >= 0
    assert find(lines, f"پیامد — پیشنهاد انحلال: {row.reasons[0]}") >= 0  # no brackets within brackets
    (warned,) = [r for r in summary.rows if r.level == "probation"]
    assert find(lines, f"پیامد — هشدار: {warned.reasons[0]}") >= 0
    assert find(lines, "پیامد (") < 0
    for n, page in enumerate(doc, 1):
        assert find(page, f"صفحه {fa(n)} از {fa(len(doc))}") >= 0


def test_pdf_of_many_centres_repeats_the_group_and_the_header_on_every_page(summary):
    row = summary.rows[0]
    many = [replace(row, centre_id=i, title=f"قطب آزمون شماره {i}", allocated=None) for i in range(1, 121)]
    big = summarise(YEAR, summary.scheme, summary.pass_mark, summary.total_weight, many, [(row.group_key, row.group_title)])
    doc = pages(evaluation_summary(big, today=TODAY))
    assert len(doc) >= 4
    for page in doc[1:-1]:  # every page the group's table runs over
        assert in_order(page, f"گروه {row.group_title} ({fa(120)} قطب)", "عنوان قطب")
    everyone = [line for page in doc for line in page]
    assert in_order(everyone, *(f"{fa(n)} {fa(r.title)}" for n, r in enumerate(big.rows, 1)))  # row number, title


def test_the_summary_is_listed_for_each_year_with_closed_evaluations(demo_store):
    uow = demo_store.uow
    closed = {
        e.year
        for c in centres.list_centres(uow=uow)
        for e in evaluations.list_evaluations(uow=uow, centre_id=c.id)
        if e.closed_at
    }
    listed = [d for d in documents.available(uow=uow, today=TODAY) if d.form == "evaluation-summary"]
    assert sorted(d.filename for d in listed) == sorted(f"evaluation-summary-{y}.pdf" for y in closed)
    assert all(d.render().startswith(b"%PDF") for d in listed[:1])
    assert "evaluation-summary" in {f.key for f in documents.FORMS}


def test_export_refuses_an_unknown_format_in_persian(demo_store, tmp_path):
    with pytest.raises(DomainError, match="قالب «docx» شناخته نیست"):
        documents.export_evaluations(uow=demo_store.uow, year=YEAR, fmt="docx", path=tmp_path / "x.docx")
    assert not (tmp_path / "x.docx").exists()
    written = documents.export_evaluations(uow=demo_store.uow, year=YEAR, fmt="XLSX", path=tmp_path / "x.xlsx")
    assert load_workbook(written).sheetnames[0] == f"خلاصه {fa(YEAR)}"


# -- the final evaluation, what the total is out of, a draft ---------------------------------------


@pytest.fixture
def final_year(demo_store):
    """The year the humanities centre's five-year period ends (1405): its final evaluation
    closed (approved), and a draft of the physics centre's annual evaluation."""
    uow = demo_store.uow
    farsi = next(c for c in centres.list_centres(uow=uow) if "زبان و ادبیات" in c.title)
    physics = next(c for c in centres.list_centres(uow=uow) if "فیزیک" in c.title)
    year = YEAR + 1
    criteria = evaluations.scheme_for(uow=uow, centre_id=farsi.id, year=year, kind="final").criteria
    final = evaluations.save_evaluation(
        uow=uow, centre_id=farsi.id, year=year, kind="final", scores={c.key: 7 for c in criteria},
        evaluators="کارگروه ارزیابی پایانی", evaluated_on=f"{year}/09/01",
    )  # fmt: skip
    evaluations.close_evaluation(uow=uow, evaluation_id=final)
    evaluations.save_report(uow=uow, centre_id=physics.id, year=year, received_on=f"{year}/09/01")
    evaluations.save_evaluation(
        uow=uow, centre_id=physics.id, year=year, scores={c.key: 8 for c in criteria},
        evaluators="کارگروه علوم پایه", evaluated_on=f"{year}/09/02",
    )  # fmt: skip
    summary = year_summary(uow=uow, year=year)
    rows = {r.centre_id: r for r in summary.rows}
    assert rows[farsi.id].final_label == VERDICTS["approved"] and rows[farsi.id].verdict is None
    assert rows[physics.id].total is None and not rows[physics.id].closed  # a draft: no total
    return summary, rows[farsi.id], rows[physics.id]


def test_the_final_verdict_is_a_column_and_a_draft_has_no_total_in_every_format(final_year):
    summary, farsi, physics = final_year
    # XLSX
    book = load_workbook(io.BytesIO(summary_export.summary_xlsx(summary)))
    for row in (farsi, physics):
        ws = book[row.group_title]
        headers = [c.value for c in ws[2]]
        (line,) = [r for r in ws.iter_rows(min_row=3) if r[1].value == row.title]
        cell = dict(zip(headers, line, strict=True))
        assert cell["ارزیابی پایانی"].value == (row.final_label or None)
        assert cell["امتیاز ارزیابی (از ۱۰۰)"].value is None and cell[f"نتیجه {fa(summary.year)}"].value == "ارزیابی نشده"
    # CSV
    lines = list(csv.reader(io.StringIO(summary_export.summary_csv(summary).decode("utf-8-sig"), newline="")))
    col = {h: i for i, h in enumerate(lines[0])}
    # after the columns it followed, then article 12's, added last: a reader by position finds the others where they were
    assert lines[0][-5:-3] == ["ارزیابی بسته‌شده", "ارزیابی پایانی"] and lines[0][-3].startswith("سهم تخصیص")
    by_title = {line[col["عنوان قطب"]]: line for line in lines[1:]}
    assert by_title[farsi.title][col["ارزیابی پایانی"]] == VERDICTS["approved"]
    assert by_title[physics.title][col["ارزیابی پایانی"]] == ""
    assert by_title[physics.title][col["امتیاز ارزیابی (از ۱۰۰)"]] == ""
    # PDF: the column's header, the verdict on the centre's line, «—» for the draft's total
    text = [line for page in pages(evaluation_summary(summary, today=TODAY)) for line in page]
    assert find(text, "ارزیابی") >= 0 and find(text, "پایانی") >= 0
    # («ارزیابی نشده» wraps in its narrow cell: the line shows the cells around it)
    cells = [fa(farsi.member_count), "—", "—", farsi.previous_label, fa(farsi.failures), farsi.status_label, VERDICTS["approved"]]
    assert find(text, " ".join(cells)) >= 0
    draft = [fa(physics.member_count), "—", "—", physics.previous_label, fa(physics.failures), physics.status_label]
    assert find(text, " ".join(draft)) >= 0
    assert find(text, "پیش‌نویس") < 0


def test_what_the_total_is_out_of_comes_from_the_scheme_in_every_format(summary):
    heavier = replace(summary, total_weight=120)
    book = load_workbook(io.BytesIO(summary_export.summary_xlsx(heavier)))
    assert "حد نصاب تأیید ۶۰ از ۱۲۰" in book.worksheets[0]["A1"].value
    assert "امتیاز ارزیابی (از ۱۲۰)" in [c.value for c in book.worksheets[1][2]]
    assert "total_weight=120" in book.properties.keywords
    head = summary_export.summary_csv(heavier).decode("utf-8-sig").splitlines()[0].split(",")
    assert "امتیاز ارزیابی (از ۱۲۰)" in head
    text = [line for page in pages(evaluation_summary(heavier, today=TODAY)) for line in page]
    assert find(text, f"حد نصاب تأیید: {fa(heavier.pass_mark)} از ۱۲۰") >= 0
    cells = [str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None]
    assert not [c for c in cells if "از ۱۰۰" in c]
    assert "از ۱۰۰" not in summary_export.summary_csv(heavier).decode("utf-8-sig")
    assert find(text, "از ۱۰۰") < 0


# -- the command line ----------------------------------------------------------------------------


def export(db, *args: str) -> int:
    return main(["--db", str(db), "export", "evaluations", *args])


def test_cli_writes_each_format(demo_store, tmp_path, capsys):
    db = demo_store.db.url
    expected = year_summary(uow=demo_store.uow, year=YEAR)
    for fmt in ("pdf", "xlsx", "csv"):
        out = tmp_path / f"summary.{fmt}"
        assert export(db, "--year", fa(YEAR), "--format", fmt, "-o", str(out)) == 0  # Persian digits accepted
        assert f"خلاصه ارزیابی سال {fa(YEAR)} ساخته شد" in capsys.readouterr().out
    assert (tmp_path / "summary.csv").read_bytes() == summary_export.summary_csv(expected)
    assert (tmp_path / "summary.pdf").read_bytes().startswith(b"%PDF")
    assert load_workbook(tmp_path / "summary.xlsx").sheetnames[1:] == [g.group_title for g in expected.groups]
    # the format may come from the file's extension
    assert export(db, "--year", str(YEAR), "-o", str(tmp_path / "by-suffix.CSV")) == 0
    assert (tmp_path / "by-suffix.CSV").read_bytes() == summary_export.summary_csv(expected)


def test_cli_refuses_a_bad_format_a_bad_year_and_an_existing_file(demo_store, tmp_path, capsys):
    db = demo_store.db.url
    out = tmp_path / "summary.pdf"
    assert export(db, "--year", str(YEAR), "--format", "docx", "-o", str(out)) == 1
    assert "قالب «docx» شناخته نیست" in capsys.readouterr().err and not out.exists()
    for year in ("۱۴۰", "14o4", "abcd"):
        assert export(db, "--year", year, "-o", str(out)) == 1
        assert "سال هجری شمسی را چهاررقمی بنویسید" in capsys.readouterr().err
    assert export(db, "--year", str(jalali_year(TODAY) + 5), "-o", str(out)) == 1
    assert "هنوز نیامده است" in capsys.readouterr().err
    out.write_bytes(b"kept")
    assert export(db, "--year", str(YEAR), "-o", str(out)) == 1
    assert "--force" in capsys.readouterr().err and out.read_bytes() == b"kept"
    assert export(db, "--year", str(YEAR), "-o", str(out), "--force") == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_each_funded_centre_has_its_share_its_matching_and_the_shortfall_in_every_format(summary, demo_store):
    """Issue 18.3: the demo's last year, approved, one institution short of its matching."""
    from qotb_desktop.services import funding

    shares = {s.centre_id: s for s in funding.allocation_sheet(uow=demo_store.uow, year=summary.year).shares}
    funded = [r for r in summary.rows if r.allocated is not None]
    assert {r.centre_id for r in funded} == set(shares)
    for r in funded:
        assert (r.allocated, r.provided, r.shortfall) == (
            shares[r.centre_id].amount,
            shares[r.centre_id].provided,
            shares[r.centre_id].shortfall,
        )
    short = next(r for r in funded if r.shortfall)
    assert [r.allocated for r in summary.rows if r.centre_id not in shares] == [None] * (len(summary.rows) - len(funded))

    rows = list(csv.reader(io.StringIO(summary_export.summary_csv(summary).decode("utf-8-sig"))))
    assert rows[0][-1].startswith("کسری هم‌تراز")
    line = next(row for row in rows[1:] if row[2] == str(short.centre_id))
    assert Decimal(line[-1]) * 10**6 == short.shortfall and Decimal(line[-3]) * 10**6 == short.allocated

    book = load_workbook(io.BytesIO(summary_export.summary_xlsx(summary)))
    cells = [row[-1] for ws in book.worksheets[1:] for row in ws.iter_rows(values_only=True)]
    assert Decimal(str(short.shortfall)) / 10**6 in {Decimal(str(c)) for c in cells if isinstance(c, (int, float))}

    lines = [line for page in pages(evaluation_summary(summary, today=TODAY)) for line in page]
    assert find(lines, "هم‌تراز مؤسسه‌ها") >= 0
    shown = fa(f"{short.shortfall / 10**6:,}").replace(",", "٬").replace(".", "٫")
    assert any(shown in line for line in lines)
