"""The command line: ``qotb`` (or ``python -m qotb_desktop``).

    qotb [--db PATH] [gui]          open the window
    qotb [--db PATH] init           create or migrate the database
    qotb [--db PATH] demo [--keep]  fill an empty database with the demo
    qotb [--db PATH] backup FILE [--force]   copy the database to FILE
    qotb [--db PATH] restore FILE   replace the database with FILE
    qotb migrate-data --from SQLITE_FILE --to POSTGRES_URL
                                    move a desk's database to an empty PostgreSQL database, verified
    qotb [--db PATH] print-samples DIR   every form the database has data for, as PDFs
    qotb [--db PATH] import FILE [--sheet S] [--report OUT]   faculty members from XLSX or CSV
    qotb [--db PATH] export evaluations --year Y [--format pdf|xlsx|csv] -o FILE [--force]
                                    the yearly evaluation summary of Jalali year Y; the format is
                                    FILE's extension, and --format, when given, must agree with it
    qotb score FILE.json            a member's score sheet as JSON (the scripting contract)
    qotb centre-check FILE.json     article 5's check of a proposed centre, as JSON
    qotb rules quorum|vote ...      note 3's quorum and majority, as JSON
    qotb [--db PATH] [--user NAME] user add NAME --role ROLE [--role ROLE] --name "..."
                                    an account with one role or several (repeat --role, or
                                    a comma list: --role administrator,secretary)
    qotb --self-test                is this installation whole? (no display needed; touches no user data)
    qotb --version

Commands that change an existing database (import, restore, demo, user) act as an
account once the database has accounts: --user NAME, the password from the
QOTB_PASSWORD variable or asked. Reading commands need none.

Exit codes: 0 done, 1 refused (the message says why, in Persian), 2 bad usage.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shlex
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from qotb_desktop import __version__, contract, output_files
from qotb_desktop.domain.accounts import authorize
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.rules import Readings
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.services import demo, maintenance
from qotb_desktop.services.reference import describe_holdings, records_held
from qotb_desktop.wiring import ENV_VAR, Store, open_store


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="qotb", description="qotb-desktop: برنامه دبیرخانه شورای قطب‌های علمی")
    p.add_argument("--version", action="version", version=f"qotb-desktop {__version__}")
    p.add_argument(
        "--self-test",
        action="store_true",
        help="آزمون سلامت نصب: پایگاه داده موقت، نمونه، امتیاز، صورت‌جلسه، قلم‌ها و پنجره (بی‌نیاز از نمایشگر)",
    )
    p.add_argument("--db", metavar="PATH", help=f"پرونده پایگاه داده (پیش‌فرض: متغیر {ENV_VAR}، وگرنه پوشه داده‌های کاربر)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("gui", help="باز کردن پنجره برنامه (پیش‌فرض)")
    sub.add_parser("init", help="ساختن یا به‌روز کردن پایگاه داده")
    d = sub.add_parser("demo", help="پر کردن پایگاه داده خالی با داده‌های نمونه")
    d.add_argument("--keep", action="store_true", help="اگر پایگاه داده خالی نیست، دست‌نخورده بماند")
    b = sub.add_parser("backup", help="ساختن پرونده پشتیبان")
    b.add_argument("file", metavar="FILE")
    b.add_argument("--force", action="store_true", help="جایگزینی پرونده‌ای که از پیش هست")
    r = sub.add_parser("restore", help="بازگرداندن پایگاه داده از پرونده پشتیبان")
    r.add_argument("file", metavar="FILE")
    md = sub.add_parser("migrate-data", help="بردن پایگاه داده یک میز (SQLite) به پایگاه داده خالی PostgreSQL، با بررسی شمارها")
    md.add_argument("--from", dest="source", required=True, metavar="SQLITE_FILE", help="پرونده پایگاه داده میز")
    md.add_argument(
        "--to",
        dest="target",
        required=True,
        metavar="POSTGRES_URL",
        help="نشانی پایگاه داده خالی روی سرور: postgresql+psycopg://USER:PASSWORD@HOST/DATABASE",
    )
    ps = sub.add_parser("print-samples", help="ساختن PDF همه فرم‌هایی که داده‌شان هست، در پوشه DIR")
    ps.add_argument("dir", metavar="DIR")
    ps.add_argument("--force", action="store_true", help="جایگزینی فرم‌هایی که از پیش در DIR هستند")
    p.add_argument(
        "--user",
        metavar="NAME",
        help="حساب کاربری برای فرمان‌هایی که پایگاه داده را تغییر می‌دهند (گذرواژه از QOTB_PASSWORD یا پرسش)",
    )
    us = sub.add_parser("user", help="ساختن حساب کاربری: user add NAME --role ROLE [--role ROLE] --name NAME")
    us.add_argument("action", choices=("add",))
    us.add_argument("username", metavar="NAME")
    us.add_argument(
        "--role",
        action="append",
        metavar="ROLE",
        help="نقش: administrator، secretary، clerk یا viewer؛ چند نقش با تکرار --role یا با ویرگول (پیش‌فرض: clerk)",
    )
    us.add_argument("--name", required=True, help="نام و نام خانوادگی")
    im = sub.add_parser("import", help="ورود اعضای هیأت علمی از پرونده Excel یا CSV")
    im.add_argument("file", metavar="FILE")
    im.add_argument("--sheet", help="نام برگه (پیش‌فرض: نخستین برگه)")
    im.add_argument("--report", metavar="OUT", help="گزارش سطرهای نادرست در این پرونده (xlsx یا csv)")
    im.add_argument("--force", action="store_true", help="جایگزینی پرونده گزارشی (OUT) که از پیش هست")
    ex = sub.add_parser("export", help="بیرون دادن داده‌ها در پرونده")
    exsub = ex.add_subparsers(dest="what", metavar="WHAT", required=True)
    ev = exsub.add_parser("evaluations", help="خلاصه ارزیابی سالانه قطب‌ها (PDF، Excel یا CSV)")
    ev.add_argument("--year", required=True, help="سال هجری شمسی (مانند ۱۴۰۳ یا 1403)")
    ev.add_argument(
        "--format",
        dest="fmt",
        metavar="pdf|xlsx|csv",
        help="قالب پرونده (پیش‌فرض: از پسوند FILE)؛ اگر FILE پسوند دارد، باید همین قالب باشد",
    )
    ev.add_argument("-o", "--output", required=True, metavar="FILE", help="پرونده‌ای که ساخته می‌شود، با پسوند .pdf، .xlsx یا .csv")
    ev.add_argument("--force", action="store_true", help="جایگزینی پرونده‌ای که از پیش هست")
    sc = sub.add_parser("score", help="امتیاز یک عضو هیأت علمی (ورودی JSON؛ - برای ورودی استاندارد)")
    sc.add_argument("file", metavar="FILE.json")
    cc = sub.add_parser("centre-check", help="بررسی شرایط تشکیل قطب (ماده ۵؛ ورودی JSON)")
    cc.add_argument("file", metavar="FILE.json")
    ru = sub.add_parser("rules", help="قاعده‌های شورا: حد نصاب و رأی (تبصره ۳)")
    rsub = ru.add_subparsers(dest="rule", metavar="RULE", required=True)
    qu = rsub.add_parser("quorum", help="آیا جلسه رسمیت دارد؟")
    qu.add_argument("--seats", type=int, required=True)
    qu.add_argument("--present", type=int, required=True)
    vo = rsub.add_parser("vote", help="آیا تصمیم تصویب شد؟")
    vo.add_argument("--present", type=int, required=True)
    vo.add_argument("--yes", type=int, required=True)
    # Every reading of the rules data, on every command of the contract (reported back).
    readings_help = {
        "majority": "خوانش «نصف به علاوه یک» (تبصره ۳)",
        "quorum_base": "پایه حد نصاب: کرسی‌های پر یا همه کرسی‌ها (تبصره ۳)",
        "row8_cap": "خوانش سقف ردیف ۸",
        "humanities_rows": "ردیف‌های ۱۲، ۱۳ و ۱۷ برای هنر",
    }
    for q in (sc, cc, qu, vo):
        for name, text in readings_help.items():
            q.add_argument(f"--{name.replace('_', '-')}", choices=Readings.CHOICES[name], help=text)
    return p


def _say(text: str) -> None:
    """Messages are Persian; numbers in them are put in Persian digits where they are
    made (``fa``), paths and file names stay as they are."""
    print(text, flush=True)


def _fail(text: str) -> int:
    print(f"خطا: {text}", file=sys.stderr, flush=True)
    return 1


fa = to_persian_digits


def _init(store: Store, _args: argparse.Namespace) -> int:
    _say(f"پایگاه داده آماده است: {store.location}")
    return 0


def _demo(store: Store, args: argparse.Namespace) -> int:
    """The demo, whole or not at all, only into a database that holds nothing of an
    office (services/demo.py); ``--keep`` leaves one that does as it is, exit 0."""
    if args.keep:
        held = records_held(uow=store.uow)
        if held:
            _say(f"پایگاه داده خالی نیست و دست‌نخورده ماند: {store.location} ({describe_holdings(held)})")
            return 0
    _sign_in(store, args)
    # The demo is the program's own example, made as the program (finalising its minutes
    # and endorsing its decisions as a secretary would): an administrator may ask for it.
    authorize(store.uow.actor, "manage_users")
    asked_by, store.uow.actor = store.uow.actor, None
    try:
        counts = demo.fill_demo(uow=store.uow)
    finally:
        store.uow.actor = asked_by
    _say(
        f"نمونه ساخته شد در {store.location}: {fa(counts['institutions'])} مؤسسه، {fa(counts['faculty'])} عضو هیأت علمی، "
        f"{fa(counts['centres'])} قطب، {fa(counts['seats'])} کرسی شورا."
    )
    return 0


def _backup(store: Store, args: argparse.Namespace) -> int:
    target = maintenance.backup(db=store.db, target=args.file, overwrite=args.force)
    _say(f"پشتیبان ساخته شد: {target}" + _noted(store, "backup", {"file": str(target)}))
    return 0


def _noted(store: Store, kind: str, detail: dict) -> str:
    """The file written is recorded in the audit trail (an event: services/audit_events);
    on a database opened read-only it cannot be, and the line says so."""
    from qotb_desktop.services import audit_events

    if audit_events.record_event(uow=store.uow, kind=kind, detail=detail):
        return ""
    return " (در دفتر تغییرات ثبت نشد: پایگاه داده فقط‌خواندنی است.)"


def _restore(store: Store, args: argparse.Namespace) -> int:
    saved = maintenance.restore(db=store.db, source=args.file, actor=store.uow.actor)
    _say(f"پایگاه داده از {args.file} بازگردانده شد." + (f" نسخه پیشین: {saved}" if saved else ""))
    return 0


def _migrate_data(args: argparse.Namespace) -> int:
    """``migrate-data --from FILE --to URL``: the desk's records to the server, every table
    counted on both sides. Needs no --db and no account (the target is empty; the
    source's accounts come with the data)."""
    try:
        done = maintenance.migrate_data(source=args.source, target=args.target)
    except maintenance.DamagedDatabase as exc:
        return _fail(_damaged(exc))
    if done.source_backup:
        _say(f"پیش از به‌روزرسانی ساختار {done.source}، نسخه‌ای از آن ساخته شد: {done.source_backup}")
    _say(_counts_table(done.report))
    _say(
        f"{fa(done.report.rows)} سطر از {done.source} به {done.target} برده شد؛ "
        "شمار سطرهای هر جدول و چکیده محتوای آن در دو سو یکی است."
    )
    if done.source_backup:
        kept = f"پرونده میز به نگارش این برنامه به‌روز شد و جز آن دست نخورد؛ نسخه پیش از به‌روزرسانی: {done.source_backup}"
    else:
        kept = "پرونده میز دست نخورد."
    _say(f"برای کار با آن، همین نشانی را به --db یا متغیر {ENV_VAR} بدهید. {kept}")
    return 0


def _counts_table(report) -> str:
    """The per-table counts of a copy, one table a line: what it holds, its name, the
    source's count, the target's."""
    head = ("جدول", "", "مبدأ", "مقصد")
    rows = [(t.label, t.table, fa(t.source_rows), fa(t.target_rows)) for t in report.tables]
    rows.append(("همه", "", fa(sum(t.source_rows for t in report.tables)), fa(report.rows)))
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(4)]
    lines = []
    for r in [head, *rows]:
        lines.append(f"{r[0]:<{widths[0]}}  {r[1]:<{widths[1]}}  {r[2]:>{widths[2]}}  {r[3]:>{widths[3]}}".rstrip())
    return "\n".join(lines)


