"""The commands of ``qotb`` (the package's ``main`` calls ``run``): which database, which
account, the lock, what each command does and says. The usage: cli/__init__.py."""

from __future__ import annotations

import argparse
import os
import shlex
from collections.abc import Sequence

from qotb_desktop.cli import files, hold_interrupts, parser, printing, publications
from qotb_desktop.cli.talk import fa, fail, say
from qotb_desktop.domain.accounts import authorize
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.services import maintenance
from qotb_desktop.wiring import ENV_VAR, Store, open_store


def _init(store: Store, _args: argparse.Namespace) -> int:
    say(f"پایگاه داده آماده است: {store.location}")
    return 0


def _demo(store: Store, args: argparse.Namespace) -> int:
    """The demo, whole or not at all, only into a database that holds nothing of an
    office (services/demo.py); ``--keep`` leaves one that does as it is, exit 0."""
    from qotb_desktop.services import demo  # lazy: the demo's chain is not every command's start (issue 21)
    from qotb_desktop.services.reference import describe_holdings, records_held

    if args.keep:
        held = records_held(uow=store.uow)
        if held:
            say(f"پایگاه داده خالی نیست و دست‌نخورده ماند: {store.location} ({describe_holdings(held)})")
            return 0
    _sign_in(store, args)
    # The demo is the program's own example, made as the program (finalising its minutes
    # and endorsing its decisions as a secretary would): an administrator may ask for it.
    authorize(store.uow.actor, "manage_users")
    asked_by, store.uow.actor = store.uow.actor, None
    try:
        counts = demo.fill_demo(uow=store.uow, before_commit=hold_interrupts)
    finally:
        store.uow.actor = asked_by
    say(
        f"نمونه ساخته شد در {store.location}: {fa(counts['institutions'])} مؤسسه، {fa(counts['faculty'])} عضو هیأت علمی، "
        f"{fa(counts['centres'])} قطب، {fa(counts['seats'])} کرسی شورا."
    )
    return 0


def _restore(store: Store, args: argparse.Namespace) -> int:
    foreign = not maintenance.is_own_backup(db=store.db, source=args.file)
    saved = maintenance.restore(db=store.db, source=args.file, actor=store.uow.actor)
    say(f"پایگاه داده از {args.file} بازگردانده شد." + (f" نسخه پیشین: {saved}" if saved else ""))
    if foreign:
        say("این پرونده پشتیبان پایگاه داده دیگری بود (یا از پیش از نگارش ۰٫۷)؛ حساب‌ها و داده‌های آن اکنون در کارند.")
    return 0


def _migrate_data(args: argparse.Namespace) -> int:
    """``migrate-data --from FILE --to URL``: the desk's records to the server, every table
    counted on both sides. Needs no --db and no account (the target is empty; the
    source's accounts come with the data)."""
    try:
        done = maintenance.migrate_data(source=args.source, target=args.target)
    except maintenance.DamagedDatabase as exc:
        return fail(_damaged(exc))
    if done.source_backup:
        say(f"پیش از به‌روزرسانی ساختار {done.source}، نسخه‌ای از آن ساخته شد: {done.source_backup}")
    say(_counts_table(done.report))
    say(
        f"{fa(done.report.rows)} سطر از {done.source} به {done.target} برده شد؛ "
        "شمار سطرهای هر جدول و چکیده محتوای آن در دو سو یکی است."
    )
    if done.source_backup:
        kept = f"پرونده میز به نگارش این برنامه به‌روز شد و جز آن دست نخورد؛ نسخه پیش از به‌روزرسانی: {done.source_backup}"
    else:
        kept = "پرونده میز دست نخورد."
    say(f"برای کار با آن، همین نشانی را به --db یا متغیر {ENV_VAR} بدهید. {kept}")
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
    say(f"پایگاه داده از {args.file} بازگردانده شد." + (f" پرونده آسیب‌دیده کنار گذاشته شد: {aside}" if aside else ""))
    return 0


