"""A missing data file is never silently replaced by an empty shop, and a leftover -wal is
checked against its file before anything could fold it in.

Through the command line as a person runs it (``kauntaa.app.main``), and through
``Shop.open``, which the window uses.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from kauntaa.app import main
from kauntaa.domain.customers import CustomerFields
from kauntaa.errors import MissingDatabaseError
from kauntaa.services.shop import Shop
from kauntaa.storage.backup import list_backups
from kauntaa.storage.recovery import move_aside


def _cli(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _shop_with_someone(data: Path) -> Path:
    shop = Shop.open(data / "kauntaa.sqlite3", data / "backups")
    shop.customers.add(CustomerFields(name="田中 美咲", reading="たなか みさき"))
    shop.close()
    return data / "kauntaa.sqlite3"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- 3. a missing file --------------------------------------------------------------


def _backed_up_then_lost(data: Path) -> None:
    shop = Shop.open(_shop_with_someone(data), data / "backups")
    shop.backups.backup_now()
    shop.close()
    (data / "kauntaa.sqlite3").unlink()


def _set_aside_then_lost(data: Path) -> None:
    move_aside(_shop_with_someone(data), label="damaged")


def _lone_wal(data: Path) -> None:
    path = _shop_with_someone(data)
    Path(f"{path}-wal").write_bytes(b"left behind")
    path.unlink()


def _backup_without_manifest(data: Path) -> None:
    _backed_up_then_lost(data)
    for manifest in (data / "backups").glob("kauntaa-*.json"):
        manifest.unlink()


SIGNS: dict[str, Callable[[Path], None]] = {
    "backups": _backed_up_then_lost,
    "a backup without its manifest": _backup_without_manifest,
    "a set-aside file": _set_aside_then_lost,
    "a -wal without its file": _lone_wal,
}


@pytest.mark.parametrize("sign", list(SIGNS))
@pytest.mark.parametrize("command", [("search", "たなか"), ("add", "佐藤 健太"), ("summary",)])
def test_a_missing_file_where_a_shop_was_is_refused_not_replaced(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sign: str, command: tuple[str, ...]
) -> None:
    data = tmp_path / "shop"
    SIGNS[sign](data)

    code, out, err = _cli(capsys, data, *command)

    assert code == 1
    assert out == ""
    assert "missing" in err
    # Where there is a backup, the way back is named; without one, that is said too.
    assert ("kauntaa restore" if sign == "backups" else "no backup to restore") in err
    assert "kauntaa new-shop" in err
    assert not (data / "kauntaa.sqlite3").exists()


def test_the_refusal_names_the_newest_backup_by_date(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "shop"
    _backed_up_then_lost(data)
    [info] = list_backups(data / "backups")
    code, _out, err = _cli(capsys, data, "search", "た")
    assert code == 1
    assert f"{info.created_at:%Y-%m-%d %H:%M}" in err


def test_a_true_first_start_makes_the_shop(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _err = _cli(capsys, tmp_path / "new", "search", "た")
    assert code == 0
    assert (tmp_path / "new" / "kauntaa.sqlite3").exists()
    assert out.strip()


def test_new_shop_is_the_explicit_way_to_start_empty(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "shop"
    _backed_up_then_lost(data)

    code, out, _err = _cli(capsys, data, "new-shop")
    assert code == 0
    assert "new, empty shop" in out
    assert _cli(capsys, data, "search", "たなか")[0] == 0
    assert len(list((data / "backups").glob("kauntaa-*.sqlite3"))) == 1  # the backup stays

    before = _digest(data / "kauntaa.sqlite3")
    code, _out, err = _cli(capsys, data, "new-shop")
    assert code == 2
    assert "exists already" in err
    assert _digest(data / "kauntaa.sqlite3") == before


def test_restore_brings_the_missing_shop_back(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "shop"
    _backed_up_then_lost(data)
    assert _cli(capsys, data, "restore", "--yes")[0] == 0
    code, out, _err = _cli(capsys, data, "search", "たなか")
    assert code == 0
    assert "田中 美咲" in out


def test_shop_open_refuses_too_and_starts_empty_only_when_asked(tmp_path: Path) -> None:
    data = tmp_path / "shop"
    _set_aside_then_lost(data)
    with pytest.raises(MissingDatabaseError):
        Shop.open(data / "kauntaa.sqlite3", data / "backups")
    shop = Shop.open(data / "kauntaa.sqlite3", data / "backups", new_shop=True)
    try:
        assert shop.customers.count() == 0
    finally:
        shop.close()


# -- 6. a leftover -wal ---------------------------------------------------------------


def _wal_of(path: Path, write: Callable[[sqlite3.Connection], object], into: Path) -> None:
    """Leave ``path``'s -wal as a crash would: written, not folded in, copied beside ``into``."""
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA wal_autocheckpoint = 0")
        write(db)
        shutil.copyfile(f"{path}-wal", f"{into}-wal")


