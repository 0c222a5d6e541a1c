"""Guards the PySide6 pin: some releases return None from void methods without a reference.

On Python 3.11 (where None is not immortal) every such call takes one reference
from None, and a long day at the counter ends in "deallocating None". PySide6
6.12.0 does this for QPainter, QLabel, QLineEdit…; 6.11.3 does not.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

CALLS = 300  # few enough that a leak fails the assertion instead of crashing


def test_void_calls_leave_none_alone(qtbot: QtBot) -> None:
    label = QLabel()
    edit = QLineEdit()
    qtbot.addWidget(label)
    qtbot.addWidget(edit)
    pixmap = QPixmap(8, 8)
    painter = QPainter(pixmap)
    font = QFont()
    before = sys.getrefcount(None)
    try:
        for _ in range(CALLS):
            painter.setFont(font)
            painter.setPen(QColor("#c8643b"))
            label.setText("田中 美咲")
            edit.setText("たなか")
    finally:
        painter.end()
    # A few references may come and go elsewhere; a leak here would be ~4 × CALLS.
    assert sys.getrefcount(None) - before > -CALLS // 10
