"""``kauntaa check [--repair]``: SQLite's full check of the data file, and its repair.

It runs without opening the shop first: the start-up checks would set a damaged
file aside, and this is what the owner reaches for when a backup did not verify.
Exit 0 when the file is sound or was repaired, 1 while damage remains.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from kauntaa.cli.render import Voice, to_json
from kauntaa.errors import Message, UserError
from kauntaa.paths import Paths

if TYPE_CHECKING:
    from kauntaa.services.repair import RepairOutcome
    from kauntaa.storage.repair import CheckResult

COMMAND = "check"


def add_parsers(commands: Any) -> None:
    check = commands.add_parser(
        COMMAND,
        help="check the data file fully (integrity_check); --repair mends damage, keeping "
        "the file as it was",
    )
    check.add_argument(
        "--repair",
        action="store_true",
        help="repair damage: REINDEX when only indexes are damaged, else a verified rebuild",
    )


def run(args: argparse.Namespace, paths: Paths, say: Voice) -> int:
    from kauntaa.services.backups import backup_folder
    from kauntaa.services.repair import check, repair, report_lines

    if not args.repair:
        result = check(paths.database)
        print(to_json(_check_json(result)) if args.json else _text(report_lines(result), say))
        if not result.sound and not args.json:
            print(
                say(
                    "`kauntaa check --repair` で修復できます（元のファイルは消さずに残します）。",
                    "Repair it with `kauntaa check --repair` (the file as it is will be kept).",
                ),
                file=sys.stderr,
            )
        return 0 if result.sound else 1

    from kauntaa.storage.instance import InstanceLock

    lock = InstanceLock(paths.data_dir)
    if not lock.acquire():
        raise UserError(
            Message(
                "Kauntaa のウィンドウが開いています。閉じてから修復するか、"
                "ウィンドウの「ヘルプ ▸ 確認と修復…」を使ってください。",
                "Kauntaa is open in a window. Close it first, or use Help ▸ Check and "
                "repair… in the window.",
            ),
            code="window_open",
        )
    try:
        outcome = repair(paths.database, backup_folder(paths))
    finally:
        lock.release()
    print(to_json(_repair_json(outcome)) if args.json else _text(report_lines(outcome), say))
    return 0 if outcome.repair.after.sound else 1


def _check_json(result: CheckResult) -> dict[str, object]:
    return {
        "path": result.path,
        "sound": result.sound,
        "kind": result.kind,
        "problems": result.problems,
        "damaged_indexes": result.damaged_indexes,
    }


def _repair_json(outcome: RepairOutcome) -> dict[str, object]:
    result = outcome.repair
    return {
        "before": _check_json(result.before),
        "method": result.method,
        "repaired": result.repaired,
        "after": _check_json(result.after),
        "kept_as": result.kept_as,
        "losses": [
            {"table": t.table, "before": t.before, "kept": t.kept, "lost": t.lost}
            for t in result.losses
        ],
        "backup": outcome.backup,
        "backup_error": outcome.backup_error,
    }


def _text(lines: list[Message], say: Voice) -> str:
    return "\n".join(line.in_language(say.lang) for line in lines)
