"""The window lists customers and finds them as the owner types."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kauntaa.domain.customers import CustomerFields
from kauntaa.gui.main_window import MainWindow
from kauntaa.gui.models.customer_list import IdRole
from kauntaa.services.shop import Shop


def _names(window: MainWindow) -> list[str]:
    model = window.model
    return [str(model.data(model.index(r, 0))) for r in range(model.rowCount())]


def test_typing_a_reading_finds_the_customer(qtbot: QtBot, shop: Shop) -> None:
    tanaka = shop.customers.add(CustomerFields(name="田中 美咲", reading="たなか みさき"))
    shop.customers.add(CustomerFields(name="佐藤 健太", reading="さとう けんた"))
    window = MainWindow(shop, "ja")
    qtbot.addWidget(window)
    window.show()
    assert len(_names(window)) == 2

    qtbot.keyClicks(window.search_edit, "tana")

    qtbot.waitUntil(lambda: _names(window) == ["田中 美咲（たなか みさき）"])
    assert window.model.data(window.model.index(0, 0), IdRole) == tanaka.id


def test_customer_list_model_is_consistent(
    qtbot: QtBot, shop: Shop, qtmodeltester: ModelTester
) -> None:
    for name, reading in [("田中 美咲", "たなか みさき"), ("佐藤 健太", "さとう けんた")]:
        shop.customers.add(CustomerFields(name=name, reading=reading))
    window = MainWindow(shop, "en")
    qtbot.addWidget(window)
    qtmodeltester.check(window.model)
    window.search_edit.setText("sato")
    assert window.model.rowCount() == 1


def test_first_start_offers_demo_data(
    qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = MainWindow(shop, "en")
    qtbot.addWidget(window)
    assert window.model.rowCount() == 0

    window.offer_demo_if_empty()

    assert shop.customers.count() == 300
    assert window.model.rowCount() > 0


def test_declining_demo_data_starts_empty(
    qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window = MainWindow(shop, "en")
    qtbot.addWidget(window)

    window.offer_demo_if_empty()

    assert shop.customers.count() == 0
