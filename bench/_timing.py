"""Small timing helper for the benchmarks: best and median of repeated runs."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def measure(label: str, fn: Callable[[], object], *, repeat: int = 7, bar: float | None = None) -> float:
    fn()  # warm up: fonts, caches, imports
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    verdict = "" if bar is None else ("  ok" if median < bar else f"  OVER THE BAR ({bar:.3f} s)")
    print(f"{label:<55} median {median * 1000:8.1f} ms   best {min(times) * 1000:8.1f} ms{verdict}")
    return median
