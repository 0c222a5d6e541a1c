"""How the command line speaks: plain sentences in the owner's language, or JSON.

The text is meant to be read aloud at the end of the day: names first, numbers
second.
"""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date, datetime
from enum import Enum
from pathlib import PurePath
from typing import Any

from kauntaa.domain.activity import Reminder
from kauntaa.domain.card import Card
from kauntaa.domain.circles import Event
from kauntaa.domain.customers import CustomerRef
from kauntaa.domain.introductions import OUTCOME_LABELS, Introduction, IntroductionStatus
from kauntaa.domain.search import MATCH_LABELS, SearchHit
from kauntaa.domain.summary import DaySummary, OverdueLine

WEEKDAYS = {
    "ja": ("月", "火", "水", "木", "金", "土", "日"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
WEEKDAY_NAMES = {
    "ja": ("月曜", "火曜", "水曜", "木曜", "金曜", "土曜", "日曜"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


class Voice:
    """Picks the Japanese or English form of each sentence."""

    def __init__(self, language: str) -> None:
        self.ja = language.startswith("ja")

    def __call__(self, ja: str, en: str) -> str:
        return ja if self.ja else en

    @property
    def lang(self) -> str:
        return "ja" if self.ja else "en"

    def person(self, ref: CustomerRef) -> str:
        return self(f"{ref.name}さん", ref.name)

    def day(self, d: date) -> str:
        wd = WEEKDAYS[self.lang][d.weekday()]
        return self(f"{d.year}年{d.month}月{d.day}日（{wd}）", f"{wd} {d.isoformat()}")

    def when(self, at: datetime) -> str:
        return f"{at:%Y-%m-%d %H:%M}"


#: What a terminal would act on instead of showing: control characters (ESC starts
#: colour, title and OSC sequences; CR rewrites the line), direction overrides and
#: marks, and lone surrogates (which a UTF-8 stdout cannot even write). Tab and
#: newline are the layout of the text itself.
_UNSHOWABLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
#: The same in JSON text; json.dumps already escapes C0 (and tab and newline).
_UNSHOWABLE_JSON = re.compile(
    "[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def printable(text: str) -> str:
    """``text`` safe to print on a terminal: every character it would act on is shown as an escape.

    Data stored before these characters were refused, or a name typed in an
    argument, is printed as ``\\x1b[31m`` or ``\\u202e``, never obeyed.
    """
    return _UNSHOWABLE.sub(_escape, text)


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def to_json(value: Any) -> str:
    """JSON for scripts and for the terminal: the same values, with unshowable characters escaped."""
    text = json.dumps(_plain(value), ensure_ascii=False, indent=2)
    # Inside a JSON string "\u202e" is the same character, so a reader gets the same value.
    return _UNSHOWABLE_JSON.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def _plain(value: Any) -> Any:
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # a NamedTuple record
        out = {name: _plain(getattr(value, name)) for name in value._fields}
        if isinstance(value, CustomerRef):
            out["address_as"] = value.address_as
        return out
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        for prop in ("archived", "new_faces", "waiting"):
            if hasattr(type(value), prop) and isinstance(getattr(type(value), prop), property):
                out[prop] = _plain(getattr(value, prop))
        return out
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    if isinstance(value, PurePath):
        return str(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def hits_text(hits: list[SearchHit], say: Voice) -> str:
    if not hits:
        return say("見つかりませんでした。", "Nobody found.")
    lines = []
    for h in hits:
        why = MATCH_LABELS[h.matched][0 if say.ja else 1]
        extra = f"  [{why}: {h.matched_text}]"
        archived = say("（アーカイブ）", " (archived)") if h.archived else ""
        reading = f"（{h.reading}）" if h.reading else ""
        lines.append(f"{h.id:>6}  {h.name}{reading}{archived}{extra}")
    return "\n".join(lines)


def introduction_line(intro: Introduction, seen_from: int | None, say: Voice) -> str:
    if seen_from is None:
        people = f"{say.person(intro.person_a)} ↔ {say.person(intro.person_b)}"
    else:
        people = say.person(intro.other(seen_from))
    by = say.person(intro.introducer) if intro.introducer else say("店主", "the owner")
    outcome = OUTCOME_LABELS[intro.outcome_kind][0 if say.ja else 1]
    context = f" — {intro.context}" if intro.context else ""
    text = f" {intro.outcome_text}" if intro.outcome_text else ""
    if intro.status is IntroductionStatus.PLANNED:
        return say(f"★ 紹介の予定: {people}{context}", f"★ Planned: introduce {people}{context}")
    if intro.status is IntroductionStatus.DROPPED:
        return say(f"（見送り）{people}{context}", f"(dropped) {people}{context}")
    return say(
        f"{people}（{by}の紹介、{intro.on:%Y-%m-%d}）{context}: {outcome}{text}",
        f"{people} (introduced by {by}, {intro.on:%Y-%m-%d}){context}: {outcome}{text}",
    )


def card_text(card: Card, say: Voice, *, left_out: int = 0) -> str:
    """The card as text; ``left_out`` counts what ``without_private`` took away, to say so."""
    c = card.customer
    lines = [f"{c.name}" + (f"（{c.reading}）" if c.reading else "") + f"  #{c.id}"]
    if c.archived:
        lines.append(say("アーカイブ済み", "Archived"))

    def field(ja: str, en: str, value: str) -> None:
        if value:
            lines.append(f"{say(ja, en)}: {value}")

    field("呼び方", "Call them", c.call_name)
    field("いつもの", "Usual", c.usual_order)
    field("仕事・活動", "Does", c.occupation)
    field("できること", "Offers", c.offers)
    field("探していること", "Looking for", c.looking_for)
    field("タグ", "Tags", "、".join(c.tags) if say.ja else ", ".join(c.tags))
    field("電話", "Phone", c.phone)
    field("メール", "Email", c.email)
    field("住所", "Address", c.address)
    field("誕生日", "Birthday", c.birthday.isoformat() if c.birthday else "")
    last = say.when(c.last_visit_at) if c.last_visit_at else say("なし", "never")
    lines.append(
        say(f"来店 {c.visit_count}回、最後は {last}", f"Visits: {c.visit_count}, last {last}")
    )
    if card.rhythm:
        gap = f"{card.rhythm.typical_gap_days:g}"
        weekday = (
            WEEKDAY_NAMES[say.lang][card.rhythm.usual_weekday]
            if card.rhythm.usual_weekday is not None
            else ""
        )
        lines.append(
            say(
                f"いつもは {gap}日おき" + (f"（よく{weekday}）" if weekday else ""),
                f"Usually every {gap} days" + (f" (often on {weekday})" if weekday else ""),
            )
        )
    for r in card.reminders:
        when = say("次の来店時", "on next visit") if r.on_next_visit else f"{r.due_on}"
        lines.append(f"★ {say('リマインダー', 'Reminder')} ({when}): {r.text}")
    if card.circles:
        names = [m.circle_name + (f"（{m.role}）" if m.role else "") for m in card.circles]
        lines.append(f"{say('サークル', 'Circles')}: " + ", ".join(names))
    if card.introductions:
        lines.append(say("紹介:", "Introductions:"))
        lines += [f"  {introduction_line(i, c.id, say)}" for i in card.introductions]
    if card.notes:
        lines.append(say("メモ:", "Notes:"))
        for n in card.notes:
            flags = ("📌" if n.pinned else "") + (
                say("〔非公開〕", "[private]") if n.private else ""
            )
            lines.append(f"  {n.created_at:%Y-%m-%d} {flags}{n.body}")
    if card.recent_visits:
        lines.append(say("最近の来店:", "Recent visits:"))
        lines += [
            f"  {say.when(v.at)}" + (f"  {v.order}" if v.order else "") for v in card.recent_visits
        ]
    if left_out:
        lines.append(
            say(
                "（非公開のメモと連絡先は表示していません。--private で表示します）",
                "(Private notes and contact details are not shown; add --private to show them.)",
            )
        )
    return "\n".join(lines)


def overdue_phrase(o: OverdueLine, say: Voice) -> str:
    """ "Usually every 7 days (often on Tuesday), not seen for 23 days"."""
    gap = f"{o.typical_gap_days:g}"
    weekday = WEEKDAY_NAMES[say.lang][o.usual_weekday] if o.usual_weekday is not None else ""
    return say(
        f"いつもは{gap}日おき"
        + (f"（よく{weekday}）" if weekday else "")
        + f"、{o.days_since}日来ていません",
        f"usually every {gap} days"
        + (f" (often on {weekday})" if weekday else "")
        + f", not seen for {o.days_since} days",
    )


def reminder_phrase(r: Reminder, people: dict[int, CustomerRef], say: Voice) -> str:
    who = people.get(r.customer_id) if r.customer_id is not None else None
    when = say("次の来店時", "on next visit") if r.on_next_visit else f"{r.due_on}"
    return f"({when}) " + (f"{say.person(who)}: " if who else "") + r.text


def event_phrase(e: Event, say: Voice) -> str:
    names = say("、", ", ").join(say.person(a) for a in e.attendees)
    circle = say(f"（{e.circle_name}）", f" ({e.circle_name})") if e.circle_name else ""
    came = say(f" — 参加: {names}", f" — came: {names}") if names else ""
    return f"{e.starts_at:%H:%M} {e.title}{circle}{came}"


def summary_text(summary: DaySummary, say: Voice) -> str:
    """The day, to be read aloud: names first, numbers second."""
    lines = [say(f"{say.day(summary.day)}のまとめ", f"Summary for {say.day(summary.day)}"), ""]
    if summary.before_records:
        lines.append(
            say(
                "この日はまだ記録を始める前です。",
                "This day comes before the first recorded visit.",
            )
        )
    if summary.visitors:
        people = summary.people()
        lines.append(
            say(
                f"来てくれた人（{len(people)}人）:",
                f"Who came ({len(people)} {'person' if len(people) == 1 else 'people'}):",
            )
        )
        for v in summary.visitors:
            new = say("  ← 初めて", "  ← new face") if v.new_face else ""
            order = f"  {v.order}" if v.order else ""
            lines.append(f"  {v.at:%H:%M}  {say.person(v.customer)}{order}{new}")
    elif not summary.before_records:
        lines.append(say("来店の記録はありません。", "No visits recorded."))
    if summary.new_faces:
        names = say("、", ", ").join(
            dict.fromkeys(say.person(v.customer) for v in summary.new_faces)
        )
        lines.append(say(f"初めての方: {names}", f"New faces: {names}"))
    if summary.introductions:
        lines += ["", say("この日の紹介:", "Introductions made:")]
        lines += [f"  {introduction_line(i, None, say)}" for i in summary.introductions]
    if summary.outcomes:
        lines += ["", say("紹介のその後:", "What came of earlier introductions:")]
        lines += [f"  {introduction_line(i, None, say)}" for i in summary.outcomes]
    if summary.missed_introductions:
        lines += [
            "",
            say("紹介できたはず（二人とも来ていました）:", "Could have introduced (both came):"),
        ]
        for i in summary.missed_introductions:
            a, b = say.person(i.person_a), say.person(i.person_b)
            context = f" — {i.context}" if i.context else ""
            lines.append(f"  {a} ↔ {b}{context}")
    if summary.events:
        lines += ["", say("イベント:", "Events:")]
        lines += [f"  {event_phrase(e, say)}" for e in summary.events]
    if summary.notes:
        lines += ["", say("この日のメモ:", "Notes written:")]
        for n in summary.notes:
            if n.note.private and not n.note.body:  # its text withheld (no --private)
                text = say("〔非公開のメモ〕", "[private note]")
            else:
                text = (say("〔非公開〕", "[private] ") if n.note.private else "") + n.note.body
            lines.append(f"  {say.person(n.customer)}: {text}")
    if summary.reminders_done:
        lines += ["", say("済んだ約束:", "Promises kept:")]
        lines += [
            f"  ✓ {reminder_phrase(r, summary.reminder_people, say)}"
            for r in summary.reminders_done
        ]
    if summary.open_reminders:
        lines += ["", say("まだの約束:", "Promises still open:")]
        lines += [
            f"  {reminder_phrase(r, summary.reminder_people, say)}" for r in summary.open_reminders
        ]
    if summary.overdue:
        lines += ["", say("しばらく見ていない常連さん:", "Regulars overdue against their rhythm:")]
        lines += [f"  {say.person(o.customer)}: {overdue_phrase(o, say)}" for o in summary.overdue]
    if summary.day_note:
        lines += ["", say("この日のひとこと:", "Day note:"), f"  {summary.day_note}"]
    return "\n".join(lines)
