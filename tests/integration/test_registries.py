"""The registries through the services, on a real SQLite file: every action one
transaction, bad input refused in Persian with nothing written."""

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from qotb_desktop.domain.dates import parse_jalali
from qotb_desktop.domain.errors import ValidationError
from qotb_desktop.services import centres, council, faculty, institutions
from tests.conftest import TODAY


def counts(store) -> dict[str, int]:
    with store.db.engine.connect() as conn:
        return {
            t: conn.execute(text(f"select count(*) from {t}")).scalar()
            for t in ("institution", "faculty_member", "centre", "centre_partner", "membership", "council_term")
        }


@pytest.fixture
def base(uow):
    ut = institutions.add_institution(uow=uow, name="دانشگاه تهران", city="تهران")
    iut = institutions.add_institution(uow=uow, name="دانشگاه صنعتی اصفهان", city="اصفهان")
    return ut, iut


def person(uow, inst: int, code: str, first="علی", last="کریمی", **extra) -> int:
    return faculty.add_faculty(
        uow=uow,
        national_code=code,
        first_name=first,
        last_name=last,
        rank="professor",
        institution_id=inst,
        field_key="physics",
        **extra,
    )


CODES = ["0499370899", "0790419904", "0084575948", "4608968882"]


def test_institutions_add_edit_list(uow, base):
    ut, _ = base
    institutions.update_institution(uow=uow, institution_id=ut, name="دانشگاه تهران", kind="university", city="تهران ")
    names = [i.name for i in institutions.list_institutions(uow=uow)]
    assert names == ["دانشگاه تهران", "دانشگاه صنعتی اصفهان"]
    with pytest.raises(ValidationError) as exc:
        institutions.add_institution(uow=uow, name="دانشگاه  تهران")
    assert exc.value.fields == ["name"]


def test_faculty_typed_with_arabic_letters_and_persian_digits_is_stored_normalised(uow, base, store):
    fid = faculty.add_faculty(
        uow=uow,
        national_code="۰۴۹۹۳۷۰۸۹۹",
        first_name="علي",
        last_name="كريمي",
        rank="دانشیار",
        institution_id=base[0],
        field_key="علوم پایه: فیزیک",
        email="karimi@ut.ac.ir",
    )
    f = faculty.get_faculty(uow=uow, faculty_id=fid)
    assert (f.national_code, f.first_name, f.last_name, f.rank, f.field_key) == (
        "0499370899",
        "علی",
        "کریمی",
        "associate_professor",
        "physics",
    )
    assert f.institution_name == "دانشگاه تهران" and f.field_title == "علوم پایه: فیزیک"


def test_bad_faculty_input_writes_nothing(uow, base, store):
    before = counts(store)
    with pytest.raises(ValidationError) as exc:
        person(uow, base[0], "0499370898")
    assert exc.value.fields == ["national_code"]
    assert "کد ملی" in str(exc.value)
    with pytest.raises(ValidationError) as exc:
        person(uow, 999, CODES[0])
    assert exc.value.fields == ["institution_id"]
    with pytest.raises(ValidationError) as exc:
        faculty.add_faculty(
            uow=uow,
            national_code=CODES[0],
            first_name="الف",
            last_name="ب",
            rank="professor",
            institution_id=base[0],
            field_key="alchemy",
        )
    assert exc.value.fields == ["field_key"]
    assert counts(store) == before


def test_a_national_code_is_registered_once(uow, base):
    fid = person(uow, base[0], CODES[0])
    with pytest.raises(ValidationError) as exc:
        person(uow, base[1], "۰۴۹۹۳۷۰۸۹۹", first="مریم", last="نوری")
    assert exc.value.fields == ["national_code"] and "علی کریمی" in str(exc.value)
    faculty.update_faculty(
        uow=uow,
        faculty_id=fid,
        national_code=CODES[0],
        first_name="علی",
        last_name="کریمی",
        rank="professor",
        institution_id=base[1],
        field_key="physics",
    )
    assert faculty.get_faculty(uow=uow, faculty_id=fid).institution_name == "دانشگاه صنعتی اصفهان"


def test_retiring_a_member(uow, base):
    fid = person(uow, base[0], CODES[0])
    faculty.set_faculty_status(uow=uow, faculty_id=fid, status="retired")
    assert faculty.get_faculty(uow=uow, faculty_id=fid).status_label == "بازنشسته"


def new_centre(uow, host: int, title="قطب فیزیک", **extra) -> int:
    return centres.add_centre(
        uow=uow, title=title, field_key="physics", host_institution_id=host, period_start="1403/07/01", **extra
    )


