"""A member's publications read from the files they export (Scopus, Web of Science,
BibTeX, RIS): the records, and what each proposes on Appendix 1. Nothing here scores:
a proposal is what the clerk confirms (the row and, on a judged row, the points).

The readers (services/publications/) turn a file into ``Record``s; ``propose`` turns
the records into ``Proposal``s: the row, the date (note 8's window), the flags, the
duplicates, and why, in Persian.

Readings taken (docs/decisions.md):
- a journal article goes to row 2 when the export says its journal is indexed (a Scopus
  or Web of Science export is, by being one; a BibTeX/RIS note naming Scopus, WoS/ISI or
  ISC); otherwise the clerk chooses between row 2 and row 3 (ترویجی);
- a conference paper goes to row 4, keynote/invited when the record says so;
- a book or a book chapter goes to row 11 (the scope, international or domestic, the
  clerk's: a chapter is proposed there too, flagged, for the clerk to judge);
- a patent goes to row 15 (scope the clerk's);
- anything else (an editorial, a letter, a thesis) proposes no row: the clerk chooses;
- the citations of the works read are pooled into one row 7 item (a work read twice
  counts once, its highest count);
- a date that only has a year (or a month) is taken as the first day of it, said so;
- two records are the same work when their DOIs are equal, or their normalised titles
  and years are.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

import jdatetime

from qotb_desktop.domain.author_names import MemberName, names_member
from qotb_desktop.domain.dates import format_jalali, jalali_month_end, jalali_year_bounds
from qotb_desktop.domain.text import normalize_text, search_key, to_persian_digits

KINDS = {
    "article": "مقاله مجله",
    "conference": "مقاله همایش",
    "book": "کتاب",
    "chapter": "فصل کتاب",
    "patent": "اختراع",
    "other": "دیگر",
}
INDEXES = {"scopus": "Scopus", "wos": "Web of Science", "isc": "ISC"}
FORMATS = {"scopus": "Scopus (CSV)", "wos": "Web of Science", "bibtex": "BibTeX", "ris": "RIS"}
CITATIONS_ROW = 7
IMPORT_MARK = "ورود از پرونده"  # how an imported activity's description says where it came from


@dataclass(frozen=True)
class Record:
    """One work as an export gives it (strings cleaned, nothing guessed)."""

    source: str  # the file's name
    number: int  # the record's number in the file (1, 2, ...), or its first line
    kind: str  # a key of KINDS
    title: str
    venue: str = ""
    year: int | None = None
    month: int | None = None
    day: int | None = None
    doi: str = ""
    authors: tuple[str, ...] = ()
    corresponding: str = ""  # the export's correspondence text (Scopus, WoS «RP»), or ""
    citations: int | None = None
    indexing: tuple[str, ...] = ()  # keys of INDEXES the export says the venue is in
    keynote: bool = False
    invited: bool = False
    international: bool | None = None  # a book's or patent's scope when the export says it
    jalali: bool = False  # year, month and day are of the Jalali calendar (a Persian journal's «۱۴۰۰»)


@dataclass(frozen=True)
class Unreadable:
    """A record the reader could not take, for the error report."""

    source: str
    number: int
    message: str  # Persian
    text: str = ""  # the record as it was in the file (shortened)


# -- text keys -----------------------------------------------------------------------------

_DOI = re.compile(r"10\.\d{1,9}/[^\s\"<>]+", re.IGNORECASE)
_NOT_WORD = re.compile(r"[^\w]+")


def clean_doi(text: str) -> str:
    """``https://doi.org/10.1000/ABC.`` -> ``10.1000/abc``; "" when there is none."""
    match = _DOI.search(text or "")
    return match.group(0).rstrip(".,;)").casefold() if match else ""


def normalise_title(title: str) -> str:
    """A title as the same work's other exports spell it: Persian letters folded
    (ي/ك, half-spaces), case, accents, punctuation and spaces dropped."""
    text = search_key(title)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _NOT_WORD.sub("", text).replace("_", "")


def work_keys(doi: str, title: str, year: int | None) -> frozenset[str]:
    keys = set()
    if doi:
        keys.add(f"doi:{clean_doi(doi) or doi.casefold()}")
    name = normalise_title(title)
    if name and year:
        keys.add(f"title:{name}:{year}")
    return frozenset(keys)


def record_keys(record: Record) -> frozenset[str]:
    if not record.jalali:
        return work_keys(record.doi, record.title, record.year)
    span = _span(record)  # a Jalali year: the two Gregorian years it spans, either may be the other export's
    years = {span[0].year, span[1].year} if span else {None}
    return frozenset().union(*(work_keys(record.doi, record.title, y) for y in years))


