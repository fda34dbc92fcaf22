#!/usr/bin/env python3
"""Render every form on a fresh demo database to PDF and PNG, for a person to look at.

    python scripts/render_forms.py [OUT_DIR]     # default: build/forms
    python scripts/render_forms.py --stress [OUT_DIR]   # and the stress papers (tests/stress_papers.py):
                                                        # 60-character numbers, long names, mixed codes

Needs pdftoppm (Debian: poppler-utils). Look for: joined letters, right to left,
lines in the right order, Persian digits, aligned tables, nothing clipped.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from qotb_desktop import documents
from qotb_desktop.domain.dates import jalali_year
from qotb_desktop.services.demo import fill_demo
from qotb_desktop.wiring import open_store


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "--stress"]
    stress = "--stress" in sys.argv[1:]
    out = Path(args[0] if args else "build/forms")
    out.mkdir(parents=True, exist_ok=True)
    if not shutil.which("pdftoppm"):
        print("pdftoppm is missing: apt-get install poppler-utils", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "demo.sqlite"))
        fill_demo(uow=store.uow)
        papers = list(documents.available(uow=store.uow, today=date.today()))
        # this year's evaluation summary too (not listed while the year runs): the centres not yet evaluated
        papers.append(documents.evaluation_summary(uow=store.uow, year=jalali_year(date.today()), today=date.today()))
        rendered = [(doc.filename, doc.render) for doc in papers]
        if stress:
            sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository, for tests/
            from tests.stress_papers import stress_papers

            rendered += [(name, lambda data=data: data) for name, data in stress_papers(store.uow, date.today())]
        for filename, render in rendered:
            pdf = out / filename
            pdf.write_bytes(render())
            subprocess.run(["pdftoppm", "-r", "90", "-png", str(pdf), str(pdf.with_suffix(""))], check=True)
            print(pdf, "->", ", ".join(p.name for p in sorted(out.glob(pdf.stem + "-*.png"))))
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
