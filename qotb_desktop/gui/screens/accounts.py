"""Users (the administrator's) and the audit trail (everyone may read it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHeaderView, QInputDialog, QLineEdit, QMessageBox

from qotb_desktop.domain.errors import DomainError, FieldError, ValidationError
from qotb_desktop.gui import files, theme
from qotb_desktop.gui.fmt import num
from qotb_desktop.gui.forms.ui_audit_screen import Ui_AuditScreen
from qotb_desktop.gui.login import AccountDialog
from qotb_desktop.gui.record_dialog import fill_combo
from qotb_desktop.gui.registry_page import RegistryPage
from qotb_desktop.gui.screens.base import Screen
from qotb_desktop.gui.table_model import Column, RecordTableModel
from qotb_desktop.services import accounts, audit_check, audit_events, audit_labels
from qotb_desktop.services.audit_labels import AuditRow


def _when(value) -> str:
    from qotb_desktop.gui.fmt import jdate

    return f"{jdate(value.date())} {num(value.strftime('%H:%M'))}" if value else ""


class UsersScreen(Screen):
    def __init__(self, uow) -> None:
        super().__init__(uow)
        cols = [
            Column("نام کاربری", lambda u: u.username, latin=True),
            Column("نام", lambda u: u.full_name),
            Column("نقش‌ها", lambda u: u.role_label),
            Column(
                "وضعیت",
                lambda u: ("فعال" if u.active else "غیرفعال") + ("، بسته تا " + _when(u.locked_until) if u.locked_until else ""),
            ),
        ]
        self.page = RegistryPage("کاربران", cols, lambda: accounts.list_users(uow=uow), search_hint="نام یا نام کاربری")
        self.page.add_action("کاربر تازه…", self.new_record, tip="Ctrl+N")
        self.page.add_action("نام و نقش‌ها…", self.edit_current, needs_record=True, tip="Enter")
        self.page.record_activated.connect(lambda _r: self.edit_current())
        self.page.add_action("گذرواژه تازه…", self.reset_password, needs_record=True)
        self.page.add_action("فعال / غیرفعال", self.toggle_active, needs_record=True)
        self.page.add_action("تغییر گذرواژه خودم…", self.change_own_password)
        self.stack(self.page)

    def pages(self) -> list[RegistryPage]:
        return [self.page]

    def new_record(self):
        return self.open_dialog(AccountDialog(self.uow, parent=self), "کاربر ساخته شد.")

    def edit_current(self):
        """An account's name and roles (one or several)."""
        user = self.page.current_record()
        if user is None:
            return None
        return self.open_dialog(AccountDialog(self.uow, parent=self, user=user), f"کاربر «{user.username}» ذخیره شد.")

    def _ask(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Password)
        return text if ok else None

    def reset_password(self) -> None:
        user = self.page.current_record()
        if user is None:
            return
        password = self._ask("گذرواژه تازه", f"گذرواژه تازه «{user.username}» (دست‌کم ۸ نویسه):")
        if password is None:
            return
        try:
            accounts.reset_password(uow=self.uow, user_id=user.id, password=password)
        except DomainError as exc:
            QMessageBox.warning(self, "کاربران", str(exc))
            return
        self.reload()
        self.message.emit(f"گذرواژه «{user.username}» تازه شد و قفل آن باز شد.")

    def toggle_active(self) -> None:
        user = self.page.current_record()
        if user is None:
            return
        try:
            accounts.update_user(
                uow=self.uow, user_id=user.id, full_name=user.full_name, roles=user.roles, active=not user.active
            )
        except DomainError as exc:
            QMessageBox.warning(self, "کاربران", str(exc))
            return
        self.reload()

    def change_own_password(self) -> None:
        old = self._ask("تغییر گذرواژه", "گذرواژه کنونی:")
        new = self._ask("تغییر گذرواژه", "گذرواژه تازه (دست‌کم ۸ نویسه):") if old is not None else None
        if new is None:
            return
        try:
            accounts.change_own_password(uow=self.uow, old=old, password=new)
        except DomainError as exc:
            QMessageBox.warning(self, "کاربران", str(exc))
            return
        QMessageBox.information(self, "تغییر گذرواژه", "گذرواژه شما تغییر کرد.")


