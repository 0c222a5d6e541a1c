"""The long crash run: 1,000 SIGKILL cycles against a writer (see tests/unit/crash_cycles.py).

Run: ``.venv/bin/python -m tests.benchmarks.bench_crash [CYCLES]``. Figures go to
``tests/benchmarks/results/crash.json``.
"""

from __future__ import annotations

import platform
import sqlite3
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

from tests.benchmarks.common import write_results
from tests.unit.crash_cycles import run_cycles


def main() -> None:
    cycles = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory(prefix="kauntaa-crash-") as folder:
        figures = run_cycles(Path(folder), cycles)
    result = asdict(figures)
    result["seconds"] = round(figures.seconds, 1)
    result["problems"] = figures.problems[:20]
    result["problem_count"] = len(figures.problems)
    result["sqlite"] = sqlite3.sqlite_version
    result["python"] = platform.python_version()
    path = write_results("crash", result)
    print(result)
    print(f"written to {path}")
    if figures.problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
