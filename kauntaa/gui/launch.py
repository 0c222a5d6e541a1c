"""Starting the window: logging and the exception hook first, then Qt, then the shop.

Also the two scripted runs: ``--screenshot`` (the README picture) and
``--self-test`` (the installer's smoke test), which write nothing to the data.
"""

from __future__ import annotations

import faulthandler
import importlib
import json
import logging
import os
import signal
import socket
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from kauntaa import STARTED_AT, private
from kauntaa.domain.text import romaji
from kauntaa.errors import KauntaaError
from kauntaa.paths import Paths
from kauntaa.settings import Settings

log = logging.getLogger("kauntaa")


#: A scripted run: gets the application and the main window, returns the exit status.
Script = Callable[[Any, Any], int]


@dataclass(frozen=True, slots=True)
class GuiOptions:
    theme: str | None = None
    language: str | None = None
    script: Script | None = None  # None: the normal interactive window


def _setup_logging(paths: Paths) -> Path:
    """A rotating log in the platform's log folder, and crash traces beside it.

    The installed app has no console, so a hard crash (a fault inside Qt) would
    otherwise leave nothing behind: faulthandler writes its trace to crash.log.
    """
    folder = _writable_log_dir(paths.log_dir)
    log_file = folder / "kauntaa.log"
    crash_file = private.open_file(folder / "crash.log", "a")
    faulthandler.enable(file=crash_file)
    handler = private.RotatingLog(log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return log_file


def _writable_log_dir(folder: Path) -> Path:
    """The log folder, or one in the temporary folder when it cannot be written.

    A read-only data folder (a write-protected USB stick) still opens the shop to read.
    """
    try:
        private.make_folder(folder)
        private.open_file(folder / "crash.log", "a").close()
        return folder
    except OSError:
        fallback = (
            Path(tempfile.gettempdir())
            / f"kauntaa-logs-{os.getuid() if hasattr(os, 'getuid') else 0}"
        )
        private.make_folder(fallback)
        return fallback


def _install_excepthook(log_file: Path, *, interactive: bool) -> None:
    """Unexpected errors are logged and shown with the log's path; the app keeps running.

    A scripted run (--self-test, --screenshot) has nobody to read a dialog, which
    would wait forever offscreen: it prints the error and exits with status 1.
    """

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if not interactive:
            traceback.print_exception(kind, value, tb)
            sys.stderr.flush()
            os._exit(1)
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                "Kauntaa",
                f"{value}\n\n予期しないエラーです。詳しくはログへ / Unexpected error. "
                f"Details are in the log:\n{log_file}",
            )

    sys.excepthook = hook


# Signals that end the app as its Quit would: the exit backup, then the shop closed.
QUIT_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)


def _quit_on_signals(app: Any) -> Callable[[], None]:
    """End the event loop cleanly on SIGTERM, SIGHUP (logging out) and SIGINT (Ctrl+C).

    Python runs a signal handler only between its own bytecodes, never while Qt's loop
    waits in C++; the wake-up socket makes Qt call back into Python at once. Returns
    what puts the previous handlers back.
    """
    import shiboken6
    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    previous_fd = signal.set_wakeup_fd(writer.fileno())
    previous = {number: signal.getsignal(number) for number in QUIT_SIGNALS}
    for number in QUIT_SIGNALS:
        signal.signal(number, lambda _number, _frame: app.quit())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda *_: reader.recv(64))  # Python code: the handler runs

    def restore() -> None:
        # Gone before its socket closes: a notifier left on a closed descriptor would be
        # polled by every later event loop of this process.
        notifier.setEnabled(False)
        shiboken6.delete(notifier)
        signal.set_wakeup_fd(previous_fd)
        for number, handler in previous.items():
            signal.signal(number, handler)
        reader.close()
        writer.close()

    return restore


def run_gui(paths: Paths, settings: Settings, options: GuiOptions | None = None) -> int:
    options = options or GuiOptions()
    scripted = options.script is not None
    if scripted:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    paths.ensure()
    _install_excepthook(_setup_logging(paths), interactive=not scripted)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kauntaa.gui._generated import resources_rc  # noqa: F401 - registers :/ resources
    from kauntaa.gui.i18n import Translations
    from kauntaa.gui.main_window import MainWindow
    from kauntaa.gui.theme import ThemeManager

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Kauntaa")
    app.setApplicationDisplayName("Kauntaa")
    translations = Translations(app)
    language = translations.use(options.language or settings.language)
    theme = ThemeManager(app, options.theme or settings.theme)
    instance = None
    if not scripted:  # scripted runs write nothing, so they may run beside the window
        from kauntaa.gui.single_instance import SingleInstance

        instance = SingleInstance(paths.data_dir, app)
        if not instance.claim():
            QMessageBox.information(
                None,
                "Kauntaa",
                QApplication.translate(
                    "Launch", "Kauntaa is already open. Its window has been brought to the front."
                ),
            )
            return 0
    window = MainWindow(paths, settings, translations, theme)
    window.remember_state = not scripted  # scripted runs leave no trace
    window.scripted = scripted
    window.show()
    if instance is not None:
        instance.bring_to_front(window)
        QTimer.singleShot(0, instance.listen)  # QtNetwork loads behind the shown window

    def open_shop() -> None:
        """Runs once the window is on screen: SQLAlchemy and the file load behind it."""
        window.shown_at = time.perf_counter()
        window.shown_at_ns = time.time_ns()
        from kauntaa.errors import MissingDatabaseError, RefusedDatabaseError
        from kauntaa.gui.safekeeping import answer_missing_shop, offer_restore_at_start
        from kauntaa.services.backups import backup_folder
        from kauntaa.services.shop import Shop

        backup_dir = backup_folder(paths)
        try:
            # The quick_check of a big file takes a while: the window runs it afterwards
            # (after an unclean shutdown the full check runs here, before anything is shown).
            try:
                shop = Shop.open(paths.database, backup_dir, check=False)
            except MissingDatabaseError as missing:
                choice = (
                    None if scripted else answer_missing_shop(window, missing, backup_dir, language)
                )
                if choice is None:
                    raise
                shop = Shop.open(
                    paths.database, backup_dir, check=False, new_shop=choice == "new_shop"
                )
            except RefusedDatabaseError as refused:
                if scripted or not offer_restore_at_start(
                    window, refused, paths.database, backup_dir, language
                ):
                    raise
                shop = Shop.open(paths.database, backup_dir, check=False)
        except KauntaaError as exc:
            if scripted:
                print(exc.text(language), file=sys.stderr)
            else:
                QMessageBox.critical(window, "Kauntaa", exc.text(language))
            app.exit(1)
            return
        window.attach(shop)
        if not scripted:
            window.check_file_in_background()
            window.safekeeping.warn_about_location()
        if options.script is not None:
            try:
                code = options.script(app, window)
            except Exception:
                traceback.print_exc()
                code = 1
            app.exit(code)

    QTimer.singleShot(0, open_shop)
    restore_signals = _quit_on_signals(app) if not scripted else (lambda: None)
    try:
        return app.exec()
    finally:
        restore_signals()
        # Usually done already by closing the window or quitting; never twice.
        window.safekeeping.finish()
        if instance is not None:
            instance.release()


