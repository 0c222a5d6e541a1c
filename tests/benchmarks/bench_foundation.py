"""Search, card and day-summary timings on the 100,000-customer demo café.

Run: ``.venv/bin/python -m tests.benchmarks.bench_foundation`` (first run builds
the demo database in ``.bench/``). Figures go to ``tests/benchmarks/results``.
The search is compared with a plain ``LIKE '%q%'`` scan over the same rows.
"""

from __future__ import annotations

import platform
import random
import sqlite3
from functools import partial

from tests.benchmarks.common import big_shop, describe, timings_ms, write_results

#: A fixed mix of what is typed at a counter: 1, 2 and 3+ characters, kana, kanji, romaji.
QUERIES = [
    "た", "さ", "や", "t", "s", "k", "田", "佐", "鈴",
    "たな", "さと", "すず", "ta", "sa", "su", "田中", "佐藤", "山田",
    "たなか", "さとう", "たかはし", "みさき", "tanaka", "satou", "satoh", "suzuki",
    "misaki", "山本", "やまもと", "yamamoto", "ﾀﾅｶ", "タナカ", "写真", "登山",
]  # fmt: skip
REPEAT = 30


def main() -> None:
    shop = big_shop()
    customers = shop.customers.count()
    figures: dict[str, object] = {
        "customers": customers,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }

    search_samples: list[float] = []
    for q in QUERIES:
        shop.customers.search(q)  # warm the page cache once per query
        search_samples += timings_ms(partial(shop.customers.search, q), REPEAT)
    search = describe(search_samples)
    figures["search"] = search

    raw = sqlite3.connect(shop.database.path)

    def like_scan(q: str) -> object:
        pattern = f"%{q}%"
        return raw.execute(
            "SELECT id, name, reading FROM customer WHERE name LIKE ? OR reading LIKE ?",
            (pattern, pattern),
        ).fetchall()

    like_samples: list[float] = []
    for q in QUERIES:
        like_samples += timings_ms(partial(like_scan, q), 5)
    like = describe(like_samples)
    figures["like_scan"] = like
    figures["like_over_search_p95"] = round(like["p95_ms"] / search["p95_ms"], 1)

    ids = [r[0] for r in raw.execute("SELECT id FROM customer ORDER BY random() LIMIT 300")]
    rng = random.Random(1)
    card_samples = timings_ms(lambda: shop.customers.card(rng.choice(ids)), 300)
    figures["card"] = describe(card_samples)

    shop.summary.day()
    figures["day_summary"] = describe(timings_ms(shop.summary.day, 20))
    raw.close()
    shop.close()

    path = write_results("foundation", figures)
    print(f"wrote {path}")
    for key in ("search", "like_scan", "card", "day_summary"):
        print(f"{key:12} {figures[key]}")
    print(f"LIKE scan p95 / search p95: {figures['like_over_search_p95']}x")


if __name__ == "__main__":
    main()
