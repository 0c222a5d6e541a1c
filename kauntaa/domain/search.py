"""What makes a customer findable, and how a match is ranked.

Each card is turned into *terms*: folded keys of the name, the reading and its
romaji (whole and word by word), and of the call name, tags and profile text.
Storage keeps them in an indexed table and looks them up by prefix, so one- and
two-letter queries are as fast as long ones. Ranking is decided here, once:
name and reading matches come before profile matches, which come before notes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple, TypeVar

from kauntaa.domain.suggestions import match_keys
from kauntaa.domain.text import fold, is_kana, is_latin, romaji, tokens

T = TypeVar("T")


class MatchKind(StrEnum):
    NAME = "name"
    READING = "reading"
    ROMAJI = "romaji"
    CALL_NAME = "call_name"
    TAG = "tag"
    OCCUPATION = "occupation"
    OFFERS = "offers"
    LOOKING_FOR = "looking_for"
    NOTE = "note"


#: Tier 0 is looked up first; profile terms only fill the list when names run out.
NAME_TIER = 0
PROFILE_TIER = 1
#: Never searched: the key words of offers and looking-for, which suggestions look up.
MATCH_TIER = 2

_TIER: dict[MatchKind, int] = {
    MatchKind.NAME: NAME_TIER,
    MatchKind.READING: NAME_TIER,
    MatchKind.ROMAJI: NAME_TIER,
    MatchKind.CALL_NAME: NAME_TIER,
    MatchKind.TAG: PROFILE_TIER,
    MatchKind.OCCUPATION: PROFILE_TIER,
    MatchKind.OFFERS: PROFILE_TIER,
    MatchKind.LOOKING_FOR: PROFILE_TIER,
}

# Base score per kind; how the term matched adds to it (see ``score``).
_BASE: dict[MatchKind, int] = {
    MatchKind.NAME: 60,
    MatchKind.READING: 60,
    MatchKind.ROMAJI: 58,
    MatchKind.CALL_NAME: 50,
    MatchKind.TAG: 30,
    MatchKind.OCCUPATION: 25,
    MatchKind.OFFERS: 22,
    MatchKind.LOOKING_FOR: 22,
    MatchKind.NOTE: 10,
}

MATCH_LABELS: dict[MatchKind, tuple[str, str]] = {
    MatchKind.NAME: ("名前", "name"),
    MatchKind.READING: ("よみ", "reading"),
    MatchKind.ROMAJI: ("ローマ字", "romaji"),
    MatchKind.CALL_NAME: ("呼び方", "call name"),
    MatchKind.TAG: ("タグ", "tag"),
    MatchKind.OCCUPATION: ("仕事", "occupation"),
    MatchKind.OFFERS: ("できること", "offers"),
    MatchKind.LOOKING_FOR: ("探しもの", "looking for"),
    MatchKind.NOTE: ("メモ", "note"),
}


class SearchTerm(NamedTuple):
    """One key a card is found by. A tuple: a bulk import makes ~90,000 of them at once."""

    tier: int
    kind: MatchKind
    term: str
    whole: bool  # the whole field, not one word of it


def tier_of(kind: MatchKind) -> int:
    return _TIER[kind]


def _keyed(kind: MatchKind, text: str) -> list[SearchTerm]:
    """The whole field's key, plus each word's key when there is more than one word."""
    key_fn = romaji if kind is MatchKind.ROMAJI else fold
    tier = _TIER[kind]
    whole = key_fn(text)
    words = tokens(text)
    result = [SearchTerm(tier, kind, whole, True)] if whole else []
    if len(words) > 1:
        result += [SearchTerm(tier, kind, k, False) for w in words if (k := key_fn(w))]
    return result


def customer_terms(
    *,
    name: str,
    reading: str,
    call_name: str = "",
    tags: tuple[str, ...] = (),
    occupation: str = "",
    offers: str = "",
    looking_for: str = "",
) -> list[SearchTerm]:
    """All search terms of one card, without duplicates."""
    terms = _keyed(MatchKind.NAME, name)
    spoken = reading or (name if is_kana(name) or is_latin(name) else "")
    if reading:
        terms += _keyed(MatchKind.READING, reading)
    if spoken:
        terms += _keyed(MatchKind.ROMAJI, spoken)
    if call_name:
        terms += _keyed(MatchKind.CALL_NAME, call_name)
        if is_kana(call_name) or is_latin(call_name):
            # The romaji of a call name, found as the call name itself.
            romaji_terms = _keyed(MatchKind.ROMAJI, call_name)
            terms += [
                SearchTerm(NAME_TIER, MatchKind.CALL_NAME, t.term, t.whole) for t in romaji_terms
            ]
    for tag in tags:
        terms += _keyed(MatchKind.TAG, tag)
    profile = (
        (MatchKind.OCCUPATION, occupation),
        (MatchKind.OFFERS, offers),
        (MatchKind.LOOKING_FOR, looking_for),
    )
    for kind, text in profile:
        if text:
            terms += [
                SearchTerm(PROFILE_TIER, kind, k, False) for w in tokens(text) if (k := fold(w))
            ]
    for kind, text in profile[1:]:
        if text:
            terms += [SearchTerm(MATCH_TIER, kind, k, False) for k in match_keys(text)]
    # One term per (tier, kind, key); a whole-field term wins over the same key as a word.
    unique: dict[tuple[int, MatchKind, str], SearchTerm] = {}
    for t in terms:
        key = (t.tier, t.kind, t.term)
        seen = unique.get(key)
        if seen is None or (t.whole and not seen.whole):
            unique[key] = t
    return list(unique.values())


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """A query folded the same way as the terms: the kana/kanji key and the romaji key."""

    text: str
    key: str
    romaji_key: str

    @classmethod
    def parse(cls, text: str) -> SearchQuery:
        key = fold(text)
        return cls(text=text, key=key, romaji_key=romaji(text) if is_latin(text) else "")

    @property
    def empty(self) -> bool:
        return not self.key


def score(kind: MatchKind, term: str, whole: bool, query_key: str) -> int:
    """Higher is better: exact beats prefix, a whole field beats one of its words."""
    exact = term == query_key
    bonus = (30 if exact else 10) + (8 if whole else 0)
    return _BASE[kind] + bonus


def rank(
    candidates: Iterable[T],
    *,
    points: Callable[[T], int],
    last_visit: Callable[[T], str],
    reading: Callable[[T], str],
) -> list[T]:
    """Best score first; among equals, whoever came most recently; then by reading.

    ``last_visit`` is the ISO text of the last visit ("" for never), which sorts
    like the time itself. Three stable sorts, least important key first.
    """
    ordered = sorted(candidates, key=reading)
    ordered.sort(key=last_visit, reverse=True)
    ordered.sort(key=points, reverse=True)
    return ordered


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result, saying why it matched."""

    id: int
    name: str
    reading: str
    call_name: str
    usual_order: str
    last_visit_at: datetime | None
    archived: bool
    matched: MatchKind
    matched_text: str
    score: int
    has_photo: bool = False
    waiting: bool = False  # a planned introduction or a reminder for their next visit
    planned_introduction: bool = False  # someone to introduce them to, next time they come
