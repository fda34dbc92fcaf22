"""Article 12's arithmetic: the yearly line split in two (12-2-1), and the first half shared
out among the entitled centres by the secretariat's scheme (domain/rules/funding/*.toml).

Everything is exact: amounts are whole rials, shares are computed as fractions and only
then rounded down to the scheme's step (a whole million rials), the steps left going one
by one to the largest fractional parts (ties in the order the centres were registered)
and the odd rials below a step to the first of them, so the shares add up to the half
to the rial.

The share of a centre is proportional to its basis (its latest closed evaluation's
weighted total), but not below the floor nor above the cap: the one multiplier ``λ`` is
found for which ``Σ clamp(λ·basis, floor, cap)`` is the half (the function only grows
with ``λ``, piecewise linear, so it is solved exactly between two of its corners). A
centre with no basis gets the floor (or nothing, as the scheme says); when no entitled
centre has a basis above zero they all count the same. A floor the centres cannot all
have gives equal shares, and a cap that cannot fill the half (too few centres) is not
applied; the worksheet's notes say so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from qotb_desktop.domain.errors import Checker
from qotb_desktop.domain.fields import read_choice, read_date, read_text
from qotb_desktop.domain.money import Unit, read_amount
from qotb_desktop.domain.rules.funding_schemes import FundingScheme
from qotb_desktop.domain.text import normalize_text, to_latin_digits, to_persian_digits

BUDGET_KINDS = {
    "line": "ردیف بودجه سال",
    "supplement": "متمم در میانه سال",
    "organisation": "وجوه دستگاه‌ها و سازمان‌ها (تبصره ۱۳)",
}

RULES = {
    "proportional": "به نسبت امتیاز ارزیابی",
    "floor": "کف سهم",
    "cap": "سقف سهم",
    "equal": "سهم برابر",
    "unevaluated": "بی‌ارزیابی: کف سهم",
    "excluded": "بی‌ارزیابی: بی‌سهم",
}


def split_line(line_rials: int, programs_percent: int) -> tuple[int, int]:
    """(the programs' half, the calls' half) of the year's line: the first rounded down
    to the rial, the calls take the rest (12-2-1)."""
    programs = int(line_rials) * int(programs_percent) // 100
    return programs, int(line_rials) - programs


@dataclass(frozen=True)
class Claim:
    """An entitled centre: ``key`` orders equal remainders (its code); ``basis`` the
    weighted total of its evaluation (None: none to count)."""

    key: str
    basis: Fraction | None


@dataclass(frozen=True)
class Share:
    key: str
    rials: int
    rule: str  # a key of RULES


@dataclass(frozen=True)
class Allocation:
    half: int
    shares: tuple[Share, ...]
    notes: tuple[str, ...] = ()

    @property
    def allocated(self) -> int:
        return sum(s.rials for s in self.shares)

    @property
    def unallocated(self) -> int:
        return self.half - self.allocated

    def share(self, key: str) -> Share:
        return next(s for s in self.shares if s.key == key)


def allocate(half: int, claims: Sequence[Claim], scheme: FundingScheme) -> Allocation:
    """The half shared out among ``claims`` (see the module's text). Never raises: when
    the scheme's floor and cap cannot hold for these centres, the shares say how (equal
    shares when the floors alone pass the half; no cap when the caps of the centres
    cannot fill it), with a note."""
    half = int(half)
    excluded = [c for c in claims if c.basis is None and scheme.unevaluated == "excluded"]
    taking = [c for c in claims if c not in excluded]
    out: dict[str, Share] = {c.key: Share(c.key, 0, "excluded") for c in excluded}
    notes: list[str] = []
    if not taking or half <= 0:
        return Allocation(half, tuple(out[c.key] for c in claims))
    n = len(taking)
    floor = Fraction(half * scheme.floor_percent, 100)
    cap = Fraction(half * scheme.cap_percent, 100)
    exact: dict[str, Fraction] = {}
    rules: dict[str, str] = {}
    counted = [c for c in taking if c.basis is not None and c.basis > 0]
    if not counted:
        for c in taking:
            exact[c.key], rules[c.key] = Fraction(half, n), "equal"
        if Fraction(half, n) > cap:
            notes.append(
                f"سقف سهم ({to_persian_digits(scheme.cap_percent)}٪ نیمه) برای {to_persian_digits(n)} قطب نیمه را پر نمی‌کند "
                "و به کار نرفت."
            )
    elif n * floor > half:
        notes.append(
            f"کف سهم ({to_persian_digits(scheme.floor_percent)}٪ نیمه) برای {to_persian_digits(n)} قطب از نیمه بیشتر است؛ "
            "نیمه به سهم‌های برابر بخش شد."
        )
        for c in taking:
            exact[c.key], rules[c.key] = Fraction(half, n), "equal"
    else:
        fixed = [c for c in taking if c not in counted]
        for c in fixed:
            exact[c.key], rules[c.key] = floor, "unevaluated" if c.basis is None else "floor"
        target = half - floor * len(fixed)
        if cap * len(counted) < target:  # too few centres for the cap: it is not applied
            notes.append(
                f"سقف سهم ({to_persian_digits(scheme.cap_percent)}٪ نیمه) برای {to_persian_digits(len(counted))} قطب "
                "ارزیابی‌شده نیمه را پر نمی‌کند و به کار نرفت."
            )
            cap = Fraction(half)
        solved = _clamped(target, [Fraction(c.basis) for c in counted], floor, cap)  # type: ignore[arg-type]
        for c, (value, rule) in zip(counted, solved, strict=True):
            exact[c.key], rules[c.key] = value, rule
    rounded = _round(exact, [c.key for c in taking], to=min(half, int(sum(exact.values()))), step=scheme.share_step)
    for c in taking:
        out[c.key] = Share(c.key, rounded[c.key], rules[c.key])
    return Allocation(half, tuple(out[c.key] for c in claims), tuple(notes))


def _clamped(target: Fraction, weights: list[Fraction], floor: Fraction, cap: Fraction) -> list[tuple[Fraction, str]]:
    """Each ``clamp(λ·w, floor, cap)`` for the λ that makes their sum ``target`` (all at
    the cap when even that is short of it)."""
    events: list[tuple[Fraction, int, int]] = []  # (λ, 0: leaves the floor / 1: reaches the cap, index)
    for i, w in enumerate(weights):
        events.append((floor / w, 0, i))
        events.append((cap / w, 1, i))
    events.sort()
    level, slope = floor * len(weights), Fraction(0)  # f(λ) = level + λ·slope between corners
    lam: Fraction | None = None
    for at, kind, i in events:
        if level + at * slope >= target:
            lam = (target - level) / slope if slope else at
            break
        if kind == 0:
            level, slope = level - floor, slope + weights[i]
        else:
            level, slope = level + cap, slope - weights[i]
    if lam is None:  # every share at the cap
        return [(cap, "cap")] * len(weights)
    result = []
    for w in weights:
        value = lam * w
        if value <= floor:
            result.append((floor, "floor"))
        elif value >= cap:
            result.append((cap, "cap"))
        else:
            result.append((value, "proportional"))
    return result


def _round(exact: dict[str, Fraction], order: list[str], *, to: int, step: int = 1) -> dict[str, int]:
    """Each share rounded down to a whole ``step`` of rials; the steps left to reach ``to``
    go one each to the largest fractional parts, equal ones in ``order``; the rials below
    a step (when ``to`` is not a whole number of steps) to the first of that order."""
    down = {k: (int(v) // step) * step for k, v in exact.items()}  # int() of a non-negative Fraction rounds down
    left = to - sum(down.values())
    place = {k: i for i, k in enumerate(order)}
    rank = sorted(order, key=lambda k: (-(exact[k] - down[k]), place[k]))
    steps, rest = divmod(max(0, left), step)
    for k in rank[:steps]:
        down[k] += step
    if rest and rank:
        down[rank[0]] += rest
    return down


# -- what the clerk types -----------------------------------------------------------------

MIN_YEAR, MAX_YEAR = 1390, 1500


@dataclass(frozen=True)
class EntryRecord:
    kind: str
    amount: int
    recorded_on: date
    reference: str
    source: str
    note: str


def clean_year(value: object) -> int:
    """A Jalali year of the budget (Persian, Arabic or Latin digits)."""
    check = Checker()
    text = to_latin_digits(normalize_text(str(value if value is not None else ""), single_line=True))
    year = int(text) if text.isdigit() and len(text) == 4 else 0
    if not MIN_YEAR <= year <= MAX_YEAR:
        check.fail(
            "year", "سال اعتبار", f"باید سالی شمسی میان {to_persian_digits(MIN_YEAR)} و {to_persian_digits(MAX_YEAR)} باشد."
        )
    check.done()
    return year


def clean_entry(
    *,
    kind: object,
    amount: object,
    recorded_on: object,
    reference: object = "",
    source: object = "",
    note: object = "",
    unit: Unit,
) -> EntryRecord:
    """A budget entry as typed: its kind, the amount in the office's unit, the day, the
    letter or law it comes from, the organisation (required for note 13's money)."""
    check = Checker()
    key = read_choice(check, "kind", "گونه", kind, BUDGET_KINDS)
    rials = read_amount(check, "amount", f"مبلغ ({unit.title})", amount, unit=unit)
    day = read_date(check, "recorded_on", "تاریخ", recorded_on, required=True)
    ref = read_text(check, "reference", "شماره نامه یا قانون", reference, required=False, max_len=60)
    org = read_text(check, "source", "دستگاه یا سازمان", source, required=key == "organisation", max_len=200)
    text = read_text(check, "note", "یادداشت", note, required=False, max_len=2000)
    check.done()
    return EntryRecord(key, rials, day or date.min, ref, org, text)
