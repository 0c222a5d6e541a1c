"""The search index: prefix look-ups on folded terms, and trigram look-ups on notes.

Short queries (one or two letters are the common case at the counter) use the
``(tier, term)`` B-tree index with a range scan, so they never scan the table.
Notes are only searched for three characters or more, through FTS5's trigram
tokenizer, which cannot match anything shorter.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Integer,
    Select,
    String,
    bindparam,
    column,
    delete,
    insert,
    select,
    table,
    text,
    type_coerce,
)
from sqlalchemy.orm import Session

from kauntaa.domain.search import (
    NAME_TIER,
    PROFILE_TIER,
    MatchKind,
    SearchHit,
    SearchQuery,
    SearchTerm,
    rank,
    score,
)
from kauntaa.domain.text import fold
from kauntaa.storage.repositories import reminders
from kauntaa.storage.schema import CustomerRow, NoteRow, SearchTermRow

#: Index rows read per tier: enough to rank well, few enough to stay under a millisecond.
CANDIDATES_PER_TIER = 100
#: Characters a trigram needs.
MIN_NOTE_QUERY = 3
_PREFIX_END = "\U0010ffff"
# The FTS5 table is made by the migration, not by a model; this names its columns.
_NOTE_FTS = table("note_fts", column("rowid", Integer), column("body"))
NOTE_SCORE = score(MatchKind.NOTE, "", False, "-")


def term_rows(customer_id: int, terms: Iterable[SearchTerm]) -> list[dict[str, object]]:
    """``search_term`` rows for one card's terms: one shape for single edits and bulk loads."""
    return [
        {
            "customer_id": customer_id,
            "tier": t.tier,
            "kind": t.kind.value,
            "term": t.term,
            "whole": t.whole,
        }
        for t in terms
    ]


def replace_terms(session: Session, customer_id: int, terms: Iterable[SearchTerm]) -> None:
    session.execute(delete(SearchTermRow).where(SearchTermRow.customer_id == customer_id))
    rows = term_rows(customer_id, terms)
    if rows:
        session.execute(insert(SearchTermRow), rows)


def index_note(session: Session, note_id: int, body: str) -> None:
    session.execute(text("DELETE FROM note_fts WHERE rowid = :id"), {"id": note_id})
    session.execute(
        text("INSERT INTO note_fts (rowid, body) VALUES (:id, :body)"),
        {"id": note_id, "body": fold_note(body)},
    )


def fold_note(body: str) -> str:
    """Notes keep their spaces (unlike names) so words stay apart in the index."""
    return " ".join(fold(line) for line in body.split())


def unindex_notes(session: Session, note_ids: Sequence[int]) -> None:
    for note_id in note_ids:
        session.execute(text("DELETE FROM note_fts WHERE rowid = :id"), {"id": note_id})


_KIND = {k.value: k for k in MatchKind}
# Last visits compared as stored ISO text: same order as the times, without parsing
# hundreds of candidates that will not be shown.
_RECENCY = type_coerce(CustomerRow.last_visit_at, String).label("recency")


#: Which kinds of term a key may match: written forms, romaji, or both.
SCRIPT, ROMAJI, ANY = "script", "romaji", "any"


@lru_cache(maxsize=8)
def _term_statement(kinds_of: str, include_archived: bool) -> Select[Any]:
    """Built once per shape and reused with new parameters: building is the costly part."""
    kinds = {
        ROMAJI: SearchTermRow.kind.in_([MatchKind.ROMAJI.value, MatchKind.CALL_NAME.value]),
        SCRIPT: SearchTermRow.kind != MatchKind.ROMAJI.value,
        ANY: SearchTermRow.kind.is_not(None),
    }[kinds_of]
    terms = (
        select(
            SearchTermRow.customer_id,
            SearchTermRow.kind,
            SearchTermRow.term,
            SearchTermRow.whole,
        )
        .where(
            SearchTermRow.tier == bindparam("tier"),
            SearchTermRow.term >= bindparam("key"),
            SearchTermRow.term < bindparam("key_end"),
            kinds,
        )
        .order_by(SearchTermRow.term)
        .limit(CANDIDATES_PER_TIER)
        .subquery()
    )
    statement = select(
        terms.c.customer_id,
        terms.c.kind,
        terms.c.term,
        terms.c.whole,
        _RECENCY,
        CustomerRow.reading,
    ).join(CustomerRow, CustomerRow.id == terms.c.customer_id)
    if not include_archived:
        statement = statement.where(CustomerRow.archived_at.is_(None))
    return statement


def _term_matches(
    session: Session, tier: int, key: str, kinds_of: str, include_archived: bool
) -> Sequence[Any]:
    """Terms starting with ``key``, in term order, with the customer's ranking fields.

    The range condition and ORDER BY follow the covering index, so SQLite stops
    after ``CANDIDATES_PER_TIER`` rows however common the prefix is.
    """
    statement = _term_statement(kinds_of, include_archived)
    params = {"tier": tier, "key": key, "key_end": key + _PREFIX_END}
    return session.execute(statement, params).all()


