"""``qotb print minutes --meeting 1405/03 -o FILE.pdf``: one paper printed to a file, through
the printing layer's one list of papers (qotb_desktop/documents.py). The meeting by its
number as the screens show it (Persian or Latin digits; the council's meetings), or by its
record (``--id N``, a centre's meeting too). The file as the other commands write theirs
(cli/files.py): never over the database, an existing one only with --force, written whole,
noted in the audit trail.

Kept light (issue 21): this module, and what it imports, is what a whole process printing
one paper pays for at start; the printing layer itself is imported when the paper is made.
"""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from qotb_desktop.cli.talk import fa, say
from qotb_desktop.domain.errors import DomainError

if TYPE_CHECKING:
    from qotb_desktop.wiring import Store

_NUMBER = re.compile(r"(\d{4})\s*[/\-]\s*(\d{1,3})")


def add_arguments(sub) -> None:
    """The ``print`` command and its papers (cli/parser.py calls this)."""
    pr = sub.add_parser("print", help="چاپ یک برگه در پرونده PDF (مانند صورت‌جلسه یک جلسه شورا)")
    what = pr.add_subparsers(dest="what", metavar="PAPER", required=True)
    mi = what.add_parser("minutes", help="صورت‌جلسه یک جلسه: print minutes --meeting ۱۴۰۵/۰۳ -o FILE.pdf")
    which = mi.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--meeting", metavar="NUMBER", help="شماره جلسه شورا، چنان‌که در برنامه دیده می‌شود (مانند ۱۴۰۵/۰۳ یا 1405/03)"
    )
    which.add_argument("--id", dest="meeting_id", metavar="N", help="شناسه جلسه (جلسه یک قطب هم)")
    mi.add_argument("-o", "--output", required=True, metavar="FILE", help="پرونده PDF که ساخته می‌شود")
    mi.add_argument("--force", action="store_true", help="جایگزینی پرونده‌ای که از پیش هست")


def meeting_number(text: str) -> str:
    """``1405/03``, ``۱۴۰۵/۳`` or ``1405-03``: the number as the program writes it (``1405/03``)."""
    from qotb_desktop.domain.text import to_latin_digits

    found = _NUMBER.fullmatch(to_latin_digits(str(text)).strip())
    if found is None or int(found.group(2)) == 0:
        raise DomainError(
            f"شماره جلسه «{text}» درست نیست؛ آن را چنان‌که در فهرست جلسه‌ها آمده بنویسید: "
            "سال و شماره جلسه در آن سال (مانند ۱۴۰۵/۰۳)."
        )
    return f"{found.group(1)}/{int(found.group(2)):02d}"


def _meeting_id(store: Store, args: argparse.Namespace) -> int:
    from qotb_desktop.domain.text import to_latin_digits
    from qotb_desktop.services import meetings

    if args.meeting_id is not None:
        value = to_latin_digits(str(args.meeting_id)).strip()
        if not value.isdigit() or int(value) == 0:
            raise DomainError(f"شناسه جلسه «{args.meeting_id}» درست نیست؛ عددی مانند ۳ بنویسید.")
        return int(value)
    number = meeting_number(args.meeting)
    for meeting in meetings.list_meetings(uow=store.uow):  # the council's, as its screen lists them
        if meeting.number == number:
            return meeting.id
    raise DomainError(f"جلسه شورایی با شماره {fa(number)} در این پایگاه داده نیست.")


def _target(text: str, example: str) -> Path:
    target = Path(text).expanduser()
    if target.is_dir() or text.endswith(("/", os.sep)):
        raise DomainError(f"{target} یک پوشه است؛ نام پرونده را هم بنویسید (مانند {target / example}).")
    if target.suffix and target.suffix.lower() != ".pdf":
        raise DomainError(f"برگه به قالب PDF ساخته می‌شود؛ نام پرونده را با پسوند .pdf بنویسید (نه {target.name}).")
    return target


def run(store: Store, args: argparse.Namespace) -> int:
    """``print minutes``: the meeting's minutes, as the reports screen prints them."""
    from qotb_desktop import documents, output_files
    from qotb_desktop.cli.files import noted

    target = _target(args.output, "minutes.pdf")
    # Never a database's file, an existing one only with --force: said before anything is read.
    output_files.check_target(target, overwrite=args.force)
    paper = documents.minutes(uow=store.uow, meeting_id=_meeting_id(store, args))
    written = output_files.write_bytes(target, paper.render(), overwrite=args.force)  # whole or not at all
    detail = {"what": paper.title, "file": str(written), "format": "pdf"}
    say(f"{paper.title} ساخته شد: {written}" + noted(store, "export", detail))
    return 0
