"""A regular's card: who they are, how to address them, what they offer and need."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple


@dataclass(frozen=True, slots=True)
class CustomerFields:
    """Everything the owner can type on a card. Used to create and to edit."""

    name: str
    reading: str = ""
    call_name: str = ""
    usual_order: str = ""
    occupation: str = ""
    offers: str = ""
    looking_for: str = ""
    tags: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    address: str = ""
    birthday: date | None = None
    newsletter_consent: bool = False
    do_not_introduce: bool = False
    photo: bytes | None = field(default=None, repr=False)
    #: Agreed to their contact details being kept (see domain/consent.py).
    contact_consent: bool = False
    #: Agreed to being introduced to other regulars; excluded by do_not_introduce.
    introduction_consent: bool = False


@dataclass(frozen=True, slots=True)
class Customer:
    """A stored card, with the figures kept up to date as visits are recorded."""

    id: int
    name: str
    reading: str
    call_name: str
    usual_order: str
    occupation: str
    offers: str
    looking_for: str
    tags: tuple[str, ...]
    phone: str
    email: str
    address: str
    birthday: date | None
    newsletter_consent: bool
    newsletter_consent_at: datetime | None
    do_not_introduce: bool
    has_photo: bool
    first_seen: date
    archived_at: datetime | None
    visit_count: int
    last_visit_at: datetime | None
    rhythm_days: float | None
    created_at: datetime
    updated_at: datetime
    contact_consent: bool = False
    contact_consent_at: datetime | None = None
    introduction_consent: bool = False
    #: When the introduction answer (agreed, or "do not introduce") was last given.
    introduction_consent_at: datetime | None = None
    #: Stable identity outside this file (vCard UID, other counters): a UUID.
    uid: str = ""

    @property
    def archived(self) -> bool:
        return self.archived_at is not None

    def fields(self) -> CustomerFields:
        """The editable part, for an edit form or an undo snapshot (without the photo)."""
        return CustomerFields(
            name=self.name,
            reading=self.reading,
            call_name=self.call_name,
            usual_order=self.usual_order,
            occupation=self.occupation,
            offers=self.offers,
            looking_for=self.looking_for,
            tags=self.tags,
            phone=self.phone,
            email=self.email,
            address=self.address,
            birthday=self.birthday,
            newsletter_consent=self.newsletter_consent,
            do_not_introduce=self.do_not_introduce,
            contact_consent=self.contact_consent,
            introduction_consent=self.introduction_consent,
        )


class CustomerRef(NamedTuple):
    """Just enough to name someone in a list or a sentence.

    A named tuple rather than a dataclass: a busy day's summary builds thousands
    of these, and a tuple is several times cheaper to create.
    """

    id: int
    name: str
    reading: str
    call_name: str = ""

    @property
    def address_as(self) -> str:
        """What to say: the call name when there is one, else the name."""
        return self.call_name or self.name
