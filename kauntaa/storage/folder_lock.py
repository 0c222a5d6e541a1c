"""The backup folder's lock: held while a backup (or an encrypted restore) works in it.

Its one purpose is to tell the clean-up of leftovers whether a temporary file in
the folder belongs to work that is running right now, in this process or
another. A backup holds it from its temporary file to its manifest; the clean-up
only removes the folder's temporary files while it holds the lock itself.

The lock is the operating system's (``flock`` on Linux and macOS, ``msvcrt`` on
Windows) on the file ``.kauntaa-backup.lock``, so it is released when the process
ends, even by SIGKILL, and nothing stale is left to time out. ``flock`` rather
than ``fcntl``: two threads of one process each opening the file conflict, so
the window's automatic backup and a backup from the menu wait for each other;
and SQLite's own ``fcntl`` locks are on other files. On Windows a file open in
another process cannot be deleted at all, so even where the lock did not work
nothing in use could be removed there.

The lock is re-entrant within a thread, so a restore that holds it can take the
safety backup inside it. Where the folder cannot take a lock (a file system
without locks, a read-only folder) work goes on unlocked, and the clean-up falls
back to removing only what is old (see ``leftovers``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from kauntaa.private import FILE_MODE

LOCK_FILENAME = ".kauntaa-backup.lock"


class Held(Enum):
    YES = "yes"
    #: Another process or thread holds it (and went on holding it while we waited).
    BUSY = "busy"
    #: The folder cannot be locked: nobody can tell whether work is running in it.
    UNKNOWN = "unknown"


@dataclass(slots=True)
class _Entry:
    fd: int
    thread: int
    count: int


_guard = threading.Lock()
_held: dict[Path, _Entry] = {}


def _key(folder: Path) -> Path:
    return (folder / LOCK_FILENAME).absolute()


#: How long a backup waits for another one working in the same folder, then goes on
#: unlocked: a lock held forever (another user's process on a shared folder) must never
#: stop the shop's backups. The largest measured backup (357 MB) takes about 10 s.
WAIT_SECONDS = 300.0
_POLL_SECONDS = 0.05


def _try_lock(fd: int) -> bool:
    """True when locked; False when someone else holds it; OSError when locks do not work."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLK):
                return False
            raise
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _lock_fd(fd: int, *, wait: bool) -> bool:
    deadline = time.monotonic() + (WAIT_SECONDS if wait else 0.0)
    while not _try_lock(fd):
        if time.monotonic() >= deadline:
            return False
        time.sleep(_POLL_SECONDS)
    return True


def _open(path: Path) -> int | None:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), FILE_MODE)
    except OSError:
        pass
    try:
        return os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None


def acquire(folder: Path, *, wait: bool) -> Held:
    key = _key(folder)
    me = threading.get_ident()
    with _guard:
        entry = _held.get(key)
        if entry is not None and entry.thread == me:
            entry.count += 1
            return Held.YES
    if not folder.is_dir():
        return Held.UNKNOWN
    fd = _open(key)
    if fd is None:
        return Held.UNKNOWN
    try:
        locked = _lock_fd(fd, wait=wait)
    except OSError:
        os.close(fd)
        return Held.UNKNOWN
    if not locked:
        os.close(fd)
        return Held.BUSY
    with _guard:
        _held[key] = _Entry(fd=fd, thread=me, count=1)
    return Held.YES


def release(folder: Path) -> None:
    key = _key(folder)
    with _guard:
        entry = _held.get(key)
        if entry is None or entry.thread != threading.get_ident():
            return
        entry.count -= 1
        if entry.count:
            return
        del _held[key]
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        with contextlib.suppress(OSError):
            msvcrt.locking(entry.fd, msvcrt.LK_UNLCK, 1)
    os.close(entry.fd)


@contextlib.contextmanager
def folder_lock(folder: Path, *, wait: bool = True) -> Iterator[Held]:
    """Hold the folder's lock for the block; yields whether it is held (see ``Held``).

    With ``wait`` it waits up to ``WAIT_SECONDS`` for another holder; the block runs
    either way, so a backup is never refused for want of the lock.
    """
    held = acquire(folder, wait=wait)
    try:
        yield held
    finally:
        if held is Held.YES:
            release(folder)
