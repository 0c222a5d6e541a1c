"""Verified backups, their retention, restore (drill included) and the encrypted copy to take home."""

from __future__ import annotations

import errno
import json
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kauntaa.app import main
from kauntaa.domain.customers import CustomerFields
from kauntaa.errors import BackupError, UserError
from kauntaa.paths import Paths
from kauntaa.services.backups import backup_folder, location_warning, restore, restore_encrypted
from kauntaa.services.shop import Shop
from kauntaa.settings import Settings, save_settings
from kauntaa.storage import backup as backup_module
from kauntaa.storage.backup import (
    BackupInfo,
    backups_to_keep,
    list_backups,
    make_backup,
    prune_backups,
    row_counts,
)
from kauntaa.storage.folder_lock import LOCK_FILENAME
from kauntaa.storage.instance import InstanceLock
from kauntaa.storage.location import network_mount, synced_folder
from kauntaa.storage.offsite import decrypt_backup, encrypt_backup
from tests.conftest import FixedClock

PASSPHRASE = "たなかさんの写真展 2026"
FAST = 10  # scrypt cost for tests; the real default is 17


def _counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as connection:
        return row_counts(connection)


def _add(shop: Shop, name: str) -> int:
    return shop.customers.add(CustomerFields(name=name, reading="てすと")).id


# Retention ------------------------------------------------------------------


def _info(at: datetime) -> BackupInfo:
    return BackupInfo(Path(f"/b/{at:%Y%m%d%H%M}"), at, "auto", {}, 0)


def test_retention_keeps_10_recent_14_daily_and_8_weekly() -> None:
    start = datetime(2026, 1, 1, 9)
    # Four backups a day for 120 days.
    infos = [_info(start + timedelta(days=d, hours=h)) for d in range(120) for h in (0, 3, 6, 9)]
    kept = backups_to_keep(infos)
    newest_first = sorted(infos, key=lambda i: i.created_at, reverse=True)
    assert {i.path for i in newest_first[:10]} <= kept
    days = {i.created_at.date() for i in infos if i.path in kept}
    assert len(days) >= 14
    weeks = {i.created_at.isocalendar()[:2] for i in infos if i.path in kept}
    assert len(weeks) == 8
    # Each kept day is represented by its newest backup; nothing older than 8 weeks is kept.
    oldest = min(i.created_at for i in infos if i.path in kept)
    assert oldest > newest_first[0].created_at - timedelta(weeks=9)
    assert len(kept) <= 10 + 14 + 8


def test_pruning_happens_only_after_a_new_backup_verified(shop: Shop) -> None:
    _add(shop, "田中")
    folder = shop.backup_dir
    start = datetime(2026, 9, 1, 10)
    for n in range(40):
        make_backup(shop.database.path, folder, now=start + timedelta(days=n), reason="auto")
    assert len(list_backups(folder)) == 40

    # A backup that fails to verify removes nothing.
    folder_files = sorted(folder.iterdir())
    with pytest.raises(BackupError):
        make_backup(folder / "missing.sqlite3", folder)
    assert sorted(folder.iterdir()) == folder_files

    info = shop.backups.backup_now(reason="manual")
    left = list_backups(folder)
    assert info.path in {i.path for i in left}
    assert len(left) == len(backups_to_keep(left))
    assert len(left) < 41
    # Every pruned backup went with its manifest: no orphan files left behind.
    names = {p.name for p in folder.iterdir()} - {LOCK_FILENAME}
    assert names == {i.path.name for i in left} | {i.path.with_suffix(".json").name for i in left}


def test_prune_leaves_files_that_are_not_kauntaa_backups(shop: Shop) -> None:
    folder = shop.backup_dir
    folder.mkdir(parents=True, exist_ok=True)
    stranger = folder / "my-notes.txt"
    stranger.write_text("keep me", encoding="utf-8")
    for n in range(15):
        make_backup(shop.database.path, folder, now=datetime(2026, 1, 1) + timedelta(minutes=n))
    info = shop.backups.backup_now()
    prune_backups(folder, verified=info)
    assert stranger.read_text(encoding="utf-8") == "keep me"


def test_changes_are_noticed_and_an_unchanged_file_is_not_backed_up_again(shop: Shop) -> None:
    backups = shop.backups
    assert not backups.changed
    assert backups.backup_if_changed(reason="auto") is None
    _add(shop, "田中")
    assert getattr(backups, "changed") is True  # noqa: B009 - a fresh read, not mypy's narrowing
    first = shop.backups.backup_if_changed(reason="auto")
    assert first is not None
    assert first.row_counts["customer"] == 1
    assert shop.backups.backup_if_changed(reason="exit") is None


