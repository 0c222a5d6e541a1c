"""Text normalisation for finding people by name, the way the owner types them.

The same functions run on write (to fill the search index) and on every query,
so "たなか", "タナカ", "ﾀﾅｶ", "tanaka", "TANAKA" and "田中" meet in one place:

* ``fold`` — NFKC (half-width kana and full-width letters), case-folded,
  katakana turned into hiragana, spaces removed;
* ``romaji`` — Hepburn romaji of a kana reading, folded so that Kunrei spellings
  (si/tu/hu), long vowels (ou, oo, oh, ō) and sokuon spellings (tch/cch) agree.

Kana tables come from jaconv and kanji readings from pykakasi; none are
hand-written here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

import jaconv

from kauntaa.collector import collector_paused, set_aside_for_good

_SEPARATORS = re.compile(r"[\s・·,、，/／()（）\[\]「」『』【】]+")
_NON_ALNUM = re.compile(r"[^0-9a-z]")
_KUNREI = re.compile(
    r"sy(?=[auo])|si|ty(?=[auo])|ti|tu|(?<![sc])hu|zy(?=[auo])|jy(?=[auo])|zi|di|du"
)
_KUNREI_TO_HEPBURN = {
    "sy": "sh",
    "si": "shi",
    "ty": "ch",
    "ti": "chi",
    "tu": "tsu",
    "hu": "fu",
    "zy": "j",
    "jy": "j",
    "zi": "ji",
    "di": "ji",
    "du": "zu",
}
_OH_LONG = re.compile(r"oh(?![aiueoy])")
_LONG_VOWEL = re.compile(r"([aiueo])\1+|ou")


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


#: Folded keys remembered: names and readings repeat word by word across a shop,
#: and a bulk import or a demo load folds the same family names thousands of times.
_KEYS_REMEMBERED = 65536


@lru_cache(maxsize=_KEYS_REMEMBERED)
def tokens(text: str) -> tuple[str, ...]:
    """Words of a name or phrase, split on spaces and Japanese punctuation."""
    return tuple(t for t in _SEPARATORS.split(nfkc(text)) if t)


@lru_cache(maxsize=_KEYS_REMEMBERED)
def fold(text: str) -> str:
    """Width-, case- and script-insensitive key: 'ﾀﾅｶ ミサキ' → 'たなかみさき'."""
    # NFKC again after joining: a spacing mark (゛, ´) becomes a space plus a combining
    # mark, and only once the space is gone does the mark compose with its letter.
    return jaconv.kata2hira(nfkc("".join(tokens(text)).casefold()))


def is_kana(text: str) -> bool:
    """True for text made only of hiragana, katakana and the long-vowel mark."""
    folded = fold(text)
    return bool(folded) and all("\u3041" <= ch <= "\u309f" or ch == "ー" for ch in folded)


#: Kana and kanji: no normalisation turns them into ASCII, so one of them settles
#: ``is_latin`` at once. (Not the voiced-sound marks: NFKC makes ゛ a space and a
#: combining mark, which ``_strip_marks`` drops.)
_JAPANESE_LETTER = re.compile("[\u3041-\u3096\u309d-\u30ff\u3400-\u9fff\uff66-\uff9d]")


@lru_cache(maxsize=_KEYS_REMEMBERED)
def is_latin(text: str) -> bool:
    """True when the text is written in Latin letters (possibly with macrons)."""
    if _JAPANESE_LETTER.search(text):
        return False
    stripped = _strip_marks(nfkc(text)).casefold()
    return any(ch.isascii() and ch.isalpha() for ch in stripped) and all(
        ch.isascii() for ch in stripped
    )


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_romaji(latin: str) -> str:
    """Fold one romaji spelling so its variants agree: 'Satoh', 'satou', 'satō' → 'sato'."""
    text = _NON_ALNUM.sub("", _strip_marks(nfkc(latin)).casefold())
    text = _KUNREI.sub(lambda m: _KUNREI_TO_HEPBURN[m.group(0)[:2]], text)
    text = text.replace("tch", "cch")
    text = re.sub(r"m(?=[bp])", "n", text)
    text = _OH_LONG.sub("o", text)
    return _LONG_VOWEL.sub(lambda m: m.group(0)[0], text)


def kana_to_romaji(kana: str) -> str:
    """Folded romaji of a kana reading ('さとう' → 'sato'). Other characters are dropped."""
    hira = fold(kana)
    return fold_romaji(jaconv.kana2alphabet(hira))


@lru_cache(maxsize=_KEYS_REMEMBERED)
def romaji(text: str) -> str:
    """Folded romaji of a kana or Latin text; empty for text with neither."""
    if is_latin(text):
        return fold_romaji(text)
    return kana_to_romaji(text)


@lru_cache(maxsize=1)
def _kakasi() -> Any:
    import pykakasi  # loaded on first use: it reads its dictionaries at start-up

    # The kanji dictionary is a million small objects, unpickled at once and kept
    # for good: twice as fast with the collector paused, and never walked again.
    with collector_paused():
        kakasi = pykakasi.kakasi()  # type: ignore[no-untyped-call]
    set_aside_for_good()
    return kakasi


def guess_reading(name: str) -> str:
    """A hiragana reading guessed from a written name, word by word ('田中 美咲' → 'たなか みさき').

    Readings of Japanese names are ambiguous, so this is a suggestion for the
    owner to confirm, not a fact. Latin names have no kana reading.
    """
    words = tokens(name)
    if not words or all(is_latin(w) for w in words):
        return ""
    guessed = []
    for word in words:
        if is_latin(word):
            continue
        parts = _kakasi().convert(word)
        guessed.append("".join(str(p["hira"]) for p in parts))
    return " ".join(g for g in guessed if g)


def reading_romaji(reading: str) -> str:
    """Display romaji for a reading, word by word: 'たなか みさき' → 'Tanaka Misaki'."""
    return " ".join(jaconv.kana2alphabet(fold(w)).capitalize() for w in tokens(reading))
