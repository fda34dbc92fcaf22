"""Which new passwords are refused, and why, in Persian naming the field (issue 19.9)."""

from __future__ import annotations

import pytest

from qotb_desktop.domain.accounts import clean_password
from qotb_desktop.domain.errors import ValidationError
from qotb_desktop.domain.passwords import common


def refused(password: str, **names: str) -> str:
    with pytest.raises(ValidationError) as err:
        clean_password(password, password, **names)
    assert err.value.fields == ["password"]
    message = str(err.value)
    assert message.startswith("گذرواژه: ") and "گذرواژه دیگری برگزینید" in message
    return message


def test_the_list_carried_is_the_ten_thousand_commonest_and_the_office_words():
    words = common()
    assert len(words) > 10_000
    assert {"password", "123456789", "qwertyuiop", "iloveyou", "persepolis", "گذرواژه", "رمزعبور"} <= words


@pytest.mark.parametrize(
    "password",
    ["password", "PassWord1", "iloveyou", "sunshine", "football", "baseball", "trustno1", "Persepolis", "رمز عبور"],
)
def test_a_common_password_is_refused(password):
    assert "رایج‌ترین گذرواژه‌ها" in refused(password)


@pytest.mark.parametrize("password", ["dragon2024", "Monkey!!99", "tehran1403", "letmein-2025"])
def test_a_common_password_with_digits_or_signs_after_it_is_refused(password):
    assert "با چند رقم یا نشانه پس از آن" in refused(password)


@pytest.mark.parametrize("password", ["aaaaaaaa", "۱۱۱۱۱۱۱۱", "abababab", "xyzxyzxyz"])
def test_a_repeated_character_or_piece_is_refused(password):
    assert "تکرار" in refused(password)


@pytest.mark.parametrize("password", ["12345678", "۱۲۳۴۵۶۷۸", "87654321", "abcdefgh", "hgfedcba", "34567890", "ابپتثجچح"])
def test_a_run_of_digits_or_letters_is_refused(password):
    assert "دنباله‌ای ساده" in refused(password)


@pytest.mark.parametrize("password", ["qwertyui", "asdfghjk", "1qaz2wsx", "zxcvbnm,./", "poiuytre", "ضصثقفغعه", "شسیبلاتن"])
def test_a_keyboard_walk_is_refused_typed_with_either_layout(password):
    assert "صفحه‌کلید" in refused(password)


def test_a_password_holding_the_user_name_is_refused_whatever_its_case():
    assert "نام کاربری («m.ahmadi»)" in refused("M.Ahmadi-1405", username="m.ahmadi")
    assert "نام کاربری («ahmadi»)" in refused("Xy-AHMADI-77", username="m.ahmadi")
    assert "نام کاربری" in refused("zkarimi!!2025", username="zkarimi")


def test_a_password_holding_the_persons_name_is_refused():
    assert "نام شما («احمدی»)" in refused("احمدي-۱۳۷۰-ب", username="m.a", full_name="مریم احمدی")
    assert "نام شما («مریم»)" in refused("مريم‌جان۱۴۰۵", full_name="مریم احمدی")


@pytest.mark.parametrize(
    ("password", "names"),
    [
        ("یک-گذرواژه-خوب", {"username": "admin", "full_name": "مدیر سامانه"}),
        ("Khazaneh-1405", {"username": "zahra", "full_name": "زهرا کریمی"}),
        ("desk-password-1", {"username": "r.karimi", "full_name": "رضا کریمی"}),
        ("correct horse battery staple", {"username": "ab", "full_name": "الف ب"}),
    ],
)
def test_a_good_password_is_taken(password, names):
    assert clean_password(password, password, **names) == password


def test_the_length_is_said_first_and_a_mistyped_repeat_as_ever():
    with pytest.raises(ValidationError) as err:
        clean_password("1234", "1234")
    assert str(err.value) == "گذرواژه: دست‌کم ۸ نویسه باشد."
    with pytest.raises(ValidationError) as err:
        clean_password("12345678", "12345679")
    assert err.value.fields == ["password", "repeat"]
