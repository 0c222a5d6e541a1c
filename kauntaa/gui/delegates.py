"""Painting search results as compact cards, and the in-shop strip as name chips."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kauntaa.domain.search import SearchHit
from kauntaa.gui.avatars import paint_avatar
from kauntaa.gui.formatting import relative_day
from kauntaa.gui.models.customer_list import HitRole
from kauntaa.gui.theme import ThemeManager

Index = QModelIndex | QPersistentModelIndex

CARD_HEIGHT = 84
AVATAR = 52
PAD = 12


def _font(base: QFont, pixels: int, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


class CustomerCardDelegate(QStyledItemDelegate):
    """Avatar, reading above the name, call name, usual order, last visit, and a badge when
    something waits for them: ↔ a planned introduction, ★ a reminder."""

    def __init__(
        self,
        theme: ThemeManager,
        today: Callable[[], date],
        photo: Callable[[int], QPixmap | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._theme = theme
        self._today = today
        self._photo = photo

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(option.rect.width(), CARD_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit = index.data(HitRole)
        if not isinstance(hit, SearchHit):
            return
        colors = self._theme.colors
        rect = QRectF(option.rect).adjusted(4, 3, -4, -3)
        state = option.state
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QPainterPath()
        card.addRoundedRect(rect, 10, 10)
        if state & QStyle.StateFlag.State_Selected:
            painter.fillPath(card, colors.accent_soft)
            painter.setPen(QPen(colors.accent, 1.5))
            painter.drawPath(card)
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.fillPath(card, colors.surface)

        avatar = QRectF(rect.left() + PAD, rect.center().y() - AVATAR / 2, AVATAR, AVATAR)
        photo = self._photo(hit.id) if hit.has_photo else None
        paint_avatar(painter, avatar, hit.id, hit.name, photo)

        base = option.font
        left = avatar.right() + PAD
        right = rect.right() - PAD
        badge = 0.0
        if hit.waiting:
            badge = 26.0
            star = QRectF(right - 22, rect.top() + 10, 22, 22)
            path = QPainterPath()
            path.addEllipse(star)
            painter.fillPath(path, colors.accent)
            painter.setPen(colors.surface)
            painter.setFont(_font(base, 14, bold=True))
            # ↔: someone to introduce them to; ★: a reminder for this visit.
            glyph = "↔" if hit.planned_introduction else "★"
            painter.drawText(star, Qt.AlignmentFlag.AlignCenter, glyph)

        top = rect.top() + 8
        width = right - left - badge
        painter.setPen(colors.muted)
        small = _font(base, 12)
        painter.setFont(small)
        painter.drawText(QRectF(left, top, width, 16), Qt.AlignmentFlag.AlignLeft, hit.reading)

        name_font = _font(base, 19, bold=True)
        painter.setFont(name_font)
        painter.setPen(colors.text)
        name_metrics = QFontMetrics(name_font)
        name = name_metrics.elidedText(hit.name, Qt.TextElideMode.ElideRight, int(width))
        painter.drawText(QRectF(left, top + 15, width, 26), Qt.AlignmentFlag.AlignLeft, name)
        used = name_metrics.horizontalAdvance(name) + 10
        if hit.call_name and used < width:
            painter.setFont(_font(base, 14))
            painter.setPen(colors.accent)
            painter.drawText(
                QRectF(left + used, top + 20, width - used, 22),
                Qt.AlignmentFlag.AlignLeft,
                hit.call_name,
            )

        painter.setFont(_font(base, 13))
        painter.setPen(colors.muted)
        when = relative_day(hit.last_visit_at, self._today())
        detail = f"{hit.usual_order}  ·  {when}" if hit.usual_order else when
        detail = QFontMetrics(painter.font()).elidedText(
            detail, Qt.TextElideMode.ElideRight, int(right - left)
        )
        painter.drawText(
            QRectF(left, top + 44, right - left, 20), Qt.AlignmentFlag.AlignLeft, detail
        )
        painter.restore()


class ChipDelegate(QStyledItemDelegate):
    """A rounded chip with an initials dot and the name, for the in-shop strip."""

    def __init__(self, theme: ThemeManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme

    def _text_font(self, option: QStyleOptionViewItem) -> QFont:
        return _font(option.font, 15)

    #: The chip's height; the strip may give an item more, and the chip stays centred in it,
    #: so the dot and the name keep the width ``sizeHint`` reserved for them.
    CHIP_HEIGHT = 36

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = QFontMetrics(self._text_font(option)).horizontalAdvance(text)
        # 3 + dot (height − 10) + 12 before the name, 10 + 3 after it.
        return QSize(width + self.CHIP_HEIGHT + 20, self.CHIP_HEIGHT + 12)

    def layout(self, item: QRectF) -> tuple[QRectF, QRectF, QRectF]:
        """The chip, its initials dot and the name's box, inside an item's rectangle."""
        chip = QRectF(
            item.left() + 3,
            item.center().y() - self.CHIP_HEIGHT / 2,
            item.width() - 6,
            self.CHIP_HEIGHT,
        )
        dot = QRectF(chip.left() + 5, chip.top() + 5, chip.height() - 10, chip.height() - 10)
        return chip, dot, chip.adjusted(dot.width() + 12, 0, -10, 0)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        colors = self._theme.colors
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        customer_id = int(index.data(Qt.ItemDataRole.UserRole + 1) or 0)
        rect, dot, name = self.layout(QRectF(option.rect))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        chip = QPainterPath()
        chip.addRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        selected = option.state & QStyle.StateFlag.State_Selected
        painter.fillPath(chip, colors.accent_soft if selected else colors.surface)
        painter.setPen(QPen(colors.border, 1))
        painter.drawPath(chip)
        paint_avatar(painter, dot, customer_id, text, None)
        painter.setPen(colors.text)
        painter.setFont(self._text_font(option))
        painter.drawText(name, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.restore()