def _foreign_program(tmp: Path) -> Path:
    other = tmp / "other.db"
    with closing(sqlite3.connect(other)) as db:
        db.execute("CREATE TABLE cache(k, v)")
        db.commit()
    return other


def _another_shop(tmp: Path) -> Path:
    other = tmp / "other" / "kauntaa.sqlite3"
    shop = Shop.open(other, other.parent / "backups")
    shop.customers.add(CustomerFields(name="佐藤 健太", reading="さとう けんた"))
    shop.close()
    return other


FOREIGN_WALS: dict[str, tuple[Callable[[Path], Path], Callable[[sqlite3.Connection], object]]] = {
    "another program's": (
        _foreign_program,
        lambda db: db.executemany(
            "INSERT INTO cache VALUES (?, ?)", [(n, "x" * 500) for n in range(200)]
        ),
    ),
    # VACUUM rewrites every page, so this -wal holds the other shop whole and sound.
    "another shop's whole database": (_another_shop, lambda db: db.execute("VACUUM")),
}


@pytest.mark.parametrize("kind", list(FOREIGN_WALS))
def test_a_wal_that_is_not_the_files_own_is_set_aside_with_it_unapplied(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str
) -> None:
    data = tmp_path / "shop"
    path = _shop_with_someone(data)
    make_other, write = FOREIGN_WALS[kind]
    _wal_of(make_other(tmp_path), write, into=path)
    file_before, wal_before = _digest(path), _digest(Path(f"{path}-wal"))

    code, out, err = _cli(capsys, data, "search", "た")

    assert code == 1
    assert out == ""
    assert "moved aside" in err
    assert "does not belong with it" in err
    assert "without the -wal" in err
    [kept] = list(data.glob("kauntaa-damaged-*.sqlite3"))
    assert _digest(kept) == file_before  # never folded in
    assert _digest(Path(f"{kept}-wal")) == wal_before
    # And the next start says the shop is missing instead of starting an empty one.
    assert _cli(capsys, data, "search", "た")[0] == 1


def test_the_files_own_leftover_wal_is_kept_and_its_writes_are_there(tmp_path: Path) -> None:
    data = tmp_path / "shop"
    path = _shop_with_someone(data)
    crashed = tmp_path / "crashed.sqlite3"
    shutil.copyfile(path, crashed)

    def visit(db: sqlite3.Connection) -> None:
        db.execute(
            "INSERT INTO visit (customer_id, at, order_text, source) "
            "VALUES (1, '2026-11-20 10:00:00.000000', 'あとの一杯', 'counter')"
        )

    _wal_of(crashed, visit, into=path)  # the shop's own -wal, as a crash leaves it
    shutil.copyfile(crashed, path)

    shop = Shop.open(path, data / "backups")
    try:
        assert shop.database.path == path
        with closing(sqlite3.connect(path)) as db:
            assert db.execute("SELECT order_text FROM visit").fetchall() == [("あとの一杯",)]
    finally:
        shop.close()
    assert not list(data.glob("kauntaa-damaged-*"))


def test_a_wal_from_a_copy_of_the_same_shop_is_its_own(tmp_path: Path) -> None:
    """The identity travels with the file: a restored or copied shop keeps its own."""
    data = tmp_path / "shop"
    path = _shop_with_someone(data)
    with closing(sqlite3.connect(path)) as db:
        before = db.execute("SELECT uid FROM shop_identity").fetchone()
    shop = Shop.open(path, data / "backups")
    info = shop.backups.backup_now()
    shop.close()
    assert main(["--data-dir", str(data), "restore", str(info.path), "--yes"]) == 0
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("SELECT uid FROM shop_identity").fetchone() == before
