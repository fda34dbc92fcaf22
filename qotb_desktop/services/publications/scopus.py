"""Scopus's CSV export: a BOM before the first header, fields over several lines, one
work a row. Its journals are Scopus-indexed by being in it."""

from __future__ import annotations

import csv
import io

from qotb_desktop.domain.publications import Unreadable
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.services.publications.common import Reading, count_of, make, marked, year_of

KINDS = {
    "article": "article", "review": "article", "short survey": "article", "data paper": "article", "letter": "other",
    "conference paper": "conference", "conference review": "other", "book": "book", "book chapter": "chapter",
    "editorial": "other", "note": "other", "erratum": "other", "retracted": "other",
}  # fmt: skip


def looks_like(text: str) -> bool:
    head = text.lstrip("\ufeff").split("\n", 1)[0]
    return "Title" in head and ("Source title" in head or "EID" in head or "Document Type" in head)


def read(text: str, source: str) -> Reading:
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    try:
        header = [h.strip().lstrip("\ufeff") for h in next(rows)]
    except StopIteration:
        return Reading(source, "scopus", (), (Unreadable(source, 0, "پرونده خالی است."),))
    except csv.Error as exc:
        return Reading(source, "scopus", (), (Unreadable(source, 0, f"سرستون‌ها خوانده نشد ({exc})."),))
    if "Title" not in header:
        return Reading(source, "scopus", (), (Unreadable(source, 1, "ستون «Title» در پرونده نیست؛ این خروجی Scopus نیست."),))
    records, bad = [], []
    number = 0
    while True:
        try:
            cells = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:
            number += 1
            bad.append(Unreadable(source, number, f"رکورد {to_persian_digits(number)} خوانده نشد ({exc})."))
            continue
        if not any(c.strip() for c in cells):
            continue
        number += 1
        if len(cells) != len(header):
            has, wanted = to_persian_digits(len(cells)), to_persian_digits(len(header))
            message = f"رکورد {to_persian_digits(number)} {has} ستون دارد، نه {wanted}."
            bad.append(Unreadable(source, number, message, " | ".join(cells)[:200]))
            continue
        row = dict(zip(header, cells, strict=True))
        kind = KINDS.get(row.get("Document Type", "").strip().casefold(), "other")
        keynote, invited = marked(row.get("Author Keywords", ""), row.get("Index Keywords", ""), row.get("Note", ""))
        authors = row.get("Author full names") or row.get("Authors") or ""
        made = make(
            source, number, kind=kind, title=row.get("Title", ""), venue=row.get("Source title", ""),
            year=year_of(row.get("Year", "")), doi=row.get("DOI", ""),
            authors=tuple(a.strip() for a in authors.split(";") if a.strip()),
            corresponding=row.get("Correspondence Address", ""), citations=count_of(row.get("Cited by", "")),
            indexing=("scopus",) if kind == "article" else (), keynote=keynote, invited=invited,
        )  # fmt: skip
        (bad if isinstance(made, Unreadable) else records).append(made)
    return Reading(source, "scopus", tuple(records), tuple(bad))
