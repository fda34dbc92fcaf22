"""The bylaw and its readings: where the text is open, the office's choice beside the
sentence it reads (an administrator's to change, everyone's to read), and the edition
and scoring revision in force (services/readings.py).

A change is asked once, then made by one service call; it holds for results made from
then on: a stored result, finalised minutes and a closed evaluation keep the readings
they were made under. A change saved at another desk meanwhile is a Conflict, shown as
every form shows one (gui/conflicts.py)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QButtonGroup, QGroupBox, QMessageBox, QRadioButton, QWidget

from qotb_desktop.domain.accounts import ACTIONS, ROLES, may
from qotb_desktop.domain.errors import Conflict, DomainError
from qotb_desktop.domain.rules import Edition, ReadingSpec, load_edition
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.gui import conflicts
from qotb_desktop.gui.fmt import jdate, num
from qotb_desktop.gui.forms.ui_rules_reading import Ui_ReadingBox
from qotb_desktop.gui.forms.ui_rules_screen import Ui_RulesScreen
from qotb_desktop.gui.screens.base import Screen
from qotb_desktop.services import accounts, readings
from qotb_desktop.services.readings import ReadingView

DEFAULT_MARK = "پیش‌فرض"
KEPT = (
    "نتیجه‌هایی که پیش از این ذخیره شده‌اند، صورت‌جلسه‌های نهایی‌شده و ارزیابی‌های بسته‌شده با همان خوانش‌هایی "
    "می‌مانند که با آن‌ها ساخته شده‌اند؛ تنها نتیجه‌های تازه با انتخاب تازه محاسبه می‌شوند."
)
PENDING = "انتخاب تازه هنوز ثبت نشده است: تا «ثبت این خوانش…» را نزده‌اید، خوانش پررنگ در کار است."
# What each revision of how the program applies the points table changed (the comment
# of [scoring] in the rules data), for the reader of this screen.
REVISIONS = {
    1: "بازنگری ۱ (تا نگارش ۰٫۵٫۰ برنامه): نخستین شیوه امتیازدهی.",
    2: (
        "بازنگری ۲ (نگارش ۰٫۶٫۰ برنامه): ردیف‌های ۱۸ و ۱۹ تاریخ‌دار شدند و امتیازشان تا بیشینه ردیف داوری می‌شود، "
        "ردیف‌های ۲۱، ۲۲ و ۲۶ به سال‌های هر مورد که درون بازه پنج‌ساله است شمرده می‌شوند، امتیاز ردیف‌های داوری‌شده "
        "باید نوشته شود و دیگر بیشینه ردیف فرض نمی‌شود، و در خوانش «سقف مجموع» ردیف ۸ مبلغ طرح‌ها نخست جمع و سپس گرد می‌شود."
    ),
}
STYLE = (
    "QGroupBox { font-weight: bold; }"  # a reading's title; what is inside it, normal
    " QGroupBox QLabel, QGroupBox QRadioButton, QGroupBox QPushButton { font-weight: normal; }"
    " QLabel#bylawQuote { background: #f5f8fb; border-right: 3px solid #9fb3c8; padding: 6px 8px; }"
    ' QRadioButton[chosen="true"] { font-weight: bold; }'
    ' QRadioButton[chosen="true"]:disabled { color: #1f2933; }'  # in force: readable where it may not be changed
    " QLabel#readingNote { color: #6b4e00; background: #fff4d6; border: 1px solid #e8c766; border-radius: 4px; padding: 4px; }"
)


def when(value: datetime) -> str:
    return f"{jdate(value.date())} ساعت {num(value.strftime('%H:%M'))}"


def who_may() -> str:
    """The roles that may change a reading, in Persian («مدیر سامانه»)."""
    allowed = ACTIONS["edit_rules"][1]
    return " یا ".join(title for key, title in ROLES.items() if key in allowed)


def edition_text(edition: Edition) -> str:
    return f"{edition.title}، ویرایش {to_persian_digits(edition.edition)}، مصوب {jdate(edition.approved_on)}."


def revision_text(revision: int) -> str:
    return (
        f"شیوه امتیازدهی در کار: بازنگری {num(revision)}. هر نتیجه بازنگری و خوانش‌هایی را که با آن‌ها محاسبه شده "
        f"است نگه می‌دارد و همیشه با همان‌ها دوباره محاسبه می‌شود. {REVISIONS.get(revision, '')}"
    ).strip()


class ReadingBox(QGroupBox):
    """One reading: its title, the clause and the bylaw's sentence, the choices (the
    default marked, the one in force bold), who changed it last and when."""

    def __init__(self, spec: ReadingSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ReadingBox()
        self.ui.setupUi(self)
        self.spec = spec
        self.view: ReadingView | None = None
        self.setObjectName(f"reading_{spec.key}")
        self.setTitle(spec.title)
        self.ui.quote.setObjectName("bylawQuote")
        self.ui.quote.setText(f"{spec.clause}: «{spec.quote}»")
        self.ui.note.setObjectName("readingNote")
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for choice in spec.choices:
            text = f"{choice.title} — {DEFAULT_MARK}" if choice.key == spec.default else choice.title
            button = QRadioButton(text, self.ui.choices)
            button.setObjectName(f"{spec.key}_{choice.key}")
            button.setAccessibleDescription(spec.title)
            self.group.addButton(button)
            self.ui.choicesLayout.addWidget(button)
            self.buttons[choice.key] = button
        self.group.buttonToggled.connect(lambda _b, _on: self._pending_changed())

    def title_of(self, key: str) -> str:
        try:
            return self.spec.choice(key).title
        except KeyError:
            return key

    def show_view(self, view: ReadingView, names: dict[str, str], editable: bool) -> None:
        """The stored choice, afresh (what was picked and not saved is dropped)."""
        self.view = view
        for key, button in self.buttons.items():
            button.setProperty("chosen", key == view.value)
            button.setEnabled(editable)
            button.style().unpolish(button)
            button.style().polish(button)
        if view.value in self.buttons:
            self.buttons[view.value].setChecked(True)
        if view.changed_at is None:
            self.ui.changed.setText("تاکنون تغییر نکرده است: پیش‌فرض داده‌های آیین‌نامه در کار است.")
        else:
            by = names.get(view.changed_by, view.changed_by) or "—"
            self.ui.changed.setText(f"آخرین تغییر: {by}، {when(view.changed_at)}")
        self.ui.applyButton.setVisible(editable)
        self.note("")
        self._pending_changed()

    def selected(self) -> str | None:
        return next((key for key, b in self.buttons.items() if b.isChecked()), None)

    def pending(self) -> bool:
        return self.view is not None and self.selected() not in (None, self.view.value)

    def back(self) -> None:
        """The stored choice checked again (a change not confirmed)."""
        if self.view is not None and self.view.value in self.buttons:
            self.buttons[self.view.value].setChecked(True)

    def note(self, text: str) -> None:
        self.ui.note.setText(text)
        self.ui.note.setVisible(bool(text))

    def _pending_changed(self) -> None:
        pending = self.pending()
        self.ui.applyButton.setEnabled(pending)
        if pending:
            self.note(PENDING)
        elif self.ui.note.text() == PENDING:
            self.note("")


class RulesScreen(Screen):
    def __init__(self, uow) -> None:
        super().__init__(uow)
        self.ui = Ui_RulesScreen()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("pageTitle")
        self.setStyleSheet(STYLE)
        self.edition = load_edition()
        self.ui.edition.setText(edition_text(self.edition))
        self.ui.revision.setText(revision_text(self.edition.scoring.revision))
        self.boxes: dict[str, ReadingBox] = {}
        for spec in self.edition.reading_specs:
            box = ReadingBox(spec, self.ui.readings)
            box.ui.applyButton.clicked.connect(lambda _c=False, key=spec.key: self.change(key))
            self.ui.readingsLayout.addWidget(box)
            self.boxes[spec.key] = box
        self.editable = False

    def reload(self) -> None:
        self.editable = may(self.uow.actor, "edit_rules")
        names = self._names()
        for view in readings.list_readings(uow=self.uow):
            if view.spec.key in self.boxes:
                self.boxes[view.spec.key].show_view(view, names, self.editable)
        if self.editable:
            self.ui.whoMay.setText(f"خوانش برگزیده هر بند را با «ثبت این خوانش…» ثبت کنید. {KEPT}")
        else:
            self.ui.whoMay.setText(f"این صفحه برای شما تنها خواندنی است: خوانش‌ها را تنها {who_may()} تغییر می‌دهد.")

    def _names(self) -> dict[str, str]:
        return {u.username: u.full_name for u in accounts.list_users(uow=self.uow)}

    # -- a change ----------------------------------------------------------------------

    def change(self, key: str) -> bool:
        """The reading picked in ``key``'s box, asked once, then stored (one service call)."""
        box = self.boxes[key]
        new = box.selected()
        if box.view is None or new is None or new == box.view.value:
            return False
        if not self.confirm_change(box.spec, box.title_of(box.view.value), box.title_of(new)):
            box.back()
            return False
        try:
            readings.set_reading(uow=self.uow, key=key, value=new, version=box.view.version)
        except Conflict as exc:
            self._conflict(box, exc, new)
            return False
        except DomainError as exc:
            QMessageBox.warning(self, box.spec.title, str(exc))
            return False
        self.reload()
        self.message.emit(f"خوانش «{box.spec.title}» ثبت شد: {box.title_of(new)}. تنها نتیجه‌های تازه با آن محاسبه می‌شوند.")
        return True

    def confirm_change(self, spec: ReadingSpec, old: str, new: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "تغییر خوانش آیین‌نامه",
            f"خوانش «{spec.title}» ({spec.clause}) تغییر کند؟\n\nاکنون: {old}\nپس از این: {new}\n\n{KEPT}",
            parent=self,
        )
        yes = box.addButton("تغییر خوانش", QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton("انصراف", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes

    def ask_reload(self, text: str) -> bool:
        return conflicts.ask(self, text)

    def _conflict(self, box: ReadingBox, exc: Conflict, mine: str) -> None:
        """As a form shows a refused save: what changed; loaded again, the stored choice is
        shown and the clerk's own named under it, to pick again if it should win."""
        seen = box.view
        assert seen is not None
        fresh = next((v for v in readings.list_readings(uow=self.uow) if v.spec.key == box.spec.key), seen)
        names = self._names()
        by = names.get(fresh.changed_by, fresh.changed_by)
        made = "، ".join(p for p in (f"به دست {by}" if by else "", when(fresh.changed_at) if fresh.changed_at else "") if p)
        line = (
            f"• {box.spec.title}: هنگام باز کردن «{box.title_of(seen.value)}»، اکنون «{box.title_of(fresh.value)}»"
            + (f" ({made})" if made else "")
            + f" — انتخاب شما: «{box.title_of(mine)}»"
        )
        if not self.ask_reload(f"{exc}\n\nآنچه تغییر کرده است:\n{line}"):
            box.note(str(exc))  # the clerk's pick stays, unsaved
            return
        box.show_view(fresh, names, self.editable)
        if fresh.value == mine:
            box.note("همین انتخاب شما پیش‌تر ثبت شده است.")
        else:
            box.note(
                f"خوانش ذخیره‌شده نشان داده شد؛ انتخاب شما «{box.title_of(mine)}» بود: "
                "اگر باید بماند، آن را برگزینید و دوباره ثبت کنید."
            )
