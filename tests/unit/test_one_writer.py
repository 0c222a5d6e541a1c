"""Two processes writing at once (the window and the command line): no "database is locked".

Every unit of work begins IMMEDIATE and waits up to the busy timeout, so two
writers take turns instead of failing.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
import threading
from contextlib import closing
from datetime import datetime
from pathlib import Path

from kauntaa.domain.customers import CustomerFields
from kauntaa.services.shop import Shop
from kauntaa.storage.schema import NoteRow

WRITES = 1000

WRITER = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from kauntaa.services.shop import Shop

    path, role, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    shop = Shop.open(path, path.parent / "backups")
    errors = []
    print("ready", flush=True)
    sys.stdin.readline()  # both start together
    for n in range(count):
        try:
            if n % 2:
                shop.activity.add_note(1 if role == "window" else 2, f"{role} {n}")
            else:
                shop.activity.record_visit(2 if role == "window" else 1, order=f"{role} {n}")
        except Exception as exc:  # every failure the owner would see
            errors.append(f"{type(exc).__name__}: {exc}")
    shop.close()
    print(json.dumps({"errors": errors[:5], "error_count": len(errors)}))
    """
)


def test_two_processes_write_a_thousand_times_each_without_an_error(tmp_path: Path) -> None:
    path = tmp_path / "kauntaa.sqlite3"
    shop = Shop.open(path, tmp_path / "backups")
    shop.customers.add(CustomerFields(name="田中 美咲", reading="たなか みさき"))
    shop.customers.add(CustomerFields(name="佐藤 健太", reading="さとう けんた"))
    shop.close()

    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), role, str(WRITES)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for role in ("window", "cli")
    ]
    for writer in writers:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    results = []
    for writer in writers:
        out, _ = writer.communicate(timeout=300)
        assert writer.returncode == 0
        results.append(json.loads(out.strip().splitlines()[-1]))

    assert [r["error_count"] for r in results] == [0, 0], results
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("SELECT count(*) FROM visit").fetchone()[0] == WRITES
        assert db.execute("SELECT count(*) FROM note").fetchone()[0] == WRITES
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_workers_long_write_does_not_hold_up_a_search(shop: Shop) -> None:
    """An import on the window's worker holds the write lock for long; the counter's
    search still answers at once, from the last committed state."""
    misaki = shop.customers.add(CustomerFields(name="田中 美咲", reading="たなか みさき")).id
    holding, release = threading.Event(), threading.Event()

    def long_import() -> None:
        with shop.database.sessions.begin() as s:
            s.add(
                NoteRow(
                    customer_id=misaki,
                    body="imported",
                    pinned=False,
                    private=False,
                    created_at=datetime(2026, 11, 20),
                    updated_at=datetime(2026, 11, 20),
                )
            )
            s.flush()
            holding.set()
            release.wait(30)

    worker = threading.Thread(target=long_import)
    worker.start()
    try:
        assert holding.wait(30)
        hits = shop.customers.search("たなか")
        card = shop.customers.card(misaki)
    finally:
        release.set()
        worker.join(30)
    assert [h.name for h in hits] == ["田中 美咲"]
    assert card.notes == ()  # not committed yet when the search ran
    assert [n.body for n in shop.customers.card(misaki).notes] == ["imported"]