def _restore_damaged(damaged: maintenance.DamagedDatabase, args: argparse.Namespace) -> int:
    """``restore`` over a database that does not open: the damaged file is renamed aside."""
    aside = maintenance.recover(path=damaged.path, source=args.file, what="qotb restore")
    _say(f"پایگاه داده از {args.file} بازگردانده شد." + (f" پرونده آسیب‌دیده کنار گذاشته شد: {aside}" if aside else ""))
    return 0


def _damaged(exc: maintenance.DamagedDatabase) -> str:
    """The message for a database that does not open, with the command that restores the newest good backup."""
    if exc.newest is None:
        return str(exc)
    quote = (lambda p: f'"{p}"') if os.name == "nt" else shlex.quote
    return f"{exc}\nبرای بازگردانی آن: qotb --db {quote(str(exc.path))} restore {quote(str(exc.newest.path))}"


def _print_samples(store: Store, args: argparse.Namespace) -> int:
    """Every form the database has data for, one PDF each, in DIR. An existing file is
    replaced only with --force (checked for every form before any is written); each is
    written whole (output_files)."""
    from qotb_desktop import documents  # reportlab is loaded only when printing

    out = Path(args.dir).expanduser()
    if out.exists() and not out.is_dir():
        raise DomainError(f"{out} پرونده است، نه پوشه؛ نام پوشه‌ای را بدهید که فرم‌ها در آن ساخته شوند.")
    papers = list(documents.available(uow=store.uow))
    if out.is_dir():  # refused before anything is written: a database's files, names taken
        for doc in papers:
            output_files.check_target(out / doc.filename, overwrite=args.force)
    else:
        output_files.check_target(out / "_", overwrite=args.force)  # not inside the backups folder
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DomainError(f"پوشه {out} ساخته نشد: {output_files.why_not_written(exc, out / '_')}") from None
    made = 0
    for doc in papers:
        written = output_files.write_bytes(out / doc.filename, doc.render(), overwrite=args.force)
        _say(f"{written}  ({doc.title})")
        made += 1
    detail = {"what": "نمونه فرم‌ها", "file": str(out), "format": "pdf", "rows": made}
    _say(f"{fa(made)} فرم در {out} ساخته شد." + _noted(store, "export", detail))
    return 0


