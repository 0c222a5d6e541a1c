"""Faults get the right words: by SQLite's result code, never its English text.

A full disk, a read-only folder and a lock are each said as what they are, and
never as "the data file is damaged". A read-only data folder still lets the
owner read. A closing checkpoint does not wait behind another process's read.
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

from kauntaa.app import main
from kauntaa.domain.customers import CustomerFields
from kauntaa.services.shop import Shop
from kauntaa.storage import engine as engine_module
from kauntaa.storage.engine import BUSY_TIMEOUT_MS, is_damage, storage_fault
from kauntaa.storage.recovery import wal_left_over

ROOT = Path(__file__).resolve().parents[2]


def _full_error(tmp_path: Path) -> sqlite3.OperationalError:
    """A real SQLITE_FULL: the file may not grow by one page."""
    with closing(sqlite3.connect(tmp_path / "small.sqlite3")) as db:
        db.execute("CREATE TABLE t (x)")
        db.commit()
        db.execute("PRAGMA max_page_count = 1")
        with pytest.raises(sqlite3.OperationalError) as caught:
            db.execute("INSERT INTO t VALUES (randomblob(100000))")
    return caught.value


def _reworded(error: sqlite3.Error, text: str) -> sqlite3.Error:
    """The same SQLite result code under other words (another version, another language)."""
    other = type(error)(text)
    other.sqlite_errorcode = error.sqlite_errorcode
    other.sqlite_errorname = error.sqlite_errorname
    return other


def test_a_full_disk_is_classified_by_its_code_not_its_words(tmp_path: Path) -> None:
    error = _full_error(tmp_path)
    assert error.sqlite_errorname == "SQLITE_FULL"
    fault = storage_fault(error)
    assert fault is not None
    assert fault.code == "disk_full"
    assert not is_damage(error)

    # Other words, same code: still a full disk.
    reworded = storage_fault(_reworded(error, "la base de données est pleine"))
    assert reworded is not None
    assert reworded.code == "disk_full"
    assert "damaged" not in reworded.text("en")
    # The old English words under another code are not a full disk.
    corrupt = sqlite3.DatabaseError("database or disk is full")
    corrupt.sqlite_errorcode = engine_module.SQLITE_CORRUPT
    assert storage_fault(corrupt) is None
    assert is_damage(corrupt)


def test_a_locked_file_is_busy_not_damage(tmp_path: Path) -> None:
    path = tmp_path / "locked.sqlite3"
    with closing(sqlite3.connect(path, isolation_level=None)) as holder:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("CREATE TABLE t (x)")  # the exclusive lock is taken and kept
        other = sqlite3.connect(path, timeout=0)
        with closing(other), pytest.raises(sqlite3.OperationalError) as caught:
            other.execute("SELECT * FROM t").fetchall()
    fault = storage_fault(caught.value)
    assert caught.value.sqlite_errorname == "SQLITE_BUSY"
    assert fault is not None
    assert fault.code == "busy"
    assert not is_damage(caught.value)
    reworded = storage_fault(_reworded(caught.value, "occupied"))
    assert reworded is not None
    assert reworded.code == "busy"


def test_a_damaged_file_is_damage_by_its_code(tmp_path: Path) -> None:
    path = tmp_path / "not-a-db.sqlite3"
    path.write_bytes(b"this is not an SQLite file at all" * 200)
    with closing(sqlite3.connect(path)) as db, pytest.raises(sqlite3.DatabaseError) as caught:
        db.execute("PRAGMA user_version").fetchone()
    assert is_damage(caught.value)
    assert is_damage(_reworded(caught.value, "kaputt"))
    assert storage_fault(caught.value) is None


# -- a real full disk: no byte left for the -shm --------------------------------------

FULL_DISK_SCENARIO = textwrap.dedent(
    """
    import json, os, subprocess, sys
    from pathlib import Path
    from kauntaa.domain.customers import CustomerFields
    from kauntaa.errors import StorageError
    from kauntaa.services.shop import Shop

    folder = Path(sys.argv[1])
    shop = Shop.open(folder / "kauntaa.sqlite3", folder / "backups")
    misaki = shop.customers.add(CustomerFields(name="田中 美咲", reading="たなか")).id
    try:
        for n in range(1000):
            shop.activity.add_note(misaki, f"{n} " + "ラテ" * 3000)
    except StorageError:
        pass
    shop.close()
    # The -shm goes (a restart), and whatever room it held is taken by other files.
    (folder / "kauntaa.sqlite3-shm").unlink(missing_ok=True)
    try:
        fd = os.open(folder / "ballast", os.O_WRONLY | os.O_CREAT)
        while True:
            os.write(fd, b"x" * 512)
    except OSError:
        pass
    runs = {}
    for command in (["search", "たなか"], ["note", "1", "more"]):
        run = subprocess.run(
            [sys.executable, "-m", "kauntaa", "--lang", "en", "--data-dir", str(folder), *command],
            capture_output=True, text=True,
        )
        runs[command[0]] = [run.returncode, run.stderr]
    print(json.dumps(runs))
    """
)


def test_a_full_disk_at_start_is_said_as_a_full_disk_not_damage(tmp_path: Path) -> None:
    if shutil.which("unshare") is None:
        pytest.skip("no unshare: cannot mount a small tmpfs")
    prefix = (
        ["unshare", "--mount", "--propagation", "private"]
        if os.geteuid() == 0
        else ["unshare", "--user", "--map-root-user", "--mount"]
    )
    folder = tmp_path / "small-disk"
    folder.mkdir()
    probe = [*prefix, "sh", "-c", f"mount -t tmpfs -o size=1m tmpfs '{folder}'"]
    if subprocess.run(probe, capture_output=True).returncode != 0:
        pytest.skip("mounting a tmpfs is not allowed here")
    shell = (
        f"mount -t tmpfs -o size=1m tmpfs '{folder}' && "
        f"exec '{sys.executable}' -c \"$0\" '{folder}'"
    )
    run = subprocess.run(
        [*prefix, "sh", "-c", shell, FULL_DISK_SCENARIO],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr
    runs = json.loads(run.stdout.strip().splitlines()[-1])
    for code, err in runs.values():
        assert code == 1
        assert "disk is full" in err
        assert "damaged" not in err
        assert "Traceback" not in err


# -- a read-only data folder: read, never write --------------------------------------


def _as_nobody() -> list[str]:
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot drop to an ordinary user")
    drop = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    probe = subprocess.run(
        [*drop, sys.executable, "-c", "import kauntaa.services.shop"], capture_output=True, cwd=ROOT
    )
    if probe.returncode != 0:
        pytest.skip("the user nobody cannot run this checkout's Python (a private folder)")
    return drop


def test_the_command_line_reads_a_read_only_folder_and_refuses_writes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = Path(tempfile.mkdtemp(prefix="kauntaa-ro-cli-"))
    shop_dir = root / "shop"
    try:
        for args in (
            ("add", "田中 美咲", "--reading", "たなか みさき"),
            ("note", "1", "オーツミルク"),
        ):
            assert main(["--data-dir", str(shop_dir), "--lang", "en", *args]) == 0
        capsys.readouterr()
        drop = _as_nobody()
        if drop:
            os.chown(root, 65534, 65534)
            for path in [shop_dir, *shop_dir.rglob("*")]:
                os.chown(path, 65534, 65534)
        database = shop_dir / "kauntaa.sqlite3"
        before = database.read_bytes()
        for path in [*shop_dir.rglob("*"), shop_dir]:
            path.chmod(0o555 if path.is_dir() else 0o444)
        env = {**os.environ, "HOME": str(root)}

        def kauntaa(*args: str) -> subprocess.CompletedProcess[str]:
            command = [sys.executable, "-m", "kauntaa", "--lang", "en", "--data-dir", str(shop_dir)]
            return subprocess.run(
                [*drop, *command, *args], capture_output=True, text=True, cwd=ROOT, env=env
            )

        reads = {
            "show": kauntaa("show", "1"),
            "search": kauntaa("search", "たなか"),
            "summary": kauntaa("summary"),
            "export": kauntaa("export", str(root / "out.csv")),
        }
        writes = {"add": kauntaa("add", "佐藤 健太"), "note": kauntaa("note", "1", "x")}
        # The window's one-per-folder lock cannot be a file here; the window opens anyway.
        lock = subprocess.run(
            [
                *drop,
                sys.executable,
                "-c",
                "import sys; from pathlib import Path; from kauntaa.storage.instance import "
                "InstanceLock; print(InstanceLock(Path(sys.argv[1])).acquire())",
                str(shop_dir),
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
        )
        after = database.read_bytes()
        side_files = sorted(p.name for p in shop_dir.iterdir())
        exported = (root / "out.csv").read_text(encoding="utf-8-sig")
    finally:
        for path in [root, *root.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        shutil.rmtree(root, ignore_errors=True)
    for name, run in reads.items():
        assert run.returncode == 0, (name, run.stderr)
    assert "オーツミルク" in reads["show"].stdout
    assert "田中 美咲" in reads["search"].stdout
    assert "田中 美咲" in exported
    for name, run in writes.items():
        assert run.returncode == 1, name
        assert "cannot be written" in run.stderr
        assert "Traceback" not in run.stderr
        assert "damaged" not in run.stderr
    assert after == before
    assert "kauntaa.sqlite3-wal" not in side_files
    assert lock.stdout.strip() == "True", lock.stderr


# -- the closing checkpoint does not wait -------------------------------------------------


def _with_content_in_wal(shop: Shop) -> int:
    shop.database.engine.dispose()
    return shop.customers.add(CustomerFields(name="田中 美咲", reading="たなか")).id


def test_closing_does_not_wait_behind_another_process_reading(shop: Shop) -> None:
    misaki = _with_content_in_wal(shop)
    shop.activity.add_note(misaki, "オーツミルク")
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        statements.append(statement)

    event.listen(shop.database.engine, "before_cursor_execute", seen)
    path = shop.database.path
    with closing(sqlite3.connect(path, isolation_level=None)) as reader:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM note").fetchone()  # holds its snapshot
        shop.close()
        still_reading = reader.in_transaction
        assert reader.execute("SELECT count(*) FROM note").fetchone() == (1,)
    assert still_reading
    checkpoint = statements.index("PRAGMA wal_checkpoint(TRUNCATE)")
    assert statements[checkpoint - 1] == "PRAGMA busy_timeout = 0"
    assert statements[checkpoint + 1] == f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}"
    assert shop.database.last_checkpoint is not None
    busy, frames, _folded = shop.database.last_checkpoint
    assert busy == 1  # it returned busy at once instead of waiting for the reader
    assert frames > 0
    # Nothing is lost: the next close, with no reader, folds the WAL in.
    again = Shop.open(path, shop.backup_dir)
    assert [n.body for n in again.customers.card(misaki).notes] == ["オーツミルク"]
    again.close()
    assert again.database.last_checkpoint == (0, 0, 0)
    assert not wal_left_over(path)


def test_a_command_finishes_while_another_process_keeps_reading(tmp_path: Path) -> None:
    data = tmp_path / "shop"
    assert main(["--data-dir", str(data), "add", "田中 美咲", "--reading", "たなか"]) == 0
    database = data / "kauntaa.sqlite3"
    with closing(sqlite3.connect(database, isolation_level=None)) as reader:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM customer").fetchone()
        run = subprocess.run(
            [sys.executable, "-m", "kauntaa", "--data-dir", str(data), "note", "1", "ラテ"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
        assert reader.in_transaction
    assert run.returncode == 0, run.stderr
    assert "checkpoint on close failed" not in run.stderr
