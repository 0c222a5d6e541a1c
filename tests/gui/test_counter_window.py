"""The counter window, driven through its real widgets as the owner would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleOptionViewItem
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kauntaa.domain.customers import CustomerFields
from kauntaa.gui.delegates import ChipDelegate
from kauntaa.gui.dialogs.customer_dialog import CustomerDialog
from kauntaa.gui.main_window import MainWindow
from kauntaa.services.shop import Shop
from tests.gui.conftest import type_text


def _card_text(window: MainWindow) -> str:
    """The card once it has caught up with the list (it follows on the next event-loop turn)."""
    window.current_card()
    return window.card_text()


def test_typing_a_reading_shows_the_card(
    qtbot: QtBot, window: MainWindow, regulars: dict[str, int]
) -> None:
    search = window._ui.search_edit
    assert search.hasFocus()

    type_text(search, "たな")

    qtbot.waitUntil(lambda: window.current_customer_id() == regulars["tanaka"])
    text = _card_text(window)
    assert "田中 美咲" in text
    assert "みさきさん" in text
    assert "カフェラテ" in text
    assert window.results_model.rowCount() == 1


@pytest.mark.parametrize("query", ["tanaka", "TANA", "misaki"])
def test_romaji_finds_the_same_person(
    qtbot: QtBot, window: MainWindow, regulars: dict[str, int], query: str
) -> None:
    qtbot.keyClicks(window._ui.search_edit, query)
    qtbot.waitUntil(lambda: window.current_customer_id() == regulars["tanaka"])


def test_enter_records_a_visit_with_the_usual_order(
    qtbot: QtBot, window: MainWindow, shop: Shop, regulars: dict[str, int]
) -> None:
    qtbot.keyClicks(window._ui.search_edit, "tanaka")
    qtbot.waitUntil(lambda: window.current_customer_id() == regulars["tanaka"])

    qtbot.keyClick(window._ui.search_edit, Qt.Key.Key_Return)

    card = shop.customers.card(regulars["tanaka"])
    assert card.customer.visit_count == 1
    assert card.recent_visits[0].order == "カフェラテ"
    assert "Visit recorded" in window._toast.text()
    assert "田中 美咲" in [p.customer.name for p in shop.activity.in_shop()]
    assert window.in_shop_model.rowCount() == 2


def test_ctrl_enter_saves_a_note_and_ctrl_z_takes_it_back(
    qtbot: QtBot, window: MainWindow, shop: Shop, regulars: dict[str, int]
) -> None:
    qtbot.keyClicks(window._ui.search_edit, "sato")
    qtbot.waitUntil(lambda: window.current_customer_id() == regulars["sato"])
    note_edit = window._ui.note_edit
    note_edit.setFocus()
    type_text(note_edit, "来月京都で個展")
    window._ui.pin_check.setChecked(True)

    qtbot.keyClick(note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    notes = shop.customers.card(regulars["sato"]).notes
    assert [(n.body, n.pinned) for n in notes] == [("来月京都で個展", True)]
    assert note_edit.toPlainText() == ""
    assert "来月京都で個展" in _card_text(window)

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert shop.customers.card(regulars["sato"]).notes == ()
    assert "来月京都で個展" not in _card_text(window)


def test_ctrl_z_undoes_a_visit(
    qtbot: QtBot, window: MainWindow, shop: Shop, regulars: dict[str, int]
) -> None:
    qtbot.keyClicks(window._ui.search_edit, "yamada")
    qtbot.waitUntil(lambda: window.current_customer_id() == regulars["yamada"])
    qtbot.keyClick(window._ui.search_edit, Qt.Key.Key_F2)
    assert shop.customers.get(regulars["yamada"]).visit_count == 1

    window.undo_action.trigger()

    assert shop.customers.get(regulars["yamada"]).visit_count == 0
    window.redo_action.trigger()
    assert shop.customers.get(regulars["yamada"]).visit_count == 1


def test_typing_anywhere_goes_to_the_search_and_esc_clears_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    window._ui.results_view.setFocus()
    qtbot.waitUntil(window._ui.results_view.hasFocus)

    qtbot.keyClicks(window._ui.results_view, "ya")

    assert window._ui.search_edit.text() == "ya"
    assert window._ui.search_edit.hasFocus()
    qtbot.keyClick(window._ui.search_edit, Qt.Key.Key_Escape)
    assert window._ui.search_edit.text() == ""


def test_up_and_down_move_through_the_results(qtbot: QtBot, window: MainWindow) -> None:
    type_text(window._ui.search_edit, "写真")  # 田中 (tag) and 山田 (occupation)
    rows = window.results_model.rowCount()
    assert rows >= 2
    first = window.current_customer_id()

    qtbot.keyClick(window._ui.search_edit, Qt.Key.Key_Down)

    assert window._ui.results_view.currentIndex().row() == 1
    assert window.current_customer_id() != first
    qtbot.keyClick(window._ui.search_edit, Qt.Key.Key_Up)
    assert window.current_customer_id() == first


def test_new_customer_with_bad_input_keeps_the_dialog_and_its_text(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    seen: dict[str, object] = {}

    def fill_in_badly() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CustomerDialog)
        dialog._ui.name_edit.setText("   ")
        dialog._ui.usual_order_edit.setText("抹茶ラテ")
        dialog._ui.button_box.button(dialog._ui.button_box.StandardButton.Save).click()
        seen["error"] = dialog.error_text("name")
        seen["visible"] = dialog.isVisible()
        seen["order"] = dialog._ui.usual_order_edit.text()
        dialog.reject()

    QTimer.singleShot(0, fill_in_badly)
    before = shop.customers.count()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert seen["error"] == "Name cannot be empty."
    assert seen["visible"] is True
    assert seen["order"] == "抹茶ラテ"
    assert shop.customers.count() == before


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("name", "\u200b\u200b", "Name cannot be empty."),
        (
            "name",
            "abc\u202edef",
            "Name holds an invisible character that turns the text around (U+202E). "
            "Type it instead of pasting it.",
        ),
        ("usual_order", "ラテ\x1b[31m", "Usual order holds a control character (U+001B)."),
    ],
)
def test_a_pasted_invisible_or_control_character_is_explained_beside_its_field(
    qtbot: QtBot, window: MainWindow, shop: Shop, field: str, typed: str, message: str
) -> None:
    """The window gets the services' rules (domain.characters) and their words for free."""
    seen: dict[str, object] = {}

    def paste_badly() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CustomerDialog)
        dialog._ui.name_edit.setText(typed if field == "name" else "田中 美咲")
        if field == "usual_order":
            dialog._ui.usual_order_edit.setText(typed)
        dialog._ui.button_box.button(dialog._ui.button_box.StandardButton.Save).click()
        seen["error"] = dialog.error_text(field)
        seen["visible"] = dialog.isVisible()
        dialog.reject()

    QTimer.singleShot(0, paste_badly)
    before = shop.customers.count()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert str(seen["error"]).startswith(message)
    assert seen["visible"] is True
    assert shop.customers.count() == before


