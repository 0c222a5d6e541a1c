"""Backups on demand and on schedule, through the verified backup in storage."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kauntaa.storage.backup import BackupInfo, list_backups, make_backup


class BackupService:
    def __init__(self, database: Path, backup_dir: Path) -> None:
        self._database = database
        self.backup_dir = backup_dir

    def backup_now(
        self, *, reason: str = "manual", progress: Callable[[int, int], None] | None = None
    ) -> BackupInfo:
        return make_backup(self._database, self.backup_dir, reason=reason, progress=progress)

    def list(self) -> list[BackupInfo]:
        return list_backups(self.backup_dir)
