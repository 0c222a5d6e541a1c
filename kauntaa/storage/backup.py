"""Verified backups of the shop's file.

A backup is written with SQLite's online backup API to a temporary file,
fsynced, reopened and checked (``integrity_check``, ``foreign_key_check``, the
application id), and only then renamed into place. A small JSON manifest beside
it records when, why and how many rows, so a restore can be checked against it.

Old backups are pruned only after a new one has verified: the newest 10, the
newest of each of the last 14 days with a backup, and the newest of each of the
last 8 weeks with a backup are kept.

The backup folder may be a USB stick or a synced folder that others can write,
so what is in it is untrusted. One naming rule (``BACKUP_NAME``) says what a
backup is called; a manifest counts only when it names, as a bare name, a
regular file beside it that follows the rule and carries the manifest's own
stem. Any other manifest is reported (``BackupScan.ignored``) and never opened,
listed or deleted through.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import re
import sqlite3
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from kauntaa import private
from kauntaa.errors import BackupError, Message
from kauntaa.storage.engine import APPLICATION_ID, BUSY_TIMEOUT_MS, storage_fault
from kauntaa.storage.folder_lock import folder_lock
from kauntaa.storage.schema import TABLES_WITH_ROWS

BACKUP_SUFFIX = ".sqlite3"
MANIFEST_SUFFIX = ".json"
KEEP_RECENT = 10
KEEP_DAILY = 14
KEEP_WEEKLY = 8

log = logging.getLogger(__name__)

#: Why a backup was taken: lower-case words joined by hyphens ("before-migration-v1").
REASON = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
#: The one naming rule for backups: ``kauntaa-YYYYMMDD-HHMMSS-ffffff-<reason>[-n].sqlite3``.
#: (The microseconds are optional: a copy opened from an encrypted file has none.)
_STEM = r"kauntaa-\d{8}-\d{6}(?:-\d{6})?(?:-[a-z0-9]+)+"
BACKUP_NAME = re.compile(_STEM + r"\.sqlite3\Z")
#: A backup being written (and SQLite's journal of it), and a manifest being written.
BACKUP_TMP_NAME = re.compile(r"\." + _STEM + r"\.tmp(?:-journal)?\Z")
MANIFEST_TMP_NAME = re.compile(_STEM + r"\.json\.tmp\Z")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created_at: datetime
    reason: str
    row_counts: dict[str, int]
    size_bytes: int


@dataclass(frozen=True, slots=True)
class IgnoredManifest:
    """A manifest in the backup folder that does not describe a Kauntaa backup."""

    manifest: Path
    why: str


@dataclass(frozen=True, slots=True)
class BackupScan:
    backups: list[BackupInfo]
    ignored: list[IgnoredManifest]

    def warning(self) -> Message | None:
        """One sentence about the ignored manifests, or None when there are none."""
        if not self.ignored:
            return None
        names = ", ".join(i.manifest.name for i in self.ignored[:3])
        more = len(self.ignored) - 3
        ja_more = f" ほか {more} 件" if more > 0 else ""
        en_more = f" and {more} more" if more > 0 else ""
        return Message(
            f"バックアップフォルダの {len(self.ignored)} 件の記録ファイル（{names}{ja_more}）は"
            "Kauntaa のバックアップを指していないため無視しました。何も開かず、何も消していません。",
            f"Ignored {len(self.ignored)} manifest file(s) in the backup folder ({names}{en_more}): "
            "they do not name a Kauntaa backup. Nothing was opened or deleted.",
        )


def is_backup_name(name: str) -> bool:
    """True for a bare file name that follows Kauntaa's naming of backups."""
    return BACKUP_NAME.match(name) is not None


def backup_name(now: datetime, reason: str, n: int = 0) -> str:
    if REASON.match(reason) is None:
        raise ValueError(f"a backup reason is lower-case words and hyphens, not {reason!r}")
    name = f"kauntaa-{now:%Y%m%d-%H%M%S-%f}-{reason}{f'-{n}' if n else ''}{BACKUP_SUFFIX}"
    assert is_backup_name(name), name
    return name


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    # Directories cannot be opened for fsync on Windows; the rename is still atomic there.
    with contextlib.suppress(OSError):
        fsync_file(folder)


