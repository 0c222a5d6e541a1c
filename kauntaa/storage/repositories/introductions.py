"""Introduction rows. A pair is stored once, smaller id first."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row, or_, select
from sqlalchemy.orm import Session

from kauntaa.domain.customers import CustomerRef
from kauntaa.domain.erasure import REMOVED_PERSON
from kauntaa.domain.introductions import Introduction, IntroductionStatus, OutcomeKind
from kauntaa.storage.repositories import customers
from kauntaa.storage.schema import IntroductionRow


def ordered(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def find_pair(session: Session, a: int, b: int) -> IntroductionRow | None:
    low, high = ordered(a, b)
    return session.scalar(
        select(IntroductionRow).where(
            IntroductionRow.person_a_id == low, IntroductionRow.person_b_id == high
        )
    )


def get(session: Session, introduction_id: int) -> IntroductionRow | None:
    return session.get(IntroductionRow, introduction_id)


def add(
    session: Session,
    a: int,
    b: int,
    *,
    introducer_id: int | None,
    on: date,
    context: str,
    status: IntroductionStatus,
    now: datetime,
) -> IntroductionRow:
    low, high = ordered(a, b)
    row = IntroductionRow(
        person_a_id=low,
        person_b_id=high,
        introducer_id=introducer_id,
        introduced_on=on,
        context=context,
        status=status.value,
        outcome_kind=OutcomeKind.NONE_YET.value,
        outcome_text="",
        created_at=now,
    )
    session.add(row)
    session.flush()
    return row


def _introducer(r: IntroductionRow | Row[Any], names: dict[int, CustomerRef]) -> CustomerRef | None:
    if r.introducer_id is not None:
        return names.get(r.introducer_id)
    return REMOVED_PERSON if r.introducer_removed else None


#: Every column ``to_domain`` reads: lists that only show introductions select these
#: as plain rows, which cost half as much as loading ORM entities.
FIELDS = tuple(IntroductionRow.__table__.c)


def to_domain(session: Session, rows: Sequence[IntroductionRow | Row[Any]]) -> list[Introduction]:
    """A side erased on request (NULL) is REMOVED_PERSON, who is named nowhere."""
    ids = {r.person_a_id for r in rows} | {r.person_b_id for r in rows}
    ids |= {r.introducer_id for r in rows if r.introducer_id is not None}
    names = customers.refs(session, {i for i in ids if i is not None})
    return [
        Introduction(
            id=r.id,
            person_a=names.get(r.person_a_id, REMOVED_PERSON),
            person_b=names.get(r.person_b_id, REMOVED_PERSON),
            introducer=_introducer(r, names),
            on=r.introduced_on,
            context=r.context,
            status=IntroductionStatus(r.status),
            outcome_kind=OutcomeKind(r.outcome_kind),
            outcome_text=r.outcome_text,
            outcome_on=r.outcome_on,
            follow_up_on=r.follow_up_on,
            created_at=r.created_at,
        )
        for r in rows
    ]


def for_customer(session: Session, customer_id: int) -> list[IntroductionRow]:
    """Both directions, planned ones first, then newest first."""
    return list(
        session.scalars(
            select(IntroductionRow)
            .where(
                or_(
                    IntroductionRow.person_a_id == customer_id,
                    IntroductionRow.person_b_id == customer_id,
                )
            )
            .order_by(
                (IntroductionRow.status == IntroductionStatus.PLANNED.value).desc(),
                IntroductionRow.introduced_on.desc(),
            )
        )
    )


def done_on(session: Session, day: date) -> Sequence[Row[Any]]:
    return (
        session.execute(
            select(*FIELDS)
            .where(
                IntroductionRow.introduced_on == day,
                IntroductionRow.status == IntroductionStatus.DONE.value,
            )
            .order_by(IntroductionRow.created_at)
        )
    ).all()
