"""Circles (アソシエ) and the workshops and events they hold at the shop.

Rules kept here:

- a circle's name is unique (after trimming); its contact person is always a member;
- removing the contact from the members leaves the circle without a contact;
- an archived circle leaves the lists and the cards, keeps its members and events,
  and cannot co-host a new event until it is taken out of the archive;
- attendance is by name: recording someone twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from kauntaa.domain.circles import AttendedEvent, Circle, Event
from kauntaa.domain.validation import as_id, check_time, clean, clean_query
from kauntaa.errors import Message, NotFoundError, UserError
from kauntaa.services.clock import Clock, wall_clock
from kauntaa.services.existing import require, require_customer
from kauntaa.storage.repositories import circles
from kauntaa.storage.schema import CircleRow, EventRow


def _duplicate(title: str) -> UserError:
    return UserError(
        Message(
            f"「{title}」というサークルはもうあります。別の名前にしてください。",
            f'There is already a circle called "{title}". Choose another name.',
        ),
        code="duplicate_circle",
        field="circle_name",
    )


def _archived(name: str) -> UserError:
    return UserError(
        Message(
            f"「{name}」はアーカイブ済みです。先にアーカイブから戻してください。",
            f'"{name}" is archived. Take it out of the archive first.',
        ),
        code="archived_circle",
        field="circle",
    )


class CircleService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock = wall_clock) -> None:
        self._sessions = sessions
        self._clock = clock

    # -- circles ------------------------------------------------------------

    def create(self, name: str, *, description: str = "", contact_id: int | None = None) -> Circle:
        title = clean("circle_name", name, required=True)
        text = clean("description", description)
        with self._sessions.begin() as s:
            if circles.by_name(s, title) is not None:
                raise _duplicate(title)
            if contact_id is not None:
                require_customer(s, contact_id)
            row = circles.add(s, title, text, contact_id, self._clock())
            if contact_id is not None:
                circles.set_member(s, row.id, contact_id, "", self._clock().date())
            return circles.to_domain(s, [row])[0]

    def edit(
        self, circle_id: int, name: str, *, description: str = "", contact_id: int | None = None
    ) -> Circle:
        """New name, description and contact; a new contact becomes a member if not one yet."""
        title = clean("circle_name", name, required=True)
        text = clean("description", description)
        with self._sessions.begin() as s:
            row = require(s, CircleRow, circle_id)
            same = circles.by_name(s, title)
            if same is not None and same.id != circle_id:
                raise _duplicate(title)
            if contact_id is not None:
                require_customer(s, contact_id)
                if not circles.is_member(s, circle_id, contact_id):
                    circles.set_member(s, circle_id, contact_id, "", self._clock().date())
            row.name = title
            row.description = text
            row.contact_id = contact_id
            s.flush()
            return circles.to_domain(s, [row])[0]

    def get(self, circle_id: int) -> Circle:
        with self._sessions.begin() as s:
            return circles.to_domain(s, [require(s, CircleRow, circle_id)])[0]

    def resolve(self, ident: str) -> Circle:
        """An id, an exact name, or part of a name that only one circle has."""
        text = clean_query(ident).strip()
        with self._sessions.begin() as s:
            if (number := as_id(text)) is not None:
                return circles.to_domain(s, [require(s, CircleRow, number)])[0]
            exact = circles.by_name(s, text)
            if exact is not None:
                return circles.to_domain(s, [exact])[0]
            found = circles.by_name_folded(s, text)
            if len(found) == 1:
                return circles.to_domain(s, found)[0]
            if not found:
                raise NotFoundError(
                    Message(
                        f"「{text}」というサークルは見つかりません。",
                        f'No circle called "{text}".',
                    ),
                    code="not_found",
                )
            names = "、".join(r.name for r in found[:5])
            raise UserError(
                Message(
                    f"「{text}」に当てはまるサークルが複数あります（{names}）。ID か正確な名前で指定してください。",
                    f'"{text}" matches several circles ({names}). Use the id or the exact name.',
                ),
                code="ambiguous_circle",
                field="circle",
            )

    def add_member(self, circle_id: int, customer_id: int, *, role: str = "") -> Circle:
        """Add someone, or change the role of someone already in."""
        text = clean("role", role)
        with self._sessions.begin() as s:
            row = require(s, CircleRow, circle_id)
            require_customer(s, customer_id)
            circles.set_member(s, circle_id, customer_id, text, self._clock().date())
            return circles.to_domain(s, [row])[0]

    def remove_member(self, circle_id: int, customer_id: int) -> None:
        with self._sessions.begin() as s:
            row = require(s, CircleRow, circle_id)
            circles.remove_member(s, circle_id, customer_id)
            if row.contact_id == customer_id:
                row.contact_id = None

    def archive(self, circle_id: int, *, archived: bool = True) -> None:
        with self._sessions.begin() as s:
            row = require(s, CircleRow, circle_id)
            row.archived_at = self._clock() if archived else None

    def all(self, *, include_archived: bool = False) -> list[Circle]:
        with self._sessions.begin() as s:
            return circles.to_domain(s, circles.all_circles(s, include_archived=include_archived))

    # -- events ---------------------------------------------------------------

    def add_event(
        self,
        title: str,
        starts_at: datetime,
        *,
        circle_id: int | None = None,
        description: str = "",
        announced_in_newsletter: bool = False,
        attendee_ids: Sequence[int] = (),
    ) -> Event:
        name = clean("event_title", title, required=True)
        text = clean("description", description)
        starts_at = check_time(starts_at, "starts_at")
        with self._sessions.begin() as s:
            if circle_id is not None:
                host = require(s, CircleRow, circle_id)
                if host.archived_at is not None:
                    raise _archived(host.name)
            for customer_id in attendee_ids:
                require_customer(s, customer_id)
            row = circles.add_event(
                s,
                title=name,
                starts_at=starts_at,
                circle_id=circle_id,
                description=text,
                announced=announced_in_newsletter,
                attendee_ids=attendee_ids,
                now=self._clock(),
            )
            return circles.events_to_domain(s, [row])[0]

    def edit_event(
        self,
        event_id: int,
        title: str,
        starts_at: datetime,
        *,
        circle_id: int | None = None,
        description: str = "",
        announced_in_newsletter: bool = False,
    ) -> Event:
        """Everything but the attendees, which are recorded one by one."""
        name = clean("event_title", title, required=True)
        text = clean("description", description)
        starts_at = check_time(starts_at, "starts_at")
        with self._sessions.begin() as s:
            row = require(s, EventRow, event_id)
            if circle_id is not None and circle_id != row.circle_id:
                host = require(s, CircleRow, circle_id)
                if host.archived_at is not None:
                    raise _archived(host.name)
            row.title = name
            row.starts_at = starts_at
            row.circle_id = circle_id
            row.description = text
            row.announced_in_newsletter = announced_in_newsletter
            s.flush()
            return circles.events_to_domain(s, [row])[0]

    def event(self, event_id: int) -> Event:
        with self._sessions.begin() as s:
            return circles.events_to_domain(s, [require(s, EventRow, event_id)])[0]

    def resolve_event(self, ident: str) -> Event:
        """An id, or part of a title that only one event has."""
        text = clean_query(ident).strip()
        with self._sessions.begin() as s:
            if (number := as_id(text)) is not None:
                return circles.events_to_domain(s, [require(s, EventRow, number)])[0]
            found = circles.events_titled(s, text)
            exact = [r for r in found if r.title == text]
            if len(exact) == 1 or len(found) == 1:
                return circles.events_to_domain(s, exact or found)[0]
            if not found:
                raise NotFoundError(
                    Message(
                        f"「{text}」というイベントは見つかりません。",
                        f'No event called "{text}".',
                    ),
                    code="not_found",
                )
            listed = "、".join(f"{r.id} {r.title}" for r in found[:5])
            raise UserError(
                Message(
                    f"「{text}」に当てはまるイベントが複数あります（{listed}）。ID で指定してください。",
                    f'"{text}" matches several events ({listed}). Use the id.',
                ),
                code="ambiguous_event",
                field="event",
            )

    def events(self, *, circle_id: int | None = None, limit: int | None = None) -> list[Event]:
        """Newest first: every event, or the workshops of one circle."""
        with self._sessions.begin() as s:
            if circle_id is not None:
                require(s, CircleRow, circle_id)
            return circles.events(s, circle_id=circle_id, limit=limit)

    def attend(self, event_id: int, customer_id: int, *, came: bool = True) -> Event:
        """Record by name that someone came (or, with ``came=False``, take it back)."""
        with self._sessions.begin() as s:
            row = require(s, EventRow, event_id)
            require_customer(s, customer_id)
            circles.set_attendance(s, event_id, customer_id, came=came)
            return circles.events_to_domain(s, [row])[0]

    def attended(self, customer_id: int) -> list[AttendedEvent]:
        with self._sessions.begin() as s:
            require_customer(s, customer_id)
            return circles.events_attended(s, customer_id)

    def events_between(self, start: datetime, end: datetime) -> list[Event]:
        with self._sessions.begin() as s:
            return circles.events_between(s, start, end)
