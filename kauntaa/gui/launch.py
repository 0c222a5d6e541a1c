"""Starting the window: the exception hook first, then Qt, then the shop."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from types import TracebackType

from kauntaa.errors import KauntaaError
from kauntaa.paths import Paths
from kauntaa.services.shop import Shop
from kauntaa.settings import Settings

log = logging.getLogger("kauntaa")


def _setup_logging(paths: Paths) -> None:
    paths.log_dir.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        paths.log_dir / "kauntaa.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def _install_excepthook(paths: Paths) -> None:
    """Unexpected errors are logged and shown; the app keeps running."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                "Kauntaa",
                f"{value}\n\nログ / log: {paths.log_dir / 'kauntaa.log'}",
            )

    sys.excepthook = hook


def run_gui(paths: Paths, settings: Settings) -> int:
    paths.ensure()
    _setup_logging(paths)
    _install_excepthook(paths)
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kauntaa.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Kauntaa")
    language = settings.effective_language
    try:
        shop = Shop.open(paths.database, paths.backup_dir)
    except KauntaaError as exc:
        QMessageBox.critical(None, "Kauntaa", exc.text(language))
        return 1
    window = MainWindow(shop, language)
    window.show()
    window.offer_demo_if_empty()
    try:
        return app.exec()
    finally:
        shop.close()
