"""Verified backups of the shop's file.

A backup is written with SQLite's online backup API to a temporary file,
fsynced, reopened and checked (``integrity_check``, ``foreign_key_check``, the
application id), and only then renamed into place. A small JSON manifest beside
it records when, why and how many rows, so a restore can be checked against it.

Old backups are pruned only after a new one has verified: the newest 10, the
newest of each of the last 14 days with a backup, and the newest of each of the
last 8 weeks with a backup are kept.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from kauntaa.errors import BackupError, Message
from kauntaa.storage.engine import APPLICATION_ID, BUSY_TIMEOUT_MS
from kauntaa.storage.schema import TABLES_WITH_ROWS

BACKUP_SUFFIX = ".sqlite3"
MANIFEST_SUFFIX = ".json"
KEEP_RECENT = 10
KEEP_DAILY = 14
KEEP_WEEKLY = 8


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created_at: datetime
    reason: str
    row_counts: dict[str, int]
    size_bytes: int


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


def verify_file(path: Path) -> dict[str, int]:
    """Open a copy read-only and prove it whole; return its row counts or raise BackupError.

    The file is treated as untrusted: nothing in its schema runs, and
    ``integrity_check`` is the first thing read from it.
    """
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise _failed(path, exc.strerror or str(exc)) from exc
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        raise _failed(path, "not an SQLite file" if header else "0 bytes")
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        connection.execute("PRAGMA trusted_schema = OFF")
        connection.execute("PRAGMA cell_size_check = ON")
        connection.execute(f"PRAGMA cache_size = -{VERIFY_CACHE_KIB}")
        result = connection.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            raise _failed(path, "integrity_check: " + "; ".join(str(r[0]) for r in result[:3]))
        if connection.execute("PRAGMA foreign_key_check").fetchall():
            raise _failed(path, "foreign_key_check found orphaned rows")
        if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise _failed(path, "not a Kauntaa file")
        return row_counts(connection)
    except sqlite3.DatabaseError as exc:
        raise _failed(path, str(exc)) from exc
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
    backup_dir.mkdir(parents=True, exist_ok=True)
    stem = f"kauntaa-{now:%Y%m%d-%H%M%S-%f}-{reason}"
    final = backup_dir / f"{stem}{BACKUP_SUFFIX}"
    for n in range(1, 1000):  # never replace an earlier backup, even one of the same instant
        if not final.exists():
            break
        final = backup_dir / f"{stem}-{n}{BACKUP_SUFFIX}"
    tmp = backup_dir / f".{stem}.tmp"
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
        raise BackupError(
            Message(
                f"バックアップを書けませんでした: {exc}。保存先の空き容量と書き込み権限を確かめてください。",
                f"The backup could not be written: {exc}. Check the free space and "
                "permissions of the backup folder.",
            ),
            code="backup_failed",
        ) from exc
    except BackupError as exc:
        tmp.unlink(missing_ok=True)
        raise _damaged_source(database, exc) or exc from exc
    info = BackupInfo(
        path=final,
        created_at=now,
        reason=reason,
        row_counts=counts,
        size_bytes=final.stat().st_size,
    )
    _write_manifest(info)
    return info


def _write_manifest(info: BackupInfo) -> None:
    manifest = info.path.with_suffix(MANIFEST_SUFFIX)
    tmp = manifest.with_suffix(".json.tmp")
    tmp.write_text(
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
        encoding="utf-8",
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

    Files without a manifest, and anything not named like a backup, are left alone.
    """
    infos = list_backups(backup_dir)
    if verified.path not in {i.path for i in infos}:
        return []
    keep = backups_to_keep(infos) | {verified.path}
    removed: list[Path] = []
    for info in infos:
        if info.path in keep:
            continue
        try:
            info.path.unlink()
            info.path.with_suffix(MANIFEST_SUFFIX).unlink(missing_ok=True)
        except OSError:
            continue
        removed.append(info.path)
    return removed


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Backups with a readable manifest, newest first."""
    infos: list[BackupInfo] = []
    if not backup_dir.is_dir():
        return infos
    for manifest in backup_dir.glob(f"kauntaa-*{MANIFEST_SUFFIX}"):
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
            path = backup_dir / str(data["file"])
            if not path.is_file():
                continue
            infos.append(
                BackupInfo(
                    path=path,
                    created_at=datetime.fromisoformat(str(data["created_at"])),
                    reason=str(data.get("reason", "")),
                    row_counts={str(k): int(v) for k, v in dict(data["row_counts"]).items()},
                    size_bytes=int(data.get("size_bytes", path.stat().st_size)),
                )
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue
    # The file name breaks ties: it carries the microseconds, and a counter if needed.
    return sorted(infos, key=lambda i: (i.created_at, i.path.name), reverse=True)
