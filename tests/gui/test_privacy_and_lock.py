"""Privacy at the counter: privacy mode hides what passing eyes must not read; the PIN lock
covers everything after idle; the customer's record and complete deletion from the window."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kauntaa.domain.pin import FIRST_DELAY_S, FREE_TRIES, hash_pin
from kauntaa.gui.dialogs.customer_dialog import CustomerDialog
from kauntaa.gui.dialogs.settings_dialog import SettingsDialog
from kauntaa.gui.main_window import MainWindow
from kauntaa.gui.privacy import LockScreen
from kauntaa.services.shop import Shop
from kauntaa.settings import Settings, load_settings

PHONE = "090-1234-9876"
EMAIL = "misaki@example.jp"
ADDRESS = "京都市上京区 4-5-6"
PRIVATE = "離婚したばかり、そっとしておく"
PIN = "4821"


def _photo_bytes(folder: Path) -> bytes:
    image = QImage(32, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("#884422"))
    path = folder / "photo.png"
    assert image.save(str(path))
    return path.read_bytes()


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    )
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        try:
            columns = max(1, model.columnCount(parent))
        except TypeError:  # a list model keeps columnCount private
            columns = 1
        for row in range(model.rowCount(parent)):
            for column in range(columns):
                index = model.index(row, column, parent)
                for role in roles:
                    value = model.data(index, role)
                    if value is not None:
                        yield str(value)
                hit = model.data(index, Qt.ItemDataRole.UserRole + 2)
                if hit is not None:
                    yield repr(hit)
                stack.append(index)


def visible_text() -> str:
    """Everything a passer-by could read on screen: every visible widget's text and model data."""
    found: list[str] = []
    for widget in QApplication.allWidgets():
        if not widget.isVisible():
            continue
        found.append(widget.toolTip())
        if widget.isWindow():
            found.append(widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            found.append(widget.text())
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            found.append(widget.toPlainText())
        if isinstance(widget, QAbstractItemView):
            found.extend(_model_texts(widget))
    return "\n".join(found)


def visible_text_of(window: QWidget) -> str:
    labels = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    return "\n".join(labels + [w.text() for w in window.findChildren(QLineEdit)])


@pytest.fixture
def misaki(shop: Shop, regulars: dict[str, int], tmp_path: Path) -> int:
    tanaka = regulars["tanaka"]
    fields = shop.customers.get(tanaka).fields()
    from dataclasses import replace

    shop.customers.update(
        tanaka,
        replace(fields, phone=PHONE, email=EMAIL, address=ADDRESS, photo=_photo_bytes(tmp_path)),
    )
    shop.activity.add_note(tanaka, PRIVATE, private=True)
    shop.activity.add_note(tanaka, "写真展の準備中")
    return tanaka


def _show(window: MainWindow, qtbot: QtBot, customer_id: int) -> None:
    window.search_for("たなか")
    qtbot.waitUntil(lambda: window.current_card() is not None)
    window.open_customer(customer_id)
    card = window.current_card()
    assert card is not None
    assert card.customer.id == customer_id


def test_privacy_mode_hides_contact_details_private_notes_and_photos_everywhere(
    qtbot: QtBot, window: MainWindow, misaki: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    _show(window, qtbot, misaki)
    before = visible_text()
    assert PHONE in before
    assert PRIVATE in before
    assert window._photo(misaki) is not None

    qtbot.keyClick(
        window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )

    assert window.privacy.on
    shown = visible_text()
    for secret in (PHONE, EMAIL, ADDRESS, PRIVATE):
        assert secret not in shown, secret
    assert "写真展の準備中" in shown  # ordinary notes stay
    assert "田中 美咲" in shown
    assert window._photo(misaki) is None  # the results list paints initials
    assert "Privacy mode: on" in shown  # the toolbar says so

    seen_in_dialog: list[str] = []

    def inspect(dialog: CustomerDialog) -> int:
        dialog.show()
        seen_in_dialog.append(visible_text())
        kept = dialog.fields()
        dialog.hide()
        assert kept.phone == PHONE  # hidden, not lost
        return 0

    monkeypatch.setattr(CustomerDialog, "exec", inspect)
    window._ui.action_edit_customer.trigger()
    assert seen_in_dialog
    for secret in (PHONE, EMAIL, ADDRESS):
        assert secret not in seen_in_dialog[0], secret
    assert "Privacy mode: contact details and the photo are hidden" in seen_in_dialog[0]

    window.privacy.privacy_action.trigger()

    assert not window.privacy.privacy_action.isChecked()
    back = visible_text()
    assert PHONE in back
    assert PRIVATE in back
    assert window._photo(misaki) is not None


def _with_pin(window: MainWindow, **changes: Any) -> None:
    window.update_settings(pin_hash=hash_pin(PIN), **changes)


def _lock_screen() -> LockScreen:
    screens = [w for w in QApplication.topLevelWidgets() if isinstance(w, LockScreen)]
    visible = [s for s in screens if s.isVisible()]
    assert len(visible) == 1
    return visible[0]


def test_idle_locks_covers_everything_and_the_pin_unlocks(
    qtbot: QtBot, window: MainWindow, misaki: int
) -> None:
    _show(window, qtbot, misaki)
    _with_pin(window, idle_lock_minutes=5)
    lock = window.privacy.lock
    assert lock.idle_timer.isActive()
    assert lock.idle_timer.interval() == 5 * 60_000

    lock.configure(idle_ms=30)  # five minutes, shortened for the test
    qtbot.waitUntil(lambda: lock.locked, timeout=5000)

    screen = _lock_screen()
    assert screen.geometry().contains(window.geometry().center())
    cover = window.findChild(QWidget, "lock_cover")
    assert cover is not None
    assert cover.isVisible()
    assert cover.geometry() == window.rect()
    assert cover.autoFillBackground()
    assert screen.title_label.text() == "Kauntaa is locked"
    assert PHONE not in visible_text_of(screen)
    screen.reject()  # Esc does nothing
    assert screen.isVisible()

    qtbot.keyClicks(screen.pin_edit, "1111")
    qtbot.keyClick(screen.pin_edit, Qt.Key.Key_Return)
    assert lock.locked
    assert "Wrong PIN" in screen.message_label.text()

    qtbot.keyClicks(screen.pin_edit, PIN)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)

    assert lock.screen is None
    qtbot.waitUntil(lambda: window.findChild(QWidget, "lock_cover") is None)
    assert lock.idle_timer.isActive()  # counting again
    assert load_settings(window._paths.settings_file).pin_failures == 0


def test_wrong_tries_make_the_next_one_wait_even_after_a_restart_of_the_count(
    qtbot: QtBot, window: MainWindow
) -> None:
    _with_pin(window)
    lock = window.privacy.lock
    now = [1_000_000.0]
    lock.clock = lambda: now[0]
    assert window.privacy.lock.lock()
    screen = _lock_screen()

    for _ in range(FREE_TRIES):
        qtbot.keyClicks(screen.pin_edit, "0001")
        qtbot.keyClick(screen.pin_edit, Qt.Key.Key_Return)
    assert f"Try again in {int(FIRST_DELAY_S)} s" in screen.message_label.text()
    saved = load_settings(window._paths.settings_file)
    assert saved.pin_failures == FREE_TRIES
    assert saved.pin_blocked_until == now[0] + FIRST_DELAY_S

    qtbot.keyClicks(screen.pin_edit, PIN)  # right, but too soon: not even checked
    qtbot.keyClick(screen.pin_edit, Qt.Key.Key_Return)
    assert lock.locked
    assert "Too many wrong tries" in screen.message_label.text()

    now[0] += FIRST_DELAY_S
    qtbot.keyClicks(screen.pin_edit, PIN)
    qtbot.keyClick(screen.pin_edit, Qt.Key.Key_Return)
    assert not lock.locked


def test_without_a_pin_nothing_locks(qtbot: QtBot, window: MainWindow) -> None:
    window.update_settings(idle_lock_minutes=1)

    assert not window.privacy.lock.idle_timer.isActive()
    assert not window.privacy.lock.lock()
    window.privacy.lock_action.trigger()
    assert not window.privacy.lock.locked


def test_lock_on_start(qtbot: QtBot, shop: Shop, tmp_path: Path) -> None:
    from kauntaa.gui.i18n import Translations
    from kauntaa.gui.theme import ThemeManager
    from kauntaa.paths import Paths

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations = Translations(app)
    translations.use("en")
    settings = Settings(language="en", pin_hash=hash_pin(PIN), lock_on_start=True)
    main = MainWindow(
        Paths.under(shop.database.path.parent), settings, translations, ThemeManager(app, "light")
    )
    qtbot.addWidget(main)
    main.show()
    main.attach(shop)

    qtbot.waitUntil(lambda: main.privacy.lock.locked)
    main.privacy.lock.attempt(PIN)
    assert not main.privacy.lock.locked


def test_the_settings_set_check_and_remove_the_pin(qtbot: QtBot, window: MainWindow) -> None:
    dialog = SettingsDialog("en", "light", window, settings=Settings(language="en"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "not encryption" in dialog.not_encryption_label.text()
    assert "newsletter" in dialog.notice_edit.toPlainText()  # the default notice

    qtbot.keyClicks(dialog.new_pin_edit, PIN)
    qtbot.keyClicks(dialog.repeat_pin_edit, "4812")
    dialog.accept()
    assert dialog.isVisible()
    assert "differ" in dialog.pin_error_label.text()

    dialog.repeat_pin_edit.setText(PIN)
    dialog.idle_spin.setValue(3)
    dialog.notice_edit.setPlainText("当店の利用目的です。")
    dialog.accept()

    changes = dialog.privacy_changes()
    assert changes["idle_lock_minutes"] == 3
    assert changes["privacy_notice"] == "当店の利用目的です。"
    window.update_settings(**changes)
    assert load_settings(window._paths.settings_file).pin_hash.startswith("scrypt$")
    assert window.privacy.lock.idle_timer.interval() == 3 * 60_000

    removing = SettingsDialog(
        "en",
        "light",
        window,
        settings=window._settings,
        verify_pin=window.privacy.lock.check_current_pin,
    )
    qtbot.addWidget(removing)
    removing.show()
    removing.remove_pin_check.setChecked(True)
    removing.current_pin_edit.setText("9999")
    removing.accept()
    assert removing.isVisible()
    assert "Wrong PIN" in removing.pin_error_label.text()
    removing.current_pin_edit.setText(PIN)
    removing.accept()
    assert removing.privacy_changes()["pin_hash"] == ""


def test_the_customer_dialog_records_consent_with_dates(
    qtbot: QtBot, shop: Shop, regulars: dict[str, int]
) -> None:
    sato = shop.customers.get(regulars["sato"])
    from dataclasses import replace

    sato = shop.customers.update(sato.id, replace(sato.fields(), newsletter_consent=True))
    dialog = CustomerDialog(lambda f, d: None, "en", customer=sato, privacy=False)
    qtbot.addWidget(dialog)
    dialog.show()

    assert "Newsletter: agreed on 2026-11-20" in dialog.consent_dates_label.text()
    assert "Introductions: not asked" in dialog.consent_dates_label.text()
    dialog.introduction_consent_check.setChecked(True)
    dialog._ui.do_not_introduce_check.setChecked(True)
    assert not dialog.introduction_consent_check.isChecked()  # one withdraws the other
    dialog.contact_consent_check.setChecked(True)
    fields = dialog.fields()
    assert fields.contact_consent
    assert fields.do_not_introduce
    assert not fields.introduction_consent


def test_the_record_is_exported_as_json_and_pdf_from_the_customer_menu(
    qtbot: QtBot,
    window: MainWindow,
    misaki: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _show(window, qtbot, misaki)
    targets = [tmp_path / "misaki.json", tmp_path / "misaki.pdf"]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(targets.pop(0)), ""))

    window.privacy.export_action.trigger()
    window.privacy.export_action.trigger()

    record = json.loads((tmp_path / "misaki.json").read_text(encoding="utf-8"))
    assert record["customer"]["phone"] == PHONE
    assert PRIVATE in [n["body"] for n in record["notes"]]
    assert "newsletter" in record["purpose_of_use"]
    pdf = (tmp_path / "misaki.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert len(pdf) > 2000
    # The record's text layer says what is printed (Qt's own map gave 田 as ⽥).
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "misaki.pdf"), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    customer = record["customer"]
    for value in (customer["name"], customer["reading"], ADDRESS, "first_seen", "offers"):
        assert value in text
    unwrapped = re.sub(r"\s", "", text)  # the notes wrap inside their table cells
    assert PRIVATE in unwrapped
    assert "写真展の準備中" in unwrapped
    assert not re.search("[\u2e80-\u2fdf\ufb00-\ufb06]", text)  # no radicals, no ligatures


def test_export_waits_for_privacy_mode_to_be_off(
    qtbot: QtBot, window: MainWindow, misaki: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    _show(window, qtbot, misaki)
    window.privacy.set_privacy(True)
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a))

    window.privacy.export_action.trigger()

    assert asked == []
    assert "privacy mode off" in window._ui.status_bar.currentMessage()


def test_complete_deletion_explains_backups_and_keeps_the_others_history(
    qtbot: QtBot,
    window: MainWindow,
    shop: Shop,
    regulars: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shop.introductions.introduce(regulars["tanaka"], regulars["sato"], context="写真")
    _show(window, qtbot, regulars["tanaka"])
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)

    window._ui.action_delete_customer.trigger()

    assert "without their name" in asked[0]
    assert "10 most recent backups" in asked[0]
    assert shop.customers.search("たなか") == []
    window.open_customer(regulars["sato"])
    assert "someone whose record was deleted" in window.card_text()
    assert "田中" not in window.card_text()
