"""Customers: add, edit, archive, delete, find, and the full card."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session, sessionmaker

from kauntaa.domain.card import Card
from kauntaa.domain.customers import Customer, CustomerFields, CustomerRef
from kauntaa.domain.search import SearchHit, SearchQuery
from kauntaa.domain.text import guess_reading, is_kana, nfkc
from kauntaa.domain.validation import as_id, clean_customer, clean_query
from kauntaa.errors import (
    AmbiguousCustomerError,
    DuplicateCandidate,
    Message,
    NotFoundError,
    ProbableDuplicateError,
    UserError,
)
from kauntaa.services.clock import Clock, wall_clock
from kauntaa.services.existing import require_customer
from kauntaa.services.privacy import erase_customer
from kauntaa.storage.repositories import (
    circles,
    customers,
    introductions,
    notes,
    reminders,
    search,
    snapshots,
)
from kauntaa.storage.repositories import visits as visit_rows
from kauntaa.storage.repositories.snapshots import CustomerSnapshot as CustomerSnapshot

CARD_NOTES = 200
CARD_VISITS = 20
SEARCH_LIMIT_MAX = 200


def _candidates(refs: list[CustomerRef]) -> list[DuplicateCandidate]:
    return [DuplicateCandidate(r.id, r.name, r.reading) for r in refs]


class CustomerService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock = wall_clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def prepare(self, fields: CustomerFields) -> CustomerFields:
        """Clean a card's input; a kana-only name becomes its own reading."""
        cleaned = clean_customer(fields)
        if not cleaned.reading and is_kana(cleaned.name):
            cleaned = replace(cleaned, reading=nfkc(cleaned.name))
        return cleaned

    def add(self, fields: CustomerFields, *, allow_duplicate: bool = False) -> Customer:
        """A new card. A same name and reading raises ProbableDuplicateError unless allowed."""
        cleaned = self.prepare(fields)
        if not cleaned.reading:
            cleaned = replace(cleaned, reading=guess_reading(cleaned.name))
        now = self._clock()
        with self._sessions.begin() as s:
            if not allow_duplicate:
                same = customers.same_name(s, cleaned.name, cleaned.reading)
                if same:
                    raise ProbableDuplicateError(
                        Message(
                            f"同じ名前のお客さまがいます（{same[0].name}、ID {same[0].id}）。"
                            "同じ人でなければ、そのまま登録できます。",
                            f"A customer with the same name exists ({same[0].name}, id "
                            f"{same[0].id}). If this is someone else, add them anyway.",
                        ),
                        _candidates(same),
                    )
            row = customers.add(s, cleaned, first_seen=now.date(), now=now)
            return customers.to_customer(row, has_photo=cleaned.photo is not None)

    def update(self, customer_id: int, fields: CustomerFields) -> Customer:
        cleaned = self.prepare(fields)
        now = self._clock()
        with self._sessions.begin() as s:
            row = require_customer(s, customer_id)
            customers.update_fields(s, row, cleaned, now)
            return customers.to_customer(row, has_photo=customers.has_photo(s, customer_id))

    def set_photo(self, customer_id: int, photo: bytes | None) -> None:
        with self._sessions.begin() as s:
            row = require_customer(s, customer_id)
            if photo is None:
                customers.clear_photo(s, row)
            else:
                fields = replace(customers.to_customer(row).fields(), photo=photo)
                customers.update_fields(s, row, clean_customer(fields), self._clock())

    def photo(self, customer_id: int) -> bytes | None:
        with self._sessions.begin() as s:
            require_customer(s, customer_id)
            return customers.photo(s, customer_id)

    def archive(self, customer_id: int, *, archived: bool = True) -> Customer:
        with self._sessions.begin() as s:
            row = require_customer(s, customer_id)
            customers.set_archived(row, self._clock() if archived else None)
            return customers.to_customer(row)

    def delete(self, customer_id: int) -> CustomerSnapshot:
        """Remove the customer and everything about them (the personal-information law's right).

        Introductions others keep are anonymised and freed space is zeroed
        (services/privacy.py). Returns what was removed, held only in memory, so
        the window can undo it.
        """
        return erase_customer(self._sessions, customer_id).snapshot

    def undelete(self, snapshot: CustomerSnapshot) -> Customer:
        """Put back a customer removed by ``delete`` in this session."""
        with self._sessions.begin() as s:
            snapshots.restore(s, snapshot)
            return customers.to_customer(require_customer(s, snapshot.customer_id))

    def get(self, customer_id: int) -> Customer:
        with self._sessions.begin() as s:
            row = require_customer(s, customer_id)
            return customers.to_customer(row, has_photo=customers.has_photo(s, customer_id))

    def card(self, customer_id: int) -> Card:
        """Everything the counter shows about one person, read in one transaction."""
        with self._sessions.begin() as s:
            row = require_customer(s, customer_id)
            return Card(
                customer=customers.to_customer(row, has_photo=customers.has_photo(s, customer_id)),
                notes=tuple(notes.for_customer(s, customer_id, limit=CARD_NOTES)),
                recent_visits=tuple(visit_rows.recent(s, customer_id, limit=CARD_VISITS)),
                introductions=tuple(
                    introductions.to_domain(s, introductions.for_customer(s, customer_id))
                ),
                circles=tuple(circles.memberships(s, customer_id)),
                reminders=tuple(reminders.open_for_customer(s, customer_id)),
                rhythm=visit_rows.cached_rhythm(row),
                events=tuple(circles.events_attended(s, customer_id)),
            )

    def search(
        self, text: str, *, limit: int = 20, include_archived: bool = False
    ) -> list[SearchHit]:
        """Customers matching a kana, kanji or romaji query, best first."""
        query = SearchQuery.parse(clean_query(text))
        with self._sessions.begin() as s:
            return search.find(
                s,
                query,
                limit=min(max(limit, 0), SEARCH_LIMIT_MAX),
                include_archived=include_archived,
            )

    def recent(self, *, limit: int = 50) -> list[SearchHit]:
        """The most recent visitors first: what the counter shows before anything is typed."""
        with self._sessions.begin() as s:
            return search.recent(s, limit=min(max(limit, 0), SEARCH_LIMIT_MAX))

    def count(self) -> int:
        with self._sessions.begin() as s:
            return customers.count(s)

    def resolve(self, ident: str) -> CustomerRef:
        """An id, or a query that names exactly one person (for the command line)."""
        text = ident.strip()
        if not text:
            raise UserError(
                Message("お客さまを指定してください。", "Name a customer."),
                code="empty",
                field="customer",
            )
        number = as_id(text)
        if number is not None:
            with self._sessions.begin() as s:
                return customers.to_ref(require_customer(s, number))
        hits = self.search(text, limit=10)
        exact = [h for h in hits if h.score == hits[0].score] if hits else []
        if len(exact) == 1:
            h = exact[0]
            return CustomerRef(h.id, h.name, h.reading, h.call_name)
        if not hits:
            raise NotFoundError(
                Message(f"「{text}」に当てはまるお客さまはいません。", f'Nobody matches "{text}".'),
                code="not_found",
            )
        raise AmbiguousCustomerError(
            Message(
                f"「{text}」に当てはまる人が複数います。IDで指定してください。",
                f'"{text}" matches more than one person. Use an id.',
            ),
            [DuplicateCandidate(h.id, h.name, h.reading) for h in (exact or hits)],
        )
