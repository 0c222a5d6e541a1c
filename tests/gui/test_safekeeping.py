"""Data safety in the window: the backups dialog, restore, the encrypted copy, one window only,
a damaged file, automatic backups, and a full disk that keeps what was typed."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from kauntaa.domain.customers import CustomerFields
from kauntaa.errors import DamagedDatabaseError, RefusedDatabaseError
from kauntaa.gui import safekeeping
from kauntaa.gui.dialogs.restore_dialog import PassphraseDialog, RestoreDialog
from kauntaa.gui.main_window import MainWindow
from kauntaa.gui.single_instance import SingleInstance
from kauntaa.services.shop import Shop
from kauntaa.settings import load_settings
from kauntaa.storage.backup import list_backups
from tests.gui.conftest import type_text
from tests.unit.test_disk_faults import cap_growth, lift_cap

PASSPHRASE = "くもりの日のラテ 2026"


def _when_dialog_opens(qtbot: QtBot, act: Any) -> list[Any]:
    """Run ``act(dialog)`` once the modal RestoreDialog is on screen; returns what it gave."""
    seen: list[Any] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreDialog):
            QTimer.singleShot(10, drive)
            return
        seen.append(act(dialog))
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, drive)
    return seen


def _yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_file_menu_restores_a_listed_backup(
    qtbot: QtBot, window: MainWindow, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.safekeeping.restore_action in window._ui.menu_file.actions()
    shop.backups.backup_now(reason="manual")
    shop.customers.add(CustomerFields(name="鈴木 一郎", reading="すずき いちろう"))
    asked = _yes(monkeypatch)

    def restore_first(dialog: RestoreDialog) -> list[str]:
        table = dialog.table
        row = [item.text() for c in range(table.columnCount()) if (item := table.item(0, c))]
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        return row

    seen = _when_dialog_opens(qtbot, restore_first)
    window.safekeeping.restore_action.trigger()

    [row] = seen
    assert row[1] == "by hand"
    assert row[2] == "3"  # customers, as the manifest counted them
    assert "backed up first" in asked[0]
    assert window.shop.customers.count() == 3
    assert not window.shop.customers.search("すずき")
    reasons = [b.reason for b in list_backups(window.shop.backup_dir)]
    assert "before-restore" in reasons
    assert window.undo_stack.count() == 0


def test_the_dialog_notes_a_manifest_that_is_not_kauntaas_and_does_not_list_it(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    info = shop.backups.backup_now(reason="manual")
    hostile = shop.backup_dir / "kauntaa-20200101-000000-000000-manual.json"
    manifest = json.loads(info.path.with_suffix(".json").read_text(encoding="utf-8"))
    hostile.write_text(json.dumps({**manifest, "file": "../kauntaa.sqlite3"}), encoding="utf-8")

    def read(dialog: RestoreDialog) -> tuple[int, bool, str]:
        label = dialog.ignored_label
        return dialog.table.rowCount(), label.isVisible(), label.text()

    seen = _when_dialog_opens(qtbot, read)
    window.safekeeping.open_backups()

    [(rows, shown, text)] = seen
    assert rows == 1
    assert shown
    assert hostile.name in text
    assert "Nothing was opened or deleted" in text


def test_an_encrypted_copy_is_saved_and_restored_from_the_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "usb" / "kauntaa"
    target.parent.mkdir()  # the one writer never makes missing folders
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(target) + ".kauntaa-enc", "")
    )

    def typed(dialog: PassphraseDialog) -> int:
        dialog.passphrase_edit.setText(PASSPHRASE)
        dialog.repeat_edit.setText(PASSPHRASE)
        return 1

    monkeypatch.setattr(PassphraseDialog, "exec", typed)
    _yes(monkeypatch)

    seen = _when_dialog_opens(
        qtbot, lambda d: qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)
    )
    window.safekeeping.open_backups()
    assert seen
    sealed = target.with_name("kauntaa.kauntaa-enc")
    assert sealed.is_file()
    assert b"SQLite format 3" not in sealed.read_bytes()

    window.shop.customers.add(CustomerFields(name="鈴木 一郎", reading="すずき いちろう"))
    assert window.shop.customers.count() == 4
    _when_dialog_opens(
        qtbot, lambda d: qtbot.mouseClick(d.encrypted_button, Qt.MouseButton.LeftButton)
    )
    window.safekeeping.open_backups()
    assert window.shop.customers.count() == 3


def test_the_passphrase_needs_12_characters_and_the_same_twice(qtbot: QtBot) -> None:
    dialog = PassphraseDialog(confirm=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.passphrase_edit.setText("short")
    assert not ok.isEnabled()
    assert "7 more" in dialog.problem_label.text()
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.repeat_edit.setText(PASSPHRASE[:-1])
    assert not ok.isEnabled()
    dialog.repeat_edit.setText(PASSPHRASE)
    assert ok.isEnabled()


def test_the_backup_folder_can_be_changed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "usb-stick"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))

    def change(dialog: RestoreDialog) -> str:
        qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
        return dialog.folder_label.text()

    seen = _when_dialog_opens(qtbot, change)
    window.safekeeping.open_backups()
    assert str(usb) in seen[0]
    assert load_settings(window._paths.settings_file).backup_dir == str(usb)
    info = window.shop.backups.backup_now()
    assert info.path.parent == usb


def test_a_second_start_brings_the_first_window_to_the_front(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    first = SingleInstance(tmp_path / "shop")
    second = SingleInstance(tmp_path / "shop")
    try:
        assert first.claim()
        first.listen()
        first.bring_to_front(window)
        window.showMinimized()
        qtbot.waitUntil(window.isMinimized)
        with qtbot.waitSignal(first.show_requested, timeout=5000):
            assert not second.claim()
        qtbot.waitUntil(lambda: not window.isMinimized())
        assert window.isVisible()
    finally:
        second.release()
        first.release()
    # Once the first is gone, the next start is the only one again.
    third = SingleInstance(tmp_path / "shop")
    assert third.claim()
    third.release()


def test_a_full_disk_keeps_the_typed_note_and_the_file_whole(
    qtbot: QtBot,
    window: MainWindow,
    regulars: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    window.open_customer(regulars["tanaka"])
    notes_before = len(window.shop.customers.card(regulars["tanaka"]).notes)
    cap_growth(window.shop)
    note = window._ui.note_edit
    note.setFocus()
    type_text(note, "来週は写真展。")
    note.insertPlainText("娘さんの話。" * 1500)  # a long paste: the file must grow for it
    typed = note.toPlainText()

    qtbot.keyClick(note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert shown
    assert "disk is full" in shown[0]
    assert note.toPlainText() == typed  # nothing typed is lost
    assert len(window.shop.customers.card(regulars["tanaka"]).notes) == notes_before
    with closing(sqlite3.connect(window.shop.database.path)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert window.isVisible()

    lift_cap(window.shop)  # the owner freed some space
    qtbot.keyClick(note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert note.toPlainText() == ""
    assert len(window.shop.customers.card(regulars["tanaka"]).notes) == notes_before + 1


def test_damage_found_in_the_background_offers_the_newest_backup(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    info = window.shop.backups.backup_now()
    window.shop.customers.add(CustomerFields(name="鈴木 一郎", reading="すずき いちろう"))
    asked: list[str] = []

    def answer(_parent: Any, text: str, yes: str, _no: str) -> bool:
        asked.append(text + " | " + yes)
        return True

    monkeypatch.setattr(safekeeping, "ask", answer)
    window._file_checked("*** in database main *** Page 7: btreeInitPage() returns error code 11")

    assert f"{info.created_at:%Y-%m-%d %H:%M}" in asked[0]
    assert "nothing is deleted" in asked[0]
    assert window.shop.customers.count() == 3


def test_a_damaged_file_at_start_is_set_aside_and_the_backup_restored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, backups = tmp_path / "kauntaa.sqlite3", tmp_path / "backups"
    shop = Shop.open(path, backups)
    shop.customers.add(CustomerFields(name="田中 美咲", reading="たなか みさき"))
    info = shop.backups.backup_now()
    shop.close()
    with path.open("r+b") as f:
        f.truncate(path.stat().st_size // 2)
    damaged = path.read_bytes()
    with pytest.raises(DamagedDatabaseError) as refused:
        Shop.open(path, backups)

    asked: list[str] = []

    def answer(_parent: Any, text: str, *_: Any) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(safekeeping, "ask", answer)
    assert safekeeping.offer_restore_at_start(None, refused.value, path, backups, "en")

    assert "moved aside" in asked[0]
    assert f"{info.created_at:%Y-%m-%d %H:%M}" in asked[0]
    reopened = Shop.open(path, backups)
    assert reopened.customers.count() == 1
    reopened.close()
    assert any(p.read_bytes() == damaged for p in tmp_path.glob("kauntaa-damaged-*"))


def test_declining_the_restore_at_start_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, backups = tmp_path / "kauntaa.sqlite3", tmp_path / "backups"
    shop = Shop.open(path, backups)
    shop.backups.backup_now()
    shop.close()
    path.write_bytes(b"")
    with pytest.raises(RefusedDatabaseError) as refused:
        Shop.open(path, backups)
    monkeypatch.setattr(safekeeping, "ask", lambda *_: False)
    assert not safekeeping.offer_restore_at_start(None, refused.value, path, backups, "en")
    assert path.read_bytes() == b""


def test_automatic_backups_only_when_something_changed(
    qtbot: QtBot, window: MainWindow, regulars: dict[str, int]
) -> None:
    folder = window.shop.backup_dir

    def tick() -> None:
        window.safekeeping.timer.timeout.emit()
        qtbot.waitUntil(lambda: not window.busy)

    tick()  # the regulars were added since the shop was opened
    [first] = list_backups(folder)
    assert first.reason == "auto"
    assert first.row_counts["customer"] == 3
    tick()  # nothing changed since
    assert len(list_backups(folder)) == 1

    window.shop.activity.add_note(regulars["sato"], "ブレンド、濃いめ")
    tick()
    newest = list_backups(folder)[0]
    assert len(list_backups(folder)) == 2
    assert newest.row_counts["note"] == 1
    assert safekeeping.backup_on_exit(window.shop) is None  # nothing new since
    window.shop.activity.add_note(regulars["sato"], "自転車")
    exit_backup = safekeeping.backup_on_exit(window.shop)
    assert exit_backup is not None
    assert exit_backup.reason == "exit"


def test_the_settings_dialog_sets_the_backup_folder(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kauntaa.gui.dialogs.settings_dialog import SettingsDialog

    usb = tmp_path / "usb-stick"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    seen: list[str] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            QTimer.singleShot(10, drive)
            return
        seen.append(dialog.backup_box.folder_edit.placeholderText())
        qtbot.mouseClick(dialog.backup_box.choose_button, Qt.MouseButton.LeftButton)
        dialog.accept()

    QTimer.singleShot(0, drive)
    window.open_settings()

    assert seen == [str(window._paths.backup_dir)]  # the default is shown until one is chosen
    assert load_settings(window._paths.settings_file).backup_dir == str(usb)
    assert window.shop.backups.backup_now().path.parent == usb


def test_a_second_start_says_kauntaa_is_already_open(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kauntaa.gui import launch
    from kauntaa.paths import Paths
    from kauntaa.settings import Settings

    paths = Paths.under(tmp_path / "shop")
    monkeypatch.setattr(launch, "_setup_logging", lambda _paths: tmp_path / "log")
    monkeypatch.setattr(launch, "_install_excepthook", lambda *_a, **_k: None)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    first = SingleInstance(paths.data_dir)
    assert first.claim()
    first.listen()
    try:
        with qtbot.waitSignal(first.show_requested, timeout=5000):
            code = launch.run_gui(paths, Settings(language="en"))
    finally:
        first.release()
    assert code == 0
    assert told == ["Kauntaa is already open. Its window has been brought to the front."]
    assert not paths.database.exists()  # the second start touched no data


def test_a_restore_that_fails_half_way_never_opens_an_empty_shop(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kauntaa.errors import BackupError, Message
    from kauntaa.services import backups

    info = window.shop.backups.backup_now()
    database = window.shop.database.path

    def half_way(live: Path, *_a: Any, **_k: Any) -> Any:
        live.rename(live.with_name("kauntaa-replaced-test.sqlite3"))
        raise BackupError(Message("途中で失敗", "failed half-way"), code="restore_failed")

    monkeypatch.setattr(backups, "restore", half_way)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: told.append(text))

    assert not window.safekeeping.restore(source=info.path)

    assert "kauntaa restore" in told[0]
    assert not database.exists()  # no empty shop was made in its place
    assert database.with_name("kauntaa-replaced-test.sqlite3").exists()
    window.shop.close()  # as on quitting: the closed shop makes no new file either
    assert not database.exists()


def _query_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA query_only = ON")


def test_a_read_only_data_file_keeps_the_typed_note(
    qtbot: QtBot,
    window: MainWindow,
    regulars: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The window's side of a read-only folder (the real permissions are tested as nobody
    in tests/unit/test_disk_faults.py): SQLite refuses the write, the note stays typed."""
    from sqlalchemy import event

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    window.open_customer(regulars["tanaka"])
    engine = window.shop.database.engine
    engine.dispose()
    event.listen(engine, "connect", _query_only)
    note = window._ui.note_edit
    note.setFocus()
    type_text(note, "来週は写真展。")

    qtbot.keyClick(note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert shown
    assert "cannot be written to" in shown[0]
    assert note.toPlainText() == "来週は写真展。"
    assert window.shop.customers.card(regulars["tanaka"]).notes == ()  # reading still works

    event.remove(engine, "connect", _query_only)
    engine.dispose()
    qtbot.keyClick(note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert note.toPlainText() == ""
    assert [n.body for n in window.shop.customers.card(regulars["tanaka"]).notes] == [
        "来週は写真展。"
    ]
