"""The day on A4: for the PDF file and for the system printer alike.

``paint_day`` lays the day out on any ``QPagedPaintDevice`` (a ``QPdfWriter``
or the ``QPrinter`` the print dialog configured): the day note, the day's
records, the overdue regulars, the charts and everyone who came. Qt embeds a
subset of every font it draws with, so the Japanese in the PDF needs nothing
installed on the machine that opens it. The words are the UI language's
(Japanese or English), chosen like the command line's.

Private notes are printed as "private note" without their text: paper lies
around.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from kauntaa.domain.introductions import OUTCOME_LABELS, Introduction
from kauntaa.domain.summary import DayCharts, DaySummary
from kauntaa.outputs import Outputs
from kauntaa.reports.charts import ChartStyle, draw_daily, draw_hours, draw_weekly_new

#: Families that hold Japanese, best first; Qt falls back along the list glyph by glyph.
CJK_FAMILIES = (
    "Noto Sans CJK JP",
    "Noto Sans JP",
    "Yu Gothic",
    "YuGothic",
    "Hiragino Sans",
    "Hiragino Kaku Gothic ProN",
    "Meiryo",
    "Source Han Sans JP",
    "IPAexGothic",
    "IPAGothic",
    "TakaoPGothic",
)
WEEKDAYS = {
    "ja": ("月", "火", "水", "木", "金", "土", "日"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
INK = QColor("#1e2124")
MUTED = QColor("#5c6166")
ACCENT = QColor("#b8552e")
RULE = QColor("#d9d4cc")
#: Resolution of the PDF: layout is in points, so this only sets the grain of positions.
PDF_DPI = 300


def ensure_gui_application() -> QGuiApplication:
    """The QGuiApplication fonts and painting need; offscreen when run from the command line."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    assert isinstance(app, QGuiApplication)
    return app


#: A Latin family goes first when there is one: Qt writes the Latin letters and
#: digits of a CJK font into the PDF with a character map that loses some
#: digits, so copied or searched text would miss numbers.
LATIN_FAMILIES = ("Noto Sans", "Segoe UI", "Helvetica Neue", "Arial", "DejaVu Sans")


def report_font() -> QFont:
    """A font that can write Japanese: Latin first, then the CJK families as fallbacks."""
    available = set(QFontDatabase.families())
    latin = [f for f in LATIN_FAMILIES if f in available][:1]
    chosen = [f for f in CJK_FAMILIES if f in available]
    font = QFont()
    if chosen:
        font.setFamilies([*latin, *chosen, "sans-serif"])
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


class _Say:
    def __init__(self, language: str) -> None:
        self.ja = language.startswith("ja")

    def __call__(self, ja: str, en: str) -> str:
        return ja if self.ja else en

    def person(self, name: str) -> str:
        return self(f"{name}さん", name)

    def day(self, d: date) -> str:
        wd = WEEKDAYS["ja" if self.ja else "en"][d.weekday()]
        return self(f"{d.year}年{d.month}月{d.day}日（{wd}）", f"{wd} {d:%d %B %Y}")


