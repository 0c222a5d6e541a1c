"""The day summary, by name: who came, what was promised, who is overdue."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from kauntaa.domain.customers import CustomerFields
from kauntaa.services.shop import Shop
from tests.conftest import FixedClock


def _add(shop: Shop, name: str, reading: str) -> int:
    return shop.customers.add(CustomerFields(name=name, reading=reading)).id


def test_open_promises_are_the_due_ones_and_those_for_todays_visitors(
    shop: Shop, clock: FixedClock
) -> None:
    came = _add(shop, "田中 美咲", "たなか みさき")
    absent = _add(shop, "佐藤 健太", "さとう けんた")
    today = clock.now.date()
    due = shop.activity.add_reminder("年賀状の住所を聞く", due_on=today - timedelta(days=1))
    shop.activity.add_reminder("来週の展示", due_on=today + timedelta(days=3))
    for_visitor = shop.activity.add_reminder("本を返す", customer_id=came, on_next_visit=True)
    shop.activity.add_reminder("傘を返す", customer_id=absent, on_next_visit=True)
    done = shop.activity.add_reminder("電話する", due_on=today)
    shop.activity.complete_reminder(done.id)
    shop.activity.record_visit(came, at=clock.now - timedelta(hours=1))

    summary = shop.summary.day()

    assert [r.id for r in summary.open_reminders] == [due.id, for_visitor.id]


def test_overdue_regulars_are_ranked_against_their_own_rhythm(
    shop: Shop, clock: FixedClock
) -> None:
    weekly = _add(shop, "山田 優", "やまだ ゆう")
    monthly = _add(shop, "加藤 花", "かとう はな")
    on_time = _add(shop, "鈴木 一郎", "すずき いちろう")
    newcomer = _add(shop, "伊藤 空", "いとう そら")
    now = clock.now
    for week in range(5, 10):  # every 7 days, last seen 5 weeks ago
        shop.activity.record_visit(weekly, at=now - timedelta(weeks=week))
    for month in range(2, 7):  # every 30 days, last seen 60 days ago
        shop.activity.record_visit(monthly, at=now - timedelta(days=30 * month))
    for week in range(5):  # every 7 days, here today
        shop.activity.record_visit(on_time, at=now - timedelta(weeks=week, hours=1))
    shop.activity.record_visit(newcomer, at=now - timedelta(days=90))

    overdue = shop.summary.day().overdue

    assert [o.customer.id for o in overdue] == [weekly, monthly]
    assert overdue[0].typical_gap_days == 7
    assert overdue[0].days_since == 35
    assert overdue[0].usual_weekday == (now - timedelta(weeks=5)).weekday()


def test_a_past_day_lists_its_own_visitors_in_order(shop: Shop, clock: FixedClock) -> None:
    first = _add(shop, "田中 美咲", "たなか みさき")
    second = _add(shop, "佐藤 健太", "さとう けんた")
    day = date(2026, 11, 10)
    shop.activity.record_visit(second, at=datetime(2026, 11, 10, 17, 45), order="ほうじ茶")
    shop.activity.record_visit(first, at=datetime(2026, 11, 10, 12, 5))
    shop.activity.record_visit(first, at=datetime(2026, 11, 11, 12, 5))

    summary = shop.summary.day(day)

    assert [(v.customer.id, v.at.hour, v.order) for v in summary.visitors] == [
        (first, 12, ""),
        (second, 17, "ほうじ茶"),
    ]
    assert summary.overdue == ()
