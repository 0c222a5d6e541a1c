"""The card pane's content: one customer as calm, large-type rich text for a QTextBrowser.

Links use the ``kauntaa:`` scheme (``kauntaa:customer/12``, ``kauntaa:pin/5`` …);
the window turns them into actions, so following an introduction chain or
pinning a note is one click or tap.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from kauntaa.domain.card import Card, without_private
from kauntaa.domain.customers import CustomerRef
from kauntaa.domain.erasure import is_removed
from kauntaa.domain.introductions import Introduction, IntroductionStatus, OutcomeKind
from kauntaa.domain.suggestions import Reason, ReasonKind, Suggestion
from kauntaa.gui.formatting import plural, relative_day, weekday_name
from kauntaa.gui.theme import Colors

SCHEME = "kauntaa"
#: Events listed on a card, newest first.
CARD_EVENTS = 12


def outcome_label(kind: OutcomeKind) -> str:
    labels = {
        OutcomeKind.NONE_YET: QCoreApplication.translate("CardView", "nothing yet"),
        OutcomeKind.WORK: QCoreApplication.translate("CardView", "led to work"),
        OutcomeKind.FRIENDSHIP: QCoreApplication.translate("CardView", "became friends"),
        OutcomeKind.COLLABORATION: QCoreApplication.translate("CardView", "a collaboration"),
        OutcomeKind.OTHER: QCoreApplication.translate("CardView", "other"),
    }
    return labels[kind]


def _aside(text: str) -> str:
    """A remark after a phrase, in the language's brackets: '（土曜）', ' (Saturdays)'."""
    return QCoreApplication.translate("CardView", " (%1)").replace("%1", text)


def _link(action: str, ident: int, text: str, colors: Colors) -> str:
    # Inline colour: QTextBrowser paints links in the palette's blue otherwise,
    # unreadable on the dark theme.
    return f'<a style="color:{colors.accent.name()};" href="{SCHEME}:{action}/{ident}">{text}</a>'


def _section(title: str, colors: Colors) -> str:
    return (
        f'<p style="margin-top:18px; margin-bottom:6px; font-size:13px; font-weight:600; '
        f'color:{colors.muted.name()}; letter-spacing:1px;">{escape(title)}</p>'
    )


def _person(ref: CustomerRef, colors: Colors) -> str:
    """A link to someone's card, or plain words for someone whose record was deleted."""
    if is_removed(ref):
        return escape(QCoreApplication.translate("CardView", "someone whose record was deleted"))
    return _link("customer", ref.id, escape(ref.name), colors)


def _introduction(intro: Introduction, seen_from: int, colors: Colors) -> str:
    other = intro.other(seen_from)
    who = _person(other, colors)
    by = (
        _person(intro.introducer, colors)
        if intro.introducer
        else escape(QCoreApplication.translate("CardView", "the owner"))
    )
    context = f" — {escape(intro.context)}" if intro.context else ""
    if intro.status is IntroductionStatus.PLANNED:
        text = QCoreApplication.translate("CardView", "Introduce to %1 next time").replace(
            "%1", who
        )
        done = _link(
            "intro-done", intro.id, escape(QCoreApplication.translate("CardView", "done")), colors
        )
        drop = _link(
            "intro-drop", intro.id, escape(QCoreApplication.translate("CardView", "drop")), colors
        )
        return f"<b>★ {text}</b>{context}&nbsp;&nbsp;{done}&nbsp;&nbsp;{drop}"
    if intro.status is IntroductionStatus.DROPPED:
        return f'<span style="color:{colors.muted.name()}">{who}{context}</span>'
    line = (
        QCoreApplication.translate("CardView", "Introduced to %1 by %2, %3")
        .replace("%1", who)
        .replace("%2", by)
        .replace("%3", f"{intro.on:%Y-%m-%d}")
    )
    outcome = outcome_label(intro.outcome_kind)
    if intro.outcome_text:
        outcome += _aside(escape(intro.outcome_text))
    if intro.outcome_on and intro.outcome_kind is not OutcomeKind.NONE_YET:
        outcome += f", {intro.outcome_on:%Y-%m-%d}"
    if intro.follow_up_on:
        outcome += " · " + QCoreApplication.translate("CardView", "follow up %1").replace(
            "%1", f"{intro.follow_up_on:%Y-%m-%d}"
        )
    record = _link(
        "intro-outcome",
        intro.id,
        escape(QCoreApplication.translate("CardView", "what came of it…")),
        colors,
    )
    return (
        f'{line}{context}<br><span style="color:{colors.accent.name()}">→ {escape(outcome)}</span>'
        f'&nbsp;&nbsp;<span style="font-size:13px;">{record}</span>'
    )


