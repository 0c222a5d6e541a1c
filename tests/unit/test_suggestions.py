"""Introduction suggestions: the scoring rules (pure) and the service over a real database."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from kauntaa.domain.customers import CustomerFields, CustomerRef
from kauntaa.domain.suggestions import (
    CIRCLE_POINTS,
    HOUR_POINTS,
    NEED_POINTS,
    TAG_POINTS,
    WEEKDAY_POINTS,
    Profile,
    ReasonKind,
    keyed_words,
    suggest,
    usual_hour,
)
from kauntaa.errors import NotFoundError
from kauntaa.services.shop import Shop

HIKING = ("登山",)


def person(
    ident: int,
    reading: str = "",
    *,
    last: datetime | None = None,
    **fields: object,
) -> Profile:
    ref = CustomerRef(ident, f"客{ident}", reading or f"きゃく{ident:03d}")
    return Profile(ref=ref, last_visit_at=last, **fields)  # type: ignore[arg-type]


# The rules, without a database -------------------------------------------------------


def test_a_need_answered_by_an_offer_is_the_strongest_reason_and_names_the_words() -> None:
    shop_owner = person(1, looking_for="ショップの写真")
    photographer = person(2, offers="写真撮影")
    hiker = person(3, tags=("登山",))
    shop_owner_with_tag = replace(shop_owner, tags=("登山",))

    found = suggest(shop_owner_with_tag, [hiker, photographer])

    assert [s.customer.id for s in found] == [2, 3]
    need = found[0].reasons[0]
    assert need.kind is ReasonKind.NEED
    assert need.words == ("写真",)
    assert (need.offers, need.looking_for, need.they_offer) == ("写真撮影", "ショップの写真", True)
    assert found[0].score == NEED_POINTS
    assert found[1].score == TAG_POINTS


def test_english_words_match_by_their_stem() -> None:
    owner = person(1, looking_for="photos for the shop")
    photographer = person(2, offers="Photography, weddings")

    [found] = suggest(owner, [photographer])

    assert found.reasons[0].words == ("photography",)


def test_the_other_direction_counts_too() -> None:
    carpenter = person(1, offers="棚や家具の修理")
    old_shelf = person(2, looking_for="古い棚を直せる人")

    [found] = suggest(carpenter, [old_shelf])

    assert found.reasons[0].they_offer is False
    assert found.reasons[0].words == ("棚",)


def test_tags_circles_weekday_and_hour_add_up_with_a_reason_each() -> None:
    me = person(1, tags=("ジャズ", "猫"), circles=("絵手紙の会",), usual_weekday=1, usual_hour=9)
    them = person(2, tags=("猫", "ｼﾞｬｽﾞ"), circles=("絵手紙の会",), usual_weekday=1, usual_hour=9)

    [found] = suggest(me, [them])

    kinds = [r.kind for r in found.reasons]
    assert kinds == [ReasonKind.TAG, ReasonKind.CIRCLE, ReasonKind.WEEKDAY, ReasonKind.HOUR]
    assert found.reasons[0].words == ("ｼﾞｬｽﾞ", "猫")  # width does not matter
    assert found.score == 2 * TAG_POINTS + CIRCLE_POINTS + WEEKDAY_POINTS + HOUR_POINTS


def test_the_same_weekday_alone_is_no_reason_to_introduce() -> None:
    me = person(1, usual_weekday=2, usual_hour=10)
    assert suggest(me, [person(2, usual_weekday=2, usual_hour=10)]) == []


def test_nothing_to_suggest_when_nobody_shares_anything() -> None:
    me = person(1, offers="翻訳", looking_for="ヨガの先生", tags=("将棋",))
    others = [person(2, offers="パン教室", tags=("釣り",)), person(3, looking_for="ピアノ")]

    assert suggest(me, others) == []
    assert suggest(me, []) == []


def test_never_suggested_self_archived_do_not_introduce_or_already_in_the_ledger() -> None:
    me = person(1, tags=("登山",))
    candidates = [
        person(1, tags=HIKING),  # the person themself
        person(2, archived=True, tags=HIKING),
        person(3, do_not_introduce=True, tags=HIKING),
        person(4, tags=HIKING),  # already introduced
        person(5, tags=HIKING),
    ]

    assert [s.customer.id for s in suggest(me, candidates, already={4})] == [5]


def test_someone_who_asked_not_to_be_introduced_gets_no_suggestions() -> None:
    me = person(1, tags=("登山",), do_not_introduce=True)
    assert suggest(me, [person(2, tags=("登山",))]) == []


def test_ties_go_to_the_most_recent_visitor_then_the_reading() -> None:
    me = person(1, tags=("登山",))
    earlier = person(2, "あ", last=datetime(2026, 11, 1, 10), tags=HIKING)
    later = person(3, "ん", last=datetime(2026, 11, 19, 10), tags=HIKING)
    never_a = person(4, "い", tags=HIKING)
    never_b = person(5, "う", tags=HIKING)

    ranked = suggest(me, [never_b, earlier, never_a, later])

    assert [s.customer.id for s in ranked] == [3, 2, 4, 5]
    assert [s.customer.id for s in suggest(me, [later, never_a, never_b, earlier])] == [
        3,
        2,
        4,
        5,
    ]


def test_the_limit_keeps_the_best() -> None:
    me = person(1, tags=("登山", "猫"))
    many = [person(i, tags=("登山",)) for i in range(2, 20)] + [person(30, tags=("登山", "猫"))]
    found = suggest(me, many, limit=3)
    assert len(found) == 3
    assert found[0].customer.id == 30


def test_key_words_skip_particles_and_split_kanji_into_pairs() -> None:
    assert list(keyed_words("家族写真を撮ってくれる人")) == ["家族", "族写", "写真", "撮"]
    assert list(keyed_words("お店のﾎｰﾑﾍﾟｰｼﾞ")) == ["ホームページ"]
    assert keyed_words("") == {}


@pytest.mark.parametrize(
    ("hours", "expected"),
    [([9, 9, 9, 14], 9), ([9, 9], None), ([8, 9, 10, 11, 12, 13, 14, 15], None), ([], None)],
)
def test_usual_hour_needs_a_clear_habit(hours: list[int], expected: int | None) -> None:
    assert usual_hour(hours) == expected


# The service, on a real database ---------------------------------------------------------


@pytest.fixture
def cafe(shop: Shop) -> dict[str, int]:
    people = {
        "owner": CustomerFields(
            name="木村 花", reading="きむら はな", looking_for="ショップの写真", tags=("猫",)
        ),
        "yu": CustomerFields(name="西田 優", reading="にしだ ゆう", offers="写真撮影"),
        "cat": CustomerFields(name="森 光", reading="もり ひかる", tags=("猫",)),
        "designer": CustomerFields(name="青木 蓮", reading="あおき れん", offers="ロゴのデザイン"),
    }
    return {key: shop.customers.add(fields).id for key, fields in people.items()}


def test_the_service_ranks_an_answered_need_first_with_its_reasons(
    shop: Shop, cafe: dict[str, int]
) -> None:
    found = shop.suggestions.for_customer(cafe["owner"])

    assert [s.customer.id for s in found] == [cafe["yu"], cafe["cat"]]
    assert found[0].reasons[0].words == ("写真",)
    assert found[1].reasons[0].kind is ReasonKind.TAG


def test_the_service_finds_the_same_match_from_the_other_side(
    shop: Shop, cafe: dict[str, int]
) -> None:
    [found] = shop.suggestions.for_customer(cafe["yu"])
    assert found.customer.id == cafe["owner"]
    assert found.reasons[0].they_offer is False


def test_people_already_introduced_or_planned_are_not_suggested(
    shop: Shop, cafe: dict[str, int]
) -> None:
    shop.introductions.introduce(cafe["owner"], cafe["yu"])
    shop.introductions.introduce(cafe["cat"], cafe["owner"], planned=True)

    assert shop.suggestions.for_customer(cafe["owner"]) == []
    assert shop.suggestions.for_customer(cafe["yu"]) == []


def test_archived_and_do_not_introduce_people_are_never_suggested(
    shop: Shop, cafe: dict[str, int]
) -> None:
    shop.customers.archive(cafe["yu"])
    cat = shop.customers.get(cafe["cat"])
    shop.customers.update(cat.id, replace(cat.fields(), do_not_introduce=True))

    assert shop.suggestions.for_customer(cafe["owner"]) == []


def test_a_shared_circle_is_a_reason(shop: Shop, cafe: dict[str, int]) -> None:
    circle = shop.circles.create("絵手紙の会")
    shop.circles.add_member(circle.id, cafe["designer"])
    shop.circles.add_member(circle.id, cafe["cat"])

    found = shop.suggestions.for_customer(cafe["designer"])

    assert [s.customer.id for s in found] == [cafe["cat"]]
    assert found[0].reasons[0].kind is ReasonKind.CIRCLE
    assert found[0].reasons[0].words == ("絵手紙の会",)


def test_nothing_to_suggest_in_a_shop_of_strangers(shop: Shop) -> None:
    alone = shop.customers.add(CustomerFields(name="一人 目", reading="ひとり め"))
    shop.customers.add(CustomerFields(name="二人 目", reading="ふたり め", offers="翻訳"))
    assert shop.suggestions.for_customer(alone.id) == []


def test_editing_a_card_updates_what_it_matches(shop: Shop, cafe: dict[str, int]) -> None:
    designer = shop.customers.get(cafe["designer"])
    assert cafe["designer"] not in [
        s.customer.id for s in shop.suggestions.for_customer(cafe["owner"])
    ]

    shop.customers.update(designer.id, replace(designer.fields(), offers="写真とロゴ"))

    ids = [s.customer.id for s in shop.suggestions.for_customer(cafe["owner"])]
    assert cafe["designer"] in ids


def test_suggestions_for_an_unknown_customer_say_so(shop: Shop) -> None:
    with pytest.raises(NotFoundError) as caught:
        shop.suggestions.for_customer(9_999)
    assert "9999" in caught.value.text("en")
