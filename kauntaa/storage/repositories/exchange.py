"""Rows for import and export: many cards at once, and whole tables read in one pass.

An import of thousands of rows writes through Core ``insert`` in batches, with
ids chosen up front (as the demo load does), so notes can be put into the
trigram index without reading anything back. Merges into existing cards go
through the same functions a single edit uses.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String, func, select, type_coerce
from sqlalchemy.orm import Session

from kauntaa.domain.activity import VisitSource
from kauntaa.domain.customers import CustomerFields
from kauntaa.domain.exchange import KnownPerson, email_key, merge_fields, phone_key, valid_uid
from kauntaa.domain.search import NAME_TIER, MatchKind, customer_terms
from kauntaa.storage.repositories import bulk, customers, notes, visits
from kauntaa.storage.schema import (
    CustomerRow,
    CustomerTagRow,
    IntroductionRow,
    NoteRow,
    VisitRow,
    new_uid,
)

#: What an imported card's ``source`` column says.
IMPORT_SOURCE = "imported"


@dataclass(frozen=True, slots=True)
class NewCard:
    """A card to write: cleaned fields, a note (maybe empty) and its imported visit times."""

    fields: CustomerFields
    note: str
    visit_times: Sequence[datetime]
    #: The card's own UID, kept when it is a UUID no one in the shop has; else a new one.
    uid: str = ""
    #: When each consent was given, as the file says; None stamps an agreement with now.
    newsletter_consent_at: datetime | None = None
    contact_consent_at: datetime | None = None
    introduction_consent_at: datetime | None = None


#: Keys per ``IN (...)`` list, well under SQLite's limit on bound values.
_CHUNK = 500


def known_people(
    session: Session,
    *,
    names: Collection[str] | None = None,
    phones: Collection[str] | None = None,
    emails: Collection[str] | None = None,
    uids: Collection[str] | None = None,
) -> list[KnownPerson]:
    """Stored customers' name, reading, phone and email, by id, for duplicate detection.

    Without keys, everyone. With the folded names (``name_key``), phone keys and
    email keys of a file, only the customers who share one of them: nobody else
    can be a duplicate, and a 100,000-customer shop need not be read whole.
    Names are looked up in the search index (the whole-name term is the folded
    name); phones and emails are folded here, as duplicate detection folds them.
    """
    connection = session.connection()
    # The folded name comes from the search index (the whole-name term), already computed.
    # Plain SQL read with fetchall: a big shop's rows are many, and each costs little this way.
    people = (
        "SELECT c.id, c.name, c.reading, c.phone, c.email, t.term, c.uid FROM customer AS c"
        " LEFT JOIN search_term AS t ON t.customer_id = c.id AND t.kind = ? AND t.whole = 1"
    )
    if names is None and phones is None and emails is None and uids is None:
        everyone = connection.exec_driver_sql(f"{people} ORDER BY c.id", (MatchKind.NAME.value,))
        return [KnownPerson(*row) for row in everyone.fetchall()]
    # By name: the index lookup gives the person's row and the folded name in one go.
    by_id: dict[int, KnownPerson] = {}
    wanted = sorted(set(names or ()))
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        named = connection.exec_driver_sql(
            "SELECT c.id, c.name, c.reading, c.phone, c.email, t.term, c.uid FROM search_term AS t"
            " JOIN customer AS c ON c.id = t.customer_id WHERE t.tier = ? AND t.term IN "
            f"({', '.join('?' * len(chunk))}) AND t.kind = ? AND t.whole = 1",
            (NAME_TIER, *chunk, MatchKind.NAME.value),
        )
        for row in named.fetchall():
            by_id[row[0]] = KnownPerson(*row)
    # By UID: the unique index finds them.
    found: list[int] = []
    wanted = sorted(set(uids or ()))
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        same = connection.exec_driver_sql(
            f"SELECT id FROM customer WHERE uid IN ({', '.join('?' * len(chunk))})", tuple(chunk)
        )
        found += [customer_id for (customer_id,) in same.fetchall() if customer_id not in by_id]
    # By phone or email: folded here, as duplicate detection folds them.
    phone_keys, email_keys = set(phones or ()), set(emails or ())
    if phone_keys or email_keys:
        contacts = connection.exec_driver_sql(
            "SELECT id, phone, email FROM customer WHERE phone != '' OR email != ''"
        )
        found += [
            customer_id
            for customer_id, phone, email in contacts.fetchall()
            if customer_id not in by_id
            and customer_id not in found
            and (
                (phone and phone_key(phone) in phone_keys)
                or (email and email_key(email) in email_keys)
            )
        ]
    for start in range(0, len(found), _CHUNK):
        some = found[start : start + _CHUNK]
        contacted = connection.exec_driver_sql(
            f"{people} WHERE c.id IN ({', '.join('?' * len(some))})",
            (MatchKind.NAME.value, *some),
        )
        for row in contacted.fetchall():
            by_id[row[0]] = KnownPerson(*row)
    return [by_id[customer_id] for customer_id in sorted(by_id)]


def _lookup_order(row: tuple[int, int, str, str, int]) -> tuple[int, str, str]:
    """(tier, term, kind) of a ``(customer_id, tier, kind, term, whole)`` row."""
    return row[1], row[3], row[2]


def _visit_time(row: tuple[int, str, str, str]) -> str:
    return row[1]


def _next_id(session: Session, column: object) -> int:
    return int(session.scalar(select(func.coalesce(func.max(column), 0))) or 0) + 1


def add_many(session: Session, cards: Sequence[NewCard], *, now: datetime) -> list[int]:
    """Write new cards with their notes, visits and search terms; returns their ids in order."""
    customer_id = _next_id(session, CustomerRow.id)
    note_id = _next_id(session, NoteRow.id)
    customer_rows: list[dict[str, object]] = []
    tag_rows: list[dict[str, object]] = []
    visit_rows: list[tuple[int, str, str, str]] = []
    note_rows: list[dict[str, object]] = []
    terms = []
    ids: list[int] = []
    today = now.date()
    imported = VisitSource.IMPORTED.value
    offered = [u for c in cards if (u := valid_uid(c.uid))]
    taken: set[str] = set()
    for start in range(0, len(offered), _CHUNK):
        chunk = offered[start : start + _CHUNK]
        taken.update(
            session.scalars(select(CustomerRow.uid).where(CustomerRow.uid.in_(chunk))).all()
        )
    for card in cards:
        f = card.fields
        uid = valid_uid(card.uid)
        if not uid or uid in taken:
            uid = new_uid()
        taken.add(uid)
        times = sorted(card.visit_times)
        row: dict[str, object] = {
            "id": customer_id,
            "uid": uid,
            "name": f.name,
            "reading": f.reading,
            "call_name": f.call_name,
            "usual_order": f.usual_order,
            "occupation": f.occupation,
            "offers": f.offers,
            "looking_for": f.looking_for,
            "phone": f.phone,
            "email": f.email,
            "address": f.address,
            "birthday": f.birthday,
            "newsletter_consent": f.newsletter_consent,
            "newsletter_consent_at": _dated(f.newsletter_consent, card.newsletter_consent_at, now),
            "contact_consent": f.contact_consent,
            "contact_consent_at": _dated(f.contact_consent, card.contact_consent_at, now),
            "introduction_consent": f.introduction_consent and not f.do_not_introduce,
            "introduction_consent_at": _dated(
                f.introduction_consent or f.do_not_introduce, card.introduction_consent_at, now
            ),
            "do_not_introduce": f.do_not_introduce,
            "archived_at": None,
            "source": IMPORT_SOURCE,
            "created_at": now,
            "updated_at": now,
        }
        row.update(visits.figures(times, today))
        customer_rows.append(row)
        tag_rows += [
            {"customer_id": customer_id, "tag": tag, "position": i} for i, tag in enumerate(f.tags)
        ]
        terms.append(
            (
                customer_id,
                customer_terms(
                    name=f.name,
                    reading=f.reading,
                    call_name=f.call_name,
                    tags=f.tags,
                    occupation=f.occupation,
                    offers=f.offers,
                    looking_for=f.looking_for,
                ),
            )
        )
        visit_rows += [
            (customer_id, at.isoformat(" ", "microseconds"), "", imported) for at in times
        ]
        if card.note:
            note_rows.append(
                {
                    "id": note_id,
                    "customer_id": customer_id,
                    "body": card.note,
                    "pinned": False,
                    "private": False,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            note_id += 1
        ids.append(customer_id)
        customer_id += 1
    bulk.insert_rows(session, CustomerRow, customer_rows)
    bulk.insert_rows(session, CustomerTagRow, tag_rows)
    # Terms and visits are the many rows: plain parameter tuples, no per-value processing;
    # times are written as SQLAlchemy stores DateTime in SQLite, so reads and indexes see one format.
    connection = session.connection()
    connection.exec_driver_sql(
        "INSERT INTO search_term (customer_id, tier, kind, term, whole) VALUES (?, ?, ?, ?, ?)",
        # In the look-up index's order: each index page is visited once, not once per row.
        sorted(
            (
                (cid, t.tier, t.kind.value, t.term, int(t.whole))
                for cid, card_terms in terms
                for t in card_terms
            ),
            key=_lookup_order,
        ),
    )
    if visit_rows:
        connection.exec_driver_sql(
            "INSERT INTO visit (customer_id, at, order_text, source) VALUES (?, ?, ?, ?)",
            # By time, the day index's order; new ids sit at the end of the per-customer one.
            sorted(visit_rows, key=_visit_time),
        )
    bulk.insert_rows(session, NoteRow, note_rows)
    bulk.index_notes(session, ((int(str(n["id"])), str(n["body"])) for n in note_rows))
    return ids


def _dated(answered: bool, at: datetime | None, now: datetime) -> datetime | None:
    """The date an imported answer is kept with: the file's own, or now for a bare "yes"."""
    return at if at is not None else (now if answered else None)


