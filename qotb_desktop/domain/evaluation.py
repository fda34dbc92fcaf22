"""A centre's year: its annual report (art. 9), the secretariat's evaluation against
the scheme's criteria (arts. 2 and 7), and what follows from the verdicts (art. 10).

Consequences are computed from closed evaluations, never typed:
- 10-1: performance not approved in ``dissolution_after_failures`` consecutive years
  -> dissolution recommended; fewer failed years in a row -> probation (a warning naming
  the failed year). A year with no closed evaluation breaks the chain (docs/decisions.md).
- 10-2: article 5's conditions lost (fewer eligible members than 5-1 asks, the host
  institution no longer the majority, the summed score under Appendix 2's minimum)
  -> dissolution recommended, with the reason.
- art. 8: the period's first ``continuation_years`` years, each approved, carry the
  centre to the end of its period (domain/continuation.py); that shelters it from
  neither 10-1 nor 10-2.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from qotb_desktop.domain.centre_check import CentreCheck
from qotb_desktop.domain.continuation import UNKNOWN, Continuation, continuation, years_phrase
from qotb_desktop.domain.errors import Checker, FieldError, ValidationError
from qotb_desktop.domain.fields import DateInput, read_date, read_text
from qotb_desktop.domain.rules import Edition
from qotb_desktop.domain.rules.schemes import Scheme
from qotb_desktop.domain.scoring import Failure, number
from qotb_desktop.domain.text import normalize_text, to_latin_digits, unprintable, unprintable_message
from qotb_desktop.domain.text import to_persian_number as _fa

VERDICTS = {"approved": "تأیید", "not_approved": "عدم تأیید"}
KINDS = {"annual": "سالانه", "final": "پایانی پنج‌ساله"}
# A consequence's label where its year is not at hand; Consequence.level_label names the year.
LEVELS = {"none": "", "probation": "هشدار (عملکرد تأیید نشده)", "dissolution": "پیشنهاد انحلال"}

# The counts of an annual report: (key, Persian label).
COUNTS = (
    ("papers", "مقاله"),
    ("projects", "طرح پژوهشی"),
    ("theses", "پایان‌نامه و رساله"),
    ("postdocs", "پسادکتری"),
    ("agreements", "تفاهم‌نامه و قرارداد"),
)
BUDGETS = (("budget_received", "اعتبار دریافتی"), ("budget_spent", "اعتبار هزینه‌شده"))
BUDGET_UNIT = "میلیون ریال"
MAX_COUNT = 100_000
MAX_BUDGET = 10**12  # million rials
MAX_AREA_TEXT = 8000

# The article 5 failures that are grounds for dissolution of a running centre (10-2).
ARTICLE5_LOST = ("too_few_eligible_members", "host_not_majority", "centre_total_below_min")


@dataclass(frozen=True)
class ReportRecord:
    """An annual report as the clerk typed it, cleaned."""

    received_on: date
    areas: dict[str, str]  # art. 7 clause -> what the centre did
    counts: dict[str, int]
    budget_received: int
    budget_spent: int
    site_visit_on: date | None
    notes: str


_WHOLE = re.compile(r"-?[0-9]+")


def _whole(check: Checker, field: str, label: str, value: object, most: int) -> int:
    """A whole non-negative number; Persian/Arabic digits and thousands separators accepted."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return 0
    if isinstance(value, bool):
        check.fail(field, label, "عدد نیست.")
        return 0
    if isinstance(value, int):
        amount = value
    else:
        text = to_latin_digits(normalize_text(str(value)))
        for sep in ("٬", ",", "،", " ", "\u200c"):
            text = text.replace(sep, "")
        if not _WHOLE.fullmatch(text):
            check.fail(field, label, "باید عددی صحیح باشد (مانند ۱۲).")
            return 0
        if len(text.lstrip("-").lstrip("0")) > 30:  # far past any bound; int() refuses 4,300 digits
            text = "-1" if text.startswith("-") else str(most + 1)
        amount = int(text)
    if amount < 0:
        check.fail(field, label, "نمی‌تواند منفی باشد.")
    elif amount > most:
        check.fail(field, label, f"بیش از اندازه است (بیشینه {_fa(most)}).")
    return amount


def _long_text(check: Checker, field: str, label: str, value: object) -> str:
    """A text of several lines (what a centre did under one area, remarks)."""
    text = normalize_text(None if value is None else str(value))
    if len(text) > MAX_AREA_TEXT:
        check.fail(field, label, f"بلندتر از {_fa(MAX_AREA_TEXT)} نویسه است.")
    elif (bad := unprintable(text)) is not None:
        check.fail(field, label, unprintable_message(bad))
    return text


