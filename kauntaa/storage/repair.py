"""Check and repair the shop's file, in the spirit of Anki's Check Database.

``check_database`` runs SQLite's full ``integrity_check`` and ``foreign_key_check``
(``quick_check``, run at every start, does not look inside indexes: a changed row in
an index shows up only later, as a backup that does not verify). ``repair_database``
never changes the file in place and never deletes it:

- damage only in indexes: the file is copied, the copy gets ``REINDEX`` and must
  then verify;
- anything else (or a REINDEX that did not help): the file is rebuilt table by table
  into a fresh one, stamped with Kauntaa's application id and the same schema
  version, and verified with ``integrity_check`` and ``foreign_key_check``. Rows that
  can no longer be read are counted and named in the report;
- only a verified copy takes the file's place; the file as it was is moved aside
  with its -wal and -shm under a dated name beside it.

Every connection to the file must be closed first (the window closes its shop, the
command line refuses while a window is open).
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kauntaa.errors import Message, StorageError
from kauntaa.storage.backup import VERIFY_CACHE_KIB, fsync_dir, fsync_file
from kauntaa.storage.engine import APPLICATION_ID, is_damage
from kauntaa.storage.leftovers import REPAIRING, scratch_file
from kauntaa.storage.recovery import SIDE_FILES, move_aside, unreadable

Progress = Callable[[int, int], None]

#: integrity_check stops after this many problems; enough to tell indexes from tables.
MAX_PROBLEMS = 200
#: integrity_check's own wording for a problem inside one index.
_INDEX_PROBLEM = re.compile(
    r"^(?:row \d+ missing from index|wrong # of entries in index|non-unique entry in "
    r"UNIQUE index|NULL value in index) (?P<name>\S+)"
)
#: A b-tree page problem names the tree by its root page.
_TREE_PROBLEM = re.compile(r"^(?:Tree|On tree page) (?P<root>\d+)\b")
_HEADER = "*** in database main ***"


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What SQLite's full check found. ``problems`` is empty for a sound file."""

    path: Path
    problems: tuple[str, ...]
    #: The indexes named by the problems (REINDEX can rebuild them from the tables).
    damaged_indexes: tuple[str, ...] = ()
    #: A problem outside the indexes: the tables, the free pages or the file's structure.
    tables_damaged: bool = False

    @property
    def sound(self) -> bool:
        return not self.problems

    @property
    def kind(self) -> str:
        """``sound``, ``indexes`` (REINDEX fixes it) or ``tables`` (a rebuild is needed)."""
        if self.sound:
            return "sound"
        return "tables" if self.tables_damaged or not self.damaged_indexes else "indexes"


@dataclass(frozen=True, slots=True)
class TableCopy:
    """One table of a rebuild: rows the old file held (None: could not be counted) and kept."""

    table: str
    before: int | None
    kept: int

    @property
    def lost(self) -> int | None:
        return None if self.before is None else max(self.before - self.kept, 0)


@dataclass(frozen=True, slots=True)
class RepairResult:
    before: CheckResult
    #: ``none`` (the file was sound), ``reindex`` or ``rebuild``.
    method: str
    after: CheckResult
    #: The file as it was before the repair, moved aside (with its -wal and -shm).
    kept_as: tuple[Path, ...] = ()
    #: Rebuild only: the tables whose rows could not all be carried over.
    losses: tuple[TableCopy, ...] = field(default=())

    @property
    def repaired(self) -> bool:
        return self.method != "none" and self.after.sound


def _open_read_only(path: Path) -> sqlite3.Connection:
    # Through the -wal when there is one (its commits are part of the shop); untrusted:
    # nothing in the file's schema runs while it is checked or copied.
    immutable = "" if Path(f"{path}-wal").exists() else "&immutable=1"
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro{immutable}", uri=True)
        connection.execute("PRAGMA trusted_schema = OFF")
        connection.execute("PRAGMA cell_size_check = ON")
        connection.execute(f"PRAGMA cache_size = -{VERIFY_CACHE_KIB}")
    except sqlite3.Error as exc:
        raise unreadable(path, exc) from exc
    return connection


def check_database(path: Path) -> CheckResult:
    """SQLite's full integrity_check and foreign_key_check, read-only."""
    if not path.is_file():
        raise StorageError(
            Message(
                f"データファイル {path} がありません。",
                f"There is no data file at {path}.",
            ),
            code="no_database",
        )
    connection = _open_read_only(path)
    try:
        try:
            rows = connection.execute(f"PRAGMA integrity_check({MAX_PROBLEMS})").fetchall()
        except sqlite3.Error as exc:
            if not is_damage(exc):
                raise unreadable(path, exc) from exc
            return CheckResult(path, (str(exc),), tables_damaged=True)
        problems = [] if rows == [("ok",)] else [str(r[0]) for r in rows]
        if not problems:
            try:
                orphans = connection.execute("PRAGMA foreign_key_check").fetchall()
            except sqlite3.Error as exc:
                if not is_damage(exc):
                    raise unreadable(path, exc) from exc
                return CheckResult(path, (str(exc),), tables_damaged=True)
            if orphans:
                tables = sorted({str(r[0]) for r in orphans})
                problems.append(
                    f"foreign_key_check: {len(orphans)} orphaned rows in {', '.join(tables)}"
                )
                return CheckResult(path, tuple(problems), tables_damaged=True)
            if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return CheckResult(path, ("not a Kauntaa file",), tables_damaged=True)
            return CheckResult(path, ())
        return _classify(connection, path, problems)
    finally:
        connection.close()


