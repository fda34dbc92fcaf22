"""The activity form follows the row's fields (issue 17.1, 17.2, 17.10, 17.11): a first and
a last day on rows 21, 22 and 26, judged points required and bounded by the row's
maximum (never filled with it), the evidence of footnotes 4 and 5 on rows 9 and 20."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from qotb_desktop.domain.activities import evidence_label
from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.domain.rules import load_edition
from qotb_desktop.domain.scoring import Item
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.gui.activity_dialog import FIRST_DAY, ActivityDialog

E = load_edition()


def form(qtbot, row: int, item: Item | None = None) -> tuple[ActivityDialog, list]:
    saved: list[tuple[int, dict]] = []
    dialog = ActivityDialog(lambda r, values: saved.append((r, values)), item)
    qtbot.addWidget(dialog)
    if item is None:
        dialog.ui.row.setCurrentIndex(dialog.ui.row.findData(row))
    return dialog, saved


def label_of(dialog: ActivityDialog, name: str) -> str:
    from PySide6.QtWidgets import QFormLayout

    form = dialog.ui.form
    for r in range(form.rowCount()):
        field = form.itemAt(r, QFormLayout.ItemRole.FieldRole)
        if field is not None and field.widget() is getattr(dialog.ui, name):
            return form.itemAt(r, QFormLayout.ItemRole.LabelRole).widget().text()
    raise AssertionError(name)


def test_a_judged_row_without_points_is_refused_on_the_points_field_and_never_given_the_maximum(qtbot):
    for row in (2, 9, 18, 19):
        dialog, saved = form(qtbot, row)
        top = E.scoring.row(row).max
        assert dialog.ui.points.text() == ""  # not filled with the maximum
        assert dialog.ui.points.placeholderText() == f"لازم؛ از ۰ تا {to_persian_digits(top)}"
        dialog.ui.date.setText("۱۴۰۱/۰۵/۰۱")
        dialog.accept()
        assert not saved, row
        errors = dialog.ui.errors.text()
        assert errors.startswith("• امتیاز داده‌شده: لازم است"), errors  # the field named, in Persian
        assert errors.count("امتیاز داده‌شده") == 1
        assert dialog.ui.points.property("invalid") is True and dialog.ui.date.property("invalid") is False


def test_theses_take_a_share_up_to_their_maximum_and_no_row_is_bounded_by_zero(qtbot):
    dialog, saved = form(qtbot, 18)
    assert "تاریخ لازم نیست" not in dialog.ui.rule.text()  # dated: the defence date (note 8)
    dialog.ui.date.setText("۱۴۰۱/۰۵/۰۱")
    dialog.ui.points.setText("۳")
    dialog.accept()
    assert "باید میان ۰ و ۲ باشد" in dialog.ui.errors.text() and not saved
    dialog.ui.points.setText("۱٫۵")  # a co-supervisor's share
    dialog.accept()
    assert saved == [(18, {"date": "۱۴۰۱/۰۵/۰۱", "points": "۱٫۵", "description": ""})]

    dialog, saved = form(qtbot, 19)
    dialog.ui.date.setText("۱۴۰۱/۰۵/۰۱")
    dialog.ui.points.setText("۴")
    dialog.accept()
    assert saved and saved[0][1]["points"] == "۴"

    # a scoped row with no scope chosen: asked for in words, the points not refused against 0
    dialog, saved = form(qtbot, 11)
    dialog.ui.date.setText("۱۴۰۱/۰۵/۰۱")
    dialog.ui.points.setText("۸")
    dialog.accept()
    errors = dialog.ui.errors.text()
    assert "میان ۰ و ۰" not in errors and "None" not in errors and "international" not in errors
    assert "گستره: گستره را برگزینید (بین‌المللی ۱۵، داخلی ۱۰)." in errors
    assert "گستره" in dialog.ui.points.placeholderText()
    dialog.ui.scope.setCurrentIndex(dialog.ui.scope.findData("domestic"))
    assert "از ۰ تا ۱۰" in dialog.ui.points.placeholderText()
    dialog.accept()
    assert saved and saved[0][1]["scope"] == "domestic"


def test_a_journal_board_takes_a_first_and_a_last_day_empty_meaning_still_serving(qtbot):
    for row in (21, 22, 26):
        dialog, _ = form(qtbot, row)
        assert dialog.FIELDS[:3] == ("row", "date", "end"), row
        assert label_of(dialog, "date") == FIRST_DAY and label_of(dialog, "end") == "تاریخ پایان"
        assert "هنوز ادامه دارد" in dialog.ui.end.line.placeholderText()
    dialog, saved = form(qtbot, 21)
    assert "۰٫۲ امتیاز به ازای هر سال" in dialog.ui.rule.text() and "۰.۲" not in dialog.ui.rule.text()
    dialog.ui.date.setText("۱۴۰۰/۰۱/۰۱")
    dialog.ui.end.setText("۱۳۹۹/۰۱/۰۱")
    dialog.accept()
    assert "تاریخ پایان: تاریخ پایان پیش از تاریخ آغاز است." in dialog.ui.errors.text() and not saved
    dialog.ui.end.setText("")  # still serving
    dialog.accept()
    assert saved == [(21, {"date": "۱۴۰۰/۰۱/۰۱", "end": "", "description": ""})]


def test_an_edited_item_keeps_its_last_day_and_evidence(qtbot):
    board = Item(21, date(2021, 3, 21), end=date(2023, 9, 22), description="هیأت تحریریه")
    dialog, saved = form(qtbot, 21, board)
    assert dialog.ui.end.text() == format_jalali(board.end)
    dialog.accept()
    assert saved[0][1]["end"] == format_jalali(board.end)

    project = Item(9, date(2022, 1, 1), Fraction(12), description="طرح ملی", evidence="نامه ۴۵۶/د معاونت علمی")
    dialog, saved = form(qtbot, 9, project)
    assert dialog.ui.evidence.text() == "نامه ۴۵۶/د معاونت علمی" and dialog.evidence_note.isHidden()
    dialog.accept()
    assert saved[0][1]["evidence"] == "نامه ۴۵۶/د معاونت علمی"


def test_the_evidence_is_labelled_from_the_rules_optional_with_a_note_while_empty(qtbot):
    for row in (9, 20):
        dialog, saved = form(qtbot, row)
        assert "evidence" in dialog.FIELDS
        label = label_of(dialog, "evidence")
        assert label.replace("\n", " ") == evidence_label(E.scoring.row(row), E)
        assert not dialog.evidence_note.isHidden() and "این مدرک را می‌خواهد" in dialog.evidence_note.text()
        dialog.ui.evidence.setText("گواهی شماره ۱۲")
        assert dialog.evidence_note.isHidden()
        dialog.ui.evidence.setText("")
        assert not dialog.evidence_note.isHidden()
    dialog, saved = form(qtbot, 20)
    dialog.ui.date.setText("۱۴۰۱/۰۵/۰۱")
    dialog.ui.award.setCurrentIndex(dialog.ui.award.findData("national_festival"))
    dialog.accept()  # empty evidence: saved all the same
    assert saved and saved[0][1]["evidence"] == ""
    dialog, _ = form(qtbot, 2)
    assert "evidence" not in dialog.FIELDS and dialog.evidence_note is None


def test_an_old_item_shows_what_it_held_that_its_row_no_longer_takes(qtbot):
    old = Item(21, None, journal_years=Fraction(3), description="هیأت تحریریه (ثبت پیشین)")
    dialog, _ = form(qtbot, 21, old)
    assert dialog.earlier is not None and "شمار مجله-سال: ۳" in dialog.earlier.text()
