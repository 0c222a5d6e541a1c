"""Command line for circles, their workshops and events, and the connection map.

``circle add|show|list|member``, ``event add|show|list|attend`` and
``map --out FILE.svg [--around CUSTOMER --depth N]``. Each returns a sentence
in the owner's language, or the record itself for ``--json``. The map is
written as SVG straight from the layout: the command line never loads Qt.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kauntaa.cli.parser import iso_datetime, positive
from kauntaa.cli.render import Voice
from kauntaa.domain.circles import Circle, Event
from kauntaa.domain.customers import CustomerFields
from kauntaa.domain.map_svg import MapLabels
from kauntaa.errors import Message, UserError
from kauntaa.services.shop import Shop

Handler = Callable[[argparse.Namespace, Shop, Voice], object]


def add_parsers(commands: Any) -> None:
    circle = commands.add_parser("circle", help="circles (アソシエ): add, show, list, members")
    circle_commands = circle.add_subparsers(dest="circle_command", metavar="ACTION", required=True)
    add = circle_commands.add_parser("add", help="add a circle")
    add.add_argument("name")
    add.add_argument("--description", default="")
    add.add_argument("--contact", help="the contact person (also becomes a member)")
    show = circle_commands.add_parser("show", help="a circle, its members and its workshops")
    show.add_argument("circle", help="an id or a name")
    listing = circle_commands.add_parser("list", help="every circle")
    listing.add_argument("--archived", action="store_true", help="include archived circles")
    member = circle_commands.add_parser("member", help="add someone to a circle (or --remove)")
    member.add_argument("circle", help="an id or a name")
    member.add_argument("customer", help="an id, or a query matching exactly one person")
    member.add_argument("--role", default="", help="e.g. 会計, 講師")
    member.add_argument("--remove", action="store_true", help="take them out of the circle")

    event = commands.add_parser("event", help="workshops and events: add, show, list, attend")
    event_commands = event.add_subparsers(dest="event_command", metavar="ACTION", required=True)
    add = event_commands.add_parser("add", help="add a workshop or event")
    add.add_argument("title")
    add.add_argument("--at", type=iso_datetime, required=True, help="YYYY-MM-DDTHH:MM")
    add.add_argument("--circle", help="the co-hosting circle (id or name)")
    add.add_argument("--description", default="")
    add.add_argument("--announced", action="store_true", help="announced in the newsletter")
    show = event_commands.add_parser("show", help="an event and who came")
    show.add_argument("event", help="an id, or part of the title")
    listing = event_commands.add_parser("list", help="events, newest first")
    listing.add_argument("--circle", help="only this circle's workshops")
    listing.add_argument("--limit", type=positive, default=30)
    attend = event_commands.add_parser("attend", help="record by name who came")
    attend.add_argument("event", help="an id, or part of the title")
    attend.add_argument("customers", nargs="*", help="ids or queries, one person each")
    attend.add_argument("--new", metavar="NAME", help="a new face: add them with this name")
    attend.add_argument("--reading", default="", help="the new face's reading (furigana)")
    attend.add_argument("--remove", action="store_true", help="take them off the list")

    drawn = commands.add_parser("map", help="write the connection map as SVG")
    drawn.add_argument("--out", required=True, metavar="FILE.svg")
    drawn.add_argument("--force", action="store_true", help="replace FILE if it exists")
    drawn.add_argument("--around", metavar="CUSTOMER", help="only the people around this one")
    drawn.add_argument("--depth", type=positive, default=2, help="introductions out (default 2)")


# -- circles -----------------------------------------------------------------


def circle_text(circle: Circle, events: list[Event], say: Voice) -> str:
    lines = [
        f"#{circle.id} {circle.name}"
        + (say("（アーカイブ）", " (archived)") if circle.archived_at else "")
    ]
    if circle.description:
        lines.append(f"  {circle.description}")
    contact = say.person(circle.contact) if circle.contact else say("なし", "none")
    lines.append(say(f"  連絡係: {contact}", f"  Contact: {contact}"))
    lines.append(say(f"  メンバー {len(circle.members)}人", f"  Members: {len(circle.members)}"))
    for m in circle.members:
        role = f"（{m.role}）" if m.role else ""
        lines.append(f"    {m.customer.id:>6}  {m.customer.name}{role}")
    lines.append(
        say(f"  ワークショップ・イベント {len(events)}件", f"  Workshops and events: {len(events)}")
    )
    lines += [f"    {event_line(e, say)}" for e in events]
    return "\n".join(lines)


def event_line(event: Event, say: Voice) -> str:
    host = f" · {event.circle_name}" if event.circle_name else ""
    came = say(f"（{len(event.attendees)}人）", f" ({len(event.attendees)} came)")
    return f"#{event.id} {say.when(event.starts_at)} {event.title}{host}{came}"


def event_text(event: Event, say: Voice) -> str:
    lines = [event_line(event, say)]
    if event.description:
        lines.append(f"  {event.description}")
    announced = (
        say("ニュースレターで告知済み", "announced in the newsletter")
        if event.announced_in_newsletter
        else say("ニュースレター未告知", "not announced in the newsletter")
    )
    lines.append(f"  {announced}")
    lines.append(say("  来た人:", "  Who came:"))
    lines += [f"    {a.id:>6}  {say.person(a)}" for a in event.attendees] or [
        say("    （まだ記録なし）", "    (nobody recorded yet)")
    ]
    return "\n".join(lines)


def _circle(args: argparse.Namespace, shop: Shop, say: Voice) -> object:
    command = args.circle_command
    if command == "add":
        contact = shop.customers.resolve(args.contact).id if args.contact else None
        circle = shop.circles.create(args.name, description=args.description, contact_id=contact)
        return (
            circle
            if args.json
            else say(
                f"サークルを登録しました: #{circle.id} {circle.name}",
                f"Circle added: #{circle.id} {circle.name}",
            )
        )
    if command == "list":
        circles = shop.circles.all(include_archived=args.archived)
        if args.json:
            return circles
        if not circles:
            return say("サークルはまだありません。", "No circles yet.")
        return "\n".join(
            f"#{c.id:<4} {c.name}  "
            + say(f"{len(c.members)}人", f"{len(c.members)} members")
            + (say("（アーカイブ）", " (archived)") if c.archived_at else "")
            for c in circles
        )
    circle = shop.circles.resolve(args.circle)
    if command == "show":
        events = shop.circles.events(circle_id=circle.id)
        return (
            {"circle": circle, "events": events} if args.json else circle_text(circle, events, say)
        )
    who = shop.customers.resolve(args.customer)
    if args.remove:
        shop.circles.remove_member(circle.id, who.id)
        circle = shop.circles.get(circle.id)
        return (
            circle
            if args.json
            else say(
                f"{say.person(who)}を「{circle.name}」から外しました。",
                f"{who.name} left {circle.name}.",
            )
        )
    circle = shop.circles.add_member(circle.id, who.id, role=args.role)
    return (
        circle
        if args.json
        else say(
            f"{say.person(who)}が「{circle.name}」に入りました。",
            f"{who.name} is in {circle.name}.",
        )
    )


# -- events ------------------------------------------------------------------


def _event(args: argparse.Namespace, shop: Shop, say: Voice) -> object:
    command = args.event_command
    if command == "add":
        circle_id = shop.circles.resolve(args.circle).id if args.circle else None
        event = shop.circles.add_event(
            args.title,
            args.at,
            circle_id=circle_id,
            description=args.description,
            announced_in_newsletter=args.announced,
        )
        return (
            event
            if args.json
            else say(
                f"イベントを登録しました: {event_line(event, say)}",
                f"Event added: {event_line(event, say)}",
            )
        )
    if command == "list":
        circle_id = shop.circles.resolve(args.circle).id if args.circle else None
        events = shop.circles.events(circle_id=circle_id, limit=args.limit)
        if args.json:
            return events
        return "\n".join(event_line(e, say) for e in events) or say(
            "イベントはまだありません。", "No events yet."
        )
    event = shop.circles.resolve_event(args.event)
    if command == "show":
        return event if args.json else event_text(event, say)
    return _attend(args, shop, say, event)


def _attend(args: argparse.Namespace, shop: Shop, say: Voice, event: Event) -> object:
    if not args.customers and not args.new:
        raise UserError(
            Message(
                "来た人を指定してください（名前か ID、新しい人は --new 名前 --reading よみ）。",
                "Name who came (a name or an id; a new face with --new NAME --reading READING).",
            ),
            code="empty",
            field="customers",
        )
    people = [shop.customers.resolve(text) for text in args.customers]
    lines: list[str] = []
    if args.new:
        customer = shop.customers.add(CustomerFields(name=args.new, reading=args.reading))
        lines.append(
            say(
                f"新しいお客さまを登録しました: #{customer.id} {customer.name}（{customer.reading}）",
                f"New customer added: #{customer.id} {customer.name} ({customer.reading})",
            )
        )
        people.append(shop.customers.resolve(str(customer.id)))
    for who in people:
        event = shop.circles.attend(event.id, who.id, came=not args.remove)
    if args.json:
        return event
    names = "、".join(say.person(p) for p in people)
    if args.remove:
        lines.append(
            say(
                f"「{event.title}」の出席から外しました: {names}",
                f"Taken off {event.title}: {names}",
            )
        )
    else:
        lines.append(
            say(f"「{event.title}」に来た人: {names}", f"Recorded at {event.title}: {names}")
        )
    lines.append(say(f"  合計 {len(event.attendees)}人", f"  {len(event.attendees)} in all"))
    return "\n".join(lines)


# -- the map -------------------------------------------------------------------


def _map(args: argparse.Namespace, shop: Shop, say: Voice) -> object:
    around = shop.customers.resolve(args.around).id if args.around else None
    labels = MapLabels.japanese() if say.ja else MapLabels()
    graph, svg = shop.connections.svg(around=around, depth=args.depth, labels=labels)
    target = Path(args.out)
    shop.outputs.write(target, svg.encode("utf-8"), force=args.force)
    result = {
        "path": str(target),
        "people": len(graph.people),
        "introductions": len(graph.links),
        "circles": [c.name for c in graph.circles],
    }
    if args.json:
        return result
    return say(
        f"つながりの地図を書き出しました: {target}（{len(graph.people)}人、紹介 {len(graph.links)}件）",
        f"Connection map written to {target} ({len(graph.people)} people, {len(graph.links)} introductions)",
    )


HANDLERS: dict[str, Handler] = {"circle": _circle, "event": _event, "map": _map}
