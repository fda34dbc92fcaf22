"""Note 3 of article 3: the quorum of the council's meetings and the majority of its votes."""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from qotb_desktop.domain.rules import CouncilRules, QuorumRule, Readings


@dataclass(frozen=True)
class Outcome:
    ok: bool
    required: int
    reason: str = ""  # Persian, when the answer needs one (no seat filled)


def quorum(*, seats: int, present: int, council: CouncilRules | None = None, rule: QuorumRule | None = None) -> Outcome:
    """The council's two thirds: ``3 * present >= 2 * seats`` (9 -> 6, 10 -> 7, 8 -> 6); or
    any ``rule`` of the data (a centre's meetings: more than half)."""
    _check(seats=seats, present=present)
    if present > seats:
        raise ValueError("--present: شمار حاضران از شمار کرسی‌ها (--seats) بیشتر است.")
    rule = rule or council.quorum  # type: ignore[union-attr]
    if seats == 0:  # issue 17.8: nobody to meet
        return Outcome(False, 0, "هیچ کرسی پر نیست؛ جلسه‌ای بی‌عضو رسمیت ندارد.")
    share = Fraction(rule.numerator * seats, rule.denominator)
    required = math.floor(share) + 1 if rule.strict else math.ceil(share)
    return Outcome(present >= required, required)


def council_quorum(*, filled: int, present: int, council: CouncilRules, readings: Readings) -> Outcome:
    """Note 3's two thirds «of the members», under the office's reading (``quorum_base``):
    of the seats filled on the meeting's day (``filled``), or of all the council's seats in
    the rules data (nine), filled or empty. A council with no seat filled has no quorum."""
    _check(seats=filled, present=present)
    if present > filled:
        raise ValueError("--present: شمار حاضران از شمار کرسی‌های پر (--seats) بیشتر است.")
    base = len(council.seats) if readings.quorum_base == "all_seats" else filled
    if filled == 0:
        required = quorum(seats=base, present=0, council=council).required
        return Outcome(False, required, "هیچ کرسی شورا پر نیست؛ جلسه‌ای بی‌عضو رسمیت ندارد (تبصره ۳).")
    outcome = quorum(seats=base, present=min(present, base), council=council)
    return Outcome(present >= outcome.required, outcome.required)


def vote(*, present: int, yes: int, readings: Readings) -> Outcome:
    """«Half plus one of those present»: floor(present / 2) + 1, or the strict present / 2 + 1."""
    _check(present=present, yes=yes)
    if yes > present:
        raise ValueError("--yes: شمار آرای موافق از شمار حاضران (--present) بیشتر است.")
    strict = readings.majority == "strict"
    required = math.ceil(Fraction(present, 2) + 1) if strict else present // 2 + 1
    return Outcome(yes >= required, required)


def _check(**counts: int) -> None:
    for name, value in counts.items():
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValueError(f"--{name}: باید عدد درست و نامنفی باشد.")
