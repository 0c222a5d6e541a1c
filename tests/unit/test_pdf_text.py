"""The end-of-day PDF's text is the names that are printed: searched, copied or read aloud.

Qt's PDF writer gave common kanji the code points of Kangxi radicals (田 came
out as ⽥) and 𠮷 no text at all; ``kauntaa.reports.pdf_text`` rewrites the
maps. These tests read the PDF back with pdftotext (poppler-utils), as a
person's PDF viewer would.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kauntaa.domain.customers import CustomerFields
from kauntaa.reports.cmaps import fold_to_drawn, parse_to_unicode, write_to_unicode
from kauntaa.services.shop import Shop

#: Names and readings across the classes that went wrong: kanji Qt mapped to
#: radicals (田 木 子 竹 大 一 山 日 月 人), variants (髙 﨑 𠮷, the last beyond
#: the BMP), kana, Latin, and an emoji (DejaVu Sans draws 😀; an emoji no installed
#: font has is printed as an empty box, and no text map can tell such boxes apart).
PEOPLE = (
    ("田中 木子", "たなか きこ"),
    ("竹内 大一", "たけうち だいいち"),
    ("髙橋 一郎", "たかはし いちろう"),
    ("山﨑 日月", "やまざき ひづき"),
    ("𠮷田 人子", "よしだ ひとこ"),
    ("カタカナ タロウ", "かたかな たろう"),
    ("ひらがな はなこ", "ひらがな はなこ"),
    ("John Smith", "じょん すみす"),
    ("Zoë 😀 Park", "ぞえ ぱーく"),
)
NOTE = "木曜日はいつもの竹の器で ☕"
HEADINGS_JA = ("今日のまとめ", "グラフ", "時間帯ごとの来店", "この日のメモ", "来てくれた人（9人）")
RADICALS = re.compile("[\u2e80-\u2fdf\u31c0-\u31ef]")
COMPATIBILITY = re.compile("[\uf900-\ufaff\U0002f800-\U0002fa1f]")


def pdf_text(path: Path, *options: str) -> str:
    tool = shutil.which("pdftotext")
    assert tool is not None, "pdftotext (poppler-utils) reads the PDF back: install it"
    done = subprocess.run([tool, *options, str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def write_pdf(data_dir: Path, target: Path, language: str) -> None:
    # The PDF loads Qt's painter: in a process of its own, as the command line runs it.
    command = ["summary", "--date", "2026-11-20", "--pdf", str(target)]
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kauntaa",
            "--data-dir",
            str(data_dir),
            "--lang",
            language,
            *command,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr


@pytest.fixture
def stored(shop: Shop, data_dir: Path) -> list[str]:
    """The day's visitors; returns their names as the database holds them."""
    names = []
    for i, (name, reading) in enumerate(PEOPLE):
        customer = shop.customers.add(CustomerFields(name=name, reading=reading))
        shop.activity.record_visit(customer.id, at=datetime(2026, 11, 20, 9) + timedelta(minutes=i))
        names.append(shop.customers.get(customer.id).name)
    shop.activity.add_note(customer.id, NOTE)
    return names


@pytest.mark.parametrize("language", ["ja", "en"])
def test_every_name_comes_out_of_the_pdf_as_stored(
    stored: list[str], data_dir: Path, tmp_path: Path, language: str
) -> None:
    target = tmp_path / f"day-{language}.pdf"
    write_pdf(data_dir, target, language)

    for options in ((), ("-layout",)):
        text = pdf_text(target, *options)
        lines = text.splitlines()
        for name in stored:
            assert any(name in line for line in lines), (name, options)
        assert NOTE in text
        if language == "ja":
            for heading in HEADINGS_JA:
                assert heading in text
            assert "2026年11月20日（金）" in text
        else:
            assert "The day, by name" in text
        # Nothing the data did not hold: no radicals, no compatibility ideographs but 﨑.
        data = "".join(stored) + NOTE
        assert set(RADICALS.findall(text)) <= set(data)
        assert set(COMPATIBILITY.findall(text)) <= set(data)
        assert "\ufffd" not in text


def test_the_fonts_are_embedded_as_subsets(
    stored: list[str], data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "day.pdf"
    write_pdf(data_dir, target, "ja")

    tool = shutil.which("pdffonts")
    assert tool is not None, "pdffonts (poppler-utils) lists the PDF's fonts"
    rows = subprocess.run([tool, str(target)], capture_output=True, text=True, check=True)
    fonts = rows.stdout.splitlines()[2:]
    assert any("NotoSansCJK" in row or "CJK" in row for row in fonts)
    for row in fonts:
        name, *_, emb, sub, uni, _obj, _gen = row.split()
        assert re.match(r"[A-Z]{6}\+", name), row
        assert (emb, sub, uni) == ("yes", "yes", "yes"), row
    # Subsets: the whole Japanese font alone is about 16 MB.
    assert target.stat().st_size < 200_000


def test_a_to_unicode_map_round_trips_beyond_the_bmp() -> None:
    mapping = {1: "田", 2: "\U00020bb7", 3: "😀", 4: "ﬁ"}

    written = write_to_unicode(mapping).decode("ascii")

    assert "<0002> <D842DFB7>" in written  # UTF-16BE surrogates, as the format asks
    assert parse_to_unicode(written) == mapping


def test_qt_style_ranges_are_read_as_qt_writes_them() -> None:
    cmap = (
        "2 beginbfrange\n<0001> <0003> [<2F65> <4E2D> <2F4A> ]\n"
        "<0010> <0012> <0041>\nendbfrange\n1 beginbfchar\n<0020> <D842DFB7>\nendbfchar\n"
    )

    assert parse_to_unicode(cmap) == {
        1: "\u2f65",
        2: "中",
        3: "\u2f4a",
        16: "A",
        17: "B",
        18: "C",
        32: "\U00020bb7",
    }


def test_without_the_font_radicals_fold_into_the_characters_drawn() -> None:
    qt_map = {1: "\u2f65", 2: "\u2f4a", 3: "\ufb01", 4: "\u2f75", 5: "\uff71"}

    folded = fold_to_drawn(qt_map, "田中 木子 office ⽵ ｱ")

    # ⽵ and ｱ were drawn as such, so they stay.
    assert folded == {1: "田", 2: "木", 3: "fi", 4: "\u2f75", 5: "\uff71"}