def activity_keys(description: str, evidence: str, when: date | None) -> frozenset[str]:
    """The keys of an activity already entered: a DOI anywhere in its text, and its title
    (the description's first line, up to « — ») with the Gregorian year of its date, and
    the year its first line names after the title (an imported one's «— venue، 2022»: the
    clerk may have mended its date into the year before)."""
    keys = set()
    doi = clean_doi(f"{description} {evidence}")
    if doi:
        keys.add(f"doi:{doi}")
    title, _, rest = (description or "").split("\n", 1)[0].partition(" — ")
    name = normalise_title(title)
    years = {when.year} if when is not None else set()
    named = _YEAR_NAMED.findall(rest)
    if named:
        years.add(int(named[-1]))
    keys.update(f"title:{name}:{year}" for year in years if name)
    return frozenset(keys)


_YEAR_NAMED = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def corresponding_of(record: Record) -> str:
    """The corresponding author's name in the export's correspondence text: what is before
    the first «;» or «(corresponding author)» (Scopus: «Karimi A.; Department ...»)."""
    text = record.corresponding
    if not text:
        return ""
    text = re.split(r"\((?:corresponding|reprint) author\)|;", text, maxsplit=1, flags=re.IGNORECASE)[0]
    return normalize_text(text, single_line=True)


# -- dates and note 8's window ------------------------------------------------------------------


def record_date(record: Record) -> tuple[date | None, str]:
    """The day the record gives, and what was assumed: a year alone is taken as its 1
    January, a month as its first day ("" when the export gave the day)."""
    if record.year is None:
        return None, "تاریخ انتشار در پرونده نیست."
    if record.jalali:
        return _jalali_date(record)
    if record.month is None:
        year = to_persian_digits(record.year)
        return date(record.year, 1, 1), f"تنها سال انتشار ({year}) در پرونده بود؛ یکم ژانویه آن گذاشته شد."
    try:
        if record.day is None:
            return date(record.year, record.month, 1), "تنها ماه انتشار در پرونده بود؛ یکم آن ماه گذاشته شد."
        return date(record.year, record.month, record.day), ""
    except ValueError:
        return date(record.year, 1, 1), "روز یا ماه انتشار نادرست بود؛ یکم ژانویه سال آن گذاشته شد."


def _jalali_date(record: Record) -> tuple[date | None, str]:
    year = to_persian_digits(record.year)
    try:
        if record.month is None or not 1 <= record.month <= 12:
            return jalali_year_bounds(record.year)[
                0
            ], f"تنها سال انتشار ({year} خورشیدی) در پرونده بود؛ یکم فروردین آن گذاشته شد."
        if record.day is None:
            return jdatetime.date(
                record.year, record.month, 1
            ).togregorian(), "تنها ماه انتشار در پرونده بود؛ یکم آن ماه گذاشته شد."
        return jdatetime.date(record.year, record.month, record.day).togregorian(), ""
    except ValueError:
        return jalali_year_bounds(record.year)[0], "روز یا ماه انتشار نادرست بود؛ یکم فروردین سال آن گذاشته شد."


def _span(record: Record) -> tuple[date, date] | None:
    """The days the record's date may be (its year, or its month)."""
    if record.year is None:
        return None
    if record.jalali:
        day, assumed = _jalali_date(record)
        if record.day is not None and not assumed:
            return day, day
        if record.day is None and assumed.startswith("تنها ماه"):
            return day, jalali_month_end(record.year, record.month)
        return jalali_year_bounds(record.year)
    if record.month is None or not 1 <= record.month <= 12:
        return date(record.year, 1, 1), date(record.year, 12, 31)
    if record.day is not None:
        try:
            day = date(record.year, record.month, record.day)
            return day, day
        except ValueError:
            return date(record.year, 1, 1), date(record.year, 12, 31)
    nxt = date(record.year + (record.month == 12), record.month % 12 + 1, 1)
    return date(record.year, record.month, 1), date.fromordinal(nxt.toordinal() - 1)


def in_window(record: Record, window: tuple[date, date] | None) -> bool | None:
    """True inside note 8's window, False outside, None when unknown (no window, no date,
    or a year that straddles one of its ends)."""
    span = _span(record)
    if window is None or span is None:
        return None
    if window[0] <= span[0] and span[1] <= window[1]:
        return True
    if span[1] < window[0] or span[0] > window[1]:
        return False
    return None


