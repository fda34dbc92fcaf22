"""``qotb activities import FILE... --member CODE``: a member's publications from their
Scopus, Web of Science, BibTeX or RIS exports (issue 23).

    --dry-run --json      the proposals as JSON; nothing is written
    --dry-run             the proposals, one a line, in Persian; nothing is written
    --decisions P.json    the clerk's confirmation: the dry run's JSON with, on each record to
                          import, "accept": true and, on a judged row, "points" (row, flags,
                          scope and date may be changed too); written in one transaction
    (neither)             what needs no judgement is written (the pooled citations, row 7);
                          the judged rows wait for --decisions

Exit codes as the other commands: 0 done, 1 refused or some records unreadable.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from qotb_desktop.cli.talk import fa, say
from qotb_desktop.domain.dates import format_jalali
from qotb_desktop.domain.errors import DomainError
from qotb_desktop.domain.publications import KINDS, Proposal

if TYPE_CHECKING:  # the services (bibtexparser, rispy, SQLAlchemy) are loaded when the command runs
    from qotb_desktop.services.publications.importing import Accepted, PublicationPreview
    from qotb_desktop.wiring import Store


def add_arguments(sub) -> None:
    """The ``activities`` command and its ``import`` (cli/parser.py calls this)."""
    ac = sub.add_parser("activities", help="فعالیت‌های اعضای هیأت علمی")
    asub = ac.add_subparsers(dest="what", metavar="WHAT", required=True)
    im = asub.add_parser("import", help="ورود مقاله‌ها، کتاب‌ها و ارجاع‌های یک عضو از خروجی Scopus، Web of Science، BibTeX یا RIS")
    im.add_argument("files", nargs="+", metavar="FILE", help="یک یا چند پرونده خروجی (تکراری‌ها یک بار شمرده می‌شوند)")
    im.add_argument("--member", required=True, metavar="NATIONAL_CODE", help="کد ملی عضو هیأت علمی")
    period = "آغاز دوره (جلالی)، برای بازه پنج‌ساله تبصره ۸ (پیش‌فرض: دوره قطبی که عضو اکنون در آن است)"
    im.add_argument("--period-start", metavar="DATE", help=period)
    im.add_argument(
        "--latin-name", action="append", default=[], metavar="NAME", help="نام لاتین عضو، مانند «Karimi, Ali» (تکرارپذیر)"
    )
    im.add_argument("--decisions", metavar="P.json", help="تأیید کارمند: JSON اجرای --dry-run --json با accept و points")
    im.add_argument("--report", metavar="OUT.csv", help="گزارش رکوردهای ناخوانا در این پرونده CSV")
    im.add_argument("--force", action="store_true", help="جایگزینی پرونده گزارشی (OUT) که از پیش هست")
    im.add_argument("--dry-run", action="store_true", help="فقط پیشنهادها؛ چیزی نوشته نمی‌شود")
    im.add_argument("--json", action="store_true", help="پیشنهادها به شکل JSON (با --dry-run)")


def _proposal_json(p: Proposal) -> dict:
    r = p.record
    return {
        "key": p.key,
        "source": r.source if r else None,
        "record": r.number if r else None,
        "kind": r.kind if r else "citations",
        "title": r.title if r else "",
        "venue": r.venue if r else "",
        "year": r.year if r else None,
        "doi": r.doi if r else "",
        "row": p.row,
        "rows": list(p.rows),
        "date": format_jalali(p.date, persian_digits=False) or None,
        "in_window": p.window,
        "corresponding_author": p.corresponding_author,
        "keynote": p.keynote,
        "scope": p.scope,
        "citations": p.citations,
        "points": None,
        "accept": p.accepted_by_default and not p.judged,
        "proposed": p.accepted_by_default,
        "duplicate": p.duplicate,
        "reasons": list(p.reasons),
    }


def preview_json(preview: PublicationPreview) -> dict:
    span = preview.window
    return {
        "member": {"national_code": preview.national_code, "name": preview.member_name},
        "window": [format_jalali(d, persian_digits=False) for d in span] if span else None,
        "proposals": [_proposal_json(p) for p in preview.proposals],
        "unreadable": [
            {"source": u.source, "record": u.number, "message": u.message, "text": u.text} for u in preview.unreadable
        ],
    }


def _line(p: Proposal) -> str:
    row = f"ردیف {fa(p.row)}" if p.row else f"ردیف؟ ({'/'.join(fa(r) for r in p.rows)})"
    what = KINDS[p.record.kind] if p.record else f"{fa(p.citations)} ارجاع"
    title = f" «{p.record.title}»" if p.record else ""
    flags = [f for f, on in (("نویسنده مسئول", p.corresponding_author), ("کلیدی/مدعو", p.keynote)) if on]
    mark = "✗" if p.duplicate else ("✓" if p.accepted_by_default else "؟")
    parts = [f"{mark} {p.key}: {row}، {what}{title}", p.date_text or "بی‌تاریخ", *flags]
    return "  " + "، ".join(parts) + "\n      " + " ".join([p.duplicate, *p.reasons]).strip()


def _decisions(path: str) -> list[Accepted]:
    from qotb_desktop.services.publications.importing import Accepted

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
        out = []
        for item in data["proposals"] if isinstance(data, dict) else data:
            if not item.get("accept"):
                continue
            points = item.get("points")
            out.append(
                Accepted(
                    key=str(item["key"]), row=int(item["row"]), points="" if points is None else str(points),
                    corresponding_author=bool(item.get("corresponding_author")), keynote=bool(item.get("keynote")),
                    scope=item.get("scope"), date=str(item.get("date") or ""),
                )
            )  # fmt: skip
        return out
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DomainError(
            f"پرونده تأیید {path} خوانده نشد: JSON اجرای --dry-run --json را با accept و points بدهید ({exc})."
        ) from None


def run(store: Store, args: argparse.Namespace, *, sign_in) -> int:
    from qotb_desktop import output_files
    from qotb_desktop.services import maintenance
    from qotb_desktop.services.publications import read_publications
    from qotb_desktop.services.publications.importing import (
        accepted_as_proposed,
        import_publications,
        member_by_code,
        period_of_member,
        preview_publications,
        unreadable_csv,
    )

    report_to = output_files.check_target(args.report, overwrite=args.force) if args.report else None
    readings = [read_publications(path=f) for f in args.files]
    faculty_id = member_by_code(uow=store.uow, national_code=args.member)
    period = args.period_start or period_of_member(uow=store.uow, faculty_id=faculty_id)
    preview = preview_publications(
        uow=store.uow, faculty_id=faculty_id, readings=readings, period_start=period, latin_names=args.latin_name
    )
    if preview.unreadable and report_to is not None:
        written = output_files.write_bytes(report_to, unreadable_csv(preview.unreadable), overwrite=args.force)
        if not args.json:
            say(f"گزارش رکوردهای ناخوانا: {written}")
    if args.dry_run and args.json:
        print(json.dumps(preview_json(preview), ensure_ascii=False, indent=2), flush=True)
        return 0
    if args.decisions:
        accepted = _decisions(args.decisions)
    else:
        accepted = [accepted_as_proposed(p) for p in preview.proposals if p.accepted_by_default and not p.judged]
    waiting = [p for p in preview.proposals if p.accepted_by_default and p.judged] if not args.decisions else []
    say(f"{preview.member_name} ({preview.national_code}): {fa(len(preview.proposals))} پیشنهاد از {fa(len(readings))} پرونده.")
    if args.dry_run:
        for p in preview.proposals:
            say(_line(p))
    for u in preview.unreadable:
        say(f"  خوانده نشد: {u.source}، {u.message}")
    if not args.dry_run:
        sign_in(store, args)
    if accepted and not args.dry_run:
        made = maintenance.automatic_backup(db=store.db)
        say(f"پیش از تغییر، نسخه پشتیبان ساخته شد: {made.path}")
    result = import_publications(uow=store.uow, preview=preview, accepted=accepted, dry_run=args.dry_run)
    verb = "افزوده می‌شود" if args.dry_run else "افزوده شد"
    say(f"{fa(result.added)} فعالیت {verb}؛ {fa(len(preview.duplicates))} تکراری، {fa(len(preview.unreadable))} رکورد ناخوانا.")
    for key, why in result.skipped:
        say(f"  افزوده نشد: {key}: {why}")
    if waiting:
        say(
            f"{fa(len(waiting))} پیشنهاد امتیاز داوری لازم دارد و نوشته نشد: با --dry-run --json آن‌ها را در پرونده‌ای بگیرید، "
            "accept و points را بنویسید و با --decisions بدهید (یا از صفحه امتیازدهی)."
        )
    return 1 if preview.unreadable and not args.dry_run else 0
