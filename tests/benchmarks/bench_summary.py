"""End-of-day timings on the 100,000-customer demo café: the day, its charts, week, month, PDF.

Run: ``.venv/bin/python -m tests.benchmarks.bench_summary`` (the first run builds
the demo database in ``.bench/``). Figures go to
``tests/benchmarks/results/summary.json``. The day summary is the same call
``bench_foundation`` times (``shop.summary.day()``, with the overdue list); this
adds what the day page and the PDF need around it.

Targets (issue 5): day summary with the overdue list ≤ 100 ms, month view
≤ 300 ms, PDF export of one day ≤ 1 s.
"""

from __future__ import annotations

import os
import platform
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from kauntaa.domain.summary import PeriodKind
from tests.benchmarks.common import NOW, big_shop, describe, timings_ms, write_results

REPEAT = 20
PDF_REPEAT = 5


def timed(fn: Callable[[], object], repeat: int) -> dict[str, object]:
    """Wall-clock figures, plus the process's own CPU time per call.

    The build machine is shared (2 cores, several jobs at once), so the wall
    clock swings with the load; CPU time shows what the work itself costs.
    """
    cpu: list[float] = []

    def one() -> None:
        started = time.process_time()
        fn()
        cpu.append((time.process_time() - started) * 1000)

    wall = describe(timings_ms(one, repeat))
    return {**wall, "cpu_p50_ms": round(statistics.median(cpu), 3)}


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kauntaa.reports.pdf import ensure_gui_application, write_day_pdf

    ensure_gui_application()
    shop = big_shop()
    summary = shop.summary
    day = summary.day()  # warm the caches once, like a page that has been opened before
    charts = summary.charts()
    past_month = date(NOW.year, NOW.month, 1).replace(month=NOW.month - 1 or 12)
    load_before = [round(x, 2) for x in os.getloadavg()]
    figures: dict[str, object] = {
        "load_average_before": load_before,
        "command": ".venv/bin/python -m tests.benchmarks.bench_summary",
        "customers": shop.customers.count(),
        "day": NOW.date().isoformat(),
        "visits_that_day": len(day.visitors),
        "people_that_day": len(day.people()),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "cpus": os.cpu_count(),
    }
    figures["day_summary_with_overdue"] = timed(summary.day, REPEAT)
    figures["day_charts"] = timed(summary.charts, REPEAT)
    figures["day_page_load"] = timed(lambda: (summary.day(), summary.charts()), REPEAT)
    figures["week"] = timed(lambda: summary.period(kind=PeriodKind.WEEK), REPEAT)
    figures["month"] = timed(lambda: summary.period(kind=PeriodKind.MONTH), REPEAT)
    figures["past_month"] = timed(lambda: summary.period(past_month, PeriodKind.MONTH), 5)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "day.pdf"
        pages = write_day_pdf(day, charts, target, outputs=shop.outputs)
        figures["pdf_pages"] = pages
        figures["pdf_bytes"] = target.stat().st_size
        figures["pdf_write"] = timed(
            lambda: write_day_pdf(day, charts, target, outputs=shop.outputs, force=True), PDF_REPEAT
        )
        figures["pdf_export_end_to_end"] = timed(
            lambda: write_day_pdf(
                summary.day(), summary.charts(), target, outputs=shop.outputs, force=True
            ),
            PDF_REPEAT,
        )
    figures["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    shop.close()
    path = write_results("summary", figures)
    print(f"wrote {path}")
    for key, value in figures.items():
        print(f"{key:26} {value}")


if __name__ == "__main__":
    main()
