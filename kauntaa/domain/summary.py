"""The end-of-day summary: the day told by name, not by counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from kauntaa.domain.activity import Note, Reminder
from kauntaa.domain.customers import CustomerRef
from kauntaa.domain.introductions import Introduction


class VisitorLine(NamedTuple):
    """One visit of the day (a named tuple: there can be thousands)."""

    customer: CustomerRef
    at: datetime
    order: str
    new_face: bool


@dataclass(frozen=True, slots=True)
class NoteLine:
    customer: CustomerRef
    note: Note


@dataclass(frozen=True, slots=True)
class OverdueLine:
    customer: CustomerRef
    typical_gap_days: float
    usual_weekday: int | None
    days_since: int
    ratio: float


@dataclass(frozen=True, slots=True)
class DaySummary:
    day: date
    visitors: tuple[VisitorLine, ...]  # in order of arrival
    introductions: tuple[Introduction, ...]
    notes: tuple[NoteLine, ...]
    open_reminders: tuple[Reminder, ...]
    overdue: tuple[OverdueLine, ...]  # most overdue first
    day_note: str

    @property
    def new_faces(self) -> tuple[VisitorLine, ...]:
        return tuple(v for v in self.visitors if v.new_face)
