"""Everything stored about one customer, as plain rows: for undoing a complete delete.

Deleting a customer cascades through notes, visits, circle memberships, event
attendance and reminders, anonymises the introductions others keep (see
repositories/erasure.py), and nulls the reference where they were a circle's
contact. A snapshot taken just before
holds all of that, so putting it back restores the card exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, insert, or_, select, update
from sqlalchemy.orm import Session

from kauntaa.storage.repositories import erasure, search
from kauntaa.storage.schema import (
    CircleMemberRow,
    CircleRow,
    CustomerRow,
    CustomerTagRow,
    EventAttendeeRow,
    IntroductionRow,
    NoteRow,
    ReminderRow,
    SearchTermRow,
    VisitRow,
)

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class CustomerSnapshot:
    customer_id: int
    rows: dict[str, list[Row]]  # table name → rows, in insertion order
    introduced: list[int] = field(default_factory=list)  # introductions they made
    contact_of: list[int] = field(default_factory=list)  # circles they were contact of


def _table(row_type: type[Any]) -> Table:
    table = row_type.__table__
    assert isinstance(table, Table)
    return table


# Parents before children, so foreign keys hold while inserting.
_OWNED: tuple[type[Any], ...] = (
    CustomerRow,
    CustomerTagRow,
    SearchTermRow,
    NoteRow,
    VisitRow,
    IntroductionRow,
    CircleMemberRow,
    EventAttendeeRow,
    ReminderRow,
)


def _introductions_of(customer_id: int) -> Any:
    """Introductions they were in or made: a deletion removes or anonymises all of them."""
    return or_(
        IntroductionRow.person_a_id == customer_id,
        IntroductionRow.person_b_id == customer_id,
        IntroductionRow.introducer_id == customer_id,
    )


def _owned_condition(row_type: type[Any], customer_id: int) -> Any:
    if row_type is CustomerRow:
        return CustomerRow.id == customer_id
    if row_type is IntroductionRow:
        return _introductions_of(customer_id)
    if row_type is ReminderRow:
        mine = select(IntroductionRow.id).where(_introductions_of(customer_id))
        return or_(ReminderRow.customer_id == customer_id, ReminderRow.introduction_id.in_(mine))
    return row_type.customer_id == customer_id


def take(session: Session, customer_id: int) -> CustomerSnapshot:
    rows: dict[str, list[Row]] = {}
    for row_type in _OWNED:
        table = _table(row_type)
        result = session.execute(select(table).where(_owned_condition(row_type, customer_id)))
        rows[table.name] = [dict(r._mapping) for r in result]
    introduced = list(
        session.scalars(
            select(IntroductionRow.id).where(IntroductionRow.introducer_id == customer_id)
        )
    )
    contact_of = list(
        session.scalars(select(CircleRow.id).where(CircleRow.contact_id == customer_id))
    )
    return CustomerSnapshot(customer_id, rows, introduced, contact_of)


def restore(session: Session, snapshot: CustomerSnapshot) -> None:
    """Insert the rows back; the other people's rows they point at must still exist.

    Introductions and follow-ups kept anonymised by the deletion are replaced by
    their originals.
    """
    erasure.restore_introductions(
        session, [int(r["id"]) for r in snapshot.rows.get("introduction", [])]
    )
    erasure.restore_reminders(session, [int(r["id"]) for r in snapshot.rows.get("reminder", [])])
    for row_type in _OWNED:
        table = _table(row_type)
        batch = snapshot.rows.get(table.name, [])
        if batch:
            session.execute(insert(table), batch)
    if snapshot.introduced:
        session.execute(
            update(IntroductionRow)
            .where(IntroductionRow.id.in_(snapshot.introduced))
            .values(introducer_id=snapshot.customer_id)
        )
    if snapshot.contact_of:
        session.execute(
            update(CircleRow)
            .where(CircleRow.id.in_(snapshot.contact_of))
            .values(contact_id=snapshot.customer_id)
        )
    for note in snapshot.rows.get("note", []):
        search.index_note(session, int(note["id"]), str(note["body"]))