def test_backup_folder_follows_the_settings(tmp_path: Path) -> None:
    paths = Paths.under(tmp_path / "shop")
    assert backup_folder(paths) == paths.backup_dir
    usb = tmp_path / "usb" / "kauntaa"
    save_settings(paths.settings_file, Settings(backup_dir=str(usb)))
    assert backup_folder(paths) == usb


def test_cli_backup_goes_to_the_folder_set_in_settings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "shop"
    usb = tmp_path / "usb"
    assert main(["--data-dir", str(data), "add", "田中"]) == 0
    save_settings(Paths.under(data).settings_file, Settings(backup_dir=str(usb)))
    capsys.readouterr()
    assert main(["--data-dir", str(data), "--json", "backup"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert Path(info["path"]).parent == usb


# Where the live file sits -----------------------------------------------------


@pytest.mark.parametrize(
    "folder",
    [
        "/home/misaki/Dropbox/kauntaa",
        "/Users/misaki/Library/Mobile Documents/com~apple~CloudDocs/kauntaa",
        "C:/Users/misaki/OneDrive - Cafe/kauntaa",
        "/home/misaki/Google Drive/My Drive/kauntaa",
    ],
)
def test_a_synced_folder_is_recognised(folder: str) -> None:
    assert synced_folder(Path(folder)) is not None


def test_a_network_mount_is_recognised() -> None:
    mounts = "/dev/sda1 / ext4 rw 0 0\nserver:/share /mnt/shop nfs4 rw 0 0\n"
    assert network_mount(Path("/mnt/shop/kauntaa"), mounts=mounts) == "nfs4"
    assert network_mount(Path("/home/misaki/kauntaa"), mounts=mounts) is None


def test_the_owner_is_warned_only_about_a_risky_live_file(tmp_path: Path) -> None:
    assert location_warning(tmp_path / "kauntaa.sqlite3") is None
    warning = location_warning(tmp_path / "Dropbox" / "kauntaa.sqlite3")
    assert warning is not None
    assert "Dropbox" in warning.en
    assert "Dropbox" in warning.ja
    assert "backup folder" in warning.en


# Restore ------------------------------------------------------------------------


def test_restore_backs_up_the_current_state_first(shop: Shop) -> None:
    tanaka = _add(shop, "田中")
    old = shop.backups.backup_now()
    _add(shop, "佐藤")
    database, folder = shop.database.path, shop.backup_dir
    shop.close()

    result = restore(database, folder, old.path)

    assert _counts(database)["customer"] == 1
    assert result.safety_backup is not None
    assert result.safety_backup.row_counts["customer"] == 2
    reopened = Shop.open(database, folder)
    try:
        assert [c.id for c in reopened.customers.recent(limit=5)] in ([tanaka], [])
        assert reopened.customers.count() == 1
    finally:
        reopened.close()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(shop: Shop) -> None:
    _add(shop, "田中")
    info = shop.backups.backup_now()
    database, folder = shop.database.path, shop.backup_dir
    shop.close()
    before = database.read_bytes()
    data = bytearray(info.path.read_bytes())
    page = 4096
    data[page * 2 : page * 3] = b"\xa5" * page
    info.path.write_bytes(bytes(data))

    with pytest.raises(BackupError):
        restore(database, folder, info.path)
    assert database.read_bytes() == before
    assert not list(database.parent.glob(".*restoring"))


def test_restore_refuses_a_backup_whose_counts_differ_from_its_manifest(shop: Shop) -> None:
    _add(shop, "田中")
    info = shop.backups.backup_now()
    manifest = info.path.with_suffix(".json")
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["row_counts"]["customer"] = 99
    manifest.write_text(json.dumps(data), encoding="utf-8")
    database, folder = shop.database.path, shop.backup_dir
    shop.close()
    with pytest.raises(BackupError) as info_error:
        restore(database, folder, info.path)
    assert info_error.value.code == "backup_mismatch"


def test_restore_drill_every_kept_backup_restores_with_its_counts(
    shop: Shop, clock: FixedClock
) -> None:
    """Fill, back up, change, over simulated weeks; then restore every backup retention kept."""
    day = datetime(2026, 9, 1, 9)
    people: list[int] = []
    for n in range(30):
        people.append(_add(shop, f"客{n}"))
        shop.activity.record_visit(people[n % len(people)], at=day + timedelta(days=n))
        shop.activity.add_note(people[0], f"note {n}")
        make_backup(shop.database.path, shop.backup_dir, now=day + timedelta(days=n, hours=1))
    final = shop.backups.backup_now(reason="manual")  # prunes to the retention
    kept = list_backups(shop.backup_dir)
    assert final.path in {i.path for i in kept}
    assert 10 <= len(kept) < 31
    database, folder = shop.database.path, shop.backup_dir
    shop.close()

    for info in kept:
        result = restore(database, folder, info.path)
        assert result.row_counts == info.row_counts
        assert _counts(database) == info.row_counts
        reopened = Shop.open(database, folder)
        assert reopened.customers.count() == info.row_counts["customer"]
        reopened.close()
        for extra in list_backups(folder):
            if extra.reason == "before-restore":  # the drill's own safety copies
                extra.path.unlink()
                extra.path.with_suffix(".json").unlink()


def test_restore_without_a_backup_says_so(tmp_path: Path) -> None:
    with pytest.raises(UserError) as error:
        restore(tmp_path / "kauntaa.sqlite3", tmp_path / "backups", None)
    assert error.value.code == "no_backup"


def test_cli_restore_lists_and_restores(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "shop"
    assert main(["--data-dir", str(data), "add", "田中", "--reading", "たなか"]) == 0
    assert main(["--data-dir", str(data), "backup"]) == 0
    assert main(["--data-dir", str(data), "add", "佐藤", "--reading", "さとう"]) == 0
    capsys.readouterr()

    assert main(["--data-dir", str(data), "--lang", "en", "backups"]) == 0
    listing = capsys.readouterr().out
    assert "customers 1" in listing
    assert "manual" in listing

    assert main(["--data-dir", str(data), "--lang", "en", "restore", "1", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out
    assert "before it is kept" in out
    assert main(["--data-dir", str(data), "--json", "search", "sato"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_cli_restore_waits_for_the_window_to_close(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "shop"
    assert main(["--data-dir", str(data), "add", "田中"]) == 0
    assert main(["--data-dir", str(data), "backup"]) == 0
    before = (data / "kauntaa.sqlite3").read_bytes()
    capsys.readouterr()
    with InstanceLock(data) as window:
        assert window.acquire()
        code = main(["--data-dir", str(data), "--lang", "en", "restore", "--yes"])
    assert code == 2
    assert "open in a window" in capsys.readouterr().err
    assert (data / "kauntaa.sqlite3").read_bytes() == before


# The encrypted copy -----------------------------------------------------------------


def test_encrypted_copy_round_trip(shop: Shop, tmp_path: Path) -> None:
    _add(shop, "田中")
    info = shop.backups.backup_now()
    sealed = encrypt_backup(info, tmp_path / "home.kauntaa-enc", PASSPHRASE, cost=FAST)
    raw = sealed.read_bytes()
    assert "田中".encode() not in raw
    assert b"SQLite format 3" not in raw

    opened = decrypt_backup(sealed, PASSPHRASE, tmp_path / "opened")
    assert opened.path.read_bytes() == info.path.read_bytes()
    assert opened.row_counts == info.row_counts
    assert opened.created_at == info.created_at


def test_encrypted_copy_refuses_a_wrong_passphrase_and_tampering(
    shop: Shop, tmp_path: Path
) -> None:
    info = shop.backups.backup_now()
    sealed = encrypt_backup(info, tmp_path / "home.kauntaa-enc", PASSPHRASE, cost=FAST)
    with pytest.raises(UserError) as wrong:
        decrypt_backup(sealed, PASSPHRASE + "x", tmp_path / "a")
    assert wrong.value.code == "wrong_passphrase"
    data = bytearray(sealed.read_bytes())
    data[len(data) // 2] ^= 1
    sealed.write_bytes(bytes(data))
    with pytest.raises(UserError):
        decrypt_backup(sealed, PASSPHRASE, tmp_path / "b")
    assert not (tmp_path / "a").exists() or not any((tmp_path / "a").iterdir())
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").iterdir())


def test_a_short_passphrase_is_refused_before_anything_is_written(
    shop: Shop, tmp_path: Path
) -> None:
    before = list_backups(shop.backup_dir)
    with pytest.raises(UserError) as error:
        shop.backups.export_encrypted(tmp_path / "x.kauntaa-enc", "short pass")
    assert error.value.code == "passphrase_too_short"
    assert "12" in error.value.text("en")
    assert "12" in error.value.text("ja")
    assert list_backups(shop.backup_dir) == before
    assert not (tmp_path / "x.kauntaa-enc").exists()


def test_an_encrypted_copy_restores_the_shop(shop: Shop, tmp_path: Path) -> None:
    _add(shop, "田中")
    info = shop.backups.backup_now()
    sealed = encrypt_backup(info, tmp_path / "home.kauntaa-enc", PASSPHRASE, cost=FAST)
    _add(shop, "佐藤")
    database, folder = shop.database.path, shop.backup_dir
    shop.close()
    result = restore_encrypted(database, folder, sealed, PASSPHRASE)
    assert result.row_counts["customer"] == 1
    assert _counts(database)["customer"] == 1
    assert not list(folder.glob(".offsite-*"))  # the decrypted copy is gone again


def test_cli_encrypted_backup_and_restore(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "shop"
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    sealed = tmp_path / "usb" / "kauntaa.kauntaa-enc"
    sealed.parent.mkdir()  # the writer never makes missing folders
    assert main(["--data-dir", str(data), "add", "田中", "--reading", "たなか"]) == 0
    args = ["--data-dir", str(data), "--lang", "en"]
    assert main([*args, "backup", "--encrypt", str(sealed), "--passphrase-file", str(secret)]) == 0
    assert "encrypted" in capsys.readouterr().out
    assert sealed.is_file()
    assert main([*args, "add", "佐藤", "--reading", "さとう"]) == 0
    restore_args = ["restore", "--encrypted", str(sealed), "--yes"]
    assert main([*args, *restore_args, "--passphrase-file", str(secret)]) == 0
    capsys.readouterr()
    assert main([*args, "--json", "search", "sato"]) == 0
    assert json.loads(capsys.readouterr().out) == []

    monkeypatch.setenv("KAUNTAA_PASSPHRASE", "not the right passphrase")
    assert main([*args, *restore_args]) == 2
    assert "passphrase is wrong" in capsys.readouterr().err


def test_cli_explains_a_damaged_file_and_restores_the_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "shop"
    args = ["--data-dir", str(data), "--lang", "en"]
    assert main([*args, "add", "田中", "--reading", "たなか"]) == 0
    assert main([*args, "backup"]) == 0
    database = data / "kauntaa.sqlite3"
    with database.open("r+b") as f:
        f.truncate(database.stat().st_size // 2)
    capsys.readouterr()

    assert main([*args, "search", "tanaka"]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err
    assert "kauntaa restore" in err
    assert "Traceback" not in err
    [moved] = list(data.glob("kauntaa-damaged-*.sqlite3"))
    assert moved.name in err

    assert main([*args, "restore", "--yes"]) == 0
    capsys.readouterr()
    assert main([*args, "--json", "search", "tanaka"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    assert moved.exists()  # the damaged file is still there


def test_a_folder_name_with_spaces_kana_and_url_characters_is_used_as_it_is(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "お店 #1 ?100%"
    shop = Shop.open(folder / "kauntaa.sqlite3", folder / "backups")
    _add(shop, "田中")
    shop.close()
    assert _counts(folder / "kauntaa.sqlite3")["customer"] == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]  # no stray file


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (
            PermissionError(errno.EACCES, "Permission denied", "/x/.kauntaa-1.tmp"),
            "cannot be written to",
        ),
        (OSError(errno.EROFS, "Read-only file system"), "cannot be written to"),
        (OSError(errno.ENOSPC, "No space left on device"), "disk it goes to is full"),
    ],
)
def test_a_backup_that_cannot_be_written_says_why_plainly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, words: str
) -> None:
    shop = Shop.open(tmp_path / "kauntaa.sqlite3", tmp_path / "backups")
    shop.close()

    def refuse(*_a: object, **_k: object) -> None:
        raise error

    monkeypatch.setattr(backup_module, "fsync_file", refuse)
    with pytest.raises(BackupError) as failed:
        backup_module.make_backup(tmp_path / "kauntaa.sqlite3", tmp_path / "backups")
    text = failed.value.text("en")
    assert words in text
    assert "[Errno" not in text
    assert str(tmp_path / "backups") in text
    assert not list((tmp_path / "backups").glob(".kauntaa-*.tmp"))  # nothing half-written left
