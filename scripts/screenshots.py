#!/usr/bin/env python3
"""Open the window offscreen on a fresh demo database and save a PNG of every screen
and every dialog, on the screens clerks have.

    python scripts/screenshots.py [OUT_DIR]     # default: build/screens; three folders:
        1366x768/  1920x1080/  1366x768-150/    # a laptop, a desk monitor, the laptop at 150%
    python scripts/screenshots.py OUT_DIR --size 1366x768 [--scale 1.5]   # one screen, into OUT_DIR

The screen is Qt's offscreen screen of that size (its configfile option) and the scaling
QT_SCALE_FACTOR, both fixed when Qt starts: the three folders are three processes. The
window opens as the program opens it (maximised on the laptop).

For a person to look at: Persian shaped and right to left, nothing clipped.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import openpyxl  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402

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


SCREENS = [("1366x768", "1366x768", 1.0), ("1920x1080", "1920x1080", 1.0), ("1366x768-150", "1366x768", 1.5)]


def main() -> int:
    parser = argparse.ArgumentParser(description="A PNG of every screen and dialog on the demo data.")
    parser.add_argument("out", nargs="?", default="build/screens")
    parser.add_argument("--size", help="the screen, WIDTHxHEIGHT (default: the three screens, each in its folder)")
    parser.add_argument("--scale", type=float, default=1.0, help="QT_SCALE_FACTOR, e.g. 1.25 or 1.5")
    args = parser.parse_args()
    out = Path(args.out)
    if args.size is None:
        for folder, size, scale in SCREENS:  # the scaling is fixed when Qt starts: a process each
            done = subprocess.run([sys.executable, __file__, str(out / folder), "--size", size, "--scale", str(scale)])
            if done.returncode:
                return done.returncode
        return 0
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        width, height = (int(n) for n in args.size.lower().split("x"))
        screen = Path(tmp) / "screen.json"
        screen.write_text(
            json.dumps({"screens": [{"name": "desk", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96}]})
        )
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"  # read when the application is made
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
        code = shoot(out, tmp)
    return code


def shoot(out: Path, tmp: str) -> int:
    shot = Shots(out)
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
    window.show()  # as the program opens it: maximised on a small screen
    settle(app, 0.5)
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
        ("institutions", lambda sc: sc.new_record(), "institution-new"),
        ("centres", lambda sc: sc.new_record(), "centre-new"),
        ("centres", lambda sc: sc.dissolve(), "centre-dissolve-date"),
        ("meetings", lambda sc: sc.new_record(), "meeting-new"),
        ("meetings", lambda sc: sc.add_item(), "agenda-item"),
        ("meetings", lambda sc: _first_item(sc) and sc.decide(), "decision"),
        ("meetings", lambda sc: _first_item(sc) and sc.follow_up(), "follow-up"),
        ("meetings", lambda sc: _finalised(sc) and sc.amend(), "amendment"),
        ("users", lambda sc: sc.new_record(), "account-new"),
    ]
    for key, opener, name in shots:
        window.show_screen(key)
        settle(app, 0.1)
        dialog = opener(window.screens[key])
        if not dialog:
            print(f"(no {name}: nothing to open it on)")
            continue
        if name.endswith("errors"):
            dialog.ui.national_code.setText("۰۴۹۹۳۷۰۸۹۸")
            dialog.ui.first_name.setText("123")
            dialog.accept()
        settle(app, 0.2)
        shot(dialog, name)
        dialog.done(0)
    # The application's first review by the scientific group of its field (4-2-1): its
    # serving members as check boxes, two ticked.
    window.show_screen("centres")
    centres_screen = window.screens["centres"]
    if centres_screen.centres.select_record(lambda r: r.status in ("applicant", "under_review")):
        dialog = centres_screen.review_application()
        for i in range(min(2, dialog.ui.member_ids.count())):
            dialog.ui.member_ids.item(i).setCheckState(Qt.CheckState.Checked)
        dialog.ui.note.setPlainText("مدارک درخواست کامل است؛ بازدید از قطب پیشنهاد می‌شود.")
        settle(app, 0.2)
        shot(dialog, "application-review")
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
    if dialog.registered:  # the registry's working group of the centre's group: two of its members ticked
        for i in range(min(2, dialog.ui.member_ids.count())):
            dialog.ui.member_ids.item(i).setCheckState(Qt.CheckState.Checked)
    else:
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
    room = dialog.screen().availableGeometry()
    dialog.resize(min(900, room.width()), min(1000, room.height() - 40))
    settle(app, 1.5)  # QPdfView renders pages on a thread of its own
    shot(dialog, "preview")
    dialog.close()
    # The rules screen: a reading changed by the administrator, another picked and not yet
    # saved; then as the clerk sees it (read only). Last: a reading changes what follows.
    from qotb_desktop.services import readings

    readings.set_reading(uow=store.uow, key="quorum_base", value="all_seats")
    window.show_screen("rules")
    rules = window.screens["rules"]
    rules.boxes["row8_cap"].buttons["row_total"].setChecked(True)
    settle(app, 0.2)
    shot(window, "rules-admin")
    admin = store.uow.actor
    store.uow.actor = accounts.login(uow=store.uow, username="r.karimi", password=word)
    rules.reload()
    window.where.setText(window.where_text())
    settle(app, 0.2)
    shot(window, "rules-clerk")
    store.uow.actor = admin
    window.where.setText(window.where_text())
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
    _funding(app, window, shot)
    _calls(app, window, shot)
    window.close()
    store.close()
    return 0


def _funding(app, window, shot) -> None:
    """Article 12: the year's line typed (a refusal shown), the worksheet computed with a
    share set by hand, approved; an institution's matching short, on the dashboard."""
    from qotb_desktop.domain.dates import jalali_year, today
    from qotb_desktop.services import funding

    uow, year = window.screens["funding"].uow, jalali_year(today())
    window.show_screen("funding")
    screen = window.screens["funding"]
    screen.choose(year)
    dialog = screen.new_record()
    dialog.ui.amount.setText("-۵")
    dialog.accept()  # refused on its field
    settle(app, 0.2)
    shot(dialog, "funding-entry-errors")
    dialog.ui.amount.setText("۱۲۰٬۰۰۰")
    dialog.ui.reference.setText("قانون بودجه")
    dialog.accept()
    funding.add_budget_entry(uow=uow, year=year, kind="organisation", amount="۲٬۵۰۰", recorded_on=dialog.ui.recorded_on.text(),
                             source="وزارت نیرو")  # fmt: skip
    screen.reload()
    screen.compute()
    a, b = screen.sheet.shares[:2]
    funding.adjust_share(uow=uow, allocation_id=b.id, amount=b.amount - 1_500_000_000, reason="برنامه کوچک‌تر از برآورد")
    screen.reload()
    screen.shares.select_record(lambda r: r.id == a.id)
    dialog = screen.adjust()
    settle(app, 0.2)
    shot(dialog, "funding-share")
    dialog.done(0)
    shot(window, "funding-draft")
    funding.adjust_share(uow=uow, allocation_id=a.id, amount=a.amount + 1_500_000_000, reason="برنامه بزرگ‌تر")
    funding.approve_allocation(uow=uow, year=year)
    funding.record_matching(uow=uow, allocation_id=a.id, provided=a.amount, provided_on=jalali_today())
    screen.reload()
    screen.shares.select_record(lambda r: r.id == b.id)
    dialog = screen.matching()
    dialog.ui.provided.setText("۱۰٬۰۰۰")
    settle(app, 0.2)
    shot(dialog, "funding-matching")
    dialog.accept()
    settle(app, 0.2)
    shot(window, "funding-approved")
    window.show_screen("dashboard")
    while window.screens["dashboard"].loading:
        settle(app, 0.05)
    settle(app, 0.2)
    shot(window, "dashboard-funding")