def clean_report(
    *,
    edition: Edition,
    received_on: DateInput,
    areas: Mapping[str, object] | None = None,
    site_visit_on: DateInput = None,
    notes: object = "",
    **numbers: object,
) -> ReportRecord:
    check = Checker()
    known = {a.key: a for a in edition.areas}
    for key in areas or {}:
        if key not in known:
            check.fail("areas", "قلمرو فعالیت", f"بند «{key}» در ماده ۷ نیست.")
    texts = {
        a.key: _long_text(check, f"area_{a.key}", f"بند {_fa(a.key)}: {a.short}", (areas or {}).get(a.key)) for a in edition.areas
    }
    allowed = {k for k, _ in COUNTS} | {k for k, _ in BUDGETS}
    for key in numbers:
        if key not in allowed:
            raise TypeError(f"unknown field {key!r}")
    counts = {key: _whole(check, key, f"تعداد {label}", numbers.get(key), MAX_COUNT) for key, label in COUNTS}
    budgets = {key: _whole(check, key, f"{label} ({BUDGET_UNIT})", numbers.get(key), MAX_BUDGET) for key, label in BUDGETS}
    received = read_date(check, "received_on", "تاریخ دریافت گزارش", received_on, required=True)
    visit = read_date(check, "site_visit_on", "تاریخ بازدید", site_visit_on, required=False)
    note = _long_text(check, "notes", "توضیحات", notes)
    check.done()
    return ReportRecord(
        received_on=received or date.min,
        areas={k: v for k, v in texts.items() if v},
        counts=counts,
        budget_received=budgets["budget_received"],
        budget_spent=budgets["budget_spent"],
        site_visit_on=visit,
        notes=note,
    )


@dataclass(frozen=True)
class EvaluationRecord:
    scores: dict[str, Fraction]
    evaluators: str
    remarks: str
    evaluated_on: date


_DECIMAL = re.compile(r"[0-9]+(\.[0-9]+)?|\.[0-9]+")


def parse_score(value: object) -> Fraction | None:
    """A typed score (Persian, Arabic or Latin digits; ٫ / or . as the decimal mark) as a
    number, or None when it is not one. The range is the caller's to check."""
    text = "" if value is None else to_latin_digits(normalize_text(str(value))).strip().replace("٫", ".").replace("/", ".")
    if len(text) > 100:  # no score is that long; Fraction() would refuse 4,300 digits with a ValueError
        return None
    if text.startswith("-") and _DECIMAL.fullmatch(text[1:]):
        return -Fraction(text[1:])
    return Fraction(text) if _DECIMAL.fullmatch(text) else None


def _score(check: Checker, field: str, label: str, value: object, scale: int) -> Fraction:
    if value is None or not normalize_text(str(value)):
        check.fail(field, label, "امتیاز این معیار را بنویسید.")
        return Fraction(0)
    amount = parse_score(value)
    if amount is None:
        check.fail(field, label, f"باید عددی از ۰ تا {_fa(scale)} باشد.")
        return Fraction(0)
    if amount < 0 or amount > scale:
        check.fail(field, label, f"باید از ۰ تا {_fa(scale)} باشد.")
    elif amount * 100 != int(amount * 100):
        check.fail(field, label, "بیش از دو رقم اعشار دارد.")
    return amount


def clean_evaluation(
    *, scheme: Scheme, scores: Mapping[str, object], evaluators: object, remarks: object = "", evaluated_on: DateInput
) -> EvaluationRecord:
    check = Checker()
    unknown = set(scores) - {c.key for c in scheme.criteria}
    if unknown:
        check.fail("scores", "معیارها", f"معیار ناشناخته: {'، '.join(sorted(unknown))}.")
    values = {c.key: _score(check, f"score_{c.key}", c.title, scores.get(c.key), scheme.scale) for c in scheme.criteria}
    who = read_text(check, "evaluators", "ارزیابان", evaluators, required=True, max_len=500)
    said = _long_text(check, "remarks", "ملاحظات", remarks)
    when = read_date(check, "evaluated_on", "تاریخ ارزیابی", evaluated_on, required=True)
    check.done()
    return EvaluationRecord(values, who, said, when or date.min)


@dataclass(frozen=True)
class Weighed:
    total: Fraction  # out of scheme.total_weight
    verdict: str  # approved | not_approved
    parts: tuple[tuple[str, Fraction, Fraction], ...]  # (criterion key, score, weighted)


def weigh(scheme: Scheme, scores: Mapping[str, Fraction]) -> Weighed:
    """The weighted total and the verdict: approved when it reaches the pass mark."""
    parts = tuple((c.key, scores[c.key], Fraction(c.weight) * scores[c.key] / scheme.scale) for c in scheme.criteria)
    total = sum((w for _, _, w in parts), Fraction(0))
    return Weighed(total, "approved" if total >= scheme.pass_mark else "not_approved", parts)


def consecutive_failures(verdicts: Mapping[int, str], year: int) -> int:
    """Not-approved years in a row ending with ``year`` (a year with no verdict breaks it)."""
    count = 0
    while verdicts.get(year - count) == "not_approved":
        count += 1
    return count