def row_counts(connection: sqlite3.Connection) -> dict[str, int]:
    return {
        table: int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        for table in TABLES_WITH_ROWS
    }


#: Page cache for the check, in KiB (filled only as far as the file goes): the check
#: looks every index entry up in its table, and with the default 2 MiB it rereads
#: the same pages over and over. 357 MB café: 6.5 s instead of 9–12 s.
VERIFY_CACHE_KIB = 256 * 1024


def verify_file(path: Path, *, named: Path | None = None) -> dict[str, int]:
    """Open a copy read-only and prove it whole; return its row counts or raise BackupError.

    The file is treated as untrusted: nothing in its schema runs, and
    ``integrity_check`` is the first thing read from it. ``named`` is the file the
    owner chose, when ``path`` is a private copy of it: messages name that one.
    """
    shown = named or path
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise _failed(shown, exc.strerror or str(exc)) from exc
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        raise _failed(shown, "not an SQLite file" if header else "0 bytes")
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        connection.execute("PRAGMA trusted_schema = OFF")
        connection.execute("PRAGMA cell_size_check = ON")
        connection.execute(f"PRAGMA cache_size = -{VERIFY_CACHE_KIB}")
        result = connection.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            raise _failed(shown, "integrity_check: " + "; ".join(str(r[0]) for r in result[:3]))
        if connection.execute("PRAGMA foreign_key_check").fetchall():
            raise _failed(shown, "foreign_key_check found orphaned rows")
        if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise _failed(shown, "not a Kauntaa file")
        return row_counts(connection)
    except sqlite3.DatabaseError as exc:
        raise _failed(shown, str(exc)) from exc
    finally:
        connection.close()


def _failed(path: Path, detail: str) -> BackupError:
    return BackupError(
        Message(
            f"バックアップ {path.name} を確認できませんでした（{detail}）。",
            f"The backup {path.name} did not verify ({detail}).",
        ),
        code="backup_unverified",
    )


def _damaged_source(database: Path, failed: BackupError) -> BackupError | None:
    """When the copy did not verify because the live file itself is damaged, say so.

    The copy is page for page, so damage that the start-up quick_check does not see
    (a changed row in an index) fails every backup; the way out is Check and repair.
    """
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            connection.execute(f"PRAGMA cache_size = -{VERIFY_CACHE_KIB}")
            sound = connection.execute("PRAGMA integrity_check(1)").fetchall() == [("ok",)]
        finally:
            connection.close()
    except sqlite3.Error:
        sound = False
    if sound:
        return None
    return BackupError(
        Message(
            f"{failed.message.ja} データファイルそのものに傷みがあるため、バックアップを作れません。"
            "「ヘルプ ▸ 確認と修復…」（または `kauntaa check --repair`）で修復してください。"
            "元のファイルは消さずに残します。",
            f"{failed.message.en} The data file itself is damaged, so no backup can be made "
            "until it is repaired: use Help ▸ Check and repair… (or `kauntaa check --repair`). "
            "Nothing is deleted.",
        ),
        code="database_damaged",
    )


