"""The newsletter list: who agreed to receive it, with the contact details they gave.

Written as CSV in UTF-8 with a byte-order mark and CRLF line ends, which is what
Excel needs to open Japanese text correctly by double-click.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kauntaa.domain.consent import Answer, answer
from kauntaa.domain.customers import CustomerRef
from kauntaa.outputs import Outputs
from kauntaa.services.clock import Clock, wall_clock
from kauntaa.services.csv_files import write_csv
from kauntaa.storage.schema import CustomerRow

HEADERS = {
    "ja": ("ID", "名前", "よみ", "呼び方", "メール", "電話", "住所", "同意日"),
    "en": ("ID", "Name", "Reading", "Call name", "Email", "Phone", "Address", "Consent date"),
}


@dataclass(frozen=True, slots=True)
class Subscriber:
    customer: CustomerRef
    email: str
    phone: str
    address: str
    consent_at: datetime | None


@dataclass(frozen=True, slots=True)
class NewsletterExport:
    path: Path
    count: int


class NewsletterService:
    def __init__(
        self, sessions: sessionmaker[Session], outputs: Outputs, clock: Clock = wall_clock
    ) -> None:
        self._sessions = sessions
        self._outputs = outputs
        self._clock = clock

    def subscribers(self) -> list[Subscriber]:
        """Customers (not archived) who gave newsletter consent, by reading."""
        with self._sessions.begin() as s:
            rows = s.execute(
                select(
                    CustomerRow.id,
                    CustomerRow.name,
                    CustomerRow.reading,
                    CustomerRow.call_name,
                    CustomerRow.email,
                    CustomerRow.phone,
                    CustomerRow.address,
                    CustomerRow.newsletter_consent_at,
                    CustomerRow.contact_consent,
                    CustomerRow.contact_consent_at,
                )
                .where(CustomerRow.newsletter_consent.is_(True), CustomerRow.archived_at.is_(None))
                .order_by(CustomerRow.reading, CustomerRow.id)
            ).all()
            subscribers = []
            for r in rows:
                # Someone who declined (or withdrew) keeping their contact details is
                # listed by name only: the list never carries details they refused.
                declined = answer(r.contact_consent, r.contact_consent_at) is Answer.DECLINED
                subscribers.append(
                    Subscriber(
                        CustomerRef(r.id, r.name, r.reading, r.call_name),
                        "" if declined else r.email,
                        "" if declined else r.phone,
                        "" if declined else r.address,
                        r.newsletter_consent_at,
                    )
                )
            return subscribers

    def export_csv(
        self, path: Path, *, language: str = "ja", force: bool = False
    ) -> NewsletterExport:
        """Write the list to ``path`` through the one writer (``force`` replaces a file)."""
        target = Path(path)
        self._outputs.check(target, force=force)  # before the work, for a quick refusal
        people = self.subscribers()
        headers = HEADERS["ja" if language.startswith("ja") else "en"]
        buffer = io.BytesIO()
        write_csv(
            buffer,
            headers,
            (
                (
                    p.customer.id,
                    p.customer.name,
                    p.customer.reading,
                    p.customer.call_name,
                    p.email,
                    p.phone,
                    p.address,
                    f"{p.consent_at:%Y-%m-%d}" if p.consent_at else "",
                )
                for p in people
            ),
            encoding="utf-8",
        )
        self._outputs.write(target, buffer.getvalue(), force=force)
        return NewsletterExport(target, len(people))
