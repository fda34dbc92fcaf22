"""An activity as a clerk types it into the calculator: labels, choices, and the
conversion of typed text (any digits, «۲٫۵») into the scoring engine's Item."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from qotb_desktop.domain.errors import Checker, ValidationError
from qotb_desktop.domain.rules import Edition, RowRule
from qotb_desktop.domain.scoring import Item
from qotb_desktop.domain.scoring_io import allowed_fields, parse_item
from qotb_desktop.domain.text import normalize_text, to_persian_digits, unprintable, unprintable_message

LABELS = {
    "date": "تاریخ",
    "description": "شرح",
    "points": "امتیاز داده‌شده",
    "corresponding_author": "نویسنده مسئول",
    "keynote": "سخنرانی کلیدی یا مدعو",
    "citations": "شمار ارجاع‌ها",
    "amount_toman": "مبلغ طرح (تومان)",
    "scope": "گستره",
    "award": "نشان",
    "journal_years": "شمار مجله-سال",
    "conferences": "شمار همایش‌ها",
    "academy": "عضویت فرهنگستان",
    "role": "نقش در انجمن",
    "years": "شمار سال‌ها",
    "as_director": "به عنوان مدیر قطب",
    "end": "تاریخ پایان",
    "evidence": "مدرک",
}

CHOICES = {
    "scope": {"international": "بین‌المللی", "domestic": "داخلی"},
    "award": {
        "international_festival": "جشنواره بین‌المللی",
        "national_festival": "جشنواره ملی",
        "national_exemplary_professor": "استاد نمونه کشوری",
        "national_exemplary_researcher": "پژوهشگر نمونه کشوری",
        "university_exemplary_researcher": "پژوهشگر نمونه دانشگاه",
        "best_thesis_supervisor": "راهنمای پایان‌نامه برتر",
    },
    "academy": {"full": "پیوسته", "associate": "وابسته", "honorary": "افتخاری"},
    "role": {"board_member": "عضو هیأت مدیره", "president": "رئیس انجمن"},
}
UNITS = {"citations": "ارجاع", "amount_toman": "تومان", "journal_years": "مجله-سال", "years": "سال", "conferences": "همایش"}
FLAGS = ("corresponding_author", "keynote", "as_director")
WHOLE = ("citations", "amount_toman", "conferences")
DECIMAL = ("points", "journal_years", "years")

_NUMBER = re.compile(r"^-?\d+([.]\d{1,2})?$")  # two decimals at most: what is stored is what was typed
# The most a typed number may be: what the store's columns hold (Integer, BigInteger, Numeric(8, 2)).
MAXIMA = {"citations": 10**9, "conferences": 10**9, "amount_toman": 10**15}
MAXIMA |= {"points": 10**5, "journal_years": 10**5, "years": 10**5}


def _thousands(value: int) -> str:
    return to_persian_digits(f"{value:,}").replace(",", "٬")


def fields_of(rule: RowRule, edition: Edition) -> list[str]:
    """The fields a row's form shows, in a sensible order (date first, description last)."""
    allowed = allowed_fields(rule, edition) - {"row"}
    order = ["date", "end", "scope", "points", *WHOLE, "journal_years", "years", "award", "academy", "role", *FLAGS]
    order += ["evidence", "description"]
    return [f for f in order if f in allowed]


