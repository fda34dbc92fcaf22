"""Article 8: «عملکرد قطب علمی در دو سال متوالی ارزیابی و در صورت کسب حد نصاب فعالیت
آن تا پایان دوره ادامه می‌یابد».

The reading (docs/decisions.md, «Article 8»): the first ``continuation_years`` Jalali
years of the centre's period (the scheme's data: 2, the year the period starts and the
next) decide whether the centre continues to the end of its period.

- each of them has a closed annual evaluation, approved (the weighted total reaching the
  scheme's pass mark) -> ``continues``: «ادامه تا پایان دوره (ماده ۸)»;
- one of them closed and not approved -> ``not_met``: continuation not established, the
  failed year named (the same failure is a 10-1 warning, two in a row a dissolution);
- otherwise -> ``pending``: a year of them is still to come or has no closed evaluation
  (as for 10-1, a missing evaluation is not presumed a failure).

Derived from the closed evaluations, never stored. It does not shelter the centre from
article 10: not approved in consecutive years (10-1, any years, also after it continues)
or article 5 lost (10-2) still advise dissolution.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from qotb_desktop.domain.text import to_persian_number as _fa

STATES = {"unknown": "", "pending": "در انتظار", "continues": "ادامه تا پایان دوره", "not_met": "احراز نشد"}
_WORDS = {1: "یک", 2: "دو", 3: "سه", 4: "چهار", 5: "پنج"}


def count_word(n: int) -> str:
    """``2`` -> «دو» (a count in running text)."""
    return _WORDS.get(n, _fa(n))


def years_text(years: Sequence[int]) -> str:
    """``(1402,)`` -> «۱۴۰۲»; ``(1402, 1403)`` -> «۱۴۰۲ و ۱۴۰۳»; three or more in a row
    -> «۱۴۰۲ تا ۱۴۰۴»; else «۱۴۰۲، ۱۴۰۴ و ۱۴۰۵»."""
    ys = sorted(years)
    if len(ys) > 2 and ys[-1] - ys[0] == len(ys) - 1:
        return f"{_fa(ys[0])} تا {_fa(ys[-1])}"
    if len(ys) > 1:
        return "، ".join(_fa(y) for y in ys[:-1]) + f" و {_fa(ys[-1])}"
    return _fa(ys[0]) if ys else ""


def years_phrase(years: Sequence[int]) -> str:
    """«سال ۱۴۰۲», or «سال‌های ۱۴۰۲ و ۱۴۰۳» for more than one."""
    return f"{'سال‌های' if len(years) > 1 else 'سال'} {years_text(years)}"


@dataclass(frozen=True)
class Continuation:
    """A centre's article 8 state, as of a year."""

    state: str  # unknown (no period start) | pending | continues | not_met
    years: tuple[int, ...] = ()  # the period's first years that decide
    failed: tuple[int, ...] = ()  # of those, closed and not approved (up to the year asked)
    missing: tuple[int, ...] = ()  # of those, without a closed evaluation (up to the year asked) or still to come

    @property
    def short(self) -> str:
        """For a column headed «ماده ۸»: «ادامه تا پایان دوره», «احراز نشد (۱۴۰۲)» (the year
        not approved), «در انتظار سال ۱۴۰۳» (the year whose closed evaluation is awaited)."""
        if self.state == "not_met":
            return f"{STATES['not_met']} ({years_text(self.failed)})"
        if self.state == "pending":
            return f"{STATES['pending']} {years_phrase(self.missing)}"
        return STATES[self.state]

    @property
    def label(self) -> str:
        """Where no column names the article: «ادامه تا پایان دوره (ماده ۸)», ..."""
        if self.state == "not_met":
            return f"ادامه تا پایان دوره احراز نشد (ماده ۸؛ {years_phrase(self.failed)} تأیید نشده)"
        if self.state == "pending":
            return f"در ارزیابی {count_word(len(self.years))} سال نخست دوره (ماده ۸)"
        return f"{STATES['continues']} (ماده ۸)" if self.state == "continues" else ""

    @property
    def note(self) -> str:
        """One sentence for the clerk and the council: what article 8 says of this centre."""
        first = f"{count_word(len(self.years))} سال نخست دوره ({years_text(self.years)})"
        if self.state == "continues":
            return (
                f"عملکرد قطب در {first} تأیید شد؛ فعالیت آن تا پایان دوره ادامه می‌یابد (ماده ۸). "
                "این مانع ماده ۱۰ نیست: تأیید نشدن در سال‌های پیاپی (بند ۱۰-۱) یا از دست رفتن شرایط ماده ۵ "
                "(بند ۱۰-۲) همچنان به پیشنهاد انحلال می‌انجامد."
            )
        if self.state == "not_met":
            return (
                f"عملکرد قطب در {years_phrase(self.failed)} از {first} تأیید نشد؛ "
                "ادامه فعالیت تا پایان دوره (ماده ۸) احراز نشده است."
            )
        if self.state == "pending":
            return (
                f"ادامه فعالیت تا پایان دوره را ارزیابی {first} تعیین می‌کند (ماده ۸)؛ "
                f"ارزیابی بسته‌شده {years_phrase(self.missing)} هنوز در پرونده نیست."
            )
        return ""


UNKNOWN = Continuation("unknown")


def continuation(*, years: int, first_year: int | None, verdicts: Mapping[int, str], year: int) -> Continuation:
    """Article 8 as of Jalali ``year``, from the closed annual verdicts (year -> approved |
    not_approved); ``years``: how many first years decide (the scheme's ``continuation_years``);
    ``first_year``: the Jalali year the centre's period starts (None: no period, unknown)."""
    if first_year is None or years < 1:
        return UNKNOWN
    deciding = tuple(range(first_year, first_year + years))
    seen = {y: verdicts.get(y) for y in deciding if y <= year}
    failed = tuple(y for y, v in seen.items() if v == "not_approved")
    missing = tuple(y for y in deciding if seen.get(y) != "approved" and y not in failed)
    if failed:
        return Continuation("not_met", deciding, failed, missing)
    if missing:
        return Continuation("pending", deciding, (), missing)
    return Continuation("continues", deciding)