def test_new_customer_suggests_a_reading_and_warns_of_a_duplicate(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    seen: dict[str, object] = {}

    def add_twice() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CustomerDialog)
        dialog._ui.name_edit.setText("田中 美咲")
        seen["reading"] = dialog._ui.reading_edit.text()
        seen["romaji"] = dialog._ui.romaji_label.text()
        save = dialog._ui.button_box.button(dialog._ui.button_box.StandardButton.Save)
        save.click()
        seen["warning"] = dialog._ui.duplicate_label.isVisible()
        seen["still_open"] = dialog.isVisible()
        save.click()  # "Add anyway"

    QTimer.singleShot(0, add_twice)
    before = shop.customers.count()
    window.new_customer()

    assert seen["reading"] == "たなか みさき"
    assert seen["romaji"] == "Tanaka Misaki"
    assert seen["warning"] is True
    assert seen["still_open"] is True
    assert shop.customers.count() == before + 1


def test_archive_and_delete_ask_first_and_can_be_undone(
    qtbot: QtBot,
    window: MainWindow,
    shop: Shop,
    regulars: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    qtbot.keyClicks(window._ui.search_edit, "yamada")
    qtbot.waitUntil(lambda: window.current_customer_id() == regulars["yamada"])
    answers = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))

    window._ui.action_delete_customer.trigger()
    assert shop.customers.count() == 3  # cancelled: nothing happened

    answers.append(QMessageBox.StandardButton.Yes)
    window._ui.action_delete_customer.trigger()
    assert shop.customers.count() == 2
    assert window.results_model.rowCount() == 0

    window.undo_action.trigger()
    assert shop.customers.count() == 3
    assert shop.customers.get(regulars["yamada"]).name == "山田 優"

    answers.append(QMessageBox.StandardButton.Yes)
    window.open_customer(regulars["yamada"])
    window._ui.action_archive_customer.trigger()
    assert shop.customers.get(regulars["yamada"]).archived
    window.undo_action.trigger()
    assert not shop.customers.get(regulars["yamada"]).archived