class _Page:
    """A cursor down A4 pages, in points, breaking to a new page when a block does not fit."""

    def __init__(self, device: QPagedPaintDevice, painter: QPainter, base: QFont) -> None:
        self.device = device
        self.painter = painter
        self.base = base
        self.unit = device.logicalDpiY() / 72.0  # device units per point
        layout = device.pageLayout()
        paint = layout.paintRect(QPageLayout.Unit.Point)
        self.width = paint.width()
        self.height = paint.height()
        self.y = 0.0
        self.pages = 1
        #: Every string drawn, for the PDF's text layer (see ``kauntaa.reports.pdf_text``).
        self.drawn: list[str] = []

    def pt(self, value: float) -> float:
        return value * self.unit

    def font(self, size: float, *, bold: bool = False) -> QFont:
        font = QFont(self.base)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def new_page(self) -> None:
        self.device.newPage()
        self.pages += 1
        self.y = 0.0

    def room(self, height: float) -> None:
        if self.y + height > self.height and self.y > 0:
            self.new_page()

    def text(
        self,
        text: str,
        *,
        size: float = 10.5,
        bold: bool = False,
        color: QColor = INK,
        indent: float = 0.0,
        after: float = 2.0,
        width: float | None = None,
        keep: int = 3,
    ) -> None:
        """A wrapped paragraph; a new page first unless ``keep`` lines still fit.

        Drawn straight away and measured by what the painter reports: measuring
        every paragraph beforehand doubled the cost of a busy day.
        """
        font = self.font(size, bold=bold)
        span = (width or self.width) - indent
        line = QFontMetricsF(font, self.device).lineSpacing() / self.unit
        self.room(line * keep)
        self.painter.setFont(font)
        self.painter.setPen(color)
        self.drawn.append(text)
        drawn = self.painter.drawText(
            QRectF(self.pt(indent), self.pt(self.y), self.pt(span), self.pt(self.height - self.y)),
            int(Qt.TextFlag.TextWordWrap),
            text,
        )
        self.y += drawn.height() / self.unit + after

    def heading(self, text: str) -> None:
        self.room(40)  # never a heading alone at the foot of a page
        self.y += 8
        self.text(text, size=12.5, bold=True, color=ACCENT, after=2)
        pen = QPen(RULE)
        pen.setWidthF(self.pt(0.6))
        self.painter.setPen(pen)
        self.painter.drawLine(
            0, int(self.pt(self.y)), int(self.pt(self.width)), int(self.pt(self.y))
        )
        self.y += 5

    def bullets(self, lines: Sequence[str], *, size: float = 10.5) -> None:
        for line in lines:
            self.text(f"• {line}", size=size, indent=4, after=1.5)

    def columns(self, lines: Sequence[str], *, columns: int, size: float = 9.5) -> None:
        """Short lines in newspaper columns, filling each page column by column.

        Each line is drawn at a point, clipped to its column: laying each one out
        in a rectangle (or eliding it) costs a busy day's PDF a good third more.
        """
        font = self.font(size)
        metrics = QFontMetricsF(font, self.device)
        line_h = metrics.lineSpacing() / self.unit * (1.3 if size >= 10 else 1.1)
        ascent = metrics.ascent()
        col_w = self.width / columns
        self.painter.setFont(font)
        self.painter.setPen(INK)
        i = 0
        while i < len(lines):
            self.room(line_h * 3)
            rows = max(1, int((self.height - self.y) // line_h))
            left = len(lines) - i
            if left < rows * columns:  # the last block: balance the columns
                rows = -(-left // columns)
            for c in range(columns):
                x, width = self.pt(c * col_w), self.pt(col_w - 10)
                top = self.pt(self.y)
                self.painter.setClipRect(QRectF(x, top, width, self.pt(rows * line_h)))
                for r in range(rows):
                    if i >= len(lines):
                        break
                    baseline = top + self.pt(r * line_h) + ascent
                    self.painter.drawText(QPointF(x, baseline), lines[i])
                    self.drawn.append(lines[i])
                    i += 1
                self.painter.setClipping(False)
            self.y += rows * line_h
            if i < len(lines):
                self.new_page()

    def chart(
        self,
        height: float,
        draw: Callable[[QRectF], None],
        *,
        x: float = 0.0,
        width: float | None = None,
    ) -> None:
        draw(QRectF(self.pt(x), self.pt(self.y), self.pt(width or self.width), self.pt(height)))


def _introduction(i: Introduction, say: _Say) -> str:
    a, b = say.person(i.person_a.name), say.person(i.person_b.name)
    by = say.person(i.introducer.name) if i.introducer else say("店主", "the owner")
    outcome = OUTCOME_LABELS[i.outcome_kind][0 if say.ja else 1]
    context = f" — {i.context}" if i.context else ""
    extra = f" {i.outcome_text}" if i.outcome_text else ""
    return say(
        f"{a} ↔ {b}（{by}の紹介）{context}: {outcome}{extra}",
        f"{a} ↔ {b} (introduced by {by}){context}: {outcome}{extra}",
    )


def paint_day(
    device: QPagedPaintDevice,
    summary: DaySummary,
    charts: DayCharts,
    *,
    language: str = "ja",
    drawn: list[str] | None = None,
) -> int:
    """Lay the day out on ``device`` (already set to A4); returns the number of pages.

    The strings drawn are added to ``drawn`` when given (the PDF's text layer needs them).
    """
    say = _Say(language)
    painter = QPainter(device)
    try:
        page = _Page(device, painter, report_font())
        _paint(page, summary, charts, say)
        if drawn is not None:
            drawn += page.drawn
        return page.pages
    finally:
        painter.end()


def _paint(page: _Page, s: DaySummary, charts: DayCharts, say: _Say) -> None:
    people = s.people()
    page.text(say("今日のまとめ", "The day, by name"), size=10, color=MUTED, after=0)
    page.text(say.day(s.day), size=22, bold=True, after=4)
    new = len({v.customer.id for v in s.new_faces})
    page.text(
        say(
            f"来てくれた人 {len(people)}人（初めての方 {new}人）・来店 {len(s.visitors)}件",
            f"{len(people)} people came · new faces: {new} · visits: {len(s.visitors)}",
        ),
        size=11.5,
        color=MUTED,
        after=6,
    )
    if s.before_records:
        page.text(
            say(
                "この日はまだ記録を始める前です。",
                "This day comes before the first recorded visit.",
            ),
            size=11,
        )
    if s.day_note:
        page.heading(say("この日のひとこと", "Day note"))
        page.text(s.day_note, size=11.5)

    style = ChartStyle.paper(page.base)
    page.heading(say("グラフ", "Charts"))
    page.room(150)
    weekday = WEEKDAYS["ja" if say.ja else "en"][s.day.weekday()]
    page.chart(
        140,
        lambda r: draw_hours(
            page.painter,
            r,
            charts,
            style,
            say("時間帯ごとの来店", "Visits by hour"),
            say(
                f"棒: この日　点線: いつもの{weekday}曜（{charts.usual_weeks}週の平均）",
                f"bars: this day · dashed: a usual {weekday} ({charts.usual_weeks}-week average)",
            )
            if charts.usual_weeks
            else say("棒: この日", "bars: this day"),
        ),
    )
    page.y += 150
    page.room(130)
    half = (page.width - 24) / 2
    page.chart(
        120,
        lambda r: draw_daily(
            page.painter, r, charts.daily, style, say("30日間の来店", "Visits, last 30 days")
        ),
        width=half,
    )
    page.chart(
        120,
        lambda r: draw_weekly_new(
            page.painter,
            r,
            charts.weekly_new,
            style,
            say("週ごとの初めての方", "New faces per week"),
        ),
        x=half + 24,
        width=half,
    )
    page.y += 130

    if s.introductions:
        page.heading(say("この日の紹介", "Introductions made"))
        page.bullets([_introduction(i, say) for i in s.introductions])
    if s.outcomes:
        page.heading(say("紹介のその後", "What came of earlier introductions"))
        page.bullets([_introduction(i, say) for i in s.outcomes])
    if s.missed_introductions:
        page.heading(
            say("紹介できたはず（二人とも来ていました）", "Could have introduced (both came)")
        )
        page.bullets(
            [
                f"{say.person(i.person_a.name)} ↔ {say.person(i.person_b.name)}"
                + (f" — {i.context}" if i.context else "")
                for i in s.missed_introductions
            ]
        )
    if s.events:
        page.heading(say("イベント", "Events"))
        for e in s.events:
            circle = say(f"（{e.circle_name}）", f" ({e.circle_name})") if e.circle_name else ""
            page.text(f"{e.starts_at:%H:%M}  {e.title}{circle}", bold=True, after=1)
            names = say("、", ", ").join(say.person(a.name) for a in e.attendees)
            page.text(
                say(f"参加: {names}", f"Came: {names}")
                if names
                else say("参加の記録なし", "No attendees recorded"),
                indent=12,
                after=4,
            )
    if s.notes:
        page.heading(say("この日のメモ", "Notes written"))
        page.bullets(
            [
                f"{say.person(n.customer.name)}: "
                + (say("〔非公開のメモ〕", "[private note]") if n.note.private else n.note.body)
                for n in s.notes
            ]
        )

    def reminder(r_text: str, customer_id: int | None, when: str) -> str:
        who = s.reminder_people.get(customer_id) if customer_id is not None else None
        return f"{when}" + (f"{say.person(who.name)}: " if who else "") + r_text

    if s.reminders_done or s.open_reminders:
        page.heading(say("約束", "Promises"))
        page.bullets(
            [reminder(r.text, r.customer_id, say("済 ", "done: ")) for r in s.reminders_done]
            + [
                reminder(
                    r.text,
                    r.customer_id,
                    say("次の来店時 ", "next visit: ") if r.on_next_visit else f"{r.due_on} ",
                )
                for r in s.open_reminders
            ]
        )
    if s.overdue:
        page.heading(say("しばらく見ていない常連さん", "Regulars overdue against their rhythm"))
        lines = []
        for o in s.overdue:
            gap = f"{o.typical_gap_days:g}"
            lines.append(
                say(
                    f"{say.person(o.customer.name)} — いつもは{gap}日おき、{o.days_since}日来ていません",
                    f"{o.customer.name} — usually every {gap} days, {o.days_since} days since the last visit",
                )
            )
        page.bullets(lines)

    page.heading(say(f"来てくれた人（{len(people)}人）", f"Who came ({len(people)})"))
    if s.visitors:
        mark = say(" ★初", " ★new")
        lines = [
            f"{v.at.hour:02d}:{v.at.minute:02d}  {say.person(v.customer.name)}"
            + (mark if v.new_face else "")
            + (f"  {v.order}" if v.order else "")
            for v in s.visitors
        ]
        small_day = len(lines) <= 60
        page.columns(lines, columns=2 if small_day else 3, size=10.5 if small_day else 9.5)
    else:
        page.text(say("来店の記録はありません。", "No visits recorded."))


def pdf_bytes(
    title: str,
    paint: Callable[[QPdfWriter, list[str]], int],
) -> tuple[bytes, int]:
    """An A4 PDF painted in memory by ``paint``; the one writer then puts it in place.

    Every PDF Kauntaa writes comes from here. ``paint`` draws on the writer and
    adds the strings it drew to the list it is handed; with them, the text layer
    Qt wrote is corrected (``kauntaa.reports.pdf_text``: Qt's writer gives common
    kanji the code points of Kangxi radicals, and characters beyond the BMP no
    text).

    Painting into a buffer (not a path) means a failed or full-disk write can never
    leave a truncated PDF: the file appears only when ``kauntaa.outputs`` renamed it.
    """
    from kauntaa.reports.pdf_text import mend_text_layer

    app = ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator("Kauntaa")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(42, 42, 42, 42),
            QPageLayout.Unit.Point,
        )
    )
    drawn: list[str] = []
    pages = paint(writer, drawn)
    del writer  # the writer finishes the file when it goes
    buffer.close()
    families = [*report_font().families(), app.font().family()]
    data = mend_text_layer(bytes(buffer.data().data()), "".join(drawn), families)
    return data, pages


def write_day_pdf(
    summary: DaySummary,
    charts: DayCharts,
    path: Path,
    *,
    outputs: Outputs,
    language: str = "ja",
    force: bool = False,
) -> int:
    """Write the day as an A4 PDF at ``path`` through the shop's one writer; returns the pages.

    ``outputs`` refuses the shop's own files and (without ``force``) an existing
    file before anything is painted.
    """
    outputs.check(path, force=force)
    data, pages = pdf_bytes(
        f"Kauntaa {summary.day.isoformat()}",
        lambda writer, drawn: paint_day(writer, summary, charts, language=language, drawn=drawn),
    )
    outputs.write(path, data, force=force)
    return pages
