"""The search index: prefix look-ups on folded terms, and trigram look-ups on notes.

Short queries (one or two letters are the common case at the counter) use the
``(tier, term)`` B-tree index with a range scan, so they never scan the table.
Notes are only searched for three characters or more, through FTS5's trigram
tokenizer, which cannot match anything shorter.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Integer, column, delete, insert, select, table, text
from sqlalchemy.orm import Session

from kauntaa.domain.search import (
    NAME_TIER,
    PROFILE_TIER,
    MatchKind,
    SearchHit,
    SearchQuery,
    SearchTerm,
    score,
)
from kauntaa.domain.text import fold
from kauntaa.storage.repositories import reminders
from kauntaa.storage.schema import CustomerRow, NoteRow, SearchTermRow

#: Index rows read per tier: enough to rank well, few enough to stay under a millisecond.
CANDIDATES_PER_TIER = 300
#: Characters a trigram needs.
MIN_NOTE_QUERY = 3
_PREFIX_END = "\U0010ffff"
# The FTS5 table is made by the migration, not by a model; this names its columns.
_NOTE_FTS = table("note_fts", column("rowid", Integer), column("body"))
NOTE_SCORE = score(MatchKind.NOTE, "", False, "-")


def replace_terms(session: Session, customer_id: int, terms: Iterable[SearchTerm]) -> None:
    session.execute(delete(SearchTermRow).where(SearchTermRow.customer_id == customer_id))
    rows = [
        {
            "customer_id": customer_id,
            "tier": t.tier,
            "kind": t.kind.value,
            "term": t.term,
            "whole": t.whole,
        }
        for t in terms
    ]
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


def _term_matches(
    session: Session, tier: int, key: str, kinds: frozenset[str]
) -> list[tuple[int, str, str, bool]]:
    """(customer id, kind, term, whole) for terms starting with ``key``, in term order.

    The range condition and ORDER BY follow the covering index, so SQLite stops
    after ``CANDIDATES_PER_TIER`` rows however common the prefix is.
    """
    statement = (
        select(
            SearchTermRow.customer_id,
            SearchTermRow.kind,
            SearchTermRow.term,
            SearchTermRow.whole,
        )
        .where(
            SearchTermRow.tier == tier,
            SearchTermRow.term >= key,
            SearchTermRow.term < key + _PREFIX_END,
            SearchTermRow.kind.in_(kinds),
        )
        .order_by(SearchTermRow.term)
        .limit(CANDIDATES_PER_TIER)
    )
    return [(r[0], r[1], r[2], r[3]) for r in session.execute(statement)]


_SCRIPT_KINDS = frozenset(k.value for k in MatchKind if k not in (MatchKind.ROMAJI, MatchKind.NOTE))
_ROMAJI_KINDS = frozenset({MatchKind.ROMAJI.value, MatchKind.CALL_NAME.value})


def find(
    session: Session, query: SearchQuery, *, limit: int, include_archived: bool = False
) -> list[SearchHit]:
    """The best ``limit`` customers for a query, best first, each saying why it matched."""
    if query.empty or limit <= 0:
        return []
    keys: list[tuple[str, frozenset[str]]] = [(query.key, _SCRIPT_KINDS)]
    if query.romaji_key:
        keys.append((query.romaji_key, _ROMAJI_KINDS))
    best: dict[int, tuple[int, MatchKind, str]] = {}

    def consider(customer_id: int, kind: MatchKind, matched: str, points: int) -> None:
        held = best.get(customer_id)
        if held is None or points > held[0]:
            best[customer_id] = (points, kind, matched)

    for tier in (NAME_TIER, PROFILE_TIER):
        for key, kinds in keys:
            for customer_id, kind, term, whole in _term_matches(session, tier, key, kinds):
                match = MatchKind(kind)
                consider(customer_id, match, term, score(match, term, whole, key))
        if len(best) >= limit:
            break

    if len(best) < limit and len(query.key) >= MIN_NOTE_QUERY:
        for customer_id, body in _note_matches(session, query.key, CANDIDATES_PER_TIER):
            consider(customer_id, MatchKind.NOTE, _snippet(body, query.key), NOTE_SCORE)

    if not best:
        return []
    rows = session.execute(
        select(
            CustomerRow.id,
            CustomerRow.name,
            CustomerRow.reading,
            CustomerRow.call_name,
            CustomerRow.usual_order,
            CustomerRow.last_visit_at,
            CustomerRow.archived_at,
            CustomerRow.photo.is_not(None).label("has_photo"),
        ).where(CustomerRow.id.in_(list(best)))
    ).all()
    waiting = reminders.waiting_customers(session, best)
    hits = [
        SearchHit(
            id=r.id,
            name=r.name,
            reading=r.reading,
            call_name=r.call_name,
            usual_order=r.usual_order,
            last_visit_at=r.last_visit_at,
            archived=r.archived_at is not None,
            matched=best[r.id][1],
            matched_text=best[r.id][2],
            score=best[r.id][0],
            has_photo=bool(r.has_photo),
            waiting=r.id in waiting,
        )
        for r in rows
        if include_archived or r.archived_at is None
    ]
    hits.sort(key=_rank_key)
    return hits[:limit]


def _rank_key(hit: SearchHit) -> tuple[int, float, str]:
    # Best score first; among equals, whoever came most recently; then by reading.
    recency = -hit.last_visit_at.timestamp() if hit.last_visit_at else float("inf")
    return (-hit.score, recency, hit.reading or hit.name)


def _note_matches(session: Session, key: str, limit: int) -> list[tuple[int, str]]:
    phrase = '"' + key.replace('"', '""') + '"'
    rows = session.execute(
        select(NoteRow.customer_id, NoteRow.body)
        .join(_NOTE_FTS, _NOTE_FTS.c.rowid == NoteRow.id)
        .where(text("note_fts MATCH :phrase"))
        .where(NoteRow.private.is_(False))
        .order_by(NoteRow.created_at.desc())
        .limit(limit),
        {"phrase": phrase},
    ).all()
    return [(r[0], r[1]) for r in rows]


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
