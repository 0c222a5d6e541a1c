"""Command line for the shop's safety: backups, their list, restore, and the encrypted copy.

``kauntaa backup [--encrypt FILE]`` takes a verified backup (and seals it for
taking home); ``kauntaa backups`` lists them; ``kauntaa restore [BACKUP]`` and
``kauntaa restore --encrypted FILE`` put one back. Restore runs without opening
the shop first, because it is what the owner reaches for when the file is damaged.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kauntaa.cli.render import Voice, to_json
from kauntaa.errors import Message, UserError
from kauntaa.paths import Paths

if TYPE_CHECKING:
    # The parser is built before every start, the window's too: SQLAlchemy loads only
    # when one of these commands runs.
    from kauntaa.services.shop import Shop
    from kauntaa.storage.backup import BackupInfo, BackupScan

Handler = Callable[[argparse.Namespace, "Shop", Voice], object]
PASSPHRASE_ENV = "KAUNTAA_PASSPHRASE"
#: Commands that must not open the shop first.
WITHOUT_SHOP = frozenset({"restore", "backups", "new-shop"})

SHOWN_COUNTS = ("customer", "visit", "note")


def add_parsers(commands: Any) -> None:
    backup = commands.add_parser("backup", help="take a verified backup now")
    backup.add_argument(
        "--encrypt",
        metavar="FILE",
        help="also write it, encrypted with a passphrase, to FILE (to keep off the premises)",
    )
    backup.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=f"read the passphrase from FILE's first line (or set {PASSPHRASE_ENV})",
    )
    backup.add_argument(
        "--force", action="store_true", help="replace the --encrypt FILE if it exists"
    )
    commands.add_parser("backups", help="list the backups with their dates and row counts")
    commands.add_parser(
        "new-shop",
        help="start a new, empty shop where the data file is missing (backups are kept)",
    )
    restore_parser = commands.add_parser(
        "restore",
        help="put a backup back (default: the newest sound one); the current state is "
        "backed up first",
    )
    restore_parser.add_argument(
        "backup", nargs="?", help="a number from `kauntaa backups`, a file name or a path"
    )
    restore_parser.add_argument(
        "--encrypted", metavar="FILE", help="restore an encrypted copy made by backup --encrypt"
    )
    restore_parser.add_argument("--passphrase-file", metavar="FILE")
    restore_parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _passphrase(args: argparse.Namespace, say: Voice, *, confirm: bool) -> str:
    if args.passphrase_file:
        return _first_line(Path(args.passphrase_file))
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(say("パスフレーズ: ", "Passphrase: "))
    if confirm:
        from kauntaa.storage.offsite import check_passphrase

        check_passphrase(first)
        if getpass.getpass(say("もう一度: ", "Again: ")) != first:
            raise UserError(
                Message("パスフレーズが一致しません。", "The passphrases do not match."),
                code="passphrase_mismatch",
            )
    return first


def _first_line(path: Path) -> str:
    """The passphrase file's first line, or one clear line when there is none to read."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise UserError(
            Message(
                f"パスフレーズのファイル {path} を読めません（{reason}）。",
                f"The passphrase file {path} cannot be read ({reason}).",
            ),
            code="passphrase_file",
        ) from exc
    if not lines or not lines[0]:
        raise UserError(
            Message(
                f"パスフレーズのファイル {path} の1行目が空です。",
                f"The first line of the passphrase file {path} is empty.",
            ),
            code="passphrase_file",
        )
    return lines[0]


def _counts(info_counts: dict[str, int], say: Voice) -> str:
    labels = {
        "customer": say("お客さま", "customers"),
        "visit": say("来店", "visits"),
        "note": say("メモ", "notes"),
    }
    return say("、", ", ").join(f"{labels[t]} {info_counts.get(t, 0)}" for t in SHOWN_COUNTS)


def _backup(args: argparse.Namespace, shop: Shop, say: Voice) -> object:
    warning = shop.backups.location_warning()
    if warning is not None:
        print(warning.in_language(say.lang), file=sys.stderr)
    _warn_ignored(shop.backups.scan(), say)
    if args.encrypt:
        target = Path(args.encrypt)
        shop.outputs.check(target, force=args.force)  # before the passphrase is asked
        passphrase = _passphrase(args, say, confirm=True)
        info = shop.backups.export_encrypted(target, passphrase, force=args.force)
        if args.json:
            return {"backup": info, "encrypted": str(Path(args.encrypt))}
        return say(
            f"バックアップを作成・確認し、暗号化して {args.encrypt} に書きました"
            f"（{_counts(info.row_counts, say)}）。パスフレーズを忘れると開けません。",
            f"Backup written, verified and encrypted to {args.encrypt} "
            f"({_counts(info.row_counts, say)}). Without the passphrase it cannot be opened.",
        )
    info = shop.backups.backup_now(reason="manual")
    if args.json:
        return info
    return say(
        f"バックアップを作成し、確認しました: {info.path}（{_counts(info.row_counts, say)}）",
        f"Backup written and verified: {info.path} ({_counts(info.row_counts, say)})",
    )


def _warn_ignored(scan: BackupScan, say: Voice) -> None:
    """A manifest someone else put in the backup folder is said on stderr, in one line."""
    warning = scan.warning()
    if warning is not None:
        print(warning.in_language(say.lang), file=sys.stderr)


