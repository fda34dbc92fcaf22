"""Validation of the registries: every rule gives a Persian message naming its field."""

from datetime import date

import pytest

from qotb_desktop.domain.errors import ValidationError
from qotb_desktop.domain.registry import (
    HeldTerm,
    OpenMembership,
    check_no_overlap,
    check_one_centre,
    check_one_director,
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


def test_one_centre_per_member_note_9():
    held = [OpenMembership(membership_id=5, centre_id=1, centre_title="قطب الف", role="member")]
    with pytest.raises(ValidationError) as exc:
        check_one_centre(faculty_name="علی کریمی", role="member", held=held)
    assert "قطب الف" in str(exc.value) and "تبصره ۹" in str(exc.value)
    with pytest.raises(ValidationError):
        check_one_centre(faculty_name="علی کریمی", role="director", held=held)
    # a collaborator is not a member (note 11), and an edit of the same membership is not a second one
    check_one_centre(faculty_name="علی کریمی", role="collaborator", held=held)
    check_one_centre(faculty_name="علی کریمی", role="member", held=held, ignore_id=5)
    collaborating = [OpenMembership(6, 2, "قطب ب", "collaborator")]
    check_one_centre(faculty_name="علی کریمی", role="member", held=collaborating)


def test_one_director_per_centre():
    with pytest.raises(ValidationError) as exc:
        check_one_director(centre_title="قطب الف", role="director", current_director="مریم نوری")
    assert exc.value.fields == ["role"]
    check_one_director(centre_title="قطب الف", role="member", current_director="مریم نوری")


def test_terms_of_one_seat_do_not_overlap():
    others = [HeldTerm(1, "دکتر الف", date(2022, 1, 1), date(2025, 12, 31))]
    with pytest.raises(ValidationError):
        check_no_overlap(seat_title="عضو حقیقی ۱", start=date(2025, 6, 1), end=None, others=others)
    check_no_overlap(seat_title="عضو حقیقی ۱", start=date(2026, 1, 1), end=None, others=others)
