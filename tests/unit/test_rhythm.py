"""A regular's own rhythm, and when they count as overdue against it.

The properties are stated for what the owner does: record a visit *today*
(the day the list is judged) or simply wait. A visit recorded afterwards for
an earlier day is different: it adds a short gap, which can lower the median
and with it the allowance, so a back-dated visit may make someone overdue
(see ``test_a_back_dated_visit_can_shorten_the_rhythm``). That is the rule
working as meant (the rhythm is the median of what really happened), so the
"never more overdue" property is stated for a visit on the judging day only.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from random import Random

from hypothesis import assume, given, settings
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


histories = st.lists(days, min_size=0, max_size=40)


@PROPERTY
@given(history=histories, after=st.integers(min_value=0, max_value=3000))
def test_recording_a_visit_today_never_makes_anyone_more_overdue(
    history: list[date], after: int
) -> None:
    today = max(history, default=date(2020, 1, 1)) + timedelta(days=after)
    before = rhythm_of(history)
    now = rhythm_of([*history, today])
    if now is None:  # still too few visits: not judged before either
        assert before is None
        return
    assert not now.is_overdue(today)
    assert now.overdue_ratio(today) == 0
    if before is not None:
        assert now.overdue_ratio(today) <= before.overdue_ratio(today)


@PROPERTY
@given(
    history=histories,
    wait=st.integers(min_value=0, max_value=2000),
    longer=st.integers(min_value=0, max_value=2000),
)
def test_waiting_longer_never_makes_someone_less_overdue(
    history: list[date], wait: int, longer: int
) -> None:
    rhythm = rhythm_of(history)
    assume(rhythm is not None)
    assert rhythm is not None
    first = rhythm.last_visit + timedelta(days=wait)
    later = first + timedelta(days=longer)
    assert rhythm.days_since(first) <= rhythm.days_since(later)
    assert rhythm.overdue_ratio(first) <= rhythm.overdue_ratio(later)
    if rhythm.is_overdue(first):
        assert rhythm.is_overdue(later)


@PROPERTY
@given(
    history=st.lists(days, min_size=1, max_size=30),
    extra=st.lists(st.tuples(st.integers(0, 29), st.integers(0, 23)), max_size=20),
)
def test_more_visits_on_the_same_days_do_not_change_the_rhythm(
    history: list[date], extra: list[tuple[int, int]]
) -> None:
    times = [datetime.combine(d, datetime.min.time()) + timedelta(hours=9) for d in history]
    again = [
        datetime.combine(history[i % len(history)], datetime.min.time()) + timedelta(hours=h)
        for i, h in extra
    ]
    assert rhythm_of([*times, *again]) == rhythm_of(times)


@PROPERTY
@given(history=histories, seed=st.randoms(use_true_random=False))
def test_the_order_visits_are_recorded_in_does_not_matter(
    history: list[date], seed: Random
) -> None:
    shuffled = list(history)
    seed.shuffle(shuffled)
    assert rhythm_of(shuffled) == rhythm_of(history)


def test_a_back_dated_visit_can_shorten_the_rhythm() -> None:
    # Gaps of 2, 10 and 10 days: the median is 10, allowed 15 days; 15 days on, not overdue.
    last = date(2026, 11, 5)
    history = [
        last - timedelta(days=22),
        last - timedelta(days=20),
        last - timedelta(days=10),
        last,
    ]
    today = last + timedelta(days=15)
    rhythm = rhythm_of(history)
    assert rhythm is not None
    assert rhythm.typical_gap_days == 10
    assert not rhythm.is_overdue(today)
    # A visit two days after the last one, recorded late: gaps 2, 10, 10, 2 have a
    # median of 6, allowing 9 days; 13 days have passed since that visit.
    later = rhythm_of([*history, last + timedelta(days=2)])
    assert later is not None
    assert later.typical_gap_days == 6
    assert later.is_overdue(today)
