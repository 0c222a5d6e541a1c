"""The newsletter list: who agreed to receive it, with the contact details they gave.

Written as CSV in UTF-8 with a byte-order mark and CRLF line ends, which is what
Excel needs to open Japanese text correctly by double-click.
"""

from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kauntaa.domain.consent import Answer, answer
from kauntaa.domain.customers import CustomerRef
from kauntaa.errors import Message, UserError
from kauntaa.services.clock import Clock, wall_clock
from kauntaa.storage.schema import CustomerRow

HEADERS = {
    "ja": ("ID", "名前", "よみ", "呼び方", "メール", "電話", "住所", "同意日"),
    "en": ("ID", "Name", "Reading", "Call name", "Email", "Phone", "Address", "Consent date"),
}
# A cell starting with one of these is a formula to Excel; a leading ' keeps it text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


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


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


class NewsletterService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock = wall_clock) -> None:
        self._sessions = sessions
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

    def export_csv(self, path: Path, *, language: str = "ja") -> NewsletterExport:
        """Write the list to ``path`` (replaced only once it is complete)."""
        people = self.subscribers()
        target = Path(path)
        headers = HEADERS["ja" if language.startswith("ja") else "en"]
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=".newsletter-", suffix=".csv", dir=target.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as out:
                    writer = csv.writer(out, lineterminator="\r\n")
                    writer.writerow(headers)
                    for p in people:
                        writer.writerow(
                            [
                                p.customer.id,
                                _cell(p.customer.name),
                                _cell(p.customer.reading),
                                _cell(p.customer.call_name),
                                _cell(p.email),
                                _cell(p.phone),
                                _cell(p.address),
                                f"{p.consent_at:%Y-%m-%d}" if p.consent_at else "",
                            ]
                        )
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(temp, target)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise UserError(
                Message(
                    f"ニュースレターの一覧を書き出せませんでした（{target}）: {exc.strerror}",
                    f"Could not write the newsletter list to {target}: {exc.strerror}",
                ),
                code="export_failed",
                field="path",
            ) from exc
        return NewsletterExport(target, len(people))