def merge_into(session: Session, customer_id: int, card: NewCard, *, now: datetime) -> int | None:
    """Fill the empty fields of a stored card, add the note and the visits it lacks.

    Returns the visits added, or None when the customer is gone.
    """
    row = customers.get(session, customer_id)
    if row is None:
        return None
    merged = merge_fields(customers.to_customer(row).fields(), card.fields)
    customers.update_fields(session, row, merged, now)
    # The same file imported twice adds nothing twice: not the note, not the visits.
    same_note = session.scalar(
        select(NoteRow.id).where(NoteRow.customer_id == customer_id, NoteRow.body == card.note)
    )
    if card.note and same_note is None:
        notes.add(session, customer_id, card.note, pinned=False, private=False, now=now)
    known = set(visits.times_for(session, customer_id))
    new_times = [at for at in card.visit_times if at not in known]
    if new_times:
        bulk.insert_rows(
            session,
            VisitRow,
            [
                {
                    "customer_id": customer_id,
                    "at": at,
                    "order_text": "",
                    "source": VisitSource.IMPORTED.value,
                }
                for at in new_times
            ],
        )
        visits.refresh_figures(session, customer_id)
    return len(new_times)


# -- export ----------------------------------------------------------------------


def _text(column: Any) -> Any:
    """A date or time column as SQLite stores it ('2026-11-20 12:00:00.000000'): no parsing."""
    return type_coerce(column, String)


