"""The bylaw's numbers, loaded from one data file per edition (``editions/*.toml``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from datetime import date
from functools import cache
from importlib import resources

DEFAULT_EDITION = "1397"


@dataclass(frozen=True)
class Thresholds:
    """Appendix 2's columns for one field."""

    min_row2: int
    min_rows_2_8_9: int
    max_row4: int
    min_member_total: int
    min_centre_total: int


@dataclass(frozen=True)
class Group:
    key: str
    title: str
    clause: str


@dataclass(frozen=True)
class Field:
    key: str
    title: str
    group: str
    clause: str
    thresholds: Thresholds


@dataclass(frozen=True)
class Seat:
    key: str
    title: str
    clause: str
    ex_officio: bool
    term_years: int | None


@dataclass(frozen=True)
class QuorumRule:
    """``present / members`` must reach ``numerator / denominator`` (exceed it when ``strict``)."""

    clause: str
    numerator: int
    denominator: int
    strict: bool


@dataclass(frozen=True)
class CouncilRules:
    clause: str
    quorum_numerator: int
    quorum_denominator: int
    seats: tuple[Seat, ...]
    quorum_strict: bool = False

    @property
    def quorum(self) -> QuorumRule:
        return QuorumRule(self.clause, self.quorum_numerator, self.quorum_denominator, self.quorum_strict)


@dataclass(frozen=True)
class Readings:
    """The readings of the bylaw where its text is open (the rules data's [readings], chosen
    on the rules screen), and the revision of how the program applies the points table.

    The defaults are what results recorded before 0.6.0 were computed under (their stored
    readings name only ``majority`` and ``row8_cap``): ``from_record`` fills what a stored
    result does not name with them, so an old result is always computed again as it was."""

    majority: str = "floor"  # "floor" | "strict"
    row8_cap: str = "per_item"  # "per_item" | "row_total"
    quorum_base: str = "filled_seats"  # "filled_seats" | "all_seats"
    humanities_rows: str = "humanities"  # "humanities" | "humanities_and_art"
    revision: int = 1  # the scoring revision ([scoring] revision in the rules data)

    CHOICES = {
        "majority": ("floor", "strict"),
        "row8_cap": ("per_item", "row_total"),
        "quorum_base": ("filled_seats", "all_seats"),
        "humanities_rows": ("humanities", "humanities_and_art"),
    }

    @classmethod
    def from_record(cls, raw: dict) -> Readings:
        """A stored result's readings (JSON): what it does not name takes the default of its time."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known})

    def to_record(self) -> dict:
        """As stored with a result. A revision-1 result keeps the two keys it always had."""
        if self.revision == 1 and self.quorum_base == "filled_seats" and self.humanities_rows == "humanities":
            return {"majority": self.majority, "row8_cap": self.row8_cap}
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class ReadingChoice:
    key: str
    title: str


@dataclass(frozen=True)
class ReadingSpec:
    """One open reading: the bylaw's sentence it reads, its choices, the default."""

    key: str
    title: str
    clause: str
    quote: str
    default: str
    choices: tuple[ReadingChoice, ...]

    def choice(self, key: str) -> ReadingChoice:
        for c in self.choices:
            if c.key == key:
                return c
        raise KeyError(key)


@dataclass(frozen=True)
class RowRule:
    """One row of Appendix 1 (see the comment above [[appendix1]] in the data file)."""

    row: int
    title: str
    rule: str
    clause: str = ""
    max: float | None = None
    scopes: dict[str, float] | None = None
    keynote_bonus: float = 0
    row_cap: float | None = None
    row_cap_from_field: bool = False  # row 4: the member's field's max_row4 (Appendix 2)
    groups: tuple[str, ...] = ()
    field: str | None = None
    unit: float | None = None
    points: float | None = None
    cap: float | None = None
    values: dict[str, float] | None = None
    director_points: float | None = None
    undated: bool = False
    measure: str | None = None  # "years_in_window": the years of the item's span inside the window
    groups_reading: dict | None = None  # {"reading": key, choice: [fields]}: `groups` under another reading
    revision1: dict | None = None  # what revision 1 did differently (see the data file)

    def groups_for(self, readings: Readings) -> tuple[str, ...]:
        """The fields this row is limited to, under the readings."""
        if self.groups_reading:
            chosen = getattr(readings, self.groups_reading["reading"])
            if chosen in self.groups_reading:
                return tuple(self.groups_reading[chosen])
        return self.groups


@dataclass(frozen=True)
class EvidenceRule:
    """The evidence the bylaw asks for on an item of a row (footnotes 4 and 5)."""

    row: int
    label: str
    clause: str


@dataclass(frozen=True)
class ScoringRules:
    clause: str
    window_years: int
    min_corresponding_papers: int
    corresponding_row: int
    corresponding_clause: str
    rows: tuple[RowRule, ...]
    papers_rows: tuple[int, ...] = (2,)
    research_rows: tuple[int, ...] = (2, 8, 9)
    revision: int = 2
    points_required: bool = True
    pool_row_total: bool = True
    evidence: tuple[EvidenceRule, ...] = ()
    revision1: dict | None = None

    def row(self, number: int) -> RowRule:
        return self.rows[number - 1]

    def evidence_of(self, row: int) -> EvidenceRule | None:
        return next((e for e in self.evidence if e.row == row), None)

    def at_revision(self, revision: int) -> ScoringRules:
        """These rules as the program applied them in an earlier revision."""
        if revision >= self.revision:
            return self
        if revision != 1:
            raise KeyError(f"scoring revision {revision}")
        rows = tuple(replace(r, **(r.revision1 or {})) for r in self.rows)
        return replace(self, rows=rows, revision=1, **(self.revision1 or {}))


