"""Bad input is refused with a typed, translated error, and nothing is written."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import date, timedelta

import pytest

from kauntaa.domain.customers import CustomerFields
from kauntaa.domain.introductions import IntroductionStatus, OutcomeKind
from kauntaa.errors import (
    NotFoundError,
    ProbableDuplicateError,
    UserError,
)
from kauntaa.services.shop import Shop
from tests.conftest import FixedClock


def _all_row_counts(shop: Shop) -> dict[str, int]:
    """Rows of every table in the file, index and FTS shadow tables included."""
    with closing(sqlite3.connect(shop.database.path)) as connection:
        names = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
            for name in names
        }


@contextmanager
def refused(
    shop: Shop, error: type[UserError] = UserError
) -> Iterator[pytest.ExceptionInfo[UserError]]:
    """Expect ``error``, with a message in both languages, and an unchanged file."""
    before = _all_row_counts(shop)
    with pytest.raises(error) as info:
        yield info
    assert info.value.text("ja").strip()
    assert info.value.text("en").strip()
    assert info.value.text("ja") != info.value.text("en")
    assert _all_row_counts(shop) == before


def _customer(shop: Shop, name: str, reading: str = "") -> int:
    return shop.customers.add(CustomerFields(name=name, reading=reading)).id


@pytest.fixture
def two(shop: Shop) -> tuple[int, int]:
    return _customer(shop, "田中 美咲", "たなか みさき"), _customer(
        shop, "佐藤 健太", "さとう けんた"
    )


def test_row_counter_sees_what_services_write(shop: Shop) -> None:
    # The helper below must notice a change, or every "unchanged" assertion is empty.
    before = _all_row_counts(shop)
    cid = _customer(shop, "鈴木 一郎", "すずき いちろう")
    shop.activity.add_note(cid, "テスト")
    after = _all_row_counts(shop)
    assert after["customer"] == before["customer"] + 1
    assert after["note"] == before["note"] + 1
    assert after["search_term"] > before["search_term"]


@pytest.mark.parametrize("name", ["", " ", "   ", "　", "　 　", "\t\n"])
def test_empty_name_is_refused(shop: Shop, name: str) -> None:
    with refused(shop) as info:
        shop.customers.add(CustomerFields(name=name))
    assert info.value.code == "empty"
    assert info.value.field == "name"


def test_empty_name_is_refused_on_edit_too(shop: Shop, two: tuple[int, int]) -> None:
    with refused(shop) as info:
        shop.customers.update(two[0], CustomerFields(name="　"))
    assert info.value.field == "name"
    assert shop.customers.get(two[0]).name == "田中 美咲"


def test_name_of_100_characters_is_accepted_and_101_refused(shop: Shop) -> None:
    assert len(shop.customers.add(CustomerFields(name="あ" * 100)).name) == 100
    with refused(shop) as info:
        shop.customers.add(CustomerFields(name="い" * 101))
    assert info.value.code == "too_long"
    assert info.value.field == "name"
    assert "101" in info.value.text("en")
    assert "100" in info.value.text("ja")


def test_overlong_note_is_refused(shop: Shop, two: tuple[int, int]) -> None:
    shop.activity.add_note(two[0], "x" * 10_000)
    with refused(shop) as info:
        shop.activity.add_note(two[0], "x" * 10_001)
    assert info.value.code == "too_long"
    assert info.value.field == "note"


def test_overlong_note_edit_keeps_the_old_text(shop: Shop, two: tuple[int, int]) -> None:
    note = shop.activity.add_note(two[0], "ラテはオーツミルクで")
    with refused(shop):
        shop.activity.edit_note(note.id, "y" * 10_001)
    assert [n.body for n in shop.customers.card(two[0]).notes] == ["ラテはオーツミルクで"]


@pytest.mark.parametrize("body", ["", "   ", "　"])
def test_empty_note_is_refused(shop: Shop, two: tuple[int, int], body: str) -> None:
    with refused(shop) as info:
        shop.activity.add_note(two[0], body)
    assert info.value.code == "empty"


@pytest.mark.parametrize(
    "fields",
    [
        CustomerFields(name="A", reading="あ" * 101),
        CustomerFields(name="A", call_name="c" * 51),
        CustomerFields(name="A", tags=("t" * 41,)),
        CustomerFields(name="A", tags=tuple(f"tag{i}" for i in range(31))),
        CustomerFields(name="A", email="not-an-address"),
        CustomerFields(name="A", photo=b"\0" * 2_000_001),
        CustomerFields(name="A", birthday=date.today() + timedelta(days=1)),
    ],
    ids=["reading", "call_name", "tag", "too_many_tags", "email", "photo", "birthday"],
)
def test_other_bad_card_fields_are_refused(shop: Shop, fields: CustomerFields) -> None:
    with refused(shop) as info:
        shop.customers.add(fields)
    assert info.value.field is not None


def test_visit_in_the_future_is_refused(
    shop: Shop, two: tuple[int, int], clock: FixedClock
) -> None:
    with refused(shop) as info:
        shop.activity.record_visit(two[0], at=clock.now + timedelta(hours=1))
    assert info.value.code == "future"
    assert shop.customers.get(two[0]).visit_count == 0


def test_visit_a_few_seconds_ahead_is_accepted(
    shop: Shop, two: tuple[int, int], clock: FixedClock
) -> None:
    # The machine's clock and the owner's differ a little; that is not an error.
    shop.activity.record_visit(two[0], at=clock.now + timedelta(seconds=30))
    assert shop.customers.get(two[0]).visit_count == 1


def test_overlong_order_is_refused(shop: Shop, two: tuple[int, int]) -> None:
    with refused(shop) as info:
        shop.activity.record_visit(two[0], order="ラテ" * 101)
    assert info.value.field == "order"


def test_introducing_a_person_to_themselves_is_refused(shop: Shop, two: tuple[int, int]) -> None:
    with refused(shop) as info:
        shop.introductions.introduce(two[0], two[0])
    assert info.value.code == "self_introduction"


def test_introducer_cannot_be_one_of_the_pair(shop: Shop, two: tuple[int, int]) -> None:
    with refused(shop) as info:
        shop.introductions.introduce(two[0], two[1], by=two[1])
    assert info.value.code == "introducer_is_party"


def test_introduction_dated_in_the_future_must_be_planned(
    shop: Shop, two: tuple[int, int], clock: FixedClock
) -> None:
    tomorrow = clock.now.date() + timedelta(days=1)
    with refused(shop) as info:
        shop.introductions.introduce(two[0], two[1], on=tomorrow)
    assert info.value.code == "future"
    planned = shop.introductions.introduce(two[0], two[1], on=tomorrow, planned=True)
    assert planned.status is IntroductionStatus.PLANNED


@pytest.mark.parametrize("swap", [False, True], ids=["same_order", "reversed"])
def test_the_same_pair_twice_is_refused(shop: Shop, two: tuple[int, int], swap: bool) -> None:
    a, b = two
    shop.introductions.introduce(a, b, context="コーヒー好き同士")
    second = (b, a) if swap else (a, b)
    with refused(shop) as info:
        shop.introductions.introduce(*second)
    assert info.value.code == "duplicate_introduction"
    assert "田中 美咲" in info.value.text("ja")
    assert len(shop.introductions.for_customer(a)) == 1


def test_planning_an_already_planned_pair_again_is_refused(
    shop: Shop, two: tuple[int, int]
) -> None:
    shop.introductions.introduce(two[0], two[1], planned=True)
    with refused(shop):
        shop.introductions.introduce(two[1], two[0], planned=True)


def test_completing_a_planned_introduction_marks_it_done(
    shop: Shop, two: tuple[int, int], clock: FixedClock
) -> None:
    a, b = two
    third = _customer(shop, "鈴木 一郎", "すずき いちろう")
    planned = shop.introductions.introduce(a, b, planned=True, context="デザインの相談")
    done = shop.introductions.introduce(b, a, by=third)
    assert done.id == planned.id
    assert done.status is IntroductionStatus.DONE
    assert done.on == clock.now.date()
    assert done.introducer is not None
    assert done.introducer.id == third
    assert done.context == "デザインの相談"
    ledger = shop.introductions.for_customer(a)
    assert [(i.id, i.status) for i in ledger] == [(planned.id, IntroductionStatus.DONE)]


UNKNOWN = 9_999


@pytest.mark.parametrize(
    "action",
    [
        lambda shop: shop.customers.get(UNKNOWN),
        lambda shop: shop.customers.card(UNKNOWN),
        lambda shop: shop.customers.update(UNKNOWN, CustomerFields(name="誰か")),
        lambda shop: shop.customers.archive(UNKNOWN),
        lambda shop: shop.customers.delete(UNKNOWN),
        lambda shop: shop.customers.resolve(str(UNKNOWN)),
        lambda shop: shop.activity.record_visit(UNKNOWN),
        lambda shop: shop.activity.add_note(UNKNOWN, "メモ"),
        lambda shop: shop.activity.edit_note(UNKNOWN, "メモ"),
        lambda shop: shop.activity.delete_note(UNKNOWN),
        lambda shop: shop.activity.set_note_flags(UNKNOWN, pinned=True),
        lambda shop: shop.activity.remove_visit(UNKNOWN),
        lambda shop: shop.activity.complete_reminder(UNKNOWN),
        lambda shop: shop.activity.add_reminder("電話", customer_id=UNKNOWN, on_next_visit=True),
        lambda shop: shop.introductions.record_outcome(UNKNOWN, OutcomeKind.WORK),
        lambda shop: shop.introductions.set_status(UNKNOWN, IntroductionStatus.DROPPED),
        lambda shop: shop.introductions.for_customer(UNKNOWN),
        lambda shop: shop.circles.add_member(UNKNOWN, 1),
        lambda shop: shop.circles.remove_member(UNKNOWN, 1),
        lambda shop: shop.circles.archive(UNKNOWN),
    ],
    ids=[
        "customer.get",
        "customer.card",
        "customer.update",
        "customer.archive",
        "customer.delete",
        "customer.resolve",
        "visit.record",
        "note.add",
        "note.edit",
        "note.delete",
        "note.flags",
        "visit.remove",
        "reminder.complete",
        "reminder.add",
        "introduction.outcome",
        "introduction.status",
        "introduction.for_customer",
        "circle.add_member",
        "circle.remove_member",
        "circle.archive",
    ],
)
def test_unknown_ids_raise_not_found(
    shop: Shop, two: tuple[int, int], action: Callable[[Shop], object]
) -> None:
    with refused(shop, NotFoundError) as info:
        action(shop)
    assert info.value.code == "not_found"
    assert str(UNKNOWN) in info.value.text("en")


def test_unknown_people_in_an_introduction_raise_not_found(
    shop: Shop, two: tuple[int, int]
) -> None:
    with refused(shop, NotFoundError):
        shop.introductions.introduce(two[0], UNKNOWN)
    with refused(shop, NotFoundError):
        shop.introductions.introduce(two[0], two[1], by=UNKNOWN)


def test_unknown_member_of_a_real_circle_raises_not_found(shop: Shop) -> None:
    circle = shop.circles.create("読書会")
    with refused(shop, NotFoundError):
        shop.circles.add_member(circle.id, UNKNOWN)


@pytest.mark.parametrize(
    ("name", "reading"),
    [
        ("田中 美咲", "たなか みさき"),
        ("田中　美咲", "たなか　みさき"),  # full-width space
        ("田中美咲", "タナカ ミサキ"),  # no space, katakana reading
        ("田中 美咲", "ﾀﾅｶ ﾐｻｷ"),  # half-width katakana
        ("  田中 美咲 ", ""),  # no reading given: the guess is the same
    ],
)
def test_probable_duplicate_is_refused_with_candidates(
    shop: Shop, two: tuple[int, int], name: str, reading: str
) -> None:
    with refused(shop, ProbableDuplicateError) as info:
        shop.customers.add(CustomerFields(name=name, reading=reading))
    assert isinstance(info.value, ProbableDuplicateError)
    assert [(c.id, c.name, c.reading) for c in info.value.candidates] == [
        (two[0], "田中 美咲", "たなか みさき")
    ]
    assert info.value.field == "name"


def test_probable_duplicate_of_a_latin_name_in_another_width(shop: Shop) -> None:
    first = _customer(shop, "Emma Brown")
    with refused(shop, ProbableDuplicateError) as info:
        shop.customers.add(CustomerFields(name="ＥＭＭＡ　ＢＲＯＷＮ"))
    assert isinstance(info.value, ProbableDuplicateError)
    assert [c.id for c in info.value.candidates] == [first]


def test_same_name_with_another_reading_is_not_a_duplicate(
    shop: Shop, two: tuple[int, int]
) -> None:
    other = shop.customers.add(CustomerFields(name="田中 美咲", reading="たなか みさ"))
    assert other.id not in two


def test_allow_duplicate_adds_the_second_person(shop: Shop, two: tuple[int, int]) -> None:
    before = shop.customers.count()
    twin = shop.customers.add(
        CustomerFields(name="田中 美咲", reading="たなか みさき"), allow_duplicate=True
    )
    assert twin.id not in two
    assert shop.customers.count() == before + 1
    assert {h.id for h in shop.customers.search("たなかみさき")} == {two[0], twin.id}


def test_reminder_without_a_when_is_refused(shop: Shop, two: tuple[int, int]) -> None:
    with refused(shop) as info:
        shop.activity.add_reminder("本を返す")
    assert info.value.code == "missing_when"
    with refused(shop):
        shop.activity.add_reminder("本を返す", on_next_visit=True)
    with refused(shop):
        shop.activity.add_reminder("本を返す", customer_id=two[0])


def test_duplicate_circle_name_is_refused(shop: Shop) -> None:
    shop.circles.create("読書会")
    with refused(shop) as info:
        shop.circles.create(" 読書会 ")
    assert info.value.code == "duplicate_circle"


def test_resolving_nothing_is_refused(shop: Shop, two: tuple[int, int]) -> None:
    with refused(shop) as info:
        shop.customers.resolve("　")
    assert info.value.code == "empty"
    with refused(shop, NotFoundError):
        shop.customers.resolve("やまだ")
