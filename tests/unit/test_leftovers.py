"""Temporary files of an interrupted backup, restore or repair go at the next start or backup.

Only Kauntaa's own temporary names are removed, and never while the work that
made them is still running (it holds the backup folder's lock, or the data
folder's one-window lock).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing
from pathlib import Path

import pytest

from kauntaa.app import main
from kauntaa.services.shop import Shop
from kauntaa.storage.folder_lock import Held, folder_lock
from kauntaa.storage.leftovers import STALE_AFTER, remove_leftovers, working_on

STEM = "kauntaa-20261120-093001-123456-auto"


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "shop"
    assert main(["--data-dir", str(folder), "add", "田中"]) == 0
    capsys.readouterr()
    return folder


def _plant_leftovers(data: Path) -> list[Path]:
    """One of each temporary name Kauntaa makes, as an interrupted run leaves them."""
    backups = data / "backups"
    backups.mkdir(exist_ok=True)
    files = [
        backups / f".{STEM}.tmp",
        backups / f".{STEM}.tmp-journal",
        backups / f".{STEM}-2.tmp",
        backups / f"{STEM}.json.tmp",
        data / ".kauntaa.sqlite3.restoring",
        data / ".kauntaa.sqlite3.repairing",
        data / ".kauntaa.sqlite3.repairing-wal",
    ]
    for path in files:
        path.write_bytes(b"a plaintext copy of the shop")
    offsite = backups / ".offsite-k2j4_x9"
    offsite.mkdir()
    (offsite / "kauntaa-20261120-093001-offsite.sqlite3").write_bytes(b"decrypted")
    return [*files, offsite]


def _plant_strangers(data: Path, tmp_path: Path) -> list[Path]:
    """Files that look a little like Kauntaa's temporaries but are not: all must stay."""
    backups = data / "backups"
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "precious.txt").write_text("keep", encoding="utf-8")
    strangers = [
        backups / ".kauntaa-notes.tmp",
        backups / "notes.tmp",
        backups / f"{STEM}.tmp",  # no leading dot: not a name Kauntaa writes
        backups / "kauntaa-mine.json.tmp",
        backups / f".{STEM}.tmp.bak",
        data / ".other.sqlite3.restoring",
        data / "kauntaa.sqlite3.restoring",
        data / ".kauntaa.sqlite3.restoring.old",
        data / "settings.json",
    ]
    for path in strangers:
        if not path.exists():
            path.write_text("not Kauntaa's", encoding="utf-8")
    link = backups / ".offsite-link"
    link.symlink_to(outside, target_is_directory=True)
    file_link = backups / f".{STEM}-9.tmp"
    file_link.symlink_to(outside / "precious.txt")
    folder_named_tmp = backups / f".{STEM}-8.tmp"
    folder_named_tmp.mkdir()
    return [*strangers, link, file_link, folder_named_tmp, outside / "precious.txt"]


def test_the_next_start_removes_every_leftover_and_nothing_else(data: Path, tmp_path: Path) -> None:
    leftovers = _plant_leftovers(data)
    strangers = _plant_strangers(data, tmp_path)

    Shop.open(data / "kauntaa.sqlite3", data / "backups").close()

    assert [p for p in leftovers if p.exists()] == []
    assert [p for p in strangers if not os.path.lexists(p)] == []
    assert (tmp_path / "outside" / "precious.txt").read_text(encoding="utf-8") == "keep"


def test_the_next_backup_removes_them_too(data: Path, tmp_path: Path) -> None:
    shop = Shop.open(data / "kauntaa.sqlite3", data / "backups")
    try:
        leftovers = _plant_leftovers(data)
        strangers = _plant_strangers(data, tmp_path)
        info = shop.backups.backup_now(reason="manual")
    finally:
        shop.close()
    assert info.path.is_file()
    assert [p for p in leftovers if p.exists()] == []
    assert [p for p in strangers if not os.path.lexists(p)] == []


def test_the_command_line_start_removes_them(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    leftovers = _plant_leftovers(data)
    assert main(["--data-dir", str(data), "search", "田中"]) == 0
    capsys.readouterr()
    assert [p for p in leftovers if p.exists()] == []


def _child(script: str) -> subprocess.Popen[str]:
    repo = Path(__file__).resolve().parents[2]
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=repo,
    )


def _holding_folder_lock(backups: Path) -> subprocess.Popen[str]:
    """Another process that takes the backup folder's lock, says so, and holds it until told."""
    return _child(
        f"""
        import sys
        from pathlib import Path
        from kauntaa.storage.folder_lock import folder_lock

        with folder_lock(Path({str(backups)!r})) as held:
            print(held.value, flush=True)
            sys.stdin.readline()
        """
    )


