"""The columns of a faculty spreadsheet: the fields a column can be mapped to, the
header texts recognised for each, and the guess of the mapping from a header row."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from qotb_desktop.domain.text import normalize_text, search_key

# -- the fields a column can be mapped to ------------------------------------------------


@dataclass(frozen=True)
class ImportField:
    key: str  # "national_code", ... (the mapping's keys)
    label: str  # the Persian name, as the entry form shows it
    required: bool


FIELDS: tuple[ImportField, ...] = (
    ImportField("national_code", "کد ملی", True),
    ImportField("first_name", "نام", True),
    ImportField("last_name", "نام خانوادگی", True),
    ImportField("rank", "مرتبه علمی", True),
    ImportField("institution", "مؤسسه", True),
    ImportField("field_key", "گروه / رشته", True),
    ImportField("status", "وضعیت", False),
    ImportField("hired_on", "تاریخ استخدام", False),
    ImportField("retired_on", "تاریخ بازنشستگی", False),
    ImportField("email", "رایانامه", False),
    ImportField("phone", "تلفن", False),
)
_FIELD = {f.key: f for f in FIELDS}
_ORDER = {f.key: i for i, f in enumerate(FIELDS)} | {"institution_id": 4}

# Header texts recognised for each field (compared by _header_key, so ي/ك, the
# half-space, spaces, punctuation, case and a note in brackets do not matter).
HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "national_code": (
        "کد ملی", "شماره ملی", "کد ملی عضو", "national code", "national id", "national_code", "code melli", "melli code",
    ),
    "first_name": ("نام", "نام عضو", "first name", "given name", "name", "first_name"),
    "last_name": ("نام خانوادگی", "فامیل", "فامیلی", "نام فامیلی", "last name", "surname", "family name", "family", "last_name"),
    "rank": ("مرتبه", "مرتبه علمی", "مرتبه دانشگاهی", "درجه علمی", "رتبه علمی", "rank", "academic rank"),
    "institution": (
        "مؤسسه", "دانشگاه", "دانشگاه / مؤسسه", "مؤسسه / دانشگاه", "دانشگاه محل خدمت", "مؤسسه محل خدمت", "محل خدمت",
        "نام مؤسسه", "نام دانشگاه", "institution", "university", "institute",
    ),
    "field_key": (
        "رشته", "گروه", "گروه / رشته", "گروه علمی", "رشته علمی", "گروه و رشته", "حوزه", "field", "group", "discipline",
        "field_key",
    ),
    "status": ("وضعیت", "وضعیت اشتغال", "وضعیت استخدامی", "status"),
    "hired_on": ("تاریخ استخدام", "استخدام", "تاریخ شروع خدمت", "تاریخ آغاز خدمت", "hire date", "hired on", "hired_on"),
    "retired_on": ("تاریخ بازنشستگی", "بازنشستگی", "retirement date", "retired on", "retired_on"),
    "email": ("رایانامه", "ایمیل", "پست الکترونیک", "پست الکترونیکی", "نشانی رایانامه", "email", "e-mail", "mail"),
    "phone": (
        "تلفن", "تلفن همراه", "شماره تلفن", "شماره همراه", "شماره تماس", "تلفن تماس", "همراه", "موبایل", "phone",
        "mobile", "telephone", "tel",
    ),
}  # fmt: skip


def _header_key(text: str) -> str:
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", normalize_text(text, single_line=True))
    return "".join(ch for ch in search_key(text) if ch.isalnum())


_HEADER_INDEX = {_header_key(name): key for key, names in HEADER_NAMES.items() for name in names}


def guess_mapping(headers: Sequence[str]) -> dict[str, int]:
    """Field key -> column index (0-based) for the headers recognised; each field
    takes the first column that names it, each column serves one field."""
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = _HEADER_INDEX.get(_header_key(header))
        if key and key not in mapping:
            mapping[key] = index
    return mapping
