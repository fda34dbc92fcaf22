"""The secretariat's evaluation schemes (``evaluation/*.toml``): the criteria of a
centre's annual evaluation with their weights, the scale and the pass mark; how many
failed years in a row advise dissolution (10-1) and how many first years of the period
decide its continuation (art. 8).

The bylaw (art. 9) says what is evaluated and leaves these numbers to the
secretariat; each scheme applies from a Jalali year on, and every evaluation
records the scheme it was scored with."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Criterion:
    key: str
    title: str
    areas: tuple[str, ...]  # art. 7 clauses
    goals: tuple[str, ...]  # art. 2 clauses
    weight: int


@dataclass(frozen=True)
class Scheme:
    scheme: str
    title: str
    clause: str
    from_year: int
    edition: str
    scale: int
    pass_mark: int
    dissolution_after_failures: int  # art. 10-1: not approved this many years in a row
    continuation_years: int  # art. 8: the period's first years whose approval carries it to its end
    report_due_month: int
    criteria: tuple[Criterion, ...]

    @property
    def total_weight(self) -> int:
        return sum(c.weight for c in self.criteria)

    def criterion(self, key: str) -> Criterion:
        for c in self.criteria:
            if c.key == key:
                return c
        raise KeyError(key)


def _folder():
    return resources.files(__package__) / "evaluation"


def available_schemes() -> list[str]:
    return sorted(p.name.removesuffix(".toml") for p in _folder().iterdir() if p.name.endswith(".toml"))


@cache
def load_scheme(key: str) -> Scheme:
    """Read ``evaluation/<key>.toml``; raises KeyError for an unknown scheme."""
    if key not in available_schemes():
        raise KeyError(key)
    raw = tomllib.loads((_folder() / f"{key}.toml").read_text("utf-8"))
    criteria = tuple(
        Criterion(c["key"], c["title"], tuple(c["areas"]), tuple(c["goals"]), int(c["weight"])) for c in raw["criteria"]
    )
    return Scheme(
        scheme=raw["scheme"],
        title=raw["title"],
        clause=raw["clause"],
        from_year=int(raw["from_year"]),
        edition=raw["edition"],
        scale=int(raw["scale"]),
        pass_mark=int(raw["pass_mark"]),
        dissolution_after_failures=int(raw["dissolution_after_failures"]),
        continuation_years=int(raw["continuation_years"]),
        report_due_month=int(raw["report_due_month"]),
        criteria=criteria,
    )


def scheme_for_year(year: int) -> Scheme:
    """The scheme in force for Jalali ``year``: the latest whose ``from_year`` is not after it."""
    schemes = sorted((load_scheme(k) for k in available_schemes()), key=lambda s: s.from_year)
    usable = [s for s in schemes if s.from_year <= year]
    return usable[-1] if usable else schemes[0]