# -- proposals ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Proposal:
    """What one record (or the pooled citations) proposes. ``row`` None: the clerk
    chooses among ``rows``; ``duplicate``: why it is not to be added ("" when new)."""

    key: str  # unique within a preview: «file#number», or «citations»
    record: Record | None  # None for the pooled citations
    row: int | None
    rows: tuple[int, ...]  # the rows the clerk may choose
    date: date | None
    window: bool | None  # inside note 8's window
    corresponding_author: bool
    keynote: bool
    citations: int | None  # row 7 only
    reasons: tuple[str, ...]  # Persian, why this row, date and flags
    duplicate: str = ""  # Persian, «همان DOI ...»
    scope: str | None = None  # row 11 and 15: international/domestic when the export says it
    description: str = ""

    @property
    def accepted_by_default(self) -> bool:
        """Ticked in the preview: new, dated inside the window (or the pooled citations)."""
        return not self.duplicate and self.window is not False and self.row is not None

    @property
    def judged(self) -> bool:
        return self.row != CITATIONS_ROW

    @property
    def date_text(self) -> str:
        return format_jalali(self.date)


def _row_of(record: Record) -> tuple[int | None, tuple[int, ...], str]:
    indexed = [INDEXES[i] for i in record.indexing if i in INDEXES]
    if record.kind == "article":
        if indexed:
            return 2, (2, 3), f"مقاله مجله نمایه‌شده در {'، '.join(indexed)}: ردیف ۲."
        return None, (2, 3), "مقاله مجله بی‌نشان نمایه: ردیف ۲ (علمی-پژوهشی یا نمایه بین‌المللی) یا ۳ (ترویجی) را برگزینید."
    if record.kind == "conference":
        return 4, (4,), "مقاله همایش: ردیف ۴."
    if record.kind == "book":
        return 11, (11, 17), "کتاب: ردیف ۱۱ (تألیف)؛ اگر ترجمه است ردیف ۱۷."
    if record.kind == "chapter":
        return 11, (11,), "فصل کتاب: ردیف ۱۱ پیشنهاد شد؛ امتیاز آن را به اندازه سهم فصل بدهید."
    if record.kind == "patent":
        return 15, (15,), "اختراع: ردیف ۱۵."
    return None, (2, 3, 4, 5, 6), "گونه این اثر در جدول پیوست ۱ ردیفی ندارد؛ اگر به کار می‌آید ردیف را برگزینید."


def _description(record: Record) -> str:
    where = "، ".join(str(p) for p in (record.venue, record.year) if p)
    text = f"{record.title} — {where}" if where else record.title  # the title, up to « — » (activity_keys)
    if record.doi:
        text += f"\nDOI: {record.doi}"
    return text + f"\n{IMPORT_MARK} {record.source}"


