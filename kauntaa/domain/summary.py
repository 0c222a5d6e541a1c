"""The end-of-day summary: the day told by name, not by counts.

Also the figures behind its charts, and the week or month seen the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import NamedTuple

from kauntaa.domain.activity import Note, Reminder
from kauntaa.domain.circles import Event
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
    #: An open reminder about this person already exists (the one-click reminder is done).
    reminder_set: bool = False


@dataclass(frozen=True, slots=True)
class DaySummary:
    day: date
    visitors: tuple[VisitorLine, ...]  # in order of arrival
    introductions: tuple[Introduction, ...]
    notes: tuple[NoteLine, ...]
    open_reminders: tuple[Reminder, ...]
    overdue: tuple[OverdueLine, ...]  # most overdue first
    day_note: str
    #: Workshops and events held that day, with their attendees by name.
    events: tuple[Event, ...] = ()
    #: Reminders ticked off that day.
    reminders_done: tuple[Reminder, ...] = ()
    #: Planned introductions whose two people both came that day, yet still planned.
    missed_introductions: tuple[Introduction, ...] = ()
    #: Earlier introductions whose outcome was recorded that day.
    outcomes: tuple[Introduction, ...] = ()
    #: The overdue list is judged from today's figures, so only today has one.
    overdue_judged: bool = True
    #: The first visit the shop ever recorded (None: no visit yet).
    first_visit: date | None = None
    #: Names of the people the reminders are about, by customer id.
    reminder_people: dict[int, CustomerRef] = field(default_factory=dict)

    @property
    def new_faces(self) -> tuple[VisitorLine, ...]:
        return tuple(v for v in self.visitors if v.new_face)

    @property
    def before_records(self) -> bool:
        """The day comes before anything was recorded: nothing to tell, and that is why."""
        return self.first_visit is None or self.day < self.first_visit

    def people(self) -> tuple[CustomerRef, ...]:
        """Who came, once each, in order of first arrival."""
        return tuple({v.customer.id: v.customer for v in self.visitors}.values())


def private_text_withheld(summary: DaySummary) -> DaySummary:
    """The day with each private note's text left out, as the day page and the PDF show it.

    The note is still listed (who, and that something private was written).
    """
    notes = tuple(
        replace(n, note=replace(n.note, body="")) if n.note.private else n for n in summary.notes
    )
    return replace(summary, notes=notes)


#: Same weekdays averaged for the "usual" shape of a day.
USUAL_WEEKS = 8
#: Days in the visits-per-day chart.
DAILY_DAYS = 30
#: Weeks in the new-faces chart.
WEEKLY_WEEKS = 12


@dataclass(frozen=True, slots=True)
class DayCharts:
    """The figures behind the day's three charts."""

    day: date
    hours: tuple[int, ...]  # 24 visit counts, by hour of arrival
    usual_hours: tuple[float, ...]  # 24 averages over the same weekday before
    usual_weeks: int  # how many earlier same weekdays were averaged (0: no usual shape)
    daily: tuple[tuple[date, int], ...]  # visits per day, oldest first, ending on ``day``
    weekly_new: tuple[tuple[date, int], ...]  # new faces per week (its Monday), oldest first


class PeriodKind(StrEnum):
    WEEK = "week"
    MONTH = "month"


def period_bounds(day: date, kind: PeriodKind) -> tuple[date, date]:
    """The calendar week (Monday first) or month holding ``day``, as [start, end)."""
    if kind is PeriodKind.WEEK:
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=7)
    start = day.replace(day=1)
    end = (start + timedelta(days=32)).replace(day=1)
    return start, end


def preceding_period(start: date, kind: PeriodKind) -> tuple[date, date]:
    """The week or month just before the one starting on ``start``."""
    return period_bounds(start - timedelta(days=1), kind)


@dataclass(frozen=True, slots=True)
class PeriodSummary:
    """A week or a month by name.

    Regulars are the people with a rhythm (enough visits to judge, see
    ``domain.rhythm``) whose usual gap fits inside the period, so the period is
    one in which they would normally come. "Seen" are those who came; "not seen"
    are those who came in the preceding period of the same kind but not in this
    one. The rhythm is the one known today.
    """

    kind: PeriodKind
    start: date
    end: date  # exclusive
    until: date  # the last day with figures: the period's end, or today while it runs
    visits: int
    visitors: int  # different people
    daily: tuple[tuple[date, int], ...]
    new_faces: tuple[CustomerRef, ...]
    new_faces_count: int
    regulars_seen: tuple[CustomerRef, ...]  # most regular (shortest gap) first, a page at most
    regulars_seen_count: int
    regulars_missed: tuple[CustomerRef, ...]  # most regular first, a page at most
    regulars_missed_count: int
    introductions: tuple[Introduction, ...]  # at most a page, in the order made
    introductions_count: int
    outcomes: tuple[Introduction, ...]  # at most a page
    outcomes_count: int
    events: tuple[Event, ...]

    @property
    def running(self) -> bool:
        return self.until < self.end - timedelta(days=1)
