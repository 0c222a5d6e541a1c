"""Read-only queries behind the day summary, written for a busy day at a big shop.

They use Core tables on the session's connection rather than ORM entities (the
ORM layer doubles the cost per row), and read names once per person rather
than once per visit, so a day with thousands of visits stays quick.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import String, Table, and_, select, type_coerce, union
from sqlalchemy.orm import Session

from kauntaa.domain.activity import Note, Reminder
from kauntaa.domain.customers import CustomerRef
from kauntaa.domain.summary import NoteLine, OverdueLine, VisitorLine
from kauntaa.storage.schema import CustomerRow, NoteRow, ReminderRow, VisitRow


def _table(row_type: Any) -> Table:
    table = row_type.__table__
    assert isinstance(table, Table)
    return table


customer = _table(CustomerRow)
visit = _table(VisitRow)
note = _table(NoteRow)
reminder = _table(ReminderRow)

_NAME_COLUMNS = (customer.c.id, customer.c.name, customer.c.reading, customer.c.call_name)


def _ref(row: Sequence[Any]) -> CustomerRef:
    """A name from the first four columns (``_NAME_COLUMNS``)."""
    return CustomerRef._make(row[:4])


def _text(column: Any) -> Any:
    """A date or time column as its stored ISO text: parsing thousands of them through
    SQLAlchemy's type layer costs more than the query itself."""
    return type_coerce(column, String)


def _names(session: Session, customer_ids: Any) -> dict[int, tuple[CustomerRef, str]]:
    """Names and first-seen days (ISO text) of the customers selected by a subquery of ids."""
    rows = (
        session.connection()
        .execute(
            select(*_NAME_COLUMNS, _text(customer.c.first_seen)).where(
                customer.c.id.in_(customer_ids)
            )
        )
        .all()
    )
    return {r[0]: (_ref(r), r[4]) for r in rows}


def visitors(session: Session, start: datetime, end: datetime) -> list[VisitorLine]:
    """Visits in [start, end) in order of arrival; someone first seen that day is a new face."""
    in_range = and_(visit.c.at >= start, visit.c.at < end)
    people = _names(session, select(visit.c.customer_id).where(in_range))
    day = start.date().isoformat()
    parse = datetime.fromisoformat
    lines = []
    for customer_id, at, order in (
        session.connection()
        .execute(
            select(visit.c.customer_id, _text(visit.c.at), visit.c.order_text)
            .where(in_range)
            .order_by(visit.c.at)
        )
        .all()
    ):
        ref, first_seen = people[customer_id]
        lines.append(VisitorLine(ref, parse(at), order, first_seen == day))
    return lines


def notes(session: Session, start: datetime, end: datetime) -> list[NoteLine]:
    in_range = and_(note.c.created_at >= start, note.c.created_at < end)
    people = _names(session, select(note.c.customer_id).where(in_range))
    rows = (
        session.connection()
        .execute(
            select(
                note.c.id,
                note.c.customer_id,
                note.c.body,
                note.c.pinned,
                note.c.private,
                note.c.created_at,
                note.c.updated_at,
            )
            .where(in_range)
            .order_by(note.c.created_at, note.c.id)
        )
        .all()
    )
    return [NoteLine(people[r[1]][0], Note(*r)) for r in rows]


_REMINDER_COLUMNS = (
    reminder.c.id,
    reminder.c.text,
    reminder.c.customer_id,
    reminder.c.due_on,
    reminder.c.on_next_visit,
    reminder.c.introduction_id,
    reminder.c.created_at,
    reminder.c.done_at,
    # Sort key, after the Reminder fields: dated promises first.
    reminder.c.due_on.is_(None).label("undated"),
)


def open_reminders(session: Session, day: date, start: datetime, end: datetime) -> list[Reminder]:
    """Dated reminders due by ``day``, and next-visit ones for people who came that day.

    Two indexed look-ups (by due date, by the day's visitors) rather than one OR
    that would test every open reminder against the visits.
    """
    still_open = and_(reminder.c.done_at.is_(None), reminder.c.created_at < end)
    visitors_of_day = select(visit.c.customer_id).where(visit.c.at >= start, visit.c.at < end)
    rows = (
        session.connection()
        .execute(
            union(
                select(*_REMINDER_COLUMNS).where(still_open, reminder.c.due_on <= day),
                select(*_REMINDER_COLUMNS).where(
                    still_open,
                    reminder.c.on_next_visit.is_(True),
                    reminder.c.customer_id.in_(visitors_of_day),
                ),
            )
            # Dated promises first, by date; then the ones waiting for today's visitors.
            .order_by("undated", "due_on", "id")
        )
        .all()
    )
    return [Reminder(*r[:-1]) for r in rows]


def overdue(session: Session, day: date, *, window_days: int, limit: int) -> list[OverdueLine]:
    """Regulars past their own allowance (``overdue_from``), most overdue for their rhythm first.

    ``overdue_from`` is kept by the visit repository from the domain's rhythm
    rule, so the filter and the ranking both run inside SQLite.
    """
    days_since = (day.toordinal() - customer.c.last_visit_day).label("days_since")
    ratio = (days_since / customer.c.rhythm_days).label("ratio")
    # Ranked from the covering index alone; names are read for the few shown.
    ranked = (
        session.connection()
        .execute(
            select(customer.c.id, customer.c.rhythm_days, days_since, ratio)
            .where(
                customer.c.overdue_from <= day,
                customer.c.overdue_from > day - timedelta(days=window_days),
                customer.c.archived_at.is_(None),
                customer.c.rhythm_days > 0,
            )
            .order_by(ratio.desc(), customer.c.id)
            .limit(limit)
        )
        .all()
    )
    details = {
        r[0]: r
        for r in session.connection().execute(
            select(*_NAME_COLUMNS, customer.c.usual_weekday).where(
                customer.c.id.in_([r[0] for r in ranked])
            )
        )
    }
    return [
        OverdueLine(
            customer=_ref(details[r[0]]),
            typical_gap_days=float(r[1]),
            usual_weekday=details[r[0]][4],
            days_since=int(r[2]),
            ratio=float(r[3]),
        )
        for r in ranked
    ]