def clean_activity(row: int, values: Mapping[str, Any], edition: Edition) -> Item:
    """Typed values -> Item, or ValidationError naming the fields in Persian."""
    check = Checker()
    raw: dict[str, Any] = {"row": row}
    for name, value in values.items():
        if name in FLAGS:
            raw[name] = bool(value)
            continue
        text = normalize_text("" if value is None else str(value), single_line=name != "description")
        if not text:
            continue
        if name in LABELS and (bad := unprintable(text)) is not None:
            check.fail(name, LABELS[name], unprintable_message(bad))
            continue
        if name in WHOLE or name in DECIMAL:
            number = text.replace("٫", ".")
            for separator in ("٬", ",", "،"):  # thousands, as Persian (٬) or Latin keyboards type them
                number = number.replace(separator, "")
            if not _NUMBER.match(number):
                check.fail(name, LABELS[name], "باید عدد باشد، با دو رقم اعشار دست‌بالا.")
                continue
            if abs(float(number)) > MAXIMA[name]:  # float(): int() refuses 4,300 digits
                check.fail(name, LABELS[name], f"بیش از اندازه است (بیشینه {_thousands(MAXIMA[name])}).")
                continue
            raw[name] = int(number) if name in WHOLE and "." not in number else float(number)
        else:
            raw[name] = text
    check.done()
    try:
        return parse_item(raw, edition)
    except ValidationError as exc:
        raise ValidationError([type(e)(e.field, LABELS.get(e.field, e.label), e.message) for e in exc.errors]) from None


def evidence_label(rule: RowRule, edition: Edition) -> str:
    """The evidence field's label on this row (footnotes 4 and 5), or ""."""
    wanted = edition.scoring.evidence_of(rule.row)
    return f"{wanted.label} ({wanted.clause})" if wanted else ""


def describe(rule: RowRule, edition: Edition) -> str:
    """The row's rule in a sentence, from the rules data (shown beside the form)."""
    from qotb_desktop.domain.text import to_persian_digits as fa

    def n(value) -> str:
        shown = f"{int(value):,}" if float(value).is_integer() else str(value)
        return fa(shown).replace(",", "٬").replace(".", "٫")  # «۰٫۲», never a Latin point

    parts: list[str] = []
    if rule.rule == "rank":
        parts.append("، ".join(f"{vocab_rank(k)} {n(v)}" for k, v in rule.values.items()) + "؛ از مرتبه علمی عضو")
    elif rule.rule == "judged":
        if rule.scopes:
            parts.append("، ".join(f"{CHOICES['scope'][k]} تا {n(v)}" for k, v in rule.scopes.items()) + " امتیاز هر مورد")
        else:
            parts.append(f"داوری: تا {n(rule.max)} امتیاز هر مورد")
        if edition.scoring.points_required:
            parts.append("امتیاز داده‌شده لازم است")
        if rule.keynote_bonus:
            parts.append(f"سخنرانی کلیدی یا مدعو {n(rule.keynote_bonus)} امتیاز افزون")
    elif rule.rule == "fixed":
        parts.append(f"{n(rule.points)} امتیاز هر مورد")
    elif rule.rule in ("per_unit", "per_item_unit"):
        parts.append(f"{n(rule.points)} امتیاز به ازای هر {n(rule.unit)} {UNITS[rule.field]} کامل")
        if rule.cap:
            parts.append(f"سقف {n(rule.cap)}")
    elif rule.rule == "rate":
        if rule.measure == "years_in_window":
            parts.append(f"{n(rule.points)} امتیاز به ازای هر سال درون بازه پنج‌ساله، از تاریخ آغاز تا پایان (ماه‌های کامل)")
        else:
            parts.append(f"{n(rule.points)} امتیاز به ازای هر {UNITS[rule.field]}")
        if rule.director_points:
            parts.append(f"مدیر قطب {n(rule.director_points)}")
    elif rule.rule == "choice":
        parts.append("، ".join(f"{CHOICES[rule.field][k]} {n(v)}" for k, v in rule.values.items()))
    if rule.row_cap is not None:
        parts.append(f"سقف ردیف {n(rule.row_cap)}")
    if rule.row_cap_from_field:
        parts.append("سقف ردیف از پیوست ۲ (رشته عضو)")
    if rule.groups:
        titles = {f.key: f.title for f in edition.fields}
        parts.append("فقط برای " + "، ".join(titles[g] for g in rule.groups))
    if rule.undated:
        parts.append("تاریخ لازم نیست")
    if edition.scoring.evidence_of(rule.row):
        parts.append(f"مدرک: {evidence_label(rule, edition)}")
    return "؛ ".join(parts) + "."


def vocab_rank(key: str) -> str:
    from qotb_desktop.domain.vocab import RANKS

    return RANKS.get(key, key)
