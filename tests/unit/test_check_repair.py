"""Check and repair: damage that quick_check misses is found, mended, and nothing is deleted.

A changed entry in an index (written into the index's page, so quick_check still
says "ok") is found by ``kauntaa check`` and mended by REINDEX; damage in a table
goes through the rebuild into a fresh file, with the old file moved aside byte for
byte. A backup that fails because the live file is damaged points at the repair.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from kauntaa.app import main
from kauntaa.domain.customers import CustomerFields
from kauntaa.errors import BackupError
from kauntaa.services.repair import check, repair
from kauntaa.services.shop import Shop
from kauntaa.storage.backup import list_backups, verify_file
from kauntaa.storage.database import SCHEMA_VERSION
from kauntaa.storage.engine import APPLICATION_ID
from kauntaa.storage.instance import InstanceLock

PAGE = 4096
MARKER = b"xqj"


def _make_shop(folder: Path) -> Path:
    shop = Shop.open(folder / "kauntaa.sqlite3", folder / "backups")
    for n in range(40):
        customer = shop.customers.add(CustomerFields(name=f"客 {n}", reading=f"きゃく {n}"))
        shop.activity.add_note(customer.id, f"{n} オーツミルクのラテ、砂糖なし。" * 12)
    shop.customers.add(CustomerFields(name="Mmm Xqj", reading="えむ"))
    shop.close()  # the closing checkpoint folds everything into the main file
    return folder / "kauntaa.sqlite3"


def _one(db: sqlite3.Connection, sql: str, *args: object) -> Any:
    return db.execute(sql, args).fetchone()[0]


def _quick_check(path: Path) -> str:
    with closing(sqlite3.connect(path)) as db:
        return str(_one(db, "PRAGMA quick_check"))


def _integrity(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as db:
        return [str(r[0]) for r in db.execute("PRAGMA integrity_check").fetchall()]


def _counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as db:
        return {t: int(_one(db, f"SELECT count(*) FROM {t}")) for t in ("customer", "note")}


def damage_index(path: Path) -> None:
    """Change one entry of ix_search_term_lookup in its page: the row says "xqj", the index "xqk"."""
    with closing(sqlite3.connect(path)) as db:
        root = int(
            _one(db, "SELECT rootpage FROM sqlite_master WHERE name = 'ix_search_term_lookup'")
        )
        pages = int(_one(db, "PRAGMA page_count"))
    data = bytearray(path.read_bytes())
    # The index is small, but it may have split: look in its root and the pages after it.
    for page in range(root, pages + 1):
        start = (page - 1) * PAGE
        if data[start] not in (0x0A, 0x02):  # an index b-tree page
            continue
        block = data[start : start + PAGE]
        at = block.find(MARKER)
        while at != -1:
            if block[at - 3 : at] != b"mmm":  # the term "xqj", not the whole name "mmmxqj"
                data[start + at + 2] = ord("k")
                path.write_bytes(bytes(data))
                return
            at = block.find(MARKER, at + 1)
    raise AssertionError("the index entry was not found")


def damage_note_table(path: Path) -> None:
    """Overwrite one leaf page of the note table with garbage: its rows cannot be read."""
    with closing(sqlite3.connect(path)) as db:
        root = int(_one(db, "SELECT rootpage FROM sqlite_master WHERE name = 'note'"))
        leaves = [
            int(r[0])
            for r in db.execute(
                "SELECT pageno FROM dbstat WHERE name = 'note' AND pagetype = 'leaf'"
            ).fetchall()
        ]
    assert len(leaves) > 3, "the note table should span several pages"
    page = sorted(p for p in leaves if p != root)[1]
    with path.open("r+b") as f:
        f.seek((page - 1) * PAGE + 8)
        f.write(bytes([0xFF]) * (PAGE - 8))


def add_unused_page(path: Path) -> None:
    """A page that belongs to nothing (the header's page count one too high): lossless to fix."""
    data = bytearray(path.read_bytes())
    pages = int.from_bytes(data[28:32], "big")
    data[28:32] = (pages + 1).to_bytes(4, "big")
    path.write_bytes(bytes(data) + bytes(PAGE))


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_quick_check_misses_the_changed_index_entry_and_check_finds_it(tmp_path: Path) -> None:
    path = _make_shop(tmp_path)
    damage_index(path)
    assert _quick_check(path) == "ok"
    assert _integrity(path) != ["ok"]

    result = check(path)

    assert not result.sound
    assert result.kind == "indexes"
    assert result.damaged_indexes == ("ix_search_term_lookup",)


def test_kauntaa_check_reports_it_and_repair_reindexes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _make_shop(tmp_path)
    damage_index(path)
    damaged = path.read_bytes()
    counts = _counts(path)

    code, out, err = run(capsys, tmp_path, "check")
    assert code == 1
    assert "Only indexes are damaged (ix_search_term_lookup)" in out
    assert "kauntaa check --repair" in err
    assert path.read_bytes() == damaged  # checking changes nothing

    code, out, err = run(capsys, tmp_path, "check", "--repair")
    assert code == 0, err
    assert "REINDEX" in out
    assert "The repaired data file verifies." in out
    assert _integrity(path) == ["ok"]
    assert _counts(path) == counts
    kept = sorted(tmp_path.glob("kauntaa-before-repair-*.sqlite3"))
    assert len(kept) == 1
    assert kept[0].read_bytes() == damaged  # the file as it was, never deleted
    assert kept[0].name in out
    # The shop has a verified backup again, and the search finds the mended name.
    assert [i.reason for i in list_backups(tmp_path / "backups")] == ["after-repair"]
    code, out, _ = run(capsys, tmp_path, "search", "xqj")
    assert code == 0
    assert "Mmm Xqj" in out
    assert run(capsys, tmp_path, "check")[0] == 0


def test_check_json_names_the_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _make_shop(tmp_path)
    damage_index(path)
    code, out, _ = run(capsys, tmp_path, "--json", "check")
    report = json.loads(out)
    assert code == 1
    assert report["sound"] is False
    assert report["kind"] == "indexes"
    assert report["damaged_indexes"] == ["ix_search_term_lookup"]
    assert any("ix_search_term_lookup" in p for p in report["problems"])


def test_repair_json_says_what_was_done(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _make_shop(tmp_path)
    damage_note_table(path)
    code, out, _ = run(capsys, tmp_path, "--json", "check", "--repair")
    report = json.loads(out)
    assert code == 0
    assert report["method"] == "rebuild"
    assert report["repaired"] is True
    assert report["after"]["sound"] is True
    assert [loss["table"] for loss in report["losses"]] == ["note"]
    assert report["losses"][0]["lost"] > 0
    assert Path(report["kept_as"][0]).is_file()
    assert report["backup"]["reason"] == "after-repair"
    # The notes that were kept are found by their words again (the full-text index came too).
    code, out, _ = run(capsys, tmp_path, "search", "オーツミルク")
    assert code == 0
    assert "客" in out


def test_a_sound_file_is_left_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _make_shop(tmp_path)
    before = path.read_bytes()
    code, out, _ = run(capsys, tmp_path, "check", "--repair")
    assert code == 0
    assert "sound" in out
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("kauntaa-before-repair-*"))


def test_a_damaged_table_is_rebuilt_into_a_fresh_file_and_the_old_one_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _make_shop(tmp_path)
    counts = _counts(path)
    damage_note_table(path)
    damaged = path.read_bytes()

    code, out, err = run(capsys, tmp_path, "check", "--repair")

    assert code == 0, err
    assert "copied into a fresh file" in out
    assert "note:" in out
    assert "could not be read" in out
    assert _integrity(path) == ["ok"]
    with closing(sqlite3.connect(path)) as db:
        assert _one(db, "PRAGMA application_id") == APPLICATION_ID
        assert _one(db, "PRAGMA user_version") == SCHEMA_VERSION
        assert _one(db, "PRAGMA journal_mode") == "wal"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    after = _counts(path)
    assert after["customer"] == counts["customer"]
    assert 0 < after["note"] < counts["note"]  # what was on the damaged page is gone …
    kept = sorted(tmp_path.glob("kauntaa-before-repair-*.sqlite3"))
    assert [p.read_bytes() for p in kept] == [damaged]  # … but kept in the old file
    verify_file(path)
    # The shop opens and works on the rebuilt file.
    shop = Shop.open(path, tmp_path / "backups")
    assert shop.customers.search("xqj")[0].name == "Mmm Xqj"
    shop.close()


def test_an_unused_page_is_rebuilt_without_losing_a_row(tmp_path: Path) -> None:
    path = _make_shop(tmp_path)
    counts = _counts(path)
    add_unused_page(path)
    assert check(path).kind == "tables"

    outcome = repair(path, tmp_path / "backups")

    assert outcome.repair.method == "rebuild"
    assert outcome.repair.repaired
    assert outcome.repair.losses == ()
    assert _counts(path) == counts
    assert outcome.backup is not None


def test_repair_refuses_while_a_window_is_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _make_shop(tmp_path)
    damage_index(path)
    damaged = path.read_bytes()
    window = InstanceLock(tmp_path)
    assert window.acquire()
    try:
        code, _, err = run(capsys, tmp_path, "check", "--repair")
    finally:
        window.release()
    assert code == 2
    assert "open in a window" in err
    assert path.read_bytes() == damaged


def test_a_backup_of_a_damaged_file_points_at_check_and_repair(tmp_path: Path) -> None:
    path = _make_shop(tmp_path)
    damage_index(path)
    shop = Shop.open(path, tmp_path / "backups")  # quick_check passes: the shop opens
    try:
        with pytest.raises(BackupError) as failed:
            shop.backups.backup_now()
    finally:
        shop.close()
    assert "Check and repair" in failed.value.text("en")
    assert "kauntaa check --repair" in failed.value.text("en")
    assert "確認と修復" in failed.value.text("ja")
    assert not list((tmp_path / "backups").glob(".*tmp"))
