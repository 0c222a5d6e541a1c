"""Light and dark themes: the QSS from the resources, plus the few colours delegates paint with.

"system" follows the operating system's colour scheme, live.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QFile, QIODevice, QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")


@dataclass(frozen=True, slots=True)
class Colors:
    """Colours for what QSS cannot reach: delegates and the card's HTML."""

    background: QColor
    surface: QColor
    text: QColor
    muted: QColor
    accent: QColor
    accent_soft: QColor
    highlight: QColor
    border: QColor


LIGHT = Colors(
    background=QColor("#faf7f2"),
    surface=QColor("#ffffff"),
    text=QColor("#26292b"),
    muted=QColor("#6f7479"),
    accent=QColor("#c8643b"),
    accent_soft=QColor("#f6e3d8"),
    highlight=QColor("#fff1c7"),
    border=QColor("#e6dfd4"),
)
DARK = Colors(
    background=QColor("#1f2326"),
    surface=QColor("#282d31"),
    text=QColor("#e8e4dc"),
    muted=QColor("#a3a6a8"),
    accent=QColor("#e08a5f"),
    accent_soft=QColor("#4a3328"),
    highlight=QColor("#4a4128"),
    border=QColor("#3a4045"),
)


def _read_resource(path: str) -> str:
    file = QFile(path)
    if not file.open(QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Text):
        return ""
    try:
        return bytes(file.readAll().data()).decode("utf-8")
    finally:
        file.close()


class ThemeManager(QObject):
    """Applies a theme to the application and says when the colours change."""

    changed = Signal()

    def __init__(self, app: QApplication, setting: str = "system") -> None:
        super().__init__(app)
        self._app = app
        self._setting = setting if setting in THEMES else "system"
        self._dark = False
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_system_changed)
        self.apply(self._setting)

    @property
    def setting(self) -> str:
        return self._setting

    @property
    def dark(self) -> bool:
        return self._dark

    @property
    def colors(self) -> Colors:
        return DARK if self._dark else LIGHT

    def apply(self, setting: str) -> None:
        self._setting = setting if setting in THEMES else "system"
        if self._setting == "system":
            scheme = QGuiApplication.styleHints().colorScheme()
            dark = scheme == Qt.ColorScheme.Dark
        else:
            dark = self._setting == "dark"
        self._dark = dark
        self._app.setStyleSheet(_read_resource(f":/styles/{'dark' if dark else 'light'}.qss"))
        self.changed.emit()

    def _on_system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._setting == "system":
            self.apply("system")
