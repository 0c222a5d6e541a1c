"""CSV export: UTF-8 with BOM or CP932, all customers or a search result, a folder or a zip."""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from kauntaa.domain.customers import CustomerFields
from kauntaa.errors import UserError
from kauntaa.services.shop import Shop


@pytest.fixture
def cafe(shop: Shop) -> dict[str, int]:
    ids = {
        "tanaka": shop.customers.add(
            CustomerFields(
                name="田中 美咲",
                reading="たなか みさき",
                call_name="みさきさん",
                usual_order="カフェラテ",
                tags=("写真", "登山"),
                newsletter_consent=True,
            )
        ).id,
        "yoshino": shop.customers.add(CustomerFields(name="𠮷野 太郎", reading="よしの たろう")).id,
        "sato": shop.customers.add(CustomerFields(name="佐藤 健太", reading="さとう けんた")).id,
    }
    shop.activity.record_visit(ids["tanaka"], at=datetime(2026, 11, 19, 10, 0), order="ラテ")
    shop.activity.add_note(ids["tanaka"], "写真展の案内を喜ぶ", pinned=True, private=False)
    shop.introductions.introduce(ids["tanaka"], ids["sato"], context="写真の話")
    return ids


def rows(data: bytes, encoding: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode(encoding), newline="")))


def test_utf8_export_starts_with_a_bom_so_excel_reads_it(
    shop: Shop, cafe: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "customers.csv"
    report = shop.exporting.export(target)
    data = target.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert b"\r\n" in data
    table = rows(data, "utf-8-sig")
    assert report.customers == 3
    tanaka = table[0]
    assert tanaka["名前"] == "田中 美咲"
    assert tanaka["よみがな"] == "たなか みさき"
    assert tanaka["タグ"] == "写真, 登山"
    assert tanaka["ニュースレター"] == "はい"
    assert tanaka["来店回数"] == "1"
    assert table[1]["名前"] == "𠮷野 太郎"


def test_cp932_export_writes_a_stand_in_for_what_cp932_cannot_hold_and_says_which(
    shop: Shop, cafe: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "customers.csv"
    report = shop.exporting.export(target, encoding="cp932")
    table = rows(target.read_bytes(), "cp932")
    assert table[0]["名前"] == "田中 美咲"
    assert table[1]["名前"] == "〓野 太郎"
    assert report.replaced == "𠮷"


def test_a_search_result_exports_only_those_customers(
    shop: Shop, cafe: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "tanaka.csv"
    ids = [h.id for h in shop.customers.search("たなか")]
    report = shop.exporting.export(target, ids=ids)
    assert report.customers == 1
    assert [r["名前"] for r in rows(target.read_bytes(), "utf-8-sig")] == ["田中 美咲"]


def test_a_zip_holds_customers_visits_notes_and_introductions(
    shop: Shop, cafe: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "kauntaa.zip"
    report = shop.exporting.export(target)
    assert (report.customers, report.visits, report.notes, report.introductions) == (3, 1, 1, 1)
    with zipfile.ZipFile(target) as archive:
        assert sorted(archive.namelist()) == [
            "customers.csv",
            "introductions.csv",
            "notes.csv",
            "visits.csv",
        ]
        visits = rows(archive.read("visits.csv"), "utf-8-sig")
        notes = rows(archive.read("notes.csv"), "utf-8-sig")
        intros = rows(archive.read("introductions.csv"), "utf-8-sig")
    assert (visits[0]["名前"], visits[0]["日時"], visits[0]["注文"]) == (
        "田中 美咲",
        "2026-11-19 10:00",
        "ラテ",
    )
    assert (notes[0]["本文"], notes[0]["ピン留め"]) == ("写真展の案内を喜ぶ", "はい")
    assert {intros[0]["名前（A）"], intros[0]["名前（B）"]} == {"田中 美咲", "佐藤 健太"}
    assert intros[0]["きっかけ"] == "写真の話"


def test_a_folder_gets_the_same_four_files(
    shop: Shop, cafe: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "export"
    shop.exporting.export(target, encoding="cp932")
    assert sorted(p.name for p in target.iterdir()) == [
        "customers.csv",
        "introductions.csv",
        "notes.csv",
        "visits.csv",
    ]
    assert rows((target / "notes.csv").read_bytes(), "cp932")[0]["本文"] == "写真展の案内を喜ぶ"


def test_an_export_imports_back_without_duplicates_or_loss(
    shop: Shop, cafe: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "customers.csv"
    shop.exporting.export(target)
    plan = shop.importing.prepare(target)
    assert len(plan.duplicates) == 3
    cards = {c.fields.name: c.fields for c in plan.cards}
    assert cards["田中 美咲"].reading == "たなか みさき"
    assert cards["田中 美咲"].tags == ("写真", "登山")
    assert cards["田中 美咲"].usual_order == "カフェラテ"


def test_an_unwritable_target_is_a_clear_error(
    shop: Shop, cafe: dict[str, int], tmp_path: Path
) -> None:
    with pytest.raises(UserError) as caught:
        shop.exporting.export(tmp_path / "missing" / "customers.csv")
    assert caught.value.code == "export_failed"
    assert not (tmp_path / "missing").exists()
