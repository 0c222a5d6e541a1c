"""What happens at the counter: visits, notes, reminders and the owner's day note."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class VisitSource(StrEnum):
    COUNTER = "counter"
    IMPORTED = "imported"
    DEMO = "demo"


@dataclass(frozen=True, slots=True)
class Visit:
    id: int
    customer_id: int
    at: datetime
    order: str
    source: VisitSource = VisitSource.COUNTER


@dataclass(frozen=True, slots=True)
class Note:
    id: int
    customer_id: int
    body: str
    pinned: bool
    private: bool
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class Reminder:
    """A promise to keep: by a date, or when a given customer next comes in."""

    id: int
    text: str
    customer_id: int | None
    due_on: date | None
    on_next_visit: bool
    introduction_id: int | None
    created_at: datetime
    done_at: datetime | None

    @property
    def open(self) -> bool:
        return self.done_at is None


@dataclass(frozen=True, slots=True)
class DayNote:
    day: date
    body: str
    updated_at: datetime
