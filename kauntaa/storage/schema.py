"""The ORM rows: the whole data model, from the first schema on.

Times are the shop's local wall-clock time, stored naive: the counter, the day
summary and the owner all live in one time zone. Customer rows also carry a few
figures derived from visits (count, last visit, rhythm) so the card, the search
list and the overdue list never scan the visit table.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def new_uid() -> str:
    """A customer's stable identity outside this file (vCard UID, other counters): a UUID."""
    return str(uuid.uuid4())


class CustomerRow(Base):
    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Python-side default: every insert path (ORM, bulk Core, demo, restore) gets one.
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    name: Mapped[str] = mapped_column(String(100))
    reading: Mapped[str] = mapped_column(String(100), default="")
    call_name: Mapped[str] = mapped_column(String(50), default="")
    usual_order: Mapped[str] = mapped_column(String(200), default="")
    occupation: Mapped[str] = mapped_column(String(200), default="")
    offers: Mapped[str] = mapped_column(Text, default="")
    looking_for: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    birthday: Mapped[date | None]
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    newsletter_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    newsletter_consent_at: Mapped[datetime | None]
    do_not_introduce: Mapped[bool] = mapped_column(Boolean, default=False)
    # Consent and its date (domain/consent.py); "do not introduce" withdraws the
    # introduction consent, so both are never set together.
    contact_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_consent_at: Mapped[datetime | None]
    introduction_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    introduction_consent_at: Mapped[datetime | None]
    first_seen: Mapped[date] = mapped_column(Date)
    archived_at: Mapped[datetime | None]
    source: Mapped[str] = mapped_column(String(40), default="counter")
    # Derived from the visit table, kept current by the visit repository.
    visit_count: Mapped[int] = mapped_column(Integer, default=0)
    last_visit_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    rhythm_days: Mapped[float | None] = mapped_column(Float)
    usual_weekday: Mapped[int | None]
    overdue_from: Mapped[date | None] = mapped_column(Date)
    # The last visit's day as a proleptic ordinal (date.toordinal), so the overdue
    # ranking is integer arithmetic over thousands of rows, not date parsing.
    last_visit_day: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint(
            "NOT (introduction_consent AND do_not_introduce)", name="introduction_consent"
        ),
        # Covering for the overdue list: who is past their allowance, ranked by
        # how long since their last visit against their rhythm, read from the index.
        Index(
            "ix_customer_overdue",
            "overdue_from",
            "archived_at",
            "last_visit_day",
            "rhythm_days",
        ),
    )

    tags: Mapped[list[CustomerTagRow]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerTagRow.position"
    )


class CustomerTagRow(Base):
    """Interests and values, as the owner wrote them."""

    __tablename__ = "customer_tag"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(40), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    customer: Mapped[CustomerRow] = relationship(back_populates="tags")


class SearchTermRow(Base):
    """Folded keys of a card, looked up by prefix. Rebuilt whenever the card changes."""

    __tablename__ = "search_term"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    tier: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    term: Mapped[str] = mapped_column(String(200))
    whole: Mapped[bool] = mapped_column(Boolean)

    __table_args__ = (
        # Covering: a prefix look-up reads the index alone, in term order.
        Index("ix_search_term_lookup", "tier", "term", "kind", "whole", "customer_id"),
        Index("ix_search_term_customer_id", "customer_id"),
    )


class NoteRow(Base):
    __tablename__ = "note"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    body: Mapped[str] = mapped_column(Text)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_note_customer_id_created_at", "customer_id", "created_at"),)


class VisitRow(Base):
    __tablename__ = "visit"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(DateTime)
    order_text: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(16), default="counter")

    __table_args__ = (
        Index("ix_visit_customer_id_at", "customer_id", "at"),
        # Covering for a day's visitors: the summary reads the index alone.
        Index("ix_visit_at_customer", "at", "customer_id", "order_text"),
    )


class IntroductionRow(Base):
    """Person A ↔ person B; stored with a < b so a pair is recorded once.

    When a customer is deleted on request, an introduction that happened stays on
    the other person's card with the deleted side set to NULL ("someone whose
    record was deleted"), so their history stays true without naming anyone.
    """

    __tablename__ = "introduction"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Typed int: only an erasure (repositories/erasure.py) writes NULL here, and
    # the readers of such rows (introductions.to_domain) name nobody for it.
    person_a_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), nullable=True
    )
    person_b_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), nullable=True, index=True
    )
    # NULL: the owner introduced them, unless introducer_removed says it was a
    # customer whose record was deleted since.
    introducer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="SET NULL"), index=True
    )
    introducer_removed: Mapped[bool] = mapped_column(Boolean, default=False)
    introduced_on: Mapped[date] = mapped_column(Date, index=True)
    context: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="done")
    outcome_kind: Mapped[str] = mapped_column(String(16), default="none_yet")
    outcome_text: Mapped[str] = mapped_column(Text, default="")
    outcome_on: Mapped[date | None]
    follow_up_on: Mapped[date | None]
    created_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        UniqueConstraint("person_a_id", "person_b_id"),
        CheckConstraint("person_a_id < person_b_id", name="ordered_pair"),
        CheckConstraint("status IN ('planned', 'done', 'dropped')", name="status"),
    )


class CircleRow(Base):
    __tablename__ = "circle"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id", ondelete="SET NULL"))
    archived_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(DateTime)


class CircleMemberRow(Base):
    __tablename__ = "circle_member"

    circle_id: Mapped[int] = mapped_column(
        ForeignKey("circle.id", ondelete="CASCADE"), primary_key=True
    )
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(50), default="")
    joined_on: Mapped[date | None]


class EventRow(Base):
    """A workshop or event at the shop, maybe co-hosted by a circle."""

    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    circle_id: Mapped[int | None] = mapped_column(
        ForeignKey("circle.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str] = mapped_column(Text, default="")
    announced_in_newsletter: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class EventAttendeeRow(Base):
    __tablename__ = "event_attendee"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), primary_key=True
    )
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ReminderRow(Base):
    """Due on a date, or on the next visit of ``customer_id``; maybe an introduction's follow-up."""

    __tablename__ = "reminder"

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    on_next_visit: Mapped[bool] = mapped_column(Boolean, default=False)
    introduction_id: Mapped[int | None] = mapped_column(
        ForeignKey("introduction.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime)
    done_at: Mapped[datetime | None]

    __table_args__ = (
        CheckConstraint(
            "due_on IS NOT NULL OR (on_next_visit AND customer_id IS NOT NULL)", name="when"
        ),
    )


class DayNoteRow(Base):
    __tablename__ = "day_note"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    body: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ShopIdentityRow(Base):
    """One row: the shop's own random id, written once when its file is made.

    A leftover ``-wal`` is trusted only when the file with it still names the same
    shop as the file alone: a -wal that holds another shop's database names another.
    A restore keeps the live file's id; a copy never gets a new one.
    """

    __tablename__ = "shop_identity"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36))


TABLES_WITH_ROWS = (
    "customer",
    "note",
    "visit",
    "introduction",
    "circle",
    "circle_member",
    "event",
    "event_attendee",
    "reminder",
    "day_note",
)
