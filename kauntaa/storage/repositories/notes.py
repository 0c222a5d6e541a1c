"""Note rows, kept in step with the trigram index used by search."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kauntaa.domain.activity import Note
from kauntaa.storage.repositories import search
from kauntaa.storage.schema import NoteRow


def to_note(row: NoteRow) -> Note:
    return Note(
        id=row.id,
        customer_id=row.customer_id,
        body=row.body,
        pinned=row.pinned,
        private=row.private,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def add(
    session: Session, customer_id: int, body: str, *, pinned: bool, private: bool, now: datetime
) -> NoteRow:
    row = NoteRow(
        customer_id=customer_id,
        body=body,
        pinned=pinned,
        private=private,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    search.index_note(session, row.id, body)
    return row


def get(session: Session, note_id: int) -> NoteRow | None:
    return session.get(NoteRow, note_id)


def set_body(session: Session, row: NoteRow, body: str, now: datetime) -> None:
    row.body = body
    row.updated_at = now
    search.index_note(session, row.id, body)


def remove(session: Session, row: NoteRow) -> None:
    search.unindex_notes(session, [row.id])
    session.execute(delete(NoteRow).where(NoteRow.id == row.id))


def restore(session: Session, note: Note) -> NoteRow:
    """Put a deleted note back exactly as it was (for undo)."""
    row = NoteRow(
        id=note.id,
        customer_id=note.customer_id,
        body=note.body,
        pinned=note.pinned,
        private=note.private,
        created_at=note.created_at,
        updated_at=note.updated_at,
    )
    session.add(row)
    session.flush()
    search.index_note(session, row.id, row.body)
    return row


def for_customer(session: Session, customer_id: int, *, limit: int) -> list[Note]:
    """Pinned first, then newest first."""
    rows = session.scalars(
        select(NoteRow)
        .where(NoteRow.customer_id == customer_id)
        .order_by(NoteRow.pinned.desc(), NoteRow.created_at.desc())
        .limit(limit)
    )
    return [to_note(r) for r in rows]
