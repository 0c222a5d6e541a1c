"""Short, translated words for times and people: "3日前", "3 days ago", initials."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from kauntaa.domain.text import tokens

# Each call names its context literally, so pyside6-lupdate can find the strings.
translate = QCoreApplication.translate


def relative_day(then: datetime | date | None, today: date) -> str:
    """When, in the words the owner would use: today, yesterday, 3 days ago, 2 weeks ago."""
    if then is None:
        return translate("Formatting", "never")
    day = then.date() if isinstance(then, datetime) else then
    days = (today - day).days
    if days <= 0:
        return translate("Formatting", "today")
    if days == 1:
        return translate("Formatting", "yesterday")
    if days < 14:
        return translate("Formatting", "%n day(s) ago", None, days)
    if days < 60:
        return translate("Formatting", "%n week(s) ago", None, days // 7)
    if days < 730:
        return translate("Formatting", "%n month(s) ago", None, days // 30)
    return translate("Formatting", "%n year(s) ago", None, days // 365)


def weekday_name(weekday: int) -> str:
    names = (
        translate("Formatting", "Mondays"),
        translate("Formatting", "Tuesdays"),
        translate("Formatting", "Wednesdays"),
        translate("Formatting", "Thursdays"),
        translate("Formatting", "Fridays"),
        translate("Formatting", "Saturdays"),
        translate("Formatting", "Sundays"),
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
