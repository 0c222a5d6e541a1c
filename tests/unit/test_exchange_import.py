"""CSV import: every preset and encoding, duplicates, history, the report, and the transaction."""

from __future__ import annotations

import threading
from datetime import date, datetime
from pathlib import Path

import pytest

from kauntaa.domain.activity import VisitSource
from kauntaa.domain.customers import CustomerFields
from kauntaa.domain.exchange import (
    CardField,
    DuplicateAction,
    MatchBasis,
    PresetKind,
    detect_preset,
    normalise_reading,
    parse_datetime,
    phone_key,
)
from kauntaa.errors import UserError
from kauntaa.services.importing import ImportCancelledError, ImportFormat
from kauntaa.services.shop import Shop

FIXTURES = Path(__file__).parent / "fixtures" / "exchange"


def card_named(shop: Shop, name: str) -> int:
    hits = [h for h in shop.customers.search(name, limit=20) if h.name == name]
    assert len(hits) == 1, f"{name}: {hits}"
    return hits[0].id


# -- pure rules --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("ﾀﾅｶ ﾐｻｷ", "たなか みさき"),
        ("タナカ　ミサキ", "たなか みさき"),
        ("たなか  みさき", "たなか みさき"),
        ("ﾜﾀﾅﾍﾞ", "わたなべ"),
        ("ヴィンセント", "ゔぃんせんと"),
    ],
)
def test_readings_are_stored_in_hiragana_whatever_kana_the_file_uses(
    written: str, stored: str
) -> None:
    assert normalise_reading(written) == stored


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-03-01", datetime(2025, 3, 1, 12, 0)),
        ("2025/3/1", datetime(2025, 3, 1, 12, 0)),
        ("2025年3月1日", datetime(2025, 3, 1, 12, 0)),
        ("3/14/2025", datetime(2025, 3, 14, 12, 0)),
        ("2025-03-01 18:45", datetime(2025, 3, 1, 18, 45)),
        ("2025-03-01T09:30:00Z", datetime(2025, 3, 1, 9, 30)),
        ("20250301", datetime(2025, 3, 1, 12, 0)),
        ("1988-02-30", None),
        ("someday", None),
    ],
)
def test_dates_are_read_as_point_of_sale_systems_and_sheets_write_them(
    text: str, expected: datetime | None
) -> None:
    assert parse_datetime(text) == expected


def test_phone_numbers_match_across_width_hyphens_and_the_country_code() -> None:
    assert phone_key("+81 80-2222-3333") == phone_key("080-2222-3333")
    assert phone_key("０９０－１１１１－２２２２") == "09011112222"
    assert phone_key("123") == ""


def test_the_kind_of_sheet_is_recognised_from_its_headings() -> None:
    assert (
        detect_preset(["First Name", "Last Name", "Square Customer ID", "Transaction Count"])
        is PresetKind.SQUARE
    )
    assert detect_preset(["氏名", "フリガナ", "電話番号"]) is PresetKind.JAPANESE
    assert detect_preset(["Full Name", "Phone"]) is PresetKind.GENERIC


# -- presets -------------------------------------------------------------------------


def test_square_export_becomes_cards_with_history_and_custom_fields_in_the_note(
    shop: Shop,
) -> None:
    source = shop.importing.load(FIXTURES / "square_customers.csv")
    assert shop.importing.preset_for(source) is PresetKind.SQUARE
    plan = shop.importing.plan(source, shop.importing.cards(source))
    report = shop.importing.run(plan)

    assert report.added == 4
    assert [(s.line, s.reason_en) for s in report.skipped] == [
        (5, "The name is empty"),
        (7, "same name and reading as 佐藤 健太 on line 3"),
    ]
    tanaka = shop.customers.card(card_named(shop, "田中 美咲"))
    c = tanaka.customer
    assert (c.call_name, c.occupation, c.phone) == ("みさきさん", "田中写真事務所", "090-1234-5678")
    assert c.address == "神宮前1-2-3 渋谷区 東京都 150-0001"
    assert c.birthday == date(1990, 5, 12)
    assert c.newsletter_consent
    assert c.tags == ("常連", "写真")
    # First Visit, Last Visit and Transaction Count became imported history.
    assert c.visit_count == 24
    assert c.first_seen == date(2025, 3, 1)
    assert c.last_visit_at == datetime(2026, 11, 2, 12, 0)
    assert {v.source for v in tanaka.recent_visits} == {VisitSource.IMPORTED}
    # Unmapped columns, including Square's custom fields, are kept as a note.
    note = tanaka.notes[0].body
    assert "オーツミルク派" in note
    assert "好きな豆: エチオピア" in note
    assert "Total Spend" in note
    assert "Square Customer ID" not in note


