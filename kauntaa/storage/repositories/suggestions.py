"""Candidates for introduction suggestions, found through indexes rather than by reading everyone.

The search index already holds, per customer, the key words of what they offer
and look for (``MATCH_TIER``) and their tags; circle membership is indexed by
customer. A candidate must share at least one of those with the person, so one
grouped query over those index ranges, with the weights of
``kauntaa.domain.suggestions``, ranks a shortlist in SQLite. Only the shortlist
is loaded and scored in full (reasons, usual hour) by the domain.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Select,
    and_,
    bindparam,
    case,
    extract,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import BindParameter

from kauntaa.domain.customers import CustomerRef
from kauntaa.domain.search import MATCH_TIER, MatchKind
from kauntaa.domain.suggestions import (
    CIRCLE_POINTS,
    NEED_POINTS,
    WEEKDAY_POINTS,
    Profile,
    match_keys,
    usual_hour,
)
from kauntaa.storage.schema import (
    CircleMemberRow,
    CircleRow,
    CustomerRow,
    CustomerTagRow,
    IntroductionRow,
    SearchTermRow,
    VisitRow,
)

#: Visits read to find someone's usual hour: their most recent ones.
HOUR_VISITS = 30


def in_ledger(session: Session, customer_id: int) -> set[int]:
    """Everyone already introduced to, planned with, or dropped with this customer."""
    rows = session.execute(
        select(IntroductionRow.person_a_id, IntroductionRow.person_b_id).where(
            or_(
                IntroductionRow.person_a_id == customer_id,
                IntroductionRow.person_b_id == customer_id,
            )
        )
    ).all()
    # A side deleted on request is NULL (repositories/erasure.py): nobody to exclude.
    return {a if b == customer_id else b for a, b in rows} - {None}


_IDS: BindParameter[Any] = bindparam("ids", expanding=True)

# Statements are built once and reused with new parameters: building is the costly part.
_PROFILE = select(
    CustomerRow.id,
    CustomerRow.name,
    CustomerRow.reading,
    CustomerRow.call_name,
    CustomerRow.offers,
    CustomerRow.looking_for,
    CustomerRow.usual_weekday,
    CustomerRow.last_visit_at,
    CustomerRow.archived_at,
    CustomerRow.do_not_introduce,
).where(CustomerRow.id.in_(_IDS))
_TAGS = (
    select(CustomerTagRow.customer_id, CustomerTagRow.tag)
    .where(CustomerTagRow.customer_id.in_(_IDS))
    .order_by(CustomerTagRow.customer_id, CustomerTagRow.position)
)
_CIRCLES = (
    select(CircleMemberRow.customer_id, CircleRow.id, CircleRow.name)
    .join(CircleRow, CircleRow.id == CircleMemberRow.circle_id)
    .where(CircleMemberRow.customer_id.in_(_IDS), CircleRow.archived_at.is_(None))
    .order_by(CircleRow.name)
)
_RECENT_VISITS = select(
    VisitRow.customer_id,
    VisitRow.at,
    func.row_number()
    .over(partition_by=VisitRow.customer_id, order_by=VisitRow.at.desc())
    .label("n"),
).where(VisitRow.customer_id.in_(_IDS))
_RECENT = _RECENT_VISITS.subquery("recent")
_HOURS = select(_RECENT.c.customer_id, extract("hour", _RECENT.c.at)).where(
    _RECENT.c.n <= HOUR_VISITS
)


def _circles(session: Session, ids: Collection[int]) -> dict[int, list[tuple[int, str]]]:
    found: dict[int, list[tuple[int, str]]] = {}
    for customer_id, circle_id, name in session.execute(_CIRCLES, {"ids": list(ids)}):
        found.setdefault(customer_id, []).append((circle_id, name))
    return found


def usual_hours(session: Session, ids: Collection[int]) -> dict[int, int | None]:
    """Each person's usual hour, from their latest ``HOUR_VISITS`` visits."""
    hours: dict[int, list[int]] = {i: [] for i in ids}
    for customer_id, hour in session.execute(_HOURS, {"ids": list(ids)}):
        hours[customer_id].append(int(hour))
    return {i: usual_hour(h) for i, h in hours.items()}


def profiles(
    session: Session, ids: Collection[int], *, with_hours: bool = True
) -> dict[int, Profile]:
    """What scoring needs of these customers, in one query per part.

    ``with_hours=False`` skips the usual hour (when the person has none, nobody's matters).
    """
    wanted = list(ids)
    if not wanted:
        return {}
    params = {"ids": wanted}
    rows = session.execute(_PROFILE, params).all()
    tags: dict[int, list[str]] = {}
    for customer_id, tag in session.execute(_TAGS, params):
        tags.setdefault(customer_id, []).append(tag)
    circles = _circles(session, wanted)
    hours = usual_hours(session, wanted) if with_hours else {}
    return {
        r.id: Profile(
            ref=CustomerRef(r.id, r.name, r.reading, r.call_name),
            offers=r.offers,
            looking_for=r.looking_for,
            tags=tuple(tags.get(r.id, ())),
            circles=tuple(name for _, name in circles.get(r.id, ())),
            usual_weekday=r.usual_weekday,
            usual_hour=hours.get(r.id),
            last_visit_at=r.last_visit_at,
            archived=r.archived_at is not None,
            do_not_introduce=bool(r.do_not_introduce),
        )
        for r in rows
    }


