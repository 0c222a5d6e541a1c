"""The SQLAlchemy engine for the shop's SQLite file, with the pragmas that keep it safe.

Pragmas are set on every new connection, outside any transaction (some, like
``journal_mode``, are silently ignored inside one). pysqlite's own transaction
handling is switched off and SQLAlchemy emits BEGIN itself: without that, a
released SAVEPOINT survives an outer ROLLBACK.

Every unit of work (a session) begins IMMEDIATE, taking the write lock up front: a deferred
transaction that reads and then writes fails at once with "database is locked"
when another process (the command line beside the window) committed meanwhile,
and no busy timeout can help it. (While this process's own worker holds the lock
for a long import, the window's units of work read on the last committed state
instead of waiting.) Failures of the disk itself (full, read-only,
I/O) are raised as StorageError with a message for the owner.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.orm import Session, sessionmaker

from kauntaa.errors import Message, StorageError

#: "KTNA": marks the file as Kauntaa's in the SQLite header (offset 68).
APPLICATION_ID = 0x4B544E41
BUSY_TIMEOUT_MS = 10_000

PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    # A saved note must survive a power cut: FULL costs ~0.5 ms per commit here.
    "PRAGMA synchronous = FULL",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    # Up to 64 MiB of pages per connection, filled only as they are read: the day
    # summary of a big shop touches every visitor's row, and the default 2 MiB
    # cache sends each of those reads back to the operating system.
    "PRAGMA cache_size = -65536",
)


def _pragmas(foreign_keys: bool) -> Any:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # No implicit BEGIN from the driver; SQLAlchemy's "begin" hook emits it.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
            for pragma in PRAGMAS:
                cursor.execute(pragma)
        finally:
            cursor.close()

    return on_connect


#: Execution option carried by the sessions' engine: their transactions begin IMMEDIATE.
WRITE_LOCK_OPTION = "kauntaa_immediate"


class _WritersHere:
    """Threads of this process inside a unit of work that holds the write lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._threads: dict[int, int] = {}

    def other_thread_writing(self) -> bool:
        me = threading.get_ident()
        with self._lock:
            return any(n > 0 for t, n in self._threads.items() if t != me)

    def enter(self, info: dict[Any, Any]) -> None:
        me = threading.get_ident()
        with self._lock:
            self._threads[me] = self._threads.get(me, 0) + 1
        info[_WRITER_KEY] = me

    def leave(self, info: dict[Any, Any]) -> None:
        thread = info.pop(_WRITER_KEY, None)
        if thread is None:
            return
        with self._lock:
            self._threads[thread] = self._threads.get(thread, 1) - 1
            if self._threads[thread] <= 0:
                del self._threads[thread]


_WRITER_KEY = "kauntaa_writer_thread"
_writers = _WritersHere()


def _on_begin(connection: Any) -> None:
    if not connection.get_execution_options().get(WRITE_LOCK_OPTION, False):
        # Plain connections (checkpoints, maintenance) begin deferred: a PRAGMA such as
        # wal_checkpoint fails inside a transaction holding the write lock.
        connection.exec_driver_sql("BEGIN")
        return
    if _writers.other_thread_writing():
        # The window's own worker holds the lock (an import, the demo café): waiting for it
        # would hold up the counter. Read on the last committed state instead; a write in
        # this unit of work then waits for the lock like any other.
        connection.exec_driver_sql("BEGIN")
        return
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    except StorageError as exc:
        if exc.code != "read_only":
            raise
        # A file that cannot be written can still be read: show the shop, refuse edits.
        connection.exec_driver_sql("BEGIN")
        return
    _writers.enter(connection.info)


def _on_end(connection: Any) -> None:
    _writers.leave(connection.info)


def _on_checkin(_dbapi_connection: Any, record: Any) -> None:
    _writers.leave(record.info)


#: SQLite's primary result codes (``sqlite_errorcode & 0xFF``) this module tells apart.
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

