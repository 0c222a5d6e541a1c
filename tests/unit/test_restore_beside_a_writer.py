"""A restore while another process writes: no acknowledged write is lost.

A script records visits through the services, printing each one once it is
committed, while ``kauntaa restore`` runs from the command line in the middle.
Every acknowledged visit must be in the safety backup the restore took of the
state it replaced, or in the shop afterwards.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from kauntaa.domain.customers import CustomerFields
from kauntaa.services.shop import Shop
from kauntaa.storage.backup import list_backups

MOST_WRITES = 20_000  # the writer stops by itself after these, if never told
RESTORE_AFTER = 60  # acknowledged visits before the restore starts
AFTER_RESTORE = 60  # and after it ended

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from kauntaa.errors import KauntaaError
    from kauntaa.services.shop import Shop

    path, most = Path(sys.argv[1]), int(sys.argv[2])
    stop = path.parent / "stop-writing"
    shop = Shop.open(path, path.parent / "backups")
    for n in range(most):
        if stop.exists():  # the test says when it has seen enough
            break
        try:
            shop.activity.record_visit(1 + n % 3, order=f"w{n}")
        except KauntaaError as exc:  # not acknowledged: allowed, as long as it says so
            print(f"failed {n} {exc.code}", flush=True)
            continue
        print(f"ack w{n}", flush=True)
    shop.close()
    print("done", flush=True)
    """
)


def _orders(path: Path) -> set[str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        return {row[0] for row in db.execute("SELECT order_text FROM visit")}


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kauntaa", "--data-dir", str(data), "--lang", "en", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        check=False,
    )


@dataclass(frozen=True, slots=True)
class Round:
    """What one restore beside a writer left: the acknowledged writes, and where they are."""

    acknowledged: frozenset[str]
    in_safety_backup: frozenset[str]
    in_shop_after: frozenset[str]
    restore_status: int

    @property
    def lost(self) -> frozenset[str]:
        return self.acknowledged - self.in_safety_backup - self.in_shop_after


def restore_beside_a_writer(data: Path) -> Round:
    """A script writes visits; ``kauntaa restore --yes`` runs from the command line meanwhile."""
    shop = Shop.open(data / "kauntaa.sqlite3", data / "backups")
    for name, reading in (("田中 美咲", "たなか みさき"), ("佐藤 健太", "さとう けんた")):
        shop.customers.add(CustomerFields(name=name, reading=reading))
    shop.customers.add(CustomerFields(name="山田 優", reading="やまだ ゆう"))
    target = shop.backups.backup_now(reason="manual")  # what the restore puts back
    shop.close()

    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data / "kauntaa.sqlite3"), str(MOST_WRITES)],
        stdout=subprocess.PIPE,
        text=True,
    ) as writer:
        assert writer.stdout is not None
        lines: list[str] = []
        while len([x for x in lines if x.startswith("ack")]) < RESTORE_AFTER:
            lines.append(writer.stdout.readline().strip())
        restored = _cli(data, "restore", str(target.path), "--yes")
        after_restore = len(lines)
        while len([x for x in lines[after_restore:] if x.startswith("ack")]) < AFTER_RESTORE:
            lines.append(writer.stdout.readline().strip())
            assert lines[-1] != "done", "the writer ended before the restore did"
        (data / "stop-writing").touch()
        lines += [line.strip() for line in writer.stdout]
        assert writer.wait(timeout=120) == 0
    assert lines[-1] == "done"
    [safety] = [b for b in list_backups(data / "backups") if b.reason == "before-restore"]
    acknowledged = frozenset(line.split()[1] for line in lines if line.startswith("ack"))
    return Round(
        acknowledged=acknowledged,
        in_safety_backup=frozenset(_orders(safety.path)) & acknowledged,
        in_shop_after=frozenset(_orders(data / "kauntaa.sqlite3")) & acknowledged,
        restore_status=restored.returncode,
    )


@pytest.mark.slow
def test_every_acknowledged_write_is_in_the_safety_backup_or_the_restored_shop(
    tmp_path: Path,
) -> None:
    done = restore_beside_a_writer(tmp_path / "shop")
    assert done.restore_status == 0
    assert done.lost == frozenset()
    # The two really ran side by side: writes on both sides of the restore, none twice.
    assert done.in_safety_backup
    assert done.in_shop_after
    assert not done.in_safety_backup & done.in_shop_after


def test_restore_without_a_number_skips_the_copy_a_restore_took(tmp_path: Path) -> None:
    """A second bare `kauntaa restore` must not put back what the first one replaced."""
    data = tmp_path / "shop"
    shop = Shop.open(data / "kauntaa.sqlite3", data / "backups")
    first = shop.customers.add(CustomerFields(name="田中 美咲", reading="たなか みさき")).id
    shop.backups.backup_now(reason="manual")
    shop.activity.record_visit(first, order="あとで")
    shop.close()

    for _ in range(2):
        done = _cli(data, "restore", "--yes")
        assert done.returncode == 0, done.stderr
        assert "kauntaa-" in done.stdout
        assert _orders(data / "kauntaa.sqlite3") == set()  # the manual backup, both times
    reasons = [b.reason for b in list_backups(data / "backups")]
    assert reasons.count("before-restore") == 2


def test_restoring_a_file_that_is_no_backup_names_that_file_and_changes_nothing(
    tmp_path: Path,
) -> None:
    data = tmp_path / "shop"
    shop = Shop.open(data / "kauntaa.sqlite3", data / "backups")
    shop.customers.add(CustomerFields(name="田中 美咲", reading="たなか みさき"))
    shop.close()
    victim = tmp_path / "victim.txt"
    victim.write_text("not a backup\n", encoding="utf-8")

    done = _cli(data, "restore", str(victim), "--yes")

    assert done.returncode == 1
    assert "victim.txt" in done.stderr
    assert ".restoring" not in done.stderr
    assert list_backups(data / "backups") == []  # no safety copy for a restore that never began
