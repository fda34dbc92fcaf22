"""RIS (Zotero, Mendeley, EndNote, ORCID), each record read by rispy. A record is cut
out by hand first (from «TY  -» to «ER  -»), so that one broken record is reported
instead of silently dropped, as rispy does with a record that has no «TY»."""

from __future__ import annotations

import re

import rispy

from qotb_desktop.domain.publications import Unreadable
from qotb_desktop.domain.text import to_latin_digits, to_persian_digits
from qotb_desktop.services.publications.common import Reading, count_of, indexing_of, make, marked

KINDS = {
    "JOUR": "article", "JFULL": "article", "EJOUR": "article", "MGZN": "other", "CONF": "conference",
    "CPAPER": "conference", "BOOK": "book", "EBOOK": "book", "CHAP": "chapter", "ECHAP": "chapter", "PAT": "patent",
}  # fmt: skip
_LINE = re.compile(r"^([A-Z][A-Z0-9])  -(?: (.*))?$")


def looks_like(text: str) -> bool:
    return re.search(r"^TY  - ", text.lstrip("\ufeff"), re.MULTILINE) is not None


def _first(entry: dict, *names: str) -> str:
    for name in names:
        value = entry.get(name)
        if isinstance(value, list):
            value = "; ".join(value)
        if value:
            return str(value)
    return ""


def _date(text: str) -> tuple[int | None, int | None, int | None]:
    """«2021/05/03/», «2021///», «2021-05-03», «2021» -> (year, month, day)."""
    parts = [p for p in re.split(r"[/\-]", to_latin_digits(text.strip()))]
    numbers = [int(p) if p.isdigit() else None for p in parts[:3]] + [None, None, None]
    year, month, day = numbers[:3]
    if year is not None and not (1900 <= year <= 2100 or 1300 <= year <= 1499):  # Gregorian or Jalali
        year = None
    return year, month if month and 1 <= month <= 12 else None, day if month and day and 1 <= day <= 31 else None


def _chunks(text: str, source: str):
    """(number, first line, text of the record) for each record, and what lay outside one."""
    lines = text.lstrip("\ufeff").splitlines()
    current: list[str] = []
    start = 0
    for line_no, line in enumerate(lines, start=1):
        tag = _LINE.match(line.rstrip())
        if tag and tag.group(1) == "TY":
            if current:
                yield start, current, False
            current, start = [line], line_no
        elif tag and tag.group(1) == "ER":
            current.append(line)
            yield start or line_no, current, True
            current, start = [], 0
        elif line.strip():
            current.append(line)
            start = start or line_no
    if current:
        yield start, current, False


def read(text: str, source: str) -> Reading:
    records, bad = [], []
    number = 0
    for start, lines, closed in _chunks(text, source):
        number += 1
        line = to_persian_digits(start)
        shown = " | ".join(lines[:3])[:200]
        if not lines[0].startswith("TY  -"):
            bad.append(Unreadable(source, number, f"رکورد سطر {line} با «TY  -» آغاز نمی‌شود.", shown))
            continue
        if not closed:
            bad.append(Unreadable(source, number, f"رکورد سطر {line} با «ER  -» بسته نشده است.", shown))
            continue
        try:
            entries = rispy.loads("\n".join([*lines[:-1], "ER  - "]) + "\n")
        except Exception as exc:  # rispy raises plain exceptions of several kinds on bad input
            bad.append(Unreadable(source, number, f"رکورد سطر {line} خوانده نشد ({exc}).", shown))
            continue
        if len(entries) != 1:
            bad.append(Unreadable(source, number, f"رکورد سطر {line} خوانده نشد.", shown))
            continue
        entry = entries[0]
        kind = KINDS.get(str(entry.get("type_of_reference", "")).upper(), "other")
        note = " ".join(_first(entry, n) for n in ("notes", "keywords", "custom1", "custom2", "research_notes"))
        year, month, day = _date(_first(entry, "date", "year", "publication_year"))
        if year is None:
            year = _date(_first(entry, "year", "publication_year"))[0]
        cited = re.search(r"(?:cited by|citations?)\D{0,3}(\d+)", note, re.IGNORECASE)
        made = make(
            source, number, kind=kind, title=_first(entry, "title", "primary_title", "translated_title"),
            venue=_first(entry, "secondary_title", "journal_name", "alternate_title3", "alternate_title1", "publisher"),
            year=year, month=month, day=day, doi=_first(entry, "doi", "url"),
            authors=tuple(entry.get("authors") or entry.get("first_authors") or ()),
            citations=count_of(cited.group(1)) if cited else None,
            indexing=indexing_of(note) if kind == "article" else (), keynote=marked(note)[0], invited=marked(note)[1],
        )  # fmt: skip
        (bad if isinstance(made, Unreadable) else records).append(made)
    return Reading(source, "ris", tuple(records), tuple(bad))
