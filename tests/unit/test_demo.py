"""The demo café: repeatable, refused on a shop with data, and as consistent as a real one.

Most checks read one generated shop (module-scoped, 300 customers) so the file
stays quick; the ones that need a fresh database open their own.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from kauntaa.domain.customers import CustomerFields
from kauntaa.domain.search import customer_terms
from kauntaa.domain.text import reading_romaji
from kauntaa.errors import UserError
from kauntaa.services import demo, demo_data
from kauntaa.services.demo import DemoReport
from kauntaa.services.shop import Shop
from kauntaa.storage.repositories import visits
from kauntaa.storage.repositories.search import fold_note
from kauntaa.storage.schema import TABLES_WITH_ROWS
from tests.conftest import FixedClock

NOW = datetime(2026, 11, 20, 12, 0, 0)
CUSTOMERS = 300
HIRAGANA_WORD = r"[\u3041-\u3096ー]+"
FIGURE_COLUMNS = (
    "visit_count",
    "last_visit_at",
    "first_seen",
    "rhythm_days",
    "usual_weekday",
    "overdue_from",
)


def _open(folder: Path, now: datetime = NOW) -> Shop:
    return Shop.open(folder / "kauntaa.sqlite3", folder / "backups", clock=FixedClock(now))


def _rows(shop: Shop, sql: str) -> list[tuple[Any, ...]]:
    with shop.database.engine.connect() as connection:
        return [tuple(r) for r in connection.execute(text(sql))]


def _dump(shop: Shop) -> dict[str, list[tuple[Any, ...]]]:
    """Every row the demo writes, in a fixed order."""
    tables = (*TABLES_WITH_ROWS, "customer_tag", "search_term", "note_fts")
    return {t: sorted(_rows(shop, f"SELECT * FROM {t}"), key=repr) for t in tables}


@pytest.fixture(scope="module")
def cafe(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Shop, DemoReport]]:
    shop = _open(tmp_path_factory.mktemp("demo"))
    report = shop.demo.generate(customers=CUSTOMERS, seed=1)
    yield shop, report
    shop.close()


@pytest.fixture
def cafe_shop(cafe: tuple[Shop, DemoReport]) -> Shop:
    return cafe[0]


# Repeatable ---------------------------------------------------------------------


def test_the_same_seed_and_clock_give_the_same_shop(tmp_path: Path) -> None:
    dumps = []
    for name in ("first", "second"):
        folder = tmp_path / name
        folder.mkdir()
        shop = _open(folder)
        shop.demo.generate(customers=120, seed=7)
        dumps.append(_dump(shop))
        shop.close()
    assert dumps[0] == dumps[1]
    assert len(dumps[0]["customer"]) == 120
    assert len(dumps[0]["visit"]) > 120


def test_another_seed_gives_other_people(tmp_path: Path) -> None:
    people = []
    for seed in (1, 2):
        folder = tmp_path / str(seed)
        folder.mkdir()
        shop = _open(folder)
        shop.demo.generate(customers=50, seed=seed)
        people.append(_rows(shop, "SELECT name, visit_count FROM customer ORDER BY id"))
        shop.close()
    assert people[0] != people[1]


# Refusals -----------------------------------------------------------------------


def test_a_shop_with_customers_is_refused_and_left_as_it_was(shop: Shop) -> None:
    shop.customers.add(CustomerFields(name="田中 美咲", reading="たなか みさき"))
    before = _dump(shop)
    with pytest.raises(UserError) as refused:
        shop.demo.generate(customers=10)
    assert refused.value.code == "not_empty"
    assert "空" in refused.value.message.ja
    assert "empty" in refused.value.message.en
    assert _dump(shop) == before


def test_a_shop_with_only_a_day_note_is_refused_too(shop: Shop) -> None:
    shop.activity.set_day_note(NOW.date(), "開店準備")
    with pytest.raises(UserError, match="empty"):
        shop.demo.generate(customers=10)
    assert shop.customers.count() == 0


@pytest.mark.parametrize("customers", [0, -5, demo.MAX_CUSTOMERS + 1])
def test_a_customer_count_out_of_range_is_refused(shop: Shop, customers: int) -> None:
    with pytest.raises(UserError) as refused:
        shop.demo.generate(customers=customers)
    assert refused.value.field == "customers"
    assert "200,000" in refused.value.message.en
    assert shop.customers.count() == 0


# What was made ------------------------------------------------------------------


def test_report_counts_what_is_in_the_database(cafe: tuple[Shop, DemoReport]) -> None:
    shop, report = cafe
    counted = {
        t: _rows(shop, f"SELECT count(*) FROM {t}")[0][0]
        for t in ("customer", "visit", "note", "introduction", "circle", "event", "reminder")
    }
    assert report == DemoReport(
        customers=counted["customer"],
        visits=counted["visit"],
        notes=counted["note"],
        introductions=counted["introduction"],
        circles=counted["circle"],
        events=counted["event"],
        reminders=counted["reminder"],
    )
    assert report.customers == CUSTOMERS
    # About ten visits per person on average.
    assert 7 * CUSTOMERS <= report.visits <= 14 * CUSTOMERS


def test_names_and_readings_look_japanese(cafe_shop: Shop) -> None:
    rows = _rows(cafe_shop, "SELECT name, reading, call_name FROM customer")
    for name, reading, call_name in rows:
        assert re.fullmatch(f"{HIRAGANA_WORD} {HIRAGANA_WORD}", reading), reading
        assert len(name.split(" ")) == 2, name
        assert call_name == "" or call_name.endswith(("さん", "ちゃん")), call_name
    assert len({name for name, _, _ in rows}) > CUSTOMERS // 2


def test_every_customer_is_found_by_the_romaji_of_their_reading(cafe_shop: Shop) -> None:
    for customer_id, reading in _rows(cafe_shop, "SELECT id, reading FROM customer"):
        query = reading_romaji(reading)  # "Tanaka Misaki"
        hits = cafe_shop.customers.search(query, limit=200)
        assert customer_id in [h.id for h in hits], query


def test_search_terms_are_those_of_the_whole_card(cafe_shop: Shop) -> None:
    tags: dict[int, list[str]] = defaultdict(list)
    for customer_id, tag in _rows(
        cafe_shop, "SELECT customer_id, tag FROM customer_tag ORDER BY customer_id, position"
    ):
        tags[customer_id].append(tag)
    stored: dict[int, set[tuple[Any, ...]]] = defaultdict(set)
    rows = _rows(cafe_shop, "SELECT customer_id, tier, kind, term, whole FROM search_term")
    for customer_id, *term in rows:
        stored[customer_id].add(tuple(term))
    cards = _rows(
        cafe_shop,
        "SELECT id, name, reading, call_name, occupation, offers, looking_for FROM customer",
    )
    for customer_id, name, reading, call_name, occupation, offers, looking_for in cards:
        expected = customer_terms(
            name=name,
            reading=reading,
            call_name=call_name,
            tags=tuple(tags[customer_id]),
            occupation=occupation,
            offers=offers,
            looking_for=looking_for,
        )
        assert stored[customer_id] == {(t.tier, t.kind.value, t.term, t.whole) for t in expected}
    assert len(rows) == sum(len(s) for s in stored.values())  # no duplicate rows


def test_no_visit_lies_in_the_future_or_before_the_history(cafe_shop: Shop) -> None:
    first, last, sources = _rows(
        cafe_shop, "SELECT min(at), max(at), group_concat(DISTINCT source) FROM visit"
    )[0]
    assert datetime.fromisoformat(last) <= NOW
    assert datetime.fromisoformat(first) >= NOW - timedelta(days=demo.HISTORY_DAYS + 1)
    assert sources == "demo"


def test_visits_crowd_at_lunch_and_after_work(cafe_shop: Shop) -> None:
    by_hour = "SELECT CAST(strftime('%H', at) AS INT), count(*) FROM visit GROUP BY 1"
    hours = Counter(dict(_rows(cafe_shop, by_hour)))
    total = sum(hours.values())
    lunch = hours[11] + hours[12] + hours[13]
    evening = hours[17] + hours[18] + hours[19]
    assert lunch + evening > total / 2
    assert hours[12] > hours[15]
    assert hours[18] > hours[15]
    assert set(hours) <= set(range(8, 20))


def test_cached_figures_equal_those_recomputed_from_visits(cafe_shop: Shop) -> None:
    columns = ", ".join(FIGURE_COLUMNS)
    stored = _rows(cafe_shop, f"SELECT id, {columns} FROM customer ORDER BY id")
    with cafe_shop.database.sessions.begin() as s:
        for row in stored:
            visits.refresh_figures(s, row[0])
        s.flush()
        again = s.execute(text(f"SELECT id, {columns} FROM customer ORDER BY id"))
        recomputed = [tuple(r) for r in again]
        s.rollback()
    assert recomputed == stored
    # And the figures say something: rhythms exist, and everyone has been seen.
    assert all(row[1] >= 1 for row in stored)
    assert sum(row[4] is not None for row in stored) > CUSTOMERS // 3


def test_the_day_summary_has_overdue_regulars_new_faces_and_a_day_note(cafe_shop: Shop) -> None:
    summary = cafe_shop.summary.day()
    assert summary.overdue
    # Some have stopped coming weeks ago, not just missed a day.
    assert any(line.days_since >= 21 for line in summary.overdue)
    assert any(line.usual_weekday is not None for line in summary.overdue)
    assert summary.new_faces
    assert summary.visitors
    assert all(v.at <= NOW for v in summary.visitors)
    assert summary.day_note


def test_notes_are_indexed_and_found_by_their_words(cafe_shop: Shop) -> None:
    notes = _rows(cafe_shop, "SELECT id, customer_id, body, pinned, private FROM note")
    index = dict(_rows(cafe_shop, "SELECT rowid, body FROM note_fts"))
    assert index == {note_id: fold_note(body) for note_id, _, body, _, _ in notes}
    assert any(pinned for *_, pinned, _ in notes)
    assert any(private for *_, private in notes)
    owners = {c for _, c, body, _, private in notes if "犬の散歩" in body and not private}
    assert owners
    hits = {h.id for h in cafe_shop.customers.search("犬の散歩", limit=200)}
    assert owners <= hits


def test_offers_and_needs_meet_in_introductions(cafe_shop: Shop) -> None:
    rows = _rows(
        cafe_shop,
        "SELECT status, outcome_kind, outcome_text, context, introducer_id, introduced_on"
        " FROM introduction",
    )
    statuses = Counter(r[0] for r in rows)
    assert statuses["done"] > statuses["planned"] > 0
    # What came of them is told in words, except where nothing has come of it yet.
    assert any(kind != "none_yet" for _, kind, _, _, _, _ in rows)
    assert all(bool(told) == (kind != "none_yet") for _, kind, told, _, _, _ in rows)
    assert any("探していた" in r[3] for r in rows)
    assert any(r[4] is None for r in rows)
    assert all(r[5] <= NOW.date().isoformat() for r in rows if r[0] == "done")
    # Someone looks for what someone else offers, so there is something to suggest.
    needs = {n for (n,) in _rows(cafe_shop, "SELECT looking_for FROM customer")} - {""}
    offers = {o for (o,) in _rows(cafe_shop, "SELECT offers FROM customer")} - {""}
    assert any(dict(demo_data.NEEDS)[n] in offers for n in needs)
    # Nobody who asked not to be introduced is.
    involved = _rows(
        cafe_shop,
        "SELECT count(*) FROM introduction i JOIN customer c"
        " ON c.id IN (i.person_a_id, i.person_b_id) WHERE c.do_not_introduce",
    )
    assert involved == [(0,)]


def test_circles_have_members_a_contact_and_workshops_with_named_attendees(
    cafe_shop: Shop,
) -> None:
    contacts = _rows(
        cafe_shop,
        "SELECT c.name, m.role FROM circle c JOIN circle_member m"
        " ON m.circle_id = c.id AND m.customer_id = c.contact_id",
    )
    assert len(contacts) == _rows(cafe_shop, "SELECT count(*) FROM circle")[0][0] > 0
    assert {role for _, role in contacts} == {"代表"}
    events = _rows(
        cafe_shop,
        "SELECT e.id, e.circle_id, e.announced_in_newsletter, count(a.customer_id)"
        " FROM event e JOIN event_attendee a ON a.event_id = e.id GROUP BY e.id",
    )
    assert len(events) == _rows(cafe_shop, "SELECT count(*) FROM event")[0][0]
    assert any(circle_id is not None for _, circle_id, _, _ in events)
    assert {announced for _, _, announced, _ in events} == {0, 1}


def test_reminders_come_by_date_by_next_visit_and_as_follow_ups(cafe_shop: Shop) -> None:
    rows = _rows(
        cafe_shop, "SELECT due_on, on_next_visit, customer_id, introduction_id FROM reminder"
    )
    assert any(due is not None and not next_visit for due, next_visit, _, _ in rows)
    assert any(next_visit and customer is not None for _, next_visit, customer, _ in rows)
    follow_ups = _rows(
        cafe_shop,
        "SELECT r.due_on, i.follow_up_on FROM reminder r"
        " JOIN introduction i ON i.id = r.introduction_id",
    )
    assert follow_ups
    assert all(due == follow_up for due, follow_up in follow_ups)


def test_progress_is_reported_per_batch_and_ends_once_at_the_total(
    shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "BATCH", 40)
    calls: list[tuple[int, int]] = []
    shop.demo.generate(customers=100, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(40, 100), (80, 100), (100, 100)]
