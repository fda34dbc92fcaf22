"""When a form's save is refused because the record was saved elsewhere since the
form was filled (domain.errors.Conflict): show what changed, and offer to load the
record again without losing what the clerk typed.

Loading again fills the form with the stored record; the fields the clerk changed
and the other desk did not keep the clerk's typing; where both changed the same
field, the stored value is shown and the clerk's own is listed under the form, to
type again if it should win. Nothing is saved until the clerk saves again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QListWidget, QMessageBox, QWidget

from qotb_desktop.domain.errors import Conflict, DomainError, FieldError
from qotb_desktop.domain.text import isolate_ltr
from qotb_desktop.gui.record_dialog import read, write


def shown(widget: QWidget, value: Any) -> str:
    """A field's value as the form shows it, isolated (FSI...PDI) so that a Latin
    value (an email) keeps its order inside the Persian sentence."""
    return isolate_ltr(_shown(widget, value))


def _shown(widget: QWidget, value: Any) -> str:
    if isinstance(widget, QCheckBox):
        return "بله" if value else "خیر"
    if isinstance(widget, QComboBox):
        index = widget.findData(value)
        return widget.itemText(index) if index >= 0 and value is not None else "—"
    if isinstance(widget, QListWidget):
        wanted = set(value or ())
        names = [widget.item(i).text() for i in range(widget.count()) if widget.item(i).data(256) in wanted]
        return "، ".join(names) or "—"
    return str(value) if value not in (None, "") else "—"


def label(dialog, name: str) -> str:
    """The field's label as the form shows it: the label whose buddy it is (the forms
    of ui/ set them, and so do the rows made in code: a report's areas, a scheme's
    criteria), else the ui's ``NAMELabel``."""
    field = dialog.widgets().get(name)
    found = next((lab for lab in dialog.findChildren(QLabel) if field is not None and lab.buddy() is field), None)
    found = found or getattr(dialog.ui, f"{name}Label", None)
    text = found.text() if found is not None else name
    return text.replace("&", "").rstrip(":： ").strip()


def resolve(dialog, exc: Conflict) -> bool:
    """Handle a refused save; True when the form now holds the stored record."""
    widgets = dialog.widgets()
    typed = {name: read(w) for name, w in widgets.items()}
    seen = dict(dialog._initial)
    try:
        fresh = dialog.fetch()
    except DomainError as gone:  # deleted meanwhile
        dialog.show_errors([FieldError("record", "ذخیره", f"{exc} {gone}")])
        return False
    if fresh is None:
        dialog.show_errors([FieldError("record", "ذخیره", str(exc))])
        return False
    new = dialog.values_of(fresh)
    for name, widget in widgets.items():
        if name in new:
            write(widget, new[name])
    now = {name: read(w) for name, w in widgets.items()}
    theirs = [n for n in widgets if now[n] != seen.get(n)]
    mine = [n for n in widgets if typed[n] != seen.get(n)]
    clash = [n for n in mine if n in theirs and typed[n] != now[n]]
    lines = [
        f"• {label(dialog, n)}: هنگام باز کردن «{shown(widgets[n], seen.get(n))}»، اکنون «{shown(widgets[n], now[n])}»"
        + (f" — نوشته شما: «{shown(widgets[n], typed[n])}»" if n in clash else "")
        for n in theirs
    ]
    detail = "\n".join(lines) if lines else "• فیلدهای این فرم تغییری نکرده‌اند (تغییر در بخش دیگری از رکورد است)."
    if not dialog.ask_reload(f"{exc}\n\nآنچه تغییر کرده است:\n{detail}"):
        for name, widget in widgets.items():  # back to the form as the clerk left it
            write(widget, typed[name])
        dialog.show_errors([FieldError("record", "ذخیره", str(exc))])
        return False
    dialog._record = fresh
    dialog.mark_clean()
    for name in mine:
        if name not in theirs:
            write(widgets[name], typed[name])
    notes = [
        FieldError(n, label(dialog, n), f"مقدار ذخیره‌شده نشان داده شد؛ نوشته شما «{shown(widgets[n], typed[n])}» بود.")
        for n in clash
    ]
    dialog.show_errors(notes)
    return True


def ask(parent: QWidget, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, "رکورد در جای دیگری تغییر کرده است", text, parent=parent)
    reload_button = box.addButton("بارگذاری دوباره", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("بازگشت به فرم", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(reload_button)
    box.exec()
    return box.clickedButton() is reload_button
