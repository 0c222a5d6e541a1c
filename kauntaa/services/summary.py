"""The end-of-day summary, by name: who came, who was new, what was said and promised.

Also the figures for the day's charts, and a week or a month told the same way.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session, sessionmaker

from kauntaa.collector import collector_paused
from kauntaa.domain.summary import (
    DAILY_DAYS,
    USUAL_WEEKS,
    WEEKLY_WEEKS,
    DayCharts,
    DaySummary,
    PeriodKind,
    PeriodSummary,
    period_bounds,
    preceding_period,
)
from kauntaa.domain.validation import check_day
from kauntaa.errors import Message, UserError
from kauntaa.services.clock import Clock, wall_clock
from kauntaa.storage.repositories import circles, customers, days, introductions, reminders

#: How many overdue regulars the summary lists.
OVERDUE_LIMIT = 20
#: Someone overdue for longer than this has drifted away; the list is for the recent ones.
OVERDUE_WINDOW_DAYS = 120
#: How many names a week or month lists in each group (the counts cover everyone).
PERIOD_NAMES = 30
#: The longest usual gap (days) that makes someone a regular of a week or a month.
REGULAR_GAP = {PeriodKind.WEEK: 7.0, PeriodKind.MONTH: 28.0}


def _future(day: date) -> UserError:
    return UserError(
        Message(
            f"{day:%Y-%m-%d} はまだ来ていない日です。今日までの日付を選んでください。",
            f"{day:%Y-%m-%d} has not happened yet. Choose a day up to today.",
        ),
        code="future",
        field="date",
    )


class SummaryService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock = wall_clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def _checked(self, day: date | None) -> tuple[date, date]:
        today = self._clock().date()
        day = day or today
        if day > today:
            raise _future(day)
        # Before any arithmetic: a week or the charts' weeks before year 1 do not exist.
        return check_day(day), today

    def day(self, day: date | None = None) -> DaySummary:
        day, today = self._checked(day)
        start = datetime.combine(day, time.min)
        end = start + timedelta(days=1)
        # Thousands of visitor records, all alive until the summary is shown: the
        # collector would only walk them again (one call in five paid ~100 ms for it).
        with collector_paused(), self._sessions.begin() as s:
            day_note = reminders.get_day_note(s, day)
            # Judged from the figures as they are now, so only for today.
            overdue = (
                days.overdue(s, day, window_days=OVERDUE_WINDOW_DAYS, limit=OVERDUE_LIMIT)
                if day == today
                else []
            )
            reminded = days.with_open_reminder(s, [o.customer.id for o in overdue])
            open_reminders = tuple(days.open_reminders(s, day, start, end))
            done = tuple(days.reminders_done(s, start, end))
            about = {r.customer_id for r in (*open_reminders, *done) if r.customer_id is not None}
            visitors = tuple(days.visitors(s, start, end))
            came = {v.customer.id for v in visitors}
            return DaySummary(
                day=day,
                visitors=visitors,
                introductions=tuple(introductions.to_domain(s, introductions.done_on(s, day))),
                notes=tuple(days.notes(s, start, end)),
                open_reminders=open_reminders,
                overdue=tuple(replace(o, reminder_set=o.customer.id in reminded) for o in overdue),
                day_note=day_note.body if day_note else "",
                events=tuple(circles.events_between(s, start, end)),
                reminders_done=done,
                missed_introductions=tuple(
                    introductions.to_domain(s, days.planned_pairs_who_both_came(s, came))
                ),
                outcomes=tuple(
                    introductions.to_domain(s, days.outcomes_recorded(s, day, day + timedelta(1)))
                ),
                overdue_judged=day == today,
                first_visit=days.first_visit(s),
                reminder_people=customers.refs(s, about),
            )

    def charts(self, day: date | None = None) -> DayCharts:
        """Visits by hour against the usual shape of that weekday; 30 days; new faces by week."""
        day, _today = self._checked(day)
        with self._sessions.begin() as s:
            first = days.first_visit(s)
            earlier = [
                d
                for d in (day - timedelta(weeks=w) for w in range(1, USUAL_WEEKS + 1))
                if first is not None and d >= first
            ]
            usual = [0.0] * 24
            for d in earlier:
                for hour, n in enumerate(days.visits_by_hour(s, d)):
                    usual[hour] += n
            monday = day - timedelta(days=day.weekday())
            weeks_from = monday - timedelta(weeks=WEEKLY_WEEKS - 1)
            per_day = days.new_faces_per_day(s, weeks_from, day)
            weekly = []
            for w in range(WEEKLY_WEEKS):
                week = weeks_from + timedelta(weeks=w)
                weekly.append(
                    (week, sum(per_day.get(week + timedelta(days=i), 0) for i in range(7)))
                )
            return DayCharts(
                day=day,
                hours=tuple(days.visits_by_hour(s, day)),
                usual_hours=tuple(n / len(earlier) for n in usual) if earlier else (0.0,) * 24,
                usual_weeks=len(earlier),
                daily=tuple(days.visits_per_day(s, day - timedelta(days=DAILY_DAYS - 1), day)),
                weekly_new=tuple(weekly),
            )

    def period(self, day: date | None = None, kind: PeriodKind = PeriodKind.WEEK) -> PeriodSummary:
        """The week or month holding ``day``: visits, regulars seen and not, introductions, events."""
        day, today = self._checked(day)
        start, end = period_bounds(day, kind)
        until = min(end - timedelta(days=1), today)
        previous, _ = preceding_period(start, kind)
        gap = REGULAR_GAP[kind]
        window = (datetime.combine(start, time.min), datetime.combine(end, time.min))
        with collector_paused(), self._sessions.begin() as s:
            daily = days.visits_per_day(s, start, until)
            counts = days.period_people(
                s, start, end, previous, regular_gap=gap, limit=PERIOD_NAMES
            )
            # Everyone first seen in the period, in one pass: counted, and the first named.
            new = days.new_faces(s, start, end, limit=None)
            made, outcomes = days.introduction_counts(s, start, end)
            return PeriodSummary(
                kind=kind,
                start=start,
                end=end,
                until=until,
                visits=sum(n for _d, n in daily),
                visitors=counts.visitors,
                daily=tuple(daily),
                new_faces=tuple(new[:PERIOD_NAMES]),
                new_faces_count=len(new),
                regulars_seen=tuple(counts.seen),
                regulars_seen_count=counts.regulars_seen,
                regulars_missed=tuple(counts.missed),
                regulars_missed_count=counts.regulars_missed,
                introductions=tuple(
                    introductions.to_domain(
                        s, days.introductions_made(s, start, end, limit=PERIOD_NAMES)
                    )
                ),
                introductions_count=made,
                outcomes=tuple(
                    introductions.to_domain(
                        s, days.outcomes_recorded(s, start, end, limit=PERIOD_NAMES)
                    )
                ),
                outcomes_count=outcomes,
                events=tuple(circles.events_between(s, *window)),
            )