def propose(
    records: Sequence[Record],
    *,
    member: MemberName,
    window: tuple[date, date] | None = None,
    existing: Iterable[frozenset[str]] = (),
    existing_citation_marks: Iterable[str] = (),
) -> list[Proposal]:
    """Each record's proposal, in the files' order, then the pooled citations (row 7).

    ``existing``: the keys of the member's activities already entered (activity_keys);
    ``existing_citation_marks``: the row 7 descriptions already entered."""
    seen: dict[str, str] = {}  # key -> where it was first read («پرونده a.bib، رکورد ۳»)
    kept: dict[str, int] = {}  # key -> the index in ``out`` of the proposal that keeps the work
    for keys in existing:
        for k in keys:
            seen[k] = "فعالیت‌های ثبت‌شده عضو"
    cited: dict[frozenset[str] | str, int] = {}  # work -> its highest citation count
    owner: dict[str, frozenset[str] | str] = {}
    out: list[Proposal] = []
    for record in records:
        keys = record_keys(record)
        where = f"پرونده {record.source}، رکورد {to_persian_digits(record.number)}"
        first = next((seen[k] for k in sorted(keys) if k in seen), "")
        duplicate = ""
        if first:
            same = "همان DOI" if any(k.startswith("doi:") and k in seen for k in keys) else "همان عنوان و سال"
            duplicate = f"تکراری: {same} در {first}."
        for k in keys:
            seen.setdefault(k, where)
        if record.citations:
            work = next((owner[k] for k in keys if k in owner), None) or keys or where
            for k in keys:
                owner.setdefault(k, work)
            cited[work] = max(cited.get(work, 0), record.citations)
        row, rows, why = _row_of(record)
        day, assumed = record_date(record)
        inside = in_window(record, window)
        reasons = [why]
        if assumed:
            reasons.append(assumed)
        if window is None:
            reasons.append("آغاز دوره داده نشده است؛ بازه پنج‌ساله (تبصره ۸) بررسی نشد.")
        elif inside is False:
            reasons.append(f"بیرون از بازه پنج‌ساله تبصره ۸ ({format_jalali(window[0])} تا {format_jalali(window[1])}).")
        elif inside is None and day is not None:
            reasons.append("سال انتشار بر مرز بازه پنج‌ساله تبصره ۸ است؛ تاریخ دقیق را بازبینی کنید.")
        corresponding = False
        if row == 2:
            name = corresponding_of(record)
            corresponding = bool(name) and names_member(name, member)
            if corresponding:
                reasons.append(f"نویسنده مسئول «{name}» همان عضو است.")
            elif name:
                reasons.append(f"نویسنده مسئول «{name}» است، نه عضو.")
            else:
                reasons.append("نویسنده مسئول در پرونده نیامده است؛ اگر عضو است علامت بزنید.")
        keynote = row == 4 and (record.keynote or record.invited)
        if keynote:
            reasons.append("سخنرانی کلیدی یا مدعو (پانویس ۲).")
        if record.authors and not any(names_member(a, member) for a in record.authors):
            reasons.append("نام عضو در فهرست نویسندگان پیدا نشد؛ بازبینی کنید.")
        scope = None
        if row in (11, 15) and record.international is not None:
            scope = "international" if record.international else "domestic"
        proposal = Proposal(
            key=f"{record.source}#{record.number}", record=record, row=row, rows=rows, date=day, window=inside,
            corresponding_author=corresponding, keynote=keynote, citations=None, reasons=tuple(reasons),
            duplicate=duplicate, scope=scope, description=_description(record),
        )  # fmt: skip
        first_kept = next((kept[k] for k in sorted(keys) if k in kept), None)
        if duplicate and first_kept is not None:
            out[first_kept] = _completed(out[first_kept], proposal, where)
        for k in keys:
            kept.setdefault(k, len(out))
        out.append(proposal)
    total = sum(cited.values())
    if total:
        mark = citations_mark(cited)
        works = to_persian_digits(len(cited))
        description = f"ارجاع‌ها به {works} اثر\n{IMPORT_MARK}: {mark}"
        duplicate = ""
        if any(mark in text for text in existing_citation_marks):
            duplicate = "تکراری: همین ارجاع‌ها پیش‌تر در ردیف ۷ عضو ثبت شده‌اند."
        reasons = [f"ارجاع‌های {works} اثر، با هم (ردیف ۷: هر ۱۰ ارجاع کامل یک امتیاز)؛ اثری که دو بار آمده یک بار شمرده شد."]
        if existing_citation_marks and not duplicate:
            reasons.append("عضو پیش‌تر ارجاع‌هایی در ردیف ۷ دارد؛ اگر همان‌ها هستند این را نپذیرید.")
        out.append(
            Proposal(
                key="citations", record=None, row=CITATIONS_ROW, rows=(CITATIONS_ROW,), date=None, window=None,
                corresponding_author=False, keynote=False, citations=total, reasons=tuple(reasons), duplicate=duplicate,
                description=description,
            )
        )  # fmt: skip
    return out


def _completed(kept: Proposal, other: Proposal, where: str) -> Proposal:
    """The kept proposal of a work, with what another export of it says and it did not:
    the indexing (row 2), the corresponding author, keynote or invited, a fuller date."""
    changes: dict = {}
    notes = []
    if kept.row is None and other.row is not None:
        changes |= {"row": other.row}
        notes.append(f"ردیف {to_persian_digits(other.row)} از {where}.")
    if other.corresponding_author and not kept.corresponding_author and (changes.get("row") or kept.row) == 2:
        changes |= {"corresponding_author": True}
        notes.append(f"نویسنده مسئول بودن عضو از {where}.")
    if other.keynote and not kept.keynote and kept.row == 4:
        changes |= {"keynote": True}
        notes.append(f"سخنرانی کلیدی یا مدعو از {where}.")
    if other.record and kept.record and other.record.day and not kept.record.day and other.date != kept.date:
        changes |= {"date": other.date, "window": other.window}
        notes.append(f"تاریخ دقیق انتشار از {where}.")
    if not changes:
        return kept
    reasons = kept.reasons
    if "date" in changes:  # «only the year was given» no longer holds
        reasons = tuple(r for r in reasons if not r.startswith(("تنها سال", "تنها ماه", "سال انتشار بر مرز")))
    return replace(kept, **changes, reasons=reasons + tuple(notes))


def citations_mark(cited: dict) -> str:
    """A short fingerprint of the works and their counts: the same file pooled again gives
    the same mark (so a second import adds nothing)."""
    parts = sorted(f"{sorted(w) if isinstance(w, frozenset) else w}={n}" for w, n in cited.items())
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:12]
