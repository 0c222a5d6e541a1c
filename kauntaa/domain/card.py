"""Everything the counter shows about one person, gathered in one record."""

from __future__ import annotations

from dataclasses import dataclass, replace

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


def without_private(card: Card) -> Card:
    """The card as it may be shown with someone looking on: the window's privacy mode, and
    the command line without ``--private``.

    Private notes are left out, and so are the contact details (phone, email,
    address) and the birthday.
    """
    customer = replace(card.customer, phone="", email="", address="", birthday=None)
    return replace(card, customer=customer, notes=tuple(n for n in card.notes if not n.private))


def withheld(card: Card) -> int:
    """How many things ``without_private`` leaves out of ``card`` (notes and details)."""
    c = card.customer
    details = sum(1 for v in (c.phone, c.email, c.address, c.birthday) if v)
    return details + sum(1 for n in card.notes if n.private)
