"""Visit rows, and the per-customer figures derived from them (count, last visit, rhythm)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TypedDict

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kauntaa.domain.activity import Visit, VisitSource
from kauntaa.domain.rhythm import Rhythm, rhythm_of
from kauntaa.storage.schema import CustomerRow, VisitRow


def to_visit(row: VisitRow) -> Visit:
    return Visit(
        id=row.id,
        customer_id=row.customer_id,
        at=row.at,
        order=row.order_text,
        source=VisitSource(row.source),
    )


def add(
    session: Session, customer_id: int, at: datetime, order: str, source: VisitSource
) -> VisitRow:
    row = VisitRow(customer_id=customer_id, at=at, order_text=order, source=source.value)
    session.add(row)
    session.flush()
    refresh_figures(session, customer_id)
    return row


def get(session: Session, visit_id: int) -> VisitRow | None:
    return session.get(VisitRow, visit_id)


def remove(session: Session, row: VisitRow) -> None:
    customer_id = row.customer_id
    session.execute(delete(VisitRow).where(VisitRow.id == row.id))
    refresh_figures(session, customer_id)


def refresh_figures(session: Session, customer_id: int) -> None:
    """Recompute the cached figures of one customer from their visits."""
    times = times_for(session, customer_id)
    customer = session.get(CustomerRow, customer_id)
    if customer is None:
        return
    apply_figures(customer, times)


class Figures(TypedDict):
    """A customer's cached figures, keyed by ``CustomerRow`` column name."""

    visit_count: int
    last_visit_at: datetime | None
    first_seen: date
    rhythm_days: float | None
    usual_weekday: int | None
    overdue_from: date | None
    last_visit_day: int | None


def figures(times: Sequence[datetime], first_seen: date) -> Figures:
    """Count, last visit and rhythm from a sorted list of visit times.

    ``first_seen`` moves back to the first visit when that came earlier.
    Pure, so a bulk load can compute the values it inserts the same way.
    """
    rhythm = rhythm_of(times)
    return Figures(
        visit_count=len(times),
        last_visit_at=times[-1] if times else None,
        first_seen=min(first_seen, times[0].date()) if times else first_seen,
        rhythm_days=rhythm.typical_gap_days if rhythm else None,
        usual_weekday=rhythm.usual_weekday if rhythm else None,
        overdue_from=(
            rhythm.last_visit + timedelta(days=int(rhythm.allowance_days()) + 1) if rhythm else None
        ),
        last_visit_day=times[-1].date().toordinal() if times else None,
    )


def apply_figures(customer: CustomerRow, times: list[datetime]) -> None:
    """Set count, last visit and rhythm from a sorted list of visit times."""
    for column, value in figures(times, customer.first_seen).items():
        setattr(customer, column, value)


def recent(session: Session, customer_id: int, *, limit: int) -> list[Visit]:
    rows = session.scalars(
        select(VisitRow)
        .where(VisitRow.customer_id == customer_id)
        .order_by(VisitRow.at.desc())
        .limit(limit)
    )
    return [to_visit(r) for r in rows]


def times_for(session: Session, customer_id: int) -> list[datetime]:
    return list(
        session.scalars(
            select(VisitRow.at).where(VisitRow.customer_id == customer_id).order_by(VisitRow.at)
        )
    )


def cached_rhythm(customer: CustomerRow) -> Rhythm | None:
    """The rhythm as ``figures`` stored it, without reading the visits again.

    ``visit_days`` is not cached, so it is None here.
    """
    if customer.rhythm_days is None or customer.last_visit_at is None:
        return None
    return Rhythm(
        typical_gap_days=customer.rhythm_days,
        usual_weekday=customer.usual_weekday,
        visit_days=None,
        last_visit=customer.last_visit_at.date(),
    )


def between(session: Session, start: datetime, end: datetime) -> list[VisitRow]:
    """Visits in [start, end), in order of arrival."""
    return list(
        session.scalars(
            select(VisitRow).where(VisitRow.at >= start, VisitRow.at < end).order_by(VisitRow.at)
        )
    )
