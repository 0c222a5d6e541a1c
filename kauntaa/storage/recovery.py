"""When the shop's file is damaged: check it, set it aside, put a verified backup in its place.

Nothing here deletes the owner's data. A damaged file is renamed, with its
``-wal`` and ``-shm``, under a dated name beside it. A restore first backs up
the file it replaces (or sets it aside when it cannot be read), then treats the
chosen backup as untrusted: it works on a private copy, runs ``integrity_check``
before anything else, and compares the row counts with the backup's manifest.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kauntaa.errors import BackupError, Message, StorageError
from kauntaa.private import create_file
from kauntaa.storage.backup import (
    VERIFY_CACHE_KIB,
    BackupInfo,
    file_version,
    fsync_dir,
    fsync_file,
    list_backups,
    make_backup,
    manifest_of,
    row_counts,
    verify_file,
)
from kauntaa.storage.engine import APPLICATION_ID, BUSY_TIMEOUT_MS, is_damage, storage_fault
from kauntaa.storage.leftovers import RESTORING, scratch_file

SIDE_FILES = ("-wal", "-shm")
#: The table naming the shop (see ``schema.ShopIdentityRow``).
IDENTITY_TABLE = "shop_identity"


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
        raise unreadable(path, exc) from exc
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
        raise unreadable(path, exc) from exc
    finally:
        connection.close()
    return None if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:3])


def leftover_wal_problem(path: Path, *, schema_version: int) -> str | None:
    """None when a leftover -wal belongs with its file, else why it does not.

    Checked before anything opens the file for writing, because that opening folds
    the -wal into the file for good. SQLite reads the file with its -wal read-only
    (which never folds it in, and stays consistent beside another process that is
    still writing, where a byte copy could be torn) and the file alone, ignoring the
    -wal. Together they must still be a Kauntaa file of a version this Kauntaa knows,
    not older than the file alone, whole (integrity and foreign keys), and the same
    shop: a -wal left by another program, or holding another shop's database, fails.
    """
    alone = _identity(f"file:{path}?mode=ro&immutable=1", path)
    try:
        together = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise unreadable(path, exc) from exc
    try:
        if together.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return "the -wal beside it belongs to another program's database"
        version = int(together.execute("PRAGMA user_version").fetchone()[0])
        if not alone[0] <= version <= schema_version:
            return f"the -wal beside it holds format {version}, the file format {alone[0]}"
        together.execute(f"PRAGMA cache_size = -{VERIFY_CACHE_KIB}")
        rows = together.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            return "; ".join(str(r[0]) for r in rows[:3])
        if together.execute("PRAGMA foreign_key_check").fetchone() is not None:
            return "foreign_key_check found orphaned rows"
        uid = _uid(together)
        if alone[1] is not None and uid != alone[1]:
            return "the -wal beside it holds another shop's data"
    except sqlite3.Error as exc:
        if is_damage(exc):
            return str(exc)
        raise unreadable(path, exc) from exc
    finally:
        together.close()
    return None


def _identity(uri: str, path: Path) -> tuple[int, str | None]:
    """The schema version and shop id of a file read as ``uri`` (id None when it has none)."""
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise unreadable(path, exc) from exc
    try:
        return int(connection.execute("PRAGMA user_version").fetchone()[0]), _uid(connection)
    except sqlite3.Error as exc:
        if is_damage(exc):
            return 0, None  # the check of the file with its -wal will say what is wrong
        raise unreadable(path, exc) from exc
    finally:
        connection.close()


def _uid(connection: sqlite3.Connection) -> str | None:
    """The shop's id, or None for a file made before shops had one (or not yet written)."""
    known = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (IDENTITY_TABLE,)
    ).fetchone()
    if known is None:
        return None
    row = connection.execute(f'SELECT uid FROM "{IDENTITY_TABLE}" WHERE id = 1').fetchone()
    return None if row is None else str(row[0])


def unreadable(path: Path, exc: sqlite3.Error) -> StorageError:
    """The owner's words for a file SQLite could not read for a check (never damage)."""
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


#: The backup a restore takes of the state it replaces.
BEFORE_RESTORE = "before-restore"


def newest_sound_backup(backup_dir: Path, *, skip_safety_copies: bool = False) -> BackupInfo | None:
    """The newest backup that still verifies now (a backup folder can be damaged too).

    ``skip_safety_copies`` passes over the copies restores took of what they replaced:
    restoring "the newest" twice must not put back what the first restore replaced.
    """
    for info in list_backups(backup_dir):
        if skip_safety_copies and info.reason == BEFORE_RESTORE:
            continue
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
    """Put the contents of ``source`` in place of ``live``'s.

    1. ``source`` is copied privately and verified as untrusted; on any doubt
       nothing is replaced and BackupError is raised.
    2. When ``live`` is a readable Kauntaa file, its contents are replaced inside
       one write transaction on it: the safety backup of the current state is
       taken while that transaction holds the write lock, so a write from
       another process (the command line, a script, a second counter's window)
       either lands before the lock and is in the safety backup, or waits and
       lands in the restored shop. Other connections see the restored data as
       soon as it commits; none keeps writing into a file that was replaced.
    3. Otherwise (no file, or one that cannot be read) the verified copy is
       renamed into place, and the old file is set aside, never deleted.

    The window closes its own shop first; other processes may stay open.
    """
    now = now or datetime.now()
    live.parent.mkdir(parents=True, exist_ok=True)
    tmp = scratch_file(live, RESTORING)
    tmp.unlink(missing_ok=True)
    try:
        if progress is not None:
            progress(0, 3)
        create_file(tmp, exclusive=True)  # owner-only, and the copy may become the shop
        with source.open("rb") as src, tmp.open("r+b") as dst:
            shutil.copyfileobj(src, dst)
        fsync_file(tmp)
        if progress is not None:
            progress(1, 3)
        counts = _verified_copy(source, tmp, schema_version)
        if progress is not None:
            progress(2, 3)
        try:
            safety = _replace_contents(live, tmp, backup_dir, counts, schema_version, now)
            moved: list[Path] = []
        except _LiveUnusableError:
            safety = None
            moved = move_aside(live, label="replaced", now=now) if live.exists() else []
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


