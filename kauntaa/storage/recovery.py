"""When the shop's file is damaged: check it, set it aside, put a verified backup in its place.

Nothing here deletes the owner's data. A damaged file is renamed, with its
``-wal`` and ``-shm``, under a dated name beside it. A restore first backs up
the file it replaces (or sets it aside when it cannot be read), then treats the
chosen backup as untrusted: it works on a private copy, runs ``integrity_check``
before anything else, and compares the row counts with the backup's manifest.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kauntaa.errors import BackupError, Message, StorageError
from kauntaa.storage.backup import (
    VERIFY_CACHE_KIB,
    BackupInfo,
    file_version,
    fsync_dir,
    fsync_file,
    list_backups,
    make_backup,
    manifest_of,
    verify_file,
)
from kauntaa.storage.engine import is_damage, storage_fault

SIDE_FILES = ("-wal", "-shm")


@dataclass(frozen=True, slots=True)
class RestoreResult:
    source: Path
    row_counts: dict[str, int]
    #: The verified backup of the state that was replaced (None when it could not be read).
    safety_backup: BackupInfo | None
    #: Where the replaced file went when it could not be backed up.
    moved_aside: tuple[Path, ...]


def family(path: Path) -> list[Path]:
    """The file and whichever of its -wal and -shm exist."""
    candidates = [path] + [Path(f"{path}{side}") for side in SIDE_FILES]
    return [p for p in candidates if p.exists()]


def wal_left_over(path: Path) -> bool:
    """A -wal with content: the last session did not close cleanly (or is still running)."""
    wal = Path(f"{path}-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def check_file(path: Path, *, full: bool) -> str | None:
    """None when SQLite finds the file sound, else what is wrong with it.

    ``full`` runs integrity_check and foreign_key_check (after an unclean
    shutdown); otherwise quick_check. A locked or unreadable file is not damage:
    it raises StorageError instead, and the file is never set aside for it.
    """
    immutable = "" if Path(f"{path}-wal").exists() else "&immutable=1"
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro{immutable}", uri=True)
    except sqlite3.Error as exc:
        raise _unreadable(path, exc) from exc
    try:
        if full:
            connection.execute(f"PRAGMA cache_size = -{VERIFY_CACHE_KIB}")
            rows = connection.execute("PRAGMA integrity_check").fetchall()
            if rows == [("ok",)] and connection.execute("PRAGMA foreign_key_check").fetchone():
                return "foreign_key_check found orphaned rows"
        else:
            rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as exc:
        # By SQLite's result code: a full disk or a lock is not damage.
        if is_damage(exc):
            return str(exc)
        raise _unreadable(path, exc) from exc
    finally:
        connection.close()
    return None if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:3])


def _unreadable(path: Path, exc: sqlite3.Error) -> StorageError:
    fault = storage_fault(exc, path.parent)
    if fault is not None:
        return fault
    return StorageError(
        Message(
            f"データファイル {path} を確認できませんでした（{exc}）。",
            f"The data file {path} could not be checked ({exc}).",
        ),
        code="check_failed",
    )


def _free_name(path: Path, label: str, now: datetime) -> Path:
    stamp = f"{now:%Y%m%d-%H%M%S}"
    for n in range(1000):
        extra = f"-{n}" if n else ""
        candidate = path.with_name(f"{path.stem}-{label}-{stamp}{extra}{path.suffix}")
        if not any(Path(f"{candidate}{side}").exists() for side in ("", *SIDE_FILES)):
            return candidate
    raise FileExistsError(path)


def move_aside(path: Path, *, label: str = "damaged", now: datetime | None = None) -> list[Path]:
    """Rename the file and its -wal/-shm to one dated name; return the new paths."""
    target = _free_name(path, label, now or datetime.now())
    moved: list[Path] = []
    for source in family(path):
        side = str(source)[len(str(path)) :]
        destination = Path(f"{target}{side}")
        os.replace(source, destination)
        moved.append(destination)
    fsync_dir(path.parent)
    return moved


def newest_backup(backup_dir: Path) -> BackupInfo | None:
    backups = list_backups(backup_dir)
    return backups[0] if backups else None


def newest_sound_backup(backup_dir: Path) -> BackupInfo | None:
    """The newest backup that still verifies now (a backup folder can be damaged too)."""
    for info in list_backups(backup_dir):
        try:
            if verify_file(info.path) == info.row_counts:
                return info
        except BackupError:
            continue
    return None


def offer_text(backup_dir: Path) -> Message:
    """One sentence naming the newest backup and how to restore it."""
    info = newest_backup(backup_dir)
    if info is None:
        return Message("戻せるバックアップはありません。", "There is no backup to restore from.")
    when = f"{info.created_at:%Y-%m-%d %H:%M}"
    return Message(
        f"最新のバックアップは {when} のものです。"
        "「ファイル ▸ バックアップから戻す…」または `kauntaa restore` で戻せます。",
        f"The newest backup is from {when}. Restore it with File ▸ Restore from backup… "
        "or `kauntaa restore`.",
    )


def restore_backup(
    live: Path,
    source: Path,
    backup_dir: Path,
    *,
    schema_version: int,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> RestoreResult:
    """Put ``source`` in place of ``live``. Every connection to ``live`` must be closed.

    1. The current file is backed up and verified (or, if it cannot be read, set aside).
    2. ``source`` is copied privately and verified as untrusted; on any doubt
       nothing is replaced and BackupError is raised.
    3. The verified copy is renamed over the live file.
    """
    now = now or datetime.now()
    safety: BackupInfo | None = None
    if live.exists() and live.stat().st_size > 0:
        try:
            safety = make_backup(live, backup_dir, reason="before-restore", now=now)
        except StorageError:
            safety = None

    live.parent.mkdir(parents=True, exist_ok=True)
    tmp = live.with_name(f".{live.name}.restoring")
    tmp.unlink(missing_ok=True)
    try:
        if progress is not None:
            progress(0, 3)
        shutil.copyfile(source, tmp)
        fsync_file(tmp)
        if progress is not None:
            progress(1, 3)
        counts = verify_file(tmp)
        version = file_version(tmp)
        if version > schema_version:
            raise BackupError(
                Message(
                    f"{source.name} は新しい版の Kauntaa で作られています（形式 {version}）。",
                    f"{source.name} was written by a newer Kauntaa (format {version}).",
                ),
                code="backup_too_new",
            )
        manifest = manifest_of(source)
        if manifest is not None and manifest.row_counts != counts:
            raise BackupError(
                Message(
                    f"{source.name} の件数が記録と合いません。このバックアップは使えません。",
                    f"The row counts of {source.name} do not match its manifest; "
                    "this backup cannot be used.",
                ),
                code="backup_mismatch",
            )
        if progress is not None:
            progress(2, 3)
        moved: list[Path] = []
        if live.exists():
            if safety is None:
                moved = move_aside(live, label="replaced", now=now)
            else:
                # The verified safety backup holds everything the -wal held.
                for side in SIDE_FILES:
                    Path(f"{live}{side}").unlink(missing_ok=True)
        os.replace(tmp, live)
        fsync_dir(live.parent)
    except OSError as exc:
        raise BackupError(
            Message(
                f"バックアップから戻せませんでした（{exc}）。元のファイルはそのままです。",
                f"The backup could not be restored ({exc}). The current file was kept.",
            ),
            code="restore_failed",
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)
    if progress is not None:
        progress(3, 3)
    return RestoreResult(
        source=source, row_counts=counts, safety_backup=safety, moved_aside=tuple(moved)
    )
