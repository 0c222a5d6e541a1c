"""The day's three charts, drawn with QPainter onto any paint device (a widget, a PDF page).

Bars in the accent colour for the day itself, a quiet outline for what is
usual, few grid lines and numbers written where the eye lands, so a chart
reads at a glance from a step away, in the light and the dark theme and on paper.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from kauntaa.domain.summary import DayCharts

#: Hours always shown, so a quiet day keeps the shape of opening hours.
DEFAULT_HOURS = (8, 20)


@dataclass(frozen=True, slots=True)
class ChartStyle:
    """Colours and type for the charts (the window builds one from its theme)."""

    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    bar: QColor  # the day itself
    bar_soft: QColor  # the days around it
    usual: QColor  # the usual shape, drawn as an outline
    font: QFont

    @classmethod
    def paper(cls, font: QFont) -> ChartStyle:
        """Dark ink on white; the accent stays readable printed in grey."""
        return cls(
            background=QColor("#ffffff"),
            text=QColor("#1e2124"),
            muted=QColor("#5c6166"),
            grid=QColor("#d9d4cc"),
            bar=QColor("#b8552e"),
            bar_soft=QColor("#e7b9a3"),
            usual=QColor("#3a3f44"),
            font=font,
        )


def _font(style: ChartStyle, size: float, *, bold: bool = False) -> QFont:
    font = QFont(style.font)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def nice_step(top: float, lines: int = 4) -> float:
    """A round grid step (1, 2, 5 × 10^n) giving about ``lines`` lines up to ``top``."""
    if top <= 0:
        return 1.0
    raw = top / lines
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return float(max(1, factor * power))
    return float(10 * power)


def _header(painter: QPainter, rect: QRectF, style: ChartStyle, title: str, note: str) -> QRectF:
    """Title (and a quiet note on the right); returns the area left for the plot."""
    size = max(7.0, min(13.0, rect.height() / 16))
    title_font = _font(style, size, bold=True)
    painter.setFont(title_font)
    painter.setPen(style.text)
    height = QFontMetricsF(title_font, painter.device()).height()
    painter.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), height),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        title,
    )
    if note:
        painter.setFont(_font(style, size * 0.8))
        painter.setPen(style.muted)
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), height),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            note,
        )
    return rect.adjusted(0, height * 1.5, 0, 0)


def _bars(
    painter: QPainter,
    rect: QRectF,
    style: ChartStyle,
    values: Sequence[float],
    labels: Sequence[str],
    colors: Sequence[QColor],
    *,
    usual: Sequence[float] | None = None,
    value_labels: bool = False,
) -> None:
    """Bars over a few round grid lines; ``usual`` as a step outline over them."""
    size = max(6.0, min(10.0, rect.height() / 14))
    small = _font(style, size)
    metrics = QFontMetricsF(small, painter.device())
    top = max([*values, *(usual or ()), 1.0])
    step = nice_step(top)
    top = math.ceil(top / step) * step
    axis_w = metrics.horizontalAdvance(f"{top:g}") + metrics.averageCharWidth() * 1.5
    label_h = metrics.height() * 1.3
    plot = rect.adjusted(axis_w, metrics.height() * 0.6, 0, -label_h)
    painter.setFont(small)

    def y_of(v: float) -> float:
        return plot.bottom() - plot.height() * (v / top)

    # Grid and its numbers.
    grid_pen = QPen(style.grid)
    grid_pen.setWidthF(max(0.5, plot.height() / 300))
    v = 0.0
    while v <= top + 1e-9:
        y = y_of(v)
        painter.setPen(grid_pen)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(style.muted)
        painter.drawText(
            QRectF(
                rect.left(),
                y - metrics.height() / 2,
                axis_w - metrics.averageCharWidth(),
                metrics.height(),
            ),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            f"{v:g}",
        )
        v += step
    n = max(1, len(values))
    slot = plot.width() / n
    gap = slot * 0.18
    painter.setPen(Qt.PenStyle.NoPen)
    for i, value in enumerate(values):
        if value <= 0:
            continue
        bar = QRectF(
            plot.left() + i * slot + gap / 2, y_of(value), slot - gap, plot.bottom() - y_of(value)
        )
        painter.setBrush(colors[i])
        painter.drawRoundedRect(bar, min(3.0, bar.width() / 4), min(3.0, bar.width() / 4))
    if usual is not None and any(usual):
        path = QPainterPath()
        for i, u in enumerate(usual):
            x0, x1 = plot.left() + i * slot, plot.left() + (i + 1) * slot
            if i == 0:
                path.moveTo(x0, y_of(u))
            else:
                path.lineTo(x0, y_of(u))
            path.lineTo(x1, y_of(u))
        pen = QPen(style.usual)
        pen.setWidthF(max(1.2, plot.height() / 110))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    # Labels under the bars; numbers over them when asked (and when they fit).
    painter.setPen(style.muted)
    for i, label in enumerate(labels):
        if not label:
            continue
        center = plot.left() + (i + 0.5) * slot
        width = max(slot, metrics.horizontalAdvance(label) + 4)
        painter.drawText(
            QRectF(
                center - width / 2, plot.bottom() + metrics.height() * 0.2, width, metrics.height()
            ),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            label,
        )
    widest = max((metrics.horizontalAdvance(f"{v:g}") for v in values), default=0.0)
    if value_labels and values:
        # Every number when they fit over their bars, else the last one (the day's own).
        every = range(len(values)) if widest < slot * 0.95 else [len(values) - 1]
        shown = [i for i in every if values[i] > 0]
        painter.setPen(style.text)
        for i in shown:
            center = plot.left() + (i + 0.5) * slot
            width = max(slot * 2, metrics.horizontalAdvance(f"{values[i]:g}") + 4)
            painter.drawText(
                QRectF(
                    min(center - width / 2, plot.right() - width),
                    y_of(values[i]) - metrics.height() * 1.1,
                    width,
                    metrics.height(),
                ),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                f"{values[i]:g}",
            )


def hour_range(charts: DayCharts) -> range:
    """The hours worth showing: opening hours seen today or usually, at least 8 to 20."""
    busy = [h for h in range(24) if charts.hours[h] or charts.usual_hours[h] >= 0.5]
    first = min([DEFAULT_HOURS[0], *busy])
    last = max([DEFAULT_HOURS[1], *busy])
    return range(first, last + 1)


def draw_hours(
    painter: QPainter, rect: QRectF, charts: DayCharts, style: ChartStyle, title: str, legend: str
) -> None:
    """Visits by hour of the day (bars) against the usual shape of that weekday (dashed line)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    plot = _header(painter, rect, style, title, legend)
    hours = hour_range(charts)
    values = [float(charts.hours[h]) for h in hours]
    usual = [charts.usual_hours[h] for h in hours] if charts.usual_weeks else None
    labels = [f"{h}" if h % 2 == 0 else "" for h in hours]
    _bars(painter, plot, style, values, labels, [style.bar] * len(values), usual=usual)
    painter.restore()


