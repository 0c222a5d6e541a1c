"""At the counter: visits, notes, reminders and the day note."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from kauntaa.domain.activity import DayNote, Note, Reminder, Visit, VisitSource
from kauntaa.domain.customers import CustomerRef
from kauntaa.domain.introductions import Introduction, IntroductionStatus
from kauntaa.domain.validation import check_day, check_not_future, clean, local_time
from kauntaa.errors import Message, UserError
from kauntaa.services.clock import Clock, wall_clock
from kauntaa.services.existing import require, require_customer
from kauntaa.storage.repositories import customers, introductions, notes, reminders
from kauntaa.storage.repositories import visits as visit_rows
from kauntaa.storage.schema import NoteRow, ReminderRow, VisitRow


@dataclass(frozen=True, slots=True)
class VisitRecorded:
    """A stored visit, and what to bring up now that they are here."""

    visit: Visit
    customer: CustomerRef
    planned_introductions: tuple[Introduction, ...]
    reminders: tuple[Reminder, ...]


@dataclass(frozen=True, slots=True)
class InShop:
    customer: CustomerRef
    since: datetime


class ActivityService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock = wall_clock) -> None:
        self._sessions = sessions
        self._clock = clock

    # Visits -------------------------------------------------------------

    def record_visit(
        self, customer_id: int, *, at: datetime | None = None, order: str | None = None
    ) -> VisitRecorded:
        """A visit now (or at ``at``). ``order=None`` means the usual order."""
        now = self._clock()
        when = now if at is None else local_time(at)
        check_not_future(when, now)  # before the range: "in the future" says more than "range"
        check_day(when.date(), "at")
        with self._sessions.begin() as s:
            row = require_customer(s, customer_id)
            text = row.usual_order if order is None else clean("order", order)
            visit = visit_rows.add(s, customer_id, when, text, VisitSource.COUNTER)
            planned = [
                r
                for r in introductions.for_customer(s, customer_id)
                if r.status == IntroductionStatus.PLANNED.value
            ]
            due = [r for r in reminders.open_for_customer(s, customer_id) if r.on_next_visit]
            return VisitRecorded(
                visit=visit_rows.to_visit(visit),
                customer=customers.to_ref(row),
                planned_introductions=tuple(introductions.to_domain(s, planned)),
                reminders=tuple(due),
            )

    def remove_visit(self, visit_id: int) -> Visit:
        """Take a visit back (undo); returns it so it can be recorded again."""
        with self._sessions.begin() as s:
            row = require(s, VisitRow, visit_id)
            visit = visit_rows.to_visit(row)
            visit_rows.remove(s, row)
            return visit

    def in_shop(self, *, hours: float = 2.0) -> list[InShop]:
        """Who checked in during the last ``hours``: most recent first, once each."""
        now = self._clock()
        with self._sessions.begin() as s:
            rows = visit_rows.between(s, now - timedelta(hours=hours), now + timedelta(minutes=1))
            latest: dict[int, datetime] = {}
            for r in rows:
                latest[r.customer_id] = r.at
            names = customers.refs(s, latest)
            ordered = sorted(latest.items(), key=lambda kv: kv[1], reverse=True)
            return [InShop(names[cid], at) for cid, at in ordered]

    # Notes --------------------------------------------------------------

    def add_note(
        self, customer_id: int, body: str, *, pinned: bool = False, private: bool = False
    ) -> Note:
        text = clean("note", body, required=True)
        with self._sessions.begin() as s:
            require_customer(s, customer_id)
            return notes.to_note(
                notes.add(s, customer_id, text, pinned=pinned, private=private, now=self._clock())
            )

    def edit_note(self, note_id: int, body: str) -> Note:
        text = clean("note", body, required=True)
        with self._sessions.begin() as s:
            row = require(s, NoteRow, note_id)
            notes.set_body(s, row, text, self._clock())
            return notes.to_note(row)

    def set_note_flags(
        self, note_id: int, *, pinned: bool | None = None, private: bool | None = None
    ) -> Note:
        with self._sessions.begin() as s:
            row = require(s, NoteRow, note_id)
            if pinned is not None:
                row.pinned = pinned
            if private is not None:
                row.private = private
            return notes.to_note(row)

    def delete_note(self, note_id: int) -> Note:
        """Delete a note; returns it so an undo can put it back."""
        with self._sessions.begin() as s:
            row = require(s, NoteRow, note_id)
            note = notes.to_note(row)
            notes.remove(s, row)
            return note

    def restore_note(self, note: Note) -> Note:
        with self._sessions.begin() as s:
            require_customer(s, note.customer_id)
            return notes.to_note(notes.restore(s, note))

    # Reminders ------------------------------------------------------------

    def add_reminder(
        self,
        text: str,
        *,
        customer_id: int | None = None,
        due_on: date | None = None,
        on_next_visit: bool = False,
    ) -> Reminder:
        body = clean("reminder", text, required=True)
        if due_on is not None:
            check_day(due_on, "due_on")
        if due_on is None and not (on_next_visit and customer_id is not None):
            raise UserError(
                Message(
                    "いつ思い出すか（日付、または次の来店時）を選んでください。",
                    "Choose when to be reminded: a date, or the customer's next visit.",
                ),
                code="missing_when",
                field="due_on",
            )
        with self._sessions.begin() as s:
            if customer_id is not None:
                require_customer(s, customer_id)
            row = reminders.add(
                s,
                text=body,
                customer_id=customer_id,
                due_on=due_on,
                on_next_visit=on_next_visit,
                introduction_id=None,
                now=self._clock(),
            )
            return reminders.to_reminder(row)

    def complete_reminder(self, reminder_id: int, *, done: bool = True) -> Reminder:
        with self._sessions.begin() as s:
            row = require(s, ReminderRow, reminder_id)
            row.done_at = self._clock() if done else None
            return reminders.to_reminder(row)

    # Day note -------------------------------------------------------------

    def day_note(self, day: date) -> DayNote | None:
        with self._sessions.begin() as s:
            return reminders.get_day_note(s, day)

    def set_day_note(self, day: date, body: str) -> None:
        text = clean("day_note", body)
        check_day(day)
        with self._sessions.begin() as s:
            reminders.set_day_note(s, day, text, self._clock())