def _calls(app, window, shot) -> None:
    """12-3: last year's project in its stages; a call of this year, a proposal, its review,
    an agreement whose stages do not add up, a stage's report approved, a payment over the
    stage refused; the registry of who reviews; the dashboard's lines of the stages."""
    from PySide6.QtWidgets import QTableWidgetItem

    from qotb_desktop.domain.dates import jalali_year, today
    from qotb_desktop.services import call_views

    screen, uow, year = window.screens["calls"], window.screens["calls"].uow, jalali_year(today())
    last = call_views.list_calls(uow=uow, year=year - 1)[0]
    waiting = next(s for s in last.proposals[0].stages if s.report_received_on and not s.report_approved_on)
    window.show_screen("calls")
    screen.choose_stage(waiting.id)
    settle(app, 0.2)
    shot(window, "calls-last-year")
    dialog = screen.approve_report()
    body = dialog.ui.body_id
    body.setCurrentIndex(1)
    dialog.ui.member_ids.item(0).setCheckState(dialog.ui.member_ids.item(0).checkState().Checked)
    settle(app, 0.2)
    shot(dialog, "call-stage-approval")
    dialog.accept()
    dialog = screen.pay()
    dialog.ui.amount.setText("۵٬۰۰۰")
    dialog.accept()  # over the stage's amount: refused on its field
    settle(app, 0.2)
    shot(dialog, "call-payment-refused")
    dialog.done(0)
    screen.ui.year.setCurrentIndex(screen.ui.year.findData(year))
    screen.reload()
    dialog = screen.new_record()
    dialog.ui.title.setText("فراخوان ستاپ قطب‌های علمی امسال")
    dialog.ui.budget.setText("۱۰٬۰۰۰")
    dialog.ui.deadline.setText(jalali_today())
    for row, (topic, decision) in enumerate((("هوش مصنوعی در کشاورزی", "مصوبه ۱۴۰۵/۲"), ("انرژی‌های تجدیدپذیر", "مصوبه ۱۴۰۵/۲"))):
        dialog.ui.topics.setItem(row, 0, QTableWidgetItem(topic))
        dialog.ui.topics.setItem(row, 1, QTableWidgetItem(decision))
    settle(app, 0.2)
    shot(dialog, "call-new")
    dialog.accept()
    dialog = screen.new_proposal()
    dialog.ui.centre_id.setCurrentIndex(1)
    dialog.ui.partners.item(1).setCheckState(dialog.ui.partners.item(1).checkState().Checked)
    dialog.ui.topic_id.setCurrentIndex(1)
    dialog.ui.title.setText("پایش هوشمند آبیاری")
    dialog.ui.cost.setText("۴٬۰۰۰")
    settle(app, 0.2)
    shot(dialog, "call-proposal")
    dialog.accept()
    dialog = screen.review()
    dialog.ui.body_id.setCurrentIndex(1)
    for i in range(2):
        dialog.ui.member_ids.item(i).setCheckState(dialog.ui.member_ids.item(i).checkState().Checked)
    dialog.accept()  # the criteria and the decision not given: refused on their fields
    settle(app, 0.2)
    shot(dialog, "call-review-errors")
    for name, widget in dialog.widgets().items():
        if name.startswith("mark_") and not name.endswith("_note"):
            widget.setCurrentIndex(1)
    dialog.ui.decision.setCurrentIndex(dialog.ui.decision.findData("selected"))
    dialog.accept()
    dialog = screen.agreement()
    dialog.ui.number.setText("ت/۱۴۰۵/۲۱")
    for row, (title, what, amount) in enumerate(
        (("طراحی", "گزارش طراحی", "۱٬۵۰۰"), ("ساخت نمونه", "نمونه و گزارش آزمون", "۲٬۰۰۰"))
    ):
        dialog.ui.stages.setItem(row, 0, QTableWidgetItem(title))
        dialog.ui.stages.cellWidget(row, 1).setText(jalali_today())
        dialog.ui.stages.setItem(row, 2, QTableWidgetItem(what))
        dialog.ui.stages.setItem(row, 3, QTableWidgetItem(amount))
    dialog.accept()  # 3,500 of 4,000: refused
    settle(app, 0.2)
    shot(dialog, "call-agreement-errors")
    dialog.done(0)
    screen.reload()
    settle(app, 0.2)
    shot(window, "calls-this-year")
    _supports(app, window, shot)

    window.show_screen("review_bodies")
    registry = window.screens["review_bodies"]
    registry.bodies.select_record(lambda b: b.kind == "working_group")
    settle(app, 0.2)
    shot(window, "review-bodies")
    dialog = registry.new_record()
    dialog.accept()  # empty: refused on its fields
    settle(app, 0.2)
    shot(dialog, "review-body-errors")
    dialog.done(0)
    dialog = registry.add_member()
    settle(app, 0.2)
    shot(dialog, "review-member")
    dialog.done(0)

    window.show_screen("dashboard")
    while window.screens["dashboard"].loading:
        settle(app, 0.05)
    settle(app, 0.2)
    shot(window, "dashboard-calls")


