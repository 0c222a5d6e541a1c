"""Damage to the shop's file: every kind is detected, nothing is ever lost, a backup is offered.

The matrix: truncated, random pages overwritten, header zeroed, zero bytes and
another program's SQLite file, each with and without a backup. Whatever happens,
every byte of the original file is still on disk afterwards: either where it
was (refused and left alone) or moved aside under a dated name.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from kauntaa.domain.customers import CustomerFields
from kauntaa.errors import DamagedDatabaseError, RefusedDatabaseError
from kauntaa.services.backups import restore
from kauntaa.services.shop import Shop
from kauntaa.storage import database as database_module
from kauntaa.storage import recovery
from kauntaa.storage.engine import APPLICATION_ID

PAGE = 4096


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One shop of 120 regulars with notes, and its backup, copied for each test."""
    folder = tmp_path_factory.mktemp("template")
    shop = Shop.open(folder / "kauntaa.sqlite3", folder / "backups")
    for n in range(120):
        customer = shop.customers.add(
            CustomerFields(name=f"客 {n}", reading=f"きゃく {n}", occupation="写真" * 20)
        )
        shop.activity.add_note(customer.id, "オーツミルクのラテ、砂糖なし。" * 8)
    shop.backups.backup_now(reason="manual")
    shop.close()
    return folder


def _make_shop(folder: Path, template: Path, *, with_backup: bool) -> Path:
    shutil.copy2(template / "kauntaa.sqlite3", folder / "kauntaa.sqlite3")
    if with_backup:
        shutil.copytree(template / "backups", folder / "backups")
    return folder / "kauntaa.sqlite3"


