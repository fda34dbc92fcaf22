"""Web of Science's exports: tab-delimited (a header of field tags, one work a line,
often UTF-16) and plain text (two-letter tags, continuation lines indented, «ER» ending
a record). Its journals are indexed by being in it."""

from __future__ import annotations

import csv
import io
import re

from qotb_desktop.domain.publications import Record, Unreadable
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.services.publications.common import Reading, count_of, make, marked, month_of, year_of

_TAG = re.compile(r"^([A-Z][A-Z0-9])(?: (.*))?$")
_LIST_TAGS = {"AU", "AF", "C1", "CR"}


def looks_like(text: str) -> bool:
    head = text.lstrip("\ufeff")[:200]
    return head.startswith(("FN ", "PT\t", "PT ")) or head.startswith("FN Clarivate") or "\tAU\t" in head.split("\n", 1)[0]


def _kind(fields: dict[str, str]) -> str:
    pt = fields.get("PT", "").strip().upper()
    dt = fields.get("DT", "").casefold()
    if pt == "P" or "patent" in dt:
        return "patent"
    if "book chapter" in dt:
        return "chapter"
    if pt == "B" and ("book" in dt or not dt):
        return "book"
    if "proceedings paper" in dt and "article" not in dt:
        return "conference"
    if "article" in dt or "review" in dt:
        return "article"
    return "other" if dt else ("article" if pt == "J" else "other")


def _record(fields: dict[str, str], source: str, number: int) -> Record | Unreadable:
    kind = _kind(fields)
    keynote, invited = marked(fields.get("DE", ""), fields.get("ID", ""), fields.get("CT", ""))
    authors = fields.get("AF") or fields.get("AU") or ""
    pd = fields.get("PD", "")
    day = re.search(r"\b(\d{1,2})\b", pd)
    return make(
        source, number, kind=kind, title=fields.get("TI", ""), venue=fields.get("SO", "") or fields.get("CT", ""),
        year=year_of(fields.get("PY", "") or pd or fields.get("EA", "")), month=month_of(pd),
        day=int(day.group(1)) if day and month_of(pd) else None, doi=fields.get("DI", ""),
        authors=tuple(a.strip() for a in re.split(r"[;\n]", authors) if a.strip()), corresponding=fields.get("RP", ""),
        citations=count_of(fields.get("TC", "") or fields.get("Z9", "")),
        indexing=("wos",) if kind == "article" else (), keynote=keynote, invited=invited,
    )  # fmt: skip


def read(text: str, source: str) -> Reading:
    text = text.lstrip("\ufeff")
    first = text.split("\n", 1)[0]
    if "\t" in first:
        return _tab_delimited(text, source)
    return _plain(text, source)


def _tab_delimited(text: str, source: str) -> Reading:
    rows = csv.reader(io.StringIO(text, newline=""), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = [h.strip() for h in next(rows)]
    records, bad = [], []
    number = 0
    for cells in rows:
        if not any(c.strip() for c in cells):
            continue
        number += 1
        while len(cells) > len(header) and not cells[-1].strip():  # WoS ends each line with a tab
            cells = cells[:-1]
        if len(cells) < len(header) - 1 or len(cells) > len(header):
            has, wanted = to_persian_digits(len(cells)), to_persian_digits(len(header))
            message = f"سطر {to_persian_digits(number + 1)} {has} ستون دارد، نه {wanted}."
            bad.append(Unreadable(source, number, message, "\t".join(cells)[:200]))
            continue
        made = _record(dict(zip(header, cells, strict=False)), source, number)
        (bad if isinstance(made, Unreadable) else records).append(made)
    return Reading(source, "wos", tuple(records), tuple(bad))


def _plain(text: str, source: str) -> Reading:
    records: list[Record] = []
    bad: list[Unreadable] = []
    fields: dict[str, str] = {}
    tag = ""
    number = 0
    started = 0  # the line of the record's «PT»
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if line.startswith("   ") and tag:  # a continuation
            join = "\n" if tag in _LIST_TAGS else " "
            fields[tag] += join + line.strip()
            continue
        match = _TAG.match(line.rstrip())
        if not match:
            message = f"سطر {to_persian_digits(line_no)} برچسب Web of Science ندارد."
            bad.append(Unreadable(source, number + 1, message, line[:200]))
            continue
        tag, value = match.group(1), (match.group(2) or "").strip()
        if tag in ("FN", "VR", "EF"):
            continue
        if tag == "PT":
            if fields:
                number += 1
                bad.append(Unreadable(source, number, f"رکورد سطر {to_persian_digits(started)} با «ER» بسته نشده است."))
            fields, started = {}, line_no
        if tag == "ER":
            number += 1
            made = _record(fields, source, number)
            (bad if isinstance(made, Unreadable) else records).append(made)
            fields, tag = {}, ""
            continue
        fields[tag] = f"{fields[tag]}\n{value}" if tag in fields else value
    if fields:
        number += 1
        bad.append(Unreadable(source, number, f"رکورد سطر {to_persian_digits(started)} با «ER» بسته نشده است."))
    return Reading(source, "wos", tuple(records), tuple(bad))
