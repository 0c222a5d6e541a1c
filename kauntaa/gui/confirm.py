"""The one way Kauntaa asks before a destructive step, and says why it refused one.

A question defaults to Cancel, so Enter never destroys.
"""

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


def warn(parent: QWidget | None, text: str) -> None:
    """Why a step was refused and nothing happened (a save onto the shop's own files)."""
    QMessageBox.warning(parent, "Kauntaa", text)
