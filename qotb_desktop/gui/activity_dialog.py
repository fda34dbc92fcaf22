"""An activity of Appendix 1: the row chosen first, then only the fields its rule needs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from qotb_desktop.domain.activities import CHOICES, DECIMAL, FLAGS, LABELS, WHOLE, describe, fields_of
from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.domain.rules import load_edition
from qotb_desktop.domain.scoring import Item, number
from qotb_desktop.domain.text import to_persian_digits, to_persian_number
from qotb_desktop.gui.forms.ui_activity_dialog import Ui_ActivityDialog
from qotb_desktop.gui.record_dialog import RecordDialog, fill_combo
from qotb_desktop.gui.widgets import JalaliDateEdit
from qotb_desktop.services import scoring

FIRST_FIELD_ROW = 2  # form rows 0 and 1 are the row and its rule


class ActivityDialog(RecordDialog):
    """``save(item)`` receives the checked Item (the caller stores it, or keeps it for what-if)."""

    def __init__(self, save: Callable[[int, dict[str, Any]], Any], item: Item | None = None, parent: QWidget | None = None):
        super().__init__(Ui_ActivityDialog(), parent)
        self._save = save
        self._first_row: int | None = None
        self.edition = load_edition()
        fill_combo(
            self.ui.row,
            [(r.row, f"{to_persian_digits(r.row)}. {r.title}") for r in self.edition.scoring.rows if r.rule != "rank"],
        )
        self.ui.row.currentIndexChanged.connect(lambda _i: self._build())
        self.setWindowTitle("ویرایش فعالیت" if item else "فعالیت تازه")
        if item:
            self.ui.row.setCurrentIndex(self.ui.row.findData(item.row))
        self._build(item)

    def _build(self, item: Item | None = None) -> None:
        """Show the fields of the chosen row (and keep what was typed in fields both rows share)."""
        kept = {name: value for name, value in self.values().items() if name != "row"} if self.FIELDS else {}
        form = self.ui.form
        while form.rowCount() > FIRST_FIELD_ROW:
            form.removeRow(FIRST_FIELD_ROW)
        rule = self.edition.scoring.row(self.ui.row.currentData())
        self.ui.rule.setText(describe(rule, self.edition))
        names = fields_of(rule, self.edition)
        for name in names:
            widget = self._widget(name, rule)
            setattr(self.ui, name, widget)
            form.addRow(QLabel(LABELS[name]), widget)
        self.FIELDS = ("row", *names)
        values = _item_values(item) if item else {"row": rule.row, **{k: v for k, v in kept.items() if k in names}}
        values["row"] = rule.row
        self.load(values)
        if self._first_row is None:
            self._first_row = rule.row

    def is_dirty(self) -> bool:
        """A row changed since opening counts as a change (the old row's fields are gone)."""
        return self.ui.row.currentData() != self._first_row or super().is_dirty()

    def _widget(self, name: str, rule) -> QWidget:
        if name == "date":
            widget = JalaliDateEdit(self)
            if rule.undated:
                widget.line.setPlaceholderText("بی‌تاریخ هم پذیرفته است")
            return widget
        if name in FLAGS:
            return QCheckBox(self)
        if name in CHOICES:
            combo = QComboBox(self)
            choices = rule.scopes if name == "scope" else rule.values
            fill_combo(combo, [(k, CHOICES[name].get(k, k)) for k in choices], empty="— برگزینید —")
            return combo
        line = QLineEdit(self)
        if name in WHOLE or name in DECIMAL:
            line.setAlignment(Qt.AlignmentFlag.AlignCenter)
            if name == "points":
                top = rule.scopes and "بیشینه گستره" or to_persian_number(number(rule.max or 0))
                line.setPlaceholderText(f"خالی: بیشینه ({top})")
        return line

    def _fields(self, values: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        values = dict(values)
        return values.pop("row"), values

    def check(self, values: dict[str, Any]) -> None:
        row, rest = self._fields(values)
        scoring.clean_activity(row=row, values=rest)

    def save(self, values: dict[str, Any]) -> Any:
        row, rest = self._fields(values)
        return self._save(row, rest)


def _item_values(item: Item) -> dict[str, Any]:
    values: dict[str, Any] = {"row": item.row, "date": format_jalali(item.date)}
    for name in ("description", "points", *WHOLE, "journal_years", "years", *CHOICES, *FLAGS):
        value = getattr(item, name)
        if value is None:
            continue
        values[name] = to_persian_number(number(value)) if name in DECIMAL or name in WHOLE else value
    return values
