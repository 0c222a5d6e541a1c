"""A full disk and a read-only data folder: a clear message, nothing half-written, still running.

The full disk is simulated twice: with SQLite's ``max_page_count`` (anywhere),
and with a real 1 MiB tmpfs (in a private mount namespace: as root with
``unshare --mount``, otherwise in a user namespace; skipped where neither is
allowed). The read-only folder is tested as the user ``nobody``, because root
ignores file permissions.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from kauntaa.domain.customers import CustomerFields
from kauntaa.errors import StorageError
from kauntaa.services.shop import Shop


def _integrity(path: Path) -> tuple[str, list[Any]]:
    with closing(sqlite3.connect(path)) as db:
        return db.execute("PRAGMA integrity_check").fetchone()[0], db.execute(
            "PRAGMA foreign_key_check"
        ).fetchall()


def _cap(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA max_page_count = 1")  # clamps to the current size


def cap_growth(shop: Shop) -> None:
    """From now on the file cannot grow: every connection gets max_page_count = its size."""
    shop.database.engine.dispose()
    event.listen(shop.database.engine, "connect", _cap)


def lift_cap(shop: Shop) -> None:
    event.remove(shop.database.engine, "connect", _cap)
    shop.database.engine.dispose()


def test_a_full_disk_refuses_the_write_clearly_and_the_file_stays_whole(shop: Shop) -> None:
    misaki = shop.customers.add(CustomerFields(name="田中 美咲", reading="たなか みさき")).id
    shop.activity.add_note(misaki, "オーツミルク")
    cap_growth(shop)

    with pytest.raises(StorageError) as full:
        shop.activity.add_note(misaki, "長いメモ。" * 1900)

    assert full.value.code == "disk_full"
    assert "disk is full" in full.value.text("en")
    assert "ディスクがいっぱい" in full.value.text("ja")
    # Nothing half-written, and reading still works.
    assert [n.body for n in shop.customers.card(misaki).notes] == ["オーツミルク"]
    assert _integrity(shop.database.path) == ("ok", [])

    lift_cap(shop)  # space freed: the same note saves now
    shop.activity.add_note(misaki, "長いメモ。" * 1900)
    assert len(shop.customers.card(misaki).notes) == 2


TMPFS_SCENARIO = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from kauntaa.domain.customers import CustomerFields
    from kauntaa.errors import KauntaaError, StorageError
    from kauntaa.services.shop import Shop

    folder = Path(sys.argv[1])
    ballast = folder / "ballast"
    ballast.write_bytes(b"x" * 200_000)  # freed later, as the owner would free space
    shop = Shop.open(folder / "kauntaa.sqlite3", folder / "backups")
    misaki = shop.customers.add(CustomerFields(name="田中 美咲", reading="たなか")).id
    saved, error = 0, None
    for n in range(1000):
        try:
            shop.activity.add_note(misaki, f"{n} " + "ラテ" * 3000)
            saved += 1
        except StorageError as exc:
            error = exc
            break
    backup_error = None
    try:
        shop.backups.backup_now()
    except KauntaaError as exc:
        backup_error = exc.code
    notes_when_full = len(shop.customers.card(misaki).notes)
    ballast.unlink()
    after = None
    try:
        shop.activity.add_note(misaki, "short note once there is room")
        after = len(shop.customers.card(misaki).notes)
    except KauntaaError as exc:
        after = exc.code
    shop.close()
    leftovers = sorted(p.name for p in (folder / "backups").glob(".*") if p.name != ".kauntaa-backup.lock") if (folder / "backups").exists() else []
    print(json.dumps({
        "saved": saved, "code": error.code if error else None,
        "en": error.text("en") if error else "", "notes_when_full": notes_when_full,
        "backup_error": backup_error, "after": after, "leftovers": leftovers,
    }))
    """
)


def _namespace_prefix() -> list[str] | None:
    if shutil.which("unshare") is None:
        return None
    if os.geteuid() == 0:
        return ["unshare", "--mount", "--propagation", "private"]
    return ["unshare", "--user", "--map-root-user", "--mount"]


def small_disk(tmp_path: Path) -> tuple[list[str], Path]:
    """A folder a 1 MiB tmpfs can be mounted on, and how; skips where mounting is not allowed."""
    prefix = _namespace_prefix()
    folder = tmp_path / "small-disk"
    folder.mkdir()
    probe = [*(prefix or []), "sh", "-c", f"mount -t tmpfs -o size=1m tmpfs '{folder}'"]
    if prefix is None or subprocess.run(probe, capture_output=True).returncode != 0:
        pytest.skip("mounting a tmpfs is not allowed here (no mount or user namespace)")
    return prefix, folder


