"""Circles (アソシエ) and their workshops: every rule of the circle service, and the card."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from kauntaa.domain.customers import CustomerFields
from kauntaa.errors import NotFoundError, UserError
from kauntaa.services.shop import Shop
from tests.conftest import FixedClock


@pytest.fixture
def people(shop: Shop) -> dict[str, int]:
    return {
        key: shop.customers.add(CustomerFields(name=name, reading=reading)).id
        for key, name, reading in (
            ("misaki", "田中 美咲", "たなか みさき"),
            ("kenta", "佐藤 健太", "さとう けんた"),
            ("yu", "山田 優", "やまだ ゆう"),
        )
    }


def test_a_new_circle_has_its_contact_as_a_member(shop: Shop, people: dict[str, int]) -> None:
    circle = shop.circles.create(
        "写真部", description="フィルムで撮る", contact_id=people["misaki"]
    )
    assert circle.contact is not None
    assert circle.contact.name == "田中 美咲"
    assert [m.customer.id for m in circle.members] == [people["misaki"]]
    assert shop.circles.get(circle.id).description == "フィルムで撮る"


def test_editing_renames_and_a_new_contact_joins(shop: Shop, people: dict[str, int]) -> None:
    circle = shop.circles.create("写真部")
    edited = shop.circles.edit(
        circle.id, " フィルム写真部 ", description="月一回", contact_id=people["kenta"]
    )
    assert edited.name == "フィルム写真部"
    assert edited.description == "月一回"
    assert edited.contact is not None
    assert edited.contact.id == people["kenta"]
    assert [m.customer.id for m in edited.members] == [people["kenta"]]


def test_a_circle_cannot_take_another_circles_name(shop: Shop, people: dict[str, int]) -> None:
    shop.circles.create("読書会")
    other = shop.circles.create("写真部")
    with pytest.raises(UserError) as caught:
        shop.circles.edit(other.id, "読書会")
    assert caught.value.code == "duplicate_circle"
    assert shop.circles.edit(other.id, "写真部", description="same name is fine").name == "写真部"


def test_empty_name_is_refused_with_the_field_named(shop: Shop) -> None:
    with pytest.raises(UserError) as caught:
        shop.circles.create("  ")
    assert caught.value.field == "circle_name"


def test_members_have_roles_and_a_second_add_changes_the_role(
    shop: Shop, people: dict[str, int]
) -> None:
    circle = shop.circles.create("山歩きの会")
    shop.circles.add_member(circle.id, people["yu"], role="会計")
    circle = shop.circles.add_member(circle.id, people["yu"], role="講師")
    assert [(m.customer.name, m.role) for m in circle.members] == [("山田 優", "講師")]


def test_removing_the_contact_leaves_the_circle_without_one(
    shop: Shop, people: dict[str, int]
) -> None:
    circle = shop.circles.create("写真部", contact_id=people["misaki"])
    shop.circles.add_member(circle.id, people["kenta"])
    shop.circles.remove_member(circle.id, people["misaki"])
    after = shop.circles.get(circle.id)
    assert after.contact is None
    assert [m.customer.id for m in after.members] == [people["kenta"]]


def test_archived_circles_leave_the_list_and_cannot_host_new_events(
    shop: Shop, people: dict[str, int], clock: FixedClock
) -> None:
    circle = shop.circles.create("昔の会")
    shop.circles.archive(circle.id)
    assert shop.circles.all() == []
    assert [c.name for c in shop.circles.all(include_archived=True)] == ["昔の会"]
    with pytest.raises(UserError) as caught:
        shop.circles.add_event("お茶会", clock.now, circle_id=circle.id)
    assert caught.value.code == "archived_circle"
    shop.circles.archive(circle.id, archived=False)
    assert shop.circles.add_event("お茶会", clock.now, circle_id=circle.id).circle_name == "昔の会"


def test_resolve_finds_a_circle_by_id_exact_name_or_unique_part(shop: Shop) -> None:
    photo = shop.circles.create("フィルム写真部")
    shop.circles.create("読書会")
    shop.circles.create("読書会・夜")
    assert shop.circles.resolve(str(photo.id)).id == photo.id
    assert shop.circles.resolve("写真").id == photo.id
    assert shop.circles.resolve("読書会").name == "読書会"  # exact beats partial
    with pytest.raises(UserError) as caught:
        shop.circles.resolve("読書")
    assert caught.value.code == "ambiguous_circle"
    with pytest.raises(NotFoundError):
        shop.circles.resolve("編み物")


def test_events_are_created_edited_and_listed_newest_first(
    shop: Shop, people: dict[str, int], clock: FixedClock
) -> None:
    circle = shop.circles.create("手作り石けんの会")
    early = shop.circles.add_event(
        "石けん作り", clock.now - timedelta(days=30), circle_id=circle.id
    )
    late = shop.circles.add_event("ラテアート体験", clock.now - timedelta(days=2))
    edited = shop.circles.edit_event(
        early.id,
        "石けんの型出し",
        datetime(2026, 10, 1, 14, 0),
        circle_id=circle.id,
        description="奥のテーブルで",
        announced_in_newsletter=True,
    )
    assert (edited.title, edited.starts_at, edited.announced_in_newsletter) == (
        "石けんの型出し",
        datetime(2026, 10, 1, 14, 0),
        True,
    )
    assert [e.id for e in shop.circles.events()] == [late.id, early.id]
    assert [e.id for e in shop.circles.events(circle_id=circle.id)] == [early.id]


def test_attendance_is_by_name_once_each_and_can_be_taken_back(
    shop: Shop, people: dict[str, int], clock: FixedClock
) -> None:
    event = shop.circles.add_event("本の交換会", clock.now)
    shop.circles.attend(event.id, people["misaki"])
    shop.circles.attend(event.id, people["misaki"])
    event = shop.circles.attend(event.id, people["kenta"])
    assert [a.name for a in event.attendees] == ["佐藤 健太", "田中 美咲"]  # by reading
    event = shop.circles.attend(event.id, people["kenta"], came=False)
    assert [a.name for a in event.attendees] == ["田中 美咲"]


def test_attending_an_unknown_event_or_person_says_so(shop: Shop, people: dict[str, int]) -> None:
    with pytest.raises(NotFoundError):
        shop.circles.attend(999, people["misaki"])
    event = shop.circles.add_event("会", datetime(2026, 11, 1, 10, 0))
    with pytest.raises(NotFoundError):
        shop.circles.attend(event.id, 999)


def test_resolve_event_by_id_or_title(shop: Shop, clock: FixedClock) -> None:
    a = shop.circles.add_event("商店街の未来を話す会", clock.now)
    shop.circles.add_event("ジャズ喫茶の夜", clock.now)
    shop.circles.add_event("ジャズ喫茶の夜・二回目", clock.now)
    assert shop.circles.resolve_event(str(a.id)).id == a.id
    assert shop.circles.resolve_event("商店街").id == a.id
    assert shop.circles.resolve_event("ジャズ喫茶の夜").title == "ジャズ喫茶の夜"
    with pytest.raises(UserError) as caught:
        shop.circles.resolve_event("ジャズ")
    assert caught.value.code == "ambiguous_event"


def test_the_card_lists_the_events_attended_newest_first(
    shop: Shop, people: dict[str, int], clock: FixedClock
) -> None:
    circle = shop.circles.create("俳句の会")
    old = shop.circles.add_event("吟行", clock.now - timedelta(days=40), circle_id=circle.id)
    new = shop.circles.add_event("句会", clock.now - timedelta(days=3))
    shop.circles.attend(old.id, people["yu"])
    shop.circles.attend(new.id, people["yu"])
    card = shop.customers.card(people["yu"])
    assert [(e.title, e.circle_name) for e in card.events] == [("句会", ""), ("吟行", "俳句の会")]
    assert shop.customers.card(people["misaki"]).events == ()
    assert [e.id for e in shop.circles.attended(people["yu"])] == [new.id, old.id]