def _import(store: Store, args: argparse.Namespace) -> int:
    """Imports the good rows with the guessed columns; exit 1 when some rows were refused.

    The report (--report OUT) is checked before anything is imported: never a database's
    file, an existing one only with --force. The automatic copy is made only when some
    row will be written: a file whose every row is refused changes nothing and needs none."""
    from qotb_desktop.reports.spreadsheets import error_report_csv, error_report_xlsx
    from qotb_desktop.services.importing import import_faculty, preview_faculty_import
    from qotb_desktop.services.sheets import read_spreadsheet

    report_to = output_files.check_target(args.report, overwrite=args.force) if args.report else None
    book = read_spreadsheet(path=args.file, sheet=args.sheet)
    if preview_faculty_import(uow=store.uow, spreadsheet=book, mapping=book.guessed_mapping).good:
        # a server database too: its copy goes to the user's data folder
        made = maintenance.automatic_backup(db=store.db)
        _say(f"پیش از تغییر، نسخه پشتیبان ساخته شد: {made.path}")
    result = import_faculty(uow=store.uow, spreadsheet=book, mapping=book.guessed_mapping)
    _say(f"{fa(result.imported)} عضو وارد شد؛ {fa(len(result.rejected))} سطر نادرست وارد نشد.")
    for row in result.rejected:
        _say(f"  سطر {fa(row.line)}: {'؛ '.join(row.messages)}")
    if result.rejected and report_to is not None:
        report = error_report_csv if report_to.suffix.lower() == ".csv" else error_report_xlsx
        written = output_files.write_bytes(report_to, report(book.column_names, result.rejected), overwrite=args.force)
        _say(f"گزارش سطرهای نادرست: {written}")
    return 1 if result.rejected else 0