class AuditScreen(Screen):
    """Every change and event: who, when, which record, before and after. Filtered by the
    database (one user, one kind of record, a range of Jalali days), searched as typed
    within what is shown, exported as CSV (what is shown). Above it, whether the trail is
    as the program wrote it (its chain checked at each reading, services/audit_check.py):
    a broken chain is said in red with the first broken row, and each broken row shown is
    red with its problem; the screen works on as ever."""

    def __init__(self, uow) -> None:
        super().__init__(uow)
        self.ui = Ui_AuditScreen()
        self.ui.setupUi(self)
        self.ui.errors.setObjectName("formErrors")
        self._filters: dict[str, object] = {}  # the filters the rows were read with
        self._broken: dict[int, str] = {}  # row id -> its problem (the chain's last check)

        def problem(e) -> str | None:
            return self._broken.get(e.id)

        # Persian throughout (services/audit_labels.py); the change in words, and in
        # the pane below as «فیلد | پیش از تغییر | پس از تغییر», never with an arrow.
        broken = {"background": lambda e: theme.DANGER_BACKGROUND if problem(e) else None, "tooltip": problem}
        cols = [
            Column("ردیف", lambda e: str(e.id), lambda e: e.id, **broken),
            Column("زمان", lambda e: e.when, lambda e: e.at, **broken),
            Column("کاربر", lambda e: e.who, **broken),
            Column("کار", lambda e: e.action_label, **broken),
            Column("نوع رکورد", lambda e: e.table_label, **broken),
            Column("رکورد", lambda e: e.record, **broken),
            Column("تغییر", lambda e: e.summary, **broken),
        ]
        self.page = RegistryPage(
            "دفتر تغییرات",
            cols,
            lambda: audit_labels.labelled_trail(uow=uow, **self._filters),
            search_hint="کاربر، رکورد یا مقدار",
            search_extra=lambda e: " ".join(f"{c.label} {c.before} {c.after}" for c in e.changes),
        )
        self.details = RecordTableModel(
            [
                Column("فیلد", lambda c: c.label),
                Column("پیش از تغییر", lambda c: c.before),
                Column("پس از تغییر", lambda c: c.after),
            ]
        )
        self.ui.details.setModel(self.details)
        self.ui.details.verticalHeader().setVisible(False)
        header = self.ui.details.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.ui.auditPanes.setStretchFactor(0, 3)
        self.ui.auditPanes.setStretchFactor(1, 2)
        self.page.record_selected.connect(self.show_change)
        self.page.add_action("خروجی CSV…", self.export, tip="ردیف‌های نمایش‌داده‌شده، در یک پرونده CSV (UTF-8)")
        self.ui.listLayout.addWidget(self.page)
        self.ui.user.activated.connect(lambda _i: self.apply_filters())
        self.ui.table.activated.connect(lambda _i: self.apply_filters())
        self.ui.since.editingFinished.connect(self.apply_filters)
        self.ui.until.editingFinished.connect(self.apply_filters)
        self.ui.applyButton.clicked.connect(lambda: self.apply_filters(again=True))
        self.ui.clearButton.clicked.connect(self.clear_filters)

    def pages(self) -> list[RegistryPage]:
        return [self.page]

    def reload(self) -> None:
        """The chain checked, the filters' choices afresh (keeping what is chosen), then the rows."""
        self.show_chain(audit_check.verify_audit(uow=self.uow))
        choices = accounts.audit_choices(uow=self.uow)
        for combo, items, everyone in (
            (self.ui.user, choices.users, "همه کاربران"),
            (self.ui.table, choices.tables, "همه رکوردها"),
        ):
            chosen = combo.currentData()
            fill_combo(combo, items, empty=everyone)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
        self.apply_filters(again=True)

    def filters(self) -> dict[str, object]:
        """What the filters say: a date typed wrong is passed as typed, for the service
        to name it in its message."""
        return {
            "username": self.ui.user.currentData(),
            "table": self.ui.table.currentData(),
            "since": self.ui.since.date() or self.ui.since.text(),
            "until": self.ui.until.date() or self.ui.until.text(),
        }

    def apply_filters(self, *, again: bool = False) -> bool:
        """Read the rows the filters choose. A wrong date is named in the message and
        nothing else happens (the rows shown stay as they were)."""
        wanted = self.filters()
        if wanted == self._filters and not again and not self.ui.errors.isVisible():
            return True  # e.g. a date field left without a change
        try:
            rows = audit_labels.labelled_trail(uow=self.uow, **wanted)
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return False
        self._show_errors([])
        for edit in (self.ui.since, self.ui.until):
            edit.set_date(edit.date())  # as the dates are shown everywhere: ۱۴۰۳/۰۷/۰۱
        self._filters = wanted
        self.page.show_rows(rows)
        return True

    def show_chain(self, report) -> None:
        """Whether the trail is whole, from which row it is chained, and the first broken
        row; red (and never hidden) when broken."""
        self._broken = {b.row_id: b.message for b in report.breaks if b.row_id is not None}
        head = f" پایان زنجیر: {report.head_short}" if report.chained else ""
        self.ui.chain.setText(("✔ " if report.whole else "⚠ ") + report.summary() + head)
        self.ui.chain.setObjectName("chainWhole" if report.whole else "formErrors")
        self.ui.chain.style().unpolish(self.ui.chain)
        self.ui.chain.style().polish(self.ui.chain)

    def show_change(self, row: AuditRow | None) -> None:
        """The change chosen, field by field: before and after side by side (and its
        problem first, when the chain says it is not as written)."""
        if row is None:
            self.ui.detailTitle.setText("تغییری برگزیده نشده است.")
            self.details.set_rows([])
            return
        title = f"{row.action_label} {row.table_label}: «{row.record}» — {row.who}، {row.when}"
        if row.id in self._broken:
            title = f"⚠ {self._broken[row.id]}.\n{title}"
        self.ui.detailTitle.setText(title)
        self.details.set_rows(list(row.changes))
        self.ui.details.resizeRowsToContents()

    def clear_filters(self) -> None:
        for combo in (self.ui.user, self.ui.table):
            combo.setCurrentIndex(0)
        for edit in (self.ui.since, self.ui.until):
            edit.setText("")
        self.apply_filters(again=True)

    def _show_errors(self, errors: list[FieldError]) -> None:
        bad = {e.field for e in errors}
        for name, edit in (("since", self.ui.since), ("until", self.ui.until)):
            edit.line.setProperty("invalid", name in bad)
            edit.line.setToolTip(next((e.message for e in errors if e.field == name), ""))
            edit.line.style().unpolish(edit.line)
            edit.line.style().polish(edit.line)
        self.ui.errors.setText("\n".join(str(e) for e in errors))
        self.ui.errors.setVisible(bool(errors))

    def export(self) -> Path | None:
        chosen, _ = files.ask_save(self, "خروجی دفتر تغییرات", "دفتر تغییرات", ".csv", "CSV (*.csv)")
        if chosen is None:
            return None
        path = chosen if chosen.suffix.lower() == ".csv" else chosen.with_name(f"{chosen.name}.csv")
        # The file keeps the stored machine names and values (for checking and for other
        # programs: docs/decisions.md «The change log»); the screen shows them in Persian.
        rows = [["زمان", "کاربر", "کار", "جدول", "رکورد", "پیش", "پس", "ردیف"]]
        rows += [  # what the filter shows
            [e.at.isoformat(sep=" "), e.username, e.action, e.table, e.record_id, str(e.before), str(e.after), str(e.id)]
            for e in self.page.visible_records()
        ]
        from qotb_desktop.reports.spreadsheets import csv_bytes  # with openpyxl: imported when it is needed

        if files.save_bytes(self, "دفتر تغییرات", path, csv_bytes(rows), confirmed=path == chosen) is None:
            return None  # refused (the database's own files, a full disk) and said, or the existing file kept
        detail = {"what": "دفتر تغییرات", "file": str(path), "format": "csv", "rows": len(rows) - 1}
        noted = audit_events.record_event(uow=self.uow, kind="export", detail=detail)
        unnoted = " (این خروجی در دفتر ثبت نشد: پایگاه داده فقط‌خواندنی است.)"
        self.message.emit(f"دفتر تغییرات در {path} نوشته شد." + ("" if noted else unnoted))
        self.reload()
        return path