def file_version(path: Path) -> int:
    """The schema version (``user_version``) of a verified file."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])
    finally:
        connection.close()


def make_backup(
    database: Path,
    backup_dir: Path,
    *,
    reason: str = "manual",
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> BackupInfo:
    """Copy ``database`` into ``backup_dir``, verified, and return what was written."""
    now = now or datetime.now()
    private.make_folder(backup_dir)
    # Held until the manifest is written: the clean-up of leftovers leaves this
    # backup's temporary file alone, in this process and any other.
    with folder_lock(backup_dir):
        info = _copy_and_verify(database, backup_dir, reason, now, progress)
        _write_manifest(info)
    return info


def _copy_and_verify(
    database: Path,
    backup_dir: Path,
    reason: str,
    now: datetime,
    progress: Callable[[int, int], None] | None,
) -> BackupInfo:
    final = backup_dir / backup_name(now, reason)
    for n in range(1, 1000):  # never replace an earlier backup, even one of the same instant
        if not final.exists():
            break
        final = backup_dir / backup_name(now, reason, n)
    tmp = backup_dir / f".{final.stem}.tmp"
    try:
        # Owner-only from the start (SQLite gives its journal the same mode), and never
        # through a name someone placed there first.
        private.create_file(tmp, exclusive=True)
    except OSError as exc:
        raise _write_failed(exc, backup_dir) from exc
    try:
        # mode=rw: a missing source is an error, never a new empty file.
        source = sqlite3.connect(
            f"file:{database}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
        )
        target = sqlite3.connect(tmp)
        try:

            def report(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            source.backup(target, pages=256, progress=report)
            # One self-contained file: no -wal beside the copy.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
            source.close()
        fsync_file(tmp)
        counts = verify_file(tmp)
        os.replace(tmp, final)
        fsync_dir(backup_dir)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise _write_failed(exc, backup_dir) from exc
    except BackupError as exc:
        tmp.unlink(missing_ok=True)
        raise _damaged_source(database, exc) or exc from exc
    return BackupInfo(
        path=final,
        created_at=now,
        reason=reason,
        row_counts=counts,
        size_bytes=final.stat().st_size,
    )


def _write_failed(exc: OSError | sqlite3.Error, backup_dir: Path) -> BackupError:
    """Why the backup could not be written, in the owner's words, with the folder named."""
    code = getattr(exc, "errno", None)
    fault = storage_fault(exc, backup_dir) if isinstance(exc, sqlite3.Error) else None
    if code == errno.ENOSPC or (fault is not None and fault.code == "disk_full"):
        ja, en = "保存先のディスクがいっぱいです", "the disk it goes to is full"
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS) or (
        fault is not None and fault.code == "read_only"
    ):
        ja, en = "保存先のフォルダに書き込めません", "its folder cannot be written to"
    else:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        ja, en = reason, reason
    return BackupError(
        Message(
            f"バックアップを書けませんでした（{ja}）。保存先 {backup_dir} の空き容量と"
            "書き込み権限を確かめてください。",
            f"The backup could not be written ({en}). Check the free space and "
            f"permissions of the backup folder {backup_dir}.",
        ),
        code="backup_failed",
    )


def _write_manifest(info: BackupInfo) -> None:
    manifest = info.path.with_suffix(MANIFEST_SUFFIX)
    tmp = manifest.with_suffix(".json.tmp")
    # Never written through a link someone placed under the temporary name.
    tmp.unlink(missing_ok=True)
    private.write_text(
        tmp,
        json.dumps(
            {
                "file": info.path.name,
                "created_at": info.created_at.isoformat(timespec="microseconds"),
                "reason": info.reason,
                "row_counts": info.row_counts,
                "size_bytes": info.size_bytes,
            },
            ensure_ascii=False,
            indent=2,
        ),
        exclusive=True,
    )
    os.replace(tmp, manifest)


def manifest_of(path: Path) -> BackupInfo | None:
    """The manifest written beside a backup, or None for a file without one."""
    manifest = path.with_suffix(MANIFEST_SUFFIX)
    if not manifest.is_file():
        return None
    return next((i for i in list_backups(path.parent) if i.path == path), None)


def backups_to_keep(
    infos: list[BackupInfo],
    *,
    recent: int = KEEP_RECENT,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
) -> set[Path]:
    """The backups the retention keeps: newest ``recent``, newest per day and per week."""
    newest_first = sorted(infos, key=lambda i: (i.created_at, i.path.name), reverse=True)
    keep = {i.path for i in newest_first[:recent]}
    days: dict[date, Path] = {}
    weeks: dict[tuple[int, int], Path] = {}
    for info in newest_first:
        day = info.created_at.date()
        if day not in days and len(days) < daily:
            days[day] = info.path
        iso = info.created_at.isocalendar()
        week = (iso.year, iso.week)
        if week not in weeks and len(weeks) < weekly:
            weeks[week] = info.path
    return keep | set(days.values()) | set(weeks.values())


