"""A command run while another process holds a long read: how long it takes, end to end.

The closing checkpoint used to wait out the 10 s busy timeout behind such a reader,
so every command took about 10.5 s. Run with::

    .venv/bin/python -m tests.benchmarks.bench_closing_checkpoint

It writes ``results/closing_checkpoint.json``.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

from tests.benchmarks.common import describe, write_results

ROOT = Path(__file__).resolve().parents[2]


def _kauntaa(data: Path, *args: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "kauntaa", "--data-dir", str(data), *args],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    return (time.perf_counter() - started) * 1000


def main() -> None:
    data = Path(tempfile.mkdtemp(prefix="kauntaa-bench-ckpt-"))
    _kauntaa(data, "add", "田中 美咲", "--reading", "たなか みさき")
    free = [_kauntaa(data, "note", "1", f"{n}") for n in range(5)]
    with closing(sqlite3.connect(data / "kauntaa.sqlite3", isolation_level=None)) as reader:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM customer").fetchone()
        behind_reader = [_kauntaa(data, "note", "1", f"reader {n}") for n in range(5)]
    figures = {
        "command": "kauntaa note 1 TEXT (a write, then the closing checkpoint)",
        "no_other_reader": describe(free),
        "another_process_holding_a_read": describe(behind_reader),
    }
    print(figures)
    print(write_results("closing_checkpoint", figures))


if __name__ == "__main__":
    main()
