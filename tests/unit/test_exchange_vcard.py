"""vCard import from phones (2.1, 3.0, 4.0) and vCard 3.0 export with the phonetic names."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kauntaa.domain.customers import CustomerFields
from kauntaa.errors import UserError
from kauntaa.services.importing import ImportFormat, SourceKind
from kauntaa.services.shop import Shop
from kauntaa.services.vcards import read_vcards

FIXTURES = Path(__file__).parent / "fixtures" / "exchange"
TODAY = date(2026, 11, 20)


def contacts(shop: Shop, name: str) -> list[CustomerFields]:
    source = shop.importing.load(FIXTURES / name)
    assert source.kind is SourceKind.VCARD
    return [c.fields for c in shop.importing.cards(source).cards]


def test_iphone_vcard_3_with_phonetic_names_nickname_org_title_and_note(shop: Shop) -> None:
    source = shop.importing.load(FIXTURES / "iphone.vcf")
    cards = shop.importing.cards(source).cards
    tanaka = cards[0]
    f = tanaka.fields
    assert (f.name, f.reading, f.call_name) == ("田中 美咲", "たなか みさき", "みさきさん")
    assert f.occupation == "田中写真事務所 フォトグラファー"
    assert (f.phone, f.email) == ("090-1234-5678", "misaki.tanaka@example.jp")
    assert f.address == "150-0001 東京都 渋谷区 神宮前1-2-3"
    assert f.birthday == date(1990, 5, 12)
    assert tanaka.note == "オーツミルク派。\n写真展の案内を喜ぶ"
    assert tanaka.line == 1
    emily = cards[1]
    assert (emily.fields.name, emily.fields.reading, emily.line) == ("Emily Clark", "", 17)


def test_android_vcard_2_1_with_quoted_printable_utf8(shop: Shop) -> None:
    [sato] = contacts(shop, "android.vcf")
    assert (sato.name, sato.reading, sato.phone) == ("佐藤 健太", "さとう けんた", "080-2222-3333")


def test_android_note_spanning_a_soft_line_break(shop: Shop) -> None:
    source = shop.importing.load(FIXTURES / "android.vcf")
    assert shop.importing.cards(source).cards[0].note == "ブレンドをいつも注文"


def test_old_japanese_phone_shift_jis_quoted_printable_and_sound_irmc(shop: Shop) -> None:
    source = shop.importing.load(FIXTURES / "old_phone_sjis.vcf")
    assert source.guessed_encoding == "cp932"
    cards = shop.importing.cards(source).cards
    hanako, ichiro = (c.fields for c in cards)
    assert (hanako.name, hanako.reading) == ("渡辺 花子", "わたなべ はなこ")
    assert hanako.email == "hanako@example.ne.jp"
    assert cards[0].note == "陶芸教室の先生"
    assert (ichiro.name, ichiro.reading, ichiro.phone) == (
        "鈴木 一郎",
        "すずき いちろう",
        "03-3333-4444",
    )


def test_vcard_4_with_a_tel_uri_and_a_basic_birthday(shop: Shop) -> None:
    [yu] = contacts(shop, "vcard4.vcf")
    assert (yu.name, yu.reading, yu.call_name) == ("山田 優", "やまだ ゆう", "ゆうさん")
    assert yu.phone == "+81-90-5555-6666"
    assert yu.occupation == "やまだ写真室 写真家"
    assert yu.birthday == date(1988, 2, 14)


def test_vcards_are_imported_into_the_shop_and_found_by_reading(shop: Shop) -> None:
    report = shop.importing.run(
        shop.importing.prepare(FIXTURES / "old_phone_sjis.vcf", format=ImportFormat.VCARD)
    )
    assert report.added == 2
    hits = shop.customers.search("ﾜﾀﾅﾍﾞ")
    assert hits[0].name == "渡辺 花子"
    assert shop.customers.card(hits[0].id).notes[0].body == "陶芸教室の先生"


def test_a_contact_without_any_name_is_skipped_with_its_line() -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:090-0000-0000\r\nEND:VCARD\r\n"
    cards, problems = read_vcards(text, TODAY)
    assert cards == []
    assert (problems[0].line, problems[0].reason_en) == (1, "The contact has no name")


def test_a_file_with_no_vcard_in_it_says_so(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text("hello\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        shop.importing.prepare(path)
    assert caught.value.code == "no_vcards"


def test_export_writes_vcard_3_with_phonetic_fields(shop: Shop, tmp_path: Path) -> None:
    shop.customers.add(
        CustomerFields(
            name="田中 美咲",
            reading="たなか みさき",
            call_name="みさきさん",
            occupation="フォトグラファー",
            phone="090-1234-5678",
            email="misaki@example.jp",
            birthday=date(1990, 5, 12),
        )
    )
    target = tmp_path / "regulars.vcf"
    report = shop.exporting.export(target)
    text = target.read_text(encoding="utf-8")
    assert report.customers == 1
    assert "VERSION:3.0" in text
    assert "X-PHONETIC-LAST-NAME:たなか" in text
    assert "X-PHONETIC-FIRST-NAME:みさき" in text
    assert "N:田中;美咲;;;" in text
    assert "NICKNAME:みさきさん" in text
    assert "BDAY:1990-05-12" in text


def test_exported_vcards_import_back_with_names_readings_and_details(
    shop: Shop, tmp_path: Path
) -> None:
    shop.customers.add(
        CustomerFields(
            name="渡邊 花子",
            reading="わたなべ はなこ",
            call_name="花ちゃん",
            occupation="陶芸家",
            phone="03-1234-5678",
            email="hanako@example.jp",
            tags=("陶芸", "器"),
        )
    )
    target = tmp_path / "out.vcf"
    shop.exporting.export(target)
    [back] = [c.fields for c in shop.importing.cards(shop.importing.load(target)).cards]
    assert (back.name, back.reading, back.call_name) == ("渡邊 花子", "わたなべ はなこ", "花ちゃん")
    assert (back.occupation, back.phone, back.email) == (
        "陶芸家",
        "03-1234-5678",
        "hanako@example.jp",
    )
    assert back.tags == ("陶芸", "器")
