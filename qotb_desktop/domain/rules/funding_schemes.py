"""The secretariat's funding schemes (``funding/*.toml``): the share of the yearly line for
the centres' programs (12-2-1) and how that half is shared out among the centres.

Each scheme applies from a Jalali year on; every allocation worksheet records the scheme
it was computed with."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from qotb_desktop.domain.money import UNITS, Unit

UNEVALUATED = {"floor": "کف سهم", "excluded": "بی‌سهم"}


@dataclass(frozen=True)
class SelectionCriterion:
    key: str  # "12-4-1"
    title: str  # the bylaw's sentence
    max_score: int | None = None  # the secretariat's score for it, where its scheme gives one


@dataclass(frozen=True)
class FundingScheme:
    scheme: str
    title: str
    clause: str
    from_year: int
    programs_percent: int
    entitled_statuses: tuple[str, ...]
    evaluation_lookback_years: int
    unevaluated: str  # "floor" | "excluded"
    floor_percent: int
    cap_percent: int
    remainder: str
    share_step: int  # rials: shares are whole multiples of it (but the one taking the odd rials)
    display_unit: Unit
    selection_criteria: tuple[SelectionCriterion, ...] = ()

    @property
    def scores_criteria(self) -> bool:
        """Whether the scheme gives any criterion of 12-4 a score."""
        return any(c.max_score is not None for c in self.selection_criteria)


def _folder():
    return resources.files(__package__) / "funding"


def available_funding_schemes() -> list[str]:
    return sorted(p.name.removesuffix(".toml") for p in _folder().iterdir() if p.name.endswith(".toml"))


@cache
def load_funding_scheme(key: str) -> FundingScheme:
    """Read ``funding/<key>.toml``; raises KeyError for an unknown scheme, ValueError for
    numbers that cannot work together."""
    if key not in available_funding_schemes():
        raise KeyError(key)
    raw = tomllib.loads((_folder() / f"{key}.toml").read_text("utf-8"))
    scheme = FundingScheme(
        scheme=raw["scheme"],
        title=raw["title"],
        clause=raw["clause"],
        from_year=int(raw["from_year"]),
        programs_percent=int(raw["programs_percent"]),
        entitled_statuses=tuple(raw["entitled_statuses"]),
        evaluation_lookback_years=int(raw["evaluation_lookback_years"]),
        unevaluated=str(raw["unevaluated"]),
        floor_percent=int(raw["floor_percent"]),
        cap_percent=int(raw["cap_percent"]),
        remainder=str(raw["remainder"]),
        share_step=int(raw.get("share_step", 1)),
        display_unit=UNITS[raw["display_unit"]],
        selection_criteria=tuple(
            SelectionCriterion(c["key"], c["title"], int(c["max_score"]) if "max_score" in c else None)
            for c in raw.get("selection_criteria", [])
        ),
    )
    if not (0 < scheme.programs_percent <= 100 and 0 <= scheme.floor_percent <= scheme.cap_percent <= 100):
        raise ValueError(f"funding scheme {key}: percentages out of order")
    if any(c.max_score is not None and not 0 < c.max_score <= 1000 for c in scheme.selection_criteria):
        raise ValueError(f"funding scheme {key}: a criterion's max_score must be from 1 to 1000")
    if scheme.share_step < 1:
        raise ValueError(f"funding scheme {key}: share_step must be at least one rial")
    if scheme.unevaluated not in UNEVALUATED or scheme.remainder != "largest_fraction":
        raise ValueError(f"funding scheme {key}: unknown unevaluated/remainder rule")
    return scheme


def funding_scheme_for_year(year: int) -> FundingScheme:
    """The scheme in force for Jalali ``year``: the latest whose ``from_year`` is not after it."""
    schemes = sorted((load_funding_scheme(k) for k in available_funding_schemes()), key=lambda s: s.from_year)
    usable = [s for s in schemes if s.from_year <= year]
    return usable[-1] if usable else schemes[0]
