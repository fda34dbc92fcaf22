"""Note 16: the secretariat's support of a research contract at least two centres made with
an executive body; from the calls' half, with the calls' budgets (both back ends)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from qotb_desktop.domain.errors import ValidationError
from qotb_desktop.services import calls, contracts, funding

Y = 1406  # a year the demo holds no money for
APPROVED, PROBATION, ADVISED = 2, 3, 1


@pytest.fixture
def office(demo_store):
    funding.add_budget_entry(uow=demo_store.uow, year=Y, kind="line", amount="۱۰۰٬۰۰۰", recorded_on="1406/01/20")
    return demo_store


def support(uow, amount="۵٬۰۰۰", centres=(APPROVED, PROBATION), **more):
    values = {
        "title": "پایش کیفیت آب شرب",
        "organisation": "شرکت آب و فاضلاب",
        "contract_number": "ق/۱۴۰۶/۳۳",
        "contract_on": "1406/02/01",
        "contract_amount": "۲۰٬۰۰۰",
        "decided_on": "1406/03/01",
    }
    values.update(more)
    return contracts.add_contract_support(uow=uow, year=Y, support=amount, centre_ids=list(centres), **values)


def test_a_contract_of_two_centres_is_supported_and_listed(office):
    uow = office.uow
    sid = support(uow)
    [view] = contracts.list_contract_supports(uow=uow, year=Y)
    assert view.id == sid and len(view.centres) == 2 and view.support == 5_000 * 10**6


@pytest.mark.parametrize(
    ("centres", "more", "says"),
    [
        ((APPROVED,), {}, "دست‌کم دو قطب"),
        ((APPROVED, ADVISED), {}, "مصوب یا مشروط"),
        ((APPROVED, PROBATION), {"contract_amount": "۱٬۰۰۰"}, "از مبلغ قرارداد بیشتر"),
        ((APPROVED, PROBATION), {"decided_on": "1406/01/01"}, "پیش از تاریخ قرارداد"),
    ],
)
def test_what_note_16_does_not_allow_is_refused_naming_the_field(office, centres, more, says):
    with pytest.raises(ValidationError, match=says):
        support(office.uow, centres=centres, **more)
    assert contracts.list_contract_supports(uow=office.uow, year=Y) == []


def test_supports_and_calls_share_the_calls_half(office):
    uow = office.uow
    calls.create_call(uow=uow, year=Y, title="فراخوان", budget="۴۵٬۰۰۰", deadline="1406/04/31", topics=["آب"])
    with pytest.raises(ValidationError, match="نیمه فراخوان‌ها"):
        support(uow, amount="۵٬۰۰۰٫۰۰۰۰۰۱")
    support(uow, amount="۵٬۰۰۰")
    with pytest.raises(ValidationError, match="اعتبار فراخوان"):
        calls.create_call(uow=uow, year=Y, title="دیگر", budget="0.000001", deadline="1406/04/31", topics=["آب"])
    insert = (
        "INSERT INTO contract_support (year, title, organisation, contract_number, contract_on, contract_amount, support, "
        "decided_on, note) "
        f"VALUES ({Y}, 'x', 'y', 'z', '2027-05-01', 10, 1, '2027-05-02', '')"
    )
    with pytest.raises(DBAPIError, match="call_over_line"), office.db.engine.begin() as conn:
        conn.execute(text(insert))