def test_centre_with_partners_director_members_and_collaborators(uow, base):
    ut, iut = base
    cid = new_centre(uow, ut, partner_institution_ids=[iut], decree_number="۱۴۰۳/ق/۱۲", decree_date="1403/06/20")
    a, b, c = (person(uow, ut, code, first=n) for code, n in zip(CODES[:3], ["علی", "مریم", "رضا"], strict=True))
    centres.add_membership(uow=uow, centre_id=cid, faculty_id=a, role="director", joined_on="1403/07/01")
    centres.add_membership(uow=uow, centre_id=cid, faculty_id=b, role="member", joined_on="1403/07/01")
    centres.add_membership(uow=uow, centre_id=cid, faculty_id=c, role="collaborator", joined_on="1403/08/01")
    view = centres.get_centre(uow=uow, centre_id=cid)
    assert view.partner_names == ("دانشگاه صنعتی اصفهان",)
    assert (view.director_name, view.member_count, view.collaborator_count) == ("علی کریمی", 2, 1)
    assert view.period_end == parse_jalali("1408/06/31")
    assert view.decree_number == "1403/ق/12"
    roles = [m.role for m in centres.list_memberships(uow=uow, centre_id=cid)]
    assert sorted(roles) == ["collaborator", "director", "member"]
    # a second director is refused (art. 11)
    d = person(uow, ut, CODES[3], first="سارا")
    with pytest.raises(ValidationError) as exc:
        centres.add_membership(uow=uow, centre_id=cid, faculty_id=d, role="director", joined_on="1403/07/01")
    assert exc.value.fields == ["role"]


def test_one_active_centre_per_member_in_the_services(uow, base, store):
    ut, iut = base
    first, second = new_centre(uow, ut, "قطب الف"), new_centre(uow, iut, "قطب ب")
    a = person(uow, ut, CODES[0])
    mid = centres.add_membership(uow=uow, centre_id=first, faculty_id=a, joined_on="1403/07/01")
    before = counts(store)
    with pytest.raises(ValidationError) as exc:
        centres.add_membership(uow=uow, centre_id=second, faculty_id=a, joined_on="1403/08/01")
    assert exc.value.fields == ["faculty_id"] and "قطب الف" in str(exc.value)
    assert counts(store) == before
    # As a collaborator elsewhere: allowed (note 11).
    collab = centres.add_membership(uow=uow, centre_id=second, faculty_id=a, role="collaborator", joined_on="1403/08/01")
    # A future end does not free the person before it comes.
    centres.end_membership(uow=uow, membership_id=mid, left_on="1410/01/15")
    with pytest.raises(ValidationError):
        centres.update_membership(uow=uow, membership_id=collab, role="member", joined_on="1404/01/16")
    # Once the first membership ends, the collaborator may become a member of the other centre.
    centres.update_membership(uow=uow, membership_id=mid, role="member", joined_on="1403/07/01", left_on="1404/01/15")
    centres.end_membership(uow=uow, membership_id=collab, left_on="1404/01/15")
    centres.add_membership(uow=uow, centre_id=second, faculty_id=a, role="member", joined_on="1404/01/16")


def test_one_active_centre_per_member_in_the_database(uow, base, store):
    """A path that skips the services (a script, a bug) is stopped by the partial unique index."""
    ut, iut = base
    first, second = new_centre(uow, ut, "قطب الف"), new_centre(uow, iut, "قطب ب")
    a = person(uow, ut, CODES[0])
    centres.add_membership(uow=uow, centre_id=first, faculty_id=a, joined_on="1403/07/01")
    insert = text("insert into membership (centre_id, faculty_id, role, joined_on) values (:c, :f, :r, '2024-10-01')")
    with pytest.raises(IntegrityError), store.db.engine.begin() as conn:
        conn.execute(insert, {"c": second, "f": a, "r": "member"})
    with pytest.raises(IntegrityError), store.db.engine.begin() as conn:
        conn.execute(insert, {"c": second, "f": a, "r": "director"})
    with store.db.engine.begin() as conn:  # a collaborator row is not a membership of note 9
        conn.execute(insert, {"c": second, "f": a, "r": "collaborator"})


def test_database_refusal_comes_back_in_persian(uow, base):
    """If two desks race past the service check, the index's refusal is translated."""
    from qotb_desktop.store.models import Membership

    ut, iut = base
    first, second = new_centre(uow, ut, "قطب الف"), new_centre(uow, iut, "قطب ب")
    a = person(uow, ut, CODES[0])
    centres.add_membership(uow=uow, centre_id=first, faculty_id=a, joined_on="1403/07/01")
    with pytest.raises(ValidationError) as exc, uow:
        uow.memberships.add(Membership(centre_id=second, faculty_id=a, role="member", joined_on=date(2024, 10, 1)))
    assert exc.value.fields == ["faculty_id"] and "تبصره ۹" in str(exc.value)


