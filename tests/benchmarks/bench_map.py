"""The connection map with 500 people and 1,000 introductions: layout time and frame times.

Run: ``.venv/bin/python -m tests.benchmarks.bench_map`` (offscreen). Figures go to
``tests/benchmarks/results/map.json``.

Method. A fresh demo café gets 500 customers with their circles, and its
introductions are topped up to 1,000 between random pairs, a third of them made
by a regular. We time reading the map, laying it out (networkx, uncached, as the
worker does it the first time) and from the cache, and building the scene. Then
the real map page, 1280×800 and offscreen, is panned (scroll bars moved 24 px a
step) and zoomed, each step rendered the way a user sees it: the step, then Qt's
event loop (``processEvents``) paints the viewport into its raster backing
store, the work a frame on screen costs, minus the compositor; an event filter
counts the paint events, so a step that painted nothing would show. A zoom
gesture is 8 wheel notches in a row around the centre (×1.12 each; in and out by
turns), started after the map has been still for a moment. While the view is
still, Kauntaa paints the map around it (a quarter of the view beyond each side)
into a picture; a zoom step only shows that picture scaled. Once the wheel
pauses (150 ms) the map is painted in full at the new scale (the settle frame,
timed apart) and, in the next turn of the event loop, into a fresh picture
(timed apart too: a step that came in just then would wait for it; after a pan
the picture is re-made once the view has been still for 250 ms). A pan step, as
Qt does it, scrolls the view and paints only the uncovered strip. As a worst
case, a full synchronous ``viewport().repaint()`` of the whole view after a pan
step is timed too (with the whole map in view there is nothing to pan: it all
fits). Every frame figure is given as wall time and as the GUI thread's CPU time
(``time.thread_time``): the machine is shared, and the CPU time is what the
frame itself costs. Everything is measured twice: with the whole map in view
(every item painted) and zoomed in to reading size (names and introducers
shown).
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
#: Wheel notches in one zoom gesture.
NOTCHES = 8


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
    from PySide6.QtCore import QEvent, QObject, QPointF
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
    load_before = os.getloadavg()[0]

    painted = [0]

    class PaintCounter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
            if event.type() == QEvent.Type.Paint:
                painted[0] += 1
            return False

    counter = PaintCounter()
    viewport.installEventFilter(counter)

    def timed(step: Any, wall: list[float], cpu: list[float], *, repaint: bool = False) -> None:
        before = painted[0]
        started, started_cpu = time.perf_counter(), time.thread_time()
        step()
        if repaint:
            viewport.repaint()
        else:
            for _ in range(5):  # Qt's own update of the view, as on screen
                app.processEvents()
                if painted[0] > before:
                    break
        cpu.append((time.thread_time() - started_cpu) * 1000)
        wall.append((time.perf_counter() - started) * 1000)
        assert painted[0] > before, "the step painted nothing"

    def panning() -> dict[str, Any]:
        wall: list[float] = []
        cpu: list[float] = []
        for i in range(STEPS):
            direction = 1 if (i // 30) % 2 == 0 else -1
            bar = view.horizontalScrollBar() if (i // 15) % 2 == 0 else view.verticalScrollBar()
            step = bar.value() + 24 * direction
            timed(lambda bar=bar, step=step: bar.setValue(step), wall, cpu)
        return {"wall": describe(wall), "cpu": describe(cpu)}

    def repainting() -> dict[str, Any]:
        wall: list[float] = []
        cpu: list[float] = []
        for _ in range(STEPS // 2):
            timed(lambda: None, wall, cpu, repaint=True)
        return {"wall": describe(wall), "cpu": describe(cpu)}

    center = QPointF(viewport.width() / 2, viewport.height() / 2)

    def zooming(pattern: str) -> dict[str, Any]:
        """Gestures of NOTCHES wheel steps, each followed by the settle frame; ``pattern``
        says which gestures zoom in ("+") and which out ("-"), repeated."""
        wall: list[float] = []
        cpu: list[float] = []
        settle_wall: list[float] = []
        settle_cpu: list[float] = []
        early = [0]
        picture_wall: list[float] = []
        picture_cpu: list[float] = []
        for gesture in range(STEPS // NOTCHES):
            factor = 1.12 if pattern[gesture % len(pattern)] == "+" else 1 / 1.12
            for _ in range(NOTCHES):
                timed(lambda factor=factor: view.zoom_by(factor, center), wall, cpu)
            # The wheel pauses. If a step was kept waiting longer than the pause (the
            # machine is shared), the map already settled within it: counted apart.
            if view.moving:
                time.sleep(max(0, view.settle_timer.remainingTime()) / 1000 + 0.01)
                timed(lambda: None, settle_wall, settle_cpu)  # the timer fires: full paint
                # Straight after, in the next turn of the event loop: the new picture.
                started, started_cpu = time.perf_counter(), time.thread_time()
                while view.snapshot_timer.isActive():
                    app.processEvents()
                picture_cpu.append((time.thread_time() - started_cpu) * 1000)
                picture_wall.append((time.perf_counter() - started) * 1000)
            else:
                early[0] += 1
            assert not view.moving
        return {
            "wall": describe(wall),
            "cpu": describe(cpu),
            "settle_wall": describe(settle_wall),
            "settle_cpu": describe(settle_cpu),
            "picture_after_settle_wall": describe(picture_wall),
            "picture_after_settle_cpu": describe(picture_cpu),
            "settled_within_a_gesture": early[0],
        }

    def idle() -> None:
        """The user looks at the map for a moment: the picture for zooming is made."""
        deadline = time.perf_counter() + 5
        while view.snapshot_timer.isActive() and time.perf_counter() < deadline:
            time.sleep(0.01)
            app.processEvents()

    results: dict[str, Any] = {}
    view.fit()
    app.processEvents()
    results["whole_map_zoom"] = round(view.zoom, 3)
    results["full_repaint_whole_map"] = repainting()
    view.fit()
    app.processEvents()
    idle()
    results["zoom_whole_map"] = zooming("++--")
    view.set_zoom(1.2)
    view.centerOn(page.scene.sceneRect().center())
    app.processEvents()
    results["pan_reading_size"] = panning()
    results["full_repaint_reading_size"] = repainting()
    idle()
    results["zoom_reading_size"] = zooming("+--+")
    figures["frames"] = results
    for clock in ("wall", "cpu"):
        figures[f"worst_p95_frame_{clock}_ms"] = max(
            v[clock]["p95_ms"] for k, v in results.items() if k.startswith(("pan_", "zoom_"))
        )
    figures["load_average_1min"] = [load_before, os.getloadavg()[0]]
    figures["cpus"] = os.cpu_count()
    figures["frame_budget_60hz_ms"] = 16.7
    path = write_results("map", figures)
    print(path.read_text(encoding="utf-8"))
    window.close()
    shop.close()


if __name__ == "__main__":
    main()
