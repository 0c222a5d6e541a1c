"""Everything the counter shows about one person, gathered in one record."""

from __future__ import annotations

from dataclasses import dataclass

from kauntaa.domain.activity import Note, Reminder, Visit
from kauntaa.domain.circles import AttendedEvent
from kauntaa.domain.customers import Customer
from kauntaa.domain.introductions import Introduction, IntroductionStatus
from kauntaa.domain.rhythm import Rhythm


@dataclass(frozen=True, slots=True)
class CircleMembership:
    circle_id: int
    circle_name: str
    role: str
    is_contact: bool


@dataclass(frozen=True, slots=True)
class Card:
    customer: Customer
    notes: tuple[Note, ...]  # pinned first, then newest first
    recent_visits: tuple[Visit, ...]  # newest first
    introductions: tuple[Introduction, ...]
    circles: tuple[CircleMembership, ...]
    reminders: tuple[Reminder, ...]  # open ones about this person
    rhythm: Rhythm | None
    events: tuple[AttendedEvent, ...] = ()  # the events they came to, newest first

    @property
    def planned_introductions(self) -> tuple[Introduction, ...]:
        return tuple(i for i in self.introductions if i.status is IntroductionStatus.PLANNED)

    @property
    def waiting(self) -> bool:
        """Something to bring up when they are here: a planned introduction or a reminder."""
        return bool(self.planned_introductions) or any(r.on_next_visit for r in self.reminders)
