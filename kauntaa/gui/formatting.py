"""Short, translated words for times and people: "3日前", "3 days ago", initials."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache

from PySide6.QtCore import QCoreApplication, QDate, QObject
from PySide6.QtWidgets import QDateTimeEdit

from kauntaa.domain.dates import EARLIEST, LATEST
from kauntaa.domain.text import tokens


class Formatting(QObject):
    """Plural phrases, through ``self.tr``: pyside6-lupdate 6.11 marks a message as
    plural only there (``QCoreApplication.translate`` with a variable count loses it)."""

    def days_ago(self, n: int) -> str:
        return self.tr("%n day(s) ago", "", n)

    def weeks_ago(self, n: int) -> str:
        return self.tr("%n week(s) ago", "", n)

    def months_ago(self, n: int) -> str:
        return self.tr("%n month(s) ago", "", n)

    def years_ago(self, n: int) -> str:
        return self.tr("%n year(s) ago", "", n)

    def visits(self, n: int) -> str:
        return self.tr("%n visit(s)", "", n)


@cache
def plural() -> Formatting:
    return Formatting()


def relative_day(then: datetime | date | None, today: date) -> str:
    """When, in the words the owner would use: today, yesterday, 3 days ago, 2 weeks ago."""
    if then is None:
        return QCoreApplication.translate("Formatting", "never")
    day = then.date() if isinstance(then, datetime) else then
    days = (today - day).days
    if days <= 0:
        return QCoreApplication.translate("Formatting", "today")
    if days == 1:
        return QCoreApplication.translate("Formatting", "yesterday")
    if days < 14:
        return plural().days_ago(days)
    if days < 60:
        return plural().weeks_ago(days // 7)
    if days < 730:
        return plural().months_ago(days // 30)
    return plural().years_ago(days // 365)


def weekday_name(weekday: int) -> str:
    names = (
        QCoreApplication.translate("Formatting", "Mondays"),
        QCoreApplication.translate("Formatting", "Tuesdays"),
        QCoreApplication.translate("Formatting", "Wednesdays"),
        QCoreApplication.translate("Formatting", "Thursdays"),
        QCoreApplication.translate("Formatting", "Fridays"),
        QCoreApplication.translate("Formatting", "Saturdays"),
        QCoreApplication.translate("Formatting", "Sundays"),
    )
    return names[weekday]


def initials(name: str) -> str:
    """One character of a Japanese name (the family name's first), two Latin initials."""
    words = tokens(name)
    if not words:
        return "?"
    if all(w.isascii() for w in words):
        return "".join(w[0].upper() for w in words[:2])
    return words[0][0]


def accept_kauntaa_days(edit: QDateTimeEdit) -> None:
    """Let a date (or date and time) box offer only the days the services accept
    (``domain.dates``): the calendar cannot pick a day that would then be refused."""
    edit.setDateRange(
        QDate(EARLIEST.year, EARLIEST.month, EARLIEST.day),
        QDate(LATEST.year, LATEST.month, LATEST.day),
    )