def test_switching_the_language_changes_the_ui_text(qtbot: QtBot, window: MainWindow) -> None:
    assert window._ui.visit_button.text() == "Record visit"

    window.apply_settings("ja", "light")

    qtbot.waitUntil(lambda: window._ui.visit_button.text() == "来店を記録")
    assert window._ui.menu_file.title() == "ファイル(&F)"
    assert window._ui.results_count_label.text() == "最近来た人"
    window.apply_settings("en", "dark")
    qtbot.waitUntil(lambda: window._ui.visit_button.text() == "Record visit")


def test_the_in_shop_strip_opens_a_card(
    qtbot: QtBot, window: MainWindow, regulars: dict[str, int]
) -> None:
    view = window._ui.in_shop_view
    assert window.in_shop_model.rowCount() == 1
    rect = view.visualRect(window.in_shop_model.index(0, 0))

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert window.current_customer_id() == regulars["sato"]


def test_an_in_shop_chip_has_room_for_the_whole_name(
    window: MainWindow, regulars: dict[str, int]
) -> None:
    view = window._ui.in_shop_view
    index = window.in_shop_model.index(0, 0)
    delegate = view.itemDelegate()
    assert isinstance(delegate, ChipDelegate)
    option = QStyleOptionViewItem()
    option.font = view.font()
    name = str(index.data())
    needed = QFontMetrics(delegate._text_font(option)).horizontalAdvance(name)
    item = QRectF(view.visualRect(index))
    # The strip gives the chip more height than it asked for; the name must still fit.
    assert item.height() > delegate.sizeHint(option, index).height()
    _chip, _dot, box = delegate.layout(item)
    assert box.width() >= needed


def test_models_follow_the_qt_contract(window: MainWindow, qtmodeltester: ModelTester) -> None:
    window._ui.search_edit.setText("写真")
    qtmodeltester.check(window.results_model)
    qtmodeltester.check(window.in_shop_model)


def test_an_empty_shop_offers_the_demo_cafe(
    qtbot: QtBot, empty_window: MainWindow, shop: Shop
) -> None:
    assert empty_window.on_welcome

    qtbot.mouseClick(empty_window._ui.load_demo_button, Qt.MouseButton.LeftButton)

    assert empty_window.wait_for_job()
    qtbot.waitUntil(lambda: not empty_window.on_welcome, timeout=20_000)
    assert shop.customers.count() == 300
    assert empty_window.results_model.rowCount() > 0


def test_starting_empty_goes_to_the_counter(
    qtbot: QtBot, empty_window: MainWindow, shop: Shop
) -> None:
    qtbot.mouseClick(empty_window._ui.start_empty_button, Qt.MouseButton.LeftButton)

    assert not empty_window.on_welcome
    assert shop.customers.count() == 0
    assert "Type two or three letters" in _card_text(empty_window)