def _jalali_year(text: str) -> int:
    """A Jalali year of four digits (Persian, Arabic or Latin), not after this year."""
    from qotb_desktop.domain.dates import jalali_year, today
    from qotb_desktop.domain.text import to_latin_digits

    value = to_latin_digits(str(text)).strip()
    if not (len(value) == 4 and value.isdigit() and 1300 <= int(value) <= 1499):
        raise DomainError(f"سال «{text}» درست نیست؛ سال هجری شمسی را چهاررقمی بنویسید (مانند ۱۴۰۳).")
    if int(value) > jalali_year(today()):
        raise DomainError(f"سال {fa(value)} هنوز نیامده است.")
    return int(value)


def _export(store: Store, args: argparse.Namespace) -> int:
    """``export evaluations``: the yearly evaluation summary as PDF, XLSX or CSV."""
    from qotb_desktop import documents  # reportlab and openpyxl are loaded only when exporting

    year = _jalali_year(args.year)
    target = Path(args.output).expanduser()
    if target.is_dir() or args.output.endswith(("/", os.sep)):
        raise DomainError(f"{target} یک پوشه است؛ نام پرونده را هم بنویسید (مانند {target / f'evaluations-{year}.pdf'}).")
    # Never a database's file, an existing one only with --force (said first: it matters most).
    output_files.check_target(target, overwrite=args.force)
    suffix = target.suffix.strip(".").lower()
    if args.fmt is None and not suffix:
        raise DomainError("قالب پرونده را با --format بنویسید (pdf، xlsx یا csv)، یا پسوند پرونده را یکی از این‌ها بگذارید.")
    fmt = documents.export_format(args.fmt if args.fmt is not None else target.suffix)
    if suffix and suffix != fmt:  # an Excel file named .csv opens as garbage, or not at all
        raise DomainError(
            f"پسوند پرونده {target.name} با قالب {fmt} نمی‌خواند؛ نام را با پسوند .{fmt} بنویسید، "
            "یا --format را بردارید تا قالب از پسوند گرفته شود."
        )
    # Written whole: a full disk leaves nothing under the name asked for.
    with output_files.whole(target, overwrite=args.force) as tmp:
        documents.export_evaluations(uow=store.uow, year=year, fmt=fmt, path=tmp)
    detail = {"what": f"خلاصه ارزیابی سال {fa(year)}", "file": str(target), "format": fmt}
    _say(f"خلاصه ارزیابی سال {fa(year)} ساخته شد: {target}" + _noted(store, "export", detail))
    return 0