def test_square_latin_names_keep_given_name_first_and_odd_values_go_to_the_note(
    shop: Shop,
) -> None:
    shop.importing.run(shop.importing.prepare(FIXTURES / "square_customers.csv"))
    emily = shop.customers.card(card_named(shop, "Emily Clark"))
    assert emily.customer.birthday is None
    assert "誕生日 / Birthday: --04-01" in emily.notes[0].body
    yamada = shop.customers.card(card_named(shop, "山田 ゆう"))
    assert yamada.customer.email == ""
    assert "yu.yamada@" in yamada.notes[0].body


def test_cp932_japanese_sheet_with_half_width_readings(shop: Shop) -> None:
    source = shop.importing.load(FIXTURES / "japanese_sheet_cp932.csv")
    assert source.guessed_encoding == "cp932"
    assert shop.importing.preset_for(source) is PresetKind.JAPANESE
    report = shop.importing.run(shop.importing.plan(source, shop.importing.cards(source)))

    assert report.added == 3
    assert [(s.line, s.reason_en) for s in report.skipped] == [(6, "The name is empty")]
    takahashi = shop.customers.card(card_named(shop, "髙橋 一郎"))
    c = takahashi.customer
    assert c.reading == "たかはし いちろう"
    assert c.call_name == "いっちゃん"
    assert c.occupation == "大工"
    assert c.birthday == date(1975, 4, 12)
    assert c.visit_count == 10
    assert takahashi.notes[0].body == "ブレンド濃いめ～"
    watanabe = shop.customers.get(card_named(shop, "渡邊 花子"))
    assert watanabe.reading == "わたなべ はなこ"
    assert watanabe.birthday == date(1982, 7, 3)
    assert watanabe.address == "大阪府大阪市北区①番地"
    # A memo typed over two lines in Excel stays two lines.
    saito = shop.customers.card(card_named(shop, "斎藤 翔"))
    assert saito.notes[0].body == "ソイラテ\n甘さ控えめ"
    # Found by any kana form of the reading.
    assert shop.customers.search("ﾀｶﾊｼ")[0].name == "髙橋 一郎"


def test_utf8_bom_tab_separated_sheet_with_katakana_readings_and_tags(shop: Shop) -> None:
    source = shop.importing.load(FIXTURES / "japanese_sheet_utf8_bom.tsv")
    assert (source.guessed_encoding, source.table and source.table.delimiter) == ("utf-8-sig", "\t")
    shop.importing.run(shop.importing.plan(source, shop.importing.cards(source)))
    sakura = shop.customers.get(card_named(shop, "小林 さくら"))
    assert sakura.tags == ("絵手紙", "登山")
    assert sakura.first_seen == date(2024, 5, 1)
    assert shop.customers.get(card_named(shop, "中村 蓮")).reading == "なかむら れん"


def test_generic_preset_reads_english_headings_with_semicolons(shop: Shop) -> None:
    source = shop.importing.load(FIXTURES / "generic_semicolon.csv")
    assert shop.importing.preset_for(source) is PresetKind.GENERIC
    assert source.table is not None
    assert source.table.delimiter == ";"
    mapping = shop.importing.mapping_for(source, PresetKind.GENERIC)
    assert mapping[-1] is None  # "Loyalty Tier": not a card field
    shop.importing.run(shop.importing.plan(source, shop.importing.cards(source, mapping)))
    kimura = shop.customers.card(card_named(shop, "Kimura Takuya"))
    assert kimura.customer.reading == "きむら たくや"
    assert kimura.notes[0].body == "Likes jazz\nLoyalty Tier: Gold"


