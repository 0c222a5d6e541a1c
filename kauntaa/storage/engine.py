"""The SQLAlchemy engine for the shop's SQLite file, with the pragmas that keep it safe.

Pragmas are set on every new connection, outside any transaction (some, like
``journal_mode``, are silently ignored inside one). pysqlite's own transaction
handling is switched off and SQLAlchemy emits BEGIN itself: without that, a
released SAVEPOINT survives an outer ROLLBACK.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

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


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(path: Path, *, foreign_keys: bool = True, echo: bool = False) -> Engine:
    """An engine on an existing or new file. Opening checks live in ``database``.

    ``foreign_keys=False`` is only for migrations (see ``migrations/env.py``).
    """
    engine = create_engine(f"sqlite:///{path}", echo=echo)
    event.listen(engine, "connect", _pragmas(foreign_keys))
    event.listen(engine, "begin", _on_begin)
    return engine


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    """The one session factory; each user action opens ``with sessions.begin() as s``."""
    return sessionmaker(engine, expire_on_commit=False)
