"""The registry tables' search (gui/table_model.py): every word in some column, or the
words together without the space; the text shown is made once a cell and made again
when the rows change."""

from __future__ import annotations

from dataclasses import dataclass

from qotb_desktop.gui.table_model import Column, RecordTableModel


@dataclass
class Person:
    first: str
    last: str
    code: str


ROWS = [Person("محمد رضا", "کریمی", "0012345678"), Person("محمدرضا", "احمدی", "0023456789"), Person("رضا", "محمدی", "11")]


def model() -> RecordTableModel:
    m = RecordTableModel(
        [Column("نام", lambda p: p.first), Column("نام خانوادگی", lambda p: p.last), Column("کد", lambda p: p.code)]
    )
    m.set_rows(ROWS)
    return m


def test_every_word_in_some_column_or_the_words_together(qapp):
    m = model()
    assert m.matches(["محمد", "رضا"]) == [True, True, True]  # «رضا محمدی»: each word in a column
    assert m.matches(["رضا", "کریمی"]) == [True, False, False]
    assert m.matches(["محمد", "احمدی"]) == [False, True, False]
    assert m.matches(["۱۱"]) == [False, False, False] and m.matches(["11"]) == [False, False, True]


def test_the_text_shown_follows_new_rows(qapp):
    m = model()
    assert m.index(2, 2).data() == "۱۱"  # Persian digits, made once
    m.set_rows([Person("علی", "رضایی", "22")])
    assert m.index(0, 0).data() == "علی" and m.index(0, 2).data() == "۲۲"
