"""Names a screen reader reads, and a Tab order that follows the eye, set in one place.

Every input gets an accessible name when it has none: its label's text (a buddy,
or the label beside it in a form or grid), else its placeholder or tooltip, else,
for a table, the page's title or its columns. A dialog's Tab order follows the
form as it is read: top to bottom, right to left. Called as an entry dialog
(RecordDialog) or a screen (screens/base.py) is shown, so the widgets made in code
after the .ui's are included and no .ui file carries any of it.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QWidget,
)

# What a clerk types into or chooses from: each needs a name.
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)

_TAGS = re.compile(r"<[^>]+>")
_PERSIAN = re.compile("[\u0600-\u06ff]")


def clean(text: str) -> str:
    """A label's text as a name: no markup, no mnemonic «&», no trailing «:» or «…»."""
    text = _TAGS.sub("", text or "").replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":：*…").strip()


def is_persian(text: str) -> bool:
    return bool(_PERSIAN.search(text or ""))


def _internal(widget: QWidget) -> bool:
    """A part of another widget (a combo's line, a spin box's line, a calendar's cells)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QCalendarWidget | QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _set(widget: QWidget, name: str) -> None:
    name = clean(name)
    if name and not widget.accessibleName():
        widget.setAccessibleName(name)
        proxy = widget.focusProxy()
        if proxy is not None and not proxy.accessibleName():
            proxy.setAccessibleName(name)


def _from_labels(root: QWidget) -> None:
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None:
            _set(buddy, label.text())
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and field and isinstance(label.widget(), QLabel) and field.widget() is not None:
                _set(field.widget(), label.widget().text())
    for grid in root.findChildren(QGridLayout):
        _from_grid(grid)


def _from_grid(grid: QGridLayout) -> None:
    """In a grid, an input takes the name of the label just before it in its row."""
    cells: dict[tuple[int, int], QWidget] = {}
    for i in range(grid.count()):
        item = grid.itemAt(i)
        if item.widget() is not None:
            row, col, _rs, _cs = grid.getItemPosition(i)
            cells[row, col] = item.widget()
    for (row, col), widget in cells.items():
        before = cells.get((row, col - 1))
        if isinstance(before, QLabel) and not isinstance(widget, QLabel):
            _set(widget, before.text())


def _title_of(widget: QWidget) -> str:
    """The nearest title above a table: a page's «pageTitle» label, or a heading."""
    parent = widget.parentWidget()
    while parent is not None:
        for label in parent.findChildren(QLabel):
            if label.objectName() in ("pageTitle", "heading", "title") and label.text():
                return label.text()
        parent = parent.parentWidget()
    return ""


def _fallback(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit) and is_persian(widget.placeholderText()):
        return widget.placeholderText()
    if is_persian(widget.toolTip()):
        return widget.toolTip().split("\n")[0]
    if isinstance(widget, QAbstractItemView):
        model, columns = widget.model(), []
        if model is not None and isinstance(widget, QTableView):
            count = min(widget.horizontalHeader().count(), 3)
            columns = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(count)]
        title = _title_of(widget)
        kind = "فهرست" if isinstance(widget, QListWidget) else "جدول"
        if title:
            return f"{kind} {clean(title)}"
        if any(columns):
            return f"{kind}: {'، '.join(c.replace(chr(10), ' ') for c in columns if c)}"
        return kind
    if isinstance(widget, QComboBox):
        return "فهرست انتخاب"
    return ""


def name_inputs(root: QWidget) -> None:
    """Give every input under ``root`` an accessible name, when it has none."""
    from qotb_desktop.gui.widgets import JalaliDateEdit  # the date field is named as one input

    _from_labels(root)
    for date in root.findChildren(JalaliDateEdit):
        if date.accessibleName():
            _set(date.line, date.accessibleName())
        date.button.setAccessibleName("انتخاب از تقویم")
        date.calendar.setAccessibleName("تقویم")
    for widget in root.findChildren(QWidget):
        if isinstance(widget, INPUTS) and not _internal(widget) and not widget.accessibleName():
            owner = widget.parentWidget()
            if isinstance(owner, JalaliDateEdit) and owner.accessibleName():
                _set(widget, owner.accessibleName())
            else:
                _set(widget, _fallback(widget))
    for combo in root.findChildren(QComboBox):
        if combo.lineEdit() is not None and combo.accessibleName():
            _set(combo.lineEdit(), combo.accessibleName())
    for button in root.findChildren(QAbstractButton):
        if not button.accessibleName() and not is_persian(button.text()) and is_persian(button.toolTip()):
            _set(button, button.toolTip())


def _focusable(root: QWidget) -> list[QWidget]:
    found = []
    for widget in root.findChildren(QWidget):
        if widget.focusProxy() is not None or _internal(widget):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisibleTo(root):
            continue
        if widget.window() is not root:
            continue
        found.append(widget)
    return found


def visual_tab_order(root: QWidget) -> list[QWidget]:
    """Chain ``root``'s focusable widgets as they are read: rows top to bottom, and in a
    row right to left (left to right in a left-to-right layout). Returns the order."""
    widgets = _focusable(root)
    rtl = root.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def place(w: QWidget) -> tuple[float, float]:
        centre = w.mapTo(root, w.rect().center())
        return centre.y(), -centre.x() if rtl else centre.x()

    placed = sorted(((place(w), w) for w in widgets), key=lambda p: p[0][0])
    rows: list[list[tuple[tuple[float, float], QWidget]]] = []
    for p in placed:
        if rows and p[0][0] - rows[-1][0][0][0] <= 10:  # the same row, give or take a few pixels
            rows[-1].append(p)
        else:
            rows.append([p])
    order = [w for row in rows for _p, w in sorted(row, key=lambda p: p[0][1])]
    for first, second in zip(order, order[1:], strict=False):
        QWidget.setTabOrder(first, second)
    return order


def prepare(root: QWidget) -> None:
    """Names for every input of ``root``; for a dialog, the Tab order as it reads.
    Never in the clerk's way: a fault here is logged, and the window shown as it is."""
    try:
        name_inputs(root)
        if isinstance(root, QDialog):
            if root.layout() is not None:
                root.layout().activate()
            visual_tab_order(root)
    except Exception:  # noqa: BLE001 (called from Qt's showEvent: nothing may escape)
        logging.getLogger("qotb.accessibility").exception("accessible names or Tab order not set on %s", type(root).__name__)
