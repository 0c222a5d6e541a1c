"""One window per data folder: a second start brings the first window to the front.

The operating system's lock file (storage.instance) decides who is first; it is
released even when the first one crashes. A local socket carries the "show
yourself" message from the second start to the first window.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from kauntaa.storage.instance import InstanceLock

if TYPE_CHECKING:
    # QtNetwork loads after the window is on screen (``listen``), or in a second start.
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

SHOW = b"show\n"
CONNECT_MS = 1000


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"kauntaa-{digest}"


class SingleInstance(QObject):
    show_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self._lock = InstanceLock(data_dir)
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """True when this is the only window; otherwise the first one is asked to show itself.

        The first one answers once ``listen`` has run (after its window is shown).
        """
        if not self._lock.acquire():
            self._ask_first_to_show()
            return False
        return True

    def listen(self) -> None:
        """Start answering later starts; call once the window is on screen."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None or not self._lock.held:
            return
        QLocalServer.removeServer(self.name)  # a socket left behind by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._connected)
        server.listen(self.name)
        self._server = server

    def _ask_first_to_show(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if socket.waitForConnected(CONNECT_MS):
            socket.write(SHOW)
            socket.waitForBytesWritten(CONNECT_MS)
            socket.disconnectFromServer()
        socket.close()

    def _connected(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            # Owned by the server; one line each, so the few that ever come need no cleanup.
            socket.readyRead.connect(lambda s=socket: self._read(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if SHOW.strip() in bytes(socket.readAll().data()):
            self.show_requested.emit()

    def bring_to_front(self, window: QWidget) -> None:
        """Connect the request to ``window``: restored if minimised, raised, activated."""

        def show() -> None:
            if window.isMinimized():
                window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
            window.show()
            if QGuiApplication.platformName() != "offscreen":  # it has no stacking to change
                window.raise_()
                window.activateWindow()

        self.show_requested.connect(show)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.release()
