"""The connection map with 500 people and 1,000 introductions: layout time and frame times.

Run: ``.venv/bin/python -m tests.benchmarks.bench_map`` (offscreen). Figures go to
``tests/benchmarks/results/map.json``.

Method. A fresh demo café gets 500 customers with their circles, and its
introductions are topped up to 1,000 between random pairs, a third of them
made by a regular. We time reading the map, laying it out (networkx, uncached, as the
worker does it the first time) and from the cache, and building the scene.
Then the real map page, 1280×800 and offscreen, is panned (scroll bars moved
24 px a step) and zoomed (wheel-sized steps in and out around the centre), each
step followed by ``viewport().repaint()``: a synchronous paint of the view into
its raster backing store, the same work a frame on screen costs, minus the
compositor. The frame figure is the time of step + repaint, as wall time and
as the GUI thread's CPU time (``time.thread_time``): the machine is shared, and
the CPU time is what the frame itself costs. A full repaint per pan step is the
worst case: in use, Qt scrolls the view and paints only the uncovered strip,
which ``pan_reading_size_event_loop`` measures (step, then Qt's event loop
paints). Pan and zoom are
measured twice: with the whole map in view (every item painted) and zoomed in
to reading size (names and introducers shown).
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from tests.benchmarks.common import describe, write_results

PEOPLE = 500
INTRODUCTIONS = 1_000
STEPS = 120


def _build_shop(folder: Path) -> Any:
    """The demo café with 500 regulars (names, circles, some introductions), topped up to
    1,000 introductions between random pairs, a third of them made by a regular."""
    from sqlalchemy import select

    from kauntaa.errors import UserError
    from kauntaa.services.shop import Shop
    from kauntaa.storage.schema import CustomerRow

    rng = random.Random(7)
    shop = Shop.open(folder / "kauntaa.sqlite3", folder / "backups")
    shop.demo.generate(customers=PEOPLE, seed=3)
    with shop.database.sessions.begin() as session:
        ids = list(session.scalars(select(CustomerRow.id).where(CustomerRow.archived_at.is_(None))))
    made = len(shop.connections.graph().links)
    while made < INTRODUCTIONS:
        a, b = rng.sample(ids, 2)
        by = rng.choice(ids) if rng.random() < 0.33 else None
        try:
            shop.introductions.introduce(
                a, b, by=None if by in (a, b) else by, planned=rng.random() < 0.05
            )
        except UserError:
            continue  # the pair is already in the ledger
        made += 1
    return shop


def main() -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from kauntaa.gui._generated import resources_rc  # noqa: F401 - registers :/ resources
    from kauntaa.gui.i18n import Translations
    from kauntaa.gui.main_window import MainWindow
    from kauntaa.gui.theme import ThemeManager
    from kauntaa.paths import Paths
    from kauntaa.settings import Settings

    folder = Path(tempfile.mkdtemp(prefix="kauntaa-bench-map-"))
    print("building the shop…", flush=True)
    shop = _build_shop(folder)
    figures: dict[str, Any] = {
        "people": PEOPLE,
        "introductions": INTRODUCTIONS,
        "method": __doc__.split("Method.")[1].strip().replace("\n", " ") if __doc__ else "",
    }

    started = time.perf_counter()
    graph = shop.connections.graph()
    figures["read_map_ms"] = round((time.perf_counter() - started) * 1000, 1)
    figures["people_on_map"] = len(graph.people)
    layouts = []
    for _ in range(3):
        shop.connections._layouts.clear()  # the first layout, as after a change
        started = time.perf_counter()
        shop.connections.layout(graph)
        layouts.append((time.perf_counter() - started) * 1000)
    figures["layout_uncached"] = describe(layouts)
    started = time.perf_counter()
    shop.connections.layout(graph)
    figures["layout_cached_ms"] = round((time.perf_counter() - started) * 1000, 3)

    translations = Translations(app)
    translations.use("ja")
    window = MainWindow(
        Paths.under(folder / "home"),
        Settings(language="ja"),
        translations,
        ThemeManager(app, "light"),
    )
    window.remember_state = False
    window.resize(1280, 800)
    window.show()
    window.attach(shop)
    app.processEvents()
    page = window.map_page
    started = time.perf_counter()
    window.show_page(page)  # the layout is cached: the scene is built at once
    figures["scene_build_ms"] = round((time.perf_counter() - started) * 1000, 1)
    while page.loading:
        window.wait_for_job()
        app.processEvents()
    app.processEvents()
    view = page.view
    viewport = view.viewport()
    figures["viewport"] = [viewport.width(), viewport.height()]
    figures["scene_items"] = len(page.scene.items())

    def frames(step: Any, *, event_loop: bool = False) -> dict[str, Any]:
        wall, cpu = [], []
        for i in range(STEPS):
            started, started_cpu = time.perf_counter(), time.thread_time()
            step(i)
            if event_loop:
                app.processEvents()  # Qt's own update: a pan scrolls and paints the strip
            else:
                viewport.repaint()
            cpu.append((time.thread_time() - started_cpu) * 1000)
            wall.append((time.perf_counter() - started) * 1000)
        return {"wall": describe(wall), "cpu": describe(cpu)}

    def pan(i: int) -> None:
        direction = 1 if (i // 30) % 2 == 0 else -1
        bar = view.horizontalScrollBar() if (i // 15) % 2 == 0 else view.verticalScrollBar()
        bar.setValue(bar.value() + 24 * direction)

    center = QPointF(viewport.width() / 2, viewport.height() / 2)

    def zoom(i: int) -> None:
        view.zoom_by(1.12 if (i // 20) % 2 == 0 else 1 / 1.12, center)

    results: dict[str, Any] = {}
    view.fit()
    app.processEvents()
    results["whole_map_zoom"] = round(view.zoom, 3)
    results["pan_whole_map"] = frames(pan)
    view.fit()
    results["zoom_whole_map"] = frames(zoom)
    view.set_zoom(1.2)
    view.centerOn(page.scene.sceneRect().center())
    app.processEvents()
    results["pan_reading_size"] = frames(pan)
    results["zoom_reading_size"] = frames(zoom)
    results["pan_reading_size_event_loop"] = frames(pan, event_loop=True)
    figures["frames"] = results
    for clock in ("wall", "cpu"):
        figures[f"worst_p95_frame_{clock}_ms"] = max(
            v[clock]["p95_ms"] for v in results.values() if isinstance(v, dict)
        )
    figures["load_average_1min"] = os.getloadavg()[0]
    figures["cpus"] = os.cpu_count()
    figures["frame_budget_60hz_ms"] = 16.7
    path = write_results("map", figures)
    print(path.read_text(encoding="utf-8"))
    window.close()
    shop.close()


if __name__ == "__main__":
    main()
