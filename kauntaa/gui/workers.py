"""Slow work (demo data, backups) on one worker thread, reporting by signal.

The job gets its own database sessions from the shared factory and never touches
a widget; the window listens to ``progress``, ``succeeded`` and ``failed``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QThread, Signal

from kauntaa.errors import KauntaaError

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class Job(QThread):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # a KauntaaError, or the unexpected exception

    def __init__(self, work: Callable[[Progress], object]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.progress.emit)
        except KauntaaError as exc:
            self.failed.emit(exc)
        except Exception as exc:
            log.exception("Background job failed")
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
