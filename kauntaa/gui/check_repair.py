"""Help ▸ Check and repair…: SQLite's full check of the data file, and its repair.

Installed on the main window with one line. The check runs on the window's
worker while the shop stays open. A repair needs the file to itself: like a
restore, the shop is closed, the repair runs on the worker behind a progress
dialog, and the repaired shop is attached again. The report is the same plain
words as ``kauntaa check``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from kauntaa.errors import KauntaaError, Message

if TYPE_CHECKING:
    from kauntaa.services.repair import RepairOutcome
    from kauntaa.storage.repair import CheckResult

log = logging.getLogger(__name__)


def inform(parent: Any, text: str) -> None:
    """The report once the work is done; tests replace QMessageBox.information."""
    QMessageBox.information(parent, "Kauntaa", text)


class CheckRepair(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._window = window
        ui = window._ui
        self.action = QAction(self.tr("&Check and repair…"), window)
        self.action.setObjectName("action_check_repair")
        self.action.triggered.connect(self.check)
        ui.menu_help.insertAction(ui.action_about, self.action)
        ui.menu_help.insertSeparator(ui.action_about)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.action.setText(self.tr("&Check and repair…"))
        return False

    @property
    def _language(self) -> str:
        return str(self._window._translations.language)

    def _text(self, lines: list[Message]) -> str:
        return "\n".join(line.in_language(self._language) for line in lines)

    def check(self) -> None:
        from kauntaa.services.repair import check

        window = self._window
        if not window.ready:
            return
        database = window.shop.database.path
        window._run_job(
            self.tr("Checking the data file…"),
            lambda _progress: check(database),
            self._checked,
        )

    def _checked(self, result: object) -> None:
        from kauntaa.gui import safekeeping
        from kauntaa.services.repair import report_lines

        checked: CheckResult = result  # type: ignore[assignment]
        text = self._text(report_lines(checked))
        if checked.sound:
            inform(self._window, text)
            return
        log.error("integrity_check reported: %s", "; ".join(checked.problems[:3]))
        question = (
            text
            + "\n\n"
            + self.tr(
                "Repair it now? The shop closes for a moment while the file is mended. "
                "Nothing is deleted: the file as it is now is kept beside the repaired one."
            )
        )
        if safekeeping.ask(self._window, question, self.tr("Repair"), self.tr("Not now")):
            self.repair()

    def repair(self) -> None:
        """Close the shop, repair the file on the worker, attach the repaired shop."""
        from kauntaa.services.repair import repair

        window = self._window
        window.wait_for_job()
        old = window.detach()
        database, backup_dir, clock = old.database.path, old.backup_dir, old.clock
        old.close()

        def work(progress: Any) -> object:
            try:
                return repair(database, backup_dir, progress=progress)
            except Exception as exc:  # the shop is attached again whatever happened
                if not isinstance(exc, KauntaaError):
                    log.exception("Check and repair failed")
                return exc

        def done(result: object) -> None:
            from kauntaa.services.repair import report_lines
            from kauntaa.services.shop import Shop

            try:
                shop = Shop.open(database, backup_dir, clock=clock)
            except KauntaaError as exc:
                QMessageBox.critical(window, "Kauntaa", exc.text(self._language))
                window.close()  # without a data file there is nothing it could show or save
                return
            window.attach(shop)
            if isinstance(result, Exception):
                window._report_any(result)
                return
            outcome: RepairOutcome = result  # type: ignore[assignment]
            inform(window, self._text(report_lines(outcome)))

        window._run_job(self.tr("Repairing the data file…"), work, done)
