"""The one writer of every file Kauntaa makes for the owner: exports, lists, maps, PDFs, copies.

Every front end (the window, the command line) and every service writes its
output through ``Outputs``, so every output gets the same three promises:

- It never replaces the shop's own files: the database, its ``-wal``,
  ``-shm`` and ``-journal``, anything in the backup folder (the one chosen in
  settings and the default one beside the data), a backup's manifest, or any
  other SQLite database. Such a target is refused with a clear message.
- An existing file is replaced only when the caller says so (``force``: the
  window asked, or ``--force`` was given). A folder export never replaces the
  files inside it silently.
- It is written atomically, readable by the owner only (0600; a folder it makes
  is 0700): a temporary file beside the target, fsync, rename, fsync of the
  folder. A failed write (a full disk, a missing or read-only folder) is a
  ``OutputError`` and leaves no partial file behind. Missing folders are never
  created on the way.

Qt-free and SQLAlchemy-free, so the storage layer (the encrypted copy), the
services, the reports and both front ends can all use it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from kauntaa.errors import Message, UserError

#: Files and folders an output creates are for the owner only.
FILE_MODE = 0o600
FOLDER_MODE = 0o700
#: The first bytes of every SQLite database file.
SQLITE_MAGIC = b"SQLite format 3\x00"
#: Beside the live file: the journal files SQLite keeps for it.
SIDE_FILES = ("-wal", "-shm", "-journal")
#: What each kind of protected target is, said after its path in a refusal.
PROTECTED = {
    "database": Message("はお店のデータベースです", "is the shop's database"),
    "wal": Message("はデータベースの -wal ファイルです", "is the database's -wal file"),
    "shm": Message("はデータベースの -shm ファイルです", "is the database's -shm file"),
    "journal": Message("はデータベースの -journal ファイルです", "is the database's -journal file"),
    "backup_folder": Message("はバックアップのフォルダの中です", "is in the backup folder"),
    "manifest": Message("はバックアップの目録（manifest）です", "is a backup's manifest"),
    "sqlite": Message("はデータベースのファイルです", "is a database file"),
    "own_file": Message(
        "は Kauntaa 自身のファイル（設定・ロック・ログなど）です",
        "is one of Kauntaa's own files (settings, the lock, the logs…)",
    ),
}
_BACKUP_SUFFIX = ".sqlite3"
_MANIFEST_SUFFIX = ".json"


class ProtectedTargetError(UserError):
    """The chosen target is one of the shop's own files; nothing was written."""

    def __init__(self, message: Message, *, path: Path, kind: str) -> None:
        super().__init__(message, code="protected_target", field="file")
        self.path = path
        #: A key of ``PROTECTED``: which of the shop's files it is.
        self.kind = kind


class TargetExistsError(UserError):
    """The target (or a file a folder export would write) exists and replacing was not asked for."""

    def __init__(self, message: Message, *, paths: Sequence[Path]) -> None:
        super().__init__(message, code="target_exists", field="file")
        self.paths = tuple(paths)


class OutputError(UserError):
    """The file could not be written (full disk, missing or read-only folder); nothing is left."""

    def __init__(self, message: Message, *, path: Path) -> None:
        super().__init__(message, code="export_failed", field="file")
        self.path = path


def _real(path: Path) -> Path:
    # Symbolic links and "..", resolved; on Windows also the letter case, which it ignores.
    return Path(os.path.normcase(os.path.realpath(os.path.abspath(path.expanduser()))))


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


