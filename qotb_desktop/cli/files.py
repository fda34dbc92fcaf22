"""The commands that write files: backup, print-samples, import (its error report) and
export. Every file goes through qotb_desktop/output_files.py: never over the database,
its side files or its backups, an existing one only with --force, whole or not at all.
What was written from the records is noted in the audit trail."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from qotb_desktop import output_files
from qotb_desktop.cli.talk import fa, say
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.services import maintenance
from qotb_desktop.wiring import Store


def backup(store: Store, args: argparse.Namespace) -> int:
    target = maintenance.backup(db=store.db, target=args.file, overwrite=args.force)
    say(f"پشتیبان ساخته شد: {target}")  # not an event of the trail: the copy would then differ from its database
    return 0


def noted(store: Store, kind: str, detail: dict) -> str:
    """The file written is recorded in the audit trail (an event: services/audit_events);
    on a database opened read-only it cannot be, and the line says so."""
    from qotb_desktop.services import audit_events

    if audit_events.record_event(uow=store.uow, kind=kind, detail=detail):
        return ""
    return " (در دفتر تغییرات ثبت نشد: پایگاه داده فقط‌خواندنی است.)"


def print_samples(store: Store, args: argparse.Namespace) -> int:
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
        say(f"{written}  ({doc.title})")
        made += 1
    detail = {"what": "نمونه فرم‌ها", "file": str(out), "format": "pdf", "rows": made}
    say(f"{fa(made)} فرم در {out} ساخته شد." + noted(store, "export", detail))
    return 0


def import_members(store: Store, args: argparse.Namespace) -> int:
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
        say(f"پیش از تغییر، نسخه پشتیبان ساخته شد: {made.path}")
    result = import_faculty(uow=store.uow, spreadsheet=book, mapping=book.guessed_mapping)
    say(f"{fa(result.imported)} عضو وارد شد؛ {fa(len(result.rejected))} سطر نادرست وارد نشد.")
    for row in result.rejected:
        say(f"  سطر {fa(row.line)}: {'؛ '.join(row.messages)}")
    if result.rejected and report_to is not None:
        report = error_report_csv if report_to.suffix.lower() == ".csv" else error_report_xlsx
        written = output_files.write_bytes(report_to, report(book.column_names, result.rejected), overwrite=args.force)
        say(f"گزارش سطرهای نادرست: {written}")
    return 1 if result.rejected else 0


def year_asked(text: str, *, ahead: int = 0) -> int:
    """A Jalali year of four digits (Persian, Arabic or Latin), not after this year
    (``ahead``: or as many years after it; next year's budget is known before it begins)."""
    from qotb_desktop.domain.dates import jalali_year, today
    from qotb_desktop.domain.text import to_latin_digits

    value = to_latin_digits(str(text)).strip()
    if not (len(value) == 4 and value.isdigit() and 1300 <= int(value) <= 1499):
        raise DomainError(f"سال «{text}» درست نیست؛ سال هجری شمسی را چهاررقمی بنویسید (مانند ۱۴۰۳).")
    if int(value) > jalali_year(today()) + ahead:
        raise DomainError(f"سال {fa(value)} هنوز نیامده است.")
    return int(value)


def export(store: Store, args: argparse.Namespace) -> int:
    """``export evaluations``: the yearly evaluation summary as PDF, XLSX or CSV;
    ``export allocations``: the year's allocation table (12-2-1) the same way."""
    from qotb_desktop import documents  # reportlab and openpyxl are loaded only when exporting

    allocations = getattr(args, "what", "evaluations") == "allocations"
    year = year_asked(args.year, ahead=1 if allocations else 0)
    target = Path(args.output).expanduser()
    if target.is_dir() or args.output.endswith(("/", os.sep)):
        example = target / f"{args.what}-{year}.pdf"
        raise DomainError(f"{target} یک پوشه است؛ نام پرونده را هم بنویسید (مانند {example}).")
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
    if allocations:
        return _export_allocations(store, documents, year, fmt, target, args.force)
    with output_files.whole(target, overwrite=args.force) as tmp:
        documents.export_evaluations(uow=store.uow, year=year, fmt=fmt, path=tmp)
    detail = {"what": f"خلاصه ارزیابی سال {fa(year)}", "file": str(target), "format": fmt}
    say(f"خلاصه ارزیابی سال {fa(year)} ساخته شد: {target}" + noted(store, "export", detail))
    return 0


def _export_allocations(store: Store, documents, year: int, fmt: str, target: Path, force: bool) -> int:
    """The year's allocation table, written whole and noted in the trail (as the summary is)."""
    with output_files.whole(target, overwrite=force) as tmp:
        documents.export_allocations(uow=store.uow, year=year, fmt=fmt, path=tmp)
    detail = {"what": f"جدول تخصیص اعتبار سال {fa(year)}", "file": str(target), "format": fmt}
    say(f"جدول تخصیص اعتبار سال {fa(year)} ساخته شد: {target}" + noted(store, "export", detail))
    return 0