def reason_text(reason: Reason) -> str:
    """One reason, as the card says it: "offers: photography ↔ looking for: photos for the shop"."""
    words = "、".join(reason.words)
    if reason.kind is ReasonKind.NEED:
        if reason.they_offer:
            return (
                QCoreApplication.translate("CardView", "offers: %1 ↔ looking for: %2")
                .replace("%1", reason.offers)
                .replace("%2", reason.looking_for)
            )
        return (
            QCoreApplication.translate("CardView", "looks for: %1 ↔ this customer offers: %2")
            .replace("%1", reason.looking_for)
            .replace("%2", reason.offers)
        )
    if reason.kind is ReasonKind.TAG:
        return QCoreApplication.translate("CardView", "shared interests: %1").replace("%1", words)
    if reason.kind is ReasonKind.CIRCLE:
        return QCoreApplication.translate("CardView", "same circle: %1").replace("%1", words)
    if reason.kind is ReasonKind.WEEKDAY and reason.value is not None:
        return QCoreApplication.translate("CardView", "usually here on %1 too").replace(
            "%1", weekday_name(reason.value)
        )
    return QCoreApplication.translate("CardView", "usually here around %1:00 too").replace(
        "%1", str(reason.value)
    )


def _suggestions(suggestions: Sequence[Suggestion], colors: Colors) -> list[str]:
    muted = colors.muted.name()
    parts: list[str] = []
    introduce = escape(QCoreApplication.translate("CardView", "introduce…"))
    for s in suggestions:
        who = _link("customer", s.customer.id, escape(s.customer.name), colors)
        why = "<br>".join(escape(reason_text(r)) for r in s.reasons)
        parts.append(
            f'<p style="margin:6px 0; font-size:16px;">{who}&nbsp;&nbsp;'
            f'<span style="font-size:13px;">{_link("introduce-to", s.customer.id, introduce, colors)}'
            f'</span><br><span style="font-size:13px; color:{muted};">{why}</span></p>'
        )
    return parts