def _classify(connection: sqlite3.Connection, path: Path, problems: list[str]) -> CheckResult:
    try:
        schema = connection.execute("SELECT type, name, rootpage FROM sqlite_master").fetchall()
    except sqlite3.Error:
        return CheckResult(path, tuple(problems), tables_damaged=True)
    indexes = {str(name) for kind, name, _root in schema if kind == "index"}
    index_roots = {int(root): str(name) for kind, name, root in schema if kind == "index"}
    named: list[str] = []
    elsewhere = False
    for problem in problems:
        for line in problem.splitlines():
            line = line.strip()
            if not line or line == _HEADER:
                continue
            index = _INDEX_PROBLEM.match(line)
            tree = _TREE_PROBLEM.match(line)
            if index is not None and index.group("name") in indexes:
                name = index.group("name")
            elif tree is not None and int(tree.group("root")) in index_roots:
                name = index_roots[int(tree.group("root"))]
            else:
                elsewhere = True
                continue
            if name not in named:
                named.append(name)
    return CheckResult(
        path, tuple(problems), damaged_indexes=tuple(named), tables_damaged=elsewhere
    )


def repair_database(path: Path, *, progress: Progress | None = None) -> RepairResult:
    """Check the file and, when it is damaged, put a verified repaired copy in its place."""

    def step(done: int) -> None:
        if progress is not None:
            progress(done, 4)

    step(0)
    before = check_database(path)
    step(1)
    if before.sound:
        step(4)
        return RepairResult(before=before, method="none", after=before)
    work = scratch_file(path, REPAIRING)
    _remove_scratch(work)
    try:
        method = "rebuild"
        losses: tuple[TableCopy, ...] = ()
        if before.kind == "indexes" and _reindexed_copy(path, work):
            method = "reindex"
        else:
            _remove_scratch(work)
            step(2)
            losses = _rebuild(path, work)
        step(3)
        verified = check_database(work)
        if not verified.sound:
            raise StorageError(
                Message(
                    "修復したコピーが確認を通りませんでした（"
                    f"{verified.problems[0]}）。データファイルはそのままです。"
                    "「ファイル ▸ バックアップから戻す…」で最新のバックアップを戻してください。",
                    f"The repaired copy did not verify ({verified.problems[0]}). The data file "
                    "was left as it is. Restore the newest backup (File ▸ Restore from backup…).",
                ),
                code="repair_failed",
            )
        kept = move_aside(path, label="before-repair")
        os.replace(work, path)
        fsync_dir(path.parent)
    except OSError as exc:
        raise StorageError(
            Message(
                f"修復できませんでした（{exc}）。データファイルはそのままです。",
                f"The repair could not be done ({exc}). The data file was left as it is.",
            ),
            code="repair_failed",
        ) from exc
    finally:
        _remove_scratch(work)
    after = check_database(path)
    step(4)
    return RepairResult(
        before=before, method=method, after=after, kept_as=tuple(kept), losses=losses
    )


def _remove_scratch(work: Path) -> None:
    """The repair's own unfinished copy (never the shop's file)."""
    for side in ("", *SIDE_FILES, "-journal"):
        Path(f"{work}{side}").unlink(missing_ok=True)


