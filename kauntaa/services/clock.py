"""The shop's clock. Services take it as a parameter so tests can fix "now"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

Clock = Callable[[], datetime]


def wall_clock() -> datetime:
    """Local time to the second: what the owner sees on the wall."""
    return datetime.now().replace(microsecond=0)
