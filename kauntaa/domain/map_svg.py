"""The connection map as an SVG document, written straight from the layout.

Used by ``kauntaa map --out FILE.svg``, which must not load Qt. Same look as the
window's map: circle colours on the people, grey edges for the owner's
introductions, orange ones (with the introducer's name at the middle) for a
regular's, dashes for a planned one, and a legend. Every person and edge has a
``<title>``, which browsers show as a tooltip.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

from kauntaa.domain.connections import (
    NO_CIRCLE,
    OWNER_EDGE,
    REGULAR_EDGE,
    ConnectionMap,
    bounds,
)

FONT = "'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic UI', 'Meiryo', sans-serif"
BACKGROUND = "#fbfaf7"
TEXT = "#2b2f33"
MUTED = "#6b7178"
LEGEND_WIDTH = 250.0
MARGIN = 60.0


@dataclass(frozen=True, slots=True)
class MapLabels:
    """The words on the map, in the owner's language."""

    title: str = "Connections"
    circles: str = "Circles"
    no_circle: str = "No circle"
    by_owner: str = "Introduced by the owner"
    by_regular: str = "Introduced by a regular"
    planned: str = "Planned"
    via: str = "via {name}"
    owner: str = "the owner"
    introducer: str = "Who introduced them"

    @classmethod
    def japanese(cls) -> MapLabels:
        return cls(
            title="つながり",
            circles="サークル",
            no_circle="サークルなし",
            by_owner="店主の紹介",
            by_regular="常連さんの紹介",
            planned="紹介の予定",
            via="{name}さんの紹介",
            owner="店主",
            introducer="紹介した人",
        )


def node_radius(degree: int) -> float:
    """Bigger for people with more introductions, within a calm range."""
    return 7.0 + min(9.0, 2.2 * math.sqrt(max(degree, 0)))


def render(
    graph: ConnectionMap,
    positions: Mapping[int, tuple[float, float]],
    labels: MapLabels | None = None,
) -> str:
    words = labels or MapLabels()
    left, top, right, bottom = bounds(positions)
    left, top = left - MARGIN, top - MARGIN - 40
    right, bottom = right + MARGIN, bottom + MARGIN
    legend_x = right + 20
    width = legend_x + LEGEND_WIDTH - left
    legend_height = 24.0 * (len(graph.circles) + 6) + 110
    height = max(bottom - top, legend_height)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{left:.0f} {top:.0f} '
        f'{width:.0f} {height:.0f}" width="{width:.0f}" height="{height:.0f}" '
        f'font-family="{escape(FONT)}">',
        f'<rect x="{left:.0f}" y="{top:.0f}" width="{width:.0f}" height="{height:.0f}" '
        f'fill="{BACKGROUND}"/>',
        f'<text x="{left + 24:.0f}" y="{top + 40:.0f}" font-size="22" font-weight="700" '
        f'fill="{TEXT}">{escape(words.title)}</text>',
        '<g stroke-linecap="round">',
    ]
    names = {p.id: p.name for p in graph.people}
    for link in graph.links:
        if link.a not in positions or link.b not in positions:
            continue
        (x1, y1), (x2, y2) = positions[link.a], positions[link.b]
        colour = REGULAR_EDGE if link.by_regular else OWNER_EDGE
        dash = ' stroke-dasharray="6 5"' if link.planned else ""
        by = link.introducer_name if link.by_regular else words.owner
        tip = f"{names.get(link.a, '')} ↔ {names.get(link.b, '')} — {by}, {link.on:%Y-%m-%d}"
        if link.context:
            tip += f"\n{link.context}"
        if link.introducer_id is not None and link.introducer_id in positions:
            ix, iy = positions[link.introducer_id]
            out.append(
                f'<line x1="{ix:.1f}" y1="{iy:.1f}" x2="{(x1 + x2) / 2:.1f}" '
                f'y2="{(y1 + y2) / 2:.1f}" stroke="{REGULAR_EDGE}" stroke-opacity="0.65" '
                f'stroke-width="1.3" stroke-dasharray="1.5 3"><title>{escape(tip)}</title></line>'
            )
        out.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" '
            f'stroke-width="{2.2 if link.by_regular else 1.6}"{dash}>'
            f"<title>{escape(tip)}</title></line>"
        )
    out.append("</g>")
    out.append(f'<g font-size="10" fill="{REGULAR_EDGE}" text-anchor="middle">')
    for link in graph.links:
        if not link.by_regular or link.a not in positions or link.b not in positions:
            continue
        (x1, y1), (x2, y2) = positions[link.a], positions[link.b]
        text = words.via.format(name=link.introducer_name)
        out.append(_haloed((x1 + x2) / 2, (y1 + y2) / 2 - 3, text))
    out.append("</g>")
    degree = graph.degree()
    out.append(f'<g font-size="12" fill="{TEXT}" text-anchor="middle">')
    for person in graph.people:
        if person.id not in positions:
            continue
        x, y = positions[person.id]
        r = node_radius(degree.get(person.id, 0))
        ring = ' stroke="#2b2f33" stroke-width="3"' if person.id == graph.center else ""
        out.append(
            f"<g><title>{escape(person.name)}（{escape(person.reading)}）</title>"
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{graph.colour_of(person)}" '
            f'stroke="#ffffff" stroke-width="2"/>'
            + (
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r + 3:.1f}" fill="none"{ring}/>'
                if ring
                else ""
            )
            + _haloed(x, y + r + 14, person.name)
            + "</g>"
        )
    out.append("</g>")
    out += _legend(graph, words, legend_x, top + 24)
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _haloed(x: float, y: float, text: str) -> str:
    """Text over a halo of the background colour, readable where it crosses a line.

    Two elements rather than ``paint-order``, which not every SVG reader follows.
    """
    body = escape(text)
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" fill="{BACKGROUND}" stroke="{BACKGROUND}" '
        f'stroke-width="3.5" stroke-linejoin="round">{body}</text>'
        f'<text x="{x:.1f}" y="{y:.1f}">{body}</text>'
    )


def _legend(graph: ConnectionMap, words: MapLabels, x: float, y: float) -> list[str]:
    rows: list[str] = []
    line = y + 24
    rows.append(
        f'<text x="{x:.0f}" y="{line:.0f}" font-size="14" font-weight="700" '
        f'fill="{TEXT}">{escape(words.circles)}</text>'
    )
    swatches = [(c.colour, c.name) for c in graph.circles] + [(NO_CIRCLE, words.no_circle)]
    for colour, name in swatches:
        line += 24
        rows.append(
            f'<circle cx="{x + 8:.0f}" cy="{line - 4:.0f}" r="7" fill="{colour}"/>'
            f'<text x="{x + 24:.0f}" y="{line:.0f}" font-size="13" fill="{TEXT}">'
            f"{escape(name)}</text>"
        )
    line += 16
    for colour, dash, text in (
        (OWNER_EDGE, "", words.by_owner),
        (REGULAR_EDGE, "", words.by_regular),
        (OWNER_EDGE, ' stroke-dasharray="6 5"', words.planned),
        (REGULAR_EDGE, ' stroke-dasharray="1.5 3"', words.introducer),
    ):
        line += 24
        rows.append(
            f'<line x1="{x:.0f}" y1="{line - 4:.0f}" x2="{x + 18:.0f}" y2="{line - 4:.0f}" '
            f'stroke="{colour}" stroke-width="2.2"{dash}/>'
            f'<text x="{x + 24:.0f}" y="{line:.0f}" font-size="13" fill="{MUTED}">'
            f"{escape(text)}</text>"
        )
    return rows
