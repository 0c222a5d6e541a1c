"""Exported vCards as address books read them: khard (a second vCard parser) and Kauntaa.

khard refuses a card without a UID, and shows which part of N is the family
name, so it checks what vobject (Kauntaa's own reader) would let pass.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from dataclasses import fields as dataclass_fields
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kauntaa.domain.customers import Customer, CustomerFields
from kauntaa.domain.exchange import split_name, valid_uid
from kauntaa.services.importing import GUESSED_READING
from kauntaa.services.shop import Shop
from tests.conftest import FixedClock

KHARD = Path(sys.executable).with_name("khard")

LONG_NOTE = (
    "毎週土曜の朝に来店。オーツミルクのラテを二杯、ひとつは持ち帰り。"
    "写真展の案内を喜ぶので、次の展示が決まったら必ず声をかけること。𠮷野家の話が好き。"
)

PEOPLE = [
    CustomerFields(
        name="田中 美咲",
        reading="たなか みさき",
        call_name="みさきさん",
        usual_order="オーツミルクのラテ",
        occupation="フォトグラファー",
        offers="写真の撮り方を教えられる\n" + LONG_NOTE,
        looking_for="展示の場所",
        tags=("写真", "常連"),
        phone="090-1234-5678",
        email="misaki@example.jp",
        address="東京都渋谷区神宮前1-2-3",
        birthday=date(1990, 5, 12),
        newsletter_consent=True,
        contact_consent=True,
        introduction_consent=True,
    ),
    CustomerFields(
        name="John Smith",
        reading="じょん すみす",
        usual_order="Flat white, no sugar",
        offers="Fixes bicycles; " + "knows every road between here and the coast. " * 3,
        phone="+44 20 7946 0000",
        email="john.smith@example.com",
        contact_consent=True,
        do_not_introduce=True,
    ),
    CustomerFields(
        name="Mary Ann Smith",
        reading="めあり あん すみす",
        looking_for="A Japanese tutor",
        phone="080-1111-2222",
        email="mary@example.com",
        newsletter_consent=True,
    ),
    CustomerFields(name="Emma 佐藤", reading="えま さとう", phone="070-3333-4444"),
    CustomerFields(name="髙木 真澄", reading="たかぎ ますみ", email="masumi@example.jp"),
]

#: Fields a card brings; the rest (id, visits, timestamps, photo) belong to the shop.
NOT_CARRIED = {
    "id",
    "has_photo",
    "first_seen",
    "archived_at",
    "visit_count",
    "last_visit_at",
    "rhythm_days",
    "created_at",
    "updated_at",
}


def _fill(shop: Shop) -> list[Customer]:
    return [shop.customers.add(f) for f in PEOPLE]


def _export(shop: Shop, tmp_path: Path) -> Path:
    target = tmp_path / "regulars.vcf"
    shop.exporting.export(target)
    return target


def _khard(tmp_path: Path, export: Path, *args: str) -> str:
    """Run khard on the export as a vdir (one card per file), with its own config and home."""
    assert KHARD.exists(), "khard is in the test extra: pip install -e '.[test]'"
    book = tmp_path / "book"
    book.mkdir(exist_ok=True)
    text = export.read_bytes().decode("utf-8")
    for i, card in enumerate(re.findall(r"BEGIN:VCARD\r\n.*?END:VCARD\r\n", text, re.S)):
        (book / f"{i}.vcf").write_text(card, encoding="utf-8", newline="")
    config = tmp_path / "khard.conf"
    config.write_text(
        f"[addressbooks]\n[[shop]]\npath = {book}\n\n"
        "[general]\ndefault_action = list\neditor = /bin/false\nmerge_editor = /bin/false\n\n"
        "[vcard]\npreferred_version = 3.0\nskip_unparsable = no\n",
        encoding="utf-8",
    )
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "LANG": "C.UTF-8",
    }
    done = subprocess.run(
        [str(KHARD), "-c", str(config), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_khard_reads_every_card_with_its_uid_and_names_in_the_right_order(
    shop: Shop, tmp_path: Path
) -> None:
    stored = _fill(shop)
    export = _export(shop, tmp_path)
    listing = _khard(
        tmp_path, export, "list", "--parsable", "-F", "uid,first_name,last_name,phone,email"
    )
    rows = {r.split("\t")[0]: r.split("\t")[1:] for r in listing.splitlines() if r}
    assert set(rows) == {c.uid for c in stored}  # none refused for a missing UID
    by_uid = {c.uid: c for c in stored}
    expected_names = {
        "田中 美咲": ("美咲", "田中"),
        "John Smith": ("John", "Smith"),
        "Mary Ann Smith": ("Mary Ann", "Smith"),
        "Emma 佐藤": ("佐藤", "Emma"),
        "髙木 真澄": ("真澄", "髙木"),
    }
    for uid, (first, last, phone, email) in rows.items():
        customer = by_uid[uid]
        assert (first, last) == expected_names[customer.name]
        assert phone.split(": ", 1)[-1] == customer.phone
        assert email.split(": ", 1)[-1] == customer.email


def test_khard_shows_a_western_name_given_name_first(shop: Shop, tmp_path: Path) -> None:
    smith = shop.customers.add(CustomerFields(name="John Smith"))
    export = _export(shop, tmp_path)
    assert "\r\nN:Smith;John;;;\r\n" in export.read_bytes().decode("utf-8")
    shown = _khard(tmp_path, export, "show", "--format", "yaml", f"uid:{smith.uid}")
    assert re.search(r"^First name: John$", shown, re.M)
    assert re.search(r"^Last name: Smith$", shown, re.M)
    assert re.search(r"^Formatted name: John Smith$", shown, re.M)


def test_khard_keeps_kauntaas_own_fields_readable(shop: Shop, tmp_path: Path) -> None:
    tanaka = shop.customers.add(PEOPLE[0])
    export = _export(shop, tmp_path)
    raw = _khard(tmp_path, export, "show", "--format", "vcard", f"uid:{tanaka.uid}")
    unfolded = re.sub(r"\r?\n[ \t]", "", raw)
    assert "X-KAUNTAA-USUAL-ORDER:オーツミルクのラテ" in unfolded
    assert "X-KAUNTAA-NEWSLETTER-CONSENT:agreed 2026-11-20T12:00:00" in unfolded


def test_lines_are_folded_at_75_octets_without_splitting_a_character(
    shop: Shop, tmp_path: Path
) -> None:
    _fill(shop)
    data = _export(shop, tmp_path).read_bytes()
    physical = data.split(b"\r\n")
    assert physical[-1] == b""  # every line ends with CRLF
    assert max(len(line) for line in physical) <= 75
    continued = [line for line in physical if line.startswith(b" ")]
    assert len(continued) >= 5
    for line in physical:
        line.decode("utf-8")  # each physical line is whole UTF-8: no character split
    unfolded = data.decode("utf-8").replace("\r\n ", "")
    assert "\\n".join(PEOPLE[0].offers.split("\n")) in unfolded
    assert "𠮷野家" in unfolded


def test_export_then_import_into_an_empty_shop_keeps_every_field(
    shop: Shop, tmp_path: Path, clock: FixedClock
) -> None:
    stored = _fill(shop)
    shop.customers.update(stored[2].id, replace_fields(stored[2], newsletter_consent=False))
    clock.now += timedelta(days=3)
    stored = [shop.customers.get(c.id) for c in stored]
    export = _export(shop, tmp_path)

    clock.now += timedelta(days=30)
    other = Shop.open(tmp_path / "other" / "kauntaa.sqlite3", tmp_path / "other-b", clock=clock)
    try:
        report = other.importing.run(other.importing.prepare(export))
        assert report.added == len(PEOPLE)
        assert report.warnings == ()
        by_uid = {c.uid: c for c in (other.customers.get(i) for i in range(1, 6))}
        for before in stored:
            after = by_uid[before.uid]
            for f in dataclass_fields(Customer):
                if f.name not in NOT_CARRIED:
                    assert getattr(after, f.name) == getattr(before, f.name), (before.name, f.name)
            # Usual order, offers and looking for are fields again, not a note.
            assert other.customers.card(after.id).notes == ()
    finally:
        other.close()
    # Declined answers keep their dates too: the newsletter was withdrawn on day 0.
    assert stored[2].newsletter_consent is False
    assert stored[2].newsletter_consent_at == datetime(2026, 11, 20, 12, 0)


def test_importing_the_export_again_matches_by_uid_even_after_a_rename(
    shop: Shop, tmp_path: Path
) -> None:
    [misaki, *_] = _fill(shop)
    export = _export(shop, tmp_path)
    renamed = replace_fields(misaki, name="山本 美咲", phone="", email="")
    shop.customers.update(misaki.id, renamed)
    plan = shop.importing.prepare(export)
    assert {d.basis.value for d in plan.duplicates.values()} == {"uid"}
    assert plan.duplicates[1].customer_id == misaki.id
    report = shop.importing.run(plan)
    assert (report.added, len(report.skipped)) == (0, len(PEOPLE))


def test_two_customers_with_one_name_stay_two_by_their_uids(shop: Shop, tmp_path: Path) -> None:
    first = shop.customers.add(CustomerFields(name="清水 春香", reading="しみず はるか"))
    second = shop.customers.add(
        CustomerFields(name="清水 春香", reading="しみず はるか"), allow_duplicate=True
    )
    export = _export(shop, tmp_path)
    other = Shop.open(tmp_path / "other" / "kauntaa.sqlite3", tmp_path / "other-b")
    try:
        report = other.importing.run(other.importing.prepare(export))
        assert (report.added, report.skipped) == (2, ())
        assert {other.customers.get(i).uid for i in (1, 2)} == {first.uid, second.uid}
        # Without UIDs (a phone's export), the same name and reading is still a duplicate.
        bare = tmp_path / "bare.vcf"
        bare.write_text(
            _card(
                "FN:清水 春香",
                "N:清水;春香;;;",
                "X-PHONETIC-LAST-NAME:しみず",
                "X-PHONETIC-FIRST-NAME:はるか",
            ),
            encoding="utf-8",
        )
        assert other.importing.prepare(bare).duplicates[1].basis.value == "name"
    finally:
        other.close()


def replace_fields(customer: Customer, **changes: object) -> CustomerFields:
    fields = customer.fields()
    values = {f.name: getattr(fields, f.name) for f in dataclass_fields(CustomerFields)}
    return CustomerFields(**(values | changes))


def _card(*lines: str) -> str:
    return "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD", ""])


def test_a_khard_card_takes_its_name_order_from_n_and_says_the_reading_was_guessed(
    shop: Shop, tmp_path: Path
) -> None:
    uid = str(uuid.uuid4())
    path = tmp_path / "khard.vcf"
    path.write_text(
        _card(f"UID:{uid}", "FN:真澄 髙木", "N:髙木;真澄;;;", "TEL:090-9999-0000")
        + _card("UID:not-a-uuid", "FN:Smith John", "N:Smith;John;;;")
        + _card("FN:Dr. Ada Lovelace", "N:Lovelace;;;;"),
        encoding="utf-8",
    )
    report = shop.importing.run(shop.importing.prepare(path))
    assert report.added == 3
    masumi, john = shop.customers.get(1), shop.customers.get(2)
    assert shop.customers.get(3).name == "Dr. Ada Lovelace"  # N has no given name: FN stays
    assert masumi.name == "髙木 真澄"
    assert masumi.uid == uid  # a valid, free UID is kept
    assert john.name == "John Smith"
    assert john.uid != "not-a-uuid"
    assert valid_uid(john.uid) == john.uid
    assert masumi.reading
    assert f"1: {GUESSED_READING}: {masumi.reading}" in report.warnings
    assert masumi.reading.startswith("たか")


def test_a_card_with_a_phonetic_name_has_no_guessed_reading(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "phone.vcf"
    path.write_text(
        _card("FN:髙木 真澄", "N:髙木;真澄;;;", "X-PHONETIC-LAST-NAME:タカキ"), encoding="utf-8"
    )
    report = shop.importing.run(shop.importing.prepare(path))
    assert report.warnings == ()
    assert shop.customers.get(1).reading == "たかき"


@pytest.mark.parametrize(
    ("name", "family", "given"),
    [
        ("John Smith", "Smith", "John"),
        ("Mary Ann Smith", "Smith", "Mary Ann"),
        ("田中 美咲", "田中", "美咲"),
        ("田中　美咲", "田中", "美咲"),
        ("Emma 佐藤", "Emma", "佐藤"),
        ("田中美咲", "田中美咲", ""),
        ("Cher", "Cher", ""),
    ],
)
def test_names_split_by_script_and_order(name: str, family: str, given: str) -> None:
    assert split_name(name) == (family, given)
