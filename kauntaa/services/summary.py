"""The end-of-day summary, by name: who came, who was new, what was said and promised."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session, sessionmaker

from kauntaa.domain.summary import DaySummary
from kauntaa.services.clock import Clock, wall_clock
from kauntaa.storage.repositories import days, introductions, reminders

#: How many overdue regulars the summary lists.
OVERDUE_LIMIT = 20
#: Someone overdue for longer than this has drifted away; the list is for the recent ones.
OVERDUE_WINDOW_DAYS = 120


class SummaryService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock = wall_clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def day(self, day: date | None = None) -> DaySummary:
        today = self._clock().date()
        day = day or today
        start = datetime.combine(day, time.min)
        end = start + timedelta(days=1)
        with self._sessions.begin() as s:
            day_note = reminders.get_day_note(s, day)
            return DaySummary(
                day=day,
                visitors=tuple(days.visitors(s, start, end)),
                introductions=tuple(introductions.to_domain(s, introductions.done_on(s, day))),
                notes=tuple(days.notes(s, start, end)),
                open_reminders=tuple(days.open_reminders(s, day, start, end)),
                # Judged from the figures as they are now, so only for today.
                overdue=tuple(
                    days.overdue(s, day, window_days=OVERDUE_WINDOW_DAYS, limit=OVERDUE_LIMIT)
                )
                if day == today
                else (),
                day_note=day_note.body if day_note else "",
            )