def article5_lost(check: CentreCheck, edition: Edition) -> tuple[Failure, ...]:
    """Article 5's conditions a running centre no longer meets (10-2)."""
    eligible = sum(1 for r in check.members if r.sheet.eligible)
    needed = edition.centre.min_members
    lost = []
    if eligible < needed:
        lost.append(
            Failure(
                "too_few_eligible_members",
                Fraction(needed),
                Fraction(eligible),
                f"قطب {_fa(eligible)} عضو برجسته فعال دارد و دست‌کم {_fa(needed)} لازم است (بند ۵-۱، تبصره ۸).",
            )
        )
    lost.extend(f for f in check.failures if f.code in ARTICLE5_LOST[1:])
    return tuple(lost)


@dataclass(frozen=True)
class Consequence:
    year: int
    failures: int  # consecutive not-approved years ending with ``year``
    level: str  # none | probation | dissolution
    reasons: tuple[str, ...]  # Persian, each naming its clause
    continuation: Continuation = UNKNOWN  # art. 8 as of ``year``

    @property
    def status(self) -> str:
        return {"none": "approved", "probation": "probation", "dissolution": "dissolution_advised"}[self.level]

    @property
    def level_label(self) -> str:
        """«هشدار (سال ۱۴۰۴ تأیید نشده)»: the warning names the failed year(s)."""
        if self.level == "probation" and self.failures:
            return f"هشدار ({years_phrase(range(self.year - self.failures + 1, self.year + 1))} تأیید نشده)"
        return LEVELS[self.level]


def consequence(
    *, scheme: Scheme, verdicts: Mapping[int, str], year: int, lost: Sequence[str] = (), first_year: int | None = None
) -> Consequence:
    """What follows from the closed verdicts up to ``year`` and the 10-2 reasons found
    when that year's evaluation was closed (``lost``: their Persian messages).
    ``first_year``: the Jalali year the centre's period starts, for article 8."""
    failures = consecutive_failures(verdicts, year)
    after = scheme.dissolution_after_failures
    held = continuation(
        years=scheme.continuation_years,
        first_year=first_year,
        verdicts={y: v for y, v in verdicts.items() if y <= year},
        year=year,
    )
    reasons = []
    if failures >= after:
        reasons.append(f"عملکرد قطب {_fa(failures)} سال پیاپی تأیید نشده است (بند ۱۰-۱).")
    elif failures:
        more = "در سال بعد" if after - failures == 1 else f"در {_fa(after - failures)} سال پیاپی دیگر"
        failed = years_phrase(range(year - failures + 1, year + 1))
        reasons.append(f"عملکرد قطب در {failed} تأیید نشده است؛ تأیید نشدن {more} به پیشنهاد انحلال می‌انجامد (بند ۱۰-۱).")
        if held.state == "not_met" and year in held.years:  # the warning says what it costs under article 8
            reasons.append(held.note)
    reasons.extend(f"شرایط ماده ۵ از دست رفته است (بند ۱۰-۲): {m}" for m in lost)
    if failures >= scheme.dissolution_after_failures or lost:
        level = "dissolution"
    elif failures:
        level = "probation"
    else:
        level = "none"
    return Consequence(year, failures, level, tuple(reasons), held)


def status_after(current: str, latest: Consequence | None) -> str:
    """A running centre's status from the consequence of its latest closed year; a
    dissolved centre (a council decision) or one not yet approved keeps its own."""
    if current not in ("approved", "probation", "dissolution_advised"):
        return current
    return latest.status if latest else "approved"


def check_year(year: object, *, period_start: date | None, first_year: int, last_year: int) -> int:
    """The Jalali year of a report or evaluation: a whole year within the centre's period."""
    text = to_latin_digits(normalize_text(str(year or ""))).strip()
    if not re.fullmatch("[0-9]{1,9}", text):  # not isdigit(): it takes ², which int() refuses
        raise ValidationError(FieldError("year", "سال", "سال را به هجری شمسی بنویسید (مانند ۱۴۰۳)."))
    value = int(text)
    if period_start is None:
        raise ValidationError(FieldError("year", "سال", "قطب هنوز دوره‌ای ندارد؛ گزارش و ارزیابی سالانه برای قطب مصوب است."))
    if not first_year <= value <= last_year:
        raise ValidationError(
            FieldError("year", "سال", f"سال {_fa(value)} در دوره قطب ({_fa(first_year)} تا {_fa(last_year)}) نیست.")
        )
    return value


def money(value: int) -> str:
    """``12500`` -> ``"۱۲٬۵۰۰"`` (million rials)."""
    return _fa(f"{value:,}".replace(",", "٬"))


def score_text(value: Fraction) -> str:
    return _fa(number(value))
