"""Scoring 10,000 generated members (issue 5: well under a second per thousand)."""

from __future__ import annotations

import random
import sys
import time
from datetime import timedelta
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from qotb_desktop.domain.dates import parse_jalali  # noqa: E402
from qotb_desktop.domain.rules import load_edition  # noqa: E402
from qotb_desktop.domain.scoring import Item, MemberInput, score_member  # noqa: E402

E = load_edition()
START = parse_jalali("1403/07/01")
FIELDS = [f.key for f in E.fields]
N, ITEMS = 10_000, 30


def member(rng: random.Random) -> MemberInput:
    items = []
    for _ in range(ITEMS):
        row = rng.choice([2, 2, 2, 3, 4, 7, 8, 9, 11, 18, 19, 20, 21, 26])
        rule = E.scoring.row(row)
        kw: dict = {"date": parse_jalali(f"{rng.randint(1396, 1403)}/{rng.randint(1, 12):02d}/{rng.randint(1, 29):02d}")}
        if row == 2:
            kw["corresponding_author"] = rng.random() < 0.6
        if rule.scopes:
            kw["scope"] = rng.choice(sorted(rule.scopes))
        if rule.rule == "judged":  # the evaluator's score, up to the item's maximum
            top = rule.scopes[kw["scope"]] if rule.scopes else rule.max
            kw["points"] = Fraction(rng.randint(0, int(top) * 2), 2)
        if rule.field == "citations":
            kw["citations"] = rng.randint(0, 80)
        elif rule.field == "amount_toman":
            kw["amount_toman"] = rng.randint(0, 300_000_000)
        elif rule.measure == "years_in_window":  # a board or a centre's core: from its date for 0..6 years
            kw["end"] = kw["date"] + timedelta(days=rng.randint(0, 6 * 365))
        elif rule.values is not None and rule.field:
            kw[rule.field] = rng.choice(sorted(rule.values))
        items.append(Item(row=row, **kw))
    return MemberInput(rng.choice(FIELDS), START, rng.choice(list(E.scoring.row(1).values)), tuple(items))


def main() -> None:
    rng = random.Random(1403)
    members = [member(rng) for _ in range(N)]
    start = time.perf_counter()
    eligible = sum(score_member(m, edition=E).eligible for m in members)
    spent = time.perf_counter() - start
    per_thousand = spent / (N / 1000)
    verdict = "ok" if per_thousand < 1 else "OVER THE BAR"
    print(f"scored {N} members of {ITEMS} items in {spent:.2f} s: {per_thousand * 1000:.0f} ms per thousand  {verdict}")
    print(f"    ({eligible} eligible)")


if __name__ == "__main__":
    main()
