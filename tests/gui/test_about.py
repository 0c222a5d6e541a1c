"""The About dialog names the version, the folders and the bundled software with licences."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

import kauntaa
from kauntaa.gui.about import AboutDialog
from kauntaa.paths import Paths


def test_about_shows_version_paths_and_licences(qtbot: QtBot, tmp_path: Path) -> None:
    paths = Paths.under(tmp_path / "shop")
    dialog = AboutDialog(paths)
    qtbot.addWidget(dialog)

    text = dialog.text_browser.toPlainText()

    assert f"Kauntaa {kauntaa.__version__}" in text
    assert str(paths.database) in text
    assert str(paths.backup_dir) in text
    assert str(paths.log_dir) in text
    for name, licence in (("PySide6-Essentials", "LGPL-3.0-only"), ("SQLAlchemy", "MIT")):
        assert name in text
        assert licence in text
    assert "replace them with your own build" in text
