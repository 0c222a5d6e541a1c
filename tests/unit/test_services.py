"""The counter's use cases: visits, the card, introductions, reminders and the day summary."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from kauntaa.domain.customers import CustomerFields
from kauntaa.domain.introductions import IntroductionStatus, OutcomeKind
from kauntaa.errors import AmbiguousCustomerError, NotFoundError
from kauntaa.services.shop import Shop
from tests.conftest import FixedClock


def _add(shop: Shop, name: str, reading: str, usual_order: str = "") -> int:
    return shop.customers.add(
        CustomerFields(name=name, reading=reading, usual_order=usual_order)
    ).id


# Visits -----------------------------------------------------------------------


def test_a_visit_records_the_usual_order_unless_told_otherwise(
    shop: Shop, clock: FixedClock
) -> None:
    misaki = _add(shop, "田中 美咲", "たなか みさき", usual_order="ほうじ茶ラテ")
    assert shop.activity.record_visit(misaki).visit.order == "ほうじ茶ラテ"
    clock.now += timedelta(minutes=1)
    assert shop.activity.record_visit(misaki, order="カフェモカ").visit.order == "カフェモカ"
    clock.now += timedelta(minutes=1)
    assert shop.activity.record_visit(misaki, order="").visit.order == ""
    # Newest first on the card.
    assert [v.order for v in shop.customers.card(misaki).recent_visits] == [
        "",
        "カフェモカ",
        "ほうじ茶ラテ",
    ]


def test_visit_figures_follow_visits_and_their_removal(shop: Shop, clock: FixedClock) -> None:
    misaki = _add(shop, "田中 美咲", "たなか みさき")
    yesterday = clock.now - timedelta(days=1)
    first = shop.activity.record_visit(misaki, at=yesterday).visit
    second = shop.activity.record_visit(misaki).visit
    customer = shop.customers.get(misaki)
    assert (customer.visit_count, customer.last_visit_at) == (2, clock.now)

    removed = shop.activity.remove_visit(second.id)
    assert removed == second
    customer = shop.customers.get(misaki)
    assert (customer.visit_count, customer.last_visit_at) == (1, yesterday)

    shop.activity.remove_visit(first.id)
    customer = shop.customers.get(misaki)
    assert (customer.visit_count, customer.last_visit_at) == (0, None)
    assert shop.customers.card(misaki).recent_visits == ()


def test_a_visit_recorded_late_does_not_move_the_last_visit_back(
    shop: Shop, clock: FixedClock
) -> None:
    misaki = _add(shop, "田中 美咲", "たなか みさき")
    shop.activity.record_visit(misaki)
    shop.activity.record_visit(misaki, at=clock.now - timedelta(days=3))
    customer = shop.customers.get(misaki)
    assert customer.last_visit_at == clock.now
    assert customer.first_seen == (clock.now - timedelta(days=3)).date()


def test_visit_moves_the_customer_to_the_top_of_the_recent_list(
    shop: Shop, clock: FixedClock
) -> None:
    misaki = _add(shop, "田中 美咲", "たなか みさき")
    kenta = _add(shop, "佐藤 健太", "さとう けんた")
    shop.activity.record_visit(misaki, at=clock.now - timedelta(hours=3))
    assert [c.id for c in shop.customers.recent()] == [misaki]  # never visited: not listed
    shop.activity.record_visit(kenta)
    assert [c.id for c in shop.customers.recent()] == [kenta, misaki]


def test_in_shop_shows_only_the_last_hours_once_each(shop: Shop, clock: FixedClock) -> None:
    early = _add(shop, "加藤 真", "かとう まこと")
    misaki = _add(shop, "田中 美咲", "たなか みさき")
    kenta = _add(shop, "佐藤 健太", "さとう けんた")
    shop.activity.record_visit(early, at=clock.now - timedelta(hours=3))
    shop.activity.record_visit(misaki, at=clock.now - timedelta(minutes=110))
    shop.activity.record_visit(kenta, at=clock.now - timedelta(minutes=30))
    shop.activity.record_visit(misaki, at=clock.now - timedelta(minutes=5))

    here = shop.activity.in_shop(hours=2)
    assert [(p.customer.id, p.since) for p in here] == [
        (misaki, clock.now - timedelta(minutes=5)),
        (kenta, clock.now - timedelta(minutes=30)),
    ]
    assert [p.customer.id for p in shop.activity.in_shop(hours=4)] == [misaki, kenta, early]

    # 100 minutes later, 健太 (here since 11:30) has dropped out of the window; 美咲 has not.
    clock.now += timedelta(minutes=100)
    assert [p.customer.id for p in shop.activity.in_shop(hours=2)] == [misaki]


# Notes and the card ---------------------------------------------------------------


def test_card_shows_pinned_notes_first_then_newest(shop: Shop, clock: FixedClock) -> None:
    misaki = _add(shop, "田中 美咲", "たなか みさき")
    oldest = shop.activity.add_note(misaki, "猫を飼っている")
    clock.now += timedelta(minutes=1)
    allergy = shop.activity.add_note(misaki, "ナッツアレルギー", pinned=True)
    clock.now += timedelta(minutes=1)
    newest = shop.activity.add_note(misaki, "来月引っ越し")
    clock.now += timedelta(minutes=1)
    latest = shop.activity.add_note(misaki, "お釣りは小銭なし")
    pinned = shop.activity.set_note_flags(oldest.id, pinned=True)
    assert pinned.pinned

    ids = [n.id for n in shop.customers.card(misaki).notes]
    assert ids == [allergy.id, oldest.id, latest.id, newest.id]


def test_deleted_note_can_be_put_back_exactly(shop: Shop) -> None:
    misaki = _add(shop, "田中 美咲", "たなか みさき")
    note = shop.activity.add_note(misaki, "ナッツアレルギー", pinned=True)
    deleted = shop.activity.delete_note(note.id)
    assert shop.customers.card(misaki).notes == ()
    restored = shop.activity.restore_note(deleted)
    assert restored == note
    assert shop.customers.card(misaki).notes == (note,)
    assert [h.id for h in shop.customers.search("なっつ")] == [misaki]


def test_card_gathers_introductions_both_ways_circles_and_open_reminders(
    shop: Shop, clock: FixedClock
) -> None:
    before = _add(shop, "青木 葵", "あおき あおい")  # smaller id: misaki is stored as person B
    misaki = _add(shop, "田中 美咲", "たなか みさき")
    after = _add(shop, "佐藤 健太", "さとう けんた")  # larger id: misaki is person A
    stranger = _add(shop, "加藤 真", "かとう まこと")
    as_b = shop.introductions.introduce(before, misaki, context="写真展")
    as_a = shop.introductions.introduce(misaki, after, planned=True)
    shop.introductions.introduce(before, stranger)

    photo = shop.circles.create("写真部", contact_id=misaki)
    books = shop.circles.create("読書会")
    shop.circles.add_member(books.id, misaki, role="会計")
    archived = shop.circles.create("昔の会")
    shop.circles.add_member(archived.id, misaki)
    shop.circles.archive(archived.id)

    next_visit = shop.activity.add_reminder("本を返す", customer_id=misaki, on_next_visit=True)
    dated = shop.activity.add_reminder(
        "誕生日カード", customer_id=misaki, due_on=clock.now.date() + timedelta(days=3)
    )
    done = shop.activity.add_reminder("傘を返す", customer_id=misaki, on_next_visit=True)
    shop.activity.complete_reminder(done.id)
    shop.activity.add_reminder("別の人の件", customer_id=stranger, on_next_visit=True)

    card = shop.customers.card(misaki)
    assert {i.id for i in card.introductions} == {as_a.id, as_b.id}
    assert card.introductions[0].id == as_a.id  # planned ones first
    assert {i.other(misaki).id for i in card.introductions} == {before, after}
    assert [i.id for i in card.planned_introductions] == [as_a.id]
    # By circle name; the archived circle is left out.
    assert [(c.circle_id, c.circle_name, c.role, c.is_contact) for c in card.circles] == [
        (photo.id, "写真部", "", True),
        (books.id, "読書会", "会計", False),
    ]
    assert [r.id for r in card.reminders] == [next_visit.id, dated.id]
    assert card.waiting


def test_card_of_a_quiet_customer_is_not_waiting(shop: Shop) -> None:
    misaki = _add(shop, "田中 美咲", "たなか みさき")
    card = shop.customers.card(misaki)
    assert card.customer.name == "田中 美咲"
    assert (card.notes, card.introductions, card.circles, card.reminders) == ((), (), (), ())
    assert card.rhythm is None
    assert not card.waiting


def test_card_shows_the_rhythm_once_there_are_enough_visits(shop: Shop, clock: FixedClock) -> None:
    misaki = _add(shop, "田中 美咲", "たなか みさき")
    for weeks_ago in (3, 2, 1, 0):
        shop.activity.record_visit(misaki, at=clock.now - timedelta(weeks=weeks_ago))
    card = shop.customers.card(misaki)
    assert card.rhythm is not None
    assert card.rhythm.typical_gap_days == 7
    assert card.customer.rhythm_days == 7


# Introductions and reminders -------------------------------------------------------


@pytest.mark.parametrize("who_checks_in", ["a", "b"])
def test_a_planned_introduction_comes_up_when_either_person_checks_in(
    shop: Shop, who_checks_in: str
) -> None:
    a = _add(shop, "田中 美咲", "たなか みさき")
    b = _add(shop, "佐藤 健太", "さとう けんた")
    other = _add(shop, "加藤 真", "かとう まこと")
    planned = shop.introductions.introduce(a, b, planned=True, context="ロゴの相談")

    recorded = shop.activity.record_visit(a if who_checks_in == "a" else b)
    assert [i.id for i in recorded.planned_introductions] == [planned.id]
    assert recorded.planned_introductions[0].context == "ロゴの相談"
    assert shop.activity.record_visit(other).planned_introductions == ()

    shop.introductions.introduce(a, b)  # it happened
    assert shop.activity.record_visit(a).planned_introductions == ()


def test_a_dropped_plan_no_longer_comes_up(shop: Shop) -> None:
    a = _add(shop, "田中 美咲", "たなか みさき")
    b = _add(shop, "佐藤 健太", "さとう けんた")
    planned = shop.introductions.introduce(a, b, planned=True)
    dropped = shop.introductions.set_status(planned.id, IntroductionStatus.DROPPED)
    assert dropped.status is IntroductionStatus.DROPPED
    assert shop.activity.record_visit(b).planned_introductions == ()


def test_next_visit_reminders_come_up_at_check_in(shop: Shop) -> None:
    misaki = _add(shop, "田中 美咲", "たなか みさき")
    kenta = _add(shop, "佐藤 健太", "さとう けんた")
    reminder = shop.activity.add_reminder("本を返す", customer_id=misaki, on_next_visit=True)
    assert (reminder.on_next_visit, reminder.due_on, reminder.open) == (True, None, True)
    assert shop.activity.record_visit(kenta).reminders == ()
    assert [r.text for r in shop.activity.record_visit(misaki).reminders] == ["本を返す"]
    completed = shop.activity.complete_reminder(reminder.id)
    assert not completed.open
    assert shop.activity.record_visit(misaki).reminders == ()


def test_a_dated_reminder_needs_no_customer(shop: Shop, clock: FixedClock) -> None:
    due = clock.now.date() + timedelta(days=2)
    reminder = shop.activity.add_reminder("豆を発注", due_on=due)
    assert (reminder.customer_id, reminder.due_on, reminder.on_next_visit) == (None, due, False)
    assert reminder.created_at == clock.now
    assert shop.summary.day().open_reminders == ()
    clock.now += timedelta(days=2)
    assert [r.id for r in shop.summary.day(due).open_reminders] == [reminder.id]


def test_an_outcome_with_a_follow_up_date_becomes_a_reminder(shop: Shop, clock: FixedClock) -> None:
    a = _add(shop, "田中 美咲", "たなか みさき")
    b = _add(shop, "佐藤 健太", "さとう けんた")
    intro = shop.introductions.introduce(a, b)
    follow_up = clock.now.date() + timedelta(days=14)

    updated = shop.introductions.record_outcome(
        intro.id, OutcomeKind.WORK, "ロゴを頼んだ", follow_up_on=follow_up
    )

    assert updated.outcome_kind is OutcomeKind.WORK
    assert updated.outcome_text == "ロゴを頼んだ"
    assert updated.outcome_on == clock.now.date()
    assert updated.follow_up_on == follow_up
    clock.now = datetime.combine(follow_up, clock.now.time())
    [reminder] = shop.summary.day().open_reminders
    assert reminder.introduction_id == intro.id
    assert reminder.due_on == follow_up
    assert "田中 美咲" in reminder.text
    assert "佐藤 健太" in reminder.text


def test_an_outcome_without_follow_up_makes_no_reminder(shop: Shop, clock: FixedClock) -> None:
    a = _add(shop, "田中 美咲", "たなか みさき")
    b = _add(shop, "佐藤 健太", "さとう けんた")
    intro = shop.introductions.introduce(a, b)
    shop.introductions.record_outcome(intro.id, OutcomeKind.FRIENDSHIP)
    clock.now += timedelta(days=365)
    assert shop.summary.day().open_reminders == ()


def test_an_event_lists_its_attendees_and_circle(shop: Shop, clock: FixedClock) -> None:
    misaki = _add(shop, "田中 美咲", "たなか みさき")
    kenta = _add(shop, "佐藤 健太", "さとう けんた")
    circle = shop.circles.create("写真部", contact_id=misaki)
    starts = clock.now + timedelta(days=7)
    event = shop.circles.add_event(
        "撮影会", starts, circle_id=circle.id, attendee_ids=[kenta, misaki]
    )
    assert event.circle_name == "写真部"
    assert [a.id for a in event.attendees] == [kenta, misaki]  # by reading: さとう, たなか
    listed = shop.circles.events_between(clock.now, starts + timedelta(hours=1))
    assert [e.id for e in listed] == [event.id]


# The day summary ------------------------------------------------------------------


def test_day_summary_tells_the_day_by_name(shop: Shop, clock: FixedClock) -> None:
    today = clock.now.date()
    regular = _add(shop, "田中 美咲", "たなか みさき", usual_order="ほうじ茶ラテ")
    shop.activity.record_visit(regular, at=clock.now - timedelta(days=7))
    newcomer = _add(shop, "佐藤 健太", "さとう けんた")
    other_new = _add(shop, "加藤 真", "かとう まこと")
    yesterday_only = _add(shop, "青木 葵", "あおき あおい")
    shop.activity.record_visit(yesterday_only, at=clock.now - timedelta(days=1))

    at = datetime.combine(today, datetime.min.time())
    shop.activity.record_visit(other_new, at=at.replace(hour=11), order="紅茶")
    shop.activity.record_visit(newcomer, at=at.replace(hour=9), order="")
    shop.activity.record_visit(regular, at=at.replace(hour=10))
    shop.introductions.introduce(regular, newcomer, context="二人とも写真好き")
    shop.introductions.introduce(regular, other_new, planned=True)
    note = shop.activity.add_note(newcomer, "近所に越してきた")
    shop.activity.set_day_note(today, "雨で静か")

    summary = shop.summary.day()

    assert summary.day == today
    assert [(v.customer.id, v.at.hour, v.order, v.new_face) for v in summary.visitors] == [
        (newcomer, 9, "", True),
        (regular, 10, "ほうじ茶ラテ", False),
        (other_new, 11, "紅茶", True),
    ]
    assert [v.customer.name for v in summary.new_faces] == ["佐藤 健太", "加藤 真"]
    assert [(i.person_a.id, i.person_b.id) for i in summary.introductions] == [(regular, newcomer)]
    assert [(n.customer.name, n.note.id) for n in summary.notes] == [("佐藤 健太", note.id)]
    assert summary.day_note == "雨で静か"


def test_yesterdays_summary_is_yesterdays(shop: Shop, clock: FixedClock) -> None:
    misaki = _add(shop, "田中 美咲", "たなか みさき")
    yesterday = clock.now - timedelta(days=1)
    shop.activity.record_visit(misaki, at=yesterday)
    shop.activity.record_visit(misaki)
    assert [v.new_face for v in shop.summary.day(yesterday.date()).visitors] == [True]
    assert [v.new_face for v in shop.summary.day().visitors] == [False]
    assert shop.summary.day(yesterday.date() - timedelta(days=1)).visitors == ()


def test_day_summary_lists_regulars_who_are_overdue(shop: Shop, clock: FixedClock) -> None:
    weekly = _add(shop, "田中 美咲", "たなか みさき")
    daily = _add(shop, "佐藤 健太", "さとう けんた")
    for day in (1, 8, 15, 22):  # every Thursday of October, then nothing
        shop.activity.record_visit(weekly, at=datetime(2026, 10, day, 9, 0))
    for days_ago in range(4, -1, -1):
        shop.activity.record_visit(daily, at=clock.now - timedelta(days=days_ago))

    [line] = shop.summary.day().overdue
    assert line.customer.id == weekly
    assert line.typical_gap_days == 7
    assert line.usual_weekday == date(2026, 10, 1).weekday()
    assert line.days_since == (clock.now.date() - date(2026, 10, 22)).days
    # Coming in clears it.
    shop.activity.record_visit(weekly)
    assert shop.summary.day().overdue == ()


# Resolving who is meant ----------------------------------------------------------


def test_resolve_by_id_and_by_unique_query(shop: Shop) -> None:
    misaki = _add(shop, "田中 美咲", "たなか みさき")
    _add(shop, "田中 健", "たなか けん")
    kenta = _add(shop, "佐藤 健太", "さとう けんた")
    assert shop.customers.resolve(str(misaki)).id == misaki
    assert shop.customers.resolve(f" {kenta} ").name == "佐藤 健太"
    assert shop.customers.resolve("satou").id == kenta
    assert shop.customers.resolve("佐藤").id == kenta
    # Two people are たなか, but only one is exactly みさき.
    assert shop.customers.resolve("たなか みさき").id == misaki


def test_ambiguous_query_lists_the_candidates(shop: Shop) -> None:
    misaki = _add(shop, "田中 美咲", "たなか みさき")
    ken = _add(shop, "田中 健", "たなか けん")
    _add(shop, "佐藤 健太", "さとう けんた")
    with pytest.raises(AmbiguousCustomerError) as info:
        shop.customers.resolve("たなか")
    assert {c.id for c in info.value.candidates} == {misaki, ken}
    assert {c.name for c in info.value.candidates} == {"田中 美咲", "田中 健"}
    assert "複数" in info.value.text("ja")
    assert "more than one" in info.value.text("en")


def test_resolve_of_nobody_is_not_found(shop: Shop) -> None:
    _add(shop, "田中 美咲", "たなか みさき")
    with pytest.raises(NotFoundError):
        shop.customers.resolve("やまだ")
