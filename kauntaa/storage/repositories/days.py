"""Read-only queries behind the day summary, written for a busy day at a big shop.

They use Core tables on the session's connection rather than ORM entities (the
ORM layer doubles the cost per row), and read names once per person rather
than once per visit, so a day with thousands of visits stays quick.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Table, and_, exists, func, or_, select
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
    """A name from the first four columns (``_NAME_COLUMNS``); by position, which is fastest."""
    return CustomerRef(row[0], row[1], row[2], row[3])


def _names(session: Session, customer_ids: Any) -> dict[int, tuple[CustomerRef, date]]:
    """Names and first-seen days of the customers selected by a subquery of ids."""
    rows = (
        session.connection()
        .execute(
            select(*_NAME_COLUMNS, customer.c.first_seen).where(customer.c.id.in_(customer_ids))
        )
        .all()
    )
    return {r[0]: (_ref(r), r[4]) for r in rows}


def visitors(session: Session, start: datetime, end: datetime) -> list[VisitorLine]:
    """Visits in [start, end) in order of arrival; someone first seen that day is a new face."""
    in_range = and_(visit.c.at >= start, visit.c.at < end)
    people = _names(session, select(visit.c.customer_id).where(in_range))
    day = start.date()
    lines = []
    for customer_id, at, order in (
        session.connection()
        .execute(
            select(visit.c.customer_id, visit.c.at, visit.c.order_text)
            .where(in_range)
            .order_by(visit.c.at)
        )
        .all()
    ):
        ref, first_seen = people[customer_id]
        lines.append(VisitorLine(ref, at, order, first_seen == day))
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


def open_reminders(session: Session, day: date, start: datetime, end: datetime) -> list[Reminder]:
    """Dated reminders due by ``day``, and next-visit ones for people who came that day."""
    came = exists().where(
        visit.c.customer_id == reminder.c.customer_id, visit.c.at >= start, visit.c.at < end
    )
    rows = (
        session.connection()
        .execute(
            select(
                reminder.c.id,
                reminder.c.text,
                reminder.c.customer_id,
                reminder.c.due_on,
                reminder.c.on_next_visit,
                reminder.c.introduction_id,
                reminder.c.created_at,
                reminder.c.done_at,
            )
            .where(
                reminder.c.done_at.is_(None),
                reminder.c.created_at < end,
                or_(reminder.c.due_on <= day, and_(reminder.c.on_next_visit.is_(True), came)),
            )
            .order_by(reminder.c.due_on, reminder.c.id)
        )
        .all()
    )
    return [Reminder(*r) for r in rows]


def overdue(session: Session, day: date, *, window_days: int, limit: int) -> list[OverdueLine]:
    """Regulars past their own allowance (``overdue_from``), most overdue for their rhythm first.

    ``overdue_from`` is kept by the visit repository from the domain's rhythm
    rule, so the filter and the ranking both run inside SQLite.
    """
    days_since = func.julianday(day.isoformat()) - func.julianday(
        func.date(customer.c.last_visit_at)
    )
    ratio = (days_since / customer.c.rhythm_days).label("ratio")
    rows = (
        session.connection()
        .execute(
            select(
                *_NAME_COLUMNS,
                customer.c.rhythm_days,
                customer.c.usual_weekday,
                days_since.label("days_since"),
                ratio,
            )
            .where(
                customer.c.overdue_from <= day,
                customer.c.overdue_from > day - timedelta(days=window_days),
                customer.c.archived_at.is_(None),
                customer.c.rhythm_days > 0,
            )
            .order_by(ratio.desc(), customer.c.reading)
            .limit(limit)
        )
        .all()
    )
    return [
        OverdueLine(
            customer=_ref(r),
            typical_gap_days=float(r[4]),
            usual_weekday=r[5],
            days_since=int(r[6]),
            ratio=float(r[7]),
        )
        for r in rows
    ]