def _reindexed_copy(path: Path, work: Path) -> bool:
    """A page-for-page copy of the file with every index rebuilt; False when that fails."""
    source = _open_read_only(path)
    try:
        target = sqlite3.connect(work, isolation_level=None)
        try:
            source.backup(target)
            target.execute("REINDEX")
            target.execute("PRAGMA journal_mode = WAL")
        finally:
            target.close()
    except sqlite3.Error:
        return False
    finally:
        source.close()
    fsync_file(work)
    return True


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _rebuild(path: Path, work: Path) -> tuple[TableCopy, ...]:
    """Copy what can still be read, table by table, into a fresh file; return the losses.

    Two connections, not ATTACH: an error reading the damaged file must never touch the
    transaction that writes the fresh one.
    """
    source = _open_read_only(path)
    target = sqlite3.connect(work, isolation_level=None)
    try:
        try:
            schema = source.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master "
                "WHERE sql IS NOT NULL ORDER BY rowid"
            ).fetchall()
            version = int(source.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.Error as exc:
            raise StorageError(
                Message(
                    f"データファイルの構造が読めないため作り直せません（{exc}）。"
                    "データファイルはそのままです。最新のバックアップを戻してください。",
                    f"The data file's structure cannot be read, so it cannot be rebuilt "
                    f"({exc}). It was left as it is. Restore the newest backup.",
                ),
                code="repair_failed",
            ) from exc
        target.execute("PRAGMA foreign_keys = OFF")
        target.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        target.execute(f"PRAGMA user_version = {version}")
        virtual = [str(n) for kind, n, _t, sql in schema if kind == "table" and _is_virtual(sql)]
        shadows = {
            str(n)
            for kind, n, _t, _sql in schema
            if kind == "table" and any(str(n).startswith(f"{v}_") for v in virtual)
        }
        tables = [
            (str(n), str(sql))
            for kind, n, _t, sql in schema
            if kind == "table" and str(n) not in shadows and not str(n).startswith("sqlite_")
        ]
        target.execute("BEGIN")
        for _name, sql in tables:
            target.execute(sql)
        copies = [_copy_table(source, target, name, name in virtual) for name, _sql in tables]
        for kind, name, _table, sql in schema:
            if kind in ("index", "trigger", "view") and not str(name).startswith("sqlite_"):
                target.execute(str(sql))
        orphans = _drop_orphans(target)
        target.execute("COMMIT")
        target.execute("PRAGMA journal_mode = WAL")
    finally:
        target.close()
        source.close()
    fsync_file(work)
    losses = []
    for copy in copies:
        kept = copy.kept - orphans.get(copy.table, 0)
        if copy.before != kept:
            losses.append(TableCopy(copy.table, copy.before, kept))
    return tuple(losses)


def _is_virtual(sql: object) -> bool:
    return str(sql).lstrip().upper().startswith("CREATE VIRTUAL TABLE")


def _count(connection: sqlite3.Connection, table: str) -> int | None:
    try:
        return int(connection.execute(f"SELECT count(*) FROM {_quoted(table)}").fetchone()[0])
    except sqlite3.Error:
        return None


def _copy_table(
    source: sqlite3.Connection, target: sqlite3.Connection, table: str, virtual: bool
) -> TableCopy:
    name = _quoted(table)
    before = _count(source, table)
    columns = [str(r[1]) for r in target.execute(f"PRAGMA table_info({name})").fetchall()]
    # A virtual table (the notes' full-text index) keeps its rowid only when named.
    if virtual:
        select = f"SELECT rowid, * FROM {name}"
        names = ", ".join(["rowid", *map(_quoted, columns)])
        width = len(columns) + 1
    else:
        select = f"SELECT * FROM {name}"
        names = ", ".join(map(_quoted, columns))
        width = len(columns)
    insert = f"INSERT INTO {name} ({names}) VALUES ({', '.join('?' * width)})"
    target.execute("SAVEPOINT copy_table")
    try:
        for row in source.execute(select):
            target.execute(insert, row)
    except sqlite3.Error:
        target.execute("ROLLBACK TO copy_table")
        _copy_row_by_row(source, target, table, select, insert)
    target.execute("RELEASE copy_table")
    return TableCopy(table, before, _count(target, table) or 0)


#: How many rowids a salvage probes between the readable ones (each one indexed look-up).
SALVAGE_PROBES = 1_000_000


def _copy_row_by_row(
    source: sqlite3.Connection, target: sqlite3.Connection, table: str, select: str, insert: str
) -> None:
    """What a damaged table still gives up: every rowid readable, and the gaps between.

    A damaged page can name any rowid (a garbage one can be near 2**63), so the gaps
    are probed only up to ``SALVAGE_PROBES``; the rowids the scans saw are all tried.
    """
    seen: set[int] = set()
    for order in ("ASC", "DESC"):
        try:
            for (rowid,) in source.execute(
                f"SELECT rowid FROM {_quoted(table)} ORDER BY rowid {order}"
            ):
                seen.add(int(rowid))
        except sqlite3.Error:
            continue
    ceiling = min(max(seen, default=0), SALVAGE_PROBES)
    for rowid in sorted(seen | set(range(1, ceiling + 1))):
        try:
            row = source.execute(f"{select} WHERE rowid = ?", (rowid,)).fetchone()
            if row is not None:
                target.execute(insert, row)
        except sqlite3.Error:
            continue


def _drop_orphans(target: sqlite3.Connection) -> dict[str, int]:
    """Rows whose parent was lost cannot stay in a verified file; they remain in the old one."""
    dropped: dict[str, int] = {}
    for _round in range(20):
        orphans = target.execute("PRAGMA main.foreign_key_check").fetchall()
        if not orphans:
            break
        for table, rowid, _parent, _fk in orphans:
            target.execute(f"DELETE FROM main.{_quoted(str(table))} WHERE rowid = ?", (rowid,))
            dropped[str(table)] = dropped.get(str(table), 0) + 1
    return dropped
