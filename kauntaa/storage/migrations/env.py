"""Alembic environment: runs on a connection handed over by ``kauntaa.storage.database``.

Batch mode rebuilds SQLite tables; that connection has foreign keys OFF because a
rebuild with them on silently fires ON DELETE CASCADE. A ``foreign_key_check``
runs before the migration's transaction commits, so a bad migration rolls back.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import text

from kauntaa.storage.schema import Base

FTS_PREFIX = "note_fts"


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    # The FTS5 virtual table and its shadow tables are made by hand, not by models.
    return not (type_ == "table" and name is not None and name.startswith(FTS_PREFIX))


def run_migrations() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=include_object,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()
        orphans = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
        if orphans:
            raise RuntimeError(f"foreign_key_check failed after migration: {orphans[:5]}")
        version = context.config.attributes["schema_version"]
        connection.execute(text(f"PRAGMA user_version = {int(version)}"))


run_migrations()
