"""Test isolation: no screen, and no file outside the test's own temporary folder.

Every platform directory (HOME, XDG_*, APPDATA) and KAUNTAA_HOME point into a
temporary folder for the whole session, and the session fails if the real
home's Kauntaa folders appear.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from kauntaa.services.shop import Shop

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["KAUNTAA_LANG"] = "en"

_REAL_HOME = Path.home()
_SANDBOX = Path(tempfile.mkdtemp(prefix="kauntaa-tests-"))
for _var, _sub in {
    "HOME": "home",
    "XDG_DATA_HOME": "home/.local/share",
    "XDG_CONFIG_HOME": "home/.config",
    "XDG_CACHE_HOME": "home/.cache",
    "XDG_STATE_HOME": "home/.local/state",
    "APPDATA": "home/AppData/Roaming",
    "LOCALAPPDATA": "home/AppData/Local",
    "KAUNTAA_HOME": "kauntaa-home",
}.items():
    os.environ[_var] = str(_SANDBOX / _sub)


def _real_home_traces() -> set[Path]:
    candidates = [
        _REAL_HOME / ".local/share/Kauntaa",
        _REAL_HOME / ".config/Kauntaa",
        _REAL_HOME / ".local/state/Kauntaa",
        _REAL_HOME / ".cache/Kauntaa",
        _REAL_HOME / "Library/Application Support/Kauntaa",
    ]
    return {p for p in candidates if p.exists()}


_TRACES_BEFORE = _real_home_traces()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    new = _real_home_traces() - _TRACES_BEFORE
    if new:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        raise pytest.UsageError(f"Tests wrote into the real home: {sorted(map(str, new))}")


class FixedClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 20, 12, 0, 0))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def shop(data_dir: Path, clock: FixedClock) -> Iterator[Shop]:
    opened = Shop.open(data_dir / "kauntaa.sqlite3", data_dir / "backups", clock=clock)
    yield opened
    opened.close()
