"""How long ``kauntaa demo --customers 100000`` takes, into a fresh temporary folder.

Run: ``.venv/bin/python -m tests.benchmarks.bench_demo [customers]``. The figure
goes to ``tests/benchmarks/results/demo.json``. The clock is fixed so every run
builds the same shop; the time covers the whole ``generate`` call (one
transaction, committed) but not opening the new file.
"""

from __future__ import annotations

import os
import platform
import sqlite3
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from kauntaa.services.shop import Shop
from tests.benchmarks.common import write_results

CUSTOMERS = 100_000
NOW = datetime(2026, 11, 20, 12, 0, 0)


def main(customers: int = CUSTOMERS) -> None:
    with tempfile.TemporaryDirectory(prefix="kauntaa-bench-demo-") as folder:
        database = Path(folder) / "kauntaa.sqlite3"
        shop = Shop.open(database, Path(folder) / "backups", clock=lambda: NOW)
        try:
            started = time.perf_counter()
            report = shop.demo.generate(customers=customers, seed=1)
            seconds = time.perf_counter() - started
        finally:
            shop.close()
        size_mb = database.stat().st_size / 1e6
    figures = {
        "command": ".venv/bin/python -m tests.benchmarks.bench_demo",
        "customers": report.customers,
        "visits": report.visits,
        "notes": report.notes,
        "introductions": report.introductions,
        "circles": report.circles,
        "events": report.events,
        "reminders": report.reminders,
        "seconds": round(seconds, 1),
        "visits_per_second": round(report.visits / seconds),
        "database_mb": round(size_mb, 1),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }
    path = write_results("demo", figures)
    print(f"{report.customers:,} customers, {report.visits:,} visits in {seconds:.1f} s → {path}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else CUSTOMERS)
