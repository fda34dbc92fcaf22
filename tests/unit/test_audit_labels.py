"""The change log in the clerk's words (issue 16.7): domain.audit_labels, pure."""

import re
from datetime import datetime

from qotb_desktop.domain.audit_labels import EMPTY, describe, field_label, record_name, summary, value_label, when_label

NAMES = {
    ("institution", "3"): "دانشگاه تهران",
    ("institution", "5"): "دانشگاه شیراز",
    ("scientific_group", "chemistry"): "علوم پایه: شیمی",
}


def names(table: str, key: object) -> str | None:
    return NAMES.get((table, str(key)))


def ascii_word(text: str) -> bool:
    return bool(re.search(r"[A-Za-z_]{2,}", text))


def test_a_rank_change_reads_in_persian_before_and_after():
    rows = describe("faculty_member", "update", {"rank": "assistant_professor"}, {"rank": "associate_professor"}, names)
    assert [(r.label, r.before, r.after) for r in rows] == [("مرتبه علمی", "استادیار", "دانشیار")]
    assert summary(rows) == "مرتبه علمی: از استادیار به دانشیار"
    assert "←" not in summary(rows) and "→" not in summary(rows)


def test_ids_are_named_booleans_are_yes_no_empty_is_a_dash_dates_are_jalali():
    before = {"host_institution_id": 3, "equipment_confirmed": False, "decree_date": None, "status": "applicant"}
    after = {"host_institution_id": 5, "equipment_confirmed": True, "decree_date": "2024-09-22", "status": "approved"}
    rows = {r.field: r for r in describe("centre", "update", before, after, names)}
    assert (rows["host_institution_id"].label, rows["host_institution_id"].before, rows["host_institution_id"].after) == (
        "مؤسسه میزبان", "دانشگاه تهران", "دانشگاه شیراز",
    )  # fmt: skip
    assert (rows["equipment_confirmed"].before, rows["equipment_confirmed"].after) == ("خیر", "بله")
    assert (rows["decree_date"].before, rows["decree_date"].after) == (EMPTY, "۱۴۰۳/۰۷/۰۱")
    assert (rows["status"].label, rows["status"].before, rows["status"].after) == ("وضعیت قطب", "متقاضی", "مصوب")
    for r in rows.values():
        assert not ascii_word(r.label + r.before + r.after), r


def test_a_record_pointed_at_that_is_gone_is_said_so_not_shown_as_a_bare_id():
    assert value_label("faculty_member", "institution_id", 99, names) == "مؤسسه ۹۹ (حذف‌شده)"


def test_an_attendance_and_a_meeting_state_in_persian():
    rows = describe("attendance", "update", {"status": "present"}, {"status": "absent"}, names)
    assert [(r.label, r.before, r.after) for r in rows] == [("حضور", "حاضر", "غایب")]
    rows = describe(
        "meeting",
        "update",
        {"state": "draft", "finalised_at": None},
        {"state": "finalised", "finalised_at": "2024-09-22T10:30:00"},
    )
    assert [(r.before, r.after) for r in rows] == [("پیش‌نویس", "نهایی"), (EMPTY, "۱۴۰۳/۰۷/۰۱ ساعت ۱۰:۳۰")]


def test_an_addition_lists_what_was_given_and_a_deletion_what_was_there():
    added = describe(
        "institution", "insert", {}, {"id": 7, "name": "پژوهشگاه یزد", "kind": "research_institute", "city": ""}, names
    )
    assert [(r.label, r.before, r.after) for r in added] == [
        ("نام", EMPTY, "پژوهشگاه یزد"), ("گونه مؤسسه", EMPTY, "پژوهشگاه / مؤسسه پژوهشی"),
    ]  # fmt: skip
    gone = describe("membership", "delete", {"id": 2, "role": "director", "left_on": None}, {}, names)
    assert [(r.label, r.before, r.after) for r in gone] == [("نقش در قطب", "مدیر", EMPTY)]


def test_secrets_and_codes_are_never_shown_as_values():
    rows = describe(
        "app_user",
        "update",
        {"password_hash": "***", "roles": "clerk"},  # the trail keeps a secret as «***» (store/audit.py)
        {"password_hash": "***", "roles": "administrator,secretary"},
    )
    shown = {r.field: (r.label, r.before, r.after) for r in rows}
    assert shown["password_hash"] == ("گذرواژه", "(تغییر کرد)", "(تغییر کرد)")
    assert shown["roles"] == ("نقش‌ها", "کارشناس", "مدیر سامانه، دبیر")


def test_numbers_and_times_in_persian():
    assert value_label("evaluation", "total", 66.25) == "۶۶٫۲۵"
    assert value_label("faculty_member", "national_code", "0012345678") == "۰۰۱۲۳۴۵۶۷۸"
    assert value_label("faculty_member", "email", "a.b@ut.ac.ir") == "a.b@ut.ac.ir"  # Latin stays Latin
    assert when_label(datetime(2024, 9, 22, 9, 5)) == "۱۴۰۳/۰۷/۰۱ ساعت ۰۹:۰۵"
    assert value_label("evaluation_score", "criterion", "policy") == "مشاوره، سیاست‌گذاری و تصمیم‌سازی علمی"


def test_every_column_of_every_audited_table_has_a_persian_name():
    from qotb_desktop.store.audit import DERIVED_TABLES
    from qotb_desktop.store.models import Base  # the test may look at the store; the module does not

    unrecorded = {
        "audit_log",
        "audit_seal",
        "score_stamp",
        *DERIVED_TABLES,
    }  # the trail, its seal, what triggers and the program keep
    unnamed = [
        f"{t.name}.{c.name}"
        for t in Base.metadata.sorted_tables
        if t.name not in unrecorded
        for c in t.columns
        if c.name not in ("id", "key", "version") and ascii_word(field_label(t.name, c.name))
    ]
    assert unnamed == []


def test_a_record_is_named_by_its_own_columns():
    values = {"first_name": "حسین", "last_name": "امینی"}
    assert record_name("faculty_member", values.get) == "حسین امینی"
    assert record_name("meeting", {"year": 1405, "sequence": 4}.get) == "جلسه ۱۴۰۵/۰۴"


def test_a_password_reset_alone_is_one_row_not_an_empty_change():
    rows = describe("app_user", "update", {"password_hash": "***"}, {"password_hash": "***"})
    assert [(r.label, r.before, r.after) for r in rows] == [("گذرواژه", "(تغییر کرد)", "(تغییر کرد)")]


def test_a_nought_given_to_a_new_record_is_listed():
    rows = describe("decision", "insert", {}, {"yes": 5, "no": 0, "abstain": 0})
    assert [r.after for r in rows] == ["۵", "۰", "۰"]


def test_a_role_changed_before_accounts_had_several_reads_in_persian():
    rows = describe("app_user", "update", {"role": "clerk"}, {"role": "administrator"})
    assert [(r.before, r.after) for r in rows] == [("کارشناس", "مدیر سامانه")]
