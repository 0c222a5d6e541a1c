"""Round avatars: the customer's photo when there is one, otherwise initials on a calm colour."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPixmap

from kauntaa.gui.formatting import initials

# Soft, distinguishable tones that keep white text readable.
_TONES = ("#c8643b", "#5b8a72", "#5a7bb5", "#9a6fb0", "#b5835a", "#4f8f96", "#b35d78", "#7d8a4e")


def tone(customer_id: int) -> QColor:
    return QColor(_TONES[customer_id % len(_TONES)])


def paint_avatar(
    painter: QPainter, rect: QRectF, customer_id: int, name: str, photo: QPixmap | None
) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(rect)
    if photo is not None and not photo.isNull():
        painter.setClipPath(path)
        scaled = photo.scaled(
            rect.size().toSize(),
            Qt.AspectRatioMode.KeepAspectRatioByExpanding,
            Qt.TransformationMode.SmoothTransformation,
        )
        painter.drawPixmap(rect.topLeft(), scaled)
    else:
        painter.fillPath(path, QBrush(tone(customer_id)))
        font = QFont(painter.font())
        font.setPixelSize(int(rect.height() * 0.42))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.restore()


def photo_pixmap(data: bytes | None) -> QPixmap | None:
    if not data:
        return None
    image = QImage.fromData(data)
    return None if image.isNull() else QPixmap.fromImage(image)


def avatar_pixmap(size: int, customer_id: int, name: str, photo: QPixmap | None) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_avatar(painter, QRectF(0, 0, size, size), customer_id, name, photo)
    painter.end()
    return pixmap