@dataclass(frozen=True, slots=True)
class Outputs:
    """Writes outputs while keeping the shop's own files out of reach.

    ``backup_dir`` is asked each time, because the window can move the backup
    folder while it runs.
    """

    database: Path
    backup_dir: Callable[[], Path]

    # -- what may not be written --------------------------------------------------

    def _protected_folders(self) -> list[Path]:
        return [_real(self.backup_dir()), _real(self.database.parent / "backups")]

    def protected(self, target: Path) -> str | None:
        """Which of the shop's own files ``target`` is (a key of ``PROTECTED``), or None."""
        real = _real(target)
        database = _real(self.database)
        live = [(database, "database")] + [
            (database.with_name(database.name + suffix), suffix[1:]) for suffix in SIDE_FILES
        ]
        for path, kind in live:
            if real == path or _same_file(real, path):
                return kind
        # The most particular reason first: "a manifest" says more than "in the backup folder".
        if real.suffix == _MANIFEST_SUFFIX and real.with_suffix(_BACKUP_SUFFIX).exists():
            return "manifest"
        if real.is_file() and _is_sqlite(real):
            return "sqlite"
        for folder in self._protected_folders():
            if _inside(real, folder):
                return "backup_folder"
        # The one-window lock, the settings, the window's state, the logs: replacing one
        # would let a second window open on the shop, or hide where the backups are.
        if real.exists() and any(_inside(real, folder) for folder in self._own_folders()):
            return "own_file"
        return None

    def _own_folders(self) -> list[Path]:
        """Where Kauntaa keeps its own files: the data folder, and its settings and logs."""
        from kauntaa.paths import resolve_paths  # platformdirs: only when an output is checked

        kept = resolve_paths()
        return [_real(self.database.parent), _real(kept.config_dir), _real(kept.log_dir)]

    def check(self, target: Path, *, force: bool = False) -> None:
        """Refuse a protected target, a folder, or (without ``force``) an existing file."""
        kind = self.protected(target)
        if kind is not None:
            what = PROTECTED[kind]
            raise ProtectedTargetError(
                _refusal(target, what),
                path=target,
                kind=kind,
            )
        if target.is_dir():
            raise OutputError(
                Message(
                    f"{target} はフォルダです。ファイルの名前を指定してください。",
                    f"{target} is a folder. Give the name of a file.",
                ),
                path=target,
            )
        if target.exists() and not force:
            raise _exists([target])
        if not target.parent.is_dir():
            raise _failed(target, FileNotFoundError(2, "No such file or directory"))

    def check_folder(self, folder: Path, names: Sequence[str], *, force: bool = False) -> None:
        """The checks of ``write_folder`` without writing anything (the window asks first)."""
        for name in names:
            kind = self.protected(folder / name) or self.protected(folder)
            if kind is not None:
                what = PROTECTED[kind]
                raise ProtectedTargetError(
                    _refusal(folder, what),
                    path=folder,
                    kind=kind,
                )
        if folder.exists() and not folder.is_dir():
            raise OutputError(
                Message(
                    f"{folder} はフォルダではありません。",
                    f"{folder} is not a folder.",
                ),
                path=folder,
            )
        existing = [folder / n for n in names if (folder / n).exists()]
        if existing and not force:
            raise _exists(existing)
        if not folder.parent.is_dir():
            raise _failed(folder, FileNotFoundError(2, "No such file or directory"))

    # -- writing ------------------------------------------------------------------

    def write(self, target: Path, data: bytes, *, force: bool = False) -> Path:
        """``data`` to ``target``, atomically and 0600; see the module docstring."""
        self.check(target, force=force)
        return write_atomically(target, data)

    def write_folder(
        self, folder: Path, files: Mapping[str, bytes], *, force: bool = False
    ) -> Path:
        """Each of ``files`` into ``folder`` (made 0700 if new, its parent must exist)."""
        self.check_folder(folder, list(files), force=force)
        made = False
        if not folder.exists():
            try:
                folder.mkdir(mode=FOLDER_MODE)
                os.chmod(folder, FOLDER_MODE)  # whatever the umask
            except OSError as exc:
                raise _failed(folder, exc) from exc
            made = True
        written: list[Path] = []
        try:
            for name, data in files.items():
                path = folder / name
                existed = path.exists()
                write_atomically(path, data)
                if not existed:
                    written.append(path)
        except OutputError:
            # Nothing half-done: the files this export added go again (replaced ones cannot).
            for path in written:
                path.unlink(missing_ok=True)
            if made:
                with contextlib.suppress(OSError):
                    folder.rmdir()
            raise
        return folder


def _refusal(target: Path, what: Message) -> Message:
    return Message(
        f"{target} {what.ja}。お店のデータには書き込みません。別の保存先を選んでください。",
        f"{target} {what.en}; Kauntaa never writes over the shop's own files. "
        "Choose another place.",
    )


def _exists(paths: Sequence[Path]) -> TargetExistsError:
    shown = "、".join(str(p) for p in paths)
    shown_en = ", ".join(str(p) for p in paths)
    left = (
        "already exists and was left as it is"
        if len(paths) == 1
        else ("already exist and were left as they are")
    )
    return TargetExistsError(
        Message(
            f"{shown} はもうあります。そのまま残しました。別の名前を選ぶか、"
            "置き換えるなら --force を付けてください。",
            f"{shown_en} {left}. Choose another name, or add --force to replace "
            f"{'it' if len(paths) == 1 else 'them'}.",
        ),
        paths=paths,
    )


def _failed(target: Path, exc: OSError) -> OutputError:
    reason = exc.strerror or str(exc)
    if isinstance(exc, FileNotFoundError) and not target.parent.is_dir():
        return OutputError(
            Message(
                f"書き出せませんでした: フォルダ {target.parent} がありません。"
                "先にフォルダを作るか、別の保存先を選んでください。",
                f"Could not write {target}: the folder {target.parent} does not exist. "
                "Make it first, or choose another place.",
            ),
            path=target,
        )
    return OutputError(
        Message(
            f"書き出せませんでした: {target}（{reason}）。何も残していません。保存先を確かめてください。",
            f"Could not write {target} ({reason}). Nothing was left behind; check the folder.",
        ),
        path=target,
    )


def write_atomically(target: Path, data: bytes) -> Path:
    """Write ``data`` to a 0600 temporary file beside ``target``, fsync, rename; no checks.

    Use ``Outputs.write``; this is the step it ends with, also used where the
    target was checked earlier (the encrypted copy is checked before the backup).
    """
    folder = target.parent
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _failed(target, exc) from exc
    temp = Path(name)
    try:
        try:
            with os.fdopen(fd, "wb") as out:
                if hasattr(os, "fchmod"):
                    os.fchmod(out.fileno(), FILE_MODE)
                view = memoryview(data)
                while view:
                    view = view[out.write(view) or 0 :]
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise _failed(target, exc) from exc
    # The rename itself survives power loss only once the folder is synced (not on Windows).
    with contextlib.suppress(OSError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    return target
