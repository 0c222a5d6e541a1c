"""Help ▸ Check and repair… in the window: the full check on the worker, and a repair that
closes the shop, mends the file and attaches the shop again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kauntaa.gui import check_repair, safekeeping
from kauntaa.gui.main_window import MainWindow
from kauntaa.services.shop import Shop
from kauntaa.storage.backup import list_backups
from tests.gui.conftest import _window
from tests.unit.test_check_repair import _counts, _integrity, _make_shop, damage_index


@pytest.fixture
def damaged_shop(tmp_path: Path) -> Iterator[Shop]:
    path = _make_shop(tmp_path / "data")
    damage_index(path)
    shop = Shop.open(path, tmp_path / "data" / "backups")  # quick_check passes: it opens
    yield shop
    shop.close()


def _reports(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(check_repair, "inform", lambda _parent, text: shown.append(text))
    return shown


def test_help_menu_checks_and_repairs_a_damaged_index(
    qtbot: QtBot, damaged_shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, damaged_shop)
    path = damaged_shop.database.path
    counts = _counts(path)
    assert window.check_repair.action in window._ui.menu_help.actions()
    assert window.check_repair.action.text() == "&Check and repair…"
    asked: list[str] = []

    def answer(_parent: Any, text: str, yes: str, _no: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(safekeeping, "ask", answer)
    shown = _reports(monkeypatch)

    window.check_repair.action.trigger()
    qtbot.waitUntil(lambda: bool(shown) and not window.busy, timeout=30_000)

    assert "Only indexes are damaged (ix_search_term_lookup)" in asked[0]
    assert "Nothing is deleted" in asked[0]
    report = shown[0]
    assert "REINDEX" in report
    assert "The repaired data file verifies." in report
    assert window.ready
    assert window.shop is not damaged_shop  # the repaired file was opened afresh
    assert _integrity(path) == ["ok"]
    assert _counts(path) == counts
    assert len(list(path.parent.glob("kauntaa-before-repair-*.sqlite3"))) == 1
    assert [i.reason for i in list_backups(window.shop.backup_dir)] == ["after-repair"]
    window.search_for("xqj")
    qtbot.waitUntil(lambda: "Mmm Xqj" in window.card_text())
    window.shop.close()


def test_a_sound_file_is_reported_sound_and_nothing_is_asked(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(safekeeping, "ask", lambda *_a: pytest.fail("nothing to ask"))
    shown = _reports(monkeypatch)
    window.check_repair.action.trigger()
    qtbot.waitUntil(lambda: bool(shown) and not window.busy, timeout=30_000)
    assert shown == ["The data file is sound (integrity_check: ok)."]
    assert window.ready


def test_not_now_leaves_the_damaged_file_as_it_is(
    qtbot: QtBot, damaged_shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, damaged_shop)
    path = damaged_shop.database.path
    asked: list[str] = []

    def not_now(_parent: Any, text: str, *_a: Any) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(safekeeping, "ask", not_now)
    shown = _reports(monkeypatch)
    window.check_repair.action.trigger()
    qtbot.waitUntil(lambda: bool(asked) and not window.busy, timeout=30_000)
    assert shown == []
    assert window.shop is damaged_shop
    assert _integrity(path) != ["ok"]
    assert not list(path.parent.glob("kauntaa-before-repair-*"))
