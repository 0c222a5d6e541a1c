"""Who a customer might like to meet, and why: a deterministic, explainable score.

For one customer (the *person*) every other customer (a *candidate*) gets a
score, the sum of these signals, each kept as a reason the owner can read:

==================  ======  ==========================================================
signal              points  when
==================  ======  ==========================================================
need ↔ offer        10      per key word shared by what one of them looks for and
                            what the other offers, in either direction
shared tag          3       per interest or value tag they both have
shared circle       4       per circle (アソシエ) they both belong to
same weekday        2       both usually come on the same weekday
same hour           1       both usually come at the same hour of the day
==================  ======  ==========================================================

Only candidates with at least one need, tag or circle in common are suggested:
a weekday or hour alone is not a reason to introduce two people, it only
helps decide between otherwise equal ones ("they would meet anyway").

Never suggested: the person themself, archived customers, anyone flagged "do
not introduce", and anyone already in the ledger with the person (done,
planned or dropped). A person flagged "do not introduce" gets no suggestions.

Ties go to whoever came most recently, then by reading, then by id, so the
same data always gives the same list.

At the scale of a big shop, storage (``repositories/suggestions.py``) hands in
a shortlist found through indexes instead of everyone: the best by needs,
circles and weekday, and the most recent visitors who share a tag. Scoring
here is the same whatever the list it is given.

Key words (``match_keys``) are found without a dictionary, the same way on
write (the storage indexes them) and when scoring: Japanese text has no
spaces, so runs of kanji give their two-character pieces (写真撮影 → 写真,
真撮, 撮影; a lone kanji such as 棚 counts itself), runs of katakana count
whole (ホームページ), hiragana (particles and endings) is skipped, and Latin
words count by their first five letters without a plural s (photography,
photos → "photo").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import lru_cache

from kauntaa.domain.customers import CustomerRef
from kauntaa.domain.text import fold, nfkc, tokens

NEED_POINTS = 10
TAG_POINTS = 3
CIRCLE_POINTS = 4
WEEKDAY_POINTS = 2
HOUR_POINTS = 1
#: The most the time signals add; storage widens its shortlist by this much.
TIME_POINTS = WEEKDAY_POINTS + HOUR_POINTS

#: Suggestions shown for one customer.
DEFAULT_LIMIT = 8

#: An hour is "usual" when at least this many visits, and this share of them, fell in it.
USUAL_HOUR_MIN_VISITS = 3
USUAL_HOUR_SHARE = 0.4

# Single kanji that say nothing about what someone does or needs.
_KANJI_STOP = frozenset("人方物事者的用等中上下今日時所何私僕店")
_LATIN_STOP = frozenset(
    ("and", "the", "for", "with", "from", "into", "who", "can", "someone", "our", "their", "your")
)
_RUN = re.compile(
    r"(?P<kanji>[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々]+)"
    r"|(?P<katakana>[\u30a1-\u30faー]{2,})"
    r"|(?P<latin>[0-9a-z]+)"
)


class ReasonKind(StrEnum):
    NEED = "need"
    TAG = "tag"
    CIRCLE = "circle"
    WEEKDAY = "weekday"
    HOUR = "hour"


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason to introduce them, with what matched.

    NEED: ``words`` matched between ``offers`` (the offering side's text) and
    ``looking_for`` (the seeking side's text); ``they_offer`` is True when the
    suggested person offers and the customer looks for. TAG and CIRCLE: ``words``
    holds the tag or circle name. WEEKDAY and HOUR: ``value`` (0 = Monday; 0–23).
    """

    kind: ReasonKind
    points: int
    words: tuple[str, ...] = ()
    offers: str = ""
    looking_for: str = ""
    they_offer: bool = True
    value: int | None = None


@dataclass(frozen=True, slots=True)
class Profile:
    """What scoring reads of one customer."""

    ref: CustomerRef
    offers: str = ""
    looking_for: str = ""
    tags: tuple[str, ...] = ()
    circles: tuple[str, ...] = ()
    usual_weekday: int | None = None
    usual_hour: int | None = None
    last_visit_at: datetime | None = None
    archived: bool = False
    do_not_introduce: bool = False


@dataclass(frozen=True, slots=True)
class Suggestion:
    customer: CustomerRef
    score: int
    reasons: tuple[Reason, ...] = field(default=())


def keyed_words(text: str) -> dict[str, str]:
    """Key word → how it was written, in the order found (see the module docstring)."""
    return dict(_keyed_words(text))


