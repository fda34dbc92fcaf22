"""The yearly summary's totals (domain.year_summary): a budget nobody reported is
unknown («—»), not zero; a sum covers the reports received; an empty year is refused."""

from __future__ import annotations

import pytest

from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.year_summary import SummaryRow, YearSummary, group_total, refuse_empty


def _row(i: int, received: int | None, level: str = "none") -> SummaryRow:
    return SummaryRow(
        centre_id=i, title=f"قطب {i}", host="دانشگاه", group_key="g", group_title="گروه", field_title="رشته",
        director="", member_count=5, centre_total=None, total=None, verdict=None, previous_verdict=None,
        failures=2 if level == "dissolution" else 0, status="dissolution_advised" if level == "dissolution" else "approved",
        status_label="", level=level, reasons=(), report_received=received is not None, budget_received=received,
        budget_spent=None if received is None else received // 2, closed=False, consequence_year=1404,
    )  # fmt: skip


def test_no_report_is_an_unknown_total_not_zero():
    t = group_total("g", "گروه", [_row(1, None), _row(2, None)])
    assert (t.budget_received, t.budget_spent, t.reports) == (None, None, 0)


def test_the_sum_is_of_the_reports_received():
    t = group_total("g", "گروه", [_row(1, 100), _row(2, None), _row(3, 50)])
    assert (t.budget_received, t.budget_spent, t.reports) == (150, 75, 2)


def test_a_consequence_carried_from_a_closed_year_is_counted():
    rows = [_row(1, None, "dissolution"), _row(2, None)]
    assert group_total("g", "گروه", rows).dissolution == 1
    assert rows[0].carried and not rows[1].closed


def test_an_empty_year_is_refused_in_persian():
    empty = YearSummary(1390, "1397-1", 60, 100, (), (), group_total("", "جمع کل", []))
    with pytest.raises(DomainError, match="در سال ۱۳۹۰ هیچ قطبی در دوره فعالیت خود نبود"):
        refuse_empty(empty)