def prune_backups(backup_dir: Path, *, verified: BackupInfo) -> list[Path]:
    """Remove the backups retention no longer keeps; only called with a freshly verified one.

    Only files identified as Kauntaa's backups (``scan_backups``) are removed, with
    their manifests; files without a valid manifest, and anything else, are left alone.
    """
    infos = list_backups(backup_dir)
    if verified.path not in {i.path for i in infos}:
        return []
    keep = backups_to_keep(infos) | {verified.path}
    removed: list[Path] = []
    for info in infos:
        if info.path in keep or not _is_backup_file(backup_dir, info.path):
            continue
        try:
            info.path.unlink()
            info.path.with_suffix(MANIFEST_SUFFIX).unlink(missing_ok=True)
        except OSError:
            continue
        removed.append(info.path)
    return removed


def _is_backup_file(backup_dir: Path, path: Path) -> bool:
    """A regular file (not a link) directly in ``backup_dir``, named like a backup."""
    if path.parent != backup_dir or not is_backup_name(path.name):
        return False
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


#: Manifests already reported by this process, so a folder listed often logs each once.
_reported: set[Path] = set()


def _manifest_problem(backup_dir: Path, manifest: Path, data: object) -> str | None:
    """Why this manifest does not describe a backup, or None when it does."""
    if not isinstance(data, dict):
        return "not a JSON object"
    name = data.get("file")
    if not isinstance(name, str):
        return "its 'file' is not a name"
    if not is_backup_name(name):
        # Covers separators, "..", absolute paths and drive letters: none fits the rule.
        return f"its 'file' {name!r} is not a Kauntaa backup name"
    if Path(name).stem != manifest.stem:
        return f"its 'file' {name!r} is not the backup of this manifest"
    path = backup_dir / name
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return None  # the backup was removed by hand: nothing to list, nothing to warn of
    except OSError as exc:
        return f"{name} cannot be read ({exc.strerror})"
    if stat.S_ISLNK(mode):
        return f"{name} is a symbolic link"
    if not stat.S_ISREG(mode):
        return f"{name} is not a regular file"
    return None


def scan_backups(backup_dir: Path) -> BackupScan:
    """The backups with a valid manifest, newest first, and the manifests ignored."""
    infos: list[BackupInfo] = []
    ignored: list[IgnoredManifest] = []
    if not backup_dir.is_dir():
        return BackupScan(infos, ignored)
    for manifest in sorted(backup_dir.glob(f"kauntaa-*{MANIFEST_SUFFIX}")):
        why: str | None
        try:
            if manifest.is_symlink() or not manifest.is_file():
                why = "the manifest is not a regular file"
            else:
                data = json.loads(manifest.read_text(encoding="utf-8"))
                why = _manifest_problem(backup_dir, manifest, data)
                if why is None:
                    path = backup_dir / data["file"]
                    if not path.exists():
                        continue
                    infos.append(
                        BackupInfo(
                            path=path,
                            created_at=datetime.fromisoformat(str(data["created_at"])),
                            reason=str(data.get("reason", "")),
                            row_counts={
                                str(k): int(v) for k, v in dict(data["row_counts"]).items()
                            },
                            size_bytes=int(data.get("size_bytes", path.stat().st_size)),
                        )
                    )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            why = f"unreadable ({type(exc).__name__}: {exc})"
        if why is not None:
            ignored.append(IgnoredManifest(manifest, why))
            if manifest not in _reported:
                _reported.add(manifest)
                log.warning("Ignored the manifest %s: %s", manifest, why)
    # The file name breaks ties: it carries the microseconds, and a counter if needed.
    infos.sort(key=lambda i: (i.created_at, i.path.name), reverse=True)
    return BackupScan(infos, ignored)


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Backups with a valid manifest, newest first (see ``scan_backups`` for the ignored)."""
    return scan_backups(backup_dir).backups