#: A failing disk, by SQLite's result code → (code, Japanese, English) for the owner.
#: Classified by the code, never by the English text of the message, which SQLite
#: may word differently from one version to the next.
_DISK_FAULTS: dict[int, tuple[str, str, str]] = {
    SQLITE_FULL: (
        "disk_full",
        "ディスクがいっぱいで保存できませんでした。それまでに保存した内容はそのままです。"
        "不要なファイルを消して空きを作り、もう一度お試しください。",
        "The disk is full, so this was not saved. Nothing saved before was changed. "
        "Free some space, then try again.",
    ),
    SQLITE_READONLY: (
        "read_only",
        "データフォルダに書き込めないため保存できませんでした。それまでに保存した内容はそのままです。"
        "フォルダの書き込み権限（USBメモリの書き込み禁止など）を確かめてください。",
        "The data folder cannot be written to, so this was not saved. Nothing saved before was "
        "changed. Check the folder's permissions (or a write-protected USB stick).",
    ),
    SQLITE_CANTOPEN: (
        "cannot_open",
        "データファイルを開けませんでした。フォルダの場所と書き込み権限を確かめてください。",
        "The data file could not be opened. Check that its folder exists and can be written to.",
    ),
    SQLITE_IOERR: (
        "io_error",
        "ディスクの読み書きに失敗しました。それまでに保存した内容はそのままです。"
        "ディスクやUSBメモリの接続を確かめてください。",
        "Reading or writing the disk failed. Nothing saved before was changed. "
        "Check the disk or USB stick.",
    ),
    SQLITE_BUSY: (
        "busy",
        "ほかの Kauntaa がデータを長く使っているため保存できませんでした。"
        "それまでに保存した内容はそのままです。少し待ってもう一度お試しください。",
        "Another Kauntaa kept the data busy too long, so this was not saved. Nothing saved before "
        "was changed. Wait a moment and try again.",
    ),
}
_DISK_FAULTS[SQLITE_LOCKED] = _DISK_FAULTS[SQLITE_BUSY]


def primary_code(error: BaseException) -> int | None:
    """SQLite's primary result code of a driver error (None for anything else)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_damage(error: BaseException) -> bool:
    """True when SQLite says the file itself is damaged or not a database."""
    return primary_code(error) in (SQLITE_CORRUPT, SQLITE_NOTADB)


def _no_space_left(folder: Path | None) -> bool:
    if folder is None:
        return False
    try:
        return shutil.disk_usage(folder).free == 0
    except OSError:
        return False


def storage_fault(error: BaseException, folder: Path | None = None) -> StorageError | None:
    """The owner's explanation of a failing disk, or None for any other error.

    ``folder`` is where the file lives: an I/O error there while the disk has no
    byte left (growing the -shm, say) is a full disk, and is said so.
    """
    code = primary_code(error)
    if code is None or code not in _DISK_FAULTS:
        return None
    if code == SQLITE_IOERR and _no_space_left(folder):
        code = SQLITE_FULL
    fault, ja, en = _DISK_FAULTS[code]
    return StorageError(Message(ja, en), code=fault)


def _on_error_in(folder: Path) -> Any:
    def on_error(context: ExceptionContext) -> None:
        fault = storage_fault(context.original_exception, folder)
        if fault is not None:
            raise fault from context.original_exception

    return on_error


def make_engine(
    path: Path, *, foreign_keys: bool = True, echo: bool = False, read_only: bool = False
) -> Engine:
    """An engine on an existing or new file. Opening checks live in ``database``.

    ``foreign_keys=False`` is only for migrations (see ``migrations/env.py``).
    ``read_only`` is for a file or folder this user cannot write: the shop can be
    read, and every write is refused with the read_only message.
    """
    # mode=rw: the engine never creates the file. A missing file (moved away by a failed
    # restore, a USB stick pulled out) is an error, never a new empty shop.
    # as_uri escapes spaces, "#", "?" and kana (file:///C:/… on Windows); quoted once more
    # because SQLAlchemy decodes the database part of its URL before SQLite reads it.
    uri = quote(path.absolute().as_uri(), safe=":/")
    engine = create_engine(f"sqlite:///{uri}?{_open_mode(path, read_only)}&uri=true", echo=echo)
    event.listen(engine, "connect", _pragmas(foreign_keys))
    event.listen(engine, "begin", _on_begin)
    event.listen(engine, "commit", _on_end)
    event.listen(engine, "rollback", _on_end)
    event.listen(engine.pool, "checkin", _on_checkin)
    event.listen(engine, "handle_error", _on_error_in(path.parent))
    return engine


def _open_mode(path: Path, read_only: bool) -> str:
    if not read_only:
        return "mode=rw"
    # Without a -wal there is nothing SQLite would need the -shm for, and it could not
    # create one in a folder it cannot write: read the file as it is.
    return "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    """The one session factory; each user action opens ``with sessions.begin() as s``."""
    return sessionmaker(
        engine.execution_options(**{WRITE_LOCK_OPTION: True}), expire_on_commit=False
    )
