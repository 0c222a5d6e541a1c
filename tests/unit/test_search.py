"""Finding a person at the counter by however their name is typed."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta

import pytest

from kauntaa.domain.customers import CustomerFields
from kauntaa.domain.search import MatchKind, SearchHit
from kauntaa.services.shop import Shop
from tests.conftest import FixedClock


@dataclass(frozen=True)
class People:
    misaki: int  # 田中 美咲
    ken: int  # 田中 健
    nakata: int  # 中田 美咲
    sato: int  # 佐藤 健太
    saito: int  # 斉藤 優
    kato: int  # 加藤 真


def _add(shop: Shop, name: str, reading: str) -> int:
    return shop.customers.add(CustomerFields(name=name, reading=reading)).id


@pytest.fixture
def people(shop: Shop, clock: FixedClock) -> People:
    found = People(
        misaki=_add(shop, "田中 美咲", "たなか みさき"),
        ken=_add(shop, "田中 健", "たなか けん"),
        nakata=_add(shop, "中田 美咲", "なかた みさき"),
        sato=_add(shop, "佐藤 健太", "さとう けんた"),
        saito=_add(shop, "斉藤 優", "さいとう ゆう"),
        kato=_add(shop, "加藤 真", "かとう まこと"),
    )
    # Ties on score go to whoever came most recently: 美咲 came in this morning,
    # the other two she could be confused with came last week.
    shop.activity.record_visit(found.ken, at=clock.now - timedelta(days=7))
    shop.activity.record_visit(found.nakata, at=clock.now - timedelta(days=7))
    shop.activity.record_visit(found.misaki, at=clock.now - timedelta(hours=1))
    return found


def _ids(hits: list[SearchHit]) -> list[int]:
    return [h.id for h in hits]


@pytest.mark.parametrize(
    ("query", "why"),
    [
        ("たなか", MatchKind.READING),
        ("タナカ", MatchKind.READING),
        ("ﾀﾅｶ", MatchKind.READING),
        ("tanaka", MatchKind.ROMAJI),
        ("TANAKA", MatchKind.ROMAJI),
        ("Tanaka", MatchKind.ROMAJI),
        ("ｔａｎａｋａ", MatchKind.ROMAJI),
        ("田中", MatchKind.NAME),
        ("みさき", MatchKind.READING),
        ("ミサキ", MatchKind.READING),
        ("misaki", MatchKind.ROMAJI),
        ("田中 美咲", MatchKind.NAME),
        ("たなかみさき", MatchKind.READING),
        ("tanaka misaki", MatchKind.ROMAJI),
    ],
)
def test_every_spelling_finds_tanaka_misaki_first(
    shop: Shop, people: People, query: str, why: MatchKind
) -> None:
    hits = shop.customers.search(query)
    assert hits, f"{query!r} found nobody"
    assert hits[0].id == people.misaki
    assert hits[0].matched is why


def test_people_sharing_a_surname_are_all_found(shop: Shop, people: People) -> None:
    for query in ("たなか", "tanaka", "田中"):
        assert set(_ids(shop.customers.search(query))) == {people.misaki, people.ken}
    assert set(_ids(shop.customers.search("みさき"))) == {people.misaki, people.nakata}


def test_a_different_name_is_not_found(shop: Shop, people: People) -> None:
    assert people.nakata not in _ids(shop.customers.search("たなか"))
    assert people.misaki not in _ids(shop.customers.search("なかた"))
    assert shop.customers.search("やまだ") == []
    assert shop.customers.search("yamada") == []


def test_among_equal_matches_the_most_recent_visitor_comes_first(
    shop: Shop, people: People, clock: FixedClock
) -> None:
    assert _ids(shop.customers.search("たなか"))[0] == people.misaki
    shop.activity.record_visit(people.ken, at=clock.now)
    assert _ids(shop.customers.search("たなか"))[0] == people.ken


@pytest.mark.parametrize("query", ["sato", "satou", "satoh", "satō", "SATO", "さとう", "サトウ"])
def test_long_vowel_spellings_find_sato(shop: Shop, people: People, query: str) -> None:
    hits = shop.customers.search(query)
    assert _ids(hits)[0] == people.sato
    # 斉藤 (さいとう) and 加藤 (かとう) merely look alike: they must not come up.
    assert people.saito not in _ids(hits)
    assert people.kato not in _ids(hits)


def test_saito_and_kato_are_found_by_their_own_readings(shop: Shop, people: People) -> None:
    assert _ids(shop.customers.search("saito"))[0] == people.saito
    assert _ids(shop.customers.search("かとう"))[0] == people.kato
    assert _ids(shop.customers.search("加藤"))[0] == people.kato


@pytest.mark.parametrize("query", ["た", "たな", "タ", "t", "ta", "T", "田"])
def test_one_and_two_character_queries_find_by_prefix(
    shop: Shop, people: People, query: str
) -> None:
    hits = shop.customers.search(query)
    ids = _ids(hits)
    assert ids[0] == people.misaki
    assert people.ken in ids
    assert people.sato not in ids
    # A prefix is a weaker match than the whole name typed out.
    assert hits[0].score < shop.customers.search("たなか")[0].score


def test_short_query_reaches_given_names_too(shop: Shop, people: People) -> None:
    # "み" is the start of みさき, a given name, not a surname.
    assert set(_ids(shop.customers.search("み"))) >= {people.misaki, people.nakata}
    assert set(_ids(shop.customers.search("け"))) >= {people.ken, people.sato}


def test_exact_match_outranks_prefix_match(shop: Shop, people: People) -> None:
    ken_hits = shop.customers.search("けん")
    # 田中 健 is けん exactly; 佐藤 健太 (けんた) only starts with it.
    assert _ids(ken_hits)[:2] == [people.ken, people.sato]
    assert ken_hits[0].score > ken_hits[1].score


def test_name_and_reading_rank_above_tags_occupation_and_notes(
    shop: Shop, people: People, clock: FixedClock
) -> None:
    tagged = shop.customers.add(
        CustomerFields(name="山本 花", reading="やまもと はな", tags=("たなか農園",))
    ).id
    employed = shop.customers.add(
        CustomerFields(name="小林 陽", reading="こばやし よう", occupation="たなか 工務店")
    ).id
    noted = _add(shop, "伊藤 蓮", "いとう れん")
    shop.activity.add_note(noted, "たなかさんの同級生")
    # The profile and note people came in more recently than anyone named たなか:
    # recency must not lift them above a name match.
    for cid in (tagged, employed, noted):
        shop.activity.record_visit(cid, at=clock.now)

    hits = shop.customers.search("たなか")
    ids = _ids(hits)
    assert set(ids[:2]) == {people.misaki, people.ken}
    assert set(ids[2:]) == {tagged, employed, noted}
    by_id = {h.id: h for h in hits}
    assert by_id[tagged].matched is MatchKind.TAG
    assert by_id[employed].matched is MatchKind.OCCUPATION
    assert by_id[noted].matched is MatchKind.NOTE
    assert "たなか" in by_id[noted].matched_text
    assert ids.index(tagged) < ids.index(noted)
    assert ids.index(employed) < ids.index(noted)
    assert min(by_id[i].score for i in ids[:2]) > max(by_id[i].score for i in ids[2:])


def test_each_hit_says_why_it_matched(shop: Shop, people: People) -> None:
    call = shop.customers.add(
        CustomerFields(name="Emma Brown", call_name="エマちゃん", offers="英会話 レッスン")
    ).id
    assert shop.customers.search("エマ")[0].matched is MatchKind.CALL_NAME
    assert shop.customers.search("emma")[0].id == call
    assert shop.customers.search("英会話")[0].matched is MatchKind.OFFERS
    hit = shop.customers.search("さとう")[0]
    assert (hit.id, hit.matched, hit.name) == (people.sato, MatchKind.READING, "佐藤 健太")


def test_archived_customers_are_hidden_unless_asked_for(shop: Shop, people: People) -> None:
    shop.customers.archive(people.misaki)
    assert people.misaki not in _ids(shop.customers.search("たなか"))
    assert _ids(shop.customers.search("たなか")) == [people.ken]

    with_archived = shop.customers.search("たなか", include_archived=True)
    by_id = {h.id: h for h in with_archived}
    assert set(by_id) == {people.misaki, people.ken}
    assert by_id[people.misaki].archived
    assert not by_id[people.ken].archived

    shop.customers.archive(people.misaki, archived=False)
    assert people.misaki in _ids(shop.customers.search("たなか"))


def test_private_notes_are_not_searchable(shop: Shop, people: People) -> None:
    shop.activity.add_note(people.kato, "ひみつのけいかく", private=True)
    assert shop.customers.search("ひみつ") == []

    shop.activity.add_note(people.saito, "ひみつの抹茶ラテ")
    hits = shop.customers.search("ひみつ")
    assert _ids(hits) == [people.saito]
    assert hits[0].matched is MatchKind.NOTE


def test_making_a_note_private_takes_it_out_of_search(shop: Shop, people: People) -> None:
    note = shop.activity.add_note(people.kato, "ワインが好き")
    assert _ids(shop.customers.search("わいん")) == [people.kato]
    shop.activity.set_note_flags(note.id, private=True)
    assert shop.customers.search("わいん") == []


def test_deleted_and_edited_notes_leave_the_index(shop: Shop, people: People) -> None:
    note = shop.activity.add_note(people.kato, "チーズケーキ担当")
    assert _ids(shop.customers.search("チーズ")) == [people.kato]
    shop.activity.edit_note(note.id, "モンブラン担当")
    assert shop.customers.search("チーズ") == []
    assert _ids(shop.customers.search("もんぶらん")) == [people.kato]
    shop.activity.delete_note(note.id)
    assert shop.customers.search("もんぶらん") == []


def test_an_edited_name_is_found_by_the_new_name_only(shop: Shop, people: People) -> None:
    fields = shop.customers.get(people.kato).fields()
    shop.customers.update(people.kato, replace(fields, name="森 真", reading="もり まこと"))
    assert people.kato not in _ids(shop.customers.search("かとう"))
    assert _ids(shop.customers.search("もり"))[0] == people.kato


def test_blank_query_finds_nobody(shop: Shop, people: People) -> None:
    assert shop.customers.search("") == []
    assert shop.customers.search(" 　") == []


def test_limit_is_respected(shop: Shop, people: People) -> None:
    assert len(shop.customers.search("た", limit=1)) == 1
    assert shop.customers.search("た", limit=0) == []