@dataclass(frozen=True)
class CentreRules:
    clause: str
    period_years: int
    min_members: int
    host_majority: str


@dataclass(frozen=True)
class Goal:
    """One of article 2's goals, or one of article 7's areas of activity."""

    key: str  # the clause, e.g. "2-1" or "7-3"
    title: str
    short: str = ""


@dataclass(frozen=True)
class Edition:
    edition: str
    title: str
    approved_on: date
    centre: CentreRules
    council: CouncilRules
    groups: tuple[Group, ...]
    fields: tuple[Field, ...]
    scoring: ScoringRules
    readings: Readings  # the defaults of the rules data, at the current revision
    program_sections: tuple[str, ...]  # Appendix 3
    program_clause: str
    centre_meetings: QuorumRule
    goals: tuple[Goal, ...] = ()  # art. 2
    areas: tuple[Goal, ...] = ()  # art. 7
    reading_specs: tuple[ReadingSpec, ...] = ()

    def reading(self, key: str) -> ReadingSpec:
        for spec in self.reading_specs:
            if spec.key == key:
                return spec
        raise KeyError(key)

    def at_revision(self, revision: int) -> Edition:
        """This edition with its points table applied as the program's ``revision`` did."""
        if revision == self.scoring.revision:
            return self
        return replace(self, scoring=self.scoring.at_revision(revision))

    def field(self, key: str) -> Field:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(key)

    def seat(self, key: str) -> Seat:
        for s in self.council.seats:
            if s.key == key:
                return s
        raise KeyError(key)


def available_editions() -> list[str]:
    folder = resources.files(__package__) / "editions"
    return sorted(p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml"))


@cache
def load_edition(name: str = DEFAULT_EDITION) -> Edition:
    """Read ``editions/<name>.toml``; raises KeyError for an unknown edition."""
    if name not in available_editions():
        raise KeyError(name)
    raw = tomllib.loads((resources.files(__package__) / "editions" / f"{name}.toml").read_text("utf-8"))
    return _parse(raw)


def _parse(raw: dict) -> Edition:
    council = raw["council"]
    centre = raw["centre"]
    return Edition(
        edition=raw["edition"],
        title=raw["title"],
        approved_on=date.fromisoformat(raw["approved_on"]),
        centre=CentreRules(
            clause=centre["clause"],
            period_years=centre["period_years"],
            min_members=centre["min_members"],
            host_majority=centre["host_majority"],
        ),
        council=CouncilRules(
            clause=council["clause"],
            quorum_numerator=council["quorum_numerator"],
            quorum_denominator=council["quorum_denominator"],
            quorum_strict=council.get("quorum_strict", False),
            seats=tuple(
                Seat(
                    key=s["key"],
                    title=s["title"],
                    clause=s["clause"],
                    ex_officio=s.get("ex_officio", False),
                    term_years=s.get("term_years"),
                )
                for s in council["seats"]
            ),
        ),
        groups=tuple(Group(key=g["key"], title=g["title"], clause=g["clause"]) for g in raw["groups"]),
        fields=tuple(
            Field(
                key=f["key"],
                title=f["title"],
                group=f["group"],
                clause=f["clause"],
                thresholds=Thresholds(**f["thresholds"]),
            )
            for f in raw["fields"]
        ),
        scoring=ScoringRules(
            clause=raw["scoring"]["clause"],
            window_years=raw["scoring"]["window_years"],
            min_corresponding_papers=raw["scoring"]["min_corresponding_papers"],
            corresponding_row=raw["scoring"]["corresponding_row"],
            corresponding_clause=raw["scoring"]["corresponding_clause"],
            rows=tuple(_row(r) for r in sorted(raw["appendix1"], key=lambda r: r["row"])),
            papers_rows=tuple(raw["scoring"]["papers_rows"]),
            research_rows=tuple(raw["scoring"]["research_rows"]),
            revision=raw["scoring"]["revision"],
            points_required=raw["scoring"]["points_required"],
            pool_row_total=raw["scoring"]["pool_row_total"],
            evidence=tuple(EvidenceRule(**e) for e in raw["scoring"].get("evidence", ())),
            revision1=raw["scoring"].get("revision1"),
        ),
        readings=Readings(**{key: spec["default"] for key, spec in raw["readings"].items()}, revision=raw["scoring"]["revision"]),
        reading_specs=tuple(
            ReadingSpec(
                key=key,
                title=spec["title"],
                clause=spec["clause"],
                quote=spec["quote"],
                default=spec["default"],
                choices=tuple(ReadingChoice(**c) for c in spec["choices"]),
            )
            for key, spec in raw["readings"].items()
        ),
        program_sections=tuple(raw["program"]["sections"]),
        program_clause=raw["program"]["clause"],
        centre_meetings=QuorumRule(
            clause=raw["centre_meetings"]["clause"],
            numerator=raw["centre_meetings"]["quorum_numerator"],
            denominator=raw["centre_meetings"]["quorum_denominator"],
            strict=raw["centre_meetings"]["quorum_strict"],
        ),
        goals=tuple(Goal(**g) for g in raw.get("goals", ())),
        areas=tuple(Goal(**a) for a in raw.get("areas", ())),
    )


def _row(raw: dict) -> RowRule:
    raw = dict(raw)
    cap = raw.pop("row_cap", None)
    from_field = cap == "appendix2.max_row4"
    return RowRule(
        row_cap=None if from_field else cap,
        row_cap_from_field=from_field,
        groups=tuple(raw.pop("groups", ())),
        **raw,
    )
