"""Kill -9 a writer at random moments and check that every acknowledged commit survived.

The writer is a forked child using Kauntaa's own engine and pragmas. Each of its
transactions writes four rows (two visits, two notes) tagged with a batch
number, and only after the commit returns does it write the batch number and the
row ids to a pipe. The parent kills it with SIGKILL at a random moment, then
checks the file the way the app's start-up would see it.

SIGKILL stops the process, not the machine: the operating system still writes
what it was given. Power loss is covered by ``synchronous=FULL``, not here.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from kauntaa.domain.customers import CustomerFields
from kauntaa.services.shop import Shop
from kauntaa.storage.database import open_database
from kauntaa.storage.schema import NoteRow, VisitRow

ROWS_PER_BATCH = 4


@dataclass
class CrashFigures:
    cycles: int = 0
    acknowledged: int = 0
    #: Batches found committed but killed before their acknowledgement was written.
    unacknowledged_but_committed: int = 0
    killed_before_first_commit: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0


def prepare(folder: Path) -> Path:
    path = folder / "kauntaa.sqlite3"
    shop = Shop.open(path, folder / "backups")
    shop.customers.add(CustomerFields(name="田中 美咲", reading="たなか みさき"))
    shop.customers.add(CustomerFields(name="佐藤 健太", reading="さとう けんた"))
    shop.close()
    return path


def _writer(path: Path, out: int, first_batch: int) -> None:  # pragma: no cover - the child
    database = open_database(path, backup_dir=path.parent / "backups", check=False)
    os.write(out, b"ready\n")
    batch = first_batch
    now = datetime(2026, 11, 20, 12, 0)
    while True:
        with database.sessions.begin() as s:
            rows: list[VisitRow | NoteRow] = [
                VisitRow(customer_id=1, at=now, order_text=f"b{batch}", source="counter"),
                NoteRow(
                    customer_id=1,
                    body=f"b{batch} オーツミルク" * 20,
                    pinned=False,
                    private=False,
                    created_at=now,
                    updated_at=now,
                ),
                VisitRow(customer_id=2, at=now, order_text=f"b{batch}", source="counter"),
                NoteRow(
                    customer_id=2,
                    body=f"b{batch} 自転車",
                    pinned=False,
                    private=False,
                    created_at=now,
                    updated_at=now,
                ),
            ]
            s.add_all(rows)
            s.flush()
            ids = [r.id for r in rows]
        # Only now is the commit acknowledged, as the window would show "saved".
        os.write(out, (f"{batch} " + " ".join(map(str, ids)) + "\n").encode())
        batch += 1


def _check(path: Path, acked: dict[int, list[int]], figures: CrashFigures, cycle: int) -> None:
    with closing(sqlite3.connect(path)) as db:
        if db.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            figures.problems.append(f"cycle {cycle}: integrity_check failed")
        if db.execute("PRAGMA foreign_key_check").fetchall():
            figures.problems.append(f"cycle {cycle}: foreign_key_check found rows")
        visits = db.execute(
            "SELECT order_text, count(*), group_concat(id) FROM visit "
            "WHERE order_text LIKE 'b%' GROUP BY order_text"
        ).fetchall()
        notes = dict(
            db.execute(
                "SELECT substr(body, 1, instr(body, ' ') - 1), count(*) FROM note "
                "WHERE body LIKE 'b%' GROUP BY 1"
            ).fetchall()
        )
    found = {int(tag[1:]): (int(n), ids) for tag, n, ids in visits}
    for tag, count in notes.items():
        if int(tag[1:]) not in found or count != 2:
            figures.problems.append(f"cycle {cycle}: partial batch {tag} in notes")
    for batch, (count, ids) in found.items():
        if count != 2 or notes.get(f"b{batch}") != 2:
            figures.problems.append(f"cycle {cycle}: partial batch b{batch}")
        if batch not in acked:
            figures.unacknowledged_but_committed += 1
            acked[batch] = []  # present from now on: it must stay
        elif acked[batch]:
            visit_ids = {int(i) for i in str(ids).split(",")}
            if not visit_ids <= set(acked[batch]):
                figures.problems.append(f"cycle {cycle}: b{batch} has other rows than acked")
    for batch in acked:
        if batch not in found:
            figures.problems.append(f"cycle {cycle}: acknowledged batch b{batch} is missing")


def _read_until(fd: int, buffer: bytes, deadline: float, stop: bytes | None = None) -> bytes:
    while (left := deadline - time.monotonic()) > 0 and (stop is None or stop not in buffer):
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            buffer += chunk
    return buffer


def run_cycles(
    folder: Path, cycles: int, *, seed: int = 1, max_delay: float = 0.15
) -> CrashFigures:
    """``cycles`` fork-write-kill rounds on one file; every problem is recorded, none raised."""
    path = prepare(folder)
    rng = random.Random(seed)
    figures = CrashFigures()
    acked: dict[int, list[int]] = {}
    started = time.perf_counter()
    for cycle in range(cycles):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            os.close(read_end)
            try:
                _writer(path, write_end, first_batch=(cycle + 1) * 1_000_000)
            finally:
                os._exit(1)
        os.close(write_end)
        buffer = b""
        # One kill in ten lands while the app is still opening the file; the rest
        # at a random moment among the commits.
        if rng.random() >= 0.1:
            buffer = _read_until(read_end, buffer, time.monotonic() + 10, stop=b"ready\n")
        buffer = _read_until(read_end, buffer, time.monotonic() + rng.uniform(0.0, max_delay))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        while chunk := os.read(read_end, 65536):
            buffer += chunk
        os.close(read_end)
        # A torn last line was never acknowledged.
        lines = [line for line in buffer.decode().split("\n")[:-1] if line != "ready"]
        if not lines:
            figures.killed_before_first_commit += 1
        for line in lines:
            batch, *ids = (int(x) for x in line.split())
            acked[batch] = ids
            figures.acknowledged += 1
        _check(path, acked, figures, cycle)
        figures.cycles += 1
    figures.seconds = time.perf_counter() - started
    return figures