def _verified_copy(source: Path, copy: Path, schema_version: int) -> dict[str, int]:
    """The private copy's row counts, once it proved whole, current enough and as recorded."""
    counts = verify_file(copy, named=source)
    version = file_version(copy)
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
    if version < schema_version:
        # Migrated on the private copy, so the live file's schema never changes under
        # the other connections that are open on it.
        from kauntaa.storage.database import migrate_file  # database imports this module

        migrate_file(copy)
        counts = verify_file(copy)
    return counts


class _LiveUnusableError(Exception):
    """The live file cannot take the restore in place (missing, foreign or unreadable)."""


def _replace_contents(
    live: Path,
    copy: Path,
    backup_dir: Path,
    counts: dict[str, int],
    schema_version: int,
    now: datetime,
) -> BackupInfo:
    """Back up ``live`` and replace every row of it with ``copy``'s, in one write transaction.

    Returns the verified safety backup. Raises _LiveUnusableError when ``live`` is not a
    Kauntaa file of this version that SQLite can read; anything that goes wrong once
    the transaction began rolls it back, leaving ``live`` as it was.
    """
    if not live.exists() or live.stat().st_size == 0:
        raise _LiveUnusableError
    try:
        connection = sqlite3.connect(
            f"file:{live}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
        )
    except sqlite3.Error as exc:
        raise _LiveUnusableError from exc
    connection.isolation_level = None  # BEGIN and COMMIT are spelled out below
    try:
        try:
            header = connection.execute("PRAGMA application_id").fetchone()[0]
            version = connection.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):
                raise
            raise _LiveUnusableError from exc
        if header != APPLICATION_ID or version != schema_version:
            raise _LiveUnusableError
        # Outside the transaction: neither pragma nor ATTACH may run inside one.
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("ATTACH DATABASE ? AS restored", (f"file:{copy}?mode=ro",))
        connection.execute("BEGIN IMMEDIATE")
        try:
            try:
                # Read through a connection of its own: in WAL mode it reads beside the
                # write lock this one holds, and sees every commit made before it.
                safety = make_backup(live, backup_dir, reason=BEFORE_RESTORE, now=now)
            except BackupError as exc:
                if exc.code != "database_damaged":
                    raise
                raise _LiveUnusableError from exc
            for table, columns in _tables(connection):
                names = ", ".join(f'"{c}"' for c in columns)
                connection.execute(f'DELETE FROM main."{table}"')
                connection.execute(
                    f'INSERT INTO main."{table}" ({names}) SELECT {names} FROM restored."{table}"'
                )
            if connection.execute("PRAGMA main.foreign_key_check").fetchone() is not None:
                raise _restore_mismatch(copy)
            if row_counts(connection) != counts:
                raise _restore_mismatch(copy)
            connection.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):  # a failed statement may have ended it
                connection.execute("ROLLBACK")
            raise
        connection.execute("DETACH DATABASE restored")
    except sqlite3.Error as exc:
        fault = storage_fault(exc, live.parent)
        if fault is not None:
            raise fault from exc
        raise
    finally:
        connection.close()
    return safety


def _tables(connection: sqlite3.Connection) -> list[tuple[str, list[str]]]:
    """The live file's tables with the columns to copy (a full-text table's rowid too).

    The full-text index's own shadow tables are left to it, SQLite's internal tables
    too, except the AUTOINCREMENT counters.
    """
    tables: list[tuple[str, list[str]]] = []
    for _schema, name, kind, *_rest in connection.execute("PRAGMA main.table_list"):
        if kind not in ("table", "virtual"):
            continue
        if name.startswith("sqlite_") and name != "sqlite_sequence":
            continue
        if name == IDENTITY_TABLE:  # the live file stays the same shop, whatever is restored
            continue
        columns = [
            str(row[1])
            for row in connection.execute(f'PRAGMA main.table_xinfo("{name}")')
            if row[6] == 0  # not hidden, not generated
        ]
        if kind == "virtual":
            columns.insert(0, "rowid")
        tables.append((str(name), columns))
    return tables


def _restore_mismatch(copy: Path) -> BackupError:
    return BackupError(
        Message(
            "戻した内容の確認が合わなかったため、元のデータのままにしました。",
            "The restored data did not check out, so the shop was left as it was.",
        ),
        code="restore_mismatch",
    )
