"""Owner-only files and folders: the shop's data is readable by its owner alone.

On Linux and macOS every file Kauntaa writes with the shop's data in it (the
database, backups and manifests, logs, settings, the lock) is created 0600, and
every folder it creates 0700, whatever the umask. The modes are set explicitly
here rather than trusted to the umask, because a script using the services never
passes through the console script's ``main``. On Windows the files stay in the
user's profile, whose permissions are already the user's own, and nothing is changed.
"""

from __future__ import annotations

import contextlib
import io
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
#: The umask the console script runs under: whatever a library creates is owner-only too.
PRIVATE_UMASK = 0o077

APPLIES = os.name != "nt"


def make_folder(folder: Path) -> Path:
    """Create ``folder`` and any missing parents 0700; folders that already exist keep their mode.

    An existing folder may be the owner's own choice (a USB stick, a synced folder),
    so only the folders made here are restricted.
    """
    missing: list[Path] = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            continue
        if APPLIES:
            os.chmod(path, FOLDER_MODE)
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True)  # raises the right error for a file in the way
    return folder


def restrict(path: Path) -> None:
    """Make an existing file owner-only (a file written by an older Kauntaa, or by SQLite).

    Only others' permissions are taken away: a file the owner made read-only stays so.
    """
    if not APPLIES:
        return
    with contextlib.suppress(OSError):
        mode = path.stat().st_mode & 0o777
        if not path.is_symlink() and mode & 0o077:
            os.chmod(path, mode & 0o700)


def create_file(path: Path, *, exclusive: bool = False) -> None:
    """Create ``path`` empty and owner-only (or make an existing one owner-only).

    ``exclusive`` refuses a name that exists already, a symbolic link included,
    which is what a temporary file in a folder others can write wants.
    """
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    if exclusive:
        flags |= os.O_EXCL
    fd = os.open(path, flags, FILE_MODE)
    try:
        if APPLIES:
            os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)


def open_file(
    path: Path, mode: str = "w", *, encoding: str | None = "utf-8", exclusive: bool = False
) -> io.TextIOWrapper:
    """``open(path, mode)`` for text, the file created (or kept) owner-only.

    ``exclusive`` refuses a name that exists already, a symbolic link included.
    """
    flags = {
        "w": os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
        "a": os.O_WRONLY | os.O_CREAT | os.O_APPEND,
    }
    extra = os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) if exclusive else 0
    fd = os.open(path, flags[mode] | extra, FILE_MODE)
    try:
        if APPLIES:
            os.fchmod(fd, FILE_MODE)
        return io.TextIOWrapper(io.BufferedWriter(io.FileIO(fd, mode)), encoding=encoding)
    except BaseException:
        os.close(fd)
        raise


def write_text(path: Path, text: str, *, exclusive: bool = False) -> None:
    """Write ``path`` owner-only (its content replaced); see ``open_file`` for ``exclusive``."""
    with open_file(path, "w", exclusive=exclusive) as f:
        f.write(text)


class RotatingLog(RotatingFileHandler):
    """A rotating log whose every file, the rotated ones included, is owner-only."""

    def _open(self) -> io.TextIOWrapper:
        return open_file(Path(self.baseFilename), "a", encoding=self.encoding)