def _gui(store: Store, _args: argparse.Namespace) -> int:
    from qotb_desktop.gui.app import run  # Qt is loaded only when a window is wanted

    return run(store)


# Commands that change an existing database act as an account (--user) once the
# database has accounts; reading ones need none (issue 9).
ACCOUNTED = {"import", "restore", "user"}  # and demo, when it would fill (see _demo)
PASSWORD_VAR = "QOTB_PASSWORD"


def _sign_in(store: Store, args: argparse.Namespace) -> None:
    """Log in as ``--user`` (the password from QOTB_PASSWORD, else asked) and act as that
    account. A database with no account yet needs none (there is no one to be)."""
    from qotb_desktop.services import accounts

    if not accounts.has_accounts(uow=store.uow):
        return
    if not args.user:
        raise DomainError(f"«qotb {args.command}» پایگاه داده را تغییر می‌دهد؛ با --user نام کاربری خود را بدهید.")
    password = os.environ.get(PASSWORD_VAR)
    if password is None:
        import getpass

        password = getpass.getpass(f"گذرواژه {args.user}: ")
    store.uow.actor = accounts.login(uow=store.uow, username=args.user, password=password)


def _user(store: Store, args: argparse.Namespace) -> int:
    """``qotb user add NAME --role R [--role R2] --name "..."``: one role or several
    (repeated, or a comma list; clerk when none is given). The first account is an
    administrator; later ones are made by an administrator (--user). The new password
    from QOTB_NEW_PASSWORD, else asked twice."""
    import getpass

    from qotb_desktop.domain.accounts import role_keys
    from qotb_desktop.services import accounts

    roles = role_keys(",".join(args.role or ["clerk"]))
    password = os.environ.get("QOTB_NEW_PASSWORD")
    repeat = password
    if password is None:
        password = getpass.getpass(f"گذرواژه تازه {args.username}: ")
        repeat = getpass.getpass("تکرار گذرواژه: ")
    if not accounts.has_accounts(uow=store.uow):
        if "administrator" not in roles:
            raise DomainError(
                "نخستین کاربر مدیر سامانه است: --role administrator بدهید (دبیر هم هست؟ --role administrator,secretary)."
            )
        accounts.create_first_administrator(
            uow=store.uow, username=args.username, full_name=args.name, password=password, repeat=repeat, roles=roles
        )
    else:
        accounts.add_user(
            uow=store.uow, username=args.username, full_name=args.name, roles=roles, password=password, repeat=repeat
        )
    _say(f"کاربر {args.username} ساخته شد.")
    return 0