def screenshot(
    target: Path,
    *,
    view: str = "counter",
    select: str = "",
    size: tuple[int, int] = (1280, 800),
    force: bool = False,
) -> Script:
    """Render the window offscreen to a PNG, with ``select`` typed into the search.

    Written through the shop's one writer: never over the shop's own files, an
    existing picture only with ``force``; a refusal is one line and exit 2.
    """

    def run(app: Any, window: Any) -> int:
        try:
            window.shop.outputs.check(target, force=force)
        except KauntaaError as exc:
            print(exc.text(window._translations.language), file=sys.stderr)
            return 2
        window.resize(*size)
        if view == "welcome":
            window.show_welcome()
        elif view == "day":
            window.show_page(window.day_page)
        elif view in ("map", "circles"):
            page = window.map_page if view == "map" else window.circles_page
            window.show_page(page)
            while getattr(page, "loading", False):  # the map is laid out on the worker
                window.wait_for_job()
                app.processEvents()
        else:
            window.show_counter()
            if select:
                window.focus_search()
                window.search_for(select)
        window.show()
        app.processEvents()
        window.current_card()  # the card follows the list a moment later: render it now
        app.processEvents()
        from PySide6.QtCore import QBuffer, QIODevice

        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        ok = bool(window.grab().save(buffer, "PNG"))
        window.close()
        if not ok:
            print(f"could not write {target}", file=sys.stderr)
            return 1
        try:
            window.shop.outputs.write(target, bytes(buffer.data().data()), force=force)
        except KauntaaError as exc:
            print(exc.text(window._translations.language), file=sys.stderr)
            return 2
        return 0

    return run


#: Modules the window imports on first use (pages, printing, the single-window
#: check, the map's SVG export); ``--self-test`` checks they load (the map's networkx
#: is proven by the installer smoke test's `map --out`).
LOADED_LATER = (
    "kauntaa.gui.day_page",
    "kauntaa.gui.connection_map",
    "kauntaa.gui.circles_page",
    "kauntaa.gui.dialogs.import_wizard",
    "kauntaa.gui.single_instance",
    "PySide6.QtNetwork",
    "PySide6.QtPrintSupport",
    "PySide6.QtSvg",
)


def self_test(app: Any, window: Any) -> int:
    """Show the window, type a search for someone who exists, open the card; print timings."""
    from PySide6.QtTest import QTest

    window.show()
    app.processEvents()
    startup_ms = (window.shown_at - STARTED_AT) * 1000
    try:
        someone = window.shop.customers.recent(limit=1) or window.shop.customers.search("a")
        if not someone:
            raise RuntimeError("the database holds no customer to search for")
        target = someone[0]
        # Romaji, so the keystrokes are plain keys on any keyboard layout.
        query = romaji(target.reading or target.name)[:3] or target.name[:2]
        window.show_counter()
        search = window.search_field
        search.clear()
        started = time.perf_counter()
        QTest.keyClicks(search, query)
        app.processEvents()
        search_ms = (time.perf_counter() - started) * 1000
        if window.results_model.rowCount() == 0:
            raise RuntimeError(f"no result for {query!r}")
        first = window.results_model.hit(0)
        started = time.perf_counter()
        window.show_card(first.id)
        app.processEvents()
        card_ms = (time.perf_counter() - started) * 1000
        shown = window.card_text()
        if first.name not in shown:
            raise RuntimeError("the card did not show the customer's name")
        # What the window loads only when first used must be there too: an installer
        # that trimmed one away would fail later, in front of the owner.
        for module in LOADED_LATER:
            importlib.import_module(module)
    except Exception as exc:
        print(json.dumps({"ok": False, "error": str(exc)}), file=sys.stderr)
        window.close()
        return 1
    print(
        json.dumps(
            {
                "ok": True,
                "startup_ms": round(startup_ms, 1),
                # Wall clock, so a launcher can time exec → window, bootloader included.
                "shown_at_ns": window.shown_at_ns,
                "search_ms": round(search_ms, 1),
                "card_ms": round(card_ms, 1),
                "query": query,
            },
            ensure_ascii=False,
        )
    )
    window.close()
    return 0
