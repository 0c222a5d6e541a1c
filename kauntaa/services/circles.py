"""Circles (アソシエ) and the workshops and events they hold at the shop."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from kauntaa.domain.circles import Circle, Event
from kauntaa.domain.validation import clean
from kauntaa.errors import Message, UserError
from kauntaa.services.clock import Clock, wall_clock
from kauntaa.services.existing import require, require_customer
from kauntaa.storage.repositories import circles
from kauntaa.storage.schema import CircleRow


class CircleService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock = wall_clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def create(self, name: str, *, description: str = "", contact_id: int | None = None) -> Circle:
        title = clean("circle_name", name, required=True)
        text = clean("description", description)
        with self._sessions.begin() as s:
            if circles.by_name(s, title) is not None:
                raise UserError(
                    Message(
                        f"「{title}」というサークルはもうあります。",
                        f'There is already a circle called "{title}".',
                    ),
                    code="duplicate_circle",
                    field="circle_name",
                )
            if contact_id is not None:
                require_customer(s, contact_id)
            row = circles.add(s, title, text, contact_id, self._clock())
            if contact_id is not None:
                circles.set_member(s, row.id, contact_id, "", self._clock().date())
            return circles.to_domain(s, [row])[0]

    def add_member(self, circle_id: int, customer_id: int, *, role: str = "") -> Circle:
        text = clean("role", role)
        with self._sessions.begin() as s:
            row = require(s, CircleRow, circle_id)
            require_customer(s, customer_id)
            circles.set_member(s, circle_id, customer_id, text, self._clock().date())
            return circles.to_domain(s, [row])[0]

    def remove_member(self, circle_id: int, customer_id: int) -> None:
        with self._sessions.begin() as s:
            require(s, CircleRow, circle_id)
            circles.remove_member(s, circle_id, customer_id)

    def archive(self, circle_id: int, *, archived: bool = True) -> None:
        with self._sessions.begin() as s:
            row = require(s, CircleRow, circle_id)
            row.archived_at = self._clock() if archived else None

    def all(self, *, include_archived: bool = False) -> list[Circle]:
        with self._sessions.begin() as s:
            return circles.to_domain(s, circles.all_circles(s, include_archived=include_archived))

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
        with self._sessions.begin() as s:
            if circle_id is not None:
                require(s, CircleRow, circle_id)
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

    def events_between(self, start: datetime, end: datetime) -> list[Event]:
        with self._sessions.begin() as s:
            return circles.events_between(s, start, end)
