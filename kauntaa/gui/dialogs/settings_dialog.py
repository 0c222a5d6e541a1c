"""Language and theme, applied when the owner presses OK."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from kauntaa.gui._generated.ui_settings_dialog import Ui_SettingsDialog


class SettingsDialog(QDialog):
    def __init__(self, language: str, theme: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_SettingsDialog()
        self._ui.setupUi(self)
        ui = self._ui
        ui.language_combo.addItem(self.tr("Follow the system"), "")
        ui.language_combo.addItem("日本語", "ja")
        ui.language_combo.addItem("English", "en")
        ui.theme_combo.addItem(self.tr("Follow the system"), "system")
        ui.theme_combo.addItem(self.tr("Light"), "light")
        ui.theme_combo.addItem(self.tr("Dark"), "dark")
        ui.language_combo.setCurrentIndex(max(0, ui.language_combo.findData(language)))
        ui.theme_combo.setCurrentIndex(max(0, ui.theme_combo.findData(theme)))

    @property
    def language(self) -> str:
        return str(self._ui.language_combo.currentData())

    @property
    def theme(self) -> str:
        return str(self._ui.theme_combo.currentData())

    def set_language(self, language: str) -> None:
        self._ui.language_combo.setCurrentIndex(max(0, self._ui.language_combo.findData(language)))
