"""Complete deletion of one customer, down to the bytes in the file (see domain/erasure.py).

SQLite normally leaves deleted rows' bytes in free pages and in the write-ahead
log until they happen to be reused. A deletion on request turns on
``secure_delete`` first, so freed space is overwritten with zeros; rebuilds the
note index's segments, which otherwise keep deleted notes' trigrams until a
later merge; and afterwards folds the log back into the file and truncates it.
Backups taken before the deletion still hold the card until they age out.
"""

from __future__ import annotations

from sqlalchemy import Engine, delete, func, or_, select, text
from sqlalchemy.orm import Session

from kauntaa.domain.erasure import ErasureReport, name_variants, redact
from kauntaa.domain.introductions import IntroductionStatus
from kauntaa.storage.repositories import customers
from kauntaa.storage.schema import (
    CircleMemberRow,
    CustomerRow,
    DayNoteRow,
    EventAttendeeRow,
    IntroductionRow,
    NoteRow,
    ReminderRow,
    VisitRow,
)


def secure_delete_on(session: Session) -> None:
    """Zero freed space on this connection (for this deletion and after; it costs little)."""
    session.execute(text("PRAGMA secure_delete = ON"))


def count_owned(session: Session, customer_id: int) -> dict[str, int]:
    def count(row_type: type[NoteRow | VisitRow | CircleMemberRow | EventAttendeeRow]) -> int:
        statement = select(func.count()).where(row_type.customer_id == customer_id)
        return int(session.scalar(statement) or 0)

    return {
        "notes": count(NoteRow),
        "visits": count(VisitRow),
        "memberships": count(CircleMemberRow),
        "attendances": count(EventAttendeeRow),
    }


def anonymise_introductions(
    session: Session, customer_id: int, variants: list[str]
) -> tuple[int, int, int]:
    """Keep what happened for the others without this person; returns (kept, removed, made).

    Must run before the customer row is deleted (the foreign keys would cascade).
    """
    theirs = list(
        session.scalars(
            select(IntroductionRow).where(
                or_(
                    IntroductionRow.person_a_id == customer_id,
                    IntroductionRow.person_b_id == customer_id,
                )
            )
        )
    )
    kept = removed = 0
    kept_ids: list[int] = []
    for row in theirs:
        other = row.person_b_id if row.person_a_id == customer_id else row.person_a_id
        if row.status != IntroductionStatus.DONE.value or other is None:
            session.delete(row)
            removed += 1
            continue
        if row.person_a_id == customer_id:
            row.person_a_id = None  # type: ignore[assignment]  # the erased side
        else:
            row.person_b_id = None  # type: ignore[assignment]  # the erased side
        row.context = redact(row.context, variants)
        row.outcome_text = redact(row.outcome_text, variants)
        if row.introducer_id == customer_id:
            row.introducer_id = None
            row.introducer_removed = True
        kept_ids.append(row.id)
        kept += 1
    made = list(
        session.scalars(select(IntroductionRow).where(IntroductionRow.introducer_id == customer_id))
    )
    for row in made:
        row.introducer_id = None
        row.introducer_removed = True
        row.context = redact(row.context, variants)
        row.outcome_text = redact(row.outcome_text, variants)
        kept_ids.append(row.id)
    session.flush()
    # Follow-ups of kept introductions belong to the other person; blank the name in them.
    if kept_ids:
        for reminder in session.scalars(
            select(ReminderRow).where(
                ReminderRow.introduction_id.in_(kept_ids),
                or_(ReminderRow.customer_id.is_(None), ReminderRow.customer_id != customer_id),
            )
        ):
            reminder.text = redact(reminder.text, variants)
    session.flush()
    return kept, removed, len(made)


def mentions_elsewhere(session: Session, customer_id: int, variants: list[str]) -> int:
    """Notes on other cards and day notes that still contain one of the name's forms."""
    if not variants:
        return 0
    notes = select(func.count()).where(
        NoteRow.customer_id != customer_id,
        or_(*(NoteRow.body.contains(v, autoescape=True) for v in variants)),
    )
    days = select(func.count()).where(
        or_(*(DayNoteRow.body.contains(v, autoescape=True) for v in variants))
    )
    return int(session.scalar(notes) or 0) + int(session.scalar(days) or 0)


def purge_note_index(session: Session) -> None:
    """Merge the note index into one segment, dropping the entries of deleted notes."""
    session.execute(text("INSERT INTO note_fts(note_fts) VALUES ('optimize')"))


def restore_introductions(session: Session, introduction_ids: list[int]) -> None:
    """Before an undo puts the original rows back: drop their anonymised versions."""
    if introduction_ids:
        session.execute(delete(IntroductionRow).where(IntroductionRow.id.in_(introduction_ids)))


def restore_reminders(session: Session, reminder_ids: list[int]) -> None:
    if reminder_ids:
        session.execute(delete(ReminderRow).where(ReminderRow.id.in_(reminder_ids)))


def checkpoint(engine: Engine) -> bool:
    """Fold the write-ahead log into the file and empty it; False if a reader held it."""
    # The raw driver connection: SQLAlchemy would open a transaction first (see
    # engine.py), and a checkpoint cannot run inside one.
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        row = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        cursor.close()
    finally:
        connection.close()
    return row is not None and int(row[0]) == 0


def erase(session: Session, customer_id: int) -> ErasureReport:
    """Everything in one transaction: anonymise what others keep, delete the rest, purge."""
    row = session.get(CustomerRow, customer_id)
    if row is None:
        raise LookupError(customer_id)
    secure_delete_on(session)
    name = row.name
    variants = name_variants(row.name, row.reading, row.call_name)
    owned = count_owned(session, customer_id)
    kept, removed, made = anonymise_introductions(session, customer_id, variants)
    mentions = mentions_elsewhere(session, customer_id, variants)
    customers.delete_completely(session, customer_id)
    session.flush()
    purge_note_index(session)
    return ErasureReport(
        customer_id=customer_id,
        name=name,
        notes=owned["notes"],
        visits=owned["visits"],
        introductions_kept=kept,
        introductions_removed=removed,
        introduced_by_them=made,
        memberships=owned["memberships"],
        attendances=owned["attendances"],
        mentions_elsewhere=mentions,
    )
