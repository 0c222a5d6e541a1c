"""Which characters may be stored as text, which are quietly dropped, which are refused.

Every text the owner types, pastes or imports passes through here before it is
written (``domain.validation.clean`` calls it for every field), so a card, a
note, a circle or an imported row all follow the same rules:

* **dropped** — invisible characters that copy and paste leave behind and that
  mean nothing on a card: zero-width space, word joiner, byte-order mark, soft
  hyphen, the left-to-right and right-to-left marks;
* **turned into plain spaces or newlines** — other kinds of space (no-break,
  ideographic, thin) become a space; in a one-line field (a name, a phone)
  tabs and line breaks become a space too, and in a longer text every line
  break becomes ``\\n``;
* **refused** — what cannot be shown as the text it claims to be: lone
  surrogates (bytes a broken terminal could not decode), control characters
  (ESC, BEL and the terminal sequences they start), and the bidirectional
  embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make
  text read differently from what is stored.

Zero-width joiners (emoji sequences), variation selectors (異体字 of names) and
private-use characters (外字) are kept. A text made only of invisible
characters counts as empty (``has_visible``).
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

_C0 = "\x00-\x08\x0b-\x0c\x0e-\x1f\x7f"
#: Control characters that are not text: C0 except tab and line breaks, DEL, and C1.
CONTROL = re.compile(f"[{_C0}\x80-\x9f]")
#: The C0 part alone: no text file holds these, so a file with one is not text at all.
C0_CONTROL = re.compile(f"[{_C0}]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_DIRECTION = re.compile("[\u202a-\u202e\u2066-\u2069]")
_NONCHARACTER = re.compile("[\ufdd0-\ufdef\ufffe\uffff]")
#: Invisible leftovers of copy and paste, dropped without a word.
_DROPPED = re.compile("[\u00ad\u061c\u180e\u200b\u200e\u200f\u2060-\u2064\ufeff]")
_LINE_BREAK = re.compile("\r\n|[\r\u2028\u2029\x85]")
_SPACE = re.compile("[^\\S\n\t]")  # any white space but newline and tab
#: Default-ignorable code points (Unicode's DerivedCoreProperties): they draw nothing.
_IGNORABLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)


class Refusal(StrEnum):
    """Why a text cannot be stored; the value is the error code callers report."""

    NOT_TEXT = "not_text"
    CONTROL = "control_character"
    DIRECTION = "direction_override"


def refused(text: str) -> tuple[Refusal, str] | None:
    """The first reason to refuse ``text``, with the character, or None when it may be stored."""
    for kind, pattern in (
        (Refusal.NOT_TEXT, _SURROGATE),
        (Refusal.NOT_TEXT, _NONCHARACTER),
        (Refusal.CONTROL, CONTROL),
        (Refusal.DIRECTION, _DIRECTION),
    ):
        found = pattern.search(text)
        if found is not None:
            return kind, found.group(0)
    return None


def tidy(text: str, *, multiline: bool) -> str:
    """Invisible leftovers dropped, spaces plain, line breaks ``\\n`` (or a space)."""
    text = _DROPPED.sub("", text)
    text = _LINE_BREAK.sub("\n", text)
    if not multiline:
        text = text.replace("\n", " ").replace("\t", " ")
    return _SPACE.sub(" ", text)


def has_visible(text: str) -> bool:
    """False for a text made only of spaces and characters that draw nothing."""
    return any(
        not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in _IGNORABLE.sub("", text)
    )


def code_point(ch: str) -> str:
    """'U+202E': how a message names an invisible character."""
    return f"U+{ord(ch):04X}"
