"""The ``kauntaa`` command's arguments."""

from __future__ import annotations

import argparse
from datetime import date, datetime

import kauntaa


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"not a date: {text!r} (use YYYY-MM-DD / 日付は YYYY-MM-DD で)"
        ) from exc


def iso_datetime(text: str) -> datetime:
    """A date and time; the services turn one with a UTC offset into local time and check
    the range (domain.dates), so the message comes in the owner's language."""
    try:
        return datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"not a date and time: {text!r} (use YYYY-MM-DDTHH:MM / 日時は YYYY-MM-DDTHH:MM で)"
        ) from exc


#: A count beyond this is a typo, and would not fit the database's LIMIT either.
MAX_COUNT = 1_000_000


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from exc
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {value}")
    if value > MAX_COUNT:
        raise argparse.ArgumentTypeError(f"must be {MAX_COUNT} or less: {value}")
    return value


class _Version(argparse.Action):
    """Reads the version only when asked: the package metadata is slow to load."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        print(f"kauntaa {kauntaa.__version__}")
        parser.exit()


class _Parser(argparse.ArgumentParser):
    """argparse, but bad arguments exit with 2 and one line, like every other bad input."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kauntaa",
        description="Kauntaa (カウンター): the regulars of a small shop, by name. "
        "Without a command, opens the counter window.",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    parser.add_argument("--data-dir", help="keep everything in this folder (or set KAUNTAA_HOME)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--lang", choices=("ja", "en"), help="language of messages and window")
    window = parser.add_argument_group("window (without a command)")
    window.add_argument("--screenshot", metavar="FILE", help="render the window to a PNG and exit")
    window.add_argument(
        "--force",
        dest="force_screenshot",
        action="store_true",
        help="with --screenshot: replace FILE if it exists",
    )
    window.add_argument(
        "--view", choices=("counter", "welcome", "day", "map", "circles"), default="counter"
    )
    window.add_argument("--select", metavar="QUERY", default="", help="search for this first")
    window.add_argument("--theme", choices=("light", "dark"), help="theme for this run")
    window.add_argument(
        "--self-test",
        action="store_true",
        help="open the window, search and open a card, print timings as JSON, write nothing",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", help="fill an empty database with a believable café")
    demo.add_argument("--customers", type=positive, default=300)
    demo.add_argument("--seed", type=int, default=1)

    add = commands.add_parser("add", help="add a customer")
    add.add_argument("name")
    add.add_argument("--reading", default="", help="furigana, e.g. たなか みさき")
    add.add_argument("--call-name", default="", help="what to call them")
    add.add_argument("--usual", default="", help="usual order")
    add.add_argument("--occupation", default="")
    add.add_argument("--offers", default="")
    add.add_argument("--looking-for", default="")
    add.add_argument("--tag", action="append", default=[])
    add.add_argument("--force", action="store_true", help="add even if the name already exists")

    search = commands.add_parser("search", help="find customers by kana, kanji or romaji")
    search.add_argument("query")
    search.add_argument("--limit", type=positive, default=10)
    search.add_argument("--archived", action="store_true", help="include archived customers")

    show = commands.add_parser("show", help="the whole card of one customer")
    show.add_argument("customer", help="an id, or a query matching exactly one person")
    show.add_argument(
        "--private",
        action="store_true",
        help="also show private notes and contact details (phone, email, address, birthday)",
    )

    visit = commands.add_parser("visit", help="record a visit")
    visit.add_argument("customer")
    visit.add_argument("--at", type=iso_datetime, help="when (default: now)")
    visit.add_argument("--order", help="what they had (default: the usual)")

    note = commands.add_parser("note", help="write a note on a card")
    note.add_argument("customer")
    note.add_argument("text")
    note.add_argument("--pin", action="store_true")
    note.add_argument("--private", action="store_true")

    introduce = commands.add_parser("introduce", help="record an introduction between two people")
    introduce.add_argument("a")
    introduce.add_argument("b")
    introduce.add_argument("--by", help="the regular who introduced them (default: the owner)")
    introduce.add_argument("--context", default="")
    introduce.add_argument("--at", type=iso_date, help="the day (default: today)")
    introduce.add_argument("--planned", action="store_true", help="plan it for their next visit")

    from kauntaa.cli import summary  # the day, a week or a month; its own arguments

    summary.add_parsers(commands)

    from kauntaa.cli import safekeeping  # backup, backups, restore

    safekeeping.add_parsers(commands)
    from kauntaa.cli import repair  # check [--repair]

    repair.add_parsers(commands)
    from kauntaa.cli import ledger  # imported here: it uses this module's argument types

    ledger.add_parsers(commands)
    from kauntaa.cli import exchange  # import, export

    exchange.add_parsers(commands)
    from kauntaa.cli import privacy  # a customer's rights: export, delete, consent

    privacy.add_parsers(commands)
    from kauntaa.cli import circles  # circle, event, map

    circles.add_parsers(commands)
    return parser
