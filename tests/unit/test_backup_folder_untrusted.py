"""The backup folder is untrusted: a manifest put there by someone else deletes nothing.

A USB stick or a synced folder can be written by others. A manifest that names
anything but its own backup beside it must be reported, never listed, never
restored from and never pruned through.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kauntaa.app import main
from kauntaa.services.shop import Shop
from kauntaa.storage.backup import (
    backup_name,
    is_backup_name,
    list_backups,
    make_backup,
    scan_backups,
)

HOSTILE_STEM = "kauntaa-20200101-000000-000000-manual"
#: Spread over more weeks than the retention keeps, so the next backup prunes.
OLD_BACKUPS = 14


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "shop"
    assert main(["--data-dir", str(folder), "add", "田中"]) == 0
    database = folder / "kauntaa.sqlite3"
    start = datetime(2026, 6, 1, 10)
    for n in range(OLD_BACKUPS):
        make_backup(database, folder / "backups", now=start + timedelta(weeks=n), reason="auto")
    capsys.readouterr()
    return folder


def _manifest(folder: Path, file: object, *, stem: str = HOSTILE_STEM) -> Path:
    manifest = folder / f"{stem}.json"
    manifest.write_text(
        json.dumps(
            {
                "file": file,
                "created_at": "2020-01-01T00:00:00.000000",
                "reason": "manual",
                "row_counts": {"customer": 1},
                "size_bytes": 1,
            }
        ),
        encoding="utf-8",
    )
    return manifest


# Each case plants a manifest and returns the file it points at, which must survive.
def _parent(data: Path) -> tuple[Path, Path]:
    return _manifest(data / "backups", "../kauntaa.sqlite3"), data / "kauntaa.sqlite3"


def _parent_windows(data: Path) -> tuple[Path, Path]:
    return _manifest(data / "backups", "..\\kauntaa.sqlite3"), data / "kauntaa.sqlite3"


def _absolute(data: Path) -> tuple[Path, Path]:
    live = data / "kauntaa.sqlite3"
    return _manifest(data / "backups", str(live.resolve())), live


def _not_our_name(data: Path) -> tuple[Path, Path]:
    stranger = data / "backups" / "accounts.sqlite3"
    stranger.write_bytes(b"the shop's accounts")
    return _manifest(data / "backups", stranger.name), stranger


def _symlink(data: Path) -> tuple[Path, Path]:
    live = data / "kauntaa.sqlite3"
    (data / "backups" / f"{HOSTILE_STEM}.sqlite3").symlink_to(live)
    return _manifest(data / "backups", f"{HOSTILE_STEM}.sqlite3"), live


def _subfolder(data: Path) -> tuple[Path, Path]:
    sub = data / "backups" / "sub"
    sub.mkdir()
    target = sub / f"{HOSTILE_STEM}.sqlite3"
    target.write_bytes((data / "kauntaa.sqlite3").read_bytes())
    return _manifest(data / "backups", f"sub/{HOSTILE_STEM}.sqlite3"), target


def _not_a_string(data: Path) -> tuple[Path, Path]:
    return _manifest(data / "backups", ["..", "kauntaa.sqlite3"]), data / "kauntaa.sqlite3"


def _another_backup(data: Path) -> tuple[Path, Path]:
    # The newest real backup, which the retention keeps: claimed as a 2020 one, it would go.
    real = list_backups(data / "backups")[0].path
    return _manifest(data / "backups", real.name), real


def _itself(data: Path) -> tuple[Path, Path]:
    manifest = _manifest(data / "backups", f"{HOSTILE_STEM}.json")
    return manifest, manifest


HOSTILE: dict[str, Callable[[Path], tuple[Path, Path]]] = {
    "parent": _parent,
    "parent-backslash": _parent_windows,
    "absolute": _absolute,
    "not-our-name": _not_our_name,
    "symlink-to-database": _symlink,
    "subfolder": _subfolder,
    "not-a-string": _not_a_string,
    "another-backups-file": _another_backup,
    "the-manifest-itself": _itself,
}
hostile = pytest.mark.parametrize("plant", HOSTILE.values(), ids=HOSTILE.keys())


def _customers(database: Path) -> int:
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
        return int(connection.execute("SELECT count(*) FROM customer").fetchone()[0])


@hostile
def test_kauntaa_backup_prunes_nothing_through_a_hostile_manifest(
    data: Path, capsys: pytest.CaptureFixture[str], plant: Callable[[Path], tuple[Path, Path]]
) -> None:
    manifest, target = plant(data)
    live = data / "kauntaa.sqlite3"
    live_bytes, target_bytes = live.read_bytes(), target.read_bytes()
    before = {i.path for i in list_backups(data / "backups")}

    assert main(["--data-dir", str(data), "--lang", "en", "backup"]) == 0
    err = capsys.readouterr().err

    assert manifest.name in err
    assert "Nothing was opened or deleted" in err
    assert live.read_bytes() == live_bytes
    assert target.read_bytes() == target_bytes
    assert manifest.exists()
    after = {i.path for i in list_backups(data / "backups")}
    assert before - after, "the retention pruned old backups, so the test would have caught it"


@hostile
def test_backup_now_prunes_nothing_through_a_hostile_manifest(
    data: Path, plant: Callable[[Path], tuple[Path, Path]]
) -> None:
    manifest, target = plant(data)
    live_bytes, target_bytes = (data / "kauntaa.sqlite3").read_bytes(), target.read_bytes()
    shop = Shop.open(data / "kauntaa.sqlite3", data / "backups")
    try:
        before = len(shop.backups.list())
        info = shop.backups.backup_now(reason="manual")
        scan = shop.backups.scan()
    finally:
        shop.close()

    assert [i.manifest for i in scan.ignored] == [manifest]
    assert info.path in {i.path for i in scan.backups}
    assert len(scan.backups) < before + 1  # pruned
    assert target.read_bytes() == target_bytes
    assert (data / "kauntaa.sqlite3").read_bytes() == live_bytes
    assert _customers(data / "kauntaa.sqlite3") == 1


@hostile
def test_kauntaa_backups_does_not_list_it_and_restore_cannot_pick_it(
    data: Path, capsys: pytest.CaptureFixture[str], plant: Callable[[Path], tuple[Path, Path]]
) -> None:
    manifest, _target = plant(data)
    live_bytes = (data / "kauntaa.sqlite3").read_bytes()
    genuine = len(list_backups(data / "backups"))

    assert main(["--data-dir", str(data), "--lang", "ja", "backups"]) == 0
    out, err = capsys.readouterr()
    assert manifest.name in err
    assert "無視しました" in err
    assert "2020-01-01" not in out
    assert len(out.splitlines()) == genuine

    assert main(["--data-dir", str(data), "--json", "backups"]) == 0
    listed = {Path(b["path"]).name for b in json.loads(capsys.readouterr().out)}
    assert f"{HOSTILE_STEM}.sqlite3" not in listed
    assert len(listed) == genuine

    # The numbers `kauntaa backups` shows are the only numbers restore accepts.
    code = main(["--data-dir", str(data), "restore", str(genuine + 1), "--yes"])
    assert code == 2
    assert "No backup" in capsys.readouterr().err
    assert (data / "kauntaa.sqlite3").read_bytes() == live_bytes


def test_a_valid_manifest_still_counts_and_an_orphan_is_not_a_warning(data: Path) -> None:
    folder = data / "backups"
    scan = scan_backups(folder)
    assert len(scan.backups) == OLD_BACKUPS
    assert scan.ignored == []
    # A backup removed by hand leaves its manifest: nothing to list, nothing hostile.
    scan.backups[-1].path.unlink()
    scan = scan_backups(folder)
    assert len(scan.backups) == OLD_BACKUPS - 1
    assert scan.ignored == []


def test_one_naming_rule_for_writing_and_reading() -> None:
    now = datetime(2026, 11, 20, 9, 30, 1, 123456)
    for reason in ("manual", "auto", "exit", "before-restore", "before-migration-v1", "offsite"):
        assert is_backup_name(backup_name(now, reason))
        assert is_backup_name(backup_name(now, reason, 3))
    # The copy opened from an encrypted file has no microseconds.
    assert is_backup_name("kauntaa-20261120-093001-offsite.sqlite3")
    for name in (
        "../kauntaa-20261120-093001-123456-manual.sqlite3",
        "sub/kauntaa-20261120-093001-123456-manual.sqlite3",
        "/tmp/kauntaa-20261120-093001-123456-manual.sqlite3",
        "kauntaa-20261120-093001-123456-manual.sqlite3/",
        "kauntaa-20261120-093001-123456-manual.json",
        "kauntaa.sqlite3",
        "kauntaa-20261120-093001-123456-Manual.sqlite3",
        "kauntaa-20261120-093001-123456-manual.sqlite3\n",
    ):
        assert not is_backup_name(name), name
    with pytest.raises(ValueError, match="reason"):
        backup_name(now, "../evil")


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_a_manifest_that_is_itself_a_symlink_is_ignored(data: Path) -> None:
    folder = data / "backups"
    real = list_backups(folder)[0]
    elsewhere = data / "elsewhere.json"
    elsewhere.write_text(real.path.with_suffix(".json").read_text(encoding="utf-8"))
    link = folder / f"{HOSTILE_STEM}.json"
    link.symlink_to(elsewhere)
    scan = scan_backups(folder)
    assert [i.manifest for i in scan.ignored] == [link]
    assert len(scan.backups) == OLD_BACKUPS
