"""Name normalisation: every way the owner types a name meets in one folded key."""

from __future__ import annotations

import unicodedata

import jaconv
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kauntaa.domain.text import fold, fold_romaji, guess_reading, is_kana, is_latin, romaji

# No example database: the tests must not write into the working tree.
PROPERTY = settings(database=None, deadline=None, max_examples=200)

#: Hiragana that jaconv can turn into katakana and back (ぁ … ゖ, plus the long-vowel mark).
hiragana = st.text(
    alphabet=st.characters(min_codepoint=0x3041, max_codepoint=0x3096) | st.just("ー"),
    min_size=1,
    max_size=12,
)
ascii_letters = st.text(
    alphabet=st.characters(min_codepoint=ord("a"), max_codepoint=ord("z")), min_size=1
)


@pytest.mark.parametrize(
    "typed",
    ["たなか", "タナカ", "ﾀﾅｶ", "ﾀﾅカ", "た な か", "タナカ　"],
)
def test_every_kana_spelling_folds_to_the_same_hiragana(typed: str) -> None:
    assert fold(typed) == "たなか"


def test_a_spacing_voiced_mark_folds_like_the_voiced_kana() -> None:
    # Old half-width data converted naively gives "カ゛トウ" for ｶﾞﾄｳ; it must meet "がとう".
    assert fold("カ゛トウ") == fold("ガトウ") == "がとう"


def test_fold_drops_spaces_and_full_width_forms() -> None:
    assert fold("ﾀﾅｶ ﾐｻｷ") == "たなかみさき"
    assert fold("ＴＡＮＡＫＡ　Ｍｉｓａｋｉ") == "tanakamisaki"


@pytest.mark.parametrize("typed", ["tanaka", "TANAKA", "Tanaka", "ｔａｎａｋａ", "TANAKA "])
def test_every_latin_spelling_has_the_romaji_of_the_reading(typed: str) -> None:
    assert romaji(typed) == romaji("たなか") == "tanaka"


@pytest.mark.parametrize("typed", ["sato", "satou", "satoh", "satō", "SATOH", "Satoo"])
def test_long_vowel_spellings_agree(typed: str) -> None:
    assert romaji(typed) == romaji("さとう")


@pytest.mark.parametrize(
    ("kunrei", "hepburn"),
    [("tuzi", "tsuji"), ("hukuda", "fukuda"), ("sibata", "shibata"), ("tyousi", "choushi")],
)
def test_kunrei_and_hepburn_spellings_agree(kunrei: str, hepburn: str) -> None:
    assert fold_romaji(kunrei) == fold_romaji(hepburn)


def test_romaji_of_a_kanji_name_is_empty() -> None:
    # Kanji carry no sound of their own here; the reading supplies the romaji.
    assert romaji("田中") == ""


def test_script_detection() -> None:
    assert is_kana("ﾀﾅｶ")
    assert is_kana("さとう")
    assert not is_kana("田中")
    assert is_latin("Satō")
    assert not is_latin("たなか")
    assert not is_latin("田中 Misaki")


def test_guess_reading_reads_a_common_name_word_by_word() -> None:
    assert guess_reading("田中 美咲") == "たなか みさき"
    assert guess_reading("Emma Brown") == ""


@PROPERTY
@given(st.text(max_size=30))
# Spacing marks: NFKC turns them into a space plus a combining mark, and once the
# space is dropped the mark must join its letter, as a second fold would do.
@example("A´")
@example("カ゛")
def test_fold_is_idempotent(text: str) -> None:
    once = fold(text)
    assert fold(once) == once


@PROPERTY
@given(hiragana)
def test_katakana_folds_like_hiragana(hira: str) -> None:
    kata = jaconv.hira2kata(hira)
    assert fold(kata) == fold(hira)


@PROPERTY
@given(hiragana)
def test_half_width_katakana_folds_like_full_width(hira: str) -> None:
    kata = jaconv.hira2kata(hira)
    half = jaconv.z2h(kata, kana=True, ascii=False, digit=False)
    assert fold(half) == fold(kata)
    assert fold(half) == fold(unicodedata.normalize("NFKC", half))


@PROPERTY
@given(st.text(max_size=30))
def test_fold_ignores_width(text: str) -> None:
    assert fold(unicodedata.normalize("NFKC", text)) == fold(text)


@PROPERTY
@given(ascii_letters)
def test_full_width_latin_folds_like_ascii(latin: str) -> None:
    full = jaconv.h2z(latin, kana=False, ascii=True, digit=True)
    assert full != latin
    assert fold(full) == fold(latin)
    assert romaji(full) == romaji(latin)


@PROPERTY
@given(hiragana)
def test_romaji_of_kana_matches_its_katakana_form(hira: str) -> None:
    kata = jaconv.hira2kata(hira)
    assert romaji(hira) == romaji(kata)


@PROPERTY
@given(hiragana)
def test_romaji_of_kana_is_plain_ascii(hira: str) -> None:
    key = romaji(hira)
    assert key == key.casefold()
    assert all(ch.isascii() and ch.isalnum() for ch in key)


def _latin_by_definition(text: str) -> bool:
    """``is_latin`` without its kana-and-kanji shortcut: all ASCII once normalised."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return any(ch.isascii() and ch.isalpha() for ch in stripped) and stripped.isascii()


# Any text, weighted towards kana, CJK punctuation, width forms and Latin with marks.
_MIXED = st.one_of(
    st.characters(max_codepoint=0xFFFF),
    st.characters(min_codepoint=0x3000, max_codepoint=0x30FF),
    st.characters(min_codepoint=0xFF00, max_codepoint=0xFFEF),
    st.characters(min_codepoint=0x20, max_codepoint=0x17F),
)


@given(st.text(alphabet=_MIXED, max_size=12))
@example("a゛")  # a spacing voiced mark normalises to a space and a combining mark
@example("ｶ")
@example("Satō")
def test_the_script_shortcut_never_changes_is_latin(text: str) -> None:
    assert is_latin(text) == _latin_by_definition(text)