def run_on_small_disk(
    disk: tuple[list[str], Path],
    scenario: str,
    *args: str,
    timeout: int = 120,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``scenario`` (Python) with the tmpfs mounted on the folder, in a mount namespace."""
    prefix, folder = disk
    quoted = " ".join(f"'{a}'" for a in (str(folder), *args))
    shell = (
        f"mount -t tmpfs -o size=1m tmpfs '{folder}' && exec '{sys.executable}' -c \"$0\" {quoted}"
    )
    return subprocess.run(
        [*prefix, "sh", "-c", shell, scenario],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=Path(__file__).resolve().parents[2],
        env=env,
    )


@pytest.fixture
def tmpfs_folder(tmp_path: Path) -> tuple[list[str], Path]:
    return small_disk(tmp_path)


def test_a_real_full_disk_on_a_small_tmpfs(tmpfs_folder: tuple[list[str], Path]) -> None:
    run = run_on_small_disk(tmpfs_folder, TMPFS_SCENARIO)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["code"] == "disk_full"
    assert "disk is full" in result["en"]
    assert result["saved"] > 0  # it was full, not broken from the start
    assert result["notes_when_full"] == result["saved"]  # the failed note left nothing
    assert result["backup_error"] == "backup_failed"
    assert result["leftovers"] == []  # a failed backup leaves no temporary file
    assert result["after"] == result["saved"] + 1  # room again: the app writes on


READ_ONLY_SCENARIO = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path
    from kauntaa.domain.customers import CustomerFields
    from kauntaa.errors import KauntaaError
    from kauntaa.services.shop import Shop

    folder = Path(sys.argv[1]); path = folder / "kauntaa.sqlite3"
    shop = Shop.open(path, folder / "backups")
    misaki = shop.customers.add(CustomerFields(name="田中 美咲", reading="たなか")).id
    shop.activity.add_note(misaki, "before")
    shop.close()
    before = path.read_bytes()
    os.chmod(path, 0o444)
    os.chmod(folder, 0o555)
    out = {"uid": os.geteuid()}
    # Start-up on a read-only folder: the shop opens read-only; a write is refused plainly.
    shop = Shop.open(path, folder / "backups")
    out["start"] = "read_only" if shop.database.read_only else "writable"
    out["start_notes"] = [n.body for n in shop.customers.card(misaki).notes]
    try:
        shop.activity.add_note(misaki, "refused")
        out["start_write"] = "saved"
    except KauntaaError as exc:
        out["start_write"] = exc.code
        out["start_en"] = exc.text("en")
        out["start_ja"] = exc.text("ja")
    shop.close()
    out["unchanged"] = path.read_bytes() == before
    out["side_files"] = sorted(p.name for p in folder.iterdir())
    # The folder turns read-only while the app runs (a USB stick's switch, a permission change).
    os.chmod(folder, 0o755); os.chmod(path, 0o644)
    shop = Shop.open(path, folder / "backups")
    os.chmod(path, 0o444); os.chmod(folder, 0o555)
    shop.database.engine.dispose()  # the next connection opens as the folder now is
    try:
        shop.activity.add_note(misaki, "after")
        out["write"] = "saved"
    except KauntaaError as exc:
        out["write"] = exc.code
        out["write_en"] = exc.text("en")
    out["notes"] = [n.body for n in shop.customers.card(misaki).notes]
    shop.close()
    print(json.dumps(out))
    """
)


def test_a_read_only_data_folder_as_an_ordinary_user() -> None:
    folder = Path(tempfile.mkdtemp(prefix="kauntaa-ro-"))
    try:
        command = [sys.executable, "-c", READ_ONLY_SCENARIO, str(folder)]
        if os.geteuid() == 0:
            setpriv = shutil.which("setpriv")
            if setpriv is None:
                pytest.skip("running as root without setpriv: cannot drop to an ordinary user")
            os.chown(folder, 65534, 65534)
            drop = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
            probe = subprocess.run(
                [*drop, sys.executable, "-c", "import kauntaa.services.shop"],
                capture_output=True,
                cwd=Path(__file__).resolve().parents[2],
            )
            if probe.returncode != 0:
                pytest.skip("the user nobody cannot run this checkout's Python (a private folder)")
            command = [*drop, *command]
        run = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=120,
            cwd=Path(__file__).resolve().parents[2],
        )
        assert run.returncode == 0, run.stderr
        result = json.loads(run.stdout.strip().splitlines()[-1])
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder, ignore_errors=True)
    assert result["uid"] != 0
    assert result["start"] == "read_only"
    assert result["start_notes"] == ["before"]
    assert result["start_write"] == "read_only"
    assert "cannot be written" in result["start_en"]
    assert "damaged" not in result["start_en"]
    assert "フォルダ" in result["start_ja"]
    assert result["unchanged"]
    assert result["side_files"] == ["kauntaa.sqlite3"]  # no -wal or -shm it cannot remove
    assert result["write"] == "read_only"
    assert "cannot be written" in result["write_en"]
    assert result["notes"] == ["before"]
