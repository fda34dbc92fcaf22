"""Start to first window, from source and from the built executable; the build's size.

    .venv/bin/python bench/startup.py [--exe dist/qotb-desktop] [--runs 5]

Each run is a new process that opens the window on a demo database (offscreen) and
quits as soon as the window is drawn (``QOTB_QUIT_AFTER_SHOW=1``, gui/app.py): the
time is the process's wall time, so it includes Python's start, the imports, a
frozen build's unpacking, opening the database, building the window and reading the
first screen. "Cold" is the first run after the system's page cache is dropped
(needs root; otherwise it says so and shows the first run); "warm" is the median of
the runs after it. The executable defaults to dist/qotb-desktop when it exists.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def drop_caches() -> bool:
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
    return took


def measure(label: str, command: list[str], env: dict[str, str], runs: int) -> None:
    cold = drop_caches()
    first = timed(command, env)
    warm = statistics.median(timed(command, env) for _ in range(runs))
    kind = "cold" if cold else "first run"
    verdict = "ok" if warm < 1.5 else "OVER THE BAR (1.5 s)"
    print(f"{label:<34} {kind} {first:5.2f} s   warm median {warm:5.2f} s   {verdict}")


def size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = ROOT / "dist" / "qotb-desktop"
    parser.add_argument("--exe", type=Path, default=default if default.exists() else None)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="qotb-startup-") as tmp:
        home = Path(tmp)
        db = home / "demo.sqlite"
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
        source = [sys.executable, "-m", "qotb_desktop", "--db", str(db)]
        subprocess.run([*source, "demo"], env=env | {"PYTHONPATH": str(ROOT)}, check=True, capture_output=True)
        show = env | {"QOTB_QUIT_AFTER_SHOW": "1"}
        print(f"start to first window ({args.runs} warm runs; bar: 1.5 s)")
        measure("from source (python -m qotb_desktop)", source, show | {"PYTHONPATH": str(ROOT)}, args.runs)
        if args.exe is not None:
            exe = args.exe / args.exe.name if args.exe.is_dir() else args.exe
            measure(f"built: {args.exe.relative_to(ROOT) if args.exe.is_relative_to(ROOT) else args.exe}",
                    [str(exe), "--db", str(db)], show, args.runs)  # fmt: skip
            print(f"build size: {size(args.exe) / 1e6:.0f} MB ({'one folder' if args.exe.is_dir() else 'one file'})")
        else:
            print("no built executable (installer/build-linux.sh makes dist/qotb-desktop)")


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
