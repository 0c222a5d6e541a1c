"""What a customer agreed to, and since when (Japan's personal-information law, APPI).

Three answers are kept, each with the date it was given or withdrawn:

- the newsletter;
- keeping their contact details (phone, email, address);
- being introduced to other regulars. "Do not introduce" is the withdrawal of
  this consent, so the two can never both be set: agreeing clears the flag and
  setting the flag withdraws the agreement.

A date of None means the question was never answered. A date is stamped only
when the answer changes, so re-saving a card keeps the original date.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from kauntaa.domain.customers import CustomerFields


class Answer(StrEnum):
    NOT_ASKED = "not_asked"
    AGREED = "agreed"
    DECLINED = "declined"  # declined, or agreed once and withdrew


def answer(agreed: bool, at: datetime | None) -> Answer:
    if agreed:
        return Answer.AGREED
    return Answer.DECLINED if at is not None else Answer.NOT_ASKED


def introduction_answer(agreed: bool, do_not_introduce: bool, at: datetime | None) -> Answer:
    if do_not_introduce:
        return Answer.DECLINED
    return answer(agreed, at)


def reconcile(fields: CustomerFields) -> CustomerFields:
    """Agreeing to introductions and "do not introduce" exclude each other; the flag wins."""
    if fields.do_not_introduce and fields.introduction_consent:
        return replace(fields, introduction_consent=False)
    return fields


def stamp(before: bool, after: bool, at: datetime | None, now: datetime) -> datetime | None:
    """The date to keep for one answer: now when it changed, else the date it already had."""
    return now if before != after else at


@dataclass(frozen=True, slots=True)
class ConsentDates:
    newsletter: datetime | None
    contact: datetime | None
    introduction: datetime | None


def updated_dates(
    old: CustomerFields, old_dates: ConsentDates, new: CustomerFields, now: datetime
) -> ConsentDates:
    """A changed answer is dated now; an unchanged one keeps its date.

    For a new card ``old`` is all clear with no dates, so each box ticked on the
    form (and "do not introduce", which is an answer too) is dated now.
    """
    new = reconcile(new)
    old_intro = (old.introduction_consent, old.do_not_introduce)
    new_intro = (new.introduction_consent, new.do_not_introduce)
    return ConsentDates(
        newsletter=stamp(old.newsletter_consent, new.newsletter_consent, old_dates.newsletter, now),
        contact=stamp(old.contact_consent, new.contact_consent, old_dates.contact, now),
        introduction=now if old_intro != new_intro else old_dates.introduction,
    )
