"""The line under a form that says what is wrong, in the theme's error colour.

One widget for every dialog and wizard page: the colour comes from the theme's
``QLabel[role="error"]`` rule, so it reads on the dark theme too, and the label
takes no room while there is nothing to say.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class ErrorLabel(QLabel):
    def __init__(self, parent: QWidget | None = None, name: str = "error_label") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "error")
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str) -> None:
        """Say ``text``; an empty text hides the line."""
        self.setText(text)
        self.setVisible(bool(text))
