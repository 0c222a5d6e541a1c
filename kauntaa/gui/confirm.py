"""The one way Kauntaa asks before a destructive step: Yes, or Cancel by default."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget | None, text: str) -> bool:
    """True when the owner answers Yes; Cancel is the default, so Enter never destroys."""
    answer = QMessageBox.question(
        parent,
        "Kauntaa",
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
