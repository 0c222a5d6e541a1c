"""Opening the shop's file: refuse what is not ours, migrate what is old, create what is new.

A zero-byte file, a file from another program and a file written by a newer
Kauntaa are refused with a plain explanation and left exactly as they were:
none of them is ever treated as an empty shop. An older file is backed up,
the backup verified, and only then migrated. A damaged file (quick_check, or
the full checks after an unclean shutdown) is moved aside under a dated name
with its -wal and -shm, never deleted, and the newest backup is named.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kauntaa import private
from kauntaa.errors import (
    DamagedDatabaseError,
    Message,
    MissingDatabaseError,
    RefusedDatabaseError,
    StorageError,
)
from kauntaa.storage.backup import is_backup_name, list_backups, make_backup
from kauntaa.storage.engine import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    is_damage,
    make_engine,
    make_sessions,
    storage_fault,
)
from kauntaa.storage.instance import open_elsewhere
from kauntaa.storage.recovery import (
    check_file,
    leftover_wal_problem,
    move_aside,
    offer_text,
    wal_left_over,
)

log = logging.getLogger(__name__)

#: The number of migrations in ``migrations/versions``; written to ``user_version``.
SCHEMA_VERSION = 3
SQLITE_MAGIC = b"SQLite format 3\x00"
_MIGRATIONS = Path(__file__).with_name("migrations")


@dataclass(slots=True)
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    created: bool
    migrated_from: int | None
    closed: bool = False
    #: Opened read-only: the file or its folder cannot be written by this user.
    read_only: bool = False
    #: What the closing checkpoint returned: (busy, WAL frames, frames folded in).
    last_checkpoint: tuple[int, int, int] | None = None

    def close(self) -> None:
        """Fold the WAL back into the main file so a copied file is complete on its own.

        On a full or read-only disk the fold fails; the commits are safe in the -wal
        and the next start folds them in, so closing goes on regardless. Closing twice
        does nothing (a second connection could create an empty file where a restore
        left none).
        """
        if self.closed:
            return
        self.closed = True
        if self.read_only:
            self.engine.dispose()
            return
        try:
            with self.engine.connect() as connection:
                self.last_checkpoint = closing_checkpoint(connection)
        except (StorageError, SQLAlchemyError) as exc:
            log.warning("checkpoint on close failed: %s", exc)
        finally:
            self.engine.dispose()


def closing_checkpoint(connection: Connection) -> tuple[int, int, int]:
    """Fold the WAL in without waiting: busy (1) while another process is reading.

    Waiting out the busy timeout behind another process's long read made every
    command take 10.5 s; a WAL left behind is folded in by a later close instead.
    """
    connection.exec_driver_sql("PRAGMA busy_timeout = 0")
    try:
        row = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    finally:
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    busy, frames, folded = (int(v) for v in row)
    if busy:
        log.info("checkpoint on close left for later: %d of %d frames folded", folded, frames)
    return busy, frames, folded


def writable(path: Path) -> bool:
    """False when this user cannot write the file or its folder (SQLite needs both)."""
    folder_ok = os.access(path.parent, os.W_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))


def _refuse(path: Path, reason: str, ja: str, en: str) -> RefusedDatabaseError:
    return RefusedDatabaseError(Message(ja, en), reason=reason, path=str(path))


def inspect_header(path: Path) -> int:
    """Check a file is a Kauntaa database by its header alone, without opening it for writing.

    Returns the application id read from the header, or raises RefusedDatabaseError.
    """
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise _refuse(
            path,
            "unreadable",
            f"データファイル {path} を読めません（{exc.strerror}）。",
            f"The data file {path} cannot be read ({exc.strerror}).",
        ) from exc
    if not header:
        raise _refuse(
            path,
            "empty",
            f"データファイル {path} が空（0バイト）です。中身が失われた可能性があります。"
            "ファイルはそのまま残しました。バックアップから戻してください。",
            f"The data file {path} is empty (0 bytes); its contents may have been lost. "
            "It was left as it is. Restore a backup.",
        )
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise _refuse(
            path,
            "foreign",
            f"{path} は Kauntaa のデータファイルではないか、壊れています。ファイルはそのまま残しました。",
            f"{path} is not a Kauntaa data file, or it is damaged. It was left as it is.",
        )
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise _refuse(
            path,
            "foreign",
            f"{path} は別のアプリのデータベースです。Kauntaa では開きません。ファイルはそのまま残しました。",
            f"{path} is a database of another program, so Kauntaa will not open it. "
            "It was left as it is.",
        )
    return app_id


def _read_only(path: Path) -> sqlite3.Connection:
    # A read-only look at a WAL file creates -wal and -shm beside it and cannot remove
    # them again. Without a -wal there is nothing to miss, so read it as immutable.
    immutable = "" if Path(f"{path}-wal").exists() else "&immutable=1"
    return sqlite3.connect(f"file:{path}?mode=ro{immutable}", uri=True)


def _read_version(path: Path, backup_dir: Path | None = None) -> int:
    connection = _read_only(path)
    try:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error as exc:
        raise _unreadable_version(path, backup_dir, exc) from exc
    finally:
        connection.close()


def _unreadable_version(path: Path, backup_dir: Path | None, exc: sqlite3.Error) -> StorageError:
    """Told apart by SQLite's result code: only damage is ever called damage.

    A full disk (no room for the -shm), a read-only folder or a lock gets its own
    words, and the file is left where it is.
    """
    if is_damage(exc):
        return set_aside_damaged(path, backup_dir, str(exc))
    fault = storage_fault(exc, path.parent)
    if fault is not None:
        return fault
    return _refuse(
        path,
        "unreadable",
        f"データファイル {path} を読めませんでした（{exc}）。ファイルはそのまま残しました。",
        f"The data file {path} could not be read ({exc}). It was left as it is.",
    )


def set_aside_damaged(path: Path, backup_dir: Path | None, detail: str) -> DamagedDatabaseError:
    """Move a damaged file (with its -wal and -shm) to a dated name and explain it."""
    moved = move_aside(path, label="damaged")
    names = ", ".join(p.name for p in moved)
    offer = offer_text(backup_dir) if backup_dir is not None else Message("", "")
    return DamagedDatabaseError(
        Message(
            f"データファイルが壊れていました（{detail}）。消さずに {names} として"
            f"同じフォルダに移しました。{offer.ja}",
            f"The data file was damaged ({detail}). Nothing was deleted: it was moved "
            f"aside as {names} in the same folder. {offer.en}",
        ),
        path=str(path),
        moved_to=[str(p) for p in moved],
    )


def _set_aside_with_its_wal(path: Path, backup_dir: Path, detail: str) -> DamagedDatabaseError:
    """The file and its leftover -wal do not belong together: both aside, neither changed.

    Which of the two is at fault cannot be told, so the message says both were kept
    as they were, and that the file alone (the state of its last checkpoint) may be whole.
    """
    moved = move_aside(path, label="damaged")
    names = ", ".join(p.name for p in moved)
    offer = offer_text(backup_dir)
    return DamagedDatabaseError(
        Message(
            f"前回きちんと閉じられなかったデータファイルと、その横に残っていた -wal ファイルが"
            f"合いません（{detail}）。どちらも変えずに {names} として同じフォルダに移しました。"
            f"-wal を除いたファイルだけなら、最後に保存が確定した時点の内容が残っています。{offer.ja}",
            f"The data file was not closed cleanly last time, and the -wal file left beside it "
            f"does not belong with it ({detail}). Both were moved aside unchanged, as {names}, "
            "in the same folder; the file alone, without the -wal, still holds the shop as it "
            f"was at its last checkpoint. {offer.en}",
        ),
        path=str(path),
        moved_to=[str(p) for p in moved],
    )


def quick_check(path: Path) -> str | None:
    """SQLite's quick_check, read-only: None when the file is sound, else what is wrong.

    About 0.1 s per 50 MB, so the window runs it in the background after start-up.
    A locked or unreadable file raises StorageError: it is not damage.
    """
    return check_file(path, full=False)


def _migrate(engine: Engine, target: int) -> None:
    from alembic import command  # imported only when a migration is due: it is slow to load
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    # One transaction for the whole upgrade: DDL is transactional in SQLite.
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        config.attributes["schema_version"] = target
        command.upgrade(config, "head")


def migrate_file(path: Path) -> None:
    """Bring a private copy (a backup about to be restored) up to this version's schema."""
    engine = make_engine(path, foreign_keys=False)
    try:
        _migrate(engine, SCHEMA_VERSION)
    finally:
        engine.dispose()


