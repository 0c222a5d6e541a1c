"""A customer's rights under Japan's personal-information law (APPI): see it all, or be deleted.

``export`` gathers everything the shop's file holds about one person, as plain
JSON-ready values, and ``record_html`` lays the same out as a printable page.
``erase`` deletes the person completely (domain/erasure.py says what is kept,
anonymised, for the other people's history) and then folds the write-ahead log
into the file, so the deleted bytes are gone from the live files. Backups
taken earlier age out by the retention.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from html import escape
from typing import Any

from sqlalchemy import Engine, or_, select
from sqlalchemy.orm import Session, sessionmaker, undefer

from kauntaa.domain import consent
from kauntaa.domain.erasure import ErasureReport
from kauntaa.errors import Message
from kauntaa.services.clock import Clock, wall_clock
from kauntaa.services.existing import require_customer
from kauntaa.storage import backup
from kauntaa.storage.repositories import customers, erasure, snapshots
from kauntaa.storage.repositories.snapshots import CustomerSnapshot
from kauntaa.storage.schema import (
    CircleMemberRow,
    CircleRow,
    CustomerRow,
    EventAttendeeRow,
    EventRow,
    IntroductionRow,
    NoteRow,
    ReminderRow,
    VisitRow,
)

RECORD_FORMAT = "kauntaa-customer-record"
RECORD_VERSION = 1
#: Derived from the name for search only; listed as such, not copied.
DERIVED_NOTE = Message(
    "検索用の読み・ローマ字の索引は、上の名前と読みから作られたもので、それ以外の情報はありません。",
    "The search index holds only keys made from the name and reading above.",
)

DEFAULT_PURPOSE = Message(
    "当店では、お客さまのお名前・呼び方・いつものご注文・会話のメモ・ご来店の記録を、"
    "次にいらしたときに気持ちよくお迎えするため、またご希望の方へのお知らせ（ニュースレター）や、"
    "ご同意いただいた方どうしのご紹介のためにだけ使います。"
    "この店のパソコンの中だけに保管し、第三者には渡しません。"
    "ご自身の記録の開示・訂正・削除をご希望の際は、店主にお申し付けください。",
    "This shop keeps your name, what to call you, your usual order, notes of our "
    "conversations and your visits, only to welcome you well next time, to send our "
    "newsletter if you asked for it, and to introduce you to other regulars if you "
    "agreed. It stays on this shop's own computer and is not given to anyone else. "
    "Ask the owner to see, correct or delete what is kept about you.",
)


def default_purpose(language: str) -> str:
    return DEFAULT_PURPOSE.in_language(language)


def backup_retention_message() -> Message:
    """What the owner should know about backups after a deletion."""
    recent, daily, weekly = backup.KEEP_RECENT, backup.KEEP_DAILY, backup.KEEP_WEEKLY
    return Message(
        "削除前に作られたバックアップには、この方の記録がまだ残っています。"
        f"バックアップは新しい {recent} 個、日ごとに {daily} 日分、週ごとに {weekly} 週分だけが"
        f"保管され、古いものから自動で消えていきます（最長でおよそ {weekly} 週間）。"
        "そのあいだにバックアップから戻すと、この方の記録も戻ります。",
        "Backups taken before the deletion still hold this person's record. Kauntaa "
        f"keeps the {recent} most recent backups, one a day for {daily} days and one a week "
        f"for {weekly} weeks, and removes older ones by itself (about {weekly} weeks at "
        "most). Restoring one of those backups brings the record back.",
    )


@dataclass(frozen=True, slots=True)
class Erased:
    snapshot: CustomerSnapshot  # held in memory only, for Undo until the app closes
    report: ErasureReport
    log_emptied: bool  # the write-ahead log was folded in and truncated


def erase_customer(sessions: sessionmaker[Session], customer_id: int) -> Erased:
    """Delete one customer completely; the shared path of every deletion."""
    with sessions.begin() as s:
        require_customer(s, customer_id)
        snapshot = snapshots.take(s, customer_id)
        report = erasure.erase(s, customer_id)
    with sessions() as s:
        bind = s.get_bind()
    emptied = erasure.checkpoint(bind) if isinstance(bind, Engine) else False
    return Erased(snapshot, report, emptied)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return {"bytes": len(value), "base64": base64.b64encode(value).decode("ascii")}
    return value


def _columns(row: Any, skip: Iterable[str] = ()) -> dict[str, Any]:
    """Every stored column of a row, so nothing added to the schema is left out."""
    skipped = set(skip)
    return {
        c.key: _plain(getattr(row, c.key)) for c in row.__table__.columns if c.key not in skipped
    }


class PrivacyService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock = wall_clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def erase(self, customer_id: int) -> Erased:
        return erase_customer(self._sessions, customer_id)

    def export(self, customer_id: int, *, purpose: str = "") -> dict[str, Any]:
        """Everything held about one customer, as JSON-ready values."""
        with self._sessions.begin() as s:
            require_customer(s, customer_id)
            row = s.scalar(
                select(CustomerRow)
                .options(undefer(CustomerRow.photo))
                .where(CustomerRow.id == customer_id)
            )
            assert row is not None
            record: dict[str, Any] = {
                "format": RECORD_FORMAT,
                "version": RECORD_VERSION,
                "exported_at": self._clock().isoformat(timespec="seconds"),
                "purpose_of_use": purpose,
                "customer": _columns(row),
                "tags": [t.tag for t in row.tags],
                "consent": _consents(row),
                "notes": [
                    _columns(n)
                    for n in s.scalars(
                        select(NoteRow)
                        .where(NoteRow.customer_id == customer_id)
                        .order_by(NoteRow.created_at)
                    )
                ],
                "visits": [
                    _columns(v, skip=("customer_id",))
                    for v in s.scalars(
                        select(VisitRow)
                        .where(VisitRow.customer_id == customer_id)
                        .order_by(VisitRow.at)
                    )
                ],
                "introductions": _introductions(s, customer_id),
                "circles": _circles(s, customer_id),
                "events_attended": _events(s, customer_id),
                "reminders": [
                    _columns(r, skip=("customer_id",))
                    for r in s.scalars(
                        select(ReminderRow)
                        .where(ReminderRow.customer_id == customer_id)
                        .order_by(ReminderRow.created_at)
                    )
                ],
                "search_index": DERIVED_NOTE.en,
            }
            if row.photo is not None:
                record["customer"]["photo"]["type"] = "image/jpeg"
            return record


def _consents(row: CustomerRow) -> dict[str, Any]:
    def entry(answer: consent.Answer, at: datetime | None) -> dict[str, Any]:
        return {"answer": answer.value, "at": _plain(at)}

    return {
        "newsletter": entry(
            consent.answer(row.newsletter_consent, row.newsletter_consent_at),
            row.newsletter_consent_at,
        ),
        "contact_details": entry(
            consent.answer(row.contact_consent, row.contact_consent_at), row.contact_consent_at
        ),
        "introductions": entry(
            consent.introduction_answer(
                row.introduction_consent, row.do_not_introduce, row.introduction_consent_at
            ),
            row.introduction_consent_at,
        ),
    }


def _introductions(s: Session, customer_id: int) -> list[dict[str, Any]]:
    rows = list(
        s.scalars(
            select(IntroductionRow)
            .where(
                or_(
                    IntroductionRow.person_a_id == customer_id,
                    IntroductionRow.person_b_id == customer_id,
                    IntroductionRow.introducer_id == customer_id,
                )
            )
            .order_by(IntroductionRow.introduced_on, IntroductionRow.id)
        )
    )
    ids = {i for r in rows for i in (r.person_a_id, r.person_b_id, r.introducer_id) if i}
    names = customers.refs(s, ids)

    def name(ident: int | None) -> str | None:
        return names[ident].name if ident is not None and ident in names else None

    found = []
    for r in rows:
        entry = _columns(r, skip=("person_a_id", "person_b_id", "introducer_id"))
        if customer_id in (r.person_a_id, r.person_b_id):
            other = r.person_b_id if r.person_a_id == customer_id else r.person_a_id
            entry["role"] = "introduced"
            entry["with"] = name(other)
            entry["introduced_by"] = (
                name(r.introducer_id) if r.introducer_id is not None else "owner"
            )
        else:
            entry["role"] = "introducer"
            entry["between"] = [name(r.person_a_id), name(r.person_b_id)]
        found.append(entry)
    return found


def _circles(s: Session, customer_id: int) -> list[dict[str, Any]]:
    rows = s.execute(
        select(CircleMemberRow, CircleRow.name, CircleRow.contact_id)
        .join(CircleRow, CircleRow.id == CircleMemberRow.circle_id)
        .where(CircleMemberRow.customer_id == customer_id)
        .order_by(CircleRow.name)
    ).all()
    found = [
        {
            "circle": circle_name,
            "role": member.role,
            "joined_on": _plain(member.joined_on),
            "contact_person": contact_id == customer_id,
        }
        for member, circle_name, contact_id in rows
    ]
    members = {f["circle"] for f in found}
    for circle in s.scalars(select(CircleRow).where(CircleRow.contact_id == customer_id)):
        if circle.name not in members:
            found.append(
                {"circle": circle.name, "role": "", "joined_on": None, "contact_person": True}
            )
    return found


def _events(s: Session, customer_id: int) -> list[dict[str, Any]]:
    rows = s.execute(
        select(EventRow.title, EventRow.starts_at, CircleRow.name)
        .join(EventAttendeeRow, EventAttendeeRow.event_id == EventRow.id)
        .outerjoin(CircleRow, CircleRow.id == EventRow.circle_id)
        .where(EventAttendeeRow.customer_id == customer_id)
        .order_by(EventRow.starts_at)
    ).all()
    return [
        {"title": title, "starts_at": _plain(at), "circle": circle or ""}
        for title, at, circle in rows
    ]


# -- the printable page ------------------------------------------------------

_LABELS: dict[str, tuple[str, str]] = {
    "title": ("お客さまの記録（個人情報の開示）", "Customer record (disclosure of personal data)"),
    "exported_at": ("作成日時", "Prepared on"),
    "purpose_of_use": ("利用目的", "Purpose of use"),
    "customer": ("基本情報", "Details"),
    "tags": ("タグ", "Tags"),
    "consent": ("同意", "Consent"),
    "notes": ("メモ", "Notes"),
    "visits": ("ご来店", "Visits"),
    "introductions": ("ご紹介", "Introductions"),
    "circles": ("サークル", "Circles"),
    "events_attended": ("参加したイベント", "Events attended"),
    "reminders": ("リマインダー", "Reminders"),
    "search_index": ("検索用の索引", "Search index"),
    "none": ("なし", "none"),
    "photo": ("写真あり（JSON に含まれます）", "photo kept (included in the JSON file)"),
}


def _label(key: str, language: str) -> str:
    ja, en = _LABELS.get(key, (key, key))
    return ja if language.startswith("ja") else en


def _cell(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "—"
    return escape(str(value))


def _table(rows: Sequence[Mapping[str, Any]], language: str) -> str:
    if not rows:
        return f"<p>{escape(_label('none', language))}</p>"
    keys: list[str] = []
    for row in rows:
        keys += [k for k in row if k not in keys]
    head = "".join(f"<th align='left'>{escape(k)}</th>" for k in keys)
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(_flat(row.get(k)))}</td>" for k in keys) + "</tr>"
        for row in rows
    )
    return f"<table border='1' cellspacing='0' cellpadding='4'><tr>{head}</tr>{body}</table>"


def _flat(value: Any) -> Any:
    if isinstance(value, list):
        return "、".join(str(v) if v is not None else "—" for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return value


def record_html(record: Mapping[str, Any], language: str) -> str:
    """The export as one printable page (the same content as the JSON, minus the photo bytes)."""
    customer = dict(record["customer"])
    if customer.get("photo"):
        customer["photo"] = _label("photo", language)
    parts = [
        "<html><head><meta charset='utf-8'>",
        f"<title>{escape(_label('title', language))}</title></head><body>",
        f"<h1>{escape(_label('title', language))}</h1>",
        f"<p>{escape(_label('exported_at', language))}: {escape(record['exported_at'])}</p>",
    ]
    if record.get("purpose_of_use"):
        parts += [
            f"<h2>{escape(_label('purpose_of_use', language))}</h2>",
            f"<p>{escape(record['purpose_of_use'])}</p>",
        ]
    parts.append(f"<h2>{escape(_label('customer', language))}</h2><table cellpadding='3'>")
    parts += [
        f"<tr><td><b>{escape(k)}</b></td><td>{_cell(v)}</td></tr>" for k, v in customer.items()
    ]
    parts.append("</table>")
    parts.append(f"<h2>{escape(_label('tags', language))}</h2>")
    parts.append(f"<p>{_cell('、'.join(record['tags']))}</p>")
    consents = [{"": k, **v} for k, v in record["consent"].items()]
    parts.append(f"<h2>{escape(_label('consent', language))}</h2>{_table(consents, language)}")
    for key in ("notes", "visits", "introductions", "circles", "events_attended", "reminders"):
        parts.append(f"<h2>{escape(_label(key, language))}</h2>{_table(record[key], language)}")
    parts.append(
        f"<h2>{escape(_label('search_index', language))}</h2>"
        f"<p>{escape(DERIVED_NOTE.in_language(language))}</p>"
    )
    parts.append("</body></html>")
    return "".join(parts)