@lru_cache(maxsize=4096)
def _keyed_words(text: str) -> tuple[tuple[str, str], ...]:
    # Cached: a shop's offers and needs repeat, and scoring reads each many times.
    found: dict[str, str] = {}
    for token in tokens(nfkc(text).casefold()):
        for run in _RUN.finditer(token):
            piece = run.group(0)
            if run.lastgroup == "kanji":
                if len(piece) == 1:
                    if piece not in _KANJI_STOP:
                        found.setdefault(piece, piece)
                else:
                    for i in range(len(piece) - 1):
                        found.setdefault(piece[i : i + 2], piece[i : i + 2])
            elif run.lastgroup == "katakana":
                found.setdefault(piece, piece)
            elif len(piece) >= 3 and piece not in _LATIN_STOP and not piece.isdigit():
                stem = piece[:-1] if piece.endswith("s") and len(piece) > 3 else piece
                found.setdefault(stem[:5], piece)
    return tuple(found.items())


def match_keys(text: str) -> list[str]:
    """The key words of an offers or looking-for text, as the storage indexes them."""
    return list(keyed_words(text))


def usual_hour(hours: Iterable[int]) -> int | None:
    """The hour someone usually comes in, when one clearly stands out (else None)."""
    counts = Counter(hours)
    total = sum(counts.values())
    if total < USUAL_HOUR_MIN_VISITS:
        return None
    hour, count = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return hour if count >= USUAL_HOUR_MIN_VISITS and count / total >= USUAL_HOUR_SHARE else None


@lru_cache(maxsize=1024)
def _tag_key(tag: str) -> str:
    return fold(tag)


def _need(seeker_text: str, offerer_text: str, *, they_offer: bool) -> Reason | None:
    wanted = keyed_words(seeker_text)
    offered = keyed_words(offerer_text)
    shared = [key for key in wanted if key in offered]
    if not shared:
        return None
    return Reason(
        ReasonKind.NEED,
        NEED_POINTS * len(shared),
        words=tuple(offered[k] for k in shared),
        offers=offerer_text,
        looking_for=seeker_text,
        they_offer=they_offer,
    )


def reasons(person: Profile, candidate: Profile) -> tuple[Reason, ...]:
    """Every reason to introduce ``candidate`` to ``person``, strongest kind first."""
    found: list[Reason] = []
    for reason in (
        _need(person.looking_for, candidate.offers, they_offer=True),
        _need(candidate.looking_for, person.offers, they_offer=False),
    ):
        if reason is not None:
            found.append(reason)
    theirs = {_tag_key(t): t for t in candidate.tags}
    shared_tags = [theirs[key] for t in person.tags if (key := _tag_key(t)) and key in theirs]
    if shared_tags:
        found.append(
            Reason(ReasonKind.TAG, TAG_POINTS * len(shared_tags), words=tuple(shared_tags))
        )
    shared_circles = [c for c in person.circles if c in set(candidate.circles)]
    if shared_circles:
        found.append(
            Reason(
                ReasonKind.CIRCLE, CIRCLE_POINTS * len(shared_circles), words=tuple(shared_circles)
            )
        )
    if not found:
        return ()
    if person.usual_weekday is not None and person.usual_weekday == candidate.usual_weekday:
        found.append(Reason(ReasonKind.WEEKDAY, WEEKDAY_POINTS, value=person.usual_weekday))
    if person.usual_hour is not None and person.usual_hour == candidate.usual_hour:
        found.append(Reason(ReasonKind.HOUR, HOUR_POINTS, value=person.usual_hour))
    return tuple(found)


def may_suggest(person: Profile, candidate: Profile, already: frozenset[int]) -> bool:
    """The rules that no score overrides."""
    return not (
        candidate.ref.id == person.ref.id
        or candidate.archived
        or candidate.do_not_introduce
        or candidate.ref.id in already
    )


def suggest(
    person: Profile,
    candidates: Iterable[Profile],
    *,
    already: Iterable[int] = (),
    limit: int = DEFAULT_LIMIT,
) -> list[Suggestion]:
    """The best ``limit`` people to introduce to ``person``, best first, each with reasons.

    ``already`` holds the ids of everyone in the ledger with the person.
    """
    if person.do_not_introduce or person.archived or limit <= 0:
        return []
    known = frozenset(already)
    scored: list[tuple[Suggestion, Profile]] = []
    for candidate in candidates:
        if not may_suggest(person, candidate, known):
            continue
        why = reasons(person, candidate)
        if why:
            scored.append((Suggestion(candidate.ref, sum(r.points for r in why), why), candidate))
    # Three stable sorts, least important key first.
    scored.sort(key=lambda sc: (sc[0].customer.reading, sc[0].customer.id))
    scored.sort(key=lambda sc: sc[1].last_visit_at or datetime.min, reverse=True)
    scored.sort(key=lambda sc: sc[0].score, reverse=True)
    return [s for s, _ in scored[:limit]]
