"""What the connection map reads: every introduction, the people in them, their circles."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kauntaa.domain.connections import Link, Person
from kauntaa.domain.erasure import REMOVED_PERSON
from kauntaa.domain.introductions import IntroductionStatus, OutcomeKind
from kauntaa.storage.repositories import circles
from kauntaa.storage.schema import CustomerRow, IntroductionRow


def links(session: Session) -> list[Link]:
    """Introductions that were made or are planned (dropped ones are not on the map)."""
    rows = session.execute(
        select(
            IntroductionRow.id,
            IntroductionRow.person_a_id,
            IntroductionRow.person_b_id,
            IntroductionRow.introducer_id,
            IntroductionRow.introduced_on,
            IntroductionRow.status,
            IntroductionRow.context,
            IntroductionRow.outcome_kind,
            IntroductionRow.introducer_removed,
        ).where(IntroductionRow.status != IntroductionStatus.DROPPED.value)
    ).all()
    introducers = {r.introducer_id for r in rows if r.introducer_id is not None}
    names: dict[int, str] = {
        r.id: r.name
        for r in session.execute(
            select(CustomerRow.id, CustomerRow.name).where(CustomerRow.id.in_(introducers))
        )
    }
    return [
        Link(
            id=r.id,
            a=r.person_a_id,
            b=r.person_b_id,
            introducer_id=r.introducer_id,
            introducer_name=(
                names.get(r.introducer_id, "")
                if r.introducer_id
                else (REMOVED_PERSON.name if r.introducer_removed else "")
            ),
            on=r.introduced_on,
            status=IntroductionStatus(r.status),
            context=r.context,
            outcome=OutcomeKind(r.outcome_kind),
            introducer_removed=r.introducer_removed,
        )
        for r in rows
    ]


def people(session: Session, ids: set[int]) -> list[Person]:
    """The people with these ids who are not archived, with the circles they belong to."""
    if not ids:
        return []
    member_of: dict[int, list[int]] = {}
    for customer_id, circle_id, _name in circles.all_memberships(session):
        member_of.setdefault(customer_id, []).append(circle_id)
    rows = session.execute(
        select(CustomerRow.id, CustomerRow.name, CustomerRow.reading).where(
            CustomerRow.id.in_(ids), CustomerRow.archived_at.is_(None)
        )
    ).all()
    return [Person(r.id, r.name, r.reading, tuple(member_of.get(r.id, ()))) for r in rows]


def circle_names(session: Session) -> list[tuple[int, str]]:
    """Circles that are not archived, by name: the legend's order and so its colours."""
    return [(r.id, r.name) for r in circles.all_circles(session)]
