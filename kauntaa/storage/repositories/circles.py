"""Circles, their members, and the events (workshops) they host at the shop."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kauntaa.domain.card import CircleMembership
from kauntaa.domain.circles import AttendedEvent, Circle, CircleMember, Event
from kauntaa.storage.repositories import customers
from kauntaa.storage.schema import (
    CircleMemberRow,
    CircleRow,
    EventAttendeeRow,
    EventRow,
)


def get(session: Session, circle_id: int) -> CircleRow | None:
    return session.get(CircleRow, circle_id)


def by_name(session: Session, name: str) -> CircleRow | None:
    return session.scalar(select(CircleRow).where(CircleRow.name == name))


def add(
    session: Session, name: str, description: str, contact_id: int | None, now: datetime
) -> CircleRow:
    row = CircleRow(name=name, description=description, contact_id=contact_id, created_at=now)
    session.add(row)
    session.flush()
    return row


def set_member(
    session: Session, circle_id: int, customer_id: int, role: str, joined_on: date | None
) -> None:
    row = session.get(CircleMemberRow, (circle_id, customer_id))
    if row is None:
        session.add(
            CircleMemberRow(
                circle_id=circle_id, customer_id=customer_id, role=role, joined_on=joined_on
            )
        )
    else:
        row.role = role
    session.flush()


def is_member(session: Session, circle_id: int, customer_id: int) -> bool:
    return session.get(CircleMemberRow, (circle_id, customer_id)) is not None


def remove_member(session: Session, circle_id: int, customer_id: int) -> None:
    session.execute(
        delete(CircleMemberRow).where(
            CircleMemberRow.circle_id == circle_id, CircleMemberRow.customer_id == customer_id
        )
    )


def to_domain(session: Session, rows: Sequence[CircleRow]) -> list[Circle]:
    circle_ids = [r.id for r in rows]
    members = session.scalars(
        select(CircleMemberRow).where(CircleMemberRow.circle_id.in_(circle_ids))
    ).all()
    names = customers.refs(
        session, {m.customer_id for m in members} | {r.contact_id for r in rows if r.contact_id}
    )
    by_circle: dict[int, list[CircleMember]] = {}
    for m in members:
        by_circle.setdefault(m.circle_id, []).append(CircleMember(names[m.customer_id], m.role))
    return [
        Circle(
            id=r.id,
            name=r.name,
            description=r.description,
            contact=names.get(r.contact_id) if r.contact_id else None,
            members=tuple(sorted(by_circle.get(r.id, []), key=lambda m: m.customer.reading)),
            archived_at=r.archived_at,
            created_at=r.created_at,
        )
        for r in rows
    ]


def all_circles(session: Session, *, include_archived: bool = False) -> list[CircleRow]:
    statement = select(CircleRow).order_by(CircleRow.name)
    if not include_archived:
        statement = statement.where(CircleRow.archived_at.is_(None))
    return list(session.scalars(statement))


def memberships(session: Session, customer_id: int) -> list[CircleMembership]:
    rows = session.execute(
        select(CircleRow.id, CircleRow.name, CircleMemberRow.role, CircleRow.contact_id)
        .join(CircleMemberRow, CircleMemberRow.circle_id == CircleRow.id)
        .where(CircleMemberRow.customer_id == customer_id, CircleRow.archived_at.is_(None))
        .order_by(CircleRow.name)
    ).all()
    return [CircleMembership(r[0], r[1], r[2], r[3] == customer_id) for r in rows]


def add_event(
    session: Session,
    *,
    title: str,
    starts_at: datetime,
    circle_id: int | None,
    description: str,
    announced: bool,
    attendee_ids: Sequence[int],
    now: datetime,
) -> EventRow:
    row = EventRow(
        title=title,
        starts_at=starts_at,
        circle_id=circle_id,
        description=description,
        announced_in_newsletter=announced,
        created_at=now,
    )
    session.add(row)
    session.flush()
    session.add_all(EventAttendeeRow(event_id=row.id, customer_id=c) for c in set(attendee_ids))
    session.flush()
    return row


def events_between(session: Session, start: datetime, end: datetime) -> list[Event]:
    rows = list(
        session.scalars(
            select(EventRow)
            .where(EventRow.starts_at >= start, EventRow.starts_at < end)
            .order_by(EventRow.starts_at)
        )
    )
    return events_to_domain(session, rows)


def events_to_domain(session: Session, rows: Sequence[EventRow]) -> list[Event]:
    attendees = session.execute(
        select(EventAttendeeRow.event_id, EventAttendeeRow.customer_id).where(
            EventAttendeeRow.event_id.in_([r.id for r in rows])
        )
    ).all()
    names = customers.refs(session, {a[1] for a in attendees})
    circle_names: dict[int, str] = {
        row[0]: row[1]
        for row in session.execute(
            select(CircleRow.id, CircleRow.name).where(
                CircleRow.id.in_({r.circle_id for r in rows if r.circle_id})
            )
        )
    }
    by_event: dict[int, list[int]] = {}
    for event_id, customer_id in attendees:
        by_event.setdefault(event_id, []).append(customer_id)
    return [
        Event(
            id=r.id,
            title=r.title,
            starts_at=r.starts_at,
            circle_id=r.circle_id,
            circle_name=circle_names.get(r.circle_id, "") if r.circle_id else "",
            description=r.description,
            announced_in_newsletter=r.announced_in_newsletter,
            attendees=tuple(
                sorted((names[c] for c in by_event.get(r.id, [])), key=lambda n: n.reading)
            ),
        )
        for r in rows
    ]


def by_name_folded(session: Session, name: str) -> list[CircleRow]:
    """Circles whose name contains ``name``, ignoring case (for a name typed on the command line)."""
    pattern = f"%{name.lower()}%"
    return list(
        session.scalars(
            select(CircleRow)
            .where(func.lower(CircleRow.name).like(pattern))
            .order_by(CircleRow.name)
        )
    )


def set_attendance(session: Session, event_id: int, customer_id: int, *, came: bool) -> bool:
    """Record (or take back) that someone came; False when nothing changed."""
    row = session.get(EventAttendeeRow, (event_id, customer_id))
    if came and row is None:
        session.add(EventAttendeeRow(event_id=event_id, customer_id=customer_id))
        session.flush()
        return True
    if not came and row is not None:
        session.delete(row)
        session.flush()
        return True
    return False


def events(
    session: Session, *, circle_id: int | None = None, limit: int | None = None
) -> list[Event]:
    """Events newest first, all of them or those co-hosted by one circle."""
    statement = select(EventRow).order_by(EventRow.starts_at.desc(), EventRow.id.desc())
    if circle_id is not None:
        statement = statement.where(EventRow.circle_id == circle_id)
    if limit is not None:
        statement = statement.limit(limit)
    return events_to_domain(session, list(session.scalars(statement)))


def events_titled(session: Session, title: str) -> list[EventRow]:
    pattern = f"%{title.lower()}%"
    return list(
        session.scalars(
            select(EventRow)
            .where(func.lower(EventRow.title).like(pattern))
            .order_by(EventRow.starts_at.desc())
        )
    )


def events_attended(session: Session, customer_id: int) -> list[AttendedEvent]:
    rows = session.execute(
        select(EventRow.id, EventRow.title, EventRow.starts_at, CircleRow.name)
        .join(EventAttendeeRow, EventAttendeeRow.event_id == EventRow.id)
        .outerjoin(CircleRow, CircleRow.id == EventRow.circle_id)
        .where(EventAttendeeRow.customer_id == customer_id)
        .order_by(EventRow.starts_at.desc())
    ).all()
    return [AttendedEvent(r[0], r[1], r[2], r[3] or "") for r in rows]


def all_memberships(session: Session) -> list[tuple[int, int, str]]:
    """(customer, circle, circle name) for every member of a circle that is not archived."""
    rows = session.execute(
        select(CircleMemberRow.customer_id, CircleRow.id, CircleRow.name)
        .join(CircleRow, CircleRow.id == CircleMemberRow.circle_id)
        .where(CircleRow.archived_at.is_(None))
        .order_by(CircleRow.name)
    ).all()
    return [(r[0], r[1], r[2]) for r in rows]