def backups_text(infos: list[BackupInfo], say: Voice) -> str:
    if not infos:
        return say("バックアップはまだありません。", "There are no backups yet.")
    return "\n".join(
        f"{n:>3}  {info.created_at:%Y-%m-%d %H:%M}  {info.reason:<22} "
        f"{_counts(info.row_counts, say)}"
        for n, info in enumerate(infos, start=1)
    )


def _choose(backup_dir: Path, choice: str | None) -> Path | None:
    from kauntaa.storage.backup import list_backups

    if choice is None:
        return None
    infos = list_backups(backup_dir)
    if choice.isdigit() and 1 <= int(choice) <= len(infos):
        return infos[int(choice) - 1].path
    for candidate in (Path(choice).expanduser(), backup_dir / choice):
        if candidate.is_file():
            return candidate
    raise UserError(
        Message(
            f"バックアップ {choice} が見つかりません。`kauntaa backups` で一覧を見られます。",
            f"No backup {choice}. `kauntaa backups` lists them.",
        ),
        code="no_such_backup",
    )


def run_without_shop(args: argparse.Namespace, paths: Paths, say: Voice) -> int:
    """``backups`` and ``restore``: they work even when the shop's file cannot be opened."""
    from kauntaa.services.backups import backup_folder
    from kauntaa.storage.backup import scan_backups

    backup_dir = backup_folder(paths)
    if args.command == "new-shop":
        return _new_shop(args, paths, backup_dir, say)
    if args.command == "backups":
        scan = scan_backups(backup_dir)
        _warn_ignored(scan, say)
        print(to_json(scan.backups) if args.json else backups_text(scan.backups, say))
        return 0
    return _restore(args, paths, backup_dir, say)


def _new_shop(args: argparse.Namespace, paths: Paths, backup_dir: Path, say: Voice) -> int:
    """The owner's explicit choice of an empty shop; an existing data file is never touched."""
    from kauntaa.services.shop import Shop

    if paths.database.exists():
        raise UserError(
            Message(
                f"データファイル {paths.database} はすでにあります。何も変えていません。",
                f"The data file {paths.database} exists already. Nothing was changed.",
            ),
            code="shop_exists",
        )
    Shop.open(paths.database, backup_dir, new_shop=True).close()
    if args.json:
        print(to_json({"database": str(paths.database)}))
        return 0
    print(
        say(
            f"新しい空のお店を始めました: {paths.database}。バックアップはそのまま残っています。",
            f"A new, empty shop was started: {paths.database}. The backups are kept.",
        )
    )
    return 0


def _restore(args: argparse.Namespace, paths: Paths, backup_dir: Path, say: Voice) -> int:
    source = None if args.encrypted else _choose(backup_dir, args.backup)
    if source is None and not args.encrypted:
        from kauntaa.services.backups import required_default_restore

        source = required_default_restore(backup_dir).path  # named in the question below
    passphrase = _passphrase(args, say, confirm=False) if args.encrypted else ""
    if not args.yes and sys.stdin.isatty() and not args.json:
        what = args.encrypted or (source.name if source else "")
        answer = input(
            say(
                f"{what} から戻します。いまの状態は先にバックアップします。よろしいですか [y/N] ",
                f"Restore {what}? The current state is backed up first. [y/N] ",
            )
        )
        if answer.strip().lower() not in ("y", "yes", "はい"):
            print(say("やめました。", "Cancelled."))
            return 1
    from kauntaa.services.backups import restore, restore_encrypted
    from kauntaa.services.shop import Shop
    from kauntaa.storage.instance import InstanceLock

    lock = InstanceLock(paths.data_dir)
    if not lock.acquire():
        raise UserError(
            Message(
                "Kauntaa のウィンドウが開いています。閉じてから戻すか、"
                "ウィンドウの「ファイル ▸ バックアップから戻す…」を使ってください。",
                "Kauntaa is open in a window. Close it first, or restore from the window "
                "(File ▸ Restore from backup…).",
            ),
            code="window_open",
        )
    try:
        if args.encrypted:
            result = restore_encrypted(paths.database, backup_dir, Path(args.encrypted), passphrase)
        else:
            result = restore(paths.database, backup_dir, source)
        # Open it once: an older backup is migrated now (after its own verified backup).
        Shop.open(paths.database, backup_dir).close()
    finally:
        lock.release()
    if args.json:
        print(to_json(result))
        return 0
    lines = [
        say(
            f"戻しました: {result.source.name}（{_counts(result.row_counts, say)}）",
            f"Restored {result.source.name} ({_counts(result.row_counts, say)}).",
        )
    ]
    if result.safety_backup is not None:
        lines.append(
            say(
                f"戻す前の状態はバックアップ {result.safety_backup.path.name} にあります。",
                f"The state before it is kept as backup {result.safety_backup.path.name}.",
            )
        )
    for moved in result.moved_aside[:1]:
        lines.append(
            say(
                f"読めなかった元のファイルは {moved.name} として残しました。",
                f"The unreadable previous file was kept as {moved.name}.",
            )
        )
    print("\n".join(lines))
    return 0


HANDLERS: dict[str, Handler] = {"backup": _backup}