def test_unmapped_columns_are_dropped_when_the_owner_says_so(shop: Shop) -> None:
    source = shop.importing.load(FIXTURES / "generic_semicolon.csv")
    cards = shop.importing.cards(source, keep_unmapped=False)
    assert cards.cards[1].note == ""


def test_a_remapped_column_goes_where_the_owner_chose(shop: Shop) -> None:
    source = shop.importing.load(FIXTURES / "generic_semicolon.csv")
    mapping = list(shop.importing.mapping_for(source, PresetKind.GENERIC))
    mapping[-1] = CardField.TAGS
    cards = shop.importing.cards(source, mapping)
    assert cards.cards[0].fields.tags == ("Gold",)


def test_a_chosen_encoding_overrides_the_guess(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "euc.csv"
    path.write_bytes("氏名,よみがな\n渡辺 花子,わたなべ はなこ\n".encode("euc-jp"))
    source = shop.importing.load(path, encoding="euc-jp")
    assert source.encoding == "euc-jp"
    assert shop.importing.cards(source).cards[0].fields.name == "渡辺 花子"


# -- duplicates ------------------------------------------------------------------------


@pytest.fixture
def stored_tanaka(shop: Shop) -> int:
    return shop.customers.add(
        CustomerFields(name="田中 美咲", reading="たなか みさき", usual_order="カフェラテ")
    ).id


def test_duplicates_are_found_against_the_shop_by_name_phone_and_email(
    shop: Shop, stored_tanaka: int
) -> None:
    sato = shop.customers.add(CustomerFields(name="佐藤 健", phone="080-2222-3333")).id
    plan = shop.importing.prepare(FIXTURES / "square_customers.csv")
    dups = plan.duplicates
    assert (dups[2].customer_id, dups[2].basis) == (stored_tanaka, MatchBasis.NAME)
    assert (dups[3].customer_id, dups[3].basis) == (sato, MatchBasis.PHONE)


def test_skip_leaves_the_stored_card_alone(shop: Shop, stored_tanaka: int) -> None:
    plan = shop.importing.prepare(FIXTURES / "square_customers.csv")
    report = shop.importing.run(plan)
    assert any(s.line == 2 and "id" in s.reason_en for s in report.skipped)
    assert shop.customers.get(stored_tanaka).phone == ""
    assert shop.customers.count() == 1 + report.added


def test_merge_fills_empty_fields_keeps_what_the_owner_wrote_and_adds_history(
    shop: Shop, stored_tanaka: int
) -> None:
    plan = shop.importing.prepare(
        FIXTURES / "square_customers.csv", on_duplicate=DuplicateAction.MERGE
    )
    report = shop.importing.run(plan)
    assert report.merged == 2  # 田中 into the shop; line 7 into line 3's new card
    card = shop.customers.card(stored_tanaka)
    assert card.customer.usual_order == "カフェラテ"
    assert card.customer.phone == "090-1234-5678"
    assert card.customer.visit_count == 24
    sato = shop.customers.card(card_named(shop, "佐藤 健太"))
    assert sato.customer.visit_count == 6  # 5 from line 3, 1 from line 7
    assert "二回目の登録" in sato.notes[0].body


def test_importing_the_same_file_twice_with_merge_adds_nothing_twice(shop: Shop) -> None:
    for _ in range(2):
        shop.importing.run(
            shop.importing.prepare(
                FIXTURES / "square_customers.csv", on_duplicate=DuplicateAction.MERGE
            )
        )
    card = shop.customers.card(card_named(shop, "田中 美咲"))
    assert card.customer.visit_count == 24
    assert len(card.notes) == 1


def test_add_anyway_makes_a_second_card(shop: Shop, stored_tanaka: int) -> None:
    plan = shop.importing.prepare(FIXTURES / "square_customers.csv")
    plan = plan.with_action(2, DuplicateAction.ADD)
    shop.importing.run(plan)
    assert len([h for h in shop.customers.search("田中 美咲") if h.name == "田中 美咲"]) == 2


# -- the transaction, the backup, dry runs, cancel -----------------------------------------


def test_an_import_takes_a_verified_backup_first(shop: Shop) -> None:
    report = shop.importing.run(shop.importing.prepare(FIXTURES / "generic_semicolon.csv"))
    assert report.backup is not None
    assert report.backup.exists()
    assert [b.reason for b in shop.backups.list()] == ["import"]


def test_a_dry_run_reports_and_writes_nothing(shop: Shop) -> None:
    plan = shop.importing.prepare(FIXTURES / "square_customers.csv")
    report = shop.importing.dry_run(plan)
    assert (report.added, report.dry_run, report.visits) == (4, True, 42)
    assert shop.customers.count() == 0
    assert shop.backups.list() == []


def test_cancel_leaves_the_shop_as_it_was(shop: Shop, stored_tanaka: int) -> None:
    cancel = threading.Event()
    plan = shop.importing.prepare(FIXTURES / "square_customers.csv")

    def progress(done: int, total: int) -> None:
        cancel.set()

    with pytest.raises(ImportCancelledError):
        shop.importing.run(plan, progress=progress, cancel=cancel)
    assert shop.customers.count() == 1


def test_a_failure_midway_writes_nothing(shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    from kauntaa.storage.repositories import exchange

    real = exchange.add_many
    calls = []

    def failing(*args: object, **kwargs: object) -> list[int]:
        calls.append(1)
        real(*args, **kwargs)  # type: ignore[arg-type]
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(exchange, "add_many", failing)
    with pytest.raises(RuntimeError):
        shop.importing.run(shop.importing.prepare(FIXTURES / "square_customers.csv"))
    assert calls
    assert shop.customers.count() == 0


def test_square_format_forces_the_square_preset(shop: Shop) -> None:
    source = shop.importing.load(FIXTURES / "generic_semicolon.csv")
    assert shop.importing.preset_for(source, ImportFormat.SQUARE) is PresetKind.SQUARE


# -- malformed files ------------------------------------------------------------------------


def assert_refused(shop: Shop, path: Path, code: str, line: int | None) -> UserError:
    before = shop.customers.count()
    with pytest.raises(UserError) as caught:
        shop.importing.prepare(path)
    error = caught.value
    assert error.code == code
    assert getattr(error, "line", None) == line
    if line is not None:
        assert error.message.ja.startswith(f"{line}行目")
        assert error.message.en.startswith(f"Line {line}")
    assert shop.customers.count() == before
    return error


def test_a_broken_quote_names_the_line_it_opened_on(shop: Shop, stored_tanaka: int) -> None:
    assert_refused(shop, FIXTURES / "broken_quote.csv", "broken_csv", 3)


def test_a_truncated_vcard_names_the_contact_that_never_ends(
    shop: Shop, stored_tanaka: int
) -> None:
    assert_refused(shop, FIXTURES / "truncated.vcf", "truncated_vcard", 5)


def test_a_binary_file_is_refused(shop: Shop, tmp_path: Path) -> None:
    png = tmp_path / "photo.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    error = assert_refused(shop, png, "binary", 3)
    assert "CSV" in error.message.en


def test_an_empty_file_is_refused(shop: Shop, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert_refused(shop, empty, "empty", None)


def test_a_file_over_50_mb_is_refused_before_it_is_read(shop: Shop, tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as f:
        f.truncate(50 * 1024 * 1024 + 1)
    error = assert_refused(shop, big, "too_large", None)
    assert "50 MB" in error.message.en


def test_bytes_that_are_not_the_chosen_encoding_name_the_line(shop: Shop) -> None:
    with pytest.raises(UserError) as caught:
        shop.importing.load(FIXTURES / "japanese_sheet_cp932.csv", encoding="utf-8")
    assert caught.value.code == "bad_encoding"
    assert caught.value.message.en.startswith("Line 1:")


def test_a_file_with_only_headings_says_so(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "headings.csv"
    path.write_text("氏名,フリガナ\n", encoding="utf-8")
    assert_refused(shop, path, "no_rows", None)


def test_a_sheet_without_a_name_column_says_which_column_to_choose(
    shop: Shop, tmp_path: Path
) -> None:
    path = tmp_path / "nonames.csv"
    path.write_text("Phone,Email\n090-1,a@example.jp\n", encoding="utf-8")
    error = assert_refused(shop, path, "no_name_column", None)
    assert "Name" in error.message.en
