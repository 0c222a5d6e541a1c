"""The day page (Ctrl+2): the day by name, its charts, the overdue regulars and the day note.

A date picker opens on today. In day mode the page shows who came in order of
arrival, the day's records (introductions and their outcomes, notes, events
with their attendees, promises kept and open, introductions that could have
happened), the regulars overdue against their own rhythm with a one-click
reminder each, and the owner's note for the day. Week and month modes show the
period by name. The day exports to an A4 PDF and prints through the system
dialog, both drawn by ``kauntaa.reports`` like the charts here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kauntaa.domain.circles import Event
from kauntaa.domain.customers import CustomerRef
from kauntaa.domain.introductions import OUTCOME_LABELS, Introduction
from kauntaa.domain.summary import DayCharts, DaySummary, OverdueLine, PeriodKind, PeriodSummary
from kauntaa.errors import KauntaaError
from kauntaa.gui.card_html import SCHEME
from kauntaa.gui.charts import ChartWidget, daily_drawing, hours_drawing, weekly_drawing
from kauntaa.gui.formatting import accept_kauntaa_days
from kauntaa.gui.models.customer_list import IdRole
from kauntaa.gui.models.day_visitors import DayVisitorsModel
from kauntaa.gui.theme import Colors

if TYPE_CHECKING:
    from kauntaa.gui.main_window import MainWindow
    from kauntaa.services.shop import Shop

WEEKDAYS_JA = ("月", "火", "水", "木", "金", "土", "日")


class OverdueRow(QFrame):
    """One overdue regular: their name (opens the card), their rhythm, and a reminder button."""

    def __init__(self, page: DayPage, line: OverdueLine) -> None:
        super().__init__(page)
        self.line = line
        self.setObjectName("overdue_row")
        self.name_button = QPushButton(line.customer.name, self)
        self.name_button.setObjectName("overdue_name_button")
        self.name_button.setFlat(True)
        self.name_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.rhythm_label = QLabel(page.rhythm_text(line), self)
        self.rhythm_label.setObjectName("overdue_rhythm_label")
        self.rhythm_label.setWordWrap(True)
        self.remind_button = QPushButton(self)
        self.remind_button.setObjectName("overdue_remind_button")
        self.set_reminded(line.reminder_set)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.name_button, 0, Qt.AlignmentFlag.AlignLeft)
        text.addWidget(self.rhythm_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(text, 1)
        layout.addWidget(self.remind_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.name_button.clicked.connect(lambda: page.open_customer(line.customer.id))
        self.remind_button.clicked.connect(lambda: page.remind(line))

    def set_reminded(self, reminded: bool) -> None:
        self.remind_button.setEnabled(not reminded)
        self.remind_button.setText(self.tr("Reminder set ✓") if reminded else self.tr("Remind me"))


class DayPage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.summary: DaySummary | None = None
        self.charts: DayCharts | None = None
        self.period: PeriodSummary | None = None
        self.kind: PeriodKind | None = None  # None: the day
        self._note_day: date | None = None
        self._loading = False

        # Header: title, date, mode, export.
        self.title_label = QLabel(self)
        self.title_label.setObjectName("day_title_label")
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setObjectName("day_subtitle_label")
        self.prev_button = QPushButton("◀", self)
        self.prev_button.setObjectName("day_prev_button")
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("day_date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        accept_kauntaa_days(self.date_edit)
        self.next_button = QPushButton("▶", self)
        self.next_button.setObjectName("day_next_button")
        self.today_button = QPushButton(self)
        self.day_button = QPushButton(self)
        self.week_button = QPushButton(self)
        self.month_button = QPushButton(self)
        self.mode_group = QButtonGroup(self)
        for i, button in enumerate((self.day_button, self.week_button, self.month_button)):
            button.setCheckable(True)
            button.setObjectName("day_mode_button")
            self.mode_group.addButton(button, i)
        self.day_button.setChecked(True)
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("day_pdf_button")
        self.print_button = QPushButton(self)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("day_message_label")
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        # The day: charts over three columns.
        self.hours_chart = ChartWidget(self._colors, self)
        self.daily_chart = ChartWidget(self._colors, self)
        self.weekly_chart = ChartWidget(self._colors, self)
        self.visitors_label = QLabel(self)
        self.visitors_label.setObjectName("day_section_label")
        self.visitors_model = DayVisitorsModel(self)
        self.visitors_view = QTableView(self)
        self.visitors_view.setObjectName("day_visitors_view")
        self.visitors_view.setModel(self.visitors_model)
        self.visitors_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.visitors_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.visitors_view.verticalHeader().hide()
        self.visitors_view.setShowGrid(False)
        self.visitors_view.setAlternatingRowColors(True)
        self.visitors_view.setWordWrap(False)
        header = self.visitors_view.horizontalHeader()
        # Fixed starting widths: sizing to contents would measure every row of a busy day.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.visitors_view.setColumnWidth(0, 64)
        self.visitors_view.setColumnWidth(1, 128)
        self.visitors_view.verticalHeader().setDefaultSectionSize(30)
        self.visitors_empty = QLabel(self.visitors_view.viewport())
        self.visitors_empty.setObjectName("visitors_empty_label")
        self.visitors_empty.setWordWrap(True)
        self.visitors_empty.move(0, 0)
        self.records_label = QLabel(self)
        self.records_label.setObjectName("day_section_label")
        self.records_browser = QTextBrowser(self)
        self.records_browser.setObjectName("day_records_browser")
        self.records_browser.setOpenLinks(False)
        self.overdue_label = QLabel(self)
        self.overdue_label.setObjectName("day_section_label")
        self.overdue_box = QWidget(self)
        self.overdue_box.setObjectName("overdue_box")
        self.overdue_layout = QVBoxLayout(self.overdue_box)
        self.overdue_layout.setContentsMargins(0, 0, 0, 0)
        self.overdue_layout.setSpacing(2)
        self.overdue_rows: list[OverdueRow] = []
        self.overdue_empty = QLabel(self.overdue_box)
        self.overdue_empty.setObjectName("overdue_empty_label")
        self.overdue_empty.setWordWrap(True)
        self.overdue_layout.addWidget(self.overdue_empty)
        self.overdue_layout.addStretch(1)
        self.overdue_scroll = QScrollArea(self)
        self.overdue_scroll.setObjectName("overdue_scroll")
        self.overdue_scroll.setWidgetResizable(True)
        self.overdue_scroll.setWidget(self.overdue_box)
        self.note_label = QLabel(self)
        self.note_label.setObjectName("day_section_label")
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("day_note_edit")
        self.note_edit.setMaximumHeight(96)
        self.save_note_button = QPushButton(self)
        self.save_note_button.setObjectName("save_day_note_button")

        # A week or a month.
        self.period_chart = ChartWidget(self._colors, self)
        self.period_browser = QTextBrowser(self)
        self.period_browser.setObjectName("period_browser")
        self.period_browser.setOpenLinks(False)

        self._layout()
        self._connect()
        self._apply_style()
        self.retranslate()

    # -- set-up -------------------------------------------------------------------

    def _layout(self) -> None:
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        top.addLayout(titles, 1)
        for widget in (self.prev_button, self.date_edit, self.next_button, self.today_button):
            top.addWidget(widget)
        top.addSpacing(16)
        for button in (self.day_button, self.week_button, self.month_button):
            top.addWidget(button)
        top.addSpacing(16)
        top.addWidget(self.pdf_button)
        top.addWidget(self.print_button)

        charts = QHBoxLayout()
        charts.setSpacing(12)
        charts.addWidget(self.hours_chart, 5)
        charts.addWidget(self.daily_chart, 4)
        charts.addWidget(self.weekly_chart, 3)

        def column(*widgets: QWidget) -> QWidget:
            holder = QWidget(self)
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(6)
            for w in widgets:
                layout.addWidget(w, 0 if isinstance(w, QLabel | QPushButton) else 1)
            return holder

        right = column(self.overdue_label, self.overdue_scroll)
        note_row = QHBoxLayout()
        note_row.addStretch(1)
        note_row.addWidget(self.save_note_button)
        right_layout = right.layout()
        assert isinstance(right_layout, QVBoxLayout)
        right_layout.addWidget(self.note_label)
        right_layout.addWidget(self.note_edit)
        right_layout.addLayout(note_row)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(column(self.visitors_label, self.visitors_view))
        self.splitter.addWidget(column(self.records_label, self.records_browser))
        self.splitter.addWidget(right)
        self.splitter.setSizes([380, 470, 400])

        day = QWidget(self)
        day_layout = QVBoxLayout(day)
        day_layout.setContentsMargins(0, 0, 0, 0)
        day_layout.setSpacing(12)
        day_layout.addLayout(charts, 0)
        day_layout.addWidget(self.splitter, 1)
        self.hours_chart.setFixedHeight(200)
        self.daily_chart.setFixedHeight(200)
        self.weekly_chart.setFixedHeight(200)

        period = QWidget(self)
        period_layout = QVBoxLayout(period)
        period_layout.setContentsMargins(0, 0, 0, 0)
        period_layout.setSpacing(12)
        self.period_chart.setFixedHeight(200)
        period_layout.addWidget(self.period_chart)
        period_layout.addWidget(self.period_browser, 1)

        self.body = QStackedWidget(self)
        self.body.addWidget(day)
        self.body.addWidget(period)
        self.day_body, self.period_body = day, period

        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 14)
        outer.setSpacing(10)
        outer.addLayout(top)
        outer.addWidget(self.message_label)
        outer.addWidget(self.body, 1)

    def _connect(self) -> None:
        self.date_edit.dateChanged.connect(lambda _d: self.load())
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self.set_day(self._today()))
        self.mode_group.idClicked.connect(self._mode_clicked)
        # A click on a name (or Enter on a row) opens the card; a click elsewhere only selects.
        self.visitors_view.activated.connect(self._visitor_activated)
        self.visitors_view.clicked.connect(
            lambda index: self._visitor_activated(index) if index.column() == 1 else None
        )
        self.records_browser.anchorClicked.connect(self._link)
        self.period_browser.anchorClicked.connect(self._link)
        self.save_note_button.clicked.connect(self.save_note)
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.print_button.clicked.connect(self.print_day)
        QShortcut(QKeySequence("Ctrl+Return"), self.note_edit, self.save_note)
        QShortcut(QKeySequence("Ctrl+Enter"), self.note_edit, self.save_note)
        self._window._theme.changed.connect(self._theme_changed)

    def retranslate(self) -> None:
        self.today_button.setText(self.tr("Today"))
        self.day_button.setText(self.tr("Day"))
        self.week_button.setText(self.tr("Week"))
        self.month_button.setText(self.tr("Month"))
        self.pdf_button.setText(self.tr("PDF…"))
        self.print_button.setText(self.tr("Print…"))
        self.prev_button.setToolTip(self.tr("The day before"))
        self.next_button.setToolTip(self.tr("The day after"))
        self.save_note_button.setText(self.tr("Save note"))
        self.note_label.setText(self.tr("Day note"))
        self.note_edit.setPlaceholderText(self.tr("A word about the day: it is kept with the day."))
        self.visitors_model.headers = (self.tr("Time"), self.tr("Name"), self.tr("Had"))
        self.visitors_model.new_mark = self.tr("new")
        self.overdue_label.setText(self.tr("Overdue regulars"))
        self._show()

    # -- properties -----------------------------------------------------------------

    @property
    def shop(self) -> Shop:
        return self._window.shop

    @property
    def day(self) -> date:
        d = self.date_edit.date()
        return date(d.year(), d.month(), d.day())

    @property
    def ja(self) -> bool:
        return str(self._window._translations.language).startswith("ja")

    def _colors(self) -> Colors:
        return self._window._theme.colors

    def _today(self) -> date:
        return self.shop.clock().date()

    # -- loading ----------------------------------------------------------------------

    def page_shown(self) -> None:
        """Opens on today (and keeps a day the owner chose while the page stays in use)."""
        if self.summary is None and self.period is None:
            self.set_day(self._today())
        else:
            self.load()

    def set_day(self, day: date) -> None:
        if day == self.day and (self.summary is not None or self.period is not None):
            self.load()
            return
        self.date_edit.setDate(QDate(day.year, day.month, day.day))  # loads through dateChanged

    def step(self, days: int) -> None:
        if self.kind is PeriodKind.WEEK:
            days *= 7
        elif self.kind is PeriodKind.MONTH:
            anchor = self.day.replace(day=1)
            target = anchor - timedelta(days=1) if days < 0 else anchor + timedelta(days=32)
            self.set_day(target.replace(day=1))
            return
        self.set_day(self.day + timedelta(days=days))

    def set_mode(self, kind: PeriodKind | None) -> None:
        self.kind = kind
        button = {None: self.day_button, PeriodKind.WEEK: self.week_button}.get(
            kind, self.month_button
        )
        button.setChecked(True)
        self.load()

    def _mode_clicked(self, button_id: int) -> None:
        self.set_mode((None, PeriodKind.WEEK, PeriodKind.MONTH)[button_id])

    def load(self) -> None:
        """Read the chosen day (or period) from the shop; a future day gets a clear message."""
        if not self._window.ready or self._loading:
            return
        self._loading = True
        try:
            self._keep_note()
            day = self.day
            if self.kind is None:
                summary = self.shop.summary.day(day)
                charts = self.shop.summary.charts(day)
                self.summary, self.charts, self.period = summary, charts, None
                self._note_day = day
            else:
                self.period = self.shop.summary.period(day, self.kind)
                self.summary = self.charts = None
                self._note_day = None
        except KauntaaError as exc:
            self.summary = self.charts = self.period = None
            self._note_day = None
            self.message_label.setText(exc.text(self._window._translations.language))
            self.message_label.show()
        else:
            self.message_label.hide()
        finally:
            self._loading = False
        self._show()

    def _show(self) -> None:
        self.next_button.setEnabled(self._window.ready and self.day < self._today())
        has_day = self.summary is not None
        self.pdf_button.setEnabled(has_day)
        self.print_button.setEnabled(has_day)
        self.save_note_button.setEnabled(has_day)
        self.note_edit.setEnabled(has_day)
        if self.kind is not None:
            self.body.setCurrentWidget(self.period_body)
            self._show_period()
        else:
            self.body.setCurrentWidget(self.day_body)
            self._show_day()

    # -- the day ------------------------------------------------------------------------

    def _show_day(self) -> None:
        s, charts = self.summary, self.charts
        if s is None or charts is None:
            self.title_label.setText(self.tr("The day"))
            self.subtitle_label.setText("")
            self.visitors_model.set_visits([])
            self._visitors_empty("")
            self.visitors_label.setText(self.tr("Who came"))
            self.records_label.setText(self.tr("The day's records"))
            self.records_browser.setHtml("")
            self._set_overdue([], judged=True)
            for chart in (self.hours_chart, self.daily_chart, self.weekly_chart):
                chart.show_drawing(None)
            self.note_edit.setPlainText("")
            return
        people = s.people()
        new = len({v.customer.id for v in s.new_faces})
        self.title_label.setText(self.day_title(s.day))
        self.subtitle_label.setText(
            self.tr("%1 people came · new faces: %2 · visits: %3")
            .replace("%1", str(len(people)))
            .replace("%2", str(new))
            .replace("%3", str(len(s.visitors)))
        )
        self.visitors_model.new_color = self._colors().accent
        self.visitors_model.set_visits(s.visitors)
        self._visitors_empty(
            ""
            if s.visitors
            else self.tr("This day comes before the first recorded visit.")
            if s.before_records
            else self.tr("No visits recorded on this day.")
        )
        self.visitors_label.setText(self.tr("Who came (%1)").replace("%1", str(len(people))))
        self.records_label.setText(self.tr("The day's records"))
        self.records_browser.setHtml(self._records_html(s))
        self._set_overdue(list(s.overdue), judged=s.overdue_judged)
        weekday = self.weekday_name(s.day)
        legend = (
            self.tr("bars: this day · dashed: a usual %1 (%2 weeks)")
            .replace("%1", weekday)
            .replace("%2", str(charts.usual_weeks))
            if charts.usual_weeks
            else self.tr("bars: this day")
        )
        self.hours_chart.show_drawing(hours_drawing(charts, self.tr("Visits by hour"), legend))
        self.daily_chart.show_drawing(daily_drawing(charts.daily, self.tr("Visits, last 30 days")))
        self.weekly_chart.show_drawing(
            weekly_drawing(charts.weekly_new, self.tr("New faces per week"))
        )
        if self.note_edit.toPlainText() != s.day_note:
            self.note_edit.setPlainText(s.day_note)
        self.note_edit.document().setModified(False)

    def _visitors_empty(self, text: str) -> None:
        self.visitors_empty.setText(text)
        self.visitors_empty.setFixedWidth(max(200, self.visitors_view.viewport().width()))
        self.visitors_empty.adjustSize()
        self.visitors_empty.setVisible(bool(text))

    def day_title(self, d: date) -> str:
        if self.ja:
            return f"{d.year}年{d.month}月{d.day}日（{WEEKDAYS_JA[d.weekday()]}）"
        return d.strftime("%A %d %B %Y")

    def span_title(self, first: date, last: date) -> str:
        """A week or a month in a few words: the year once, the weekdays kept."""
        if self.ja:
            wd = WEEKDAYS_JA
            return (
                f"{first.year}年{first.month}月{first.day}日（{wd[first.weekday()]}）〜 "
                f"{last.month}月{last.day}日（{wd[last.weekday()]}）"
            )
        return f"{first:%a %d %b} – {last:%a %d %b %Y}"

    def weekday_name(self, d: date) -> str:
        if self.ja:
            return f"{WEEKDAYS_JA[d.weekday()]}曜"
        return d.strftime("%A")

    def rhythm_text(self, o: OverdueLine) -> str:
        return (
            self.tr("usually every %1 days, %2 days since the last visit")
            .replace("%1", f"{o.typical_gap_days:g}")
            .replace("%2", str(o.days_since))
        )

    def _set_overdue(self, lines: list[OverdueLine], *, judged: bool) -> None:
        for row in self.overdue_rows:
            self.overdue_layout.removeWidget(row)
            row.hide()  # gone now, not when the event loop gets round to deleting it
            row.deleteLater()
        self.overdue_rows = []
        for i, line in enumerate(lines):
            row = OverdueRow(self, line)
            self.overdue_layout.insertWidget(i, row)
            self.overdue_rows.append(row)
        self.overdue_label.setText(
            self.tr("Overdue regulars (%1)").replace("%1", str(len(lines)))
            if lines
            else self.tr("Overdue regulars")
        )
        self.overdue_empty.setVisible(not lines)
        self.overdue_empty.setText(
            self.tr("Nobody is overdue against their rhythm.")
            if judged
            else self.tr("The overdue list is judged for today only.")
        )

    def _person(self, ref: CustomerRef | None) -> str:
        if ref is None:
            return escape(self.tr("someone whose record was deleted"))
        name = escape(ref.name) + ("さん" if self.ja else "")
        return f'<a href="{SCHEME}:customer/{ref.id}">{name}</a>'

    def _introduction_html(self, i: Introduction) -> str:
        by = self._person(i.introducer) if i.introducer else escape(self.tr("the owner"))
        outcome = OUTCOME_LABELS[i.outcome_kind][0 if self.ja else 1]
        context = f" — {escape(i.context)}" if i.context else ""
        extra = f" {escape(i.outcome_text)}" if i.outcome_text else ""
        muted = self._colors().muted.name()
        return (
            f"{self._person(i.person_a)} ↔ {self._person(i.person_b)}{context}"
            f'<br><span style="color:{muted}">'
            + escape(self.tr("introduced by %1")).replace("%1", by)
            + f" · {escape(outcome)}{extra}</span>"
        )

    def _event_html(self, e: Event, *, ahead: bool = False) -> str:
        circle = f"（{escape(e.circle_name)}）" if e.circle_name else ""
        names = (
            "、".join(self._person(a) for a in e.attendees)
            if self.ja
            else ", ".join(self._person(a) for a in e.attendees)
        )
        label = self.tr("Signed up: %1") if ahead else self.tr("Came: %1")
        came = escape(label).replace("%1", names) if names else ""
        return f"<b>{e.starts_at:%H:%M} {escape(e.title)}</b>{circle}<br>{came}"

    def _section(self, title: str, items: Sequence[str]) -> str:
        if not items:
            return ""
        accent = self._colors().accent.name()
        rows = "".join(f'<li style="margin-bottom:6px">{item}</li>' for item in items)
        return (
            f'<h3 style="color:{accent}; margin:14px 0 4px 0">{escape(title)}</h3>'
            f'<ul style="margin-left:-18px">{rows}</ul>'
        )

    def _records_html(self, s: DaySummary) -> str:
        colors = self._colors()
        parts = [
            f'<body style="font-size:15px; color:{colors.text.name()}; '
            f'background:{colors.surface.name()}">'
        ]
        if s.before_records:
            parts.append(
                f'<p style="color:{colors.muted.name()}">'
                + escape(self.tr("This day comes before the first recorded visit."))
                + "</p>"
            )
        parts.append(
            self._section(
                self.tr("Introductions made"), [self._introduction_html(i) for i in s.introductions]
            )
        )
        parts.append(
            self._section(
                self.tr("What came of earlier introductions"),
                [self._introduction_html(i) for i in s.outcomes],
            )
        )
        parts.append(
            self._section(
                self.tr("Could have introduced: both came"),
                [
                    f"{self._person(i.person_a)} ↔ {self._person(i.person_b)}"
                    + (f" — {escape(i.context)}" if i.context else "")
                    for i in s.missed_introductions
                ],
            )
        )
        parts.append(self._section(self.tr("Events"), [self._event_html(e) for e in s.events]))
        label_private_note = escape(self.tr("private note"))
        parts.append(
            self._section(
                self.tr("Notes written"),
                [
                    f"{self._person(n.customer)}: "
                    + (f"<i>{label_private_note}</i>" if n.note.private else escape(n.note.body))
                    for n in s.notes
                ],
            )
        )

        def reminder(text: str, customer_id: int | None, when: str) -> str:
            who = s.reminder_people.get(customer_id) if customer_id is not None else None
            return f"{escape(when)} " + (f"{self._person(who)}: " if who else "") + escape(text)

        parts.append(
            self._section(
                self.tr("Promises kept"),
                [reminder(r.text, r.customer_id, "✓") for r in s.reminders_done],
            )
        )
        parts.append(
            self._section(
                self.tr("Promises still open"),
                [
                    reminder(
                        r.text,
                        r.customer_id,
                        self.tr("next visit:") if r.on_next_visit else f"{r.due_on}",
                    )
                    for r in s.open_reminders
                ],
            )
        )
        if len(parts) == 1 + int(s.before_records):
            parts.append(
                f'<p style="color:{colors.muted.name()}">'
                + escape(self.tr("Nothing else was recorded on this day."))
                + "</p>"
            )
        return "".join(parts) + "</body>"

    # -- a week or a month ----------------------------------------------------------------

    def _show_period(self) -> None:
        p = self.period
        if p is None:
            self.title_label.setText(
                self.tr("Week") if self.kind is PeriodKind.WEEK else self.tr("Month")
            )
            self.subtitle_label.setText("")
            self.period_browser.setHtml("")
            self.period_chart.show_drawing(None)
            return
        last = p.until
        self.title_label.setText(self.span_title(p.start, last))
        self.subtitle_label.setText(
            self.tr("%1 visits by %2 people, %3 new faces")
            .replace("%1", str(p.visits))
            .replace("%2", str(p.visitors))
            .replace("%3", str(p.new_faces_count))
            + (self.tr(" (still running)") if p.running else "")
        )
        self.period_chart.show_drawing(daily_drawing(p.daily, self.tr("Visits per day")))
        self.period_browser.setHtml(self._period_html(p))

    def _names(self, people: Sequence[CustomerRef], total: int) -> str:
        names = ("、" if self.ja else ", ").join(self._person(p) for p in people)
        if total > len(people):
            names += " " + escape(self.tr("and %1 more").replace("%1", str(total - len(people))))
        return names or escape(self.tr("nobody"))

    def _period_html(self, p: PeriodSummary) -> str:
        colors = self._colors()
        week = p.kind is PeriodKind.WEEK
        parts = [
            f'<body style="font-size:15px; color:{colors.text.name()}; '
            f'background:{colors.surface.name()}">'
        ]
        parts.append(
            self._section(
                self.tr("Regulars who came (%1)").replace("%1", str(p.regulars_seen_count)),
                [self._names(p.regulars_seen, p.regulars_seen_count)],
            )
        )
        parts.append(
            self._section(
                (
                    self.tr("Regulars seen the week before but not this week (%1)")
                    if week
                    else self.tr("Regulars seen the month before but not this month (%1)")
                ).replace("%1", str(p.regulars_missed_count)),
                [self._names(p.regulars_missed, p.regulars_missed_count)],
            )
        )
        parts.append(
            self._section(
                self.tr("New faces (%1)").replace("%1", str(p.new_faces_count)),
                [self._names(p.new_faces, p.new_faces_count)] if p.new_faces_count else [],
            )
        )
        intros = [self._introduction_html(i) for i in p.introductions]
        if p.introductions_count > len(p.introductions):
            intros.append(
                escape(
                    self.tr("and %1 more").replace("%1", str(p.introductions_count - len(intros)))
                )
            )
        parts.append(
            self._section(
                self.tr("Introductions (%1)").replace("%1", str(p.introductions_count)), intros
            )
        )
        parts.append(
            self._section(
                self.tr("What came of earlier introductions (%1)").replace(
                    "%1", str(p.outcomes_count)
                ),
                [self._introduction_html(i) for i in p.outcomes],
            )
        )
        parts.append(
            self._section(
                self.tr("Events"),
                [
                    f"{e.starts_at:%m-%d} "
                    + (escape(self.tr("(coming) ")) if e.starts_at.date() > p.until else "")
                    + self._event_html(e, ahead=e.starts_at.date() > p.until)
                    for e in p.events
                ],
            )
        )
        parts.append(
            f'<p style="color:{colors.muted.name()}; font-size:13px">'
            + escape(
                self.tr(
                    "Regulars: people with a rhythm of at most a week who came; not seen: "
                    "they came the week before, not this week."
                )
                if week
                else self.tr(
                    "Regulars: people with a rhythm of at most 28 days who came; not seen: "
                    "they came the month before, not this month."
                )
            )
            + "</p>"
        )
        return "".join(parts) + "</body>"

    # -- actions ----------------------------------------------------------------------------

    def open_customer(self, customer_id: int) -> None:
        """A name on this page opens the card on the counter page."""
        self._keep_note()
        self._window.show_counter()
        self._window.open_customer(customer_id)
        self._window.current_card()  # the card now, not on the next turn of the loop

    def _visitor_activated(self, index: object) -> None:
        customer_id = getattr(index, "data", lambda _r: None)(IdRole)
        if customer_id is not None:
            self.open_customer(int(customer_id))

    def _link(self, url: QUrl) -> None:
        if url.scheme() != SCHEME:
            return
        action, _, ident = url.path().partition("/")
        if action == "customer" and ident.isdigit():
            self.open_customer(int(ident))

    def remind(self, line: OverdueLine) -> None:
        """One click: a reminder for today to get in touch, named and with their rhythm."""
        text = (
            self.tr("Get in touch with %1 (%2)")
            .replace("%1", line.customer.address_as)
            .replace("%2", self.rhythm_text(line))
        )
        try:
            self.shop.activity.add_reminder(
                text, customer_id=line.customer.id, due_on=self._today()
            )
        except KauntaaError as exc:
            self._window._report(exc)
            return
        self._window.toast(self.tr("Reminder set: %1").replace("%1", text))
        self.load()

    def _keep_note(self) -> None:
        """Typed text is never lost: a changed note is saved before the page moves on."""
        if self._note_day is not None and self.note_edit.document().isModified():
            self._save_note_for(self._note_day)

    def _save_note_for(self, day: date) -> bool:
        try:
            self.shop.activity.set_day_note(day, self.note_edit.toPlainText())
        except KauntaaError as exc:
            self._window._report(exc)
            return False
        self.note_edit.document().setModified(False)
        return True

    def save_note(self) -> None:
        if self._note_day is None:
            return
        if self._save_note_for(self._note_day):
            self._window.toast(self.tr("Day note saved."))

    def default_pdf_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(folder or Path.home()) / f"kauntaa-{self.day.isoformat()}.pdf"

    def export_pdf(self, path: Path | None = None) -> None:
        """Write the shown day as an A4 PDF on the worker (asks where, unless ``path`` is given)."""
        summary, charts = self.summary, self.charts
        if summary is None or charts is None:
            return
        asked = path is None  # Qt's save dialog asks before replacing a file
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the day as PDF"), str(self.default_pdf_path()), "PDF (*.pdf)"
            )
            if not chosen:
                return
            path = Path(chosen)
        from kauntaa.gui.output_choice import file_target
        from kauntaa.reports.pdf import write_day_pdf

        outputs = self._window.shop.outputs
        force = file_target(self, outputs, path, asked=asked)
        if force is None:
            return
        language = "ja" if self.ja else "en"
        target = path
        self._window._run_job(
            self.tr("Writing the PDF…"),
            lambda _progress: write_day_pdf(
                summary, charts, target, outputs=outputs, language=language, force=force
            ),
            lambda _pages: self._window.toast(self.tr("PDF saved: %1").replace("%1", str(target))),
        )

    def print_day(self) -> None:
        """Print the shown day through the system's print dialog, laid out like the PDF."""
        summary, charts = self.summary, self.charts
        if summary is None or charts is None:
            return
        from PySide6.QtGui import QPageLayout, QPageSize
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from kauntaa.reports.pdf import paint_day

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setDocName(f"Kauntaa {summary.day.isoformat()}")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the day"))
        if dialog.exec():
            paint_day(printer, summary, charts, language="ja" if self.ja else "en")

    # -- events --------------------------------------------------------------------------------

    def _theme_changed(self) -> None:
        self._apply_style()
        self._show()

    def _apply_style(self) -> None:
        """Large, calm type for reading from a step away, in the theme's colours."""
        c = self._colors()
        text, muted, accent = c.text.name(), c.muted.name(), c.accent.name()
        surface, border = c.surface.name(), c.border.name()
        self.setStyleSheet(
            f"""
            QLabel#day_title_label {{ font-size: 28px; font-weight: 700; color: {text}; }}
            QLabel#day_subtitle_label {{ font-size: 16px; color: {muted}; }}
            QLabel#day_section_label {{ font-size: 16px; font-weight: 700; color: {text}; }}
            QLabel#day_message_label {{
                background: {c.highlight.name()}; color: {text}; font-size: 16px;
                border: 1px solid {accent}; border-radius: 8px; padding: 10px 14px;
            }}
            QLabel#visitors_empty_label, QLabel#overdue_empty_label {{
                color: {muted}; font-size: 15px; padding: 12px;
            }}
            QScrollArea#overdue_scroll {{
                background: {surface}; border: 1px solid {border}; border-radius: 8px;
            }}
            QWidget#overdue_box {{ background: {surface}; }}
            QFrame#overdue_row {{ background: {surface}; border-bottom: 1px solid {border}; }}
            QPushButton#overdue_name_button {{
                border: none; background: transparent; color: {text}; padding: 0;
                font-size: 17px; font-weight: 700; text-align: left;
            }}
            QPushButton#overdue_name_button:hover {{ color: {accent}; }}
            QLabel#overdue_rhythm_label {{ color: {muted}; font-size: 14px; }}
            QPushButton#overdue_remind_button {{ padding: 4px 12px; font-size: 14px; }}
            QTableView#day_visitors_view {{
                font-size: 15px; color: {text}; background: {surface};
                alternate-background-color: {c.background.name()};
                border: 1px solid {border}; border-radius: 8px;
                selection-background-color: {c.accent_soft.name()}; selection-color: {text};
            }}
            QTableView#day_visitors_view QHeaderView::section {{
                background: {surface}; color: {muted}; font-weight: 600; padding: 4px 6px;
                border: none; border-bottom: 1px solid {border};
            }}
            QPushButton#day_mode_button:checked {{
                background: {accent}; color: {surface}; border-color: {accent};
            }}
            """
        )
        link = f"a {{ color: {accent}; text-decoration: none; font-weight: 600; }}"
        self.records_browser.document().setDefaultStyleSheet(link)
        self.period_browser.document().setDefaultStyleSheet(link)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
