"""A member's publications (issue 23): 2,000 generated records read and proposed, in each
format (Scopus CSV, Web of Science plain text, BibTeX, RIS): under 1 s each.

The files are generated here (fictional titles, a few Persian; every tenth record the same
work as another, for the duplicates), written to a temporary folder, then read with the
program's readers and proposed against 500 activities already entered."""

from __future__ import annotations

import csv
import io
import random
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _timing import measure  # noqa: E402

from qotb_desktop.domain.dates import parse_jalali  # noqa: E402
from qotb_desktop.domain.publications import MemberName, activity_keys, propose  # noqa: E402
from qotb_desktop.domain.scoring import window  # noqa: E402
from qotb_desktop.services.publications import read_publications  # noqa: E402

N = 2_000
BAR = 1.0
WORDS = [
    "heat",
    "phonon",
    "graphene",
    "transport",
    "thermal",
    "interface",
    "spin",
    "wave",
    "film",
    "layer",
    "nano",
    "diode",
    "rectifier",
]
PERSIAN = ["گرما", "رسانش", "گرافن", "لایه", "نازک", "موج", "اسپین", "فونون"]
KINDS = [("Article", "JOUR", "article", "J", "Article")] * 6 + [
    ("Conference Paper", "CONF", "inproceedings", "S", "Proceedings Paper"),
    ("Book", "BOOK", "book", "B", "Book"),
    ("Book Chapter", "CHAP", "incollection", "B", "Book Chapter"),
]


def works(rng: random.Random) -> list[dict]:
    out = []
    for i in range(N):
        if i % 10 == 9:
            out.append(dict(out[rng.randrange(len(out))]))  # the same work again
            continue
        words = PERSIAN if i % 7 == 0 else WORDS
        kind = rng.choice(KINDS)
        out.append({
            "title": " ".join(rng.choice(words) for _ in range(6)) + f" {i}", "year": rng.randint(2014, 2024),
            "doi": f"10.9999/bench.{i}" if i % 3 else "", "kind": kind, "cited": rng.randint(0, 60),
            "authors": ["Karimi, Ali", "Rahimi, Bahar"] if i % 2 else ["Rahimi, Bahar"],
        })  # fmt: skip
    return out


def scopus(ws: list[dict]) -> str:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["Authors", "Title", "Year", "Source title", "Cited by", "DOI", "Abstract", "Correspondence Address",
                "Document Type", "Source", "EID"])  # fmt: skip
    for i, x in enumerate(ws):
        w.writerow(["; ".join(x["authors"]), x["title"], x["year"], "Journal of Benchmarks", x["cited"], x["doi"],
                    "An abstract\nover two lines.", f"{x['authors'][0]}; Example University", x["kind"][0], "Scopus",
                    f"2-s2.0-{i}"])  # fmt: skip
    return "\ufeff" + out.getvalue()


def wos(ws: list[dict]) -> str:
    lines = ["FN Clarivate Analytics Web of Science", "VR 1.0"]
    for x in ws:
        lines += [f"PT {x['kind'][3]}", "AU " + "\n   ".join(x["authors"]), f"TI {x['title']}", "SO JOURNAL OF BENCHMARKS",
                  f"DT {x['kind'][4]}", f"TC {x['cited']}", f"PY {x['year']}", "PD MAR", f"DI {x['doi']}",
                  f"RP {x['authors'][0]} (corresponding author), Example Univ.", "ER", ""]  # fmt: skip
    return "\n".join([*lines, "EF"])


def bibtex(ws: list[dict]) -> str:
    parts = []
    for i, x in enumerate(ws):
        parts.append(
            f"@{x['kind'][2]}{{w{i},\n  title = {{{x['title']}}},\n  author = {{{' and '.join(x['authors'])}}},\n"
            f'  journal = {{J. B{{\\"u}}nch}},\n  year = {{{x["year"]}}},\n  doi = {{{x["doi"]}}},\n'
            f"  note = {{Scopus; cited by {x['cited']}}}\n}}\n"
        )
    return "\n".join(parts)


def ris(ws: list[dict]) -> str:
    parts = []
    for x in ws:
        authors = "".join(f"AU  - {a}\n" for a in x["authors"])
        parts.append(f"TY  - {x['kind'][1]}\nTI  - {x['title']}\n{authors}PY  - {x['year']}///\nT2  - Journal of Benchmarks\n"
                     f"DO  - {x['doi']}\nN1  - Scopus; cited by {x['cited']}\nER  - \n")  # fmt: skip
    return "\n".join(parts)


def main() -> None:
    rng = random.Random(23)
    ws = works(rng)
    span = window(parse_jalali("1403/07/01"), 5)
    member = MemberName("علی", "کریمی", ("Karimi, Ali",))
    entered = [activity_keys(f"{w['title']} — Journal", "", date(w["year"], 1, 1)) for w in ws[:500]]
    with tempfile.TemporaryDirectory() as folder:
        files = {
            "scopus": (Path(folder) / "scopus.csv", scopus(ws)),
            "wos": (Path(folder) / "savedrecs.txt", wos(ws)),
            "bibtex": (Path(folder) / "member.bib", bibtex(ws)),
            "ris": (Path(folder) / "member.ris", ris(ws)),
        }
        print(f"{N:,} records a file; proposed against {len(entered)} activities entered; bar {BAR:.1f} s")
        for name, (path, text) in files.items():
            path.write_text(text, encoding="utf-8")
            reading = read_publications(path=path)
            assert len(reading.records) == N and not reading.unreadable, (name, len(reading.records), reading.unreadable[:2])

            def read_and_propose(path=path) -> None:
                records = read_publications(path=path).records
                propose(records, member=member, window=span, existing=entered)

            measure(f"{name}: read and propose {N:,} records", read_and_propose, repeat=5, bar=BAR)


if __name__ == "__main__":
    main()
