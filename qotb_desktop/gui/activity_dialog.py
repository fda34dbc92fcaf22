"""An activity of Appendix 1: the row chosen first, then only the fields its rule needs
(domain.activities.fields_of): a first and a last day where the years inside note 8's
window are counted (rows 21, 22, 26), the points a judged row gives (required, never
assumed), the evidence footnotes 4 and 5 ask for (rows 9 and 20; optional, but a note
says the bylaw asks for it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from qotb_desktop.domain.activities import CHOICES, DECIMAL, FLAGS, LABELS, WHOLE, describe, evidence_label, fields_of
from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.domain.errors import FieldError, ValidationError
from qotb_desktop.domain.rules import load_edition
from qotb_desktop.domain.scoring import Item, number
from qotb_desktop.domain.text import normalize_text, to_persian_digits, to_persian_number
from qotb_desktop.gui.forms.ui_activity_dialog import Ui_ActivityDialog
from qotb_desktop.gui.record_dialog import RecordDialog, fill_combo
from qotb_desktop.gui.widgets import JalaliDateEdit
from qotb_desktop.services import scoring

FIRST_FIELD_ROW = 2  # form rows 0 and 1 are the row and its rule
FIRST_DAY = "تاریخ آغاز"  # the date's label on a row counted from a first to a last day
STILL_SERVING = "خالی: هنوز ادامه دارد (تا پایان بازه شمرده می‌شود)"
NOTE_STYLE = "color: #6b4e00;"  # the notice banner's text colour (resources/style.qss): a note, not an error


class ActivityDialog(RecordDialog):
    """``save(row, values)`` receives the row and the typed values (the caller stores them,
    or keeps the checked Item for what-if)."""

    def __init__(self, save: Callable[[int, dict[str, Any]], Any], item: Item | None = None, parent: QWidget | None = None):
        super().__init__(Ui_ActivityDialog(), parent)
        self._save = save
        self._first_row: int | None = None
        self._evidence_wanted = ""
        self.evidence_note: QLabel | None = None
        self.earlier: QLabel | None = None
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
        self.evidence_note = self.earlier = None
        rule = self.edition.scoring.row(self.ui.row.currentData())
        self.ui.rule.setText(describe(rule, self.edition))
        names = fields_of(rule, self.edition)
        wanted = evidence_label(rule, self.edition)
        if wanted != self._evidence_wanted:  # another row's evidence is another paper (an approval, a certificate)
            kept.pop("evidence", None)
        self._evidence_wanted = wanted
        for name in names:
            widget = self._widget(name, rule)
            setattr(self.ui, name, widget)
            form.addRow(QLabel(self._label(name, names)), widget)
            if name == "evidence":
                self.evidence_note = self._note(self._evidence_hint())
                form.addRow("", self.evidence_note)
        self.FIELDS = ("row", *names)
        values = _item_values(item) if item else {"row": rule.row, **{k: v for k, v in kept.items() if k in names}}
        values["row"] = rule.row
        self.load(values)
        if item and (left := _earlier_values(item, names)):
            # A stored activity typed under an earlier revision (rows 18, 19, 21, 22, 26): what
            # it held that this row no longer takes, so the clerk can type it again.
            self.earlier = self._note(f"پیش‌تر ثبت شده بود: {left}؛ با ذخیره کنار گذاشته می‌شود.")
            form.addRow("", self.earlier)
        if "scope" in names:
            self.ui.scope.currentIndexChanged.connect(lambda _i, r=rule: self._points_hint(r))
        if "points" in names:
            self._points_hint(rule)
        if "evidence" in names:
            self.ui.evidence.textChanged.connect(lambda _t: self._evidence_shown())
            self._evidence_shown()
        if self._first_row is None:
            self._first_row = rule.row
        # A row with more fields: the dialog grows, nothing is squeezed (again once the new
        # fields are laid out: a wrapped label's height follows its width).
        self._grow_down()
        QTimer.singleShot(0, self._grow_down)

    def is_dirty(self) -> bool:
        """A row changed since opening counts as a change (the old row's fields are gone)."""
        return self.ui.row.currentData() != self._first_row or super().is_dirty()

    def _label(self, name: str, names: list[str]) -> str:
        if name == "date" and "end" in names:
            return FIRST_DAY
        if name == "evidence":  # «مرجع تأیید یا تصویب طرح (پیوست ۱ پانویس ۴)», its clause under it
            return self._evidence_wanted.replace(" (", "\n(", 1)
        return LABELS[name]

    def _widget(self, name: str, rule) -> QWidget:
        if name in ("date", "end"):
            widget = JalaliDateEdit(self)
            if name == "end":
                widget.line.setPlaceholderText(STILL_SERVING)
                widget.setToolTip("روز پایان عضویت؛ خالی یعنی هنوز ادامه دارد.")
            elif rule.undated:
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
        elif name == "evidence":
            line.setPlaceholderText("مانند: شماره و تاریخ نامه، یا مرجع صادرکننده")
        return line

    def _note(self, text: str) -> QLabel:
        note = QLabel(text, self)
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        policy = note.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # typing the evidence moves no field
        note.setSizePolicy(policy)
        return note

    def _evidence_hint(self) -> str:
        return "آیین‌نامه این مدرک را می‌خواهد؛ خالی هم ذخیره می‌شود و برگه امتیاز «ثبت نشده» چاپ می‌کند."

    def _evidence_shown(self) -> None:
        if self.evidence_note is not None:
            self.evidence_note.setVisible(not normalize_text(self.ui.evidence.text()))

    def _points_hint(self, rule) -> None:
        """The points field shows the most it takes (never filled with it): «لازم؛ از ۰ تا ۲»."""
        top = rule.max
        if rule.scopes:
            scope = self.ui.scope.currentData()
            if scope is None:
                self.ui.points.setPlaceholderText("لازم؛ بیشینه با گستره: " + _scopes(rule))
                return
            top = rule.scopes[scope]
        self.ui.points.setPlaceholderText(f"لازم؛ از ۰ تا {to_persian_number(number(top or 0))}")

    def _fields(self, values: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        values = dict(values)
        return values.pop("row"), values

    def check(self, values: dict[str, Any]) -> None:
        row, rest = self._fields(values)
        try:
            scoring.clean_activity(row=row, values=rest)
        except ValidationError as exc:
            raise ValidationError(_plain(exc.errors, rest, self.edition.scoring.row(row))) from None

    def save(self, values: dict[str, Any]) -> Any:
        row, rest = self._fields(values)
        return self._save(row, rest)


def _scopes(rule) -> str:
    return "، ".join(f"{CHOICES['scope'][k]} {to_persian_number(number(v))}" for k, v in rule.scopes.items())


def _plain(errors: list[FieldError], values: dict[str, Any], rule) -> list[FieldError]:
    """The engine's errors as the form shows them, each on its field: empty points asked
    for with the most the row gives (the label said once), a scope not chosen asked for
    in words (not its keys), and points not refused against a maximum of 0 before the
    scope that bounds them is chosen («باید میان ۰ و ۰ باشد»)."""
    typed = bool(normalize_text(str(values.get("points") or "")))
    no_scope = "scope" in values and not values.get("scope") and any(e.field == "scope" for e in errors)
    shown = []
    for e in errors:
        if e.field == "scope" and no_scope:
            shown.append(FieldError("scope", LABELS["scope"], f"گستره را برگزینید ({_scopes(rule)})."))
        elif e.field == "points" and not typed:
            most = _scopes(rule) if rule.scopes else f"از ۰ تا {to_persian_number(number(rule.max or 0))}"
            shown.append(FieldError("points", LABELS["points"], f"لازم است ({most})؛ بیشینه خودبه‌خود فرض نمی‌شود."))
        elif e.field == "points" and no_scope:
            continue  # checked against the scope's maximum once it is chosen
        else:
            shown.append(e)
    return shown


def _item_values(item: Item) -> dict[str, Any]:
    values: dict[str, Any] = {"row": item.row, "date": format_jalali(item.date), "end": format_jalali(item.end)}
    for name in ("description", "evidence", "points", *WHOLE, "journal_years", "years", *CHOICES, *FLAGS):
        value = getattr(item, name)
        if value is None:
            continue
        values[name] = to_persian_number(number(value)) if name in DECIMAL or name in WHOLE else value
    return values


def _earlier_values(item: Item, names: list[str]) -> str:
    """What a stored item holds in fields its row no longer shows, as «شمار مجله-سال: ۳»."""
    shown = []
    for name in ("points", *WHOLE, "journal_years", "years"):
        value = getattr(item, name)
        if value is not None and name not in names:
            shown.append(f"{LABELS[name]}: {to_persian_number(number(value))}")
    return "، ".join(shown)