def _filler(database: Path) -> None:
    """Enough pages that the backup API copies in several steps."""
    with closing(sqlite3.connect(database)) as connection:
        connection.execute("CREATE TABLE filler (b BLOB)")
        connection.executemany(
            "INSERT INTO filler VALUES (randomblob(4000))", [() for _ in range(2000)]
        )
        connection.commit()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_backup_in_progress_keeps_its_file_until_killed_then_it_goes(data: Path) -> None:
    database, backups = data / "kauntaa.sqlite3", data / "backups"
    _filler(database)
    # The child stops inside the copy (its progress callback waits for a line that never
    # comes) and is then killed: exactly what a kill in the middle of a backup leaves.
    child = _child(
        f"""
        import sys
        from pathlib import Path
        from kauntaa.storage.backup import make_backup

        def progress(done, total):
            if done < total:
                print("copying", flush=True)
                sys.stdin.readline()

        make_backup(Path({str(database)!r}), Path({str(backups)!r}), progress=progress)
        """
    )
    with child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "copying"
        in_progress = [p for p in backups.iterdir() if p.name.endswith((".tmp", ".tmp-journal"))]
        assert any(p.suffix == ".tmp" for p in in_progress)

        assert remove_leftovers(database, backups) == []
        Shop.open(database, backups).close()
        assert all(p.exists() for p in in_progress)
        child.send_signal(signal.SIGKILL)
    assert child.returncode == -signal.SIGKILL

    removed = remove_leftovers(database, backups)
    assert sorted(removed) == sorted(in_progress)
    assert [p.name for p in backups.iterdir() if p.name.endswith((".tmp", ".tmp-journal"))] == []


def test_another_process_holding_the_folder_keeps_its_files(data: Path) -> None:
    leftovers = _plant_leftovers(data)
    backups = data / "backups"
    child = _holding_folder_lock(backups)
    with child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == Held.YES.value
        remove_leftovers(data / "kauntaa.sqlite3", backups)
        in_backup_folder = [p for p in leftovers if p.parent == backups]
        assert all(p.exists() for p in in_backup_folder)
        assert child.stdin is not None
        child.stdin.write("\n")
    assert child.returncode == 0
    # The data folder's scratch files are not the backup folder's: they went meanwhile.
    assert not (data / ".kauntaa.sqlite3.restoring").exists()
    remove_leftovers(data / "kauntaa.sqlite3", backups)
    assert [p for p in leftovers if p.exists()] == []


def test_a_restore_running_elsewhere_keeps_its_scratch_file(data: Path) -> None:
    leftovers = _plant_leftovers(data)
    scratch = data / ".kauntaa.sqlite3.restoring"
    # The command line's restore holds the data folder's one-window lock, like a window.
    child = _child(
        f"""
        import sys
        from pathlib import Path
        from kauntaa.storage.instance import InstanceLock

        lock = InstanceLock(Path({str(data)!r}))
        print(lock.acquire(), flush=True)
        sys.stdin.readline()
        """
    )
    with child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "True"
        remove_leftovers(data / "kauntaa.sqlite3", data / "backups")
        assert scratch.exists()
        assert child.stdin is not None
        child.stdin.write("\n")
    remove_leftovers(data / "kauntaa.sqlite3", data / "backups")
    assert [p for p in leftovers if p.exists()] == []


def test_work_in_this_process_is_not_cleaned_under_it(data: Path) -> None:
    _plant_leftovers(data)
    scratch = data / ".kauntaa.sqlite3.restoring"
    with working_on(data / "kauntaa.sqlite3"):
        remove_leftovers(data / "kauntaa.sqlite3", data / "backups")
        assert scratch.exists()
    remove_leftovers(data / "kauntaa.sqlite3", data / "backups")
    assert not scratch.exists()


def test_where_the_folder_cannot_be_locked_only_old_files_go(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kauntaa.storage import folder_lock as module

    def no_locks(fd: int) -> bool:
        raise OSError(38, "Function not implemented")

    monkeypatch.setattr(module, "_try_lock", no_locks)
    backups = data / "backups"
    backups.mkdir(exist_ok=True)
    fresh, old = backups / f".{STEM}.tmp", backups / f".{STEM}-1.tmp"
    fresh.write_bytes(b"x")
    old.write_bytes(b"x")
    long_ago = old.stat().st_mtime - STALE_AFTER.total_seconds() - 60
    os.utime(old, (long_ago, long_ago))
    with folder_lock(backups) as held:
        assert held is Held.UNKNOWN
    remove_leftovers(data / "kauntaa.sqlite3", backups)
    assert fresh.exists()
    assert not old.exists()


def test_a_lock_held_forever_elsewhere_never_stops_a_backup(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kauntaa.storage import folder_lock as module

    monkeypatch.setattr(module, "WAIT_SECONDS", 0.0)  # give up at once instead of minutes
    backups = data / "backups"
    child = _holding_folder_lock(backups)
    with child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == Held.YES.value
        shop = Shop.open(data / "kauntaa.sqlite3", backups)
        try:
            info = shop.backups.backup_now(reason="manual")
        finally:
            shop.close()
        assert info.path.is_file()
        assert child.stdin is not None
        child.stdin.write("\n")
    assert child.returncode == 0
