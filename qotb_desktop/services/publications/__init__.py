"""A member's publications from the files they export: the four readers (one module a
format), the file's format told from its name and its first lines, and the import
(importing.py). The rules (rows, dates, duplicates, names) are domain/publications.py."""

from __future__ import annotations

from pathlib import Path

from qotb_desktop.domain.errors import DomainError
from qotb_desktop.services.publications import bibtex, ris, scopus, wos
from qotb_desktop.services.publications.common import Reading, decode

READERS = {"scopus": scopus, "wos": wos, "bibtex": bibtex, "ris": ris}
_BY_SUFFIX = {".bib": "bibtex", ".bibtex": "bibtex", ".ris": "ris", ".csv": "scopus", ".ciw": "wos"}
SUFFIXES = (".csv", ".txt", ".bib", ".ris", ".ciw", ".tsv")

__all__ = ["READERS", "Reading", "format_of", "read_publications", "read_text"]


def format_of(text: str, name: str = "") -> str:
    """Which reader: the content decides (an export saved as .txt is common), the suffix breaks ties."""
    for key in ("ris", "wos", "bibtex", "scopus"):
        if READERS[key].looks_like(text):
            return key
    guess = _BY_SUFFIX.get(Path(name).suffix.casefold())
    if guess:
        return guess
    formats = "خروجی Scopus (CSV)، Web of Science (متن ساده یا جداشده با Tab)، BibTeX یا RIS"
    raise DomainError(f"قالب پرونده {Path(name).name} شناخته نشد: {formats} بدهید.")


def read_text(text: str, source: str, fmt: str | None = None) -> Reading:
    fmt = fmt or format_of(text, source)
    return READERS[fmt].read(text, source)


def read_publications(*, path: str | Path, fmt: str | None = None) -> Reading:
    """One exported file read; nothing is written. Unreadable records are listed in the Reading."""
    file = Path(path)
    return read_text(decode(file.read_bytes()), file.name, fmt)
