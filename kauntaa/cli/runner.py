"""Runs one command line command against the shop's database."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TextIO

from kauntaa.cli import circles, exchange, ledger, privacy, repair, safekeeping, summary
from kauntaa.cli.render import (
    Voice,
    card_text,
    hits_text,
    introduction_line,
    printable,
    to_json,
)
from kauntaa.domain.card import withheld, without_private
from kauntaa.domain.customers import CustomerFields
from kauntaa.errors import AmbiguousCustomerError, ProbableDuplicateError
from kauntaa.paths import Paths
from kauntaa.services.backups import backup_folder
from kauntaa.services.shop import Shop

Handler = Callable[[argparse.Namespace, Shop, Voice], object]


def run_command(args: argparse.Namespace, paths: Paths, language: str) -> int:
    say = Voice(language)
    paths.ensure()
    if args.command == repair.COMMAND:
        return repair.run(args, paths, say)
    if args.command in safekeeping.WITHOUT_SHOP:
        return safekeeping.run_without_shop(args, paths, say)
    shop = Shop.open(paths.database, backup_folder(paths))
    try:
        result = HANDLERS[args.command](args, shop, say)
    except (ProbableDuplicateError, AmbiguousCustomerError) as exc:
        # Name the candidates, so the owner can choose by id.
        lines = [exc.text(language)]
        lines += [f"  {c.id:>6}  {c.name}（{c.reading}）" for c in exc.candidates]
        if isinstance(exc, ProbableDuplicateError):
            lines.append(
                say("別の人なら --force を付けてください。", "If it is someone else, add --force.")
            )
        print(printable("\n".join(lines)), file=sys.stderr)
        return 2
    finally:
        shop.close()
    if args.json:
        print(to_json(result))
    elif isinstance(result, str):
        print(printable(result))
    return 0


def _progress(out: TextIO, label: str) -> Callable[[int, int], None]:
    """A one-line bar on the terminal, redrawn in place."""

    def report(done: int, total: int) -> None:
        width = 30
        filled = width * done // max(total, 1)
        out.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            out.write("\n")
        out.flush()

    return report


def _demo(args: argparse.Namespace, shop: Shop, say: Voice) -> object:
    report = shop.demo.generate(
        customers=args.customers,
        seed=args.seed,
        progress=_progress(sys.stderr, say("デモデータ", "Demo data")),
    )
    if args.json:
        return report
    return say(
        f"デモのお店を作りました: お客さま {report.customers}人、来店 {report.visits}件。",
        f"Demo café ready: {report.customers} customers, {report.visits} visits.",
    )


def _add(args: argparse.Namespace, shop: Shop, say: Voice) -> object:
    customer = shop.customers.add(
        CustomerFields(
            name=args.name,
            reading=args.reading,
            call_name=args.call_name,
            usual_order=args.usual,
            occupation=args.occupation,
            offers=args.offers,
            looking_for=args.looking_for,
            tags=tuple(args.tag),
        ),
        allow_duplicate=args.force,
    )
    if args.json:
        return customer
    guessed = "" if args.reading or not customer.reading else say("（推測）", " (guessed)")
    return say(
        f"登録しました: #{customer.id} {customer.name}（{customer.reading}{guessed}）",
        f"Added #{customer.id} {customer.name} ({customer.reading}{guessed})",
    )


def _search(args: argparse.Namespace, shop: Shop, say: Voice) -> object:
    hits = shop.customers.search(args.query, limit=args.limit, include_archived=args.archived)
    return hits if args.json else hits_text(hits, say)


def _show(args: argparse.Namespace, shop: Shop, say: Voice) -> object:
    card = shop.customers.card(shop.customers.resolve(args.customer).id)
    left_out = 0
    if not args.private:  # someone may be reading the screen, or the log it is piped into
        left_out = withheld(card)
        card = without_private(card)
    return card if args.json else card_text(card, say, left_out=left_out)


def _visit(args: argparse.Namespace, shop: Shop, say: Voice) -> object:
    who = shop.customers.resolve(args.customer)
    recorded = shop.activity.record_visit(who.id, at=args.at, order=args.order)
    if args.json:
        return recorded
    lines = [
        say(
            f"来店を記録しました: {say.person(who)} {recorded.visit.at:%H:%M}"
            + (f"（{recorded.visit.order}）" if recorded.visit.order else ""),
            f"Visit recorded: {who.name} at {recorded.visit.at:%H:%M}"
            + (f" ({recorded.visit.order})" if recorded.visit.order else ""),
        )
    ]
    lines += [f"  {introduction_line(i, who.id, say)}" for i in recorded.planned_introductions]
    lines += [f"  ★ {r.text}" for r in recorded.reminders]
    return "\n".join(lines)


def _note(args: argparse.Namespace, shop: Shop, say: Voice) -> object:
    who = shop.customers.resolve(args.customer)
    note = shop.activity.add_note(who.id, args.text, pinned=args.pin, private=args.private)
    return (
        note
        if args.json
        else say(f"メモを保存しました: {say.person(who)}", f"Note saved for {who.name}")
    )


def _introduce(args: argparse.Namespace, shop: Shop, say: Voice) -> object:
    a = shop.customers.resolve(args.a)
    b = shop.customers.resolve(args.b)
    by = shop.customers.resolve(args.by).id if args.by else None
    intro = shop.introductions.introduce(
        a.id, b.id, by=by, context=args.context, on=args.at, planned=args.planned
    )
    return intro if args.json else introduction_line(intro, None, say)


HANDLERS: dict[str, Handler] = {
    "demo": _demo,
    "add": _add,
    "search": _search,
    "show": _show,
    "visit": _visit,
    "note": _note,
    "introduce": _introduce,
    **summary.HANDLERS,
    **safekeeping.HANDLERS,
    **circles.HANDLERS,
    **ledger.HANDLERS,
    **exchange.HANDLERS,
    **privacy.HANDLERS,
}