_BRANCHES = (
    ("wanted", MatchKind.OFFERS),
    ("offered", MatchKind.LOOKING_FOR),
)
#: A key word more people than this share ("相談", "教室") finds nobody in particular:
#: it still scores for candidates found otherwise, but does not find candidates itself.
COMMON_KEY_PEOPLE = 5000
#: Of the people who share only interests, the most recent visitors are considered.
TAG_CANDIDATES = 24

_KEY_COUNTS = (
    select(SearchTermRow.term, func.count())
    .where(
        SearchTermRow.tier == MATCH_TIER,
        SearchTermRow.kind == bindparam("kind"),
        SearchTermRow.term.in_(bindparam("keys", expanding=True)),
    )
    .group_by(SearchTermRow.term)
)
_ELIGIBLE = and_(
    CustomerRow.archived_at.is_(None),
    CustomerRow.do_not_introduce.is_(False),
    CustomerRow.id.not_in(bindparam("excluded", expanding=True)),
)
_SHARING_TAGS = (
    select(CustomerRow.id)
    .where(
        _ELIGIBLE,
        select(CustomerTagRow.customer_id)
        .where(
            CustomerTagRow.customer_id == CustomerRow.id,
            CustomerTagRow.tag.in_(bindparam("tags", expanding=True)),
        )
        .exists(),
    )
    .order_by(CustomerRow.last_visit_at.desc().nulls_last(), CustomerRow.id)
    .limit(bindparam("size"))
)


@lru_cache(maxsize=32)
def _shortlist_statement(present: tuple[bool, ...], weekday: bool) -> Select[Any]:
    """One shape per set of signals the person has (needs, offers, circles, weekday)."""
    branches: list[Any] = []
    for on, (name, kind) in zip(present, _BRANCHES, strict=False):
        if on:
            branches.append(
                select(
                    SearchTermRow.customer_id.label("customer_id"),
                    literal(NEED_POINTS).label("points"),
                ).where(
                    SearchTermRow.tier == MATCH_TIER,
                    SearchTermRow.term.in_(bindparam(name, expanding=True)),
                    SearchTermRow.kind == kind.value,
                )
            )
    if present[-1]:
        branches.append(
            select(
                CircleMemberRow.customer_id.label("customer_id"),
                literal(CIRCLE_POINTS).label("points"),
            ).where(CircleMemberRow.circle_id.in_(bindparam("circles", expanding=True)))
        )
    signals = union_all(*branches).subquery("signal")
    grouped = (
        select(signals.c.customer_id, func.sum(signals.c.points).label("points"))
        .group_by(signals.c.customer_id)
        .subquery("grouped")
    )
    bonus: Any = (
        case((CustomerRow.usual_weekday == bindparam("weekday"), WEEKDAY_POINTS), else_=0)
        if weekday
        else literal(0)
    )
    return (
        select(grouped.c.customer_id)
        .join(CustomerRow, CustomerRow.id == grouped.c.customer_id)
        .where(_ELIGIBLE)
        .order_by(
            (grouped.c.points + bonus).desc(),
            CustomerRow.last_visit_at.desc().nulls_last(),
            CustomerRow.id,
        )
        .limit(bindparam("size"))
    )


def _telling(session: Session, keys: list[str], kind: MatchKind) -> list[str]:
    """The key words that are not so common that they find nobody in particular."""
    if not keys:
        return []
    counts = dict(session.execute(_KEY_COUNTS, {"kind": kind.value, "keys": keys}).all())
    return [k for k in keys if counts.get(k, 0) <= COMMON_KEY_PEOPLE]


def shortlist(
    session: Session, person: Profile, *, exclude: Collection[int], size: int
) -> list[int]:
    """Ids of candidates worth scoring in full, best first as far as the indexes tell.

    Two parts, each reading only index ranges:

    * people whose offers answer the person's needs (or whose needs their offers
      answer), or who share a circle: the key-word branches read
      ``ix_search_term_lookup`` and circles the member key; SQLite groups the hits
      by customer and keeps the best ``size`` by need, circle and weekday points;
    * people who share an interest tag: the most recent visitors first (the
      ``last_visit_at`` index, each checked on the customer-tag key), up to
      ``TAG_CANDIDATES``, because thousands may share a common interest and the
      ones who come in are the ones the owner can introduce. Tags are compared
      as stored (already NFKC-cleaned), which the customer-tag key can answer;
      the domain's scoring also folds kana, so it may count a few more.
    """
    if size <= 0:
        return []
    excluded = sorted(set(exclude) | {person.ref.id})
    params: dict[str, Any] = {
        "wanted": _telling(session, match_keys(person.looking_for), MatchKind.OFFERS),
        "offered": _telling(session, match_keys(person.offers), MatchKind.LOOKING_FOR),
        "circles": [c for c, _ in _circles(session, [person.ref.id]).get(person.ref.id, [])],
        "excluded": excluded,
        "size": size,
        "weekday": person.usual_weekday,
    }
    present = tuple(bool(params[name]) for name in ("wanted", "offered", "circles"))
    found: list[int] = []
    if any(present):
        statement = _shortlist_statement(present, person.usual_weekday is not None)
        found += session.scalars(statement, params).all()
    if person.tags:
        tagged: Sequence[int] = session.scalars(
            _SHARING_TAGS,
            {"excluded": excluded, "tags": list(person.tags), "size": TAG_CANDIDATES},
        ).all()
        seen = set(found)
        found += [i for i in tagged if i not in seen]
    return found
