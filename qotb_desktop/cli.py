"""The command line: ``qotb`` (or ``python -m qotb_desktop``).

    qotb [--db PATH] [gui]          open the window
    qotb [--db PATH] init           create or migrate the database
    qotb [--db PATH] demo [--keep]  fill an empty database with the demo
    qotb [--db PATH] backup FILE    copy the database to FILE
    qotb [--db PATH] restore FILE   replace the database with FILE
    qotb [--db PATH] print-samples DIR   every form the database has data for, as PDFs
    qotb --version

Exit codes: 0 done, 1 refused (the message says why, in Persian), 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from qotb_desktop import __version__
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.services import demo, maintenance
from qotb_desktop.services.reference import is_empty
from qotb_desktop.wiring import ENV_VAR, Store, open_store


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="qotb", description="qotb-desktop: دبیرخانه قطب‌های علمی")
    p.add_argument("--version", action="version", version=f"qotb-desktop {__version__}")
    p.add_argument("--db", metavar="PATH", help=f"database file (default: ${ENV_VAR}, else the user's data folder)")
    sub = p.add_subparsers(dest="command")
    sub.add_parser("gui", help="open the window (the default)")
    sub.add_parser("init", help="create or migrate the database")
    d = sub.add_parser("demo", help="fill an empty database with demo records")
    d.add_argument("--keep", action="store_true", help="if the database has data already, leave it as it is")
    b = sub.add_parser("backup", help="copy the database to FILE")
    b.add_argument("file")
    r = sub.add_parser("restore", help="replace the database with the backup FILE")
    r.add_argument("file")
    ps = sub.add_parser("print-samples", help="render every form the database has data for into DIR, one PDF each")
    ps.add_argument("dir")
    return p


def _say(text: str) -> None:
    print(text, flush=True)


def _init(store: Store, _args: argparse.Namespace) -> int:
    _say(f"پایگاه داده آماده است: {store.location}")
    return 0


def _demo(store: Store, args: argparse.Namespace) -> int:
    if args.keep and not is_empty(uow=store.uow):
        _say(f"پایگاه داده داده دارد و دست نخورد: {store.location}")
        return 0
    counts = demo.fill_demo(uow=store.uow)
    _say(
        f"نمونه ساخته شد در {store.location}: {counts['institutions']} مؤسسه، {counts['faculty']} عضو هیأت علمی، "
        f"{counts['centres']} قطب، {counts['seats']} کرسی شورا."
    )
    return 0


def _backup(store: Store, args: argparse.Namespace) -> int:
    target = maintenance.backup(db=store.db, target=args.file)
    _say(f"پشتیبان ساخته شد: {target}")
    return 0


def _restore(store: Store, args: argparse.Namespace) -> int:
    saved = maintenance.restore(db=store.db, source=args.file)
    _say(f"پایگاه داده از {args.file} بازگردانده شد." + (f" نسخه پیشین: {saved}" if saved else ""))
    return 0


def _print_samples(store: Store, args: argparse.Namespace) -> int:
    from qotb_desktop import documents  # reportlab is loaded only when printing

    out = Path(args.dir)
    out.mkdir(parents=True, exist_ok=True)
    made = 0
    for doc in documents.available(uow=store.uow):
        (out / doc.filename).write_bytes(doc.render())
        _say(f"{out / doc.filename}  ({doc.title})")
        made += 1
    _say(f"{made} فرم در {out} ساخته شد.")
    return 0


def _gui(store: Store, _args: argparse.Namespace) -> int:
    from qotb_desktop.gui.app import run  # Qt is loaded only when a window is wanted

    return run(store)


COMMANDS = {
    "gui": _gui,
    "init": _init,
    "demo": _demo,
    "backup": _backup,
    "restore": _restore,
    "print-samples": _print_samples,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        store = open_store(args.db)
    except DomainError as exc:
        print(f"خطا: {exc}", file=sys.stderr)
        return 1
    try:
        if store.migration_backup:
            _say(f"پیش از به‌روزرسانی ساختار پایگاه داده، نسخه‌ای از آن ساخته شد: {store.migration_backup}")
        return COMMANDS[args.command or "gui"](store, args)
    except DomainError as exc:
        print(f"خطا: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
