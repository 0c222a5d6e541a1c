"""The customer's rights under APPI: consent with dates, a complete export, a complete deletion."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from kauntaa.domain import consent
from kauntaa.domain.customers import CustomerFields
from kauntaa.domain.erasure import BLANK, is_removed, name_variants, redact
from kauntaa.domain.introductions import OutcomeKind
from kauntaa.services.privacy import backup_retention_message, record_html
from kauntaa.services.shop import Shop
from kauntaa.storage.schema import CustomerRow, NoteRow
from tests.conftest import FixedClock

PHOTO = b"\xff\xd8\xff\xe0" + b"PHOTO-OF-ZEBULON" * 64
PHONE = "090-7777-3131"
SECRET = "ZEBULON-SECRET-NOTE 猫アレルギー"


# -- consent ---------------------------------------------------------------


def test_each_consent_is_dated_when_given_and_keeps_its_date(shop: Shop, clock: FixedClock) -> None:
    added = shop.customers.add(
        CustomerFields(name="田中 美咲", newsletter_consent=True, contact_consent=True)
    )
    first = clock.now
    assert added.newsletter_consent_at == first
    assert added.contact_consent_at == first
    assert added.introduction_consent_at is None  # never asked

    clock.now = first + timedelta(days=3)
    resaved = shop.customers.update(
        added.id, replace(added.fields(), occupation="写真家", introduction_consent=True)
    )
    assert resaved.newsletter_consent_at == first  # unchanged answer keeps its date
    assert resaved.introduction_consent
    assert resaved.introduction_consent_at == clock.now

    clock.now = first + timedelta(days=10)
    withdrawn = shop.customers.update(added.id, replace(resaved.fields(), newsletter_consent=False))
    assert not withdrawn.newsletter_consent
    assert withdrawn.newsletter_consent_at == clock.now  # the date of the withdrawal
    assert (
        consent.answer(withdrawn.newsletter_consent, withdrawn.newsletter_consent_at)
        is consent.Answer.DECLINED
    )


def test_do_not_introduce_withdraws_the_introduction_consent(shop: Shop, clock: FixedClock) -> None:
    agreed = shop.customers.add(CustomerFields(name="佐藤 健太", introduction_consent=True))
    clock.now += timedelta(days=1)

    refused = shop.customers.update(
        agreed.id,
        replace(agreed.fields(), introduction_consent=True, do_not_introduce=True),
    )

    assert refused.do_not_introduce
    assert not refused.introduction_consent
    assert refused.introduction_consent_at == clock.now
    assert (
        consent.introduction_answer(
            refused.introduction_consent, refused.do_not_introduce, refused.introduction_consent_at
        )
        is consent.Answer.DECLINED
    )


def test_the_database_refuses_both_introduction_answers_at_once(shop: Shop) -> None:
    customer = shop.customers.add(CustomerFields(name="加藤 花"))
    with closing(sqlite3.connect(shop.database.path)) as connection:
        try:
            connection.execute(
                "UPDATE customer SET introduction_consent = 1, do_not_introduce = 1 WHERE id = ?",
                (customer.id,),
            )
        except sqlite3.IntegrityError:
            return
    raise AssertionError("the check constraint did not refuse the contradiction")


def test_stamp_dates_only_a_changed_answer() -> None:
    then = datetime(2026, 1, 1)
    now = datetime(2026, 2, 1)
    assert consent.stamp(True, True, then, now) == then
    assert consent.stamp(False, True, None, now) == now
    assert consent.stamp(True, False, then, now) == now
    assert consent.stamp(False, False, None, now) is None


# -- a customer with everything ---------------------------------------------


def _everything(shop: Shop) -> dict[str, int]:
    zeb = shop.customers.add(
        CustomerFields(
            name="Zebulon Quixote",
            reading="ぜぶろん きほーて",
            call_name="Zeb",
            usual_order="ほうじ茶ラテ",
            occupation="製本家",
            tags=("製本", "猫"),
            phone=PHONE,
            email="zeb@example.org",
            address="京都市左京区 1-2-3",
            birthday=date(1988, 4, 1),
            newsletter_consent=True,
            contact_consent=True,
            introduction_consent=True,
            photo=PHOTO,
        )
    )
    sato = shop.customers.add(CustomerFields(name="佐藤 健太", reading="さとう けんた"))
    yu = shop.customers.add(CustomerFields(name="山田 優", reading="やまだ ゆう"))
    kato = shop.customers.add(CustomerFields(name="加藤 花", reading="かとう はな"))
    shop.activity.record_visit(zeb.id, at=datetime(2026, 11, 1, 10, 0), order="ほうじ茶")
    shop.activity.record_visit(zeb.id, at=datetime(2026, 11, 8, 10, 0))
    shop.activity.record_visit(sato.id, at=datetime(2026, 11, 8, 11, 0))
    shop.activity.add_note(zeb.id, "製本ワークショップをやりたい", pinned=True)
    shop.activity.add_note(zeb.id, SECRET, private=True)
    shop.activity.add_note(sato.id, "Zebulon さんに紙を分けてもらった")
    met = shop.introductions.introduce(zeb.id, sato.id, context="Zebulon と紙の話")
    shop.introductions.record_outcome(
        met.id, OutcomeKind.WORK, "Zeb が名刺を作った", follow_up_on=date(2026, 12, 1)
    )
    shop.introductions.introduce(zeb.id, yu.id, planned=True)
    made = shop.introductions.introduce(yu.id, kato.id, by=zeb.id, context="Zebulon の紹介")
    circle = shop.circles.create("製本の会", contact_id=zeb.id)
    shop.circles.add_member(circle.id, sato.id, role="会計")
    shop.circles.add_event(
        "豆本ワークショップ",
        datetime(2026, 11, 15, 14, 0),
        circle_id=circle.id,
        attendee_ids=[zeb.id, sato.id],
    )
    shop.activity.add_reminder("Zeb に糸を返す", customer_id=zeb.id, on_next_visit=True)
    return {"zeb": zeb.id, "sato": sato.id, "yu": yu.id, "kato": kato.id, "made": made.id}


# -- export ------------------------------------------------------------------


def test_the_export_holds_everything_about_the_person(shop: Shop) -> None:
    ids = _everything(shop)

    record = shop.privacy.export(ids["zeb"], purpose="お迎えのため")

    text = json.dumps(record, ensure_ascii=False)  # plain JSON, nothing exotic
    # Every stored column of the card, including the derived figures and the photo.
    assert set(record["customer"]) == {c.key for c in CustomerRow.__table__.columns}
    assert record["customer"]["phone"] == PHONE
    assert record["customer"]["photo"]["bytes"] == len(PHOTO)
    assert record["tags"] == ["製本", "猫"]
    # Private notes are the customer's too.
    assert [n["body"] for n in record["notes"]] == ["製本ワークショップをやりたい", SECRET]
    assert set(record["notes"][0]) == {c.key for c in NoteRow.__table__.columns}
    assert len(record["visits"]) == 2
    roles = sorted((i["role"], i["status"]) for i in record["introductions"])
    assert roles == [("introduced", "done"), ("introduced", "planned"), ("introducer", "done")]
    done = next(i for i in record["introductions"] if i["status"] == "done" and "with" in i)
    assert done["with"] == "佐藤 健太"
    assert done["outcome_text"] == "Zeb が名刺を作った"
    assert record["circles"] == [
        {"circle": "製本の会", "role": "", "joined_on": "2026-11-20", "contact_person": True}
    ]
    assert [e["title"] for e in record["events_attended"]] == ["豆本ワークショップ"]
    assert [r["text"] for r in record["reminders"]] == ["Zeb に糸を返す"]
    assert record["consent"]["newsletter"]["answer"] == "agreed"
    assert record["consent"]["introductions"]["at"] == "2026-11-20T12:00:00"
    assert record["purpose_of_use"] == "お迎えのため"
    # Nothing about other people beyond the names in the shared history.
    assert "紙を分けてもらった" not in text


def test_the_printable_page_shows_the_same_record(shop: Shop) -> None:
    ids = _everything(shop)
    record = shop.privacy.export(ids["zeb"])

    for language in ("ja", "en"):
        page = record_html(record, language)
        for expected in (
            PHONE,
            "製本ワークショップをやりたい",
            "猫アレルギー",
            "佐藤 健太",
            "豆本",
        ):
            assert expected in page
        assert "base64" not in page
    assert "お客さまの記録" in record_html(record, "ja")
    assert "Customer record" in record_html(record, "en")


# -- deletion ------------------------------------------------------------------


def _file_bytes(shop: Shop) -> bytes:
    path = shop.database.path
    parts = [path, path.with_name(path.name + "-wal")]
    return b"".join(p.read_bytes() for p in parts if p.exists())


def test_deletion_is_complete_down_to_the_file(shop: Shop) -> None:
    ids = _everything(shop)
    before = _file_bytes(shop)
    assert PHONE.encode() in before
    assert b"PHOTO-OF-ZEBULON" in before

    erased = shop.privacy.erase(ids["zeb"])

    assert erased.log_emptied
    on_disk = _file_bytes(shop)
    for secret in (PHONE, "zeb@example.org", "ZEBULON-SECRET", "Quixote", "PHOTO-OF-ZEBULON"):
        assert secret.encode() not in on_disk, secret
    with closing(sqlite3.connect(shop.database.path)) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        for table in ("note", "visit", "customer_tag", "search_term", "circle_member"):
            count = connection.execute(
                f"SELECT count(*) FROM {table} WHERE customer_id = ?", (ids["zeb"],)
            ).fetchone()[0]
            assert count == 0, table
        assert connection.execute(
            "SELECT count(*) FROM event_attendee WHERE customer_id = ?", (ids["zeb"],)
        ).fetchone() == (0,)
    report = erased.report
    assert (report.notes, report.visits, report.memberships, report.attendances) == (2, 2, 1, 1)
    assert (report.introductions_kept, report.introductions_removed) == (1, 1)
    assert report.introduced_by_them == 1
    assert report.mentions_elsewhere == 1  # Sato's own note names him; it is the owner's text
    assert shop.customers.search("ぜぶろん") == []


def test_the_others_keep_a_true_history_without_the_name(shop: Shop) -> None:
    ids = _everything(shop)

    shop.privacy.erase(ids["zeb"])

    sato_card = shop.customers.card(ids["sato"])
    [met] = sato_card.introductions
    assert is_removed(met.other(ids["sato"]))
    assert met.outcome_kind is OutcomeKind.WORK
    assert "Zeb" not in met.outcome_text
    assert BLANK in met.outcome_text
    assert "Zebulon" not in met.context
    # The follow-up reminder of that introduction is Sato's history too: kept, name blanked.
    with closing(sqlite3.connect(shop.database.path)) as connection:
        follow_ups = connection.execute(
            "SELECT text FROM reminder WHERE introduction_id = ?", (met.id,)
        ).fetchall()
    assert follow_ups == [(f"{BLANK} ↔ 佐藤 健太",)]
    # Yu and Kato's introduction stays, made by "someone deleted", not by the owner.
    [made] = shop.customers.card(ids["yu"]).introductions
    assert made.id == ids["made"]
    assert is_removed(made.introducer)
    assert "Zebulon" not in made.context
    # The planned introduction with Yu is gone: it never happened.
    yu_intros = shop.customers.card(ids["yu"]).introductions
    assert all(not is_removed(i.other(ids["yu"])) for i in yu_intros)
    assert [m.customer.id for m in shop.circles.all()[0].members] == [ids["sato"]]
    assert shop.circles.all()[0].contact is None
    [event] = shop.circles.events_between(datetime(2026, 11, 1), datetime(2026, 12, 1))
    assert [a.id for a in event.attendees] == [ids["sato"]]


def test_undo_of_a_deletion_puts_everything_back(shop: Shop) -> None:
    ids = _everything(shop)
    card = shop.customers.card(ids["zeb"])
    sato = shop.customers.card(ids["sato"])
    yu = shop.customers.card(ids["yu"])
    exported = shop.privacy.export(ids["zeb"])

    erased = shop.privacy.erase(ids["zeb"])
    shop.customers.undelete(erased.snapshot)

    assert shop.customers.card(ids["zeb"]) == card
    assert shop.customers.card(ids["sato"]) == sato
    assert shop.customers.card(ids["yu"]) == yu
    again = shop.privacy.export(ids["zeb"])
    assert {k: v for k, v in again.items() if k != "exported_at"} == {
        k: v for k, v in exported.items() if k != "exported_at"
    }


def test_names_are_blanked_in_every_form() -> None:
    variants = name_variants("田中 美咲", "たなか みさき", "みさきさん")

    assert redact("田中美咲さんの紹介", variants) == f"{BLANK}さんの紹介"
    assert redact("田中さんと", variants) == f"{BLANK}さんと"
    assert redact("ﾐｻｷ", variants) == "ﾐｻｷ"  # unrelated script left as is
    assert redact("みさきさんに", variants) == f"{BLANK}に"
    assert redact("", variants) == ""


def test_the_backup_explanation_names_the_retention() -> None:
    message = backup_retention_message()
    assert "10" in message.en
    assert "14" in message.en
    assert "8 weeks" in message.en
    assert "10 個" in message.ja


def test_purge_leaves_no_trace_in_a_copied_file(shop: Shop, tmp_path: Path) -> None:
    ids = _everything(shop)
    shop.privacy.erase(ids["zeb"])
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(shop.database.path.read_bytes())

    assert b"ZEBULON-SECRET" not in copy.read_bytes()
    assert "猫アレルギー".encode() not in copy.read_bytes()
