"""Check and repair: the owner's way back from damage that the start-up check misses.

The check is SQLite's full one, read-only. The repair needs the file to itself (the
window closes its shop first; the command line refuses while a window is open). A
repaired file gets a fresh verified backup at once, so the shop has backups again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kauntaa.errors import KauntaaError, Message
from kauntaa.storage.backup import BackupInfo, make_backup, prune_backups
from kauntaa.storage.leftovers import working_on
from kauntaa.storage.repair import CheckResult, RepairResult, check_database, repair_database

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class RepairOutcome:
    repair: RepairResult
    #: The verified backup taken of the repaired file (None when it could not be written).
    backup: BackupInfo | None
    backup_error: Message | None = None


def check(database: Path) -> CheckResult:
    """SQLite's full check of the data file; it may stay open elsewhere meanwhile."""
    return check_database(database)


def repair(database: Path, backup_dir: Path, *, progress: Progress | None = None) -> RepairOutcome:
    """Repair the data file when damaged (every connection to it must be closed)."""
    with working_on(database):
        result = repair_database(database, progress=progress)
    if not result.repaired:
        return RepairOutcome(result, None)
    try:
        info = make_backup(database, backup_dir, reason="after-repair")
    except KauntaaError as exc:
        log.error("backup after repair failed: %s", exc)
        return RepairOutcome(result, None, exc.message)
    prune_backups(backup_dir, verified=info)
    return RepairOutcome(result, info)


def report_lines(outcome: CheckResult | RepairOutcome) -> list[Message]:
    """The plain report, the same words in the window and on the command line."""
    if isinstance(outcome, CheckResult):
        return _check_lines(outcome)
    result = outcome.repair
    if result.method == "none":
        return _check_lines(result.before)
    lines = _check_lines(result.before)
    if result.method == "reindex":
        lines.append(
            Message(
                "索引を作り直しました（REINDEX）。",
                "The indexes were rebuilt (REINDEX).",
            )
        )
    else:
        lines.append(
            Message(
                "読めるものをすべて新しいファイルに移して作り直しました。",
                "Everything that could be read was copied into a fresh file.",
            )
        )
    for loss in result.losses:
        if loss.lost is None:
            lines.append(
                Message(
                    f"{loss.table}: {loss.kept} 件を移しました（元の件数は数えられませんでした）。",
                    f"{loss.table}: {loss.kept} rows carried over (the old file could not be "
                    "counted).",
                )
            )
        elif loss.lost:
            lines.append(
                Message(
                    f"{loss.table}: {loss.before} 件のうち {loss.lost} 件は読めず、移せませんでした。",
                    f"{loss.table}: {loss.lost} of {loss.before} rows could not be read and "
                    "were not carried over.",
                )
            )
    if result.after.sound:
        lines.append(
            Message(
                "修復したデータファイルは確認を通りました。",
                "The repaired data file verifies.",
            )
        )
    if result.kept_as:
        lines.append(
            Message(
                f"修復前のファイルは消さずに {result.kept_as[0].name} として残しました。",
                f"Nothing was deleted: the file as it was is kept as {result.kept_as[0].name}.",
            )
        )
    if outcome.backup is not None:
        lines.append(
            Message(
                f"修復後のバックアップを作成し、確認しました: {outcome.backup.path.name}",
                f"A backup of the repaired file was written and verified: "
                f"{outcome.backup.path.name}",
            )
        )
    elif outcome.backup_error is not None:
        lines.append(outcome.backup_error)
    return lines


def _check_lines(result: CheckResult) -> list[Message]:
    if result.sound:
        return [
            Message(
                "データファイルは健全です（integrity_check: ok）。",
                "The data file is sound (integrity_check: ok).",
            )
        ]
    shown = "; ".join(p.replace("\n", " ") for p in result.problems[:3])
    more = len(result.problems) - 3
    extra = Message(f"ほか {more} 件", f" and {more} more") if more > 0 else Message("", "")
    if result.kind == "indexes":
        where = Message(
            f"索引（{', '.join(result.damaged_indexes)}）だけが傷んでいます。データそのものは無事です。",
            f"Only indexes are damaged ({', '.join(result.damaged_indexes)}); the data "
            "itself is whole.",
        )
    else:
        where = Message(
            "データの入った部分が傷んでいます。",
            "The part of the file that holds the data is damaged.",
        )
    return [
        Message(
            f"データファイルに傷みが見つかりました: {shown}{extra.ja}。",
            f"SQLite found damage in the data file: {shown}{extra.en}.",
        ),
        where,
    ]
