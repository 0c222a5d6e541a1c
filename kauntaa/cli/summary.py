"""``kauntaa summary``: the day, a week or a month, read aloud, as JSON, or as a PDF.

The PDF is drawn by ``kauntaa.reports`` with Qt's painter on an offscreen
QGuiApplication, imported only when ``--pdf`` is given: the plain summary
never loads Qt.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kauntaa.cli.render import Voice, introduction_line, summary_text
from kauntaa.domain.customers import CustomerRef
from kauntaa.domain.summary import PeriodKind, PeriodSummary, private_text_withheld
from kauntaa.services.shop import Shop


def add_parsers(commands: Any) -> None:
    from kauntaa.cli.parser import iso_date  # here: the parser module imports this one

    summary = commands.add_parser(
        "summary", help="the day (or its week or month), by name; --pdf writes an A4 PDF"
    )
    summary.add_argument("--date", type=iso_date, help="the day (default: today)")
    span = summary.add_mutually_exclusive_group()
    span.add_argument("--week", action="store_true", help="the week (Monday to Sunday) of the day")
    span.add_argument("--month", action="store_true", help="the calendar month of the day")
    summary.add_argument("--pdf", metavar="FILE", help="also write the day as an A4 PDF")
    summary.add_argument("--force", action="store_true", help="replace the PDF if it exists")
    summary.add_argument(
        "--private", action="store_true", help="also show the text of private notes"
    )


def _names(people: tuple[CustomerRef, ...], total: int, say: Voice) -> str:
    names = say("、", ", ").join(say.person(p) for p in people)
    more = total - len(people)
    if more > 0:
        names += say(f" ほか{more}人", f" and {more} more")
    return names


def period_text(p: PeriodSummary, say: Voice) -> str:
    """A week or a month, said as the owner would: who, then how many."""
    first, last = say.day(p.start), say.day(p.until)
    week = p.kind is PeriodKind.WEEK
    title = say(
        f"{'週' if week else '月'}のまとめ: {first} 〜 {last}",
        f"{'Week' if week else 'Month'} summary: {first} to {last}",
    )
    lines = [title]
    if p.running:
        lines.append(say("（まだ途中です）", "(still running)"))
    lines += [
        "",
        say(
            f"来店 {p.visits}件、{p.visitors}人が来てくれました。",
            f"{p.visits} visits by {p.visitors} {'person' if p.visitors == 1 else 'people'}.",
        ),
    ]
    if p.daily:
        busiest, count = max(p.daily, key=lambda d: d[1])
        if count:
            lines.append(
                say(
                    f"いちばん賑わったのは {say.day(busiest)}（{count}件）。",
                    f"Busiest day: {say.day(busiest)} ({count} visits).",
                )
            )
    if p.new_faces_count:
        lines.append(
            say(
                f"初めての方（{p.new_faces_count}人）: ",
                f"New faces ({p.new_faces_count}): ",
            )
            + _names(p.new_faces, p.new_faces_count, say)
        )
    lines += [
        "",
        say(
            f"来てくれた常連さん（{p.regulars_seen_count}人）: ",
            f"Regulars who came ({p.regulars_seen_count}): ",
        )
        + (_names(p.regulars_seen, p.regulars_seen_count, say) or say("なし", "none")),
        say(
            f"前の{'週' if week else '月'}は来たのに、今回まだの常連さん"
            f"（{p.regulars_missed_count}人）: ",
            f"Regulars seen the {'week' if week else 'month'} before but not this one "
            f"({p.regulars_missed_count}): ",
        )
        + (_names(p.regulars_missed, p.regulars_missed_count, say) or say("なし", "none")),
    ]
    if p.introductions_count:
        lines += [
            "",
            say(f"紹介（{p.introductions_count}件）:", f"Introductions ({p.introductions_count}):"),
        ]
        lines += [f"  {introduction_line(i, None, say)}" for i in p.introductions]
        if p.introductions_count > len(p.introductions):
            more = p.introductions_count - len(p.introductions)
            lines.append(say(f"  ほか{more}件", f"  and {more} more"))
    if p.outcomes_count:
        lines += [
            "",
            say(f"紹介のその後（{p.outcomes_count}件）:", f"Outcomes ({p.outcomes_count}):"),
        ]
        lines += [f"  {introduction_line(i, None, say)}" for i in p.outcomes]
    if p.events:
        lines += ["", say("イベント:", "Events:")]
        for e in p.events:
            names = say("、", ", ").join(say.person(a) for a in e.attendees)
            circle = say(f"（{e.circle_name}）", f" ({e.circle_name})") if e.circle_name else ""
            ahead = e.starts_at.date() > p.until
            coming = say("（予定）", " (coming)") if ahead else ""
            if not names:
                came = ""
            elif ahead:
                came = say(f" — 参加予定: {names}", f" — signed up: {names}")
            else:
                came = say(f" — 参加: {names}", f" — came: {names}")
            lines.append(f"  {e.starts_at:%m-%d %H:%M} {e.title}{coming}{circle}{came}")
    return "\n".join(lines)


def _summary(args: argparse.Namespace, shop: Shop, say: Voice) -> object:
    kind = PeriodKind.WEEK if args.week else PeriodKind.MONTH if args.month else None
    written = ""
    if args.pdf:
        target = Path(args.pdf)
        shop.outputs.check(target, force=args.force)  # before Qt is even loaded
        from kauntaa.reports.pdf import write_day_pdf  # Qt, only for the PDF

        day = shop.summary.day(args.date)
        write_day_pdf(
            day,
            shop.summary.charts(day.day),
            target,
            language=say.lang,
            outputs=shop.outputs,
            force=args.force,
        )
        written = say(f"PDF を書き出しました: {args.pdf}", f"PDF written: {args.pdf}")
    if kind is not None:
        period = shop.summary.period(args.date, kind)
        if args.json:
            return period
        text = period_text(period, say)
    else:
        summary = shop.summary.day(args.date)
        if not args.private:
            summary = private_text_withheld(summary)
        if args.json:
            return summary
        text = summary_text(summary, say)
    return f"{text}\n\n{written}" if written else text


HANDLERS = {"summary": _summary}
