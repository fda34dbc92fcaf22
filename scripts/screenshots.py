#!/usr/bin/env python3
"""Open the window offscreen on a fresh demo database and save a PNG of every screen.

    python scripts/screenshots.py [OUT_DIR]     # default: build/screens

For a person to look at: Persian shaped and right to left, nothing clipped.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import openpyxl  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from qotb_desktop.gui import background  # noqa: E402
from qotb_desktop.gui.app import make_app  # noqa: E402
from qotb_desktop.gui.main_window import MainWindow  # noqa: E402
from qotb_desktop.services.demo import fill_demo  # noqa: E402
from qotb_desktop.wiring import open_store  # noqa: E402


def settle(app, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


class Shots:
    """Numbers the pictures in the order they are taken: 01-dashboard.png, 02-..."""

    def __init__(self, out: Path):
        self.out, self.n = out, 0

    def __call__(self, widget, name: str) -> None:
        self.n += 1
        path = self.out / f"{self.n:02d}-{name}.png"
        widget.grab().save(str(path))
        print(path)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "build/screens")
    out.mkdir(parents=True, exist_ok=True)
    shot = Shots(out)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "demo.sqlite"))
        fill_demo(uow=store.uow)
        from qotb_desktop.services import accounts

        word = "گذرواژه-نمونه"
        accounts.create_first_administrator(uow=store.uow, username="admin", full_name="مدیر دبیرخانه", password=word)
        store.uow.actor = accounts.login(uow=store.uow, username="admin", password=word)
        accounts.add_user(uow=store.uow, username="m.ahmadi", full_name="مریم احمدی", roles="secretary", password=word)
        accounts.add_user(uow=store.uow, username="r.karimi", full_name="رضا کریمی", roles="clerk", password=word)
        app = make_app()
        window = MainWindow(
            store.uow, location=store.location, settings=QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        )
        window.resize(1280, 800)
        window.show()
        for key in window.screens:
            window.show_screen(key)
            app.processEvents()
            shot(window, key)
        # The entry dialogs, one of them showing inline errors.
        shots = [
            ("faculty", lambda sc: sc.edit_current() if sc.page.select_record(lambda r: True) else None, "faculty-edit"),
            ("faculty", lambda sc: sc.new_record(), "faculty-new-errors"),
            ("centres", lambda sc: sc.edit_current(), "centre-edit"),
            ("centres", lambda sc: sc.add_member(), "membership-new"),
            ("council", lambda sc: sc.new_record(), "term-new"),
        ]
        for key, opener, name in shots:
            window.show_screen(key)
            dialog = opener(window.screens[key])
            if name.endswith("errors"):
                dialog.ui.national_code.setText("۰۴۹۹۳۷۰۸۹۸")
                dialog.ui.first_name.setText("123")
                dialog.accept()
            settle(app, 0.2)
            shot(dialog, name)
            dialog.done(0)
        # The calculator and the centre check.
        window.show_screen("scoring")
        scoring_screen = window.screens["scoring"]
        scoring_screen.ui.member.setCurrentIndex(3)
        scoring_screen._member_chosen()
        settle(app, 0.2)
        shot(window, "scoring-member")
        dialog = scoring_screen.new_record()
        dialog.ui.row.setCurrentIndex(dialog.ui.row.findData(8))
        settle(app, 0.2)
        shot(dialog, "activity")
        dialog.done(0)
        window.show_screen("centre_check")
        check = window.screens["centre_check"]
        check.ui.centre.setCurrentIndex(1)
        check._centre_chosen()
        settle(app, 0.2)
        shot(window, "centre-check-approved")
        dialog = window.screens["centre_check"].edit_program()
        settle(app, 0.2)
        shot(dialog, "program")
        dialog.done(0)
        # The annual evaluation: the year view on the centre recommended for dissolution,
        # its locked report and closed evaluation, the reopening; then a new year typed.
        window.show_screen("evaluations")
        evaluation = window.screens["evaluations"]
        doomed = next(r for r in evaluation.list.visible_records() if r.level == "dissolution")
        evaluation.choose(doomed.centre_id, evaluation.year())
        settle(app, 0.2)
        shot(window, "evaluations-dissolution")
        for opener, name in (
            (evaluation.edit_report, "annual-report-locked"),
            (evaluation.evaluate, "evaluation-closed"),
            (evaluation.reopen, "evaluation-reopen"),
        ):
            dialog = opener()
            settle(app, 0.2)
            shot(dialog, name)
            dialog.done(0)
        fine = next(r for r in evaluation.list.visible_records() if r.level == "none")
        evaluation.choose(fine.centre_id, evaluation.ui.year.itemData(0))  # this year: nothing recorded yet
        dialog = evaluation.edit_report()
        dialog.ui.papers.setText("دوازده")
        dialog.areas["7-1"].setPlainText("یک روش اندازه‌گیری تازه در آزمایشگاه قطب ثبت شد.")
        dialog.accept()
        settle(app, 0.2)
        shot(dialog, "annual-report-errors")
        dialog.done(0)
        dialog = evaluation.evaluate()
        for field, typed in zip(dialog.scores.values(), ("۹", "۷", "۶٫۵", "۸"), strict=False):
            field.setText(typed)
        settle(app, 0.2)
        shot(dialog, "evaluation-typing")
        for field in list(dialog.scores.values())[4:]:
            field.setText("۵")
        dialog.ui.evaluators.setText("کارگروه تخصصی گروه علوم پایه")
        settle(app, 0.2)
        shot(dialog, "evaluation-verdict")
        dialog.done(0)
        # The import, on a small file with a bad row.
        book = openpyxl.Workbook()
        for row in [
            ["کد ملی", "نام", "نام خانوادگی", "مرتبه علمی", "دانشگاه", "رشته"],
            ["0499370899", "مریم", "کاظمی‌نژاد", "دانشیار", "دانشگاه تهران", "شیمی"],
            ["0499370898", "علی", "کریمی", "استاد", "دانشگاه تهران", "فیزیک"],
            ["0790419904", "رضا", "نوری", "مربی", "دانشگاه کیش", "ریاضی و آمار"],
        ]:
            book.active.append(row)
        book.save(Path(tmp) / "اعضا.xlsx")
        window.show_screen("faculty")
        dialog = window.screens["faculty"].import_file()
        dialog.resize(1000, 640)
        dialog.open_file(str(Path(tmp) / "اعضا.xlsx"))
        while background.busy() or dialog.preview is None:
            settle(app, 0.05)
        settle(app, 0.2)
        shot(dialog, "import")
        dialog.done(0)
        window.show_screen("reports")
        window.screens["reports"].preview()
        while window.screens["reports"].last_preview is None:
            settle(app, 0.05)
        dialog = window.screens["reports"].last_preview
        dialog.resize(900, 1000)
        settle(app, 1.5)  # QPdfView renders pages on a thread of its own
        shot(dialog, "preview")
        dialog.close()
        from qotb_desktop.gui.login import AccountDialog, LoginDialog

        login = LoginDialog(store.uow, username="r.karimi")
        login.ui.password.setText("wrong")
        login.accept()  # shows the refusal
        login.show()
        settle(app, 0.2)
        shot(login, "login-refused")
        login.done(0)
        first = AccountDialog(store.uow, first=True)
        first.show()
        settle(app, 0.2)
        shot(first, "first-administrator")
        first.done(0)
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