def signs_of_a_shop(path: Path, backup_dir: Path) -> list[Path]:
    """What shows a shop was kept at ``path``: its backups, its set-aside files, a lone -wal.

    A backup counts by its name alone here, with or without a manifest: a copy put
    back in the folder by hand shows a shop as surely as a listed one.
    """
    signs = [info.path for info in list_backups(backup_dir)[:1]]
    if not signs and backup_dir.is_dir():
        signs = [p for p in sorted(backup_dir.iterdir()) if is_backup_name(p.name)][:1]
    signs += sorted(path.parent.glob(f"{path.stem}-*{path.suffix}"))[:1]
    signs += [side for side in (Path(f"{path}-wal"),) if side.exists()]
    return signs


def _missing(path: Path, backup_dir: Path) -> MissingDatabaseError:
    offer = offer_text(backup_dir)
    return MissingDatabaseError(
        Message(
            f"データファイル {path} がありません。前にお店のデータがあった跡（バックアップや"
            f"別名で残したファイル）があるため、空のお店は始めませんでした。{offer.ja}"
            "わざと新しい空のお店を始めるときは `kauntaa new-shop` を使ってください。",
            f"The data file {path} is missing. There are signs of a shop kept here (backups or "
            f"files set aside), so no new empty shop was started in its place. {offer.en} "
            "To start a new, empty shop on purpose, use `kauntaa new-shop`.",
        ),
        path=str(path),
    )


