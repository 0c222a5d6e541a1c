"""The end-of-day summary, by name: who came, who was new, what was said and promised."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kauntaa.domain.customers import CustomerRef
from kauntaa.domain.rhythm import Rhythm
from kauntaa.domain.summary import DaySummary, NoteLine, OverdueLine, VisitorLine
from kauntaa.services.clock import Clock, wall_clock
from kauntaa.storage.repositories import customers, introductions, notes, reminders
from kauntaa.storage.repositories import visits as visit_rows
from kauntaa.storage.schema import CustomerRow

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
            visits = visit_rows.between(s, start, end)
            ids = sorted({v.customer_id for v in visits})
            names = customers.refs(s, ids)
            first_days = visit_rows.first_visit_days(s, ids)
            visitors = tuple(
                VisitorLine(
                    customer=names[v.customer_id],
                    at=v.at,
                    order=v.order_text,
                    new_face=first_days.get(v.customer_id) == day,
                )
                for v in visits
            )
            day_notes = notes.between(s, start, end)
            note_names = customers.refs(s, {n.customer_id for n in day_notes})
            note_lines = tuple(NoteLine(note_names[n.customer_id], n) for n in day_notes)
            made = tuple(introductions.to_domain(s, introductions.done_on(s, day)))
            open_reminders = tuple(reminders.open_as_of(s, day))
            # The overdue list is judged from the figures as they are now, so only for today.
            overdue = tuple(self._overdue(s, day)) if day == today else ()
            day_note = reminders.get_day_note(s, day)
            return DaySummary(
                day=day,
                visitors=visitors,
                introductions=made,
                notes=note_lines,
                open_reminders=open_reminders,
                overdue=overdue,
                day_note=day_note.body if day_note else "",
            )

    def _overdue(self, s: Session, day: date) -> list[OverdueLine]:
        rows = s.execute(
            select(
                CustomerRow.id,
                CustomerRow.name,
                CustomerRow.reading,
                CustomerRow.call_name,
                CustomerRow.rhythm_days,
                CustomerRow.usual_weekday,
                CustomerRow.last_visit_at,
            ).where(
                CustomerRow.overdue_from <= day,
                CustomerRow.overdue_from > day - timedelta(days=OVERDUE_WINDOW_DAYS),
                CustomerRow.archived_at.is_(None),
            )
        ).all()
        lines = []
        for r in rows:
            if r.rhythm_days is None or r.last_visit_at is None:
                continue
            rhythm = Rhythm(
                typical_gap_days=r.rhythm_days,
                usual_weekday=r.usual_weekday,
                visit_days=None,
                last_visit=r.last_visit_at.date(),
            )
            if not rhythm.is_overdue(day):
                continue
            lines.append(
                OverdueLine(
                    customer=CustomerRef(r.id, r.name, r.reading, r.call_name),
                    typical_gap_days=rhythm.typical_gap_days,
                    usual_weekday=rhythm.usual_weekday,
                    days_since=rhythm.days_since(day),
                    ratio=rhythm.overdue_ratio(day),
                )
            )
        lines.sort(key=lambda line: (-line.ratio, line.customer.reading))
        return lines[:OVERDUE_LIMIT]
