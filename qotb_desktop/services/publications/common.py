"""What the four readers share: a file's text, dates, kinds, and a record made clean."""

from __future__ import annotations

import re
from dataclasses import dataclass

from qotb_desktop.domain.publications import Record, Unreadable, clean_doi
from qotb_desktop.domain.text import normalize_text, to_latin_digits, to_persian_digits

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
         ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")]
    )
    for m in names
}  # fmt: skip
_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d|13\d\d|14\d\d)(?!\d)")
_MARKED = re.compile(r"\b(keynote|invited)\b|سخنرانی\s*کلیدی|مدعو", re.IGNORECASE)


@dataclass(frozen=True)
class Reading:
    """A file read: its records, the ones that could not be read, and its format."""

    source: str
    format: str  # a key of domain.publications.FORMATS
    records: tuple[Record, ...]
    unreadable: tuple[Unreadable, ...]


def decode(data: bytes) -> str:
    """A file's text: UTF-8 (with or without a BOM), UTF-16 (Web of Science's tab-delimited
    export on Windows), else Windows-1256 (an old Persian file)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1256", errors="replace")


def one_line(text: object) -> str:
    return normalize_text("" if text is None else str(text), single_line=True)


def year_of(text: str) -> int | None:
    """A year of either calendar: 19xx or 20xx (Gregorian), 13xx or 14xx (Jalali: a Persian
    journal's «۱۴۰۰», in any digits); ``make`` tells which."""
    match = _YEAR.search(to_latin_digits(text or ""))
    return int(match.group(1)) if match else None


def month_of(text: str) -> int | None:
    """«May», «MAY 2021», «5», «may 3» -> 5; None when unknown."""
    word = (text or "").strip().casefold()
    if not word:
        return None
    first = re.split(r"[\s\-/.]+", word)[0]
    if first.isdigit():
        return int(first) if 1 <= int(first) <= 12 else None
    return MONTHS.get(first)


def count_of(text: str) -> int | None:
    digits = re.sub(r"[^\d]", "", one_line(text))
    return int(digits) if digits and len(digits) < 10 else None


def marked(*texts: str) -> tuple[bool, bool]:
    """(keynote, invited) as a note or keyword says it."""
    found = [m.group(0).casefold() for t in texts for m in _MARKED.finditer(t or "")]
    keynote = any("keynote" in f or "کلیدی" in f for f in found)
    invited = any("invited" in f or "مدعو" in f for f in found)
    return keynote, invited


def indexing_of(*texts: str) -> tuple[str, ...]:
    """Which indexes a note or keyword names (Scopus, Web of Science/ISI, ISC)."""
    text = " ".join(t for t in texts if t).casefold()
    found = []
    if "scopus" in text:
        found.append("scopus")
    if re.search(r"web of science|\bwos\b|\bisi\b|\bjcr\b|\bsci(e)?\b|\bssci\b", text):
        found.append("wos")
    if re.search(r"\bisc\b|علمی[\s\u200c-]*پژوهشی", text):
        found.append("isc")
    return tuple(found)


def make(source: str, number: int, *, kind: str, title: str, **values) -> Record | Unreadable:
    """A Record, or why the record cannot be one (no title)."""
    title = one_line(title).strip(" .")
    if not title:
        shown = one_line(values.get("venue", ""))[:200]
        return Unreadable(source, number, f"رکورد {to_persian_digits(number)} عنوان ندارد.", shown)
    doi = values.pop("doi", "")
    if (values.get("year") or 2000) < 1500:  # 13xx, 14xx: a Jalali year
        values["jalali"] = True
    values = {k: one_line(v) if isinstance(v, str) else v for k, v in values.items()}
    return Record(source=source, number=number, kind=kind, title=title, doi=clean_doi(doi), **values)
