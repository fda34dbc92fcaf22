"""Accounts, logging in, the roles enforced by the services, and the audit trail (issue 9)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from qotb_desktop.domain.accounts import MAX_FAILED_LOGINS, Forbidden
from qotb_desktop.domain.errors import DomainError, ValidationError
from qotb_desktop.services import accounts, evaluations, institutions, meetings
from qotb_desktop.services.accounts import LoginRefused
from tests.conftest import TODAY

NOW = datetime(2026, 11, 25, 10, 0)
PASSWORD = "یک-گذرواژه-خوب"


@pytest.fixture
def office(demo_store):
    """The demo with an administrator, a secretary, a clerk and a viewer."""
    uow = demo_store.uow
    accounts.create_first_administrator(
        uow=uow, username="admin", full_name="مدیر سامانه", password=PASSWORD, repeat=PASSWORD, roles=["administrator"]
    )
    uow.actor = accounts.login(uow=uow, username="admin", password=PASSWORD)
    for role in ("secretary", "clerk", "viewer"):
        accounts.add_user(uow=uow, username=role, full_name=f"کاربر {role}", roles=role, password=PASSWORD)
    uow.actor = None
    return uow


def as_(uow, username: str):
    uow.actor = accounts.login(uow=uow, username=username, password=PASSWORD)
    return uow


def count_institutions(uow) -> int:
    return len(institutions.list_institutions(uow=uow))


def test_the_first_account_is_an_administrator_and_only_once(office):
    users = {u.username: u.roles for u in accounts.list_users(uow=office)}
    assert users == {"admin": ("administrator",), "secretary": ("secretary",), "clerk": ("clerk",), "viewer": ("viewer",)}
    with pytest.raises(DomainError):
        accounts.create_first_administrator(uow=office, username="x", full_name="دیگری", password=PASSWORD)


def test_login_is_refused_without_saying_which_part_was_wrong(office):
    for name, word in (("nobody", PASSWORD), ("clerk", "wrong password")):
        with pytest.raises(LoginRefused) as refused:
            accounts.login(uow=office, username=name, password=word, now=NOW)
        assert "نام کاربری یا گذرواژه نادرست است" in str(refused.value)
    assert accounts.login(uow=office, username=" CLERK ", password=PASSWORD, now=NOW).roles == ("clerk",)


def test_repeated_failures_lock_the_account_even_to_the_right_password(office):
    for i in range(MAX_FAILED_LOGINS):
        with pytest.raises(LoginRefused):
            accounts.login(uow=office, username="clerk", password="wrong", now=NOW + timedelta(seconds=i))
    with pytest.raises(LoginRefused) as refused:
        accounts.login(uow=office, username="clerk", password=PASSWORD, now=NOW + timedelta(minutes=1))
    assert "بسته" in str(refused.value)
    assert accounts.login(uow=office, username="clerk", password=PASSWORD, now=NOW + timedelta(minutes=20)).roles == ("clerk",)


def test_an_inactive_account_cannot_log_in_and_one_administrator_stays(office):
    admin = as_(office, "admin")
    clerk = next(u for u in accounts.list_users(uow=admin) if u.username == "clerk")
    accounts.update_user(uow=admin, user_id=clerk.id, full_name=clerk.full_name, roles="clerk", active=False)
    with pytest.raises(LoginRefused):
        accounts.login(uow=office, username="clerk", password=PASSWORD)
    me = next(u for u in accounts.list_users(uow=admin) if u.username == "admin")
    with pytest.raises(ValidationError) as err:
        accounts.update_user(uow=admin, user_id=me.id, full_name=me.full_name, roles="clerk")
    assert err.value.fields == ["roles"]


def test_a_viewer_changes_nothing_whatever_the_service(office):
    viewer = as_(office, "viewer")
    before = count_institutions(viewer)
    with pytest.raises(Forbidden):
        institutions.add_institution(uow=viewer, name="دانشگاه تازه", kind="university", city="قم")
    with pytest.raises(Forbidden):
        accounts.add_user(uow=viewer, username="x", full_name="الف ب", roles="clerk", password=PASSWORD)
    assert count_institutions(viewer) == before
    assert institutions.list_institutions(uow=viewer)  # reading is allowed


def test_only_a_secretary_finalises_minutes_and_endorses(office):
    draft = next(m for m in meetings.list_meetings(uow=office) if m.held_on == TODAY)
    awaiting = meetings.decisions_awaiting_endorsement(uow=office)[0]
    for name in ("clerk", "admin", "viewer"):
        uow = as_(office, name)
        with pytest.raises(Forbidden):
            meetings.finalise_meeting(uow=uow, meeting_id=draft.id)
        with pytest.raises(Forbidden):
            meetings.endorse_decision(uow=uow, decision_id=awaiting.id, on=TODAY)
    assert meetings.get_meeting(uow=office, meeting_id=draft.id).state == "draft"
    secretary = as_(office, "secretary")
    meetings.endorse_decision(uow=secretary, decision_id=awaiting.id, on=TODAY)
    assert meetings.decisions_awaiting_endorsement(uow=secretary) == [
        d for d in meetings.decisions_awaiting_endorsement(uow=secretary) if d.id != awaiting.id
    ]


def test_only_a_secretary_closes_or_reopens_an_evaluation(office):
    from qotb_desktop.services.evaluation_summary import year_summary

    row = year_summary(uow=office, year=1404).rows[0]
    view = evaluations.get_evaluation(uow=office, centre_id=row.centre_id, year=1404)
    with pytest.raises(Forbidden):
        evaluations.reopen_evaluation(uow=as_(office, "clerk"), evaluation_id=view.id, reason="بازبینی")
    evaluations.reopen_evaluation(uow=as_(office, "secretary"), evaluation_id=view.id, reason="بازبینی")
    assert evaluations.get_evaluation(uow=office, centre_id=row.centre_id, year=1404).closed_at is None


def test_the_audit_trail_records_who_changed_what_before_and_after(office):
    clerk = as_(office, "clerk")
    iid = institutions.add_institution(uow=clerk, name="پژوهشگاه نمونه", kind="research_institute", city="تبریز")
    institutions.update_institution(uow=clerk, institution_id=iid, name="پژوهشگاه نمونه", kind="research_institute", city="مشهد")
    trail = accounts.audit_trail(uow=clerk, table="institution")
    update, insert = trail[0], trail[1]
    assert (update.action, update.username, update.record_id) == ("update", "clerk", str(iid))
    assert update.before == {"city": "تبریز"} and update.after == {"city": "مشهد"}
    assert insert.action == "insert" and insert.after["name"] == "پژوهشگاه نمونه" and insert.before == {}
    assert "version" not in insert.after  # bookkeeping, not what the clerk typed
    assert insert.record_id == str(iid)  # a new record's id, known once it is written
    assert accounts.audit_trail(uow=clerk, username="clerk", table="institution") == trail[:2]


def test_the_trail_never_holds_a_password(office):
    entries = accounts.audit_trail(uow=office, table="app_user")
    assert entries and all(e.after.get("password_hash") in (None, "***") for e in entries)
    assert not any(PASSWORD in str(e.after) or "scrypt$" in str(e.after) for e in entries)


def test_a_refused_change_leaves_no_trail(office):
    viewer = as_(office, "viewer")
    before = len(accounts.audit_trail(uow=viewer))
    with pytest.raises(Forbidden):
        institutions.add_institution(uow=viewer, name="دانشگاه دیگر", kind="university", city="قم")
    assert len(accounts.audit_trail(uow=viewer)) == before


def test_the_trail_is_filtered_by_the_database_by_user_kind_of_record_and_jalali_days(office, monkeypatch):
    from qotb_desktop.store import audit

    def on(when: datetime) -> None:
        class Clock(datetime):
            @classmethod
            def now(cls, tz=None):
                return when

        monkeypatch.setattr(audit, "datetime", Clock)

    clerk = as_(office, "clerk")
    on(datetime(2024, 9, 22, 0, 0))  # 1403/07/01, its first second
    first = institutions.add_institution(uow=clerk, name="پژوهشگاه روز یکم", kind="research_institute", city="یزد")
    on(datetime(2024, 9, 26, 23, 59, 59))  # 1403/07/05, its last second
    second = institutions.add_institution(uow=clerk, name="پژوهشگاه روز پنجم", kind="research_institute", city="قم")
    on(datetime(2024, 9, 27, 0, 0))  # 1403/07/06
    name, kind = "پژوهشگاه روز یکم", "research_institute"
    institutions.update_institution(uow=clerk, institution_id=first, name=name, kind=kind, city="بم")
    monkeypatch.undo()

    days = accounts.audit_trail(uow=clerk, since="۱۴۰۳/۷/۱", until="1403-07-05")
    assert [(e.record_id, e.action) for e in days] == [(str(second), "insert"), (str(first), "insert")]
    assert accounts.audit_trail(uow=clerk, since=datetime(2024, 9, 22).date(), until=datetime(2024, 9, 26).date()) == days
    sixth = accounts.audit_trail(uow=clerk, since="1403/07/06", until="1403/07/06", table="institution")
    assert [e.action for e in sixth] == ["update"]
    assert accounts.audit_trail(uow=clerk, since="", until="  ") == accounts.audit_trail(uow=clerk)  # empty: no bound
    assert days[0].table_label == "مؤسسه‌ها"

    # who: one account, or the program itself (no account), whose rows the demo holds
    assert {e.username for e in accounts.audit_trail(uow=clerk, username="clerk")} == {"clerk"}
    program = accounts.audit_trail(uow=clerk, username="", limit=50)
    assert program and {e.username for e in program} == {"سامانه"}

    choices = accounts.audit_choices(uow=clerk)
    assert choices.users[-1] == ("", "سامانه")  # shown by full name, chosen by account
    assert ("clerk", "کاربر clerk") in choices.users and ("admin", "مدیر سامانه") in choices.users
    assert ("institution", "مؤسسه‌ها") in choices.tables and ("app_user", "حساب‌های کاربری") in choices.tables

    with pytest.raises(ValidationError) as wrong:
        accounts.audit_trail(uow=clerk, since="۱۴۰۳/۰۷/۰۱", until="1403/07/31 ")
    assert str(wrong.value) == "تا تاریخ: مهر ۱۴۰۳ روز ۳۱ ندارد." and wrong.value.fields == ["until"]
    with pytest.raises(ValidationError, match="^از تاریخ: ") as wrong:
        accounts.audit_trail(uow=clerk, since="دیروز")
    assert wrong.value.fields == ["since"]
    with pytest.raises(ValidationError, match="^تا تاریخ: پیش از «از تاریخ» است.$"):
        accounts.audit_trail(uow=clerk, since="1403/07/06", until="1403/07/05")


# -- issue 19: timing, a user's own password, the password rules ------------------------------


def test_an_unknown_name_costs_the_same_password_hashing_as_a_wrong_password(office, monkeypatch):
    """No timed test (bench/ holds those): the work that dominates the time, scrypt, is
    counted on both paths and must be the same."""
    import hashlib

    real, calls = hashlib.scrypt, []

    def counted(*args, **kwargs):
        calls.append(kwargs.get("n"))
        return real(*args, **kwargs)

    monkeypatch.setattr(hashlib, "scrypt", counted)
    tries = {}
    for name in ("clerk", "no.such.user"):
        calls.clear()
        with pytest.raises(LoginRefused) as refused:
            accounts.login(uow=office, username=name, password="wrong password", now=NOW)
        tries[name] = (list(calls), str(refused.value))
    assert tries["clerk"] == tries["no.such.user"]
    assert tries["clerk"][0] == [2**14]  # one hash, of the same cost


def test_the_dummy_hash_costs_what_a_real_one_does():
    from qotb_desktop.domain import accounts as domain

    kind, n, r, p, _salt, key = domain.DUMMY_HASH.split("$")
    assert (kind, int(n), int(r), int(p)) == ("scrypt", domain.SCRYPT_N, domain.SCRYPT_R, domain.SCRYPT_P)
    assert len(__import__("base64").b64decode(key)) == domain.KEY_BYTES


def test_a_viewer_changes_their_own_password_and_no_one_else_s(office):
    viewer = as_(office, "viewer")
    accounts.change_own_password(uow=viewer, old=PASSWORD, password="یک-گذرواژه-تازه")
    assert accounts.login(uow=office, username="viewer", password="یک-گذرواژه-تازه").roles == ("viewer",)
    viewer = as_(office, "clerk")  # and a viewer still may not touch another account
    office.actor = accounts.login(uow=office, username="viewer", password="یک-گذرواژه-تازه")
    clerk = next(u for u in accounts.list_users(uow=office) if u.username == "clerk")
    with pytest.raises(Forbidden):
        accounts.reset_password(uow=office, user_id=clerk.id, password="گذرواژه-دیگر-۱")
    change = accounts.audit_trail(uow=office, table="app_user", username="viewer")
    assert any(e.action == "update" and e.after == {"password_hash": "***"} for e in change)


def test_a_viewer_logging_in_again_or_failing_is_not_refused_as_a_change(office):
    """Switching user while a viewer acts: the login's own bookkeeping (the failures
    counted) is the login's, not the viewer's change."""
    viewer = as_(office, "viewer")
    with pytest.raises(LoginRefused, match="نادرست"):
        accounts.login(uow=viewer, username="clerk", password="wrong password")
    assert accounts.login(uow=viewer, username="clerk", password=PASSWORD).roles == ("clerk",)


@pytest.mark.parametrize(
    ("password", "why"),
    [("12345678", "دنباله‌ای ساده"), ("aaaaaaaa", "یک نویسه"), ("password1", "رایج‌ترین"), ("newuser-99", "نام کاربری")],
)
def test_a_common_or_guessable_password_is_refused_by_every_path(office, password, why):
    admin = as_(office, "admin")
    with pytest.raises(ValidationError) as refused:
        accounts.add_user(uow=admin, username="newuser", full_name="کاربر تازه", roles="clerk", password=password)
    assert refused.value.fields == ["password"] and why in str(refused.value) and str(refused.value).startswith("گذرواژه: ")
    clerk = next(u for u in accounts.list_users(uow=admin) if u.username == "clerk")
    with pytest.raises(ValidationError):
        accounts.reset_password(uow=admin, user_id=clerk.id, password=password.replace("newuser", "clerk"))
    with pytest.raises(ValidationError) as refused:
        accounts.change_own_password(uow=as_(office, "clerk"), old=PASSWORD, password=password.replace("newuser", "clerk"))
    assert refused.value.fields == ["password"]
    assert accounts.login(uow=office, username="clerk", password=PASSWORD)  # nothing changed


def test_an_account_keeps_a_password_set_before_the_rules(office):
    from qotb_desktop.domain.accounts import hash_password
    from qotb_desktop.store.models import User

    with office as uow:  # as an older version set it
        row = uow.accounts.by_username("clerk")
        assert isinstance(row, User)
        row.password_hash = hash_password("12345678")
        uow.commit()
    assert accounts.login(uow=office, username="clerk", password="12345678").roles == ("clerk",)