def _damaged(exc: maintenance.DamagedDatabase) -> str:
    """The message for a database that does not open, with the command that restores the newest good backup."""
    if exc.newest is None:
        return str(exc)
    quote = (lambda p: f'"{p}"') if os.name == "nt" else shlex.quote
    return f"{exc}\nبرای بازگردانی آن: qotb --db {quote(str(exc.path))} restore {quote(str(exc.newest.path))}"


def _verify_audit(store: Store, args: argparse.Namespace) -> int:
    from qotb_desktop.services import audit_check  # lazy (issue 21)

    return audit_check.command(store, args)


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
    say(f"کاربر {args.username} ساخته شد.")
    return 0


def _contract(name: str):
    """The scripting contract's command ``name``, imported when it is run (issue 21: the
    engine's JSON layer is not every command's start)."""

    def command(args: argparse.Namespace) -> int:
        from qotb_desktop import contract

        return getattr(contract, name)(args)

    return command


STORELESS = {"score": _contract("score"), "centre-check": _contract("centre_check"), "rules": _contract("rules")}

COMMANDS = {
    "gui": _gui,
    "init": _init,
    "demo": _demo,
    "backup": files.backup,
    "restore": _restore,
    "print-samples": files.print_samples,
    "import": files.import_members,
    "export": files.export,
    "print": printing.run,
    "user": _user,
    "verify-audit": lambda store, args: _verify_audit(store, args),
    "activities": lambda store, args: publications.run(store, args, sign_in=_sign_in),
}

# Commands that change the database hold its lock (a second window or such a command
# is refused while one runs); reading ones (backup, export, print, print-samples) do not, and
# read a consistent snapshot beside an open window. See docs/decisions.md.
LOCKING = {"gui", "init", "demo", "import", "restore", "user", "activities"}
# Commands that only read: a database this user may not write is opened read-only for them.
READING = {"backup", "export", "print", "print-samples", "verify-audit"}
# import makes an automatic copy before it writes (files.import_members); restore and migrations make
# their own; demo only fills an empty database.


def _os_error(exc: OSError, fallback: object = "") -> str:
    """An OSError the program did not expect, in Persian, naming the file."""
    name = exc.filename or fallback
    return f"خواندن یا نوشتن پرونده {name} انجام نشد ({exc.strerror or exc}). چیزی نیمه‌کاره نوشته نشد."


def _guarded(work, *args) -> int:
    try:
        return work(*args)
    except DomainError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(_os_error(exc))


def _window_start_failed(exc: DomainError) -> bool:
    """The window's database did not open: a dialog says why (a window has no console),
    and offers the newest good backup for a damaged file. True when it was restored."""
    from qotb_desktop.gui.recovery import start_failed  # Qt is loaded only when a window is wanted

    return start_failed(exc)


def run(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments and run the command (Ctrl-C is the package's ``main``'s)."""
    return _main(parser.build().parse_args(argv))


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
            return fail(_damaged(exc))
        except DomainError as exc:
            if command == "gui":
                _window_start_failed(exc)
            return fail(str(exc))
        except OSError as exc:
            return fail(f"پرونده {exc.filename or args.db} باز نشد ({exc.strerror or exc}).")
    else:
        return 1
    try:
        if store.migration_backup:
            say(f"پیش از به‌روزرسانی ساختار پایگاه داده، نسخه‌ای از آن ساخته شد: {store.migration_backup}")
        if store.read_only:
            say(f"پایگاه داده {store.location} فقط برای خواندن باز شد ({store.db.read_only_why}).")
        if command in ACCOUNTED:
            _sign_in(store, args)
        return COMMANDS[command](store, args)
    except maintenance.DamagedDatabase as exc:
        return fail(_damaged(exc))
    except DomainError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(_os_error(exc))
    finally:
        store.close()
