"""The counter window on the 100,000-customer café: keystroke latency, start-up and memory.

Run: ``.venv/bin/python -m tests.benchmarks.bench_counter`` (offscreen). Start-up
and memory are compared with a bare PySide6 window measured in the same run, each
in a fresh process. Figures go to ``tests/benchmarks/results/counter.json``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

# Set before Qt loads, in this process and in the probes it starts.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from tests.benchmarks.common import big_shop, describe, write_results

#: Typed one character at a time, as at the counter.
TYPED = [
    "たなか",
    "さとう",
    "tanaka",
    "suzuki",
    "やまもと",
    "田中",
    "ﾀﾅｶ",
    "みさき",
    "写真",
    "satoh",
]
RUNS = 5
SEARCHES_FOR_MEMORY = 50


def _rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def probe(kind: str, data_dir: str) -> None:
    """One fresh process: show a window, report start-up ms and resident memory as JSON."""
    started = time.perf_counter()
    if kind == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication([])
        window = QMainWindow()
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        startup = (time.perf_counter() - started) * 1000
        print(json.dumps({"startup_ms": startup, "rss_kib": _rss_kib()}))
        return
    from kauntaa.gui.launch import GuiOptions, run_gui
    from kauntaa.paths import Paths
    from kauntaa.settings import Settings

    captured: dict[str, float] = {}

    def measure(app: Any, window: Any) -> int:
        """The app's own start-up path up to the window shown, then 50 searches."""
        captured["startup_ms"] = (window.shown_at - started) * 1000
        captured["ready_ms"] = (time.perf_counter() - started) * 1000
        queries = [q[: n + 1] for q in TYPED for n in range(len(q))]
        for q in (queries * 3)[:SEARCHES_FOR_MEMORY]:
            window.search_for(q)
            app.processEvents()
        captured["rss_kib"] = _rss_kib()
        window.close()
        return 0

    paths = Paths.under(Path(data_dir))
    run_gui(paths, Settings(language="ja"), GuiOptions(language="ja", script=measure))
    print(json.dumps(captured))


def _spawn(kind: str, data_dir: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.bench_counter", "--probe", kind, str(data_dir)],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def keystrokes(data_dir: Path) -> tuple[list[float], list[float]]:
    """Milliseconds from a key press to the result list repainted, and then to the card shown.

    The card follows the list on the next turn of the event loop, so the two are
    measured one after the other.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from kauntaa.gui._generated import resources_rc  # noqa: F401
    from kauntaa.gui.i18n import Translations
    from kauntaa.gui.main_window import MainWindow
    from kauntaa.gui.theme import ThemeManager
    from kauntaa.paths import Paths
    from kauntaa.settings import Settings

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    shop = big_shop()
    translations = Translations(app)
    translations.use("ja")
    window = MainWindow(Paths.under(data_dir), Settings(), translations, ThemeManager(app))
    window.attach(shop)
    window.remember_state = False
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    search = window.search_field
    samples: list[float] = []
    cards: list[float] = []
    for _ in range(RUNS):
        for word in TYPED:
            search.clear()
            app.processEvents()
            for ch in word:
                started = time.perf_counter()
                QApplication.sendEvent(
                    search,
                    QKeyEvent(
                        QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch
                    ),
                )
                window._ui.results_view.viewport().repaint()  # paint the new cards now
                samples.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                app.processEvents()  # the card catches up
                cards.append((time.perf_counter() - started) * 1000)
    window.close()
    shop.close()
    return samples, cards


def main() -> None:
    shop = big_shop()
    data_dir = shop.database.path.parent
    shop.close()
    to_list, to_card = keystrokes(data_dir)
    figures: dict[str, object] = {
        "keystroke_to_list": describe(to_list),
        "then_card": describe(to_card),
    }
    bare = [_spawn("bare", data_dir) for _ in range(RUNS)]
    ours = [_spawn("kauntaa", data_dir) for _ in range(RUNS)]
    bare_start = describe([b["startup_ms"] for b in bare])
    our_start = describe([o["startup_ms"] for o in ours])
    figures["startup_bare"] = bare_start
    figures["startup_kauntaa"] = our_start
    figures["startup_ratio_p50"] = round(our_start["p50_ms"] / bare_start["p50_ms"], 2)
    figures["ready_kauntaa"] = describe([o["ready_ms"] for o in ours])
    bare_rss = min(b["rss_kib"] for b in bare) / 1024
    our_rss = min(o["rss_kib"] for o in ours) / 1024
    figures["rss_bare_mib"] = round(bare_rss, 1)
    figures["rss_kauntaa_after_50_searches_mib"] = round(our_rss, 1)
    figures["rss_above_bare_mib"] = round(our_rss - bare_rss, 1)
    path = write_results("counter", figures)
    print(f"wrote {path}")
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--probe":
        probe(sys.argv[2], sys.argv[3])
    else:
        main()