def _flag(column: Any) -> Any:
    return type_coerce(column, Integer)


#: Export columns, read as stored: dates and times as text, flags as 0/1.
CUSTOMER_COLUMNS = (
    CustomerRow.id,
    CustomerRow.name,
    CustomerRow.reading,
    CustomerRow.call_name,
    CustomerRow.usual_order,
    CustomerRow.occupation,
    CustomerRow.offers,
    CustomerRow.looking_for,
    CustomerRow.phone,
    CustomerRow.email,
    CustomerRow.address,
    _text(CustomerRow.birthday),
    _flag(CustomerRow.newsletter_consent),
    _text(CustomerRow.first_seen),
    _text(CustomerRow.last_visit_at),
    CustomerRow.visit_count,
    _text(CustomerRow.archived_at),
)


def _tags(session: Session, ids: Sequence[int] | None) -> dict[int, list[str]]:
    statement = select(CustomerTagRow.customer_id, CustomerTagRow.tag).order_by(
        CustomerTagRow.customer_id, CustomerTagRow.position
    )
    if ids is not None:
        statement = statement.where(CustomerTagRow.customer_id.in_(ids))
    tags: dict[int, list[str]] = {}
    for customer_id, tag in session.connection().execute(statement):
        tags.setdefault(customer_id, []).append(tag)
    return tags


def customer_table(session: Session, ids: Sequence[int] | None = None) -> Iterator[tuple[Any, ...]]:
    """Customers as plain tuples (the columns of ``CUSTOMER_COLUMNS`` then the tags), by id."""
    tags = _tags(session, ids)
    statement = select(*CUSTOMER_COLUMNS).order_by(CustomerRow.id)
    if ids is not None:
        statement = statement.where(CustomerRow.id.in_(ids))
    for row in session.connection().execute(statement):
        yield (*row, tags.get(row[0], []))


def visit_table(session: Session, ids: Sequence[int] | None = None) -> Iterator[tuple[Any, ...]]:
    """(customer id, time as stored, order, source), by customer and time."""
    statement = select(
        VisitRow.customer_id, _text(VisitRow.at), VisitRow.order_text, VisitRow.source
    ).order_by(VisitRow.customer_id, VisitRow.at)
    if ids is not None:
        statement = statement.where(VisitRow.customer_id.in_(ids))
    yield from (tuple(row) for row in session.connection().execute(statement))


def note_table(session: Session, ids: Sequence[int] | None = None) -> Iterator[tuple[Any, ...]]:
    """(customer id, written at as stored, pinned 0/1, private 0/1, body)."""
    statement = select(
        NoteRow.customer_id,
        _text(NoteRow.created_at),
        _flag(NoteRow.pinned),
        _flag(NoteRow.private),
        NoteRow.body,
    ).order_by(NoteRow.customer_id, NoteRow.created_at)
    if ids is not None:
        statement = statement.where(NoteRow.customer_id.in_(ids))
    yield from (tuple(row) for row in session.connection().execute(statement))


def introduction_table(
    session: Session, ids: Sequence[int] | None = None
) -> Iterator[tuple[Any, ...]]:
    statement = select(
        IntroductionRow.person_a_id,
        IntroductionRow.person_b_id,
        IntroductionRow.introducer_id,
        _text(IntroductionRow.introduced_on),
        IntroductionRow.status,
        IntroductionRow.context,
        IntroductionRow.outcome_kind,
        IntroductionRow.outcome_text,
    ).order_by(IntroductionRow.introduced_on, IntroductionRow.id)
    if ids is not None:
        statement = statement.where(
            IntroductionRow.person_a_id.in_(ids) | IntroductionRow.person_b_id.in_(ids)
        )
    yield from (tuple(row) for row in session.connection().execute(statement))


def names(session: Session) -> dict[int, str]:
    statement = select(CustomerRow.id, CustomerRow.name)
    return {row.id: row.name for row in session.connection().execute(statement)}
