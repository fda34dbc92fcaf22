#!/usr/bin/env python3
"""Compile the Qt Designer forms in ui/ into qotb_desktop/gui/forms/ (pyside6-uic).

    python scripts/compile_ui.py          # rewrite the compiled forms
    python scripts/compile_ui.py --check  # exit 1 if a compiled form is out of date

The compiled forms are committed, so installing the program needs no uic.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "ui"
TARGET = ROOT / "qotb_desktop" / "gui" / "forms"


def uic() -> str:
    found = shutil.which("pyside6-uic") or str(Path(sys.executable).with_name("pyside6-uic"))
    return found


def compile_all(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for source in sorted(SOURCES.glob("*.ui")):
        target = out / f"ui_{source.stem}.py"
        subprocess.run([uic(), "--no-autoconnection", "-o", str(target), str(source)], check=True)
        made.append(target)
    (out / "__init__.py").write_text('"""Forms compiled from ui/*.ui by scripts/compile_ui.py: do not edit."""\n', "utf-8")
    return made


def _body(path: Path) -> str:
    # The generated header names the uic version; compare what follows it.
    text = path.read_text("utf-8")
    return text[text.find("from PySide6") :]


def main() -> int:
    if "--check" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            stale = [
                p.name for p in compile_all(Path(tmp)) if not (TARGET / p.name).exists() or _body(p) != _body(TARGET / p.name)
            ]
        if stale:
            print("out of date: " + ", ".join(stale) + " (run python scripts/compile_ui.py)")
            return 1
        return 0
    for path in compile_all(TARGET):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
