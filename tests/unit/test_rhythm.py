"""A regular's own rhythm, and when they count as overdue against it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from kauntaa.domain.rhythm import MIN_GAPS, MIN_SLACK_DAYS, OVERDUE_FACTOR, rhythm_of

PROPERTY = settings(database=None, deadline=None, max_examples=200)

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))
gaps = st.integers(min_value=1, max_value=30)
visit_counts = st.integers(min_value=MIN_GAPS + 1, max_value=60)


def regular(last: date, every: int, visits: int) -> list[date]:
    """``visits`` visits, exactly ``every`` days apart, the last one on ``last``."""
    return [last - timedelta(days=every * i) for i in range(visits)][::-1]


@PROPERTY
@given(today=days, every=gaps, visits=visit_counts)
def test_a_regular_who_came_today_is_not_overdue(today: date, every: int, visits: int) -> None:
    rhythm = rhythm_of(regular(today, every, visits))
    assert rhythm is not None
    assert not rhythm.is_overdue(today)
    assert rhythm.days_since(today) == 0


@PROPERTY
@given(last=days, every=gaps, visits=visit_counts)
def test_typical_gap_of_a_perfect_rhythm_is_its_period(last: date, every: int, visits: int) -> None:
    rhythm = rhythm_of(regular(last, every, visits))
    assert rhythm is not None
    assert rhythm.typical_gap_days == every
    assert rhythm.visit_days == visits
    assert rhythm.last_visit == last


@PROPERTY
@given(last=days, every=gaps, visits=visit_counts, late=st.integers(min_value=0, max_value=400))
def test_a_regular_turns_overdue_only_past_the_allowance(
    last: date, every: int, visits: int, late: int
) -> None:
    rhythm = rhythm_of(regular(last, every, visits))
    assert rhythm is not None
    allowance = max(every * OVERDUE_FACTOR, every + MIN_SLACK_DAYS)
    assert rhythm.allowance_days() == allowance
    assert rhythm.is_overdue(last + timedelta(days=late)) == (late > allowance)


@PROPERTY
@given(
    history=st.lists(days, min_size=0, max_size=30),
    after=st.integers(min_value=0, max_value=3000),
)
def test_a_visit_on_the_judging_day_always_clears_overdue(history: list[date], after: int) -> None:
    today = max(history, default=date(2020, 1, 1)) + timedelta(days=after)
    rhythm = rhythm_of([*history, today])
    if rhythm is not None:
        assert rhythm.last_visit == today
        assert not rhythm.is_overdue(today)


@PROPERTY
@given(
    visit_days=st.lists(days, min_size=0, max_size=MIN_GAPS, unique=True), repeat=st.integers(1, 5)
)
def test_too_few_visit_days_give_no_rhythm(visit_days: list[date], repeat: int) -> None:
    # Several visits on one day are one visit day: they do not make a rhythm.
    times = [
        datetime.combine(d, datetime.min.time()) + timedelta(hours=h)
        for d in visit_days
        for h in range(repeat)
    ]
    assert rhythm_of(times) is None
    assert rhythm_of(visit_days) is None


def test_four_visit_days_are_enough() -> None:
    assert rhythm_of(regular(date(2026, 11, 20), 7, MIN_GAPS + 1)) is not None
    assert rhythm_of(regular(date(2026, 11, 20), 7, MIN_GAPS)) is None


def test_one_long_holiday_does_not_change_the_rhythm() -> None:
    visits = [*regular(date(2026, 6, 30), 7, 8), date(2026, 9, 1), date(2026, 9, 8)]
    rhythm = rhythm_of(visits)
    assert rhythm is not None
    assert rhythm.typical_gap_days == 7


@PROPERTY
@given(first=days.filter(lambda d: d.weekday() == 1), weeks=st.integers(MIN_GAPS, 40))
def test_a_weekly_tuesday_visitor_is_a_tuesday_regular(first: date, weeks: int) -> None:
    tuesdays = [first + timedelta(weeks=i) for i in range(weeks + 1)]
    rhythm = rhythm_of(tuesdays)
    assert rhythm is not None
    assert rhythm.usual_weekday == 1  # Tuesday, as date.weekday()
    assert rhythm.typical_gap_days == 7


def test_a_visitor_on_any_day_has_no_usual_weekday() -> None:
    # Every three days walks through the week: no weekday holds most of the visits.
    rhythm = rhythm_of(regular(date(2026, 11, 20), 3, 14))
    assert rhythm is not None
    assert rhythm.usual_weekday is None


def test_mostly_tuesdays_still_counts() -> None:
    tuesdays = [date(2026, 9, 1) + timedelta(weeks=i) for i in range(8)]
    extra = [date(2026, 9, 4), date(2026, 9, 19)]  # a Friday and a Saturday
    rhythm = rhythm_of([*tuesdays, *extra])
    assert rhythm is not None
    assert rhythm.usual_weekday == 1
