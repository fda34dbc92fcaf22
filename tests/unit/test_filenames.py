"""The file names the program proposes are valid on every desk (issue 16, item 1)."""

import pytest

from qotb_desktop.domain.filenames import FORBIDDEN, is_safe_filename, safe_filename


def test_a_title_with_a_slash_becomes_one_file_name():
    assert safe_filename("صورت‌جلسه ۱۴۰۵/۰۵", ".pdf") == "صورت‌جلسه ۱۴۰۵-۰۵.pdf"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("ابلاغ مصوبه: تمدید قطب", "ابلاغ مصوبه - تمدید قطب"),
        ('قطب «آب» "نو"', "قطب «آب» 'نو'"),
        ("چرا؟ چون*<>|", "چرا؟ چون-"),  # the Persian question mark is allowed; the Latin one is not
        ("a\\b/c", "a-b-c"),
        ("  نام .. ", "نام"),
        ("\u2068خلاصه\u2069\u200f سال\x00 ۱۴۰۴", "خلاصه سال ۱۴۰۴"),
        ("نیم‌فاصله", "نیم‌فاصله"),  # the half-space stays
        ("", "پرونده"),
        ("///", "پرونده"),
        ("CON", "_CON"),
        ("lpt1", "_lpt1"),
    ],
)
def test_forbidden_characters_are_replaced(title, expected):
    assert safe_filename(title) == expected
    assert is_safe_filename(safe_filename(title, ".pdf"))


def test_every_forbidden_character_and_control_goes():
    name = safe_filename("".join(f"x{ch}" for ch in FORBIDDEN) + "".join(chr(c) for c in range(32)), ".csv")
    assert is_safe_filename(name)
    assert not any(ch in name for ch in FORBIDDEN)


def test_a_long_title_is_cut_and_the_suffix_kept():
    name = safe_filename("خیلی " * 100, ".xlsx")
    assert name.endswith(".xlsx") and len(name) <= 130 and is_safe_filename(name)


def test_device_names_with_an_extension_are_not_safe():
    assert not is_safe_filename("nul.pdf")
    assert is_safe_filename(safe_filename("nul", ".pdf"))
    assert not is_safe_filename("a/b.pdf") and not is_safe_filename("نام.")
