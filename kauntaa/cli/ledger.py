"""Command line for the introduction ledger: outcomes, suggestions and the newsletter list.

``introduce`` itself (with ``--planned``) lives in the main parser; these are the
commands around it. Every one returns a plain sentence, or the record for ``--json``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kauntaa.cli.parser import iso_date, positive
from kauntaa.cli.render import WEEKDAY_NAMES, Voice, introduction_line
from kauntaa.domain.introductions import OUTCOME_LABELS, OutcomeKind
from kauntaa.domain.suggestions import DEFAULT_LIMIT, Reason, ReasonKind, Suggestion
from kauntaa.services.shop import Shop

Handler = Callable[[argparse.Namespace, Shop, Voice], object]

OUTCOME_CHOICES = {
    "work": OutcomeKind.WORK,
    "friendship": OutcomeKind.FRIENDSHIP,
    "collaboration": OutcomeKind.COLLABORATION,
    "none": OutcomeKind.NONE_YET,
    "other": OutcomeKind.OTHER,
}


def add_parsers(commands: Any) -> None:
    outcome = commands.add_parser(
        "outcome",
        help="record what came of an introduction (by its id, or by the two people)",
    )
    outcome.add_argument("first", help="an introduction id, or the first person")
    outcome.add_argument("second", nargs="?", help="the second person (when naming people)")
    outcome.add_argument("--kind", choices=sorted(OUTCOME_CHOICES), required=True)
    outcome.add_argument("--text", default="", help="what happened, in a few words")
    outcome.add_argument("--at", type=iso_date, help="the day (default: today)")
    outcome.add_argument(
        "--follow-up", type=iso_date, help="a day to check back (becomes a reminder)"
    )

    suggest = commands.add_parser(
        "suggest", help="who this customer might like to meet, with the reasons"
    )
    suggest.add_argument("customer", help="an id, or a query matching exactly one person")
    suggest.add_argument("--limit", type=positive, default=DEFAULT_LIMIT)

    newsletter = commands.add_parser(
        "newsletter", help="export the newsletter list (CSV, UTF-8 with BOM, opens in Excel)"
    )
    newsletter.add_argument("--out", required=True, metavar="FILE.csv")
    newsletter.add_argument("--force", action="store_true", help="replace FILE if it exists")


def reason_text(reason: Reason, say: Voice) -> str:
    """One reason as a short phrase: "offers: 写真撮影 ↔ looking for: ショップの写真"."""
    words = "、".join(reason.words) if say.ja else ", ".join(reason.words)
    if reason.kind is ReasonKind.NEED:
        if reason.they_offer:
            return say(
                f"できること: {reason.offers} ↔ 探しもの: {reason.looking_for}（{words}）",
                f"offers: {reason.offers} ↔ looking for: {reason.looking_for} ({words})",
            )
        return say(
            f"相手の探しもの: {reason.looking_for} ↔ この方のできること: {reason.offers}（{words}）",
            f"they look for: {reason.looking_for} ↔ this customer offers: {reason.offers} "
            f"({words})",
        )
    if reason.kind is ReasonKind.TAG:
        return say(f"共通のタグ: {words}", f"shared tags: {words}")
    if reason.kind is ReasonKind.CIRCLE:
        return say(f"同じサークル: {words}", f"same circle: {words}")
    if reason.kind is ReasonKind.WEEKDAY and reason.value is not None:
        day = WEEKDAY_NAMES[say.lang][reason.value]
        return say(f"よく同じ{day}に来る", f"usually here on {day}s too")
    return say(
        f"よく同じ時間（{reason.value}時台）に来る",
        f"usually here at the same hour ({reason.value}:00)",
    )


def suggestions_text(who: str, found: list[Suggestion], say: Voice) -> str:
    if not found:
        return say(
            f"{who}さんに紹介できそうな人は、今は見つかりません。",
            f"Nobody to suggest for {who} right now.",
        )
    lines = [say(f"{who}さんに紹介したい人:", f"People {who} might like to meet:")]
    for rank, s in enumerate(found, 1):
        lines.append(f"{rank:>2}. {say.person(s.customer)}  #{s.customer.id}  ({s.score})")
        lines += [f"      {reason_text(r, say)}" for r in s.reasons]
    return "\n".join(lines)


def _outcome(args: argparse.Namespace, shop: Shop, say: Voice) -> object:
    from kauntaa.domain.validation import as_id

    intro_id = as_id(args.first) if args.second is None else None
    if intro_id is None:
        a = shop.customers.resolve(args.first)
        b = shop.customers.resolve(args.second or "")
        intro_id = shop.introductions.between(a.id, b.id).id
    intro = shop.introductions.record_outcome(
        intro_id,
        OUTCOME_CHOICES[args.kind],
        args.text,
        on=args.at,
        follow_up_on=args.follow_up,
    )
    if args.json:
        return intro
    label = OUTCOME_LABELS[intro.outcome_kind][0 if say.ja else 1]
    line = say(f"記録しました: {label}", f"Recorded: {label}")
    if intro.follow_up_on:
        line += say(
            f"（{intro.follow_up_on:%Y-%m-%d} にフォローアップ）",
            f" (follow up on {intro.follow_up_on:%Y-%m-%d})",
        )
    return line + "\n  " + introduction_line(intro, None, say)


def _suggest(args: argparse.Namespace, shop: Shop, say: Voice) -> object:
    who = shop.customers.resolve(args.customer)
    found = shop.suggestions.for_customer(who.id, limit=args.limit)
    return found if args.json else suggestions_text(who.name, found, say)


def _newsletter(args: argparse.Namespace, shop: Shop, say: Voice) -> object:
    done = shop.newsletter.export_csv(Path(args.out), language=say.lang, force=args.force)
    if args.json:
        return done
    return say(
        f"ニュースレターの一覧を書き出しました: {done.count}人 → {done.path}",
        f"Newsletter list written: {done.count} "
        f"{'person' if done.count == 1 else 'people'} → {done.path}",
    )


HANDLERS: dict[str, Handler] = {
    "outcome": _outcome,
    "suggest": _suggest,
    "newsletter": _newsletter,
}
