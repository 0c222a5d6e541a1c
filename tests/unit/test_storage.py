"""The shop's file: safe pragmas, real transactions, refusing what is not ours, backups."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.environment import EnvironmentContext
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kauntaa.domain.customers import CustomerFields
from kauntaa.errors import BackupError, RefusedDatabaseError
from kauntaa.services.shop import Shop
from kauntaa.storage.backup import list_backups, make_backup, row_counts, verify_file
from kauntaa.storage.database import SCHEMA_VERSION, open_database
from kauntaa.storage.engine import APPLICATION_ID, make_engine
from kauntaa.storage.folder_lock import LOCK_FILENAME
from kauntaa.storage.repositories import bulk
from kauntaa.storage.schema import TABLES_WITH_ROWS, Base, CustomerRow
from tests.conftest import FixedClock

MIGRATIONS = Path(__file__).resolve().parents[2] / "kauntaa" / "storage" / "migrations"


def _pragma(connection: Connection, name: str) -> Any:
    return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def _assert_safe_pragmas(connection: Connection) -> None:
    assert _pragma(connection, "foreign_keys") == 1
    assert _pragma(connection, "journal_mode") == "wal"
    assert _pragma(connection, "synchronous") == 2  # FULL
    assert _pragma(connection, "busy_timeout") >= 5000


def _counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as connection:
        return row_counts(connection)


def _fill(shop: Shop, clock: FixedClock) -> tuple[int, int]:
    """Two regulars with a little of everything, so backups and cascades have rows to show."""
    a = shop.customers.add(
        CustomerFields(name="田中 美咲", reading="たなか みさき", tags=("写真",))
    ).id
    b = shop.customers.add(CustomerFields(name="佐藤 健太", reading="さとう けんた")).id
    shop.activity.record_visit(a, at=clock.now - timedelta(days=1))
    shop.activity.record_visit(a)
    shop.activity.record_visit(b)
    shop.activity.add_note(a, "オーツミルクのラテ")
    shop.activity.add_note(a, "娘さんの受験", private=True)
    shop.activity.add_note(b, "自転車で来る")
    shop.introductions.introduce(a, b, context="写真展")
    shop.activity.add_reminder("本を返す", customer_id=a, on_next_visit=True)
    circle = shop.circles.create("写真部", contact_id=b)
    shop.circles.add_member(circle.id, a)
    shop.activity.set_day_note(clock.now.date(), "雨")
    return a, b


# Pragmas ------------------------------------------------------------------


def test_pragmas_apply_on_pooled_connections(shop: Shop) -> None:
    engine = shop.database.engine
    with engine.connect() as first:
        _assert_safe_pragmas(first)
        # Held open, so the pool must hand out a second, separately opened connection.
        with engine.connect() as second:
            assert second.connection.driver_connection is not first.connection.driver_connection
            _assert_safe_pragmas(second)
    # A connection returned to the pool and checked out again keeps them.
    with engine.connect() as again:
        _assert_safe_pragmas(again)


def test_pragmas_apply_inside_an_orm_session(shop: Shop) -> None:
    with shop.database.sessions.begin() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2


def test_file_is_stamped_as_kauntaa(shop: Shop) -> None:
    with shop.database.engine.connect() as connection:
        assert _pragma(connection, "application_id") == APPLICATION_ID
        assert _pragma(connection, "user_version") == SCHEMA_VERSION
    # Also in the header itself, where other tools (and our own refusal check) read it.
    header = shop.database.path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    assert int.from_bytes(header[60:64], "big") == SCHEMA_VERSION


# Transactions ----------------------------------------------------------------


def _day_note_count(connection: Connection) -> int:
    return int(connection.exec_driver_sql("SELECT count(*) FROM day_note").scalar_one())


def _insert_day_note(connection: Connection, day: str) -> None:
    connection.exec_driver_sql(
        "INSERT INTO day_note (day, body, updated_at) VALUES (?, 'x', '2026-11-20 12:00:00')",
        (day,),
    )


def test_outer_rollback_undoes_a_released_savepoint(shop: Shop) -> None:
    engine = shop.database.engine
    with engine.connect() as connection:
        outer = connection.begin()
        # The fix: BEGIN is sent at begin(), not left to the driver's guesswork.
        assert connection.connection.driver_connection.in_transaction  # type: ignore[union-attr]
        _insert_day_note(connection, "2026-11-01")
        nested = connection.begin_nested()
        _insert_day_note(connection, "2026-11-02")
        nested.commit()
        outer.rollback()
    with engine.connect() as connection:
        assert _day_note_count(connection) == 0


def test_outer_rollback_undoes_a_savepoint_opened_first(shop: Shop) -> None:
    engine = shop.database.engine
    with engine.connect() as connection:
        outer = connection.begin()
        nested = connection.begin_nested()
        _insert_day_note(connection, "2026-11-03")
        nested.commit()
        outer.rollback()
    with engine.connect() as connection:
        assert _day_note_count(connection) == 0


def test_without_the_fix_the_savepoint_would_survive(tmp_path: Path) -> None:
    # Why the fix exists: a plain pysqlite engine sends no BEGIN, so the SAVEPOINT
    # opens its own transaction and RELEASE commits it behind the outer rollback.
    plain = create_engine(f"sqlite:///{tmp_path / 'plain.sqlite3'}")
    try:
        with plain.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE t (x INTEGER)")
        with plain.connect() as connection:
            outer = connection.begin()
            assert not connection.connection.driver_connection.in_transaction  # type: ignore[union-attr]
            nested = connection.begin_nested()
            connection.exec_driver_sql("INSERT INTO t VALUES (1)")
            nested.commit()
            outer.rollback()
        with plain.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM t").scalar() == 1
    finally:
        plain.dispose()


# Refusing files ----------------------------------------------------------------


def _snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def _sidecars(path: Path) -> list[Path]:
    return [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


def _make_foreign(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
        connection.execute("INSERT INTO recipes VALUES ('ほうじ茶ラテ')")
        connection.commit()


def _make_too_new(path: Path, backup_dir: Path) -> None:
    open_database(path, backup_dir=backup_dir).close()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        connection.commit()


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda path, _b: path.write_bytes(b""), "empty"),
        (lambda path, _b: path.write_text("name,reading\n田中,たなか\n", "utf-8"), "foreign"),
        (lambda path, _b: path.write_bytes(b"SQLite format 3\x00" + b"\0" * 20), "foreign"),
        (lambda path, _b: _make_foreign(path), "foreign"),
        (_make_too_new, "too_new"),
    ],
    ids=["zero_bytes", "text_file", "truncated_header", "foreign_sqlite", "too_new"],
)
def test_refused_files_are_left_untouched(data_dir: Path, make: Any, reason: str) -> None:
    path = data_dir / "kauntaa.sqlite3"
    backup_dir = data_dir / "backups"
    make(path, backup_dir)
    assert _sidecars(path) == []
    before = _snapshot(path)
    backups_before = sorted(backup_dir.glob("*")) if backup_dir.exists() else []

    with pytest.raises(RefusedDatabaseError) as info:
        Shop.open(path, backup_dir)

    error = info.value
    assert error.reason == reason
    assert error.code == f"database_{reason}"
    assert error.path == str(path)
    assert error.text("ja").strip()
    assert error.text("en").strip()
    assert "left as it is" in error.text("en")
    assert "そのまま残しました" in error.text("ja")
    assert _snapshot(path) == before
    assert _sidecars(path) == [], "opening a refused file left -wal/-shm files beside it"
    assert (sorted(backup_dir.glob("*")) if backup_dir.exists() else []) == backups_before


# Schema and migrations -------------------------------------------------------


def _alembic_config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    config.attributes["schema_version"] = SCHEMA_VERSION
    return config


def test_migrations_build_exactly_the_models(shop: Shop) -> None:
    diffs: list[Any] = []

    def compare(_revision: Any, context: MigrationContext) -> list[Any]:
        # ``context`` was configured by migrations/env.py, with its include_object.
        diffs.extend(compare_metadata(context, Base.metadata))
        return []

    with shop.database.engine.connect() as connection:
        config = _alembic_config(connection)
        script = ScriptDirectory.from_config(config)
        with EnvironmentContext(config, script, fn=compare):
            script.run_env()
        connection.rollback()
    assert diffs == []


def test_the_fts_filter_is_what_hides_the_note_index(shop: Shop) -> None:
    # Without env.py's include_object the hand-made FTS tables show up as differences,
    # so the empty diff above is not an accident of a blind comparison.
    with shop.database.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        removed = {
            d[1].name for d in compare_metadata(context, Base.metadata) if d[0] == "remove_table"
        }
    assert "note_fts" in removed


def test_one_migration_per_schema_version() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    script = ScriptDirectory.from_config(config)
    revisions = list(script.walk_revisions())
    assert len(revisions) == SCHEMA_VERSION
    assert len(script.get_heads()) == 1
    assert [r for r in revisions if r.down_revision is None] == [revisions[-1]]


def test_new_database_is_at_the_head_revision(shop: Shop) -> None:
    with shop.database.engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert current == ScriptDirectory.from_config(config).get_current_head()
    assert shop.database.created
    assert shop.database.migrated_from is None


def test_reopening_keeps_the_data_and_takes_no_backup(data_dir: Path, clock: FixedClock) -> None:
    path, backups = data_dir / "kauntaa.sqlite3", data_dir / "backups"
    shop = Shop.open(path, backups, clock=clock)
    _fill(shop, clock)
    counts = _counts(path)
    shop.close()
    assert _sidecars(path) == []  # close() folded the WAL back into the file

    reopened = Shop.open(path, backups, clock=clock)
    try:
        assert not reopened.database.created
        assert reopened.database.migrated_from is None
        assert _counts(path) == counts
        assert list_backups(backups) == []
    finally:
        reopened.close()


def test_an_older_file_is_backed_up_and_verified_before_migrating(
    data_dir: Path, clock: FixedClock
) -> None:
    # There is only one migration, so "older" is simulated by lowering user_version on
    # a current file: the upgrade itself is then a no-op for Alembic (its version table
    # is already at head), but the backup-before-migration path runs for real.
    path, backups = data_dir / "kauntaa.sqlite3", data_dir / "backups"
    shop = Shop.open(path, backups, clock=clock)
    _fill(shop, clock)
    shop.close()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA user_version = 0")
        connection.commit()
    counts = _counts(path)

    database = open_database(path, backup_dir=backups)
    try:
        assert database.migrated_from == 0
        with database.engine.connect() as connection:
            assert _pragma(connection, "user_version") == SCHEMA_VERSION
    finally:
        database.close()

    [backup] = list_backups(backups)
    assert backup.reason == "before-migration-v0"
    assert backup.row_counts == counts
    assert verify_file(backup.path) == counts
    with closing(sqlite3.connect(backup.path)) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 0
    assert _counts(path) == counts


# Backups -------------------------------------------------------------------


def test_backup_is_verified_listed_and_complete(shop: Shop, clock: FixedClock) -> None:
    _fill(shop, clock)
    live = _counts(shop.database.path)
    assert set(live) == set(TABLES_WITH_ROWS)
    assert (live["customer"], live["visit"], live["note"], live["introduction"]) == (2, 3, 3, 1)
    seen: list[tuple[int, int]] = []

    info = make_backup(
        shop.database.path,
        shop.backup_dir,
        reason="manual",
        now=clock.now,
        progress=lambda done, total: seen.append((done, total)),
    )

    assert info.path.is_file()
    assert info.path.parent == shop.backup_dir
    assert info.row_counts == live
    assert verify_file(info.path) == live
    assert info.size_bytes == info.path.stat().st_size
    assert seen
    assert seen[-1][0] == seen[-1][1]
    # One self-contained file, no temporary left behind (the folder's lock file stays).
    assert sorted(p.name for p in shop.backup_dir.iterdir()) == sorted(
        [info.path.name, info.path.with_suffix(".json").name, LOCK_FILENAME]
    )
    listed = list_backups(shop.backup_dir)
    assert [(b.path, b.reason, b.row_counts) for b in listed] == [(info.path, "manual", live)]
    with closing(sqlite3.connect(info.path)) as copy:
        assert copy.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_backups_are_listed_newest_first(shop: Shop, clock: FixedClock) -> None:
    older = make_backup(shop.database.path, shop.backup_dir, now=datetime(2026, 11, 1, 9))
    newer = make_backup(shop.database.path, shop.backup_dir, now=datetime(2026, 11, 2, 9))
    assert [b.path for b in shop.backups.list()] == [newer.path, older.path]


def test_a_backup_can_be_opened_as_a_shop(shop: Shop, clock: FixedClock, tmp_path: Path) -> None:
    a, _ = _fill(shop, clock)
    info = shop.backups.backup_now()
    restored = Shop.open(info.path, tmp_path / "other-backups", clock=clock)
    try:
        assert restored.customers.get(a).name == "田中 美咲"
        assert [h.id for h in restored.customers.search("たなか")] == [a]
    finally:
        restored.close()


def test_a_corrupted_backup_fails_verification(shop: Shop, clock: FixedClock) -> None:
    _fill(shop, clock)
    info = make_backup(shop.database.path, shop.backup_dir, now=clock.now)
    verify_file(info.path)
    raw = bytearray(info.path.read_bytes())
    page_size = int.from_bytes(raw[16:18], "big")
    assert len(raw) > 3 * page_size
    # Keep the header (and so the application id); scramble the pages after it.
    raw[page_size : len(raw)] = bytes((i * 37 + 11) % 256 for i in range(len(raw) - page_size))
    info.path.write_bytes(bytes(raw))
    with pytest.raises(BackupError) as failure:
        verify_file(info.path)
    assert info.path.name in failure.value.text("en")
    assert failure.value.text("ja").strip()


def test_a_backup_of_another_program_fails_verification(tmp_path: Path) -> None:
    foreign = tmp_path / "other.sqlite3"
    _make_foreign(foreign)
    with pytest.raises(BackupError, match="not a Kauntaa file"):
        verify_file(foreign)


# Foreign keys --------------------------------------------------------------


def test_deleting_a_customer_removes_everything_about_them(shop: Shop, clock: FixedClock) -> None:
    a, b = _fill(shop, clock)
    with closing(sqlite3.connect(shop.database.path)) as connection:
        note_ids = [
            r[0] for r in connection.execute("SELECT id FROM note WHERE customer_id = ?", (a,))
        ]
    assert len(note_ids) == 2

    shop.customers.delete(a)

    with closing(sqlite3.connect(shop.database.path)) as connection:

        def count(sql: str, *args: object) -> int:
            return int(connection.execute(sql, args).fetchone()[0])

        assert count("SELECT count(*) FROM customer WHERE id = ?", a) == 0
        for table in ("note", "visit", "customer_tag", "search_term", "circle_member", "reminder"):
            assert count(f"SELECT count(*) FROM {table} WHERE customer_id = ?", a) == 0, table
        assert count("SELECT count(*) FROM event_attendee WHERE customer_id = ?", a) == 0
        assert (
            count(
                "SELECT count(*) FROM introduction WHERE person_a_id = ? OR person_b_id = ?", a, a
            )
            == 0
        )
        marks = ",".join("?" * len(note_ids))
        assert count(f"SELECT count(*) FROM note_fts WHERE rowid IN ({marks})", *note_ids) == 0
        # The other person keeps everything of their own.
        assert count("SELECT count(*) FROM note WHERE customer_id = ?", b) == 1
        assert count("SELECT count(*) FROM visit WHERE customer_id = ?", b) == 1
        assert count("SELECT count(*) FROM note_fts") == 1
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []

    assert shop.customers.search("たなか") == []
    assert shop.customers.search("オーツミルク") == []
    assert [h.id for h in shop.customers.search("自転車")] == [b]


def test_foreign_keys_refuse_an_orphan_row(shop: Shop) -> None:
    with (
        shop.database.engine.connect() as connection,
        pytest.raises(IntegrityError, match="FOREIGN KEY"),
    ):
        connection.exec_driver_sql(
            "INSERT INTO visit (customer_id, at, order_text, source) "
            "VALUES (12345, '2026-11-20 12:00:00', '', 'counter')"
        )


def test_migration_0003_gives_every_existing_customer_its_own_uid(
    data_dir: Path, clock: FixedClock
) -> None:
    # A real version-2 file: a filled shop taken back down to 0002 with foreign keys
    # off, as a shop that never had uids; then opened, which migrates it up again.
    path, backups = data_dir / "kauntaa.sqlite3", data_dir / "backups"
    shop = Shop.open(path, backups, clock=clock)
    _fill(shop, clock)
    shop.close()
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config = _alembic_config(connection)
            config.attributes["schema_version"] = 2
            command.downgrade(config, "0002")
    finally:
        engine.dispose()
    with closing(sqlite3.connect(path)) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(customer)")]
        assert "uid" not in columns
    counts = _counts(path)

    database = open_database(path, backup_dir=backups)
    database.close()

    assert _counts(path) == counts  # the table rebuild cascaded nothing away
    with closing(sqlite3.connect(path)) as connection:
        uids = [row[0] for row in connection.execute("SELECT uid FROM customer")]
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("UPDATE customer SET uid = ?", (uids[0],))
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("UPDATE customer SET uid = NULL")
    assert len(uids) == counts["customer"] == 2
    assert len(set(uids)) == 2
    assert all(str(uuid.UUID(u)) == u for u in uids)


def test_every_insert_path_writes_a_uid(shop: Shop) -> None:
    # The counter (ORM), the import (Core bulk insert) and the demo loader each write one.
    shop.customers.add(CustomerFields(name="田中 美咲"))
    with shop.database.engine.begin() as connection:
        session = Session(bind=connection)
        bulk.insert_rows(
            session,
            CustomerRow,
            [
                {"name": n, "first_seen": datetime(2024, 1, 1).date(), "created_at": datetime(2024, 1, 1),
                 "updated_at": datetime(2024, 1, 1)}
                for n in ("A", "B")
            ],
        )  # fmt: skip
        session.close()
    with shop.database.engine.connect() as connection:
        uids = [r[0] for r in connection.execute(text("SELECT uid FROM customer"))]
    assert len(uids) == 3
    assert len(set(uids)) == 3
    assert all(str(uuid.UUID(u)) == u for u in uids)