def test_window_geometry_and_splitter_are_remembered(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    # Within the offscreen screen (800×600), which restoreGeometry clamps to.
    window.resize(760, 560)
    window._ui.main_splitter.setSizes([300, 440])
    sizes = window._ui.main_splitter.sizes()
    window.close()

    from tests.gui.conftest import _window

    again = _window(qtbot, shop)
    assert (again.width(), again.height()) == (760, 560)
    assert again._ui.main_splitter.sizes() == sizes


def test_typing_while_the_shop_opens_is_searched_once_it_is_open(
    qtbot: QtBot, shop: Shop, regulars: dict[str, int]
) -> None:
    from kauntaa.gui.i18n import Translations
    from kauntaa.gui.theme import ThemeManager
    from kauntaa.paths import Paths
    from kauntaa.settings import Settings

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = MainWindow(
        Paths.under(shop.database.path.parent), Settings(), Translations(app), ThemeManager(app)
    )
    qtbot.addWidget(window)
    window.show()
    assert not window.ready
    qtbot.keyClicks(window.search_field, "tana")
    assert not window._ui.visit_button.isEnabled()

    window.attach(shop)

    assert window.current_customer_id() == regulars["tanaka"]


def test_enter_straight_after_typing_records_the_new_selection(
    qtbot: QtBot, window: MainWindow, shop: Shop, regulars: dict[str, int]
) -> None:
    window.show_card(regulars["tanaka"])
    qtbot.keyClicks(window.search_field, "yamada")

    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)  # before the card caught up

    assert shop.customers.get(regulars["yamada"]).visit_count == 1
    assert shop.customers.get(regulars["tanaka"]).visit_count == 0


def test_every_menu_command_has_a_shortcut(window: MainWindow) -> None:
    ui = window._ui
    keys = {
        action.objectName(): action.shortcut().toString()
        for action in (
            ui.action_new_customer,
            ui.action_focus_search,
            ui.action_record_visit,
            ui.action_edit_customer,
            ui.action_settings,
            ui.action_quit,
        )
    }
    assert keys == {
        "action_new_customer": "Ctrl+N",
        "action_focus_search": "Ctrl+F",
        "action_record_visit": "F2",
        "action_edit_customer": "Ctrl+E",
        "action_settings": "Ctrl+,",
        "action_quit": "Ctrl+Q",
    }


def test_a_chosen_photo_is_kept_as_jpeg_on_the_card(
    qtbot: QtBot, window: MainWindow, shop: Shop, tmp_path: Path
) -> None:
    picture = QImage(1200, 900, QImage.Format.Format_RGB32)
    picture.fill(QColor("#c8a27a"))
    path = tmp_path / "regular.png"
    assert picture.save(str(path))
    saved: list[CustomerFields] = []

    def submit(fields: CustomerFields, _allow_duplicate: bool) -> None:
        saved.append(fields)

    dialog = CustomerDialog(submit, "en", parent=window)
    qtbot.addWidget(dialog)
    dialog._ui.name_edit.setText("写真 のある人")
    dialog.load_photo(str(path))
    dialog._ui.button_box.button(dialog._ui.button_box.StandardButton.Save).click()

    assert len(saved) == 1
    assert saved[0].photo is not None
    assert saved[0].photo[:3] == b"\xff\xd8\xff"  # JPEG
    stored = QImage.fromData(saved[0].photo)
    assert max(stored.width(), stored.height()) == 512  # scaled down for the card


def test_a_closed_window_reads_nothing_more(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    type_text(window.search_field, "たなか")
    qtbot.waitUntil(lambda: window.current_customer_id() is not None)
    window.close()
    shop.close()  # as when the shop's file goes away after the window

    assert not window.ready
    window.refresh_in_shop()
    window.run_search("さとう")  # late events after closing are ignored, not errors
    assert not any(t.isActive() for t in window.findChildren(QTimer))
