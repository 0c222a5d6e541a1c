"""Backups on demand and on schedule, restore, and the encrypted copy to take home.

Every backup goes through the verified backup in storage; old ones are pruned
(10 recent, 14 daily, 8 weekly) only after a new one has verified. Every
backup first removes the temporary files an interrupted one left behind. "Changed
since the last backup" is read from the file itself (size and time of the file
and its -wal), so a change made from the command line while the window is open
counts too.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from kauntaa import private
from kauntaa.errors import Message
from kauntaa.outputs import Outputs
from kauntaa.paths import Paths
from kauntaa.settings import load_settings
from kauntaa.storage.backup import (
    BackupInfo,
    BackupScan,
    make_backup,
    prune_backups,
    scan_backups,
)
from kauntaa.storage.database import SCHEMA_VERSION
from kauntaa.storage.folder_lock import folder_lock
from kauntaa.storage.leftovers import OFFSITE_WORK_PREFIX, remove_leftovers, working_on
from kauntaa.storage.location import risky_location
from kauntaa.storage.offsite import DEFAULT_COST, decrypt_backup, encrypt_backup
from kauntaa.storage.recovery import RestoreResult, newest_sound_backup, restore_backup

Progress = Callable[[int, int], None]
#: Minutes between automatic backups while there are changes.
AUTO_BACKUP_MINUTES = 30


def backup_folder(paths: Paths) -> Path:
    """The folder chosen in settings, or the default beside the data."""
    chosen = load_settings(paths.settings_file).backup_dir.strip()
    return Path(chosen).expanduser() if chosen else paths.backup_dir


def _signature(database: Path) -> tuple[int, ...]:
    values: list[int] = []
    for path in (database, Path(f"{database}-wal")):
        try:
            st = path.stat()
            values += [st.st_mtime_ns, st.st_size]
        except OSError:
            values += [0, 0]
    return tuple(values)


class BackupService:
    def __init__(self, database: Path, backup_dir: Path, outputs: Outputs | None = None) -> None:
        self._database = database
        self.backup_dir = backup_dir
        self._outputs = outputs or Outputs(database, lambda: self.backup_dir)
        self._backed_up = _signature(database)

    def backup_now(self, *, reason: str = "manual", progress: Progress | None = None) -> BackupInfo:
        """A verified backup; older ones beyond the retention are removed after it verified."""
        signature = _signature(self._database)
        with folder_lock(self.backup_dir):
            remove_leftovers(self._database, self.backup_dir)
            info = make_backup(self._database, self.backup_dir, reason=reason, progress=progress)
            self._backed_up = signature
            prune_backups(self.backup_dir, verified=info)
        return info

    @property
    def changed(self) -> bool:
        """True when the file changed since it was opened or last backed up."""
        return _signature(self._database) != self._backed_up

    def backup_if_changed(
        self, *, reason: str = "auto", progress: Progress | None = None
    ) -> BackupInfo | None:
        return self.backup_now(reason=reason, progress=progress) if self.changed else None

    def list(self) -> list[BackupInfo]:
        return self.scan().backups

    def scan(self) -> BackupScan:
        """The backups, and the manifests in the folder that were ignored as not Kauntaa's."""
        return scan_backups(self.backup_dir)

    def export_encrypted(
        self,
        target: Path,
        passphrase: str,
        *,
        cost: int = DEFAULT_COST,
        progress: Progress | None = None,
        force: bool = False,
    ) -> BackupInfo:
        """A fresh verified backup, sealed into ``target`` for taking off the premises.

        ``target`` is checked by the one writer first (never the shop's own files;
        an existing file only with ``force``), so a refusal costs no backup.
        """
        from kauntaa.storage.offsite import check_passphrase

        check_passphrase(passphrase)  # before the backup, so a short one costs nothing
        self._outputs.check(target, force=force)
        info = self.backup_now(reason="offsite", progress=progress)
        encrypt_backup(info, target, passphrase, cost=cost)
        return info

    def location_warning(self) -> Message | None:
        return location_warning(self._database)


def location_warning(database: Path) -> Message | None:
    """Why the live file should not stay where it is, or None."""
    risk = risky_location(database.parent)
    if risk is None:
        return None
    kind, found = risk
    if kind == "synced":
        return Message(
            f"データファイルが同期フォルダ（{found}）の中にあります。同期は書き込み中のファイルを"
            "壊したり古い版に戻したりすることがあります。データはこのパソコンのフォルダに置き、"
            "同期フォルダはバックアップの保存先（設定）に使ってください。",
            f"The data file is inside a synced folder ({found}). Syncing can damage a file "
            "while it is written, or bring back an old copy. Keep the data in a folder on this "
            "computer, and use the synced folder as the backup folder (Settings) instead.",
        )
    return Message(
        f"データファイルがネットワーク上のフォルダ（{found}）にあります。ネットワーク越しでは"
        "データベースのロックが正しく働かず、壊れることがあります。このパソコンのフォルダに"
        "置いてください。",
        f"The data file is on a network folder ({found}). Database locks do not work "
        "reliably over a network, and the file can be damaged. Keep it in a folder on this "
        "computer.",
    )


def restore(
    database: Path, backup_dir: Path, source: Path | None, *, progress: Progress | None = None
) -> RestoreResult:
    """Replace the shop's data with ``source`` (default: ``default_restore``'s choice).

    The current state is backed up (or set aside) before anything is replaced, in the
    same write transaction, so a write from another process is never lost.
    """
    if source is None:
        source = required_default_restore(backup_dir).path
    with working_on(database):
        return restore_backup(
            database, source, backup_dir, schema_version=SCHEMA_VERSION, progress=progress
        )


def default_restore(backup_dir: Path) -> BackupInfo | None:
    """The newest sound backup that is not a restore's own copy of what it replaced."""
    return newest_sound_backup(backup_dir, skip_safety_copies=True)


def required_default_restore(backup_dir: Path) -> BackupInfo:
    """``default_restore``'s choice, or a UserError saying there is nothing to restore."""
    newest = default_restore(backup_dir)
    if newest is None:
        from kauntaa.errors import UserError

        raise UserError(
            Message(
                f"戻せるバックアップが {backup_dir} にありません。",
                f"There is no backup to restore in {backup_dir}.",
            ),
            code="no_backup",
        )
    return newest


def restore_encrypted(
    database: Path,
    backup_dir: Path,
    source: Path,
    passphrase: str,
    *,
    progress: Progress | None = None,
) -> RestoreResult:
    """Open an encrypted copy and restore it; the decrypted file is removed afterwards."""
    private.make_folder(backup_dir)
    # The folder's lock keeps another process's clean-up off the decrypted copy.
    with folder_lock(backup_dir):
        work = Path(tempfile.mkdtemp(prefix=OFFSITE_WORK_PREFIX, dir=backup_dir))
        try:
            opened = decrypt_backup(source, passphrase, work)
            return restore(database, backup_dir, opened.path, progress=progress)
        finally:
            shutil.rmtree(work, ignore_errors=True)
