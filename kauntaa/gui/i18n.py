"""Switching the interface language at run time: Japanese, English, or the system's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from kauntaa.settings import system_language

LANGUAGE_CHOICES = ("", "ja", "en")  # "" follows the system


class Translations(QObject):
    """Owns the installed translators; ``use`` swaps them and Qt sends LanguageChange."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours = QTranslator(self)
        self._qt = QTranslator(self)
        self.language = "en"

    def use(self, choice: str) -> str:
        language = choice if choice in ("ja", "en") else system_language()
        app = QCoreApplication.instance()
        assert app is not None
        app.removeTranslator(self._ours)
        app.removeTranslator(self._qt)
        self._ours.load(f":/translations/kauntaa_{language}.qm")
        app.installTranslator(self._ours)
        # Qt's own strings (OK/Cancel in dialogs) in the same language, when available.
        if self._qt.load(
            QLocale(language),
            "qtbase",
            "_",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        ):
            app.installTranslator(self._qt)
        self.language = language
        return language
