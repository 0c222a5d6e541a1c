"""Deleting a customer on request (APPI): who stays named, what is kept, what is blanked.

A deleted customer disappears with their card, notes, visits, circle
memberships, event attendance and reminders. What other people's history needs
is kept without their name:

- an introduction that happened between them and someone else stays on the
  other person's card, introduced to "someone whose record was deleted";
- an introduction they made between two others stays, "introduced by someone
  whose record was deleted" (not "by the owner", which would be untrue);
- planned or dropped introductions with them are removed: nothing happened.

Their name is blanked in the text kept with those introductions and their
follow-ups. Notes on other cards and day notes are the owner's own words and
are not rewritten; the owner is told how many mention the name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kauntaa.domain.customers import CustomerRef

#: Stands for a deleted customer wherever an introduction still needs two sides.
REMOVED_PERSON = CustomerRef(0, "—", "", "")
#: What replaces their name in kept text.
BLANK = "＊＊＊"

_SPACES = re.compile(r"[\s\u3000]+")


def is_removed(ref: CustomerRef | None) -> bool:
    return ref is not None and ref.id == REMOVED_PERSON.id


def name_variants(name: str, reading: str, call_name: str) -> list[str]:
    """The ways kept text may name someone: full name, reading, call name, and their parts.

    Parts of one character are left out (too many false hits); longest first, so
    "田中 美咲" is blanked whole before "田中" is.
    """
    found: set[str] = set()
    for value in (name, reading, call_name):
        text = unicodedata.normalize("NFKC", value).strip()
        if not text:
            continue
        found.add(text)
        found.add(_SPACES.sub("", text))
        found.update(part for part in _SPACES.split(text) if len(part) >= 2)
    return sorted((v for v in found if v), key=lambda v: (-len(v), v))


def redact(text: str, variants: list[str]) -> str:
    """``text`` with every variant of the name blanked (matching full and half width alike)."""
    if not text or not variants:
        return text
    normalised = unicodedata.normalize("NFKC", text)
    pattern = re.compile("|".join(re.escape(v) for v in variants), re.IGNORECASE)
    if not pattern.search(normalised):
        return text
    return pattern.sub(BLANK, normalised)


@dataclass(frozen=True, slots=True)
class ErasureReport:
    """What a complete deletion did, to tell the owner."""

    customer_id: int
    name: str
    notes: int
    visits: int
    introductions_kept: int  # anonymised on the other person's card
    introductions_removed: int  # planned or dropped ones
    introduced_by_them: int  # anonymised introducer
    memberships: int
    attendances: int
    mentions_elsewhere: int  # other cards' notes and day notes still naming them
