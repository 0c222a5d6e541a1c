"""The introduction ledger: introduce, plan, record outcomes, follow up."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from kauntaa.domain.introductions import Introduction, IntroductionStatus, OutcomeKind
from kauntaa.domain.validation import check_day, clean
from kauntaa.errors import Message, NotFoundError, UserError
from kauntaa.services.clock import Clock, wall_clock
from kauntaa.services.existing import require, require_customer
from kauntaa.storage.repositories import introductions, reminders
from kauntaa.storage.schema import CustomerRow, IntroductionRow


class IntroductionService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock = wall_clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def introduce(
        self,
        a: int,
        b: int,
        *,
        by: int | None = None,
        context: str = "",
        on: date | None = None,
        planned: bool = False,
    ) -> Introduction:
        """Record that A and B were introduced (by the owner, or by regular ``by``), or plan it.

        Completing a planned introduction turns it into a done one; any other
        second record of the same pair is refused.
        """
        now = self._clock()
        day = check_day(on or now.date(), "on")
        text = clean("context", context)
        if a == b:
            raise UserError(
                Message(
                    "同じ人どうしは紹介できません。二人目を選んでください。",
                    "A person cannot be introduced to themselves. Choose someone else.",
                ),
                code="self_introduction",
                field="person_b",
            )
        if by is not None and by in (a, b):
            raise UserError(
                Message(
                    "紹介した人は、紹介された二人とは別の人にしてください。",
                    "The introducer must be someone other than the two people introduced.",
                ),
                code="introducer_is_party",
                field="by",
            )
        if not planned and day > now.date():
            raise UserError(
                Message(
                    "紹介日が未来です。予定なら「予定」にしてください。",
                    "The introduction date is in the future. Mark it as planned instead.",
                ),
                code="future",
                field="on",
            )
        status = IntroductionStatus.PLANNED if planned else IntroductionStatus.DONE
        with self._sessions.begin() as s:
            person_a = require_customer(s, a)
            person_b = require_customer(s, b)
            if by is not None:
                require_customer(s, by)
            if planned:
                _refuse_do_not_introduce(person_a, person_b)
            existing = introductions.find_pair(s, a, b)
            if existing is not None:
                if existing.status == IntroductionStatus.PLANNED.value and not planned:
                    existing.status = IntroductionStatus.DONE.value
                    existing.introduced_on = day
                    existing.introducer_id = by
                    existing.context = text or existing.context
                    s.flush()
                    return introductions.to_domain(s, [existing])[0]
                raise UserError(
                    Message(
                        f"{person_a.name}さんと{person_b.name}さんは、もう記録されています"
                        f"（{existing.introduced_on:%Y-%m-%d}）。その後の様子を記録してください。",
                        f"{person_a.name} and {person_b.name} are already in the ledger "
                        f"({existing.introduced_on:%Y-%m-%d}). Record its outcome instead.",
                    ),
                    code="duplicate_introduction",
                    field="person_b",
                )
            row = introductions.add(
                s, a, b, introducer_id=by, on=day, context=text, status=status, now=now
            )
            return introductions.to_domain(s, [row])[0]

    def record_outcome(
        self,
        introduction_id: int,
        kind: OutcomeKind,
        text: str = "",
        *,
        on: date | None = None,
        follow_up_on: date | None = None,
    ) -> Introduction:
        """What came of it; a follow-up date also becomes a reminder.

        Only an introduction that happened has an outcome; its date cannot be in
        the future, and a follow-up cannot be due before today.
        """
        now = self._clock()
        body = clean("outcome_text", text)
        if on is not None:
            check_day(on, "outcome_on")
        if follow_up_on is not None:
            check_day(follow_up_on, "follow_up_on")
        if on is not None and on > now.date():
            raise UserError(
                Message(
                    "結果の日付が未来です。今日までの日付にしてください。",
                    "The outcome date is in the future. Use today or an earlier day.",
                ),
                code="future",
                field="outcome_on",
            )
        if follow_up_on is not None and follow_up_on < now.date():
            raise UserError(
                Message(
                    "フォローアップの日付が過ぎています。今日以降の日付にしてください。",
                    "The follow-up date has passed. Choose today or a later day.",
                ),
                code="past",
                field="follow_up_on",
            )
        with self._sessions.begin() as s:
            row = require(s, IntroductionRow, introduction_id)
            if row.status != IntroductionStatus.DONE.value:
                raise UserError(
                    Message(
                        "まだ紹介していません。先に「紹介した」にしてください。",
                        "This introduction has not happened yet. Mark it done first.",
                    ),
                    code="not_done",
                    field="status",
                )
            row.outcome_kind = kind.value
            row.outcome_text = body
            row.outcome_on = on or now.date()
            row.follow_up_on = follow_up_on
            if follow_up_on is not None:
                names = introductions.to_domain(s, [row])[0]
                reminders.add(
                    s,
                    text=f"{names.person_a.name} ↔ {names.person_b.name}",
                    customer_id=None,
                    due_on=follow_up_on,
                    on_next_visit=False,
                    introduction_id=row.id,
                    now=now,
                )
            s.flush()
            return introductions.to_domain(s, [row])[0]

    def complete(self, introduction_id: int, *, on: date | None = None) -> Introduction:
        """A planned introduction happened (today, or ``on``): it leaves the "next time" list."""
        day = check_day(on or self._clock().date(), "on")
        if day > self._clock().date():
            raise UserError(
                Message(
                    "紹介日が未来です。今日までの日付にしてください。",
                    "The introduction date is in the future. Use today or an earlier day.",
                ),
                code="future",
                field="on",
            )
        with self._sessions.begin() as s:
            row = _planned(s, introduction_id)
            row.status = IntroductionStatus.DONE.value
            row.introduced_on = day
            s.flush()
            return introductions.to_domain(s, [row])[0]

    def drop(self, introduction_id: int) -> Introduction:
        """A planned introduction will not happen after all; it stays in the ledger, greyed."""
        with self._sessions.begin() as s:
            row = _planned(s, introduction_id)
            row.status = IntroductionStatus.DROPPED.value
            s.flush()
            return introductions.to_domain(s, [row])[0]

    def between(self, a: int, b: int) -> Introduction:
        """The ledger entry of this pair, whichever way round it was recorded."""
        with self._sessions.begin() as s:
            person_a = require_customer(s, a)
            person_b = require_customer(s, b)
            row = introductions.find_pair(s, a, b)
            if row is None:
                raise NotFoundError(
                    Message(
                        f"{person_a.name}さんと{person_b.name}さんの紹介は記録されていません。",
                        f"There is no introduction of {person_a.name} and {person_b.name}.",
                    ),
                    code="not_found",
                )
            return introductions.to_domain(s, [row])[0]

    def get(self, introduction_id: int) -> Introduction:
        with self._sessions.begin() as s:
            return introductions.to_domain(s, [require(s, IntroductionRow, introduction_id)])[0]

    # Undo ---------------------------------------------------------------

    def remove(self, introduction_id: int) -> Introduction:
        """Take back an introduction just recorded (undo); its follow-up reminders go too."""
        with self._sessions.begin() as s:
            row = require(s, IntroductionRow, introduction_id)
            intro = introductions.to_domain(s, [row])[0]
            s.delete(row)
            return intro

    def reopen(self, introduction_id: int, *, on: date) -> Introduction:
        """Planned again, for its old day (undo of done or dropped)."""
        with self._sessions.begin() as s:
            row = require(s, IntroductionRow, introduction_id)
            row.status = IntroductionStatus.PLANNED.value
            row.introduced_on = on
            s.flush()
            return introductions.to_domain(s, [row])[0]

    def restore_outcome(self, before: Introduction) -> Introduction:
        """Put back an earlier outcome (undo); a follow-up reminder made since goes."""
        with self._sessions.begin() as s:
            row = require(s, IntroductionRow, before.id)
            if row.follow_up_on is not None and row.follow_up_on != before.follow_up_on:
                reminders.remove_for_introduction(s, row.id, due_on=row.follow_up_on)
            row.outcome_kind = before.outcome_kind.value
            row.outcome_text = before.outcome_text
            row.outcome_on = before.outcome_on
            row.follow_up_on = before.follow_up_on
            s.flush()
            return introductions.to_domain(s, [row])[0]

    def set_status(self, introduction_id: int, status: IntroductionStatus) -> Introduction:
        with self._sessions.begin() as s:
            row = require(s, IntroductionRow, introduction_id)
            row.status = status.value
            s.flush()
            return introductions.to_domain(s, [row])[0]

    def for_customer(self, customer_id: int) -> list[Introduction]:
        with self._sessions.begin() as s:
            require_customer(s, customer_id)
            return introductions.to_domain(s, introductions.for_customer(s, customer_id))


def _planned(session: Session, introduction_id: int) -> IntroductionRow:
    row = require(session, IntroductionRow, introduction_id)
    if row.status != IntroductionStatus.PLANNED.value:
        raise UserError(
            Message(
                "この紹介は予定ではありません（もう済んだか、見送りました）。",
                "This introduction is not planned any more: it was done or dropped.",
            ),
            code="not_planned",
            field="status",
        )
    return row


def _refuse_do_not_introduce(*people: CustomerRow) -> None:
    for person in people:
        if person.do_not_introduce:
            raise UserError(
                Message(
                    f"{person.name}さんは「紹介しないで」と希望しています。予定にはできません。",
                    f"{person.name} asked not to be introduced to anyone, so it cannot be planned.",
                ),
                code="do_not_introduce",
                field="person_b",
            )
