"""Crash-proof writes: SIGKILL a writer at random moments; no acknowledged commit is ever lost.

100 cycles in the normal run; set KAUNTAA_CRASH_CYCLES=1000 for the long run
(or run ``python -m tests.benchmarks.bench_crash``, which records the figures).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.unit.crash_cycles import run_cycles

CYCLES = int(os.environ.get("KAUNTAA_CRASH_CYCLES", "100"))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the writer is a forked child")
def test_no_acknowledged_commit_is_lost_and_no_transaction_is_partial(tmp_path: Path) -> None:
    figures = run_cycles(tmp_path, CYCLES)
    assert figures.problems == []
    assert figures.cycles == CYCLES
    # The kills landed both before and after commits: the test is not vacuous.
    assert figures.acknowledged > CYCLES
    assert figures.killed_before_first_commit < CYCLES
