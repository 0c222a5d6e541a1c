"""Customer rows: create, edit, archive, delete, look up; and their search terms."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, undefer

from kauntaa.domain import consent
from kauntaa.domain.customers import Customer, CustomerFields, CustomerRef
from kauntaa.domain.search import customer_terms
from kauntaa.domain.text import fold
from kauntaa.storage.repositories import search
from kauntaa.storage.schema import CustomerRow, CustomerTagRow, NoteRow, SearchTermRow

_PLAIN_FIELDS = (
    "name",
    "reading",
    "call_name",
    "usual_order",
    "occupation",
    "offers",
    "looking_for",
    "phone",
    "email",
    "address",
    "birthday",
    "newsletter_consent",
    "do_not_introduce",
    "contact_consent",
    "introduction_consent",
)


def to_customer(row: CustomerRow, *, has_photo: bool | None = None) -> Customer:
    return Customer(
        id=row.id,
        name=row.name,
        reading=row.reading,
        call_name=row.call_name,
        usual_order=row.usual_order,
        occupation=row.occupation,
        offers=row.offers,
        looking_for=row.looking_for,
        tags=tuple(t.tag for t in row.tags),
        phone=row.phone,
        email=row.email,
        address=row.address,
        birthday=row.birthday,
        newsletter_consent=row.newsletter_consent,
        newsletter_consent_at=row.newsletter_consent_at,
        do_not_introduce=row.do_not_introduce,
        has_photo=bool(has_photo),
        first_seen=row.first_seen,
        archived_at=row.archived_at,
        visit_count=row.visit_count,
        last_visit_at=row.last_visit_at,
        rhythm_days=row.rhythm_days,
        created_at=row.created_at,
        updated_at=row.updated_at,
        contact_consent=row.contact_consent,
        contact_consent_at=row.contact_consent_at,
        introduction_consent=row.introduction_consent,
        introduction_consent_at=row.introduction_consent_at,
        uid=row.uid,
    )


def to_ref(row: CustomerRow) -> CustomerRef:
    return CustomerRef(id=row.id, name=row.name, reading=row.reading, call_name=row.call_name)


def get(session: Session, customer_id: int) -> CustomerRow | None:
    return session.get(CustomerRow, customer_id)


def has_photo(session: Session, customer_id: int) -> bool:
    found = session.scalar(
        select(func.count())
        .select_from(CustomerRow)
        .where(CustomerRow.id == customer_id, CustomerRow.photo.is_not(None))
    )
    return bool(found)


def photo(session: Session, customer_id: int) -> bytes | None:
    row = session.scalar(
        select(CustomerRow).options(undefer(CustomerRow.photo)).where(CustomerRow.id == customer_id)
    )
    return row.photo if row else None


def refs(session: Session, ids: Iterable[int]) -> dict[int, CustomerRef]:
    wanted = set(ids)
    if not wanted:
        return {}
    rows = session.execute(
        select(CustomerRow.id, CustomerRow.name, CustomerRow.reading, CustomerRow.call_name).where(
            CustomerRow.id.in_(wanted)
        )
    ).all()
    make = CustomerRef._make  # by position: attribute access per row costs more than the query
    return {r[0]: make(r) for r in rows}


def same_name(
    session: Session, name: str, reading: str, *, exclude: int | None = None
) -> list[CustomerRef]:
    """Customers whose name folds to the same key, with the same or no reading."""
    key = fold(name)
    candidates = session.scalars(
        select(CustomerRow).where(
            CustomerRow.id.in_(
                select(SearchTermRow.customer_id).where(
                    SearchTermRow.kind == "name",
                    SearchTermRow.term == key,
                    SearchTermRow.whole.is_(True),
                )
            )
        )
    ).all()
    reading_key = fold(reading)
    return [
        to_ref(c)
        for c in candidates
        if c.id != exclude and (not reading_key or not c.reading or fold(c.reading) == reading_key)
    ]


def _apply(row: CustomerRow, fields: CustomerFields, now: datetime) -> None:
    fields = consent.reconcile(fields)
    # A new row's flags are still None here: every answer on its form is then dated now.
    before = CustomerFields(
        name=row.name or "",
        newsletter_consent=bool(row.newsletter_consent),
        do_not_introduce=bool(row.do_not_introduce),
        contact_consent=bool(row.contact_consent),
        introduction_consent=bool(row.introduction_consent),
    )
    dates = consent.updated_dates(
        before,
        consent.ConsentDates(
            row.newsletter_consent_at, row.contact_consent_at, row.introduction_consent_at
        ),
        fields,
        now,
    )
    for name in _PLAIN_FIELDS:
        setattr(row, name, getattr(fields, name))
    row.newsletter_consent_at = dates.newsletter
    row.contact_consent_at = dates.contact
    row.introduction_consent_at = dates.introduction
    row.tags = [CustomerTagRow(tag=t, position=i) for i, t in enumerate(fields.tags)]
    if fields.photo is not None:
        row.photo = fields.photo
    row.updated_at = now


def add(
    session: Session,
    fields: CustomerFields,
    *,
    first_seen: date,
    now: datetime,
    source: str = "counter",
) -> CustomerRow:
    row = CustomerRow(first_seen=first_seen, created_at=now, source=source, visit_count=0)
    _apply(row, fields, now)
    session.add(row)
    session.flush()
    reindex(session, row)
    return row


def update_fields(
    session: Session, row: CustomerRow, fields: CustomerFields, now: datetime
) -> None:
    _apply(row, fields, now)
    session.flush()
    reindex(session, row)


def clear_photo(session: Session, row: CustomerRow) -> None:
    session.execute(update(CustomerRow).where(CustomerRow.id == row.id).values(photo=None))


def reindex(session: Session, row: CustomerRow) -> None:
    search.replace_terms(
        session,
        row.id,
        customer_terms(
            name=row.name,
            reading=row.reading,
            call_name=row.call_name,
            tags=tuple(t.tag for t in row.tags),
            occupation=row.occupation,
            offers=row.offers,
            looking_for=row.looking_for,
        ),
    )


def set_archived(row: CustomerRow, at: datetime | None) -> None:
    row.archived_at = at


def delete_completely(session: Session, customer_id: int) -> None:
    """Remove a customer and everything that names them (cascades), including the note index."""
    note_ids = session.scalars(select(NoteRow.id).where(NoteRow.customer_id == customer_id)).all()
    search.unindex_notes(session, note_ids)
    session.execute(delete(CustomerRow).where(CustomerRow.id == customer_id))


def count(session: Session, *, include_archived: bool = True) -> int:
    statement = select(func.count()).select_from(CustomerRow)
    if not include_archived:
        statement = statement.where(CustomerRow.archived_at.is_(None))
    return int(session.scalar(statement) or 0)