STORELESS = {"score": contract.score, "centre-check": contract.centre_check, "rules": contract.rules}

COMMANDS = {
    "gui": _gui,
    "init": _init,
    "demo": _demo,
    "backup": _backup,
    "restore": _restore,
    "print-samples": _print_samples,
    "import": _import,
    "export": _export,
    "user": _user,
}

# Commands that change the database hold its lock (a second window or such a command
# is refused while one runs); reading ones (backup, export, print-samples) do not, and
# read a consistent snapshot beside an open window. See docs/decisions.md.
LOCKING = {"gui", "init", "demo", "import", "restore", "user"}
# Commands that only read: a database this user may not write is opened read-only for them.
READING = {"backup", "export", "print-samples"}
# import makes an automatic copy before it writes (_import); restore and migrations make
# their own; demo only fills an empty database.
INTERRUPTED = 130  # the exit code of a command stopped by Ctrl-C (128 + SIGINT)


def _os_error(exc: OSError, fallback: object = "") -> str:
    """An OSError the program did not expect, in Persian, naming the file."""
    name = exc.filename or fallback
    return f"خواندن یا نوشتن پرونده {name} انجام نشد ({exc.strerror or exc}). چیزی نیمه‌کاره نوشته نشد."


def _guarded(work, *args) -> int:
    try:
        return work(*args)
    except DomainError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(_os_error(exc))


def _window_start_failed(exc: DomainError) -> bool:
    """The window's database did not open: a dialog says why (a window has no console),
    and offers the newest good backup for a damaged file. True when it was restored."""
    from qotb_desktop.gui.recovery import start_failed  # Qt is loaded only when a window is wanted

    return start_failed(exc)


def main(argv: Sequence[str] | None = None) -> int:
    """The command line. Ctrl-C stops a command cleanly: what it was writing is rolled
    back or removed (one transaction; files written whole), one Persian line says so,
    no traceback, exit 130; a second Ctrl-C does not cut that clean-up short."""
    args = _parser().parse_args(argv)
    with _interruptible():
        try:
            return _main(args)
        except KeyboardInterrupt:
            command = args.command or "gui"
            print(
                f"«qotb {command}» با Ctrl+C بازایستاد؛ کاری که نیمه‌تمام بود نوشته نشد و آنچه پیش‌تر ثبت شده بود سالم است.",
                file=sys.stderr,
                flush=True,
            )
            return INTERRUPTED


@contextlib.contextmanager
def _interruptible() -> Iterator[None]:
    """Ctrl-C raises KeyboardInterrupt once; then further Ctrl-C are ignored until the
    command has cleaned up (the handler is put back when it returns)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(_signum, _frame) -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _main(args: argparse.Namespace) -> int:
    if args.self_test:
        from qotb_desktop import selftest

        return selftest.run()
    if args.command in STORELESS:  # the scripting contract needs no database
        return STORELESS[args.command](args)
    if args.command == "migrate-data":  # two databases, neither of them --db
        return _guarded(_migrate_data, args)
    command = args.command or "gui"
    what = "پنجره برنامه" if command == "gui" else f"qotb {command}"
    for attempt in range(2):  # the window may restore a damaged database and open it again
        try:
            store = open_store(args.db, exclusive=command in LOCKING, what=what, reading=command in READING)
            break
        except maintenance.DamagedDatabase as exc:
            if command == "restore":
                return _guarded(_restore_damaged, exc, args)
            if command == "gui" and attempt == 0 and _window_start_failed(exc):
                continue
            return _fail(_damaged(exc))
        except DomainError as exc:
            if command == "gui":
                _window_start_failed(exc)
            return _fail(str(exc))
        except OSError as exc:
            return _fail(f"پرونده {exc.filename or args.db} باز نشد ({exc.strerror or exc}).")
    else:
        return 1
    try:
        if store.migration_backup:
            _say(f"پیش از به‌روزرسانی ساختار پایگاه داده، نسخه‌ای از آن ساخته شد: {store.migration_backup}")
        if store.read_only:
            _say(f"پایگاه داده {store.location} فقط برای خواندن باز شد ({store.db.read_only_why}).")
        if command in ACCOUNTED:
            _sign_in(store, args)
        return COMMANDS[command](store, args)
    except maintenance.DamagedDatabase as exc:
        return _fail(_damaged(exc))
    except DomainError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(_os_error(exc))
    finally:
        store.close()
