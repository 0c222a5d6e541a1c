"""Is the shop's file somewhere a live SQLite file is not safe?

Sync clients (Dropbox, OneDrive, Google Drive, iCloud Drive…) copy a file while
it is being written and may bring back an old copy, and network file systems
get SQLite's locks wrong. Backups may go there; the live file should not.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: Folder names that sync clients create, compared case-insensitively.
SYNCED_FOLDERS = (
    "dropbox",
    "onedrive",
    "google drive",
    "googledrive",
    "my drive",
    "マイドライブ",
    "icloud drive",
    "iclouddrive",
    "mobile documents",
    "com~apple~clouddocs",
    "box",
    "box sync",
    "pcloud drive",
    "mega",
    "nextcloud",
    "owncloud",
    "sync.com",
    "yandex.disk",
)
#: File system types of network mounts (Linux /proc/mounts; macOS mount(8) names).
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "afpfs",
        "ncpfs",
        "9p",
        "davfs",
        "webdav",
        "fuse.sshfs",
        "sshfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.gcsfuse",
        "afs",
        "glusterfs",
        "ceph",
        "lustre",
    }
)


def synced_folder(path: Path) -> str | None:
    """The sync client's folder name in ``path``, or None."""
    for part in path.expanduser().absolute().parts:
        lowered = part.lower()
        if lowered in SYNCED_FOLDERS or lowered.startswith(("onedrive - ", "dropbox (")):
            return part
    return None


def _mount_type(path: Path, mounts: str) -> str | None:
    best = ""
    kind: str | None = None
    target = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind


def network_mount(path: Path, *, mounts: str | None = None) -> str | None:
    """The network file system holding ``path`` (e.g. "nfs", "cifs", a UNC share), or None."""
    resolved = path.expanduser().absolute()
    text = str(resolved)
    if text.startswith(("\\\\", "//")):
        return "network share"
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        drive = os.path.splitdrive(text)[0] + "\\"
        drive_remote = 4
        if ctypes.windll.kernel32.GetDriveTypeW(drive) == drive_remote:
            return "network drive"
        return None
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    kind = _mount_type(resolved, mounts)
    return kind if kind in NETWORK_FILESYSTEMS else None


def risky_location(path: Path) -> tuple[str, str] | None:
    """("synced" | "network", what was found) when the live file should be moved, else None."""
    folder = synced_folder(path)
    if folder is not None:
        return ("synced", folder)
    mount = network_mount(path)
    if mount is not None:
        return ("network", mount)
    return None
