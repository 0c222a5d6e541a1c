"""``--self-test`` and ``--screenshot``: the installer's smoke test and the README picture."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtGui import QImage

from kauntaa.domain.customers import CustomerFields
from kauntaa.paths import Paths
from kauntaa.services.shop import Shop


def _kauntaa(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "kauntaa", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _shop_with_one(tmp_path: Path) -> Path:
    paths = Paths.under(tmp_path / "shop")
    paths.ensure()
    shop = Shop.open(paths.database, paths.backup_dir)
    customer = shop.customers.add(CustomerFields(name="田中 美咲", reading="たなか みさき"))
    shop.activity.record_visit(customer.id)
    shop.close()
    return paths.data_dir


def test_self_test_prints_timings_and_writes_nothing(tmp_path: Path) -> None:
    data = _shop_with_one(tmp_path)
    database = data / "kauntaa.sqlite3"
    before = database.read_bytes()

    launched_ns = time.time_ns()
    result = _kauntaa(data, "--self-test")
    ended_ns = time.time_ns()

    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["ok"] is True
    assert figures["startup_ms"] > 0
    # The installer's smoke test times launch → window on the wall clock from this.
    assert launched_ns < figures["shown_at_ns"] < ended_ns
    assert figures["search_ms"] >= 0
    assert figures["card_ms"] >= 0
    assert database.read_bytes() == before
    assert not (data / "window.ini").exists()
    assert (data / "logs" / "kauntaa.log").exists()  # the log folder is ready for crashes


def test_self_test_fails_on_an_empty_shop(tmp_path: Path) -> None:
    result = _kauntaa(tmp_path / "empty", "--self-test")
    assert result.returncode == 1
    assert json.loads(result.stderr.strip().splitlines()[-1])["ok"] is False


def test_screenshot_renders_the_window_with_a_customer_selected(tmp_path: Path) -> None:
    data = _shop_with_one(tmp_path)
    picture = tmp_path / "counter.png"

    result = _kauntaa(data, "--lang", "ja", "--screenshot", str(picture), "--select", "misaki")

    assert result.returncode == 0, result.stderr
    image = QImage(str(picture))
    assert (image.width(), image.height()) == (1280, 800)