def find(
    session: Session, query: SearchQuery, *, limit: int, include_archived: bool = False
) -> list[SearchHit]:
    """The best ``limit`` customers for a query, best first, each saying why it matched."""
    if query.empty or limit <= 0:
        return []
    # A Latin query usually folds to the same key both ways ("tanaka"): then one
    # look-up over every kind of term, instead of two that filter each other's rows.
    if query.romaji_key == query.key:
        keys = [(query.key, ANY)]
    else:
        keys = [(query.key, SCRIPT)]
        if query.romaji_key:
            keys.append((query.romaji_key, ROMAJI))
    # customer id → (points, kind, matched text, recency, reading)
    best: dict[int, tuple[int, MatchKind, str, str, str]] = {}

    def consider(row: Any, kind: MatchKind, matched: str, points: int) -> None:
        held = best.get(row.customer_id)
        if held is None or points > held[0]:
            best[row.customer_id] = (points, kind, matched, row.recency or "", row.reading)

    for tier in (NAME_TIER, PROFILE_TIER):
        for key, kinds_of in keys:
            for row in _term_matches(session, tier, key, kinds_of, include_archived):
                kind = _KIND[row.kind]
                consider(row, kind, row.term, score(kind, row.term, row.whole, key))
        if len(best) >= limit:
            break

    if len(best) < limit and len(query.key) >= MIN_NOTE_QUERY:
        for row in _note_matches(session, query.key, CANDIDATES_PER_TIER, include_archived):
            consider(row, MatchKind.NOTE, _snippet(row.body, query.key), NOTE_SCORE)

    ranked = rank(
        best.items(),
        points=lambda kv: kv[1][0],
        last_visit=lambda kv: kv[1][3],
        reading=lambda kv: kv[1][4],
    )[:limit]
    return _hits(
        session,
        [
            (customer_id, points, kind, matched)
            for customer_id, (points, kind, matched, _, _) in ranked
        ],
    )


def recent(session: Session, *, limit: int) -> list[SearchHit]:
    """The most recent visitors, for the list before anything is typed."""
    ids = session.scalars(
        select(CustomerRow.id)
        .where(CustomerRow.archived_at.is_(None), CustomerRow.last_visit_at.is_not(None))
        .order_by(CustomerRow.last_visit_at.desc())
        .limit(limit)
    ).all()
    return _hits(session, [(i, 0, MatchKind.NAME, "") for i in ids])


def _hits(session: Session, ranked: Sequence[tuple[int, int, MatchKind, str]]) -> list[SearchHit]:
    """Display fields for ranked customer ids, in the given order."""
    if not ranked:
        return []
    ids = [customer_id for customer_id, _, _, _ in ranked]
    shown = {
        r.id: r
        for r in session.execute(
            select(
                CustomerRow.id,
                CustomerRow.name,
                CustomerRow.reading,
                CustomerRow.call_name,
                CustomerRow.usual_order,
                CustomerRow.last_visit_at,
                CustomerRow.archived_at,
                CustomerRow.photo.is_not(None).label("has_photo"),
            ).where(CustomerRow.id.in_(ids))
        )
    }
    reminded, planned = reminders.waiting_kinds(session, ids)
    return [
        SearchHit(
            id=customer_id,
            name=shown[customer_id].name,
            reading=shown[customer_id].reading,
            call_name=shown[customer_id].call_name,
            usual_order=shown[customer_id].usual_order,
            last_visit_at=shown[customer_id].last_visit_at,
            archived=shown[customer_id].archived_at is not None,
            matched=kind,
            matched_text=matched,
            score=points,
            has_photo=bool(shown[customer_id].has_photo),
            waiting=customer_id in reminded or customer_id in planned,
            planned_introduction=customer_id in planned,
        )
        for customer_id, points, kind, matched in ranked
    ]


def _note_matches(session: Session, key: str, limit: int, include_archived: bool) -> Sequence[Any]:
    phrase = '"' + key.replace('"', '""') + '"'
    statement = (
        select(NoteRow.customer_id, NoteRow.body, _RECENCY, CustomerRow.reading)
        .join(_NOTE_FTS, _NOTE_FTS.c.rowid == NoteRow.id)
        .join(CustomerRow, CustomerRow.id == NoteRow.customer_id)
        .where(text("note_fts MATCH :phrase"))
        .where(NoteRow.private.is_(False))
        .order_by(NoteRow.created_at.desc())
        .limit(limit)
    )
    if not include_archived:
        statement = statement.where(CustomerRow.archived_at.is_(None))
    return session.execute(statement, {"phrase": phrase}).all()


def _snippet(body: str, key: str, width: int = 40) -> str:
    """The part of a note around the match, for "why it matched"."""
    folded = fold_note(body)
    at = folded.find(key)
    if at < 0 or len(body) <= width:
        return body[:width]
    # Folding only changes width and script, so positions map closely enough for a snippet.
    start = max(0, min(at - width // 3, len(body) - width))
    prefix = "…" if start else ""
    suffix = "…" if start + width < len(body) else ""
    return prefix + body[start : start + width] + suffix
