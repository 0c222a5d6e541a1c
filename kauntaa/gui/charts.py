"""Chart widgets for the day page: each paints with the shared drawing in kauntaa.reports.

The same functions draw the charts into the PDF, so screen and paper agree.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kauntaa.domain.summary import DayCharts
from kauntaa.gui.theme import Colors
from kauntaa.reports.charts import ChartStyle, draw_daily, draw_hours, draw_weekly_new

#: Paints a chart into a rectangle with a style.
Drawing = Callable[[QPainter, QRectF, ChartStyle], None]


def screen_style(colors: Colors, font: QFont) -> ChartStyle:
    """The theme's palette: accent bars, soft neighbours, the usual shape in the text colour."""
    return ChartStyle(
        background=colors.surface,
        text=colors.text,
        muted=colors.muted,
        grid=colors.border,
        bar=colors.accent,
        bar_soft=colors.accent_soft,
        usual=colors.text,
        font=font,
    )


class ChartWidget(QWidget):
    """A card with one chart; ``drawing`` is set with the data, None draws nothing but the card."""

    def __init__(self, colors: Callable[[], Colors], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colors = colors
        self.drawing: Drawing | None = None
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        return QSize(360, 190)

    def show_drawing(self, drawing: Drawing | None) -> None:
        self.drawing = drawing
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's API
        colors = self._colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(colors.border)
        painter.setBrush(colors.surface)
        painter.drawRoundedRect(card, 10, 10)
        if self.drawing is not None:
            self.drawing(painter, card.adjusted(14, 10, -14, -8), screen_style(colors, self.font()))
        painter.end()


def hours_drawing(charts: DayCharts, title: str, legend: str) -> Drawing:
    return lambda p, r, s: draw_hours(p, r, charts, s, title, legend)


def daily_drawing(daily: tuple[tuple[date, int], ...], title: str, note: str = "") -> Drawing:
    return lambda p, r, s: draw_daily(p, r, daily, s, title, note)


def weekly_drawing(weekly: tuple[tuple[date, int], ...], title: str) -> Drawing:
    return lambda p, r, s: draw_weekly_new(p, r, weekly, s, title)
