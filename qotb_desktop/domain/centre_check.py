"""Article 5: does a proposed centre qualify? Members scored, the centre summed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from qotb_desktop.domain.rules import Edition, Readings
from qotb_desktop.domain.scoring import Failure, MemberInput, ScoreSheet, number, score_member
from qotb_desktop.domain.text import search_key
from qotb_desktop.domain.text import to_persian_number as _fa

# The readings of 5-1's «اکثر اعضا» the rules data may name.
HOST_MAJORITY = {"more_than_half": lambda from_host, count: from_host * 2 > count}


@dataclass(frozen=True)
class ProposedMember:
    name: str
    institution: str
    in_other_active_centre: bool
    member: MemberInput


@dataclass(frozen=True)
class CentreInput:
    field_key: str
    period_start: date
    host_institution: str
    equipment_confirmed: bool
    program_confirmed: bool
    members: tuple[ProposedMember, ...]


@dataclass(frozen=True)
class MemberResult:
    name: str
    institution: str
    sheet: ScoreSheet


@dataclass(frozen=True)
class CentreCheck:
    edition: str
    readings: Readings
    total: Fraction
    members: tuple[MemberResult, ...]
    failures: tuple[Failure, ...]
    field_key: str = ""  # the centre's field: its summed minimum (each member's verdict is by their own)

    @property
    def eligible(self) -> bool:
        return not self.failures


def check_centre(
    centre: CentreInput, *, edition: Edition, readings: Readings | None = None, sheets: Sequence[ScoreSheet | None] = ()
) -> CentreCheck:
    """Article 5 over ``centre``. ``sheets``: the members' sheets already known (kept
    scores), in the members' order; a member without one (None, or no ``sheets``) is scored."""
    readings = readings or edition.readings
    rules = edition.centre
    thresholds = edition.field(centre.field_key).thresholds
    known = list(sheets) + [None] * (len(centre.members) - len(sheets))
    results = tuple(
        MemberResult(p.name, p.institution, sheet or score_member(p.member, edition=edition, readings=readings))
        for p, sheet in zip(centre.members, known, strict=True)
    )
    failures: list[Failure] = []
    count = len(results)
    if count < rules.min_members:
        failures.append(
            Failure(
                "too_few_members",
                Fraction(rules.min_members),
                Fraction(count),
                f"قطب {_fa(count)} عضو دارد و دست‌کم {_fa(rules.min_members)} عضو لازم است (بند ۵-۱).",
            )
        )
    host = search_key(centre.host_institution)
    from_host = sum(1 for p in centre.members if search_key(p.institution) == host)
    if not HOST_MAJORITY[rules.host_majority](from_host, count):
        failures.append(
            Failure(
                "host_not_majority",
                Fraction(count // 2 + 1),
                Fraction(from_host),
                f"{_fa(from_host)} عضو از {_fa(count)} عضو از مؤسسه متقاضی است؛ بیشتر اعضا باید از آن باشند (بند ۵-۱).",
            )
        )
    for r in results:
        if not r.sheet.eligible:
            reasons = "؛ ".join(f.message.rstrip(".") for f in r.sheet.failures)
            reasons += f" (جدول‌های رشته {edition.field(r.sheet.field_key).title})"
            first = r.sheet.failures[0]  # required and actual of the member's first unmet condition
            failures.append(
                Failure(
                    "member_not_eligible",
                    first.required,
                    first.actual,
                    f"{r.name} عضو هیأت علمی برجسته فعال نیست (تبصره ۸): {reasons}.",
                )
            )
    for p in centre.members:
        if p.in_other_active_centre:
            failures.append(
                Failure("member_in_other_centre", Fraction(0), Fraction(1), f"{p.name} عضو قطب فعال دیگری است (تبصره ۹).")
            )
    total = sum((r.sheet.total for r in results), Fraction(0))
    if total < thresholds.min_centre_total:
        failures.append(
            Failure(
                "centre_total_below_min",
                Fraction(thresholds.min_centre_total),
                total,
                f"مجموع امتیاز اعضا {_fa(number(total))} است و کمینه قطب در رشته {edition.field(centre.field_key).title} "
                f"{_fa(thresholds.min_centre_total)} (بند ۵-۲، پیوست ۲).",
            )
        )
    if not centre.equipment_confirmed:
        failures.append(
            Failure(
                "equipment_not_confirmed", Fraction(1), Fraction(0), "برخورداری از تجهیزات و امکانات تأیید نشده است (بند ۵-۳)."
            )
        )
    if not centre.program_confirmed:
        failures.append(Failure("program_not_confirmed", Fraction(1), Fraction(0), "برنامه هدفمند قطب تأیید نشده است (بند ۵-۴)."))
    return CentreCheck(edition.edition, readings, total, results, tuple(failures), centre.field_key)
