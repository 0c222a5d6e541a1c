"""Temporary files left behind by an interrupted backup, restore or repair, and their removal.

A backup killed halfway leaves a full plaintext copy of the shop under a
temporary name; repeated kills pile them up, and they would keep a deleted
person's data long after the backups holding it have aged out. So every start
and every backup removes them, and only them: each kind is matched by the exact
name Kauntaa gives it, and only regular files and real folders are removed
(never a symbolic link, never what it points to).

Nothing in use is removed. In the backup folder, work holds the folder's lock
(``folder_lock``) while its temporary files exist, and the clean-up removes them
only while holding that lock itself; where the folder cannot be locked, only
files older than ``STALE_AFTER`` go. Beside the data file, a restore or a repair
runs under the data folder's one-window lock (``instance``), so its scratch file
is removed only when no other process holds that lock, and no work in this
process has declared it busy (``working_on``).
"""

from __future__ import annotations

import contextlib
import logging
import re
import shutil
import stat
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

from kauntaa.storage.backup import BACKUP_TMP_NAME, MANIFEST_TMP_NAME
from kauntaa.storage.folder_lock import Held, folder_lock
from kauntaa.storage.instance import open_elsewhere

log = logging.getLogger(__name__)

#: The folder an encrypted copy is opened into, in the backup folder (``tempfile.mkdtemp``).
OFFSITE_WORK_PREFIX = ".offsite-"
OFFSITE_WORK_NAME = re.compile(re.escape(OFFSITE_WORK_PREFIX) + r"[A-Za-z0-9_]+\Z")
#: Scratch copies beside the data file: a restore's, and a repair's (with SQLite's side files).
#: The private copies a restore and a repair work on, beside the database.
RESTORING = ".restoring"
REPAIRING = ".repairing"
SCRATCH_SUFFIXES = (RESTORING, REPAIRING)
SCRATCH_SIDES = ("", "-journal", "-wal", "-shm")
#: Where nothing can tell whether work is running, a temporary file this old is left over.
STALE_AFTER = timedelta(days=1)

_guard = threading.Lock()
_working: Counter[Path] = Counter()


@contextlib.contextmanager
def working_on(database: Path) -> Iterator[None]:
    """Mark work on ``database`` (a restore, a repair) running in this process."""
    key = database.absolute()
    with _guard:
        _working[key] += 1
    try:
        yield
    finally:
        with _guard:
            _working[key] -= 1
            if not _working[key]:
                del _working[key]


def scratch_file(database: Path, suffix: str) -> Path:
    """Where a restore (``RESTORING``) or a repair (``REPAIRING``) keeps its private copy."""
    return database.with_name(f".{database.name}{suffix}")


def scratch_names(database: Path) -> set[str]:
    """The names of a restore's and a repair's scratch files beside ``database``."""
    return {
        f".{database.name}{suffix}{side}" for suffix in SCRATCH_SUFFIXES for side in SCRATCH_SIDES
    }


def _is_backup_folder_leftover(entry: Path) -> bool:
    name = entry.name
    if OFFSITE_WORK_NAME.match(name):
        return _kind(entry) == "folder"
    return bool(BACKUP_TMP_NAME.match(name) or MANIFEST_TMP_NAME.match(name)) and (
        _kind(entry) == "file"
    )


def _kind(entry: Path) -> str:
    try:
        mode = entry.lstat().st_mode
    except OSError:
        return "gone"
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "folder"
    return "other"  # a symbolic link or anything else Kauntaa never makes


def _old(entry: Path) -> bool:
    try:
        return time.time() - entry.lstat().st_mtime > STALE_AFTER.total_seconds()
    except OSError:
        return False


def _remove(entry: Path) -> bool:
    try:
        if _kind(entry) == "folder":
            shutil.rmtree(entry)
        else:
            entry.unlink()
    except OSError as exc:
        log.warning("Could not remove the leftover %s: %s", entry, exc)
        return False
    log.info("Removed the leftover %s", entry)
    return True


def _entries(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []


def remove_leftovers(database: Path, backup_dir: Path) -> list[Path]:
    """Remove Kauntaa's temporary files that no running work uses; return what was removed.

    Never raises: a folder that cannot be read or written is simply left as it is.
    """
    removed: list[Path] = []
    # Looked for before the lock is touched: a start with nothing to clean writes nothing.
    if any(_is_backup_folder_leftover(entry) for entry in _entries(backup_dir)):
        with folder_lock(backup_dir, wait=False) as held:
            if held is not Held.BUSY:
                for entry in _entries(backup_dir):
                    if not _is_backup_folder_leftover(entry):
                        continue
                    if (held is Held.YES or _old(entry)) and _remove(entry):
                        removed.append(entry)
    with _guard:
        busy_here = database.absolute() in _working
    if not busy_here and not open_elsewhere(database.parent):
        names = scratch_names(database)
        for entry in _entries(database.parent):
            if entry.name in names and _kind(entry) == "file" and _remove(entry):
                removed.append(entry)
    return removed