def draw_daily(
    painter: QPainter,
    rect: QRectF,
    daily: Sequence[tuple[date, int]],
    style: ChartStyle,
    title: str,
    note: str = "",
) -> None:
    """Visits per day; the last day (the one shown) in the strong colour."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    plot = _header(painter, rect, style, title, note)
    values = [float(n) for _d, n in daily]
    last = len(daily) - 1
    every = 1 if len(daily) <= 10 else 7  # a week: every day; longer: every seventh
    labels = [
        f"{d.month}/{d.day}" if (last - i) % every == 0 else "" for i, (d, _n) in enumerate(daily)
    ]
    colors = [style.bar if i == last else style.bar_soft for i in range(len(daily))]
    _bars(painter, plot, style, values, labels, colors, value_labels=True)
    painter.restore()


def draw_weekly_new(
    painter: QPainter,
    rect: QRectF,
    weekly: Sequence[tuple[date, int]],
    style: ChartStyle,
    title: str,
    note: str = "",
) -> None:
    """New faces per week (labelled by its Monday); this week in the strong colour."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    plot = _header(painter, rect, style, title, note)
    values = [float(n) for _d, n in weekly]
    last = len(weekly) - 1
    labels = [
        f"{d.month}/{d.day}" if (last - i) % 2 == 0 else "" for i, (d, _n) in enumerate(weekly)
    ]
    colors = [style.bar if i == last else style.bar_soft for i in range(len(weekly))]
    _bars(painter, plot, style, values, labels, colors, value_labels=True)
    painter.restore()
