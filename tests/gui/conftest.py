"""A counter window over a small shop, for driving the real widgets."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kauntaa.domain.customers import CustomerFields
from kauntaa.gui._generated import resources_rc  # noqa: F401 - registers :/ resources
from kauntaa.gui.i18n import Translations
from kauntaa.gui.main_window import MainWindow
from kauntaa.gui.theme import ThemeManager
from kauntaa.paths import Paths
from kauntaa.services.shop import Shop
from kauntaa.settings import Settings
from tests.conftest import FixedClock


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying text, one per character: QTest.keyClicks only knows ASCII keys."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


@pytest.fixture
def regulars(shop: Shop, clock: FixedClock) -> dict[str, int]:
    people = {
        "tanaka": CustomerFields(
            name="田中 美咲",
            reading="たなか みさき",
            call_name="みさきさん",
            usual_order="カフェラテ",
            occupation="フォトグラファー",
            tags=("写真", "登山"),
        ),
        "sato": CustomerFields(name="佐藤 健太", reading="さとう けんた", usual_order="ブレンド"),
        "yamada": CustomerFields(name="山田 優", reading="やまだ ゆう", occupation="写真家"),
    }
    ids = {key: shop.customers.add(fields).id for key, fields in people.items()}
    shop.activity.record_visit(ids["sato"], at=datetime(2026, 11, 20, 11, 30))
    return ids


@pytest.fixture
def window(qtbot: QtBot, shop: Shop, regulars: dict[str, int]) -> MainWindow:
    return _window(qtbot, shop)


@pytest.fixture
def empty_window(qtbot: QtBot, shop: Shop) -> MainWindow:
    return _window(qtbot, shop)


def _window(qtbot: QtBot, shop: Shop) -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    paths = Paths.under(shop.database.path.parent)
    translations = Translations(app)
    translations.use("en")
    theme = ThemeManager(app, "light")
    main = MainWindow(paths, Settings(language="en"), translations, theme)
    qtbot.addWidget(main)
    main.show()
    main.attach(shop)
    qtbot.waitExposed(main)
    main.activateWindow()
    return main
