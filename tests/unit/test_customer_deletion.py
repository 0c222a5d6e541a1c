"""Complete deletion removes everything about a person, and the snapshot puts it all back."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from kauntaa.domain.customers import CustomerFields
from kauntaa.domain.erasure import is_removed
from kauntaa.domain.introductions import OutcomeKind
from kauntaa.services.shop import Shop
from kauntaa.storage.backup import row_counts


def _counts(shop: Shop) -> dict[str, int]:
    connection = sqlite3.connect(shop.database.path)
    try:
        counts = row_counts(connection)
        counts["note_fts"] = connection.execute("SELECT count(*) FROM note_fts").fetchone()[0]
        counts["search_term"] = connection.execute("SELECT count(*) FROM search_term").fetchone()[0]
        return counts
    finally:
        connection.close()


def test_delete_then_undelete_restores_the_whole_card(shop: Shop) -> None:
    tanaka = shop.customers.add(
        CustomerFields(name="田中 美咲", reading="たなか みさき", tags=("写真", "登山"))
    )
    sato = shop.customers.add(CustomerFields(name="佐藤 健太", reading="さとう けんた"))
    yu = shop.customers.add(CustomerFields(name="山田 優", reading="やまだ ゆう"))
    shop.activity.record_visit(tanaka.id, at=datetime(2026, 11, 19, 12, 0))
    shop.activity.add_note(tanaka.id, "フィルムカメラが好き", pinned=True)
    intro = shop.introductions.introduce(sato.id, yu.id, by=tanaka.id, context="写真")
    shop.introductions.introduce(tanaka.id, yu.id, planned=True)
    shop.introductions.record_outcome(
        intro.id, OutcomeKind.WORK, "撮影の仕事", follow_up_on=date(2026, 12, 1)
    )
    circle = shop.circles.create("山歩きの会", contact_id=tanaka.id)
    shop.activity.add_reminder("本を返す", customer_id=tanaka.id, on_next_visit=True)
    before = _counts(shop)
    card_before = shop.customers.card(tanaka.id)

    snapshot = shop.customers.delete(tanaka.id)

    after_delete = _counts(shop)
    assert after_delete["customer"] == before["customer"] - 1
    assert after_delete["note"] == before["note"] - 1
    assert after_delete["note_fts"] == before["note_fts"] - 1
    assert after_delete["visit"] == before["visit"] - 1
    assert shop.customers.search("たなか") == []
    assert shop.circles.all()[0].contact is None
    # The introduction Tanaka made stays, without her name (not "by the owner").
    assert is_removed(shop.introductions.for_customer(sato.id)[0].introducer)

    shop.customers.undelete(snapshot)

    assert _counts(shop) == before
    card_after = shop.customers.card(tanaka.id)
    assert card_after == card_before
    assert shop.customers.search("misaki")[0].id == tanaka.id
    assert shop.customers.search("フィルム")[0].id == tanaka.id
    assert shop.circles.all()[0].contact is not None
    assert shop.circles.all()[0].id == circle.id
    introducer = shop.introductions.for_customer(sato.id)[0].introducer
    assert introducer is not None
    assert introducer.id == tanaka.id


def test_search_hits_flag_people_with_something_waiting(shop: Shop) -> None:
    tanaka = shop.customers.add(CustomerFields(name="田中 美咲", reading="たなか みさき"))
    sato = shop.customers.add(CustomerFields(name="佐藤 健太", reading="さとう けんた"))
    kato = shop.customers.add(CustomerFields(name="加藤 花", reading="かとう はな"))
    shop.introductions.introduce(tanaka.id, sato.id, planned=True)
    shop.activity.add_reminder("傘を返す", customer_id=kato.id, on_next_visit=True)
    shop.activity.add_reminder("年賀状", customer_id=kato.id, due_on=date(2026, 12, 20))

    hana = shop.customers.add(CustomerFields(name="加藤 雪", reading="かとう ゆき"))

    waiting = {
        h.id: h.waiting for q in ("たなか", "さとう", "かとう") for h in shop.customers.search(q)
    }

    assert waiting == {tanaka.id: True, sato.id: True, kato.id: True, hana.id: False}
    reminder = shop.customers.card(kato.id).reminders[0]
    shop.activity.complete_reminder(reminder.id)
    assert shop.customers.search("かとう")[0].waiting is False
