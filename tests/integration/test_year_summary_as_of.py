"""The yearly summary as a clerk checks it (issue 20, item 7): each year shows the
statuses as of that year, not today's; the rows and the totals agree in the open year;
a budget nobody reported is «—» in the rows and in the totals alike; a year no centre
ran in is refused, in Persian, by the command line and by every format."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from openpyxl import load_workbook

from qotb_desktop import documents
from qotb_desktop.cli import main
from qotb_desktop.domain.dates import jalali_year
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.year_summary import GroupTotal
from qotb_desktop.reports import summary_export
from qotb_desktop.reports.evaluation_summary import consequence_line, evaluation_summary
from qotb_desktop.services import centres
from qotb_desktop.services.evaluation_summary import evaluation_years, year_summary
from tests.conftest import TODAY

NOW = jalali_year(TODAY)  # 1405: open, nothing closed yet; the demo closed 1403 and 1404
EMPTY_YEAR = 1390  # before any centre's period


def _engineering(uow):
    return next(c for c in centres.list_centres(uow=uow) if "زلزله" in c.title)


def _row(uow, year, centre_id):
    return next(r for r in year_summary(uow=uow, year=year).rows if r.centre_id == centre_id)


def test_each_year_shows_the_status_of_that_year_not_today(demo_store):
    uow = demo_store.uow
    centre = _engineering(uow)
    assert centre.status_label == "پیشنهاد انحلال"  # today's: failed 1403 and 1404
    statuses = {y: _row(uow, y, centre.id).status_label for y in (NOW - 4, NOW - 3, NOW - 2, NOW - 1, NOW)}
    assert statuses == {
        NOW - 4: "مصوب",  # 1401: nothing closed yet
        NOW - 3: "مصوب",
        NOW - 2: "مشروط",  # 1403 not approved: a warning
        NOW - 1: "پیشنهاد انحلال",  # 1404 not approved again
        NOW: "پیشنهاد انحلال",  # 1405 not closed: 1404's stands
    }
    assert [_row(uow, y, centre.id).failures for y in (NOW - 3, NOW - 2, NOW - 1)] == [0, 1, 2]


def test_a_dissolution_counts_from_its_date_only(demo_store):
    uow = demo_store.uow
    centre = _engineering(uow)
    centres.dissolve_centre(uow=uow, centre_id=centre.id, on=date(2026, 10, 1))  # 1405/07/09
    assert _row(uow, NOW - 1, centre.id).status_label == "پیشنهاد انحلال"  # 1404: not yet dissolved
    assert _row(uow, NOW, centre.id).status_label == "منحل"


def _consistent(total: GroupTotal, rows) -> None:
    """What a clerk adds up: the totals equal the rows."""
    assert total.centres == len(rows)
    assert total.dissolution == sum(1 for r in rows if r.status == "dissolution_advised")
    assert total.dissolution == sum(1 for r in rows if r.level == "dissolution")
    assert total.approved == sum(1 for r in rows if r.verdict_label == "تأیید")
    assert total.not_evaluated == sum(1 for r in rows if r.verdict is None)
    assert total.members == sum(r.member_count for r in rows)
    received = [r.budget_received for r in rows if r.budget_received is not None]
    assert total.budget_received == (sum(received) if received else None)


@pytest.mark.parametrize("year", [NOW - 2, NOW - 1, NOW])
def test_the_totals_equal_the_rows_in_every_year(demo_store, year):
    summary = year_summary(uow=demo_store.uow, year=year)
    _consistent(summary.total, summary.rows)
    for group in summary.groups:
        _consistent(group, [r for r in summary.rows if r.group_key == group.group_key])


def test_in_the_open_year_a_centre_advised_for_dissolution_is_counted_and_says_since_when(demo_store):
    summary = year_summary(uow=demo_store.uow, year=NOW)
    (doomed,) = [r for r in summary.rows if r.status_label == "پیشنهاد انحلال"]
    assert summary.total.dissolution == 1
    assert (doomed.verdict, doomed.closed, doomed.failures, doomed.consequence_year) == (None, False, 2, NOW - 1)
    assert doomed.carried and doomed.level == "dissolution"
    assert consequence_line(doomed).startswith("پیامد ارزیابی بسته‌شده سال ۱۴۰۴ — پیشنهاد انحلال")
    # the year's own closed evaluation is not «carried»
    last = next(r for r in year_summary(uow=demo_store.uow, year=NOW - 1).rows if r.centre_id == doomed.centre_id)
    assert not last.carried and consequence_line(last).startswith("پیامد — پیشنهاد انحلال")


def test_a_budget_nobody_reported_is_a_dash_in_the_totals_too(demo_store):
    summary = year_summary(uow=demo_store.uow, year=NOW)  # no report received yet this year
    assert all(r.budget_received is None for r in summary.rows)
    assert (summary.total.budget_received, summary.total.budget_spent, summary.total.reports) == (None, None, 0)
    book = load_workbook(io.BytesIO(summary_export.summary_xlsx(summary)))
    totals = book.worksheets[0]
    head = [c.value for c in totals[2]]
    last = [c.value for c in totals[totals.max_row]]
    assert last[0] == "جمع کل"
    assert last[head.index("اعتبار دریافتی (میلیون ریال)")] is None  # an empty cell, not 0
    reported = year_summary(uow=demo_store.uow, year=NOW - 1)
    assert reported.total.budget_received == sum(r.budget_received or 0 for r in reported.rows) > 0


@pytest.mark.parametrize("fmt", ["pdf", "xlsx", "csv"])
def test_a_year_no_centre_ran_in_is_refused_in_every_format(demo_store, tmp_path, fmt):
    target = tmp_path / f"s.{fmt}"
    with pytest.raises(DomainError, match="در سال ۱۳۹۰ هیچ قطبی در دوره فعالیت خود نبود"):
        documents.export_evaluations(uow=demo_store.uow, year=EMPTY_YEAR, fmt=fmt, path=target)
    assert not target.exists()


def test_the_command_line_refuses_a_year_without_data_and_writes_nothing(demo_store, tmp_path, capsys):
    target = tmp_path / "1390.csv"
    code = main(["--db", demo_store.db.url, "export", "evaluations", "--year", "1390", "-o", str(target)])
    out = capsys.readouterr()
    assert code != 0
    assert "هیچ قطبی در دوره فعالیت خود نبود" in out.err + out.out
    assert not target.exists()
    # a year with centres is written as before
    good = tmp_path / "ok.csv"
    assert main(["--db", demo_store.db.url, "export", "evaluations", "--year", str(NOW), "-o", str(good)]) == 0
    lines = list(csv.reader(io.StringIO(good.read_bytes().decode("utf-8-sig"), newline="")))
    assert len(lines) == 1 + len(year_summary(uow=demo_store.uow, year=NOW).rows)


def test_the_pdf_of_an_empty_year_is_refused_not_printed_blank(demo_store):
    empty = year_summary(uow=demo_store.uow, year=EMPTY_YEAR)
    assert empty.rows == ()  # the data itself is fine: the screen shows an empty year
    with pytest.raises(DomainError, match="ساخته نشد"):
        evaluation_summary(empty)


def test_last_year_is_listed_only_when_a_centre_ran_in_it(store):
    uow = store.uow
    assert evaluation_years(uow=uow) == [jalali_year(date.today())]  # nothing on record: this year only
