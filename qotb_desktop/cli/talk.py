"""What the command line says: Persian lines on stdout, refusals on stderr."""

from __future__ import annotations

import sys

from qotb_desktop.domain.text import to_persian_digits


def say(text: str) -> None:
    """Messages are Persian; numbers in them are put in Persian digits where they are
    made (``fa``), paths and file names stay as they are."""
    print(text, flush=True)


def fail(text: str) -> int:
    print(f"خطا: {text}", file=sys.stderr, flush=True)
    return 1


fa = to_persian_digits
