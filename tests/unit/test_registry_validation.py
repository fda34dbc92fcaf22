"""Validation of the registries: every rule gives a Persian message naming its field."""

from datetime import date

import pytest

from qotb_desktop.domain.errors import ValidationError
from qotb_desktop.domain.periods import HeldMembership, HeldTerm, check_membership, check_terms
from qotb_desktop.domain.registry import (
    MembershipRecord,
    TermRecord,
    clean_centre,
    clean_faculty,
    clean_institution,
    clean_membership,
    clean_term,
)

GOOD_FACULTY = dict(
    national_code="0499370899",
    first_name="علي",
    last_name="كريمي",
    rank="professor",
    institution_id=1,
    field_key="engineering",
)


def errors(exc: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {e.field: str(e) for e in exc.value.errors}


def test_faculty_is_normalised():
    f = clean_faculty(**{**GOOD_FACULTY, "national_code": "۰۴۹۹۳۷۰۸۹۹", "phone": "۰۲۱-۶۶۴۱۲۳۴۵", "rank": "استاد"})
    assert (f.first_name, f.last_name, f.national_code, f.rank, f.phone) == (
        "علی",
        "کریمی",
        "0499370899",
        "professor",
        "021-66412345",
    )
    assert f.status == "active"


@pytest.mark.parametrize(
    "field, value, label",
    [
        ("national_code", "0499370898", "کد ملی"),
        ("first_name", "  ", "نام"),
        ("last_name", "", "نام خانوادگی"),
        ("rank", "lecturer", "مرتبه علمی"),
        ("institution_id", None, "مؤسسه"),
        ("field_key", "astrology", "گروه / رشته"),
        ("status", "dead", "وضعیت"),
        ("email", "karimi-at-ut", "رایانامه"),
        ("phone", "call me", "تلفن"),
    ],
)
def test_each_bad_faculty_field_is_named(field, value, label):
    with pytest.raises(ValidationError) as exc:
        clean_faculty(**{**GOOD_FACULTY, field: value})
    found = errors(exc)
    assert list(found) == [field]
    assert found[field].startswith(label + ":")


def test_all_bad_fields_are_reported_at_once():
    with pytest.raises(ValidationError) as exc:
        clean_faculty(national_code="12", first_name="", last_name="", rank="x", institution_id=None, field_key="x")
    assert set(exc.value.fields) == {"national_code", "first_name", "last_name", "rank", "institution_id", "field_key"}


def test_institution():
    assert clean_institution(name=" دانشگاه  تهران ", kind="دانشگاه").name == "دانشگاه تهران"
    with pytest.raises(ValidationError) as exc:
        clean_institution(name="", kind="bank")
    assert set(exc.value.fields) == {"name", "kind"}


def test_centre_period_defaults_to_five_years():
    c = clean_centre(title="قطب نمونه", field_key="physics", host_institution_id=1, period_start="1403/07/01")
    assert c.period_end == date(2029, 9, 21)  # 1408/06/30 (1408 Shahrivar has 31 days: 1408/06/31 is the 21st)
    assert c.status == "applicant"


def test_centre_errors():
    with pytest.raises(ValidationError) as exc:
        clean_centre(
            title="",
            field_key="unknown",
            host_institution_id=1,
            partner_institution_ids=[1],
            period_start="1403/07/01",
            period_end="1402/01/01",
            status="closed",
            decree_number="123",
        )
    assert set(exc.value.fields) == {"title", "field_key", "partner_institution_ids", "period_end", "status", "decree_date"}


def test_impossible_jalali_date_names_the_field():
    with pytest.raises(ValidationError) as exc:
        clean_centre(title="قطب", field_key="physics", host_institution_id=1, period_start="1402/12/30")
    assert errors(exc)["period_start"].startswith("آغاز دوره:")


def test_membership_dates_and_role():
    with pytest.raises(ValidationError) as exc:
        clean_membership(centre_id=1, faculty_id=2, role="boss", joined_on="1403/07/01", left_on="1403/01/01")
    assert set(exc.value.fields) == {"role", "left_on"}
    m = clean_membership(centre_id=1, faculty_id=2, role="همکار", joined_on="۱۴۰۳/۰۷/۰۱")
    assert m.role == "collaborator" and m.left_on is None


def test_natural_member_term_is_four_years_and_no_longer():
    t = clean_term(seat_key="natural_1", holder_name="دکتر الف", start="1401/09/30")
    assert t.end == date(2026, 12, 20)  # 1405/09/29
    with pytest.raises(ValidationError) as exc:
        clean_term(seat_key="natural_1", holder_name="دکتر الف", start="1401/09/30", end="1406/01/01")
    assert "۴ سال" in errors(exc)["end"]
    chair = clean_term(seat_key="chair", holder_name="وزیر", start="1404/01/01")
    assert chair.end is None
    with pytest.raises(ValidationError) as exc:
        clean_term(seat_key="treasurer", holder_name="", start="")
    assert set(exc.value.fields) == {"seat_key", "holder_name", "start"}


def held(mid, centre, title, role, start, end=None, person="علی کریمی"):
    return HeldMembership(mid, centre, title, person, role, start, end)


def joining(centre, role, start, end=None):
    return MembershipRecord(centre_id=centre, faculty_id=9, role=role, joined_on=start, left_on=end)


def check(record, history=(), directors=(), ignore_id=None):
    check_membership(
        record, person="علی کریمی", centre_title="قطب ب", person_history=history, centre_directors=directors, ignore_id=ignore_id
    )


Y2024, Y2025, Y2026 = date(2024, 3, 20), date(2025, 3, 21), date(2026, 3, 21)


def test_one_centre_per_member_note_9():
    in_a = [held(5, 1, "قطب الف", "member", Y2024)]
    with pytest.raises(ValidationError) as exc:
        check(joining(2, "member", Y2025), in_a)
    assert exc.value.fields == ["faculty_id"]
    assert "قطب الف" in str(exc.value) and "تبصره ۹" in str(exc.value)
    with pytest.raises(ValidationError):
        check(joining(2, "director", Y2025), in_a)
    # a collaborator is not a member (note 11); editing the same membership is not a second one
    check(joining(2, "collaborator", Y2025), in_a)
    check(joining(1, "member", Y2024), in_a, ignore_id=5)
    check(joining(2, "member", Y2025), [held(6, 3, "قطب ج", "collaborator", Y2024)])


def test_note_9_looks_at_whole_periods_not_only_today():
    ends_later = [held(5, 1, "قطب الف", "member", Y2024, date(2030, 1, 1))]
    with pytest.raises(ValidationError):  # an end date does not free the person before it comes
        check(joining(2, "member", Y2025), ends_later)
    with pytest.raises(ValidationError):  # nor does a new membership given an end date
        check(joining(2, "member", Y2025, date(2025, 12, 1)), [held(5, 1, "قطب الف", "member", Y2024)])
    with pytest.raises(ValidationError):  # a past membership typed over a later one
        check(joining(2, "member", date(2023, 1, 1), Y2025), [held(5, 1, "قطب الف", "member", Y2024)])
    # after the first ends, the next may begin the day after
    check(joining(2, "member", date(2025, 3, 22)), [held(5, 1, "قطب الف", "member", Y2024, Y2025)])


def test_one_person_is_in_a_centre_once_at_a_time():
    with pytest.raises(ValidationError) as exc:
        check(joining(2, "collaborator", Y2025), [held(5, 2, "قطب ب", "collaborator", Y2024)])
    assert "همین قطب" in str(exc.value)


def test_one_director_per_centre_over_time():
    directors = [held(7, 2, "قطب ب", "director", Y2024, Y2025, person="مریم نوری")]
    with pytest.raises(ValidationError) as exc:
        check(joining(2, "director", date(2024, 6, 1)), directors=directors)
    assert exc.value.fields == ["role"] and "مریم نوری" in str(exc.value)
    check(joining(2, "director", Y2026), directors=directors)
    check(joining(2, "member", date(2024, 6, 1)), directors=directors)


def test_terms_one_holder_per_seat_and_one_seat_per_person():
    others = [HeldTerm(1, "natural_1", "عضو حقیقی ۱", "دکتر الف", 11, date(2022, 1, 1), date(2025, 12, 31))]

    def term(seat, name, start, faculty_id=None):
        return TermRecord(seat_key=seat, holder_name=name, faculty_id=faculty_id, start=start, end=None)

    with pytest.raises(ValidationError) as exc:
        check_terms(term("natural_1", "دکتر ب", date(2025, 6, 1)), seat_title="عضو حقیقی ۱", others=others)
    assert exc.value.fields == ["start"]
    check_terms(term("natural_1", "دکتر ب", date(2026, 1, 1)), seat_title="عضو حقیقی ۱", others=others)
    with pytest.raises(ValidationError) as exc:  # the same person in a second seat, by name as typed
        check_terms(term("natural_2", "دكتر  الف", date(2024, 1, 1)), seat_title="عضو حقیقی ۲", others=others)
    assert exc.value.fields == ["holder_name"]
    with pytest.raises(ValidationError):  # or by the faculty record
        check_terms(term("natural_2", "الف", date(2024, 1, 1), faculty_id=11), seat_title="عضو حقیقی ۲", others=others)