def test_dissolving_a_centre_ends_every_membership(uow, base):
    ut, _ = base
    cid = new_centre(uow, ut)
    a = person(uow, ut, CODES[0])
    centres.add_membership(uow=uow, centre_id=cid, faculty_id=a, joined_on="1403/07/01")
    centres.dissolve_centre(uow=uow, centre_id=cid, on="۱۴۰۵/۰۱/۱۰")
    view = centres.get_centre(uow=uow, centre_id=cid)
    assert view.status == "dissolved" and view.member_count == 0
    assert centres.list_memberships(uow=uow, centre_id=cid)[0].left_on == parse_jalali("1405/01/10")
    with pytest.raises(ValidationError):
        centres.add_membership(uow=uow, centre_id=cid, faculty_id=a, joined_on="1405/02/01")


def test_an_action_that_fails_half_way_writes_nothing(uow, base, store):
    """add_centre writes the centre and its partners in one transaction."""
    ut, _ = base
    before = counts(store)
    with pytest.raises(ValidationError):
        new_centre(uow, ut, partner_institution_ids=[12345])
    assert counts(store) == before


def test_council_terms_and_the_ending_soon_query(uow, base):
    council.add_term(uow=uow, seat_key="chair", holder_name="وزیر", start="1404/01/01")
    soon = council.add_term(uow=uow, seat_key="natural_1", holder_name="دکتر الف", start="1401/09/30")  # ends 1405/09/29
    council.add_term(uow=uow, seat_key="natural_2", holder_name="دکتر ب", start="1403/01/01")  # ends 1406/12/29
    ending = council.terms_ending_within(uow=uow, days=60, today=TODAY)
    assert [t.id for t in ending] == [soon]
    assert council.terms_ending_within(uow=uow, days=20, today=TODAY) == []
    seats = {s.key: s for s in council.list_seats(uow=uow, on=TODAY)}
    assert seats["natural_1"].holder.holder_name == "دکتر الف"
    assert seats["natural_3"].holder is None
    # overlapping terms of one seat are refused; the renewal after the end is not
    with pytest.raises(ValidationError) as exc:
        council.add_term(uow=uow, seat_key="natural_1", holder_name="دکتر ج", start="1405/01/01")
    assert exc.value.fields == ["start"]
    council.add_term(uow=uow, seat_key="natural_1", holder_name="دکتر الف", start="1405/09/30")
    council.end_term(uow=uow, term_id=soon, on="1405/06/31")
    assert council.terms_ending_within(uow=uow, days=60, today=TODAY) == []


def test_ending_needs_a_real_date(uow, base):
    ut, _ = base
    cid = new_centre(uow, ut)
    mid = centres.add_membership(uow=uow, centre_id=cid, faculty_id=person(uow, ut, CODES[0]), joined_on="1403/07/01")
    with pytest.raises(ValidationError) as exc:
        centres.end_membership(uow=uow, membership_id=mid, left_on="")
    assert exc.value.fields == ["left_on"]
    with pytest.raises(ValidationError) as exc:
        centres.end_membership(uow=uow, membership_id=mid, left_on="1403/06/31")  # before joining
    assert exc.value.fields == ["left_on"]
    term = council.add_term(uow=uow, seat_key="natural_3", holder_name="دکتر د", start="1404/01/01")
    with pytest.raises(ValidationError) as exc:
        council.end_term(uow=uow, term_id=term, on="1404/13/01")
    assert exc.value.fields == ["end"] and "ماه ۱۳" in str(exc.value)
    with pytest.raises(ValidationError) as exc:
        council.end_term(uow=uow, term_id=term, on="1403/12/01")  # before it began
    assert exc.value.fields == ["end"]


