"""Roles and passwords in the domain (issue 9): every restriction tried through authorize."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from qotb_desktop.domain.accounts import (
    ACTIONS,
    LOCKOUT,
    MAX_FAILED_LOGINS,
    ROLES,
    Actor,
    Forbidden,
    authorize,
    check_password,
    clean_account,
    clean_password,
    hash_password,
    locked_until,
    may,
)
from qotb_desktop.domain.errors import ValidationError

# The table the issue sets: what each role may do.
EVERYONE = {"log_in", "own_password"}  # the login's bookkeeping, one's own password (issue 19.12)
ALLOWED = {
    "administrator": {"change", "edit_rules", "restore", "manage_users", *EVERYONE},
    "secretary": {"change", "finalise_minutes", "endorse", "close_evaluation", "approve_allocation", *EVERYONE},
    "clerk": {"change", *EVERYONE},
    "viewer": EVERYONE,
}


def actor(role: str) -> Actor:
    return Actor(1, f"user.{role}", "کاربر آزمون", role)


@pytest.mark.parametrize("role", list(ROLES))
@pytest.mark.parametrize("action", list(ACTIONS))
def test_each_role_may_do_exactly_what_the_table_says(role, action):
    if action in ALLOWED[role]:
        authorize(actor(role), action)
    else:
        with pytest.raises(Forbidden) as refused:
            authorize(actor(role), action)
        assert ROLES[role] in str(refused.value) and ACTIONS[action][0] in str(refused.value)


def test_only_a_secretary_finalises_minutes_and_endorses():
    assert [r for r in ROLES if may(actor(r), "finalise_minutes")] == ["secretary"]
    assert [r for r in ROLES if may(actor(r), "endorse")] == ["secretary"]


def test_only_an_administrator_edits_the_rules_or_restores():
    assert [r for r in ROLES if may(actor(r), "edit_rules")] == ["administrator"]
    assert [r for r in ROLES if may(actor(r), "restore")] == ["administrator"]


def test_a_viewer_changes_nothing_but_their_own_password():
    assert [a for a in ACTIONS if may(actor("viewer"), a)] == ["log_in", "own_password"]


def test_a_password_is_hashed_with_its_own_salt_and_checked():
    one, two = hash_password("گذرواژه-۱۲۳۴"), hash_password("گذرواژه-۱۲۳۴")
    assert one != two and one.startswith("scrypt$") and "گذرواژه" not in one
    assert check_password("گذرواژه-۱۲۳۴", one) and check_password("گذرواژه-۱۲۳۴", two)
    assert not check_password("گذرواژه-۱۲۳۵", one)
    assert not check_password("x", "not a hash") and not check_password("x", "md5$1$1$1$AA==$AA==")


@pytest.mark.parametrize(("password", "repeat", "field"), [("short", None, "password"), ("long enough", "other", "repeat")])
def test_a_weak_or_mistyped_password_is_refused(password, repeat, field):
    with pytest.raises(ValidationError) as err:
        clean_password(password, repeat)
    assert err.value.fields == [field]


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"username": "", "full_name": "الف ب", "roles": "clerk"}, "username"),
        ({"username": "علی", "full_name": "الف ب", "roles": "clerk"}, "username"),
        ({"username": "ali", "full_name": "", "roles": "clerk"}, "full_name"),
        ({"username": "ali", "full_name": "الف ب", "roles": "god"}, "roles"),
        ({"username": "ali", "full_name": "الف ب", "roles": ["clerk", "god"]}, "roles"),
        ({"username": "ali", "full_name": "الف ب", "roles": []}, "roles"),
        ({"username": "ali", "full_name": "الف ب", "roles": "clerk", "first": True}, "roles"),
    ],
)
def test_an_account_names_its_bad_field(values, field):
    with pytest.raises(ValidationError) as err:
        clean_account(**values)
    assert err.value.fields == [field]


def test_the_lock_out_starts_at_the_limit():
    at = datetime(2026, 11, 25, 10, 0)
    assert locked_until(MAX_FAILED_LOGINS - 1, at) is None
    assert locked_until(MAX_FAILED_LOGINS, at) == at + LOCKOUT
    assert timedelta(minutes=1) <= LOCKOUT
