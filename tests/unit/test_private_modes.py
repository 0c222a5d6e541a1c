"""On Linux and macOS the shop's files are the owner's alone: 0600 files in 0700 folders.

Checked under umask 022 (which made them 0644 before), both through the console
script and through the services used directly, as a script would.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

from kauntaa import private
from kauntaa.app import main
from kauntaa.domain.customers import CustomerFields
from kauntaa.paths import Paths
from kauntaa.services.shop import Shop
from kauntaa.settings import Settings, save_settings
from kauntaa.storage.folder_lock import LOCK_FILENAME
from kauntaa.storage.instance import InstanceLock

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX modes; Windows uses the profile")


@pytest.fixture(autouse=True)
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def _modes(paths: list[Path]) -> dict[str, str]:
    return {p.name: oct(_mode(p)) for p in paths}


def test_the_services_alone_write_owner_only_files_and_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kauntaa.gui import launch

    paths = Paths.under(tmp_path / "new" / "shop")
    paths.ensure()
    shop = Shop.open(paths.database, paths.backup_dir)
    try:
        shop.customers.add(CustomerFields(name="田中", reading="たなか"))
        live = [paths.database, Path(f"{paths.database}-wal"), Path(f"{paths.database}-shm")]
        assert _modes(live) == dict.fromkeys((p.name for p in live), "0o600")
        info = shop.backups.backup_now(reason="manual")
    finally:
        shop.close()
    save_settings(paths.settings_file, Settings(language="en"))
    lock = InstanceLock(paths.data_dir)
    assert lock.acquire()
    lock.release()

    crash_files: list[IO[str]] = []  # the window keeps it open for faulthandler; closed here
    monkeypatch.setattr(faulthandler, "enable", lambda file: crash_files.append(file))
    logger = logging.getLogger("kauntaa")
    before = list(logger.handlers)
    log_file = launch._setup_logging(paths)
    try:
        logger.info("a log line")
        handler = next(h for h in logger.handlers if h not in before)
        assert isinstance(handler, private.RotatingLog)
        handler.doRollover()
        logger.info("a line in the new file")
    finally:
        for added in [h for h in logger.handlers if h not in before]:
            added.close()
            logger.removeHandler(added)
        for crash_file in crash_files:
            crash_file.close()

    files = [
        paths.database,
        info.path,
        info.path.with_suffix(".json"),
        paths.backup_dir / LOCK_FILENAME,
        paths.settings_file,
        paths.data_dir / "kauntaa.lock",
        log_file,
        Path(f"{log_file}.1"),
        log_file.with_name("crash.log"),
    ]
    assert _modes(files) == dict.fromkeys((p.name for p in files), "0o600")
    folders = [paths.data_dir, paths.data_dir.parent, paths.backup_dir, paths.log_dir]
    assert _modes(folders) == dict.fromkeys((p.name for p in folders), "0o700")
    assert "a log line" in Path(f"{log_file}.1").read_text(encoding="utf-8")


def test_an_existing_folder_keeps_its_mode(tmp_path: Path) -> None:
    shared = tmp_path / "usb"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    private.make_folder(shared / "kauntaa" / "backups")
    assert _mode(shared) == 0o755
    assert _mode(shared / "kauntaa") == 0o700
    assert _mode(shared / "kauntaa" / "backups") == 0o700


def test_the_console_script_writes_owner_only_and_leaves_the_umask_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "shop"
    assert main(["--data-dir", str(root), "add", "田中"]) == 0
    assert main(["--data-dir", str(root), "--json", "backup"]) == 0
    capsys.readouterr()
    backups = sorted((root / "backups").glob("kauntaa-*"))
    assert backups
    assert {oct(_mode(p)) for p in [root / "kauntaa.sqlite3", *backups]} == {"0o600"}
    assert {oct(_mode(p)) for p in (root, root / "backups", root / "logs")} == {"0o700"}
    current = os.umask(0o022)
    assert current == 0o022


def test_a_file_left_readable_by_an_older_kauntaa_is_made_owner_only_at_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "shop"
    assert main(["--data-dir", str(root), "add", "田中"]) == 0
    capsys.readouterr()
    database = root / "kauntaa.sqlite3"
    os.chmod(database, 0o644)
    shop = Shop.open(database, root / "backups")
    try:
        shop.customers.add(CustomerFields(name="佐藤", reading="さとう"))
        assert _mode(database) == 0o600
        assert _mode(Path(f"{database}-wal")) == 0o600
    finally:
        shop.close()


@pytest.mark.parametrize(("given", "made"), [(0o444, 0o400), (0o640, 0o600), (0o400, 0o400)])
def test_owner_only_takes_away_only_what_others_had(tmp_path: Path, given: int, made: int) -> None:
    """A file the owner made read-only stays read-only: nothing is ever made writable."""
    from kauntaa.private import restrict

    kept = tmp_path / "kauntaa.sqlite3"
    kept.write_bytes(b"")
    os.chmod(kept, given)
    restrict(kept)
    assert _mode(kept) == made


def test_an_exclusive_write_never_goes_through_a_planted_link(tmp_path: Path) -> None:
    target = tmp_path / "kauntaa.sqlite3"
    target.write_bytes(b"the shop")
    planted = tmp_path / "kauntaa-20261120-093001-123456-manual.json.tmp"
    planted.symlink_to(target)
    with pytest.raises(FileExistsError):
        private.write_text(planted, "{}", exclusive=True)
    with pytest.raises(FileExistsError):
        private.create_file(planted, exclusive=True)
    assert target.read_bytes() == b"the shop"
