"""The connection map page and the circles-and-events page, driven through the real widgets."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kauntaa.domain.customers import CustomerFields
from kauntaa.gui.connection_map import ConnectionMapPage
from kauntaa.gui.dialogs.circle_dialogs import (
    AttendanceDialog,
    CircleDialog,
    EventDialog,
    JoinCircleDialog,
)
from kauntaa.gui.main_window import MainWindow
from kauntaa.services.shop import Shop
from tests.gui.conftest import type_text


@pytest.fixture
def introduced(shop: Shop, regulars: dict[str, int]) -> dict[str, int]:
    shop.introductions.introduce(regulars["tanaka"], regulars["yamada"], context="写真")
    shop.introductions.introduce(regulars["sato"], regulars["yamada"], by=regulars["tanaka"])
    circle = shop.circles.create("フィルム写真部", contact_id=regulars["tanaka"])
    shop.circles.add_member(circle.id, regulars["yamada"], role="講師")
    return {**regulars, "circle": circle.id}


def _open_map(qtbot: QtBot, window: MainWindow) -> ConnectionMapPage:
    window.action_map_page.trigger()
    page = window.map_page
    qtbot.waitUntil(lambda: len(page.scene.people) > 0 and not page.loading, timeout=20_000)
    return page


def _click_person(qtbot: QtBot, page: ConnectionMapPage, person_id: int) -> None:
    item = page.scene.people[person_id]
    page.view.centerOn(item)
    point: QPoint = page.view.mapFromScene(item.scenePos())
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_the_map_shows_people_lines_and_circles(
    qtbot: QtBot, window: MainWindow, introduced: dict[str, int]
) -> None:
    page = _open_map(qtbot, window)
    assert window.current_page is page
    assert set(page.scene.people) == {
        introduced["tanaka"],
        introduced["sato"],
        introduced["yamada"],
    }
    assert len(page.scene.labels) == 1  # the introduction Tanaka-san made
    tips = [tip for kind in page.scene.edge_layer.tips for tip in kind]
    assert any("introduced by 田中 美咲" in tip for tip in tips)
    assert any("introduced by the owner" in tip and "写真" in tip for tip in tips)
    assert "2 introductions" in page.status_label.text()
    # Hovering the middle of a line names who introduced the two.
    sato = page.scene.people[introduced["sato"]].pos()
    yamada = page.scene.people[introduced["yamada"]].pos()
    tip = page.scene.edge_layer.tip_at((sato + yamada) / 2, 4)
    assert "佐藤 健太 ↔ 山田 優" in tip or "山田 優 ↔ 佐藤 健太" in tip
    assert "introduced by 田中 美咲" in tip


def test_open_a_card_from_the_map(
    qtbot: QtBot, window: MainWindow, introduced: dict[str, int]
) -> None:
    page = _open_map(qtbot, window)
    _click_person(qtbot, page, introduced["yamada"])
    qtbot.waitUntil(lambda: window.on_counter)
    assert window.current_customer_id() == introduced["yamada"]
    assert "山田 優" in window.card_text()


def test_search_focuses_a_person_and_the_neighbourhood_shows_only_them_around(
    qtbot: QtBot, window: MainWindow, shop: Shop, introduced: dict[str, int]
) -> None:
    other = shop.customers.add(CustomerFields(name="鈴木 一郎", reading="すずき いちろう"))
    far = shop.customers.add(CustomerFields(name="高橋 二郎", reading="たかはし じろう"))
    shop.introductions.introduce(other.id, far.id)
    page = _open_map(qtbot, window)
    assert len(page.scene.people) == 5
    page.search_edit.setFocus()
    type_text(page.search_edit, "sato")
    assert page.focused_id == introduced["sato"]
    assert page.scene.people[introduced["sato"]].focused
    page.depth_spin.setValue(1)
    page.around_check.setChecked(True)
    qtbot.waitUntil(lambda: not page.loading and page.scene.graph is not None)
    qtbot.waitUntil(lambda: page.scene.graph is not None and page.scene.graph.center is not None)
    # Sato-san, Yamada-san (introduced), Tanaka-san (who introduced them); not the other pair.
    assert set(page.scene.people) == {
        introduced["sato"],
        introduced["yamada"],
        introduced["tanaka"],
    }


def test_zoom_with_keys_and_wheel_and_fit(
    qtbot: QtBot, window: MainWindow, introduced: dict[str, int]
) -> None:
    page = _open_map(qtbot, window)
    view = page.view
    view.setFocus()
    start = view.zoom
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom == pytest.approx(start * 1.25, rel=0.01)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom < start
    view.zoom_by(100)
    assert view.zoom == pytest.approx(6.0)  # never beyond the closest zoom
    assert all(label.isVisible() for label in page.scene.labels)  # readable: shown
    view.set_zoom(0.3)
    assert not any(label.isVisible() for label in page.scene.labels)
    qtbot.keyClick(view, Qt.Key.Key_0)
    rect = view.mapFromScene(page.scene.sceneRect()).boundingRect()
    assert view.viewport().rect().adjusted(-2, -2, 2, 2).contains(rect)


def test_export_png_and_svg(
    qtbot: QtBot, window: MainWindow, introduced: dict[str, int], tmp_path: Path
) -> None:
    page = _open_map(qtbot, window)
    png, svg = tmp_path / "map.png", tmp_path / "map.svg"
    assert page.export_png(png)
    image = QImage(str(png))
    assert image.width() > 400
    assert image.height() > 200
    assert page.export_svg(svg)
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text
    assert "Circles" in text


def test_circle_page_shows_members_roles_and_workshops(
    qtbot: QtBot, window: MainWindow, shop: Shop, introduced: dict[str, int]
) -> None:
    shop.circles.add_event(
        "暗室ワークショップ", datetime(2026, 11, 1, 14, 0), circle_id=introduced["circle"]
    )
    window.action_circles_page.trigger()
    page = window.circles_page
    assert window.current_page is page
    text = page.detail_text()
    assert "フィルム写真部" in text
    assert "田中 美咲" in text
    assert "山田 優" in text
    assert "講師" in text
    assert "暗室ワークショップ" in text


def test_create_a_circle_and_an_event_through_the_dialogs(
    qtbot: QtBot, window: MainWindow, shop: Shop, regulars: dict[str, int]
) -> None:
    window.action_circles_page.trigger()
    page = window.circles_page
    dialog = CircleDialog(shop, "en", parent=page)
    qtbot.addWidget(dialog)
    dialog.save()  # no name yet: the dialog stays, with the reason
    assert dialog.result() == 0
    assert "cannot be empty" in dialog.error_label.text()
    dialog.name_edit.setText("山歩きの会")
    dialog.description_edit.setPlainText("月に一度、近くの山へ")
    dialog.save()
    assert dialog.result_circle is not None
    event = EventDialog(shop, "en", circle_id=dialog.result_circle.id, parent=page)
    qtbot.addWidget(event)
    event.title_edit.setText("山コーヒーの淹れ方")
    event.announced_check.setChecked(True)
    event.save()
    assert event.result_event is not None
    page.reload()
    assert any(c.name == "山歩きの会" for c in page.circles)
    page.show_circle(dialog.result_circle.id)
    assert "山コーヒーの淹れ方" in page.detail_text()
    page.show_event(event.result_event.id)
    assert "Announced in the newsletter" in page.detail_text()
    assert "山歩きの会" in page.detail_text()


def test_event_attendance_by_name_and_a_new_face(
    qtbot: QtBot, window: MainWindow, shop: Shop, regulars: dict[str, int]
) -> None:
    recorded = shop.circles.add_event("本の交換会", datetime(2026, 11, 20, 10, 0))
    window.action_circles_page.trigger()
    page = window.circles_page
    page.show_event(recorded.id)
    dialog = AttendanceDialog(shop, "en", recorded, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.search.edit, "tanaka")
    assert dialog.search.results.count() == 1
    qtbot.keyClick(dialog.search.edit, Qt.Key.Key_Return)
    assert dialog.search.edit.text() == ""  # ready for the next name
    dialog.name_edit.setText("小林 誠")
    dialog.reading_edit.setText("こばやし まこと")
    qtbot.mouseClick(dialog.add_new_button, Qt.MouseButton.LeftButton)
    assert "小林 誠" in dialog.came_label.text()
    assert "田中 美咲" in dialog.came_label.text()
    page.reload()
    assert "小林 誠" in page.detail_text()
    assert "Who came (2)" in page.detail_text()
    newcomer = shop.customers.search("kobayashi")
    assert [h.name for h in newcomer] == ["小林 誠"]
    window.show_counter()
    window.open_customer(newcomer[0].id)
    assert "本の交換会" in window.card_text()  # the card lists the events they came to


def test_add_to_a_circle_from_the_card(
    qtbot: QtBot,
    window: MainWindow,
    shop: Shop,
    introduced: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.open_customer(introduced["sato"])
    assert "add to a circle" in window.card_text()

    def choose(dialog: JoinCircleDialog) -> int:
        assert dialog.circle_combo.currentText() == "フィルム写真部"
        dialog.role_edit.setText("会計")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(JoinCircleDialog, "exec", choose)
    window._link(QUrl(f"kauntaa:join-circle/{introduced['sato']}"))
    assert "フィルム写真部 (会計)" in window.card_text()  # English brackets in the English UI
    window.apply_settings("ja", "light")
    qtbot.waitUntil(lambda: "フィルム写真部（会計）" in window.card_text())  # and Japanese ones
    window.apply_settings("en", "light")
    window._link(QUrl(f"kauntaa:circle/{introduced['circle']}"))
    assert window.current_page is window.circles_page
    assert "佐藤 健太" in window.circles_page.detail_text()


def test_archive_remove_and_edit_on_the_circle_page_are_undone_with_ctrl_z(
    qtbot: QtBot,
    window: MainWindow,
    shop: Shop,
    introduced: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    window.action_circles_page.trigger()
    page = window.circles_page
    page.show_circle(introduced["circle"])
    page.remove_member(introduced["tanaka"])  # the contact person
    circle = shop.circles.get(introduced["circle"])
    assert circle.contact is None
    assert "田中 美咲" not in page.detail_text()
    window.undo_action.trigger()
    circle = shop.circles.get(introduced["circle"])
    assert circle.contact is not None
    assert circle.contact.name == "田中 美咲"
    assert "田中 美咲" in page.detail_text()

    page.toggle_archive()
    assert shop.circles.all() == []
    window.undo_action.trigger()
    assert [c.name for c in shop.circles.all()] == ["フィルム写真部"]

    def rename(dialog: CircleDialog) -> int:
        dialog.name_edit.setText("写真部")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(CircleDialog, "exec", rename)
    page.edit_shown()
    assert shop.circles.get(introduced["circle"]).name == "写真部"
    window.undo_action.trigger()
    assert shop.circles.get(introduced["circle"]).name == "フィルム写真部"
    window.redo_action.trigger()
    assert "写真部" in page.detail_text()
    assert shop.circles.get(introduced["circle"]).name == "写真部"


def test_editing_an_event_can_be_undone_and_redone(
    window: MainWindow, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorded = shop.circles.add_event("本の交換会", datetime(2026, 11, 20, 10, 0))
    window.action_circles_page.trigger()
    page = window.circles_page
    page.show_event(recorded.id)

    def retitle(dialog: EventDialog) -> int:
        dialog.title_edit.setText("古本の交換会")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(EventDialog, "exec", retitle)
    page.edit_shown()
    assert shop.circles.event(recorded.id).title == "古本の交換会"
    window.undo_action.trigger()
    assert shop.circles.event(recorded.id).title == "本の交換会"
    window.redo_action.trigger()
    assert shop.circles.event(recorded.id).title == "古本の交換会"
