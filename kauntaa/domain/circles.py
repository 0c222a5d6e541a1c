"""Circles (アソシエ): small groups of regulars, and the workshops they host at the shop."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kauntaa.domain.customers import CustomerRef


@dataclass(frozen=True, slots=True)
class CircleMember:
    customer: CustomerRef
    role: str


@dataclass(frozen=True, slots=True)
class Circle:
    id: int
    name: str
    description: str
    contact: CustomerRef | None
    members: tuple[CircleMember, ...]
    archived_at: datetime | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Event:
    """A workshop or event at the shop, with its attendees by name."""

    id: int
    title: str
    starts_at: datetime
    circle_id: int | None
    circle_name: str
    description: str
    announced_in_newsletter: bool
    attendees: tuple[CustomerRef, ...]


@dataclass(frozen=True, slots=True)
class AttendedEvent:
    """One event someone came to, as their card lists it."""

    id: int
    title: str
    starts_at: datetime
    circle_name: str
