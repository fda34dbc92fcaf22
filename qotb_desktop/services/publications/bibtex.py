"""BibTeX (Google Scholar, Zotero, Mendeley, ORCID), read by bibtexparser 2: LaTeX escapes
decoded («{\\"u}» -> «ü»), Persian in braces kept, a broken entry reported by its line."""

from __future__ import annotations

import logging
import re
import unicodedata
from functools import lru_cache

import bibtexparser
from bibtexparser.middlewares import SeparateCoAuthors
from pylatexenc.latex2text import LatexNodes2Text

from qotb_desktop.domain.publications import Unreadable
from qotb_desktop.domain.text import to_persian_digits
from qotb_desktop.services.publications.common import Reading, count_of, indexing_of, make, marked, month_of, year_of

KINDS = {
    "article": "article", "inproceedings": "conference", "conference": "conference", "proceedings": "other",
    "book": "book", "inbook": "chapter", "incollection": "chapter", "patent": "patent",
}  # fmt: skip


# The splitter logs each broken entry as a warning; here it is an Unreadable in Persian instead.
logging.getLogger("bibtexparser.splitter").addHandler(logging.NullHandler())
logging.getLogger("bibtexparser.splitter").propagate = False


_ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304", ".": "\u0307"}
_ACCENTS |= {"c": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b", "k": "\u0328"}
_ACCENT = re.compile(r"\\(['\"`^~=.])\s*\{?\s*([A-Za-z])\s*\}?|\\([cvuHk])\s*\{\s*([A-Za-z])\s*\}")
_SPECIAL = re.compile(r"\\([&%_#$])")
_LATEX = LatexNodes2Text()


@lru_cache(maxsize=8192)  # a file repeats its journals and its people
def decode_latex(value: str) -> str:
    """LaTeX as a BibTeX export writes it, as text: «{\\"u}ber» -> «über», «\\&» -> «&», braces
    dropped («{G}raphene», Persian in braces). The accents and escaped characters every export
    uses are read here (pylatexenc takes half a millisecond a value, too slow for 2,000 records);
    anything else goes to pylatexenc (bibtexparser's own LaTeX decoding)."""
    if "\\" not in value and "{" not in value and "$" not in value:
        return value
    text = re.sub(r"\\i(?![A-Za-z])", "i", value)
    text = _ACCENT.sub(lambda m: unicodedata.normalize("NFC", (m[2] or m[4]) + _ACCENTS[m[1] or m[3]]), text)
    text = _SPECIAL.sub(r"\1", text).replace("{\\ss}", "ß").replace("\\ss ", "ß")
    if "\\" in text or "$" in text:
        return _LATEX.latex_to_text(value)
    return text.replace("{", "").replace("}", "")


def looks_like(text: str) -> bool:
    return re.search(r"^\s*@\w+\s*[{(]", text, re.MULTILINE) is not None


def _value(entry, name: str) -> str:
    found = entry.fields_dict.get(name)
    if found is None:
        return ""
    value = found.value
    return "; ".join(decode_latex(v) for v in value) if isinstance(value, list) else decode_latex(str(value))


def read(text: str, source: str) -> Reading:
    library = bibtexparser.parse_string(text, append_middleware=[SeparateCoAuthors()])
    records, bad = [], []
    for number, entry in enumerate(library.entries, start=1):
        kind = KINDS.get(entry.entry_type.casefold(), "other")
        note = " ".join(_value(entry, n) for n in ("note", "keywords", "annote", "annotation"))
        authors = entry.fields_dict.get("author")
        scope = _value(entry, "scope").casefold()
        cited = re.search(r"(?:cited by|citations?)\D{0,3}(\d+)", note, re.IGNORECASE)
        made = make(
            source, number, kind=kind, title=_value(entry, "title"),
            venue=_value(entry, "journal") or _value(entry, "booktitle") or _value(entry, "publisher"),
            year=year_of(_value(entry, "year") or _value(entry, "date")),
            month=month_of(_value(entry, "month")) or _date_month(_value(entry, "date")),
            doi=_value(entry, "doi") or _value(entry, "url"),
            authors=tuple(decode_latex(a) for a in authors.value) if authors and isinstance(authors.value, list) else (),
            citations=count_of(cited.group(1)) if cited else None,
            indexing=indexing_of(note) if kind == "article" else (), keynote=marked(note)[0], invited=marked(note)[1],
            international={"international": True, "domestic": False}.get(scope),
        )  # fmt: skip
        (bad if isinstance(made, Unreadable) else records).append(made)
    for block in library.failed_blocks:
        line = to_persian_digits((getattr(block, "start_line", 0) or 0) + 1)
        first = block.raw.strip().split("\n", 1)[0][:200]
        message = f"رکورد سطر {line} خوانده نشد (نحو BibTeX نادرست است)."
        bad.append(Unreadable(source, len(records) + len(bad) + 1, message, first))
    return Reading(source, "bibtex", tuple(records), tuple(bad))


def _date_month(text: str) -> int | None:
    match = re.match(r"\d{4}-(\d{2})", text or "")
    return int(match.group(1)) if match else None
