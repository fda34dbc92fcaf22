from hypothesis import given
from hypothesis import strategies as st

from qotb_desktop.domain.text import ZWNJ, normalize_text, search_key, sort_key, to_latin_digits, to_persian_digits


def test_arabic_yeh_and_kaf_become_persian():
    assert normalize_text("علي كريمي") == "علی کریمی"
    assert normalize_text("مصطفى") == "مصطفی"


def test_digits_of_every_script_are_stored_latin_and_shown_persian():
    assert to_latin_digits("۱۴۰۳/٠٧/01") == "1403/07/01"
    assert normalize_text("شماره ۱۲۳٤") == "شماره 1234"
    assert to_persian_digits(1403) == "۱۴۰۳"
    assert to_persian_digits("1403/07/01") == "۱۴۰۳/۰۷/۰۱"


def test_bidi_controls_are_removed_but_zwnj_kept():
    typed = "\u202eمی\u200cخواهم\u200f \u2066ABC\u2069\u200e"
    assert normalize_text(typed) == f"می{ZWNJ}خواهم ABC"


def test_whitespace_is_collapsed_and_trimmed_and_stray_zwnj_dropped():
    assert normalize_text("  دانشگاه \t  تهران  ") == "دانشگاه تهران"
    assert normalize_text(f"کتاب{ZWNJ}{ZWNJ}ها") == f"کتاب{ZWNJ}ها"
    assert normalize_text(f"کتاب {ZWNJ}ها") == "کتاب ها"
    assert normalize_text(None) == ""


def test_search_key_ignores_how_persian_was_typed():
    stored = "محمدرضا کریمی"
    for typed in ("محمد رضا", f"محمد{ZWNJ}رضا", "محمدرضا", "كريمي", "كریمی"):
        assert search_key(typed) in search_key(stored), typed
    assert search_key("۰۰۱۲۳۴") == search_key("001234") == search_key("٠٠١٢٣٤")


def test_sort_key_follows_the_persian_alphabet():
    names = ["یزدانی", "گیلانی", "کریمی", "پارسا", "امینی", "اکبری", "چمران", "بهرامی"]
    assert sorted(names, key=sort_key) == ["اکبری", "امینی", "بهرامی", "پارسا", "چمران", "کریمی", "گیلانی", "یزدانی"]


@given(st.text())
def test_normalizing_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


@given(st.text())
def test_normalized_text_has_no_direction_overrides(text):
    assert not set(normalize_text(text)) & set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


@given(st.text())
def test_no_invisible_format_or_control_character_survives_but_zwnj(text):
    import unicodedata

    kept = {ch for ch in normalize_text(text) if unicodedata.category(ch) in ("Cc", "Cf")}
    assert kept <= {ZWNJ, "\n"}


def test_single_line_and_pasted_presentation_forms():
    assert normalize_text("دانشگاه\nتهران", single_line=True) == "دانشگاه تهران"
    assert normalize_text("\ufecb\ufee0\ufef2") == "علی"  # «علي» pasted from a PDF


def test_the_list_of_invisible_characters_matches_unicode():
    import sys
    import unicodedata

    from qotb_desktop.domain.text import _INVISIBLE

    expected = {chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) in ("Cc", "Cf")} - {ZWNJ, "\n", "\t"}
    found = {chr(c) for c in range(sys.maxunicode + 1) if _INVISIBLE.fullmatch(chr(c))}
    assert found == expected


def test_a_path_shown_in_persian_text_keeps_its_persian_folders_in_order():
    from qotb_desktop.domain.text import LRI, LRM, PDI, isolate_path

    shown = isolate_path("/tmp/علی رضایی/اسناد/نامه.pdf")
    assert shown.startswith(LRI) and shown.endswith(PDI)  # left to right, whatever comes first
    # a left-to-right mark after every separator: the folder names are separate runs, in order
    assert shown[1:-1] == f"/{LRM}tmp/{LRM}علی رضایی/{LRM}اسناد/{LRM}نامه.pdf"
    assert isolate_path(r"C:\users\ali\a.pdf")[1:-1].replace(LRM, "") == r"C:\users\ali\a.pdf"
