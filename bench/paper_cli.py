"""One paper from the command line as a whole process (issue 21.6): a meeting's minutes.

    .venv/bin/python bench/paper_cli.py [--runs 7] [--db FILE] [--meeting NUMBER] [--docx FILE]

Each run is a new process ``python -m qotb_desktop --db DEMO print minutes --meeting N -o
FILE.pdf --force``: Python's start, the imports, opening the database (read-only where it
may not be written, checked, the schema compared), reading the meeting, drawing the paper and
writing it whole. The median of the runs after a first (bar: 0.8 s). Beside it, where
LibreOffice is installed, the office-suite route as a whole process: ``soffice --headless
--convert-to pdf`` of the same minutes written as .docx (a plain document made here from the
same meeting: its heading, attendance table, items and decisions; no python-docx). Where
``soffice`` is absent the script says so and skips that side; ``--docx FILE`` keeps the
.docx it made. The load average is printed at the start and the end.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
BAR = 0.8


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3]) if Path("/proc/loadavg").exists() else "?"


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return took


def median_of(command: list[str], env: dict[str, str], runs: int) -> tuple[float, float, list[float]]:
    first = timed(command, env)
    times = [timed(command, env) for _ in range(runs)]
    return first, statistics.median(times), times


# -- the same minutes as .docx, for LibreOffice (kept small: WordprocessingML by hand) ------------


def _paragraph(text: str, *, bold: bool = False, size: int = 22) -> str:
    run = f'<w:rPr><w:rtl/>{"<w:b/>" if bold else ""}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
    return f'<w:p><w:pPr><w:bidi/></w:pPr><w:r>{run}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def _table(rows: list[list[str]]) -> str:
    def cell(text: str) -> str:
        return f"<w:tc>{_paragraph(text)}</w:tc>"

    body = "".join(f"<w:tr>{''.join(cell(c) for c in row)}</w:tr>" for row in rows)
    look = '<w:tblPr><w:bidiVisual/><w:tblBorders><w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders></w:tblPr>'
    return f"<w:tbl>{look}{body}</w:tbl>"


def minutes_docx(db: Path, meeting: str, path: Path) -> Path:
    """The meeting's minutes as a plain .docx: what the PDF says, in the order it says it."""
    sys.path.insert(0, str(ROOT))
    from qotb_desktop.cli.printing import meeting_number
    from qotb_desktop.domain.dates import format_jalali
    from qotb_desktop.domain.text import to_persian_digits as fa
    from qotb_desktop.services import meetings
    from qotb_desktop.wiring import open_store

    store = open_store(str(db), reading=True)
    try:
        number = meeting_number(meeting)
        found = next(m for m in meetings.list_meetings(uow=store.uow) if m.number == number)
        view = meetings.get_meeting(uow=store.uow, meeting_id=found.id)
    finally:
        store.close()
    parts = [
        _paragraph("وزارت علوم، تحقیقات و فناوری — دبیرخانه شورای قطب‌های علمی", bold=True),
        _paragraph(f"صورت‌جلسه شورای قطب‌های علمی، جلسه {fa(view.number)}", bold=True, size=32),
        _paragraph(f"تاریخ: {format_jalali(view.held_on)}   ساعت: {fa(view.starts_at)} تا {fa(view.ends_at)}"),
        _paragraph(f"مکان: {view.place}   دبیر: {view.secretary}"),
        _paragraph("حاضران و غایبان", bold=True),
        _table([["ردیف", "نام", "حضور"]] + [[fa(i + 1), a.name, a.status] for i, a in enumerate(view.attendees)]),
        _paragraph("دستور جلسه و مصوبات", bold=True),
    ]
    for item in view.items:
        parts.append(_paragraph(f"بند {fa(item.position)}: {item.title}", bold=True))
        if item.decision is not None:
            d = item.decision
            parts.append(_paragraph(f"مصوبه: {d.text}"))
            parts.append(_paragraph(f"رأی: موافق {fa(d.yes)}، مخالف {fa(d.no)}، ممتنع {fa(d.abstain)} از {fa(d.present)} حاضر"))
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {ns}><w:body>{"".join(parts)}</w:body></w:document>'
    )
    types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", document)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, help="a database to print from (default: a new demo)")
    parser.add_argument("--meeting", default="", help="the meeting's number (default: the demo's first)")
    parser.add_argument("--docx", type=Path, help="keep the .docx made for LibreOffice here (made even without it)")
    args = parser.parse_args()
    print(f"load average at the start: {load()}  ({os.cpu_count()} cores)")
    with tempfile.TemporaryDirectory(prefix="qotb-paper-") as tmp:
        home = Path(tmp)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "LANG": "C.UTF-8"}
        env["PYTHONPATH"] = str(ROOT)
        db = args.db
        if db is None:
            db = home / "demo.sqlite"
            subprocess.run(
                [sys.executable, "-m", "qotb_desktop", "--db", str(db), "demo"], env=env, check=True, capture_output=True
            )
        meeting = args.meeting or _first_meeting(db)
        out = home / "minutes.pdf"
        command = [
            sys.executable,
            "-m",
            "qotb_desktop",
            "--db",
            str(db),
            "print",
            "minutes",
            "--meeting",
            meeting,
            "-o",
            str(out),
        ]
        first, median, times = median_of([*command, "--force"], env, args.runs)
        verdict = "ok" if median <= BAR else f"OVER THE BAR ({BAR} s)"
        label = f"qotb print minutes --meeting {meeting} (whole process)"
        print(f"{label}   first {first:5.2f} s   median of {args.runs} {median:5.2f} s   {verdict}")
        print("  runs: " + " ".join(f"{t:.2f}" for t in times))
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None and args.docx is None:
            print("LibreOffice (soffice) is not installed here: the office-suite side is skipped.")
        else:
            docx = minutes_docx(db, meeting, args.docx or home / "minutes.docx")
            if soffice is None:
                print(f"the minutes as .docx: {docx}; LibreOffice (soffice) is not installed here: the conversion is skipped.")
            else:
                profile = f"-env:UserInstallation=file://{home / 'lo-profile'}"  # its own profile: no desktop's lock
                convert = [soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(home / "lo"), str(docx)]
                lo_first, lo_median, _ = median_of(convert, env, args.runs)
                label = "LibreOffice converting the same minutes from .docx (whole process)"
                print(f"{label}   first {lo_first:5.2f} s   median {lo_median:5.2f} s")
                print(f"  the program's command / LibreOffice: {median / lo_median:.2f}")
    print(f"load average at the end: {load()}")


def _first_meeting(db: Path) -> str:
    import sqlite3

    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        year, sequence = conn.execute(
            "select year, sequence from meeting where centre_id is null and state != 'draft' order by id limit 1"
        ).fetchone()
    return f"{year}/{sequence:02d}"


if __name__ == "__main__":
    main()
