"""The window's saves: the shop's own files are refused in words, an existing file is asked about.

The export dialog, the newsletter list, the day's PDF, the map, a person's record
and the encrypted copy all pass through kauntaa.gui.output_choice; the one
question place (kauntaa.gui.confirm) is patched, so the tests see what the owner
would be asked and told.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from kauntaa.gui import confirm
from kauntaa.gui.main_window import MainWindow
from kauntaa.services.shop import Shop

PASSPHRASE = "a long enough passphrase"


class Asked:
    """What the window asked and said, with the answer the owner gives."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: bool = False) -> None:
        self.questions: list[str] = []
        self.warnings: list[str] = []
        self.answer = answer
        monkeypatch.setattr(confirm, "confirm", self._confirm)
        monkeypatch.setattr(confirm, "warn", lambda _parent, text: self.warnings.append(text))

    def _confirm(self, _parent: object, text: str) -> bool:
        self.questions.append(text)
        return self.answer


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    return Asked(monkeypatch)


def _export(window: MainWindow, target: Path, form: str = "csv") -> None:
    window.exchange.export_action.trigger()
    dialog = window.exchange.export_dialog
    assert dialog is not None
    dialog.form_combo.setCurrentIndex(dialog.form_combo.findData(form))
    dialog.path_edit.setText(str(target))
    dialog.accept()


def test_the_export_dialog_refuses_the_database_in_words(
    window: MainWindow, shop: Shop, asked: Asked
) -> None:
    database = shop.database.path
    before = database.read_bytes()

    _export(window, database)

    assert asked.warnings == [
        f"{database} is the shop's database. "
        "Kauntaa never writes over the shop's own files; choose another place."
    ]
    assert asked.questions == []
    assert not window.busy  # no export was started
    assert database.read_bytes() == before
    assert shop.customers.count() == 3


def test_the_refusal_is_in_japanese_when_the_window_is(
    window: MainWindow, shop: Shop, asked: Asked
) -> None:
    window._translations.use("ja")
    wal = Path(f"{shop.database.path}-wal")

    _export(window, wal)

    assert asked.warnings == [
        f"{wal} はデータベースの -wal ファイルです。"
        "お店のデータには書き込みません。別の保存先を選んでください。"
    ]


def test_the_export_dialog_asks_before_replacing_a_file(
    qtbot: QtBot, window: MainWindow, asked: Asked, tmp_path: Path
) -> None:
    target = tmp_path / "customers.csv"
    target.write_text("the owner's own list", encoding="utf-8")

    _export(window, target)  # the owner answers Cancel

    assert asked.questions == [f"{target} already exists. Replace it?"]
    assert not window.busy
    assert target.read_text(encoding="utf-8") == "the owner's own list"

    asked.answer = True
    _export(window, target)

    qtbot.waitUntil(lambda: not window.busy and "田中 美咲" in target.read_text("utf-8-sig"))
    assert len(asked.questions) == 2
    assert window.exchange.last_export.customers == 3


def test_a_folder_export_asks_before_replacing_the_files_inside(
    qtbot: QtBot, window: MainWindow, asked: Asked, tmp_path: Path
) -> None:
    folder = tmp_path / "tables"
    folder.mkdir()
    (folder / "visits.csv").write_text("mine", encoding="utf-8")

    _export(window, folder, form="folder")

    assert asked.questions == [f"The folder {folder} already holds visits.csv. Replace them?"]
    assert [p.name for p in folder.iterdir()] == ["visits.csv"]
    assert (folder / "visits.csv").read_text(encoding="utf-8") == "mine"


def test_a_new_file_is_written_without_a_question(
    qtbot: QtBot, window: MainWindow, asked: Asked, tmp_path: Path
) -> None:
    target = tmp_path / "people.vcf"
    _export(window, target, form="vcard")
    qtbot.waitUntil(lambda: target.exists() and not window.busy)
    assert asked.questions == []
    assert asked.warnings == []
    assert target.read_text(encoding="utf-8").startswith("BEGIN:VCARD")


def _day_pdf(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    window.action_day_page.trigger()
    qtbot.waitUntil(lambda: window.day_page.summary is not None)
    window.day_page.export_pdf(path)


def _map(qtbot: QtBot, window: MainWindow, path: Path, kind: str) -> None:
    window.action_map_page.trigger()
    page = window.map_page
    qtbot.waitUntil(lambda: not page.loading and not window.busy)
    assert (page.export_png if kind == "png" else page.export_svg)(path) is False


#: Every other save in the window, given where to write.
SAVES: dict[str, Callable[[QtBot, MainWindow, Path], object]] = {
    "newsletter list": lambda _q, w, p: w.ledger.export_newsletter(p),
    "the day's PDF": _day_pdf,
    "the map as PNG": lambda q, w, p: _map(q, w, p, "png"),
    "the map as SVG": lambda q, w, p: _map(q, w, p, "svg"),
    "encrypted copy": lambda _q, w, p: w.safekeeping.export_encrypted(p, PASSPHRASE),
}


@pytest.mark.parametrize("save", SAVES)
@pytest.mark.parametrize("target", ["the database", "a backup's manifest"])
def test_every_save_in_the_window_refuses_the_shops_own_files(
    qtbot: QtBot, window: MainWindow, shop: Shop, asked: Asked, save: str, target: str
) -> None:
    if target == "the database":
        path = shop.database.path
    else:
        path = shop.backups.backup_now().path.with_suffix(".json")
    before = path.read_bytes()

    SAVES[save](qtbot, window, path)

    assert len(asked.warnings) == 1
    assert asked.warnings[0].startswith(str(path))
    assert "never writes over the shop's own files" in asked.warnings[0]
    assert not window.busy
    assert path.read_bytes() == before


def test_the_record_export_refuses_a_manifest_and_asks_about_a_renamed_file(
    qtbot: QtBot,
    window: MainWindow,
    shop: Shop,
    asked: Asked,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window.search_for("たなか")
    qtbot.waitUntil(lambda: window.current_card() is not None)
    manifest = shop.backups.backup_now().path.with_suffix(".json")
    before = manifest.read_bytes()
    chosen = [str(manifest), str(tmp_path / "misaki")]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (chosen.pop(0), ""))
    (tmp_path / "misaki.json").write_text("kept", encoding="utf-8")

    window.privacy.export_action.trigger()
    window.privacy.export_action.trigger()  # "misaki" becomes misaki.json, which exists

    assert len(asked.warnings) == 1
    assert "is a backup's manifest" in asked.warnings[0]
    assert manifest.read_bytes() == before
    # Qt's dialog asked about "misaki", not "misaki.json": the window asks itself.
    assert asked.questions == [f"{tmp_path / 'misaki.json'} already exists. Replace it?"]
    assert (tmp_path / "misaki.json").read_text(encoding="utf-8") == "kept"
