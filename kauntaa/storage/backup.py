"""Verified backups of the shop's file.

A backup is written with SQLite's online backup API to a temporary file,
fsynced, reopened and checked (``integrity_check``, ``foreign_key_check``, the
application id), and only then renamed into place. A small JSON manifest beside
it records when, why and how many rows, so a restore can be checked against it.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kauntaa.errors import BackupError, Message
from kauntaa.storage.engine import APPLICATION_ID, BUSY_TIMEOUT_MS
from kauntaa.storage.schema import TABLES_WITH_ROWS

BACKUP_SUFFIX = ".sqlite3"
MANIFEST_SUFFIX = ".json"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created_at: datetime
    reason: str
    row_counts: dict[str, int]
    size_bytes: int


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    # Directories cannot be opened for fsync on Windows; the rename is still atomic there.
    with contextlib.suppress(OSError):
        _fsync(folder)


def row_counts(connection: sqlite3.Connection) -> dict[str, int]:
    return {
        table: int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        for table in TABLES_WITH_ROWS
    }


def verify_file(path: Path) -> dict[str, int]:
    """Open a copy read-only and prove it whole; return its row counts or raise BackupError."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
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
    tmp = backup_dir / f".{stem}.tmp"
    try:
        source = sqlite3.connect(database, timeout=BUSY_TIMEOUT_MS / 1000)
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
        _fsync(tmp)
        counts = verify_file(tmp)
        os.replace(tmp, final)
        _fsync_dir(backup_dir)
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
    except BackupError:
        tmp.unlink(missing_ok=True)
        raise
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
                "created_at": info.created_at.isoformat(timespec="seconds"),
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
    return sorted(infos, key=lambda i: i.created_at, reverse=True)
