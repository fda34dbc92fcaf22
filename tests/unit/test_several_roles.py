"""Several roles to one account (issue 16.2): a small office is one person, and an
account may do what any of its roles may."""

from __future__ import annotations

import pytest

from qotb_desktop.domain.accounts import (
    FIRST_ROLES,
    Actor,
    Forbidden,
    authorize,
    clean_account,
    may,
    role_keys,
    roles_label,
    stored_roles,
)


def test_an_administrator_who_is_also_the_secretary_finalises_minutes_and_manages_users():
    both = Actor(1, "admin", "مدیر دبیرخانه", ("secretary", "administrator"))
    for action in ("finalise_minutes", "endorse", "close_evaluation", "manage_users", "restore", "edit_rules", "change"):
        authorize(both, action)
    assert both.roles == ("administrator", "secretary") and both.role_label == "مدیر سامانه، دبیر"


def test_a_clerk_alone_may_not_finalise_minutes_nor_manage_users():
    clerk = Actor(2, "clerk", "کارشناس", ("clerk",))
    assert may(clerk, "change")
    for action in ("finalise_minutes", "manage_users"):
        with pytest.raises(Forbidden) as refused:
            authorize(clerk, action)
        assert "کارشناس" in str(refused.value)


def test_roles_are_stored_as_a_sorted_comma_list_and_read_back_in_the_table_order():
    assert stored_roles(("secretary", "administrator")) == "administrator,secretary"
    assert role_keys("secretary,administrator") == ("administrator", "secretary")
    assert role_keys("clerk") == ("clerk",) and role_keys(["viewer", "clerk", "clerk"]) == ("clerk", "viewer")
    assert Actor(1, "a", "ب", "administrator,secretary").roles == ("administrator", "secretary")
    assert roles_label("clerk,viewer") == "کارشناس، بیننده"


def test_the_first_account_is_offered_administrator_and_secretary_and_must_be_an_administrator():
    assert FIRST_ROLES == ("administrator", "secretary")
    record = clean_account(username="Admin", full_name="مدیر دبیرخانه", roles=list(FIRST_ROLES), first=True)
    assert record.roles == ("administrator", "secretary")
    assert clean_account(username="x", full_name="الف ب", roles="دبیر، کارشناس").roles == ("secretary", "clerk")
