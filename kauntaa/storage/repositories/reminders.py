"""Reminders and the owner's day notes."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime
from typing import Any

from sqlalchemy import CompoundSelect, delete, literal, select, union_all
from sqlalchemy.orm import Session

from kauntaa.domain.activity import DayNote, Reminder
from kauntaa.domain.introductions import IntroductionStatus
from kauntaa.storage.schema import DayNoteRow, IntroductionRow, ReminderRow


def to_reminder(row: ReminderRow) -> Reminder:
    return Reminder(
        id=row.id,
        text=row.text,
        customer_id=row.customer_id,
        due_on=row.due_on,
        on_next_visit=row.on_next_visit,
        introduction_id=row.introduction_id,
        created_at=row.created_at,
        done_at=row.done_at,
    )


def add(
    session: Session,
    *,
    text: str,
    customer_id: int | None,
    due_on: date | None,
    on_next_visit: bool,
    introduction_id: int | None,
    now: datetime,
) -> ReminderRow:
    row = ReminderRow(
        text=text,
        customer_id=customer_id,
        due_on=due_on,
        on_next_visit=on_next_visit,
        introduction_id=introduction_id,
        created_at=now,
    )
    session.add(row)
    session.flush()
    return row


def get(session: Session, reminder_id: int) -> ReminderRow | None:
    return session.get(ReminderRow, reminder_id)


def open_for_customer(session: Session, customer_id: int) -> list[Reminder]:
    rows = session.scalars(
        select(ReminderRow)
        .where(ReminderRow.customer_id == customer_id, ReminderRow.done_at.is_(None))
        .order_by(ReminderRow.on_next_visit.desc(), ReminderRow.due_on)
    )
    return [to_reminder(r) for r in rows]


def waiting_customers(session: Session, customer_ids: Collection[int]) -> set[int]:
    """Those with something to bring up when they come: a planned introduction or a reminder."""
    reminded, planned = waiting_kinds(session, customer_ids)
    return reminded | planned


def waiting_kinds(session: Session, customer_ids: Collection[int]) -> tuple[set[int], set[int]]:
    """Of these customers: those with a reminder for their next visit, and those with a
    planned introduction, in one query."""
    ids = list(customer_ids)
    if not ids:
        return set(), set()
    planned = IntroductionStatus.PLANNED.value
    statement: CompoundSelect[Any] = union_all(
        select(ReminderRow.customer_id, literal(0)).where(
            ReminderRow.customer_id.in_(ids),
            ReminderRow.on_next_visit.is_(True),
            ReminderRow.done_at.is_(None),
        ),
        select(IntroductionRow.person_a_id, literal(1)).where(
            IntroductionRow.person_a_id.in_(ids), IntroductionRow.status == planned
        ),
        select(IntroductionRow.person_b_id, literal(1)).where(
            IntroductionRow.person_b_id.in_(ids), IntroductionRow.status == planned
        ),
    )
    found: tuple[set[int], set[int]] = (set(), set())
    for customer_id, kind in session.execute(statement):
        if customer_id is not None:
            found[kind].add(customer_id)
    return found


def remove_for_introduction(session: Session, introduction_id: int, *, due_on: date) -> None:
    """An introduction's open follow-up for that day (when its outcome is taken back)."""
    session.execute(
        delete(ReminderRow).where(
            ReminderRow.introduction_id == introduction_id,
            ReminderRow.due_on == due_on,
            ReminderRow.done_at.is_(None),
        )
    )


def get_day_note(session: Session, day: date) -> DayNote | None:
    row = session.get(DayNoteRow, day)
    return DayNote(row.day, row.body, row.updated_at) if row else None


def set_day_note(session: Session, day: date, body: str, now: datetime) -> None:
    row = session.get(DayNoteRow, day)
    if row is None:
        session.add(DayNoteRow(day=day, body=body, updated_at=now))
    else:
        row.body = body
        row.updated_at = now
