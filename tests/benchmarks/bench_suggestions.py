"""Introduction suggestions for one customer on the 100,000-customer café.

Run: ``.venv/bin/python -m tests.benchmarks.bench_suggestions [--seed N]``. Times
``shop.suggestions.for_customer`` for a spread of customers (people who look for
something, who offer something, with many tags, in a circle, and plain ones),
after a warm-up, and writes ``tests/benchmarks/results/suggestions.json``. The
goal is 50 ms or less for one customer.

Wall-clock times suffer when other work shares the CPUs, so the figures also
give the process's CPU time per call and the load average around the run.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import time

from tests.benchmarks.common import big_shop, describe, write_results

CUSTOMERS = 100_000
PEOPLE = 300
GOAL_MS = 50.0


def _people(database: str, seed: int) -> dict[str, list[int]]:
    """Customer ids of each kind, picked at random but the same on every run."""
    rng = random.Random(seed)
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    kinds = {
        "looking_for": "SELECT id FROM customer WHERE looking_for != '' AND archived_at IS NULL",
        "offers": "SELECT id FROM customer WHERE offers != '' AND archived_at IS NULL",
        "circle": "SELECT DISTINCT customer_id FROM circle_member",
        "any": "SELECT id FROM customer WHERE archived_at IS NULL",
    }
    found: dict[str, list[int]] = {}
    for kind, query in kinds.items():
        ids = [row[0] for row in connection.execute(query)]
        found[kind] = rng.sample(ids, min(PEOPLE // len(kinds), len(ids)))
    connection.close()
    return found


def _has_key_words(database: str) -> bool:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT 1 FROM search_term WHERE tier = 2 LIMIT 1").fetchone()
        return row is not None
    finally:
        connection.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1, help="which cached demo café")
    args = parser.parse_args(argv)
    shop = big_shop(CUSTOMERS, seed=args.seed)
    people = _people(str(shop.database.path), args.seed)
    if not _has_key_words(str(shop.database.path)):
        print(
            f"{shop.database.path} was built before offers and needs were indexed for "
            "suggestions: delete its folder to rebuild it, or pass another --seed.",
            file=sys.stderr,
        )
        return 1
    for customer_id in range(1, 31):  # warm the statement cache on people not measured
        shop.suggestions.for_customer(customer_id)
    figures: dict[str, object] = {
        "command": ".venv/bin/python -m tests.benchmarks.bench_suggestions"
        + (f" --seed {args.seed}" if args.seed != 1 else ""),
        "customers": CUSTOMERS,
        "goal_ms": GOAL_MS,
    }
    load_before = os.getloadavg()[0]
    all_samples: list[float] = []
    cpu_samples: list[float] = []
    found = 0
    for kind, ids in people.items():
        samples: list[float] = []
        for customer_id in ids:
            wall, cpu = time.perf_counter(), time.process_time()
            found += bool(shop.suggestions.for_customer(customer_id))
            cpu_samples.append((time.process_time() - cpu) * 1000)
            samples.append((time.perf_counter() - wall) * 1000)
        figures[kind] = describe(samples)
        all_samples += samples
    figures["all"] = describe(all_samples)
    figures["all_cpu_time"] = describe(cpu_samples)
    figures["load_average_1min"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
    figures["cpus"] = os.cpu_count()
    figures["with_suggestions_share"] = round(found / len(all_samples), 3)
    figures["python"] = sys.version.split()[0]
    figures["sqlite"] = sqlite3.sqlite_version
    path = write_results("suggestions", figures)
    print(path.read_text(encoding="utf-8"))
    shop.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
