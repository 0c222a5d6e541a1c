"""The introduction ledger: who met whom, through whom, why, and what came of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from kauntaa.domain.customers import CustomerRef


class IntroductionStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    DROPPED = "dropped"


class OutcomeKind(StrEnum):
    NONE_YET = "none_yet"
    WORK = "work"
    FRIENDSHIP = "friendship"
    COLLABORATION = "collaboration"
    OTHER = "other"


OUTCOME_LABELS: dict[OutcomeKind, tuple[str, str]] = {
    OutcomeKind.NONE_YET: ("まだ", "nothing yet"),
    OutcomeKind.WORK: ("仕事につながった", "led to work"),
    OutcomeKind.FRIENDSHIP: ("友だちになった", "became friends"),
    OutcomeKind.COLLABORATION: ("一緒に企画", "a collaboration"),
    OutcomeKind.OTHER: ("その他", "other"),
}


@dataclass(frozen=True, slots=True)
class Introduction:
    """Person A ↔ person B. ``introducer`` None means the owner made it."""

    id: int
    person_a: CustomerRef
    person_b: CustomerRef
    introducer: CustomerRef | None
    on: date
    context: str
    status: IntroductionStatus
    outcome_kind: OutcomeKind
    outcome_text: str
    outcome_on: date | None
    follow_up_on: date | None
    created_at: datetime

    def other(self, customer_id: int) -> CustomerRef:
        """The other side of the introduction, seen from one of its two people."""
        return self.person_b if self.person_a.id == customer_id else self.person_a