def _truncate(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.truncate(size // 2 + 123)


def _overwrite_pages(path: Path) -> None:
    pages = path.stat().st_size // PAGE
    rng = random.Random(6)
    with path.open("r+b") as f:
        for page in rng.sample(range(2, pages), 4):
            f.seek(page * PAGE)
            f.write(rng.randbytes(PAGE))


def _zero_header(path: Path) -> None:
    with path.open("r+b") as f:
        f.write(b"\x00" * 100)


def _zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


def _foreign(path: Path) -> None:
    path.unlink()
    with closing(sqlite3.connect(path)) as other:
        other.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        other.execute("INSERT INTO moz_places (url) VALUES ('https://example.com')")
        other.commit()


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "truncated": (_truncate, "corrupt"),
    "pages overwritten": (_overwrite_pages, "corrupt"),
    "header zeroed": (_zero_header, "foreign"),
    "zero bytes": (_zero_bytes, "empty"),
    "another program's file": (_foreign, "foreign"),
}


def _all_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


@pytest.mark.parametrize("with_backup", [True, False], ids=["with backup", "without backup"])
@pytest.mark.parametrize("kind", list(DAMAGE))
def test_damage_is_detected_and_no_file_is_lost(
    tmp_path: Path, template: Path, kind: str, with_backup: bool
) -> None:
    damage, reason = DAMAGE[kind]
    path = _make_shop(tmp_path, template, with_backup=with_backup)
    backups = tmp_path / "backups"
    damage(path)
    damaged_bytes = path.read_bytes()
    before = _all_bytes(tmp_path)

    with pytest.raises(RefusedDatabaseError) as refused:
        Shop.open(path, backups)

    error = refused.value
    assert error.reason == reason
    after = _all_bytes(tmp_path)
    if isinstance(error, DamagedDatabaseError):
        # Moved aside under a dated name, byte for byte; nothing at the old name.
        assert not path.exists()
        [moved] = [Path(p) for p in error.moved_to]
        assert moved.parent == tmp_path
        assert "damaged" in moved.name
        assert moved.read_bytes() == damaged_bytes
        assert moved.name in error.text("en")
        assert moved.name in error.text("ja")
        before.pop(path.name)
        after.pop(moved.name)
        assert after == before
        if with_backup:
            assert "newest backup is from" in error.text("en")
            assert "kauntaa restore" in error.text("en")
            assert "最新のバックアップ" in error.text("ja")
        else:
            assert "no backup" in error.text("en")
    else:
        assert after == before  # refused and left exactly as it was
    # Backups are never touched by a refusal.
    assert len(list(backups.glob("*.sqlite3"))) == (1 if with_backup else 0)

    if with_backup:
        result = restore(path, backups, None)
        assert result.row_counts["customer"] == 120
        reopened = Shop.open(path, backups)
        assert reopened.customers.count() == 120
        reopened.close()
        # The refused file was set aside by the restore, not deleted.
        kept = [p for p in tmp_path.iterdir() if p.is_file() and p.read_bytes() == damaged_bytes]
        assert kept, "the damaged file must still be on disk after the restore"


def test_a_too_new_file_is_refused_and_left_untouched(tmp_path: Path, template: Path) -> None:
    path = _make_shop(tmp_path, template, with_backup=False)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA user_version = 99")
    before = _all_bytes(tmp_path)
    with pytest.raises(RefusedDatabaseError) as refused:
        Shop.open(path, tmp_path / "backups")
    assert refused.value.reason == "too_new"
    assert _all_bytes(tmp_path) == before


def _crash_leaving_wal(path: Path, write: Callable[[sqlite3.Connection], None]) -> None:
    """A child process writes and dies without closing: the -wal stays behind."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        connection = sqlite3.connect(path, isolation_level=None)
        connection.execute("PRAGMA journal_mode = WAL")
        write(connection)
        os._exit(0)
    os.waitpid(pid, 0)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_after_an_unclean_shutdown_foreign_keys_are_checked_too(
    tmp_path: Path, template: Path
) -> None:
    path = _make_shop(tmp_path, template, with_backup=True)

    def orphan(connection: sqlite3.Connection) -> None:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute(
            "INSERT INTO note (customer_id, body, pinned, private, created_at, updated_at) "
            "VALUES (999999, 'x', 0, 0, '2026-11-20', '2026-11-20')"
        )

    _crash_leaving_wal(path, orphan)
    wal = Path(f"{path}-wal")
    assert wal.stat().st_size > 0
    wal_bytes = wal.read_bytes()
    # quick_check alone would not see it: it does not read foreign keys.
    assert database_module.quick_check(path) is None

    with pytest.raises(DamagedDatabaseError) as damaged:
        Shop.open(path, tmp_path / "backups")
    moved = [Path(p) for p in damaged.value.moved_to]
    assert "foreign_key_check" in damaged.value.text("en")
    # The -wal went with the file, under the same dated name.
    moved_wal = next(p for p in moved if p.name.endswith("-wal"))
    assert moved_wal.read_bytes() == wal_bytes
    assert not wal.exists()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_sound_file_after_an_unclean_shutdown_opens_with_its_last_commit(
    tmp_path: Path, template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _make_shop(tmp_path, template, with_backup=False)

    def add_note(connection: sqlite3.Connection) -> None:
        connection.execute(
            "INSERT INTO note (customer_id, body, pinned, private, created_at, updated_at) "
            "VALUES (1, 'committed before the crash', 0, 0, '2026-11-20', '2026-11-20')"
        )

    _crash_leaving_wal(path, add_note)
    checks: list[Path] = []
    real = recovery.leftover_wal_problem

    def spy(p: Path, *, schema_version: int) -> str | None:
        checks.append(p)
        return real(p, schema_version=schema_version)

    monkeypatch.setattr(database_module, "leftover_wal_problem", spy)
    shop = Shop.open(path, tmp_path / "backups", check=False)
    try:
        # The file and its -wal were checked together, although the caller skipped quick_check.
        assert checks == [path]
        card = shop.customers.card(1)
        assert any(n.body == "committed before the crash" for n in card.notes)
    finally:
        shop.close()


def test_the_header_marks_the_file_as_kauntaa(tmp_path: Path, template: Path) -> None:
    path = _make_shop(tmp_path, template, with_backup=False)
    assert int.from_bytes(path.read_bytes()[68:72], "big") == APPLICATION_ID


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_the_wal_of_an_open_window_is_not_taken_for_a_crash(
    tmp_path: Path, template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command line beside an open window sees its -wal; only quick_check runs then."""
    from kauntaa.storage.instance import InstanceLock

    path = _make_shop(tmp_path, template, with_backup=False)

    def add_note(connection: sqlite3.Connection) -> None:
        connection.execute(
            "INSERT INTO note (customer_id, body, pinned, private, created_at, updated_at) "
            "VALUES (1, 'from the window', 0, 0, '2026-11-20', '2026-11-20')"
        )

    _crash_leaving_wal(path, add_note)
    ready_r, ready_w = os.pipe()
    done_r, done_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child: a window holding the folder
        lock = InstanceLock(tmp_path)
        lock.acquire()
        os.write(ready_w, b"x")
        os.read(done_r, 1)
        os._exit(0)
    checks: list[bool] = []
    real = recovery.check_file

    def spy(p: Path, *, full: bool) -> str | None:
        checks.append(full)
        return real(p, full=full)

    monkeypatch.setattr(database_module, "check_file", spy)
    try:
        assert os.read(ready_r, 1) == b"x"
        shop = Shop.open(path, tmp_path / "backups")
        shop.close()
    finally:
        os.write(done_w, b"x")
        os.waitpid(pid, 0)
    assert checks == [False]
