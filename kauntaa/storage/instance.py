"""One Kauntaa window per data folder: a lock file held for as long as the window is open.

The lock is the operating system's (flock / msvcrt), so it goes away with the
process, even after a crash. A restore from the command line takes it too, so
the file is never replaced under an open window.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from kauntaa import private
from kauntaa.private import FILE_MODE

LOCK_FILENAME = "kauntaa.lock"


#: Lock files this process holds: its own window is not "another" one.
_HELD: set[Path] = set()


def open_elsewhere(data_dir: Path) -> bool:
    """True while another process (a Kauntaa window) holds the folder's lock."""
    path = (data_dir / LOCK_FILENAME).absolute()
    if path in _HELD or not path.exists():
        return False
    probe = InstanceLock(data_dir)
    if probe.acquire():
        probe.release()
        return False
    return True


def _open_lock_file(path: Path) -> int | None:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
    except PermissionError:
        pass
    try:
        return os.open(path, os.O_RDONLY)  # flock works on a read-only descriptor too
    except OSError:
        return None


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILENAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """True when this process now holds the lock; False when another one does."""
        if self._fd is not None:
            return True
        private.make_folder(self.path.parent)
        fd = _open_lock_file(self.path)
        if fd is None:
            # A data folder this user cannot write (and no lock file in it): the shop opens
            # read-only, so a second window could change nothing either.
            return True
        try:
            if sys.platform == "win32":  # pragma: no cover - Windows only
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        _HELD.add(self.path.absolute())
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        _HELD.discard(self.path.absolute())
        if sys.platform == "win32":  # pragma: no cover - Windows only
            import msvcrt

            with contextlib.suppress(OSError):
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
