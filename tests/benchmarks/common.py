"""Shared pieces of the benchmarks: the big demo database and timing figures."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from kauntaa.paths import Paths
from kauntaa.services.shop import Shop

RESULTS = Path(__file__).with_name("results")
#: Built once and reused: generating 100,000 customers takes a while.
CACHE = Path(__file__).resolve().parents[2] / ".bench"


#: "Now" for the benchmark café, so the figures do not depend on the day they are run.
NOW = datetime(2026, 11, 20, 17, 0, 0)


def big_shop(customers: int = 100_000, seed: int = 1) -> Shop:
    """The demo café at benchmark size, generated on first use, with the clock at ``NOW``."""
    paths = Paths.under(CACHE / f"demo-{customers}-{seed}")
    clock = lambda: NOW  # noqa: E731 - a fixed clock
    if not paths.database.exists():
        paths.ensure()
        shop = Shop.open(paths.database, paths.backup_dir, clock=clock)
        started = time.perf_counter()
        shop.demo.generate(customers=customers, seed=seed)
        print(f"built {paths.database} in {time.perf_counter() - started:.1f} s")
        shop.close()
    return Shop.open(paths.database, paths.backup_dir, clock=clock)


def timings_ms(fn: Callable[[], object], repeat: int) -> list[float]:
    result = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        result.append((time.perf_counter() - started) * 1000)
    return result


def describe(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return {
        "n": len(ordered),
        "p50_ms": round(statistics.median(ordered), 3),
        "p95_ms": round(p95, 3),
        "max_ms": round(ordered[-1], 3),
    }


def write_results(name: str, figures: dict[str, Any]) -> Path:
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
