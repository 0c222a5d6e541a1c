"""Who the selected customer might like to meet: ranked suggestions with their reasons."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session, sessionmaker

from kauntaa.domain.suggestions import DEFAULT_LIMIT, HOUR_POINTS, Suggestion, suggest
from kauntaa.services.clock import Clock, wall_clock
from kauntaa.services.existing import not_found
from kauntaa.storage.repositories import suggestions

#: Candidates ranked in full by the domain: the best by shared needs, tags, circles
#: and weekday, widened so the usual-hour point can still reorder them.
SHORTLIST_FACTOR = 3
SHORTLIST_MIN = 24


class SuggestionService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock = wall_clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def for_customer(self, customer_id: int, *, limit: int = DEFAULT_LIMIT) -> list[Suggestion]:
        """Ranked people to introduce to this customer (see kauntaa.domain.suggestions)."""
        with self._sessions.begin() as s:
            found = suggestions.profiles(s, [customer_id])
            if customer_id not in found:
                raise not_found("customer", customer_id)
            person = found[customer_id]
            if person.do_not_introduce or person.archived or limit <= 0:
                return []
            already = suggestions.in_ledger(s, customer_id)
            ids = suggestions.shortlist(
                s,
                person,
                exclude=already,
                size=max(limit * SHORTLIST_FACTOR, SHORTLIST_MIN),
            )
            candidates = suggestions.profiles(s, ids, with_hours=False)
            ranked = suggest(person, (candidates[i] for i in ids), already=already, limit=len(ids))
            if person.usual_hour is None or not ranked:
                return ranked[:limit]
            # The usual hour adds at most HOUR_POINTS: only those it could lift into
            # the list need their visits read.
            cutoff = ranked[min(limit, len(ranked)) - 1].score - HOUR_POINTS
            close = [r.customer.id for r in ranked if r.score >= cutoff][: limit * 3]
            for customer_id, hour in suggestions.usual_hours(s, close).items():
                candidates[customer_id] = replace(candidates[customer_id], usual_hour=hour)
            return suggest(person, (candidates[i] for i in ids), already=already, limit=limit)