def test_database_holds_note_9_over_whole_periods(uow, base, store):
    """The triggers refuse what the partial index cannot see: periods with end dates."""
    ut, iut = base
    first, second = new_centre(uow, ut, "قطب الف"), new_centre(uow, iut, "قطب ب")
    a = person(uow, ut, CODES[0])
    centres.add_membership(uow=uow, centre_id=first, faculty_id=a, joined_on="1403/07/01", left_on="1410/01/01")
    insert = text("insert into membership (centre_id, faculty_id, role, joined_on, left_on) values (:c, :f, :r, :j, :l)")
    for role, joined, left in [("member", "2025-01-01", None), ("director", "2020-01-01", "2025-01-01")]:
        with pytest.raises(IntegrityError, match="membership_one_centre"), store.db.engine.begin() as conn:
            conn.execute(insert, {"c": second, "f": a, "r": role, "j": joined, "l": left})
    with store.db.engine.begin() as conn:  # after the first membership's end: allowed
        conn.execute(insert, {"c": second, "f": a, "r": "member", "j": "2031-04-01", "l": None})
    # a second director of one centre in the same period, by an update
    b = person(uow, ut, CODES[1], first="مریم")
    centres.add_membership(uow=uow, centre_id=first, faculty_id=b, role="director", joined_on="1403/07/01", left_on="1404/01/01")
    c = person(uow, ut, CODES[2], first="رضا")
    mid = centres.add_membership(uow=uow, centre_id=first, faculty_id=c, role="collaborator", joined_on="1403/09/01")
    with pytest.raises(IntegrityError, match="membership_one_director"), store.db.engine.begin() as conn:
        conn.execute(text("update membership set role = 'director' where id = :m"), {"m": mid})


def test_an_action_is_one_transaction_even_when_it_fails_after_writing(uow, base, store, monkeypatch):
    """add_centre writes the centre, then its partners: a failure in between leaves nothing."""
    from qotb_desktop.store.repositories import CentreRepository

    def broken(self, centre, ids):
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(CentreRepository, "set_partners", broken)
    before = counts(store)
    with pytest.raises(RuntimeError):
        new_centre(uow, base[0])
    assert counts(store) == before


def test_a_unit_of_work_cannot_be_nested(uow):
    """A verb that opened a transaction must not call another verb: its writes would be lost."""
    from qotb_desktop.services.reference import is_empty

    with pytest.raises(RuntimeError, match="already open"), uow:
        is_empty(uow=uow)


def test_names_titles_and_choices_typed_in_any_form(uow, base):
    with pytest.raises(ValidationError) as exc:
        institutions.add_institution(uow=uow, name="دانشگاه\u200cتهران")  # the same name with a half-space
    assert exc.value.fields == ["name"]
    with pytest.raises(ValidationError) as exc:
        person(uow, base[0], CODES[0], first="123", last="!!!")
    assert exc.value.fields == ["first_name", "last_name"]
    term = council.add_term(uow=uow, seat_key="عضو حقیقی ۲", holder_name="دکتر ب", start="1403/01/01")  # by its title
    assert council.list_terms(uow=uow)[0].seat_key == "natural_2" and term


def test_centre_rules_on_entry(uow, base):
    ut, _ = base
    with pytest.raises(ValidationError) as exc:  # art. 1-6: five years
        new_centre(uow, ut, period_end="1420/01/01")
    assert exc.value.fields == ["period_end"]
    with pytest.raises(ValidationError) as exc:  # art. 8: an approved centre has its decree
        new_centre(uow, ut, status="approved")
    assert exc.value.fields == ["decree_number"]
    with pytest.raises(ValidationError) as exc:
        new_centre(uow, ut, status="dissolved")
    assert exc.value.fields == ["status"]


def test_council_one_seat_per_person_and_no_later_early_end(uow, base):
    first = council.add_term(uow=uow, seat_key="natural_1", holder_name="دکتر الف", start="1403/01/01")
    with pytest.raises(ValidationError) as exc:
        council.add_term(uow=uow, seat_key="natural_2", holder_name="دكتر الف", start="1404/01/01")
    assert exc.value.fields == ["holder_name"]
    council.end_term(uow=uow, term_id=first, on="1404/06/31")
    with pytest.raises(ValidationError) as exc:
        council.end_term(uow=uow, term_id=first, on="1405/06/31")
    assert exc.value.fields == ["end"]


def test_a_demo_that_fails_part_way_leaves_the_database_empty(uow, store, monkeypatch):
    from qotb_desktop.services import demo
    from qotb_desktop.services.reference import is_empty

    calls = {"n": 0}
    real = demo.council.add_term

    def flaky(**kwargs):
        calls["n"] += 1
        if calls["n"] == 5:
            raise RuntimeError("power cut")
        return real(**kwargs)

    monkeypatch.setattr(demo.council, "add_term", flaky)
    with pytest.raises(RuntimeError):
        demo.fill_demo(uow=uow, today=TODAY)
    assert is_empty(uow=uow)
    assert all(n == 0 for n in counts(store).values())


def test_under_review_comes_only_with_a_submitted_application(uow, base):
    cid = new_centre(uow, base[0])
    with pytest.raises(ValidationError) as exc:
        centres.update_centre(uow=uow, centre_id=cid, title="قطب فیزیک", field_key="physics", host_institution_id=base[0],
                              period_start="1403/07/01", status="under_review")  # fmt: skip
    assert exc.value.fields == ["status"]
