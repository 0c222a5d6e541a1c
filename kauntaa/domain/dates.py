"""The days Kauntaa accepts, and what a time with a UTC offset means at the counter.

One range for every date that is typed, imported or asked about: from 1900
(the oldest birthday a regular may have) to the end of 2100 (a typo such as 3026
is caught, and the arithmetic of a week, a month or the charts' twelve weeks
before a day never leaves what ``datetime`` can hold, which year 1 did).

Kauntaa stores local wall-clock times without a zone: the shop lives in one.
A time given with an offset (``2026-11-20T12:00+09:00``) names one instant, so
it is converted to this computer's local time rather than refused or having
its offset dropped (dropping it would record the wrong hour whenever the
offset is not the local one).
"""

from __future__ import annotations

from datetime import date, datetime

EARLIEST = date(1900, 1, 1)
LATEST = date(2100, 12, 31)


def in_range(day: date) -> bool:
    return EARLIEST <= day <= LATEST


def local_naive(at: datetime) -> datetime:
    """``at`` as this computer's local wall-clock time, without a zone."""
    if at.tzinfo is None or at.utcoffset() is None:
        return at
    return at.astimezone().replace(tzinfo=None)