def _supports(app, window, shot) -> None:
    """Note 16 on the calls screen's tab: a support with one centre refused on its field,
    then with two, listed under what is left of the calls' half."""
    from PySide6.QtCore import Qt

    screen = window.screens["calls"]
    dialog = screen.new_support()
    dialog.ui.title.setText("پایش کیفیت آب شرب شهرهای کم‌آب")
    dialog.ui.organisation.setText("شرکت مهندسی آب و فاضلاب کشور")
    dialog.ui.contract_number.setText("ق/۱۴۰۵/۳۳")
    dialog.ui.contract_on.setText(jalali_today())
    dialog.ui.contract_amount.setText("۸٬۰۰۰")
    dialog.ui.support.setText("۲٬۵۰۰")
    dialog.ui.note.setPlainText("هزینه پروژه را دستگاه اجرایی می‌پردازد.")
    dialog.ui.centre_ids.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.accept()  # one centre: refused on its field
    settle(app, 0.2)
    shot(dialog, "contract-support-errors")
    dialog.ui.centre_ids.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    settle(app, 0.2)
    shot(window, "calls-supports")
    screen.tabs.setCurrentIndex(0)


def jalali_today() -> str:
    from qotb_desktop.domain.dates import format_jalali, today

    return format_jalali(today())


def _first_item(screen) -> bool:
    """The draft meeting's first agenda item, selected (the demo's draft meeting)."""
    screen.list.select_record(lambda m: m.state == "draft")
    if not screen.items.rowCount():
        return False
    screen.ui.items.setCurrentIndex(screen.items.index(0, 0))
    return True


def _finalised(screen) -> bool:
    return screen.list.select_record(lambda m: m.state == "finalised")


if __name__ == "__main__":
    raise SystemExit(main())
