"""The day page (Ctrl+2) and the day's PDF, driven through the real widgets."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from kauntaa.domain.customers import CustomerFields
from kauntaa.gui.day_page import DayPage
from kauntaa.gui.main_window import MainWindow
from kauntaa.gui.theme import DARK, LIGHT, Colors
from kauntaa.reports.pdf import CJK_FAMILIES, write_day_pdf
from kauntaa.services.shop import Shop
from tests.gui.conftest import type_text

TODAY = date(2026, 11, 20)


def open_day_page(qtbot: QtBot, window: MainWindow) -> DayPage:
    window.action_day_page.trigger()
    page = window.day_page
    qtbot.waitUntil(lambda: window.current_page is page)
    return page


def set_date(page: DayPage, day: date) -> None:
    page.date_edit.setDate(QDate(day.year, day.month, day.day))


def visitor_names(page: DayPage) -> list[str]:
    model = page.visitors_model
    return [model.visit(r).customer.name for r in range(model.rowCount())]


@pytest.fixture
def weekly(shop: Shop) -> int:
    """A weekly regular last seen five weeks ago: overdue against their own rhythm."""
    who = shop.customers.add(CustomerFields(name="鈴木 一郎", reading="すずき いちろう")).id
    for week in range(5, 10):
        shop.activity.record_visit(who, at=datetime(2026, 11, 20, 10) - timedelta(weeks=week))
    return who


def test_the_page_opens_on_today_with_who_came(qtbot: QtBot, window: MainWindow) -> None:
    page = open_day_page(qtbot, window)

    assert page.day == TODAY
    assert "20 November 2026" in page.title_label.text()
    assert visitor_names(page) == ["佐藤 健太"]
    assert page.visitors_model.index(0, 0).data() == "11:30"
    assert page.visitors_model.index(0, 2).data() == "ブレンド"
    assert not page.next_button.isEnabled()  # no day after today


def test_changing_the_date_shows_that_day(
    qtbot: QtBot, window: MainWindow, shop: Shop, regulars: dict[str, int]
) -> None:
    shop.activity.record_visit(regulars["tanaka"], at=datetime(2026, 11, 18, 9, 15))
    page = open_day_page(qtbot, window)

    set_date(page, date(2026, 11, 18))
    assert visitor_names(page) == ["田中 美咲"]
    assert "new" in page.visitors_model.index(0, 1).data()  # her first visit

    qtbot.mouseClick(page.prev_button, Qt.MouseButton.LeftButton)
    assert page.day == date(2026, 11, 17)
    assert visitor_names(page) == []
    assert page.visitors_empty.isVisible()

    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.day == TODAY
    assert visitor_names(page) == ["佐藤 健太"]


def test_a_future_date_says_so_clearly(qtbot: QtBot, window: MainWindow) -> None:
    page = open_day_page(qtbot, window)

    set_date(page, TODAY + timedelta(days=1))

    assert page.message_label.isVisible()
    assert "has not happened yet" in page.message_label.text()
    assert visitor_names(page) == []
    assert not page.pdf_button.isEnabled()
    set_date(page, TODAY)
    assert not page.message_label.isVisible()


def test_the_day_note_is_saved_with_the_day(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    page = open_day_page(qtbot, window)
    page.note_edit.setFocus()
    type_text(page.note_edit, "雨で静かな一日")
    qtbot.mouseClick(page.save_note_button, Qt.MouseButton.LeftButton)

    note = shop.activity.day_note(TODAY)
    assert note is not None
    assert note.body == "雨で静かな一日"

    # Moving to another day keeps what was typed, saved, without a click.
    type_text(page.note_edit, "。夕方に常連さん")
    set_date(page, TODAY - timedelta(days=1))
    assert page.note_edit.toPlainText() == ""
    kept = shop.activity.day_note(TODAY)
    assert kept is not None
    assert kept.body == "雨で静かな一日。夕方に常連さん"
    set_date(page, TODAY)
    assert page.note_edit.toPlainText() == "雨で静かな一日。夕方に常連さん"


def test_an_overdue_regular_gets_a_reminder_in_one_click(
    qtbot: QtBot, window: MainWindow, shop: Shop, weekly: int
) -> None:
    page = open_day_page(qtbot, window)
    [row] = page.overdue_rows
    assert row.line.customer.id == weekly
    assert row.rhythm_label.text() == "usually every 7 days, 35 days since the last visit"

    qtbot.mouseClick(row.remind_button, Qt.MouseButton.LeftButton)

    reminders = [r for r in shop.summary.day().open_reminders if r.customer_id == weekly]
    assert len(reminders) == 1
    assert "鈴木 一郎" in reminders[0].text
    assert "35 days" in reminders[0].text
    [row] = page.overdue_rows
    assert not row.remind_button.isEnabled()
    assert "Reminder set" in row.remind_button.text()
    assert "鈴木 一郎" in page.records_browser.toPlainText()  # now among the open promises


def test_a_name_opens_the_card_on_the_counter(
    qtbot: QtBot, window: MainWindow, weekly: int, regulars: dict[str, int]
) -> None:
    page = open_day_page(qtbot, window)
    [row] = page.overdue_rows

    qtbot.mouseClick(row.name_button, Qt.MouseButton.LeftButton)

    assert window.on_counter
    assert "鈴木 一郎" in window.card_text()

    page = open_day_page(qtbot, window)
    view = page.visitors_view
    name_cell = view.visualRect(page.visitors_model.index(0, 1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=name_cell)
    assert window.on_counter
    assert "佐藤 健太" in window.card_text()

    page = open_day_page(qtbot, window)
    page.records_browser.anchorClicked.emit(QUrl(f"kauntaa:customer/{regulars['yamada']}"))
    assert "山田 優" in window.card_text()


def test_week_and_month_name_the_regulars(
    qtbot: QtBot, window: MainWindow, shop: Shop, regulars: dict[str, int]
) -> None:
    sato = regulars["sato"]
    for d in (3, 6, 9, 12, 15):
        shop.activity.record_visit(sato, at=datetime(2026, 11, 20, 9) - timedelta(days=d))
    page = open_day_page(qtbot, window)

    qtbot.mouseClick(page.week_button, Qt.MouseButton.LeftButton)
    assert page.body.currentWidget() is page.period_body
    assert page.period is not None
    assert page.period.start == date(2026, 11, 16)
    text = page.period_browser.toPlainText()
    assert "Regulars who came (1)" in text
    assert "佐藤 健太" in text

    qtbot.mouseClick(page.month_button, Qt.MouseButton.LeftButton)
    assert page.period.start == date(2026, 11, 1)
    qtbot.mouseClick(page.prev_button, Qt.MouseButton.LeftButton)
    assert page.period is not None
    assert page.period.start == date(2026, 10, 1)

    qtbot.mouseClick(page.day_button, Qt.MouseButton.LeftButton)
    assert page.body.currentWidget() is page.day_body


@pytest.mark.parametrize(("theme", "colors"), [("light", LIGHT), ("dark", DARK)])
def test_the_days_bars_are_drawn_in_the_theme_accent(
    qtbot: QtBot, window: MainWindow, theme: str, colors: Colors
) -> None:
    window._theme.apply(theme)
    page = open_day_page(qtbot, window)
    image = page.hours_chart.grab().toImage()
    accent = colors.accent

    def close(c: QColor) -> bool:
        return abs(c.red() - accent.red()) + abs(c.green() - accent.green()) < 12

    found = any(
        close(image.pixelColor(x, y))
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    )
    assert found  # the 11:00 bar of Sato's visit


def _pdf_text(path: Path) -> str | None:
    """The PDF's text as a reader copies it: exactly, with no folding of radicals."""
    if shutil.which("pdftotext") is None:
        return None
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_pdf_holds_the_day_with_japanese_fonts_embedded(
    qtbot: QtBot, window: MainWindow, shop: Shop, weekly: int, tmp_path: Path
) -> None:
    shop.activity.set_day_note(TODAY, "エスプレッソマシンの点検日")
    page = open_day_page(qtbot, window)
    target = tmp_path / "out" / "day.pdf"
    target.parent.mkdir()  # the one writer never makes missing folders

    page.export_pdf(target)
    assert window.wait_for_job()
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0)

    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1  # a small day fits one A4 page
    assert b"/FontFile2" in data  # the font travels inside the file
    families = {f.replace(" ", "").lower().encode() for f in CJK_FAMILIES}
    found = re.findall(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([A-Za-z]+)", data)
    base_fonts = {b.lower() for b in found}
    assert any(b.startswith(f) for b in base_fonts for f in families)  # a CJK family
    assert len(data) < 1_000_000  # a subset: the whole Japanese font is tens of megabytes
    text = _pdf_text(target)
    if text is not None:
        for expected in ("佐藤 健太", "鈴木 一郎", "エスプレッソマシンの点検日", "35 days", "20"):
            assert expected in text


def test_a_busy_day_flows_over_several_pages(shop: Shop, tmp_path: Path, qtbot: QtBot) -> None:
    ids = [
        shop.customers.add(CustomerFields(name=f"客 {i:03d}", reading="きゃく")).id
        for i in range(260)
    ]
    for i, who in enumerate(ids):
        shop.activity.record_visit(who, at=datetime(2026, 11, 20, 8) + timedelta(seconds=i * 9))
    summary = shop.summary.day()

    pages = write_day_pdf(
        summary, shop.summary.charts(), tmp_path / "busy.pdf", outputs=shop.outputs, language="ja"
    )

    assert pages >= 2
    text = _pdf_text(tmp_path / "busy.pdf")
    if text is not None:
        assert "客 000さん" in text
        assert "客 259さん" in text


def test_the_calendar_offers_only_the_days_kauntaa_accepts(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Year 1 once crashed the week view; the box now stops where the services' range does."""
    page = open_day_page(qtbot, window)
    assert page.date_edit.minimumDate() == QDate(1900, 1, 1)
    assert page.date_edit.maximumDate() == QDate(2100, 12, 31)
    page.date_edit.setDate(QDate(1, 1, 1))
    assert page.date_edit.date() == QDate(1900, 1, 1)
    qtbot.mouseClick(page.week_button, Qt.MouseButton.LeftButton)
    assert "1900" in page.title_label.text()
