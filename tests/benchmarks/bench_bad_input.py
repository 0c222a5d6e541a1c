"""How fast bad files are refused: a million-column CSV, a 50 MB one, /dev/zero.

Run: ``.venv/bin/python -m tests.benchmarks.bench_bad_input``. Figures go to
``tests/benchmarks/results/bad_input.json``.

Each refusal is timed in-process, through ``ImportService.load`` as the command
line and the wizard call it (reading, the encoding guess, decoding and the
table's first row), median of five runs, and once from launch as
``kauntaa import FILE --dry-run`` (start-up included).
"""

from __future__ import annotations

import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kauntaa.errors import UserError
from kauntaa.services.csv_files import MAX_BYTES
from kauntaa.services.shop import Shop
from tests.benchmarks.common import write_results

RUNS = 5


def _refusal_s(shop: Shop, path: Path) -> tuple[float, str]:
    times, code = [], ""
    for _ in range(RUNS):
        started = time.perf_counter()
        try:
            shop.importing.load(path)
        except UserError as error:
            code = error.code
        times.append(time.perf_counter() - started)
    return statistics.median(times), code


def _from_launch_s(data: Path, path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kauntaa",
            "--data-dir",
            str(data),
            "import",
            str(path),
            "--dry-run",
        ],
        capture_output=True,
        check=False,
    )
    return time.perf_counter() - started, done.returncode


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        wide = work / "wide.csv"
        columns = 1_000_000
        wide.write_text(
            ",".join(f"c{i}" for i in range(columns)) + "\n" + "x," * (columns - 1) + "x\n",
            encoding="utf-8",
        )
        big = work / "big.csv"
        with big.open("wb") as f:
            f.write("名前\n".encode())
            f.truncate(MAX_BYTES + 1)
        files = {"million_columns": wide, "over_50_mb": big}
        if Path("/dev/zero").exists():
            files["dev_zero"] = Path("/dev/zero")
        data = work / "shop"
        data.mkdir()
        shop = Shop.open(data / "kauntaa.sqlite3", data / "backups")
        figures: dict[str, Any] = {
            "python": platform.python_version(),
            "machine": platform.machine(),
            "wide_csv_bytes": wide.stat().st_size,
        }
        try:
            for name, path in files.items():
                seconds, code = _refusal_s(shop, path)
                figures[f"{name}_refused_s"] = round(seconds, 6)
                figures[f"{name}_code"] = code
        finally:
            shop.close()
        for name, path in files.items():
            seconds, status = _from_launch_s(data, path)
            figures[f"{name}_from_launch_s"] = round(seconds, 3)
            figures[f"{name}_exit_status"] = status
    path = write_results("bad_input", figures)
    print(path.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
