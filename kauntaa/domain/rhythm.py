"""A regular's own rhythm, and whether they are overdue against it.

"Usually every 7 days, 23 days since the last visit" is judged per person: the
typical gap is the median of the gaps between their visit days, so one long
holiday does not change it. People with too few visits are not judged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from itertools import pairwise

#: Gaps needed before a rhythm is trusted (four separate visit days).
MIN_GAPS = 3
#: Overdue once the gap since the last visit passes this many typical gaps…
OVERDUE_FACTOR = 1.5
#: …and at least this many days (a daily regular missing one day is not news).
MIN_SLACK_DAYS = 3
#: A weekday counts as "usual" when at least this share of visits fell on it.
WEEKDAY_SHARE = 0.6


@dataclass(frozen=True, slots=True)
class Rhythm:
    typical_gap_days: float
    usual_weekday: int | None  # 0 = Monday, as date.weekday()
    visit_days: int | None  # None when rebuilt from cached figures
    last_visit: date

    def allowance_days(self) -> float:
        """Days since the last visit that still count as on rhythm."""
        return max(self.typical_gap_days * OVERDUE_FACTOR, self.typical_gap_days + MIN_SLACK_DAYS)

    def days_since(self, today: date) -> int:
        return max(0, (today - self.last_visit).days)

    def overdue_ratio(self, today: date) -> float:
        """Days since the last visit over the typical gap; above the allowance means overdue."""
        return self.days_since(today) / self.typical_gap_days

    def is_overdue(self, today: date) -> bool:
        return self.days_since(today) > self.allowance_days()


def median(values: list[int]) -> float:
    """The middle gap (or the mean of the two middle ones).

    Written out because ``statistics`` pulls in decimal and fractions, which the
    window would otherwise load at start-up.
    """
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2


def rhythm_of(visits: Iterable[date | datetime]) -> Rhythm | None:
    """The rhythm of a visit history, or None when there is too little to judge."""
    days = sorted({v.date() if isinstance(v, datetime) else v for v in visits})
    if len(days) < MIN_GAPS + 1:
        return None
    gaps = [(b - a).days for a, b in pairwise(days)]
    weekday, count = Counter(d.weekday() for d in days).most_common(1)[0]
    return Rhythm(
        typical_gap_days=float(median(gaps)),
        usual_weekday=weekday if count / len(days) >= WEEKDAY_SHARE else None,
        visit_days=len(days),
        last_visit=days[-1],
    )
