"""Pausing Python's cyclic garbage collector around bulk work.

An import, a dictionary load or a busy day's summary creates thousands to
hundreds of thousands of small objects that all stay alive until the work ends. CPython starts a
collection every few hundred allocations and, now and then, walks every object
in the process, so meanwhile it visits the same live objects again and again for
nothing: a quarter of a 10,000-row import, half of pykakasi's dictionary load
(``tests/benchmarks/bench_exchange.py``). Reference counting still frees
everything as usual during the pause; only reference cycles wait for its end.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection inside the block; nested pauses end with the outermost one.

    The switch is the process's: across threads, the first pause to end turns the
    collector back on, which costs only speed.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def set_aside_for_good() -> None:
    """Take every object alive now out of all future collections (``gc.freeze``).

    For data loaded once that lives as long as the process, such as the kanji
    dictionary: a full collection would otherwise walk its million objects each
    time, a pause the owner feels on whatever happens to be running. Objects
    still die by reference counting; only cycles alive at this moment are never
    reclaimed, which is why this runs right after such a load and nowhere else.
    """
    gc.freeze()
