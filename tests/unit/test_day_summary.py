"""The day, the week and the month by name: records, charts, edges of time, and the CLI."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kauntaa.app import main
from kauntaa.domain.customers import CustomerFields
from kauntaa.domain.introductions import OutcomeKind
from kauntaa.domain.summary import PeriodKind, period_bounds, preceding_period
from kauntaa.errors import UserError
from kauntaa.services.shop import Shop
from tests.conftest import FixedClock

TODAY = date(2026, 11, 20)  # the clock fixture's day, a Friday


def _add(shop: Shop, name: str, reading: str, usual: str = "") -> int:
    return shop.customers.add(CustomerFields(name=name, reading=reading, usual_order=usual)).id


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


@pytest.fixture
def people(shop: Shop) -> dict[str, int]:
    return {
        "tanaka": _add(shop, "田中 美咲", "たなか みさき", "カフェラテ"),
        "sato": _add(shop, "佐藤 健太", "さとう けんた", "ブレンド"),
        "yamada": _add(shop, "山田 優", "やまだ ゆう"),
        "kato": _add(shop, "加藤 花", "かとう はな"),
    }


def test_a_day_with_no_visits_says_so_and_keeps_its_other_records(
    shop: Shop, people: dict[str, int]
) -> None:
    shop.activity.record_visit(people["tanaka"], at=_at(TODAY - timedelta(days=3), 10))
    shop.activity.set_day_note(TODAY, "台風で休み")

    summary = shop.summary.day()
    charts = shop.summary.charts()

    assert summary.visitors == ()
    assert not summary.before_records
    assert summary.day_note == "台風で休み"
    assert sum(charts.hours) == 0
    assert charts.daily[-1] == (TODAY, 0)
    assert dict(charts.daily)[TODAY - timedelta(days=3)] == 1


def test_a_day_before_the_first_visit_is_told_apart_from_a_quiet_day(
    shop: Shop, people: dict[str, int]
) -> None:
    first = TODAY - timedelta(days=10)
    shop.activity.record_visit(people["tanaka"], at=_at(first, 9))

    before = shop.summary.day(first - timedelta(days=1))
    on_first = shop.summary.day(first)

    assert before.before_records
    assert before.visitors == ()
    assert not on_first.before_records
    assert before.first_visit == first
    assert shop.summary.charts(first - timedelta(days=1)).usual_weeks == 0


def test_a_shop_with_no_visit_at_all_is_before_its_records(shop: Shop) -> None:
    summary = shop.summary.day()
    assert summary.first_visit is None
    assert summary.before_records


@pytest.mark.parametrize("kind", [None, PeriodKind.WEEK, PeriodKind.MONTH])
def test_a_future_date_gets_a_clear_message(shop: Shop, kind: PeriodKind | None) -> None:
    tomorrow = TODAY + timedelta(days=1)

    def ask() -> object:
        return shop.summary.day(tomorrow) if kind is None else shop.summary.period(tomorrow, kind)

    with pytest.raises(UserError) as caught:
        ask()
    assert caught.value.code == "future"
    assert "has not happened yet" in caught.value.text("en")
    assert "まだ来ていない日" in caught.value.text("ja")
    with pytest.raises(UserError):
        shop.summary.charts(tomorrow)


def test_a_customer_visiting_twice_in_one_day_is_listed_twice_but_counted_once(
    shop: Shop, people: dict[str, int]
) -> None:
    tanaka, sato = people["tanaka"], people["sato"]
    shop.activity.record_visit(tanaka, at=_at(TODAY, 9, 5), order="ブレンド")
    shop.activity.record_visit(sato, at=_at(TODAY, 10, 30))
    shop.activity.record_visit(tanaka, at=_at(TODAY, 11, 40), order="ケーキ")

    summary = shop.summary.day()

    assert [(v.customer.id, v.at.hour, v.order) for v in summary.visitors] == [
        (tanaka, 9, "ブレンド"),
        (sato, 10, "ブレンド"),
        (tanaka, 11, "ケーキ"),
    ]
    assert [p.id for p in summary.people()] == [tanaka, sato]
    # Both are new today; the second visit keeps the mark, but they are one new face.
    assert len({v.customer.id for v in summary.new_faces}) == 2
    hours = shop.summary.charts().hours
    assert (hours[9], hours[10], hours[11]) == (1, 1, 1)


def test_the_days_records_name_people(
    shop: Shop, clock: FixedClock, people: dict[str, int]
) -> None:
    tanaka, sato, yamada, kato = (people[k] for k in ("tanaka", "sato", "yamada", "kato"))
    earlier = shop.introductions.introduce(yamada, kato, on=TODAY - timedelta(days=20))
    shop.introductions.record_outcome(earlier.id, OutcomeKind.WORK, "撮影の依頼", on=TODAY)
    made = shop.introductions.introduce(tanaka, yamada, context="写真の話")
    planned = shop.introductions.introduce(tanaka, sato, planned=True, context="登山")
    for who in (tanaka, sato):
        shop.activity.record_visit(who, at=_at(TODAY, 11))
    event = shop.circles.add_event("石けん教室", _at(TODAY, 14), attendee_ids=[kato, sato])
    shop.circles.add_event("来週の会", _at(TODAY + timedelta(days=7), 14))
    done = shop.activity.add_reminder("本を返す", customer_id=sato, due_on=TODAY)
    shop.activity.complete_reminder(done.id)

    summary = shop.summary.day()

    assert [i.id for i in summary.introductions] == [made.id]
    assert [i.id for i in summary.outcomes] == [earlier.id]
    assert [i.id for i in summary.missed_introductions] == [planned.id]
    assert [e.id for e in summary.events] == [event.id]
    assert {a.name for a in summary.events[0].attendees} == {"加藤 花", "佐藤 健太"}
    assert [r.id for r in summary.reminders_done] == [done.id]
    assert summary.reminder_people[sato].name == "佐藤 健太"


def test_an_overdue_regular_shows_when_a_reminder_is_already_set(
    shop: Shop, people: dict[str, int]
) -> None:
    weekly = people["yamada"]
    for week in range(5, 10):
        shop.activity.record_visit(weekly, at=_at(TODAY - timedelta(weeks=week), 10))
    [line] = shop.summary.day().overdue
    assert not line.reminder_set

    shop.activity.add_reminder("連絡してみる", customer_id=weekly, due_on=TODAY)

    [line] = shop.summary.day().overdue
    assert line.reminder_set
    # A past day is not judged: the figures are today's.
    past = shop.summary.day(TODAY - timedelta(days=1))
    assert past.overdue == ()
    assert not past.overdue_judged


def test_charts_compare_the_day_with_the_same_weekday_before(
    shop: Shop, people: dict[str, int]
) -> None:
    tanaka, sato = people["tanaka"], people["sato"]
    for weeks in (1, 2):
        shop.activity.record_visit(tanaka, at=_at(TODAY - timedelta(weeks=weeks), 12))
    shop.activity.record_visit(sato, at=_at(TODAY - timedelta(weeks=2), 12, 30))
    shop.activity.record_visit(sato, at=_at(TODAY - timedelta(days=1), 18))  # a Thursday
    shop.activity.record_visit(tanaka, at=_at(TODAY, 8))

    charts = shop.summary.charts()

    assert charts.usual_weeks == 2  # no visit was recorded before that
    assert charts.usual_hours[12] == 1.5  # three noon visits over two Fridays
    assert charts.usual_hours[18] == 0
    assert charts.hours[8] == 1
    assert len(charts.daily) == 30
    assert charts.daily[-1][0] == TODAY
    # First seen two weeks ago (their first visits), and this week (cards added today).
    monday = TODAY - timedelta(days=TODAY.weekday())
    assert charts.weekly_new[-1] == (monday, 2)
    assert charts.weekly_new[-3] == (monday - timedelta(weeks=2), 2)
    assert sum(n for _w, n in charts.weekly_new) == 4


def test_periods_are_calendar_weeks_and_months() -> None:
    assert period_bounds(TODAY, PeriodKind.WEEK) == (date(2026, 11, 16), date(2026, 11, 23))
    assert period_bounds(TODAY, PeriodKind.MONTH) == (date(2026, 11, 1), date(2026, 12, 1))
    assert period_bounds(date(2026, 12, 31), PeriodKind.MONTH) == (
        date(2026, 12, 1),
        date(2027, 1, 1),
    )
    assert preceding_period(date(2026, 3, 1), PeriodKind.MONTH) == (
        date(2026, 2, 1),
        date(2026, 3, 1),
    )


def test_a_week_names_the_regulars_who_came_and_who_did_not(
    shop: Shop, people: dict[str, int]
) -> None:
    tanaka, sato, yamada, kato = (people[k] for k in ("tanaka", "sato", "yamada", "kato"))
    # Tanaka and Sato come every 3 days; Tanaka came this week, Sato only last week.
    for d in range(3, 30, 3):
        shop.activity.record_visit(tanaka, at=_at(TODAY - timedelta(days=d), 10))
    shop.activity.record_visit(tanaka, at=_at(TODAY, 10))
    for d in range(6, 40, 3):
        shop.activity.record_visit(sato, at=_at(TODAY - timedelta(days=d), 10))
    # Yamada comes monthly: not a weekly regular, so never "missed" in a week.
    for m in range(1, 6):
        shop.activity.record_visit(yamada, at=_at(TODAY - timedelta(days=30 * m + 6), 10))
    shop.activity.record_visit(kato, at=_at(TODAY - timedelta(days=1), 16))  # a new face
    intro = shop.introductions.introduce(tanaka, kato)
    event = shop.circles.add_event("絵手紙の会", _at(TODAY - timedelta(days=2), 14))

    week = shop.summary.period(kind=PeriodKind.WEEK)

    assert (week.start, week.end, week.until) == (date(2026, 11, 16), date(2026, 11, 23), TODAY)
    assert week.running
    assert [p.id for p in week.regulars_seen] == [tanaka]
    assert [p.id for p in week.regulars_missed] == [sato]
    assert (week.regulars_seen_count, week.regulars_missed_count) == (1, 1)
    assert week.visits == sum(n for _d, n in week.daily)
    assert (week.visits, week.visitors) == (3, 2)  # Tanaka on the 17th and today, Kato
    assert [p.id for p in week.new_faces] == [kato]
    assert [i.id for i in week.introductions] == [intro.id]
    assert [e.id for e in week.events] == [event.id]


def test_a_past_month_judges_from_its_own_visits(shop: Shop, people: dict[str, int]) -> None:
    tanaka, sato = people["tanaka"], people["sato"]
    # Both weekly from August on; Sato stopped coming in October, Tanaka kept on.
    for d in range(0, 110, 7):
        shop.activity.record_visit(tanaka, at=_at(date(2026, 8, 3) + timedelta(days=d), 10))
    for d in range(0, 60, 7):
        shop.activity.record_visit(sato, at=_at(date(2026, 8, 4) + timedelta(days=d), 10))

    october = shop.summary.period(date(2026, 10, 15), PeriodKind.MONTH)

    assert not october.running
    assert october.until == date(2026, 10, 31)
    assert [p.id for p in october.regulars_seen] == [tanaka]
    assert [p.id for p in october.regulars_missed] == [sato]
    september = shop.summary.period(date(2026, 9, 15), PeriodKind.MONTH)
    assert {p.id for p in september.regulars_seen} == {tanaka, sato}
    assert september.regulars_missed == ()


# -- the command line ---------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cli_shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "shop"
    assert run(capsys, folder, "add", "田中 美咲", "--reading", "たなか みさき")[0] == 0
    assert run(capsys, folder, "add", "佐藤 健太", "--reading", "さとう けんた")[0] == 0
    for when in ("2026-01-05T10:00", "2026-01-05T15:30"):
        assert run(capsys, folder, "visit", "misaki", "--at", when, "--order", "ほうじ茶")[0] == 0
    assert run(capsys, folder, "visit", "さとう", "--at", "2026-01-06T09:00")[0] == 0
    return folder


def test_cli_summary_reads_aloud_in_japanese(
    capsys: pytest.CaptureFixture[str], cli_shop: Path
) -> None:
    code, out, _ = run(capsys, cli_shop, "--lang", "ja", "summary", "--date", "2026-01-05")
    assert code == 0
    assert out.startswith("2026年1月5日（月）のまとめ")
    assert "来てくれた人（1人）" in out
    assert "10:00  田中 美咲さん  ほうじ茶  ← 初めて" in out
    assert "15:30  田中 美咲さん" in out


def test_cli_week_and_month(capsys: pytest.CaptureFixture[str], cli_shop: Path) -> None:
    code, out, _ = run(
        capsys, cli_shop, "--lang", "en", "summary", "--date", "2026-01-07", "--week"
    )
    assert code == 0
    assert "Week summary: Mon 2026-01-05 to Sun 2026-01-11" in out
    assert "3 visits by 2 people." in out
    code, out, _ = run(
        capsys, cli_shop, "--lang", "en", "--json", "summary", "--date", "2026-01-07", "--month"
    )
    month = json.loads(out)
    assert (month["kind"], month["start"], month["visits"]) == ("month", "2026-01-01", 3)
    assert [p["name"] for p in month["new_faces"]] == ["田中 美咲", "佐藤 健太"]


def test_cli_json_day_and_a_day_before_any_visit(
    capsys: pytest.CaptureFixture[str], cli_shop: Path
) -> None:
    code, out, _ = run(capsys, cli_shop, "--json", "summary", "--date", "2026-01-05")
    day = json.loads(out)
    assert [v["customer"]["name"] for v in day["visitors"]] == ["田中 美咲", "田中 美咲"]
    assert day["first_visit"] == "2026-01-05"
    code, out, _ = run(capsys, cli_shop, "--lang", "en", "summary", "--date", "2025-12-31")
    assert code == 0
    assert "This day comes before the first recorded visit." in out


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_cli_future_date_is_one_clear_line(
    capsys: pytest.CaptureFixture[str], cli_shop: Path, lang: str
) -> None:
    code, out, err = run(capsys, cli_shop, "--lang", lang, "summary", "--date", "2999-01-01")
    assert code == 2
    assert out == ""
    expected = "まだ来ていない日です" if lang == "ja" else "has not happened yet"
    assert expected in err
    assert len(err.strip().splitlines()) == 1


def test_both_ways_of_judging_a_past_month_agree(shop: Shop, people: dict[str, int]) -> None:
    from kauntaa.storage.repositories import days

    tanaka, sato, yamada = people["tanaka"], people["sato"], people["yamada"]
    # Kato came twice in September: too few visits for a rhythm, so never a missed regular.
    for d in (3, 10):
        shop.activity.record_visit(people["kato"], at=_at(date(2026, 9, d), 10))
    for d in range(0, 110, 7):
        shop.activity.record_visit(tanaka, at=_at(date(2026, 8, 3) + timedelta(days=d), 10))
    for d in range(0, 60, 5):
        shop.activity.record_visit(sato, at=_at(date(2026, 8, 4) + timedelta(days=d), 10))
    for d in range(0, 100, 20):
        shop.activity.record_visit(yamada, at=_at(date(2026, 8, 5) + timedelta(days=d), 10))
    start, end, previous = date(2026, 10, 1), date(2026, 11, 1), date(2026, 9, 1)

    with shop.database.sessions.begin() as s:
        from_sets = days.period_people(s, start, end, previous, regular_gap=28, limit=10)
        counts = days.attendance(s, start, end, previous, regular_gap=28)
        seen = days.regulars(s, start, end, previous, regular_gap=28, seen=True, limit=10)
        missed = days.regulars(s, start, end, previous, regular_gap=28, seen=False, limit=10)

    assert (from_sets.visitors, from_sets.regulars_seen, from_sets.regulars_missed) == (
        counts.visitors,
        counts.regulars_seen,
        counts.regulars_missed,
    )
    assert from_sets.seen == seen
    assert from_sets.missed == missed
    assert {p.id for p in seen} == {tanaka, yamada}
    assert [p.id for p in missed] == [sato]
