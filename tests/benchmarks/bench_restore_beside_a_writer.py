"""Restores beside a writer, many rounds: every acknowledged write is counted and found.

Each round runs the same scenario as the test (a script records visits through the
services, ``kauntaa restore --yes`` runs in the middle) and counts the acknowledged
visits, where they ended up, and any that are nowhere. Run on demand:

    .venv/bin/python -m tests.benchmarks.bench_restore_beside_a_writer 20

Figures land in ``tests/benchmarks/results/restore_beside_a_writer.json``.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from tests.benchmarks.common import RESULTS
from tests.unit.test_restore_beside_a_writer import restore_beside_a_writer


def main(rounds: int) -> dict[str, int]:
    totals = {"rounds": 0, "acknowledged": 0, "in_safety_backup": 0, "in_shop_after": 0}
    totals |= {"lost": 0, "restores_failed": 0}
    for n in range(rounds):
        with tempfile.TemporaryDirectory() as folder:
            done = restore_beside_a_writer(Path(folder) / "shop")
        totals["rounds"] += 1
        totals["acknowledged"] += len(done.acknowledged)
        totals["in_safety_backup"] += len(done.in_safety_backup)
        totals["in_shop_after"] += len(done.in_shop_after)
        totals["lost"] += len(done.lost)
        totals["restores_failed"] += done.restore_status != 0
        print(f"round {n + 1}: {len(done.acknowledged)} acknowledged, {len(done.lost)} lost")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "restore_beside_a_writer.json").write_text(json.dumps(totals, indent=2) + "\n")
    return totals


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)))