def open_database(
    path: Path, *, backup_dir: Path, check: bool = True, new_shop: bool = False
) -> Database:
    """Open (or create) the shop's file, migrating it after a verified backup when old.

    ``check=False`` skips the quick_check, for a caller that runs it later itself. A
    missing file is created only on a true first start (see ``signs_of_a_shop``) or
    with ``new_shop``, when the owner asked for an empty shop.
    """
    created = not path.exists()
    if created and not new_shop and signs_of_a_shop(path, backup_dir):
        raise _missing(path, backup_dir)
    migrated_from: int | None = None
    if not created:
        inspect_header(path)
        # After an unclean shutdown (a -wal left with content) the file and its -wal are
        # checked together, and against each other, before anything could fold the -wal
        # in; a -wal of a window that is open right now is not left over.
        unclean = wal_left_over(path) and not open_elsewhere(path.parent)
        if unclean:
            problem = leftover_wal_problem(path, schema_version=SCHEMA_VERSION)
            if problem is not None:
                raise _set_aside_with_its_wal(path, backup_dir, problem)
        problem = quick_check(path) if check and not unclean else None
        if problem is not None:
            raise set_aside_damaged(path, backup_dir, problem)
        version = _read_version(path, backup_dir)
        if version > SCHEMA_VERSION:
            raise _refuse(
                path,
                "too_new",
                f"このデータファイルは新しい版の Kauntaa で作られています（形式 {version}）。"
                "Kauntaa を更新してから開いてください。ファイルはそのまま残しました。",
                f"This data file was written by a newer Kauntaa (format {version}). "
                "Update Kauntaa to open it. The file was left as it is.",
            )
        if version < SCHEMA_VERSION:
            make_backup(path, backup_dir, reason=f"before-migration-v{version}")
            migrated_from = version
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        _initialise(path)

    if created or migrated_from is not None:
        migration_engine = make_engine(path, foreign_keys=False)
        try:
            _migrate(migration_engine, SCHEMA_VERSION)
        except Exception as exc:
            migration_engine.dispose()
            if created:
                # Nothing of the shop's is in it yet: leave no half-made file behind.
                for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                    leftover.unlink(missing_ok=True)
                message = Message(
                    f"データファイルを作れませんでした（{exc}）。",
                    f"The data file could not be created ({exc}).",
                )
            else:
                message = Message(
                    f"データファイルの更新に失敗しました（{exc}）。更新前のバックアップが残っています。",
                    f"Updating the data file failed ({exc}). The backup taken before it is kept.",
                )
            raise StorageError(message, code="migration_failed") from exc
        migration_engine.dispose()

    # A folder this user cannot write still lets the owner read the shop.
    read_only = not created and migrated_from is None and not writable(path)
    engine = make_engine(path, read_only=read_only)
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))
    return Database(
        path=path,
        engine=engine,
        sessions=make_sessions(engine),
        created=created,
        migrated_from=migrated_from,
        read_only=read_only,
    )


def _initialise(path: Path) -> None:
    """Stamp a new file as Kauntaa's before anything else is written to it."""
    # Owner-only before SQLite opens it: its -wal and -shm take the file's mode.
    private.create_file(path)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute("PRAGMA journal_mode = WAL")
    finally:
        connection.close()
