"""Loading many rows at once (the demo shop): Core executemany instead of one ORM object per row.

Building an ORM object, flushing it and reindexing it one card at a time costs
milliseconds per customer; a hundred thousand demo customers with a million
visits need rows written in batches, one ``executemany`` of plain tuples per table.
The caller supplies the primary keys, so rows that refer to each other (visits
to customers, the note index to notes) need no read-back. Search terms and the
note index are built by the same functions the repositories use card by card.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import repeat
from typing import Any

from sqlalchemy import exists, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import CallableColumnDefault, ScalarElementColumnDefault

from kauntaa.domain.search import SearchTerm
from kauntaa.storage.repositories.search import fold_note, term_rows
from kauntaa.storage.schema import Base, SearchTermRow

Rows = Sequence[Mapping[str, Any]]

#: Page cache while loading, in KiB: the visit indexes are filled in time order
#: and customer order at once, so a small cache rereads the same pages over and over.
LOAD_CACHE_KIB = 256 * 1024


def holds_anything(session: Session, tables: Iterable[str]) -> bool:
    """True when any of the named tables has at least one row."""
    base = Base.metadata.tables
    return any(session.scalar(select(exists().select_from(base[name]))) for name in tables)


def insert_rows(session: Session, row_class: type[Base], rows: Rows) -> None:
    """Insert plain dicts (all with the same keys) into ``row_class``'s table.

    One ``executemany`` of plain tuples: each column's value is converted once by
    the column type's own bind processor (dates and times as SQLAlchemy stores
    them in SQLite), and columns the dicts leave out get their defaults (scalar
    ones shared, callable ones called per row), as a Core ``insert`` would, without compiling and processing row by row.
    """
    if not rows:
        return
    table = Base.metadata.tables[row_class.__tablename__]
    connection = session.connection()
    dialect = connection.dialect
    keys = list(rows[0])
    defaults = {
        c.name: c.default.arg
        for c in table.columns
        if c.name not in rows[0] and isinstance(c.default, ScalarElementColumnDefault)
    }
    # Callable defaults (a customer's uid) are called once per row, never shared. They
    # take no execution context (SQLAlchemy wraps a no-argument callable to ignore it).
    made = {
        c.name: c.default
        for c in table.columns
        if c.name not in rows[0] and isinstance(c.default, CallableColumnDefault)
    }
    names = keys + list(defaults) + list(made)
    processors = [table.c[n].type.dialect_impl(dialect).bind_processor(dialect) for n in names]
    columns: list[Iterable[Any]] = [[row[k] for row in rows] for k in keys]
    columns += [repeat(value) for value in defaults.values()]
    columns += [[default.arg(None) for _ in rows] for default in made.values()]  # type: ignore[arg-type]
    converted = [
        column if process is None else map(process, column)
        for process, column in zip(processors, columns, strict=True)
    ]
    quote = dialect.identifier_preparer.quote
    connection.exec_driver_sql(
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
        f"VALUES ({', '.join('?' * len(names))})",
        list(zip(*converted, strict=False)),
    )


def insert_terms(session: Session, terms: Iterable[tuple[int, Iterable[SearchTerm]]]) -> int:
    """Search terms of many customers, as ``(customer id, terms)``; returns the rows written."""
    rows = [row for customer_id, card_terms in terms for row in term_rows(customer_id, card_terms)]
    insert_rows(session, SearchTermRow, rows)
    return len(rows)


def index_notes(session: Session, notes: Iterable[tuple[int, str]]) -> None:
    """Put ``(note id, body)`` into the trigram index, folded as single notes are."""
    rows = [{"id": note_id, "body": fold_note(body)} for note_id, body in notes]
    if rows:
        session.connection().execute(
            text("INSERT INTO note_fts (rowid, body) VALUES (:id, :body)"), rows
        )


@contextmanager
def loading(session: Session) -> Iterator[None]:
    """A larger page cache on this session's connection for the duration of a load."""
    connection = session.connection()
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{LOAD_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")