def render(
    card: Card,
    colors: Colors,
    *,
    today: date,
    privacy: bool = False,
    suggestions: Sequence[Suggestion] = (),
) -> str:
    """The whole card. In privacy mode, private notes and contact details are left out.

    ``suggestions`` are the people this customer might like to meet, with reasons.
    """
    if privacy:
        card = without_private(card)
    c = card.customer
    muted = colors.muted.name()
    parts: list[str] = [
        f'<body style="color:{colors.text.name()};">',
        f'<p style="margin:0; font-size:15px; color:{muted};">{escape(c.reading)}</p>',
        f'<p style="margin:0; font-size:34px; font-weight:700;">{escape(c.name)}'
        + (
            f' <span style="font-size:22px; font-weight:400; color:{colors.accent.name()};">'
            f"{escape(c.call_name)}</span>"
            if c.call_name
            else ""
        )
        + "</p>",
    ]
    if c.archived:
        archived = QCoreApplication.translate("CardView", "Archived")
        parts.append(f'<p style="color:{muted};">{escape(archived)}</p>')
    if c.usual_order:
        usual = QCoreApplication.translate("CardView", "Usual")
        parts.append(
            f'<p style="margin-top:10px; font-size:20px;">'
            f'<span style="color:{muted}; font-size:14px;">{escape(usual)}</span>&nbsp;&nbsp;'
            f"<b>{escape(c.usual_order)}</b></p>"
        )

    waiting = [i for i in card.introductions if i.status is IntroductionStatus.PLANNED]
    reminders = [r for r in card.reminders if r.on_next_visit or (r.due_on and r.due_on <= today)]
    if waiting or reminders:
        rows = [_introduction(i, c.id, colors) for i in waiting]
        done_label = escape(QCoreApplication.translate("CardView", "done"))
        rows += [
            f"<b>★ {escape(r.text)}</b> " + _link("reminder-done", r.id, done_label, colors)
            for r in reminders
        ]
        parts.append(
            f'<table width="100%" cellpadding="10" style="margin-top:12px; '
            f'background-color:{colors.highlight.name()};"><tr><td style="font-size:16px;">'
            + "<br>".join(rows)
            + "</td></tr></table>"
        )

    stats = [
        plural().visits(c.visit_count),
        QCoreApplication.translate("CardView", "last %1").replace(
            "%1", relative_day(c.last_visit_at, today)
        ),
    ]
    if card.rhythm:
        gap = f"{round(card.rhythm.typical_gap_days)}"
        rhythm = QCoreApplication.translate("CardView", "usually every %1 days").replace("%1", gap)
        if card.rhythm.usual_weekday is not None:
            rhythm += _aside(weekday_name(card.rhythm.usual_weekday))
        stats.append(rhythm)
    parts.append(
        f'<p style="margin-top:12px; font-size:15px; color:{muted};">'
        + escape("  ·  ".join(stats))
        + "</p>"
    )

    notes = card.notes
    if notes:
        parts.append(_section(QCoreApplication.translate("CardView", "Notes"), colors))
        pin_label = escape(QCoreApplication.translate("CardView", "pin"))
        private_label = escape(QCoreApplication.translate("CardView", "private"))
        delete_label = escape(QCoreApplication.translate("CardView", "delete"))
        pin_icon = '<img src=":/icons/pin.svg" width="16" height="16">'
        lock_icon = '<img src=":/icons/lock.svg" width="16" height="16">'
        for n in notes:
            pin = _link(
                "unpin" if n.pinned else "pin", n.id, pin_icon if n.pinned else pin_label, colors
            )
            lock = _link(
                "public" if n.private else "private",
                n.id,
                lock_icon if n.private else private_label,
                colors,
            )
            weight = "font-weight:600;" if n.pinned else ""
            parts.append(
                f'<p style="margin:4px 0; font-size:17px; {weight}">{escape(n.body)}'
                f'<br><span style="font-size:12px; color:{muted};">'
                f"{n.created_at:%Y-%m-%d %H:%M}&nbsp;&nbsp;{pin}&nbsp;&nbsp;{lock}&nbsp;&nbsp;"
                + _link("delete-note", n.id, delete_label, colors)
                + "</span></p>"
            )

    profile = [
        (QCoreApplication.translate("CardView", "Does"), c.occupation),
        (QCoreApplication.translate("CardView", "Can offer"), c.offers),
        (QCoreApplication.translate("CardView", "Looking for"), c.looking_for),
        # Empty in privacy mode (domain.card.without_private), so left out with the rest.
        (QCoreApplication.translate("CardView", "Phone"), c.phone),
        (QCoreApplication.translate("CardView", "Email"), c.email),
    ]
    rows = [
        f'<tr><td style="color:{muted}; padding-right:12px;">{escape(label)}</td>'
        f"<td>{escape(value)}</td></tr>"
        for label, value in profile
        if value
    ]
    if rows or c.tags:
        parts.append(_section(QCoreApplication.translate("CardView", "About"), colors))
        if c.tags:
            chips = "&nbsp; ".join(
                f'<span style="background-color:{colors.accent_soft.name()};">&nbsp;{escape(t)}&nbsp;</span>'
                for t in c.tags
            )
            parts.append(f'<p style="font-size:15px;">{chips}</p>')
        if rows:
            parts.append(
                '<table cellpadding="3" style="font-size:16px;">' + "".join(rows) + "</table>"
            )

    # Circles always have a heading, so "add to a circle" is one click from any card.
    parts.append(_section(QCoreApplication.translate("CardView", "Circles"), colors))
    names = [
        _link("circle", m.circle_id, escape(m.circle_name), colors)
        + (_aside(escape(m.role)) if m.role else "")
        + (" ☎" if m.is_contact else "")
        for m in card.circles
    ]
    join = _link(
        "join-circle",
        c.id,
        escape(QCoreApplication.translate("CardView", "+ add to a circle")),
        colors,
    )
    parts.append(
        f'<p style="font-size:16px;">{"、 ".join(names)}'
        f'{"&nbsp;&nbsp;&nbsp;" if names else ""}<span style="font-size:13px;">{join}</span></p>'
    )
    if card.events:
        parts.append(_section(QCoreApplication.translate("CardView", "Events attended"), colors))
        parts += [
            f'<p style="margin:3px 0; font-size:15px;">'
            f'<span style="color:{muted};">{e.starts_at:%Y-%m-%d}</span>&nbsp;&nbsp;'
            + _link("event", e.id, escape(e.title), colors)
            + (
                f'<span style="color:{muted};">　{escape(e.circle_name)}</span>'
                if e.circle_name
                else ""
            )
            + "</p>"
            for e in card.events[:CARD_EVENTS]
        ]

    done = [i for i in card.introductions if i.status is not IntroductionStatus.PLANNED]
    parts.append(_section(QCoreApplication.translate("CardView", "Introductions"), colors))
    parts += [
        f'<p style="margin:4px 0; font-size:16px;">{_introduction(i, c.id, colors)}</p>'
        for i in done
    ]
    if c.do_not_introduce:
        parts.append(
            f'<p style="font-size:15px; color:{muted};">'
            + escape(
                QCoreApplication.translate("CardView", "Asked not to be introduced to anyone.")
            )
            + "</p>"
        )
    elif not c.archived:
        parts.append(
            '<p style="margin:8px 0; font-size:15px;">'
            + _link(
                "introduce",
                c.id,
                escape(QCoreApplication.translate("CardView", "Introduce to someone…")),
                colors,
            )
            + "</p>"
        )
    if suggestions and not c.do_not_introduce:
        parts.append(_section(QCoreApplication.translate("CardView", "Might like to meet"), colors))
        parts += _suggestions(suggestions, colors)
    parts.append("</body>")
    return "".join(parts)
