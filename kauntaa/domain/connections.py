"""The connection map's shape: people as nodes, introductions as edges, circles as colours.

Pure: the map is built from plain records, a neighbourhood is cut out of it by
breadth-first search, and positions come from networkx's spring layout, one
group of connected people at a time, the groups then packed in rows (biggest
first). Laying out each group on its own keeps unrelated groups from flying
apart, and keeps every group under the size where networkx would need SciPy.
Positions are in scene pixels, so the drawing (Qt on screen, SVG from the
command line) only has to paint them.
"""

from __future__ import annotations

import hashlib
import math
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kauntaa.domain.introductions import IntroductionStatus, OutcomeKind

#: Calm, distinct colours for circles, in order of the circles' names.
CIRCLE_PALETTE: tuple[str, ...] = (
    "#4e79a7",
    "#e15759",
    "#59a14f",
    "#b07aa1",
    "#f28e2b",
    "#76b7b2",
    "#edc948",
    "#9c755f",
    "#ff9da7",
    "#2f8f9d",
    "#8cd17d",
    "#a0a0d8",
)
#: People in no circle.
NO_CIRCLE = "#a7adb5"
#: Edges: an introduction made by the owner, one made by a regular, a planned one.
OWNER_EDGE = "#9aa3ad"
REGULAR_EDGE = "#d9822b"

#: Distance between neighbours, in scene pixels.
SPACING = 100.0
#: Room between packed groups.
GAP = 110.0
#: Groups this large are laid out with ForceAtlas2 (dense, NumPy only) instead.
BIG_GROUP = 500


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    name: str
    reading: str
    circle_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Link:
    """One introduction between ``a`` and ``b``; ``introducer_id`` None means the owner."""

    id: int
    a: int
    b: int
    introducer_id: int | None
    introducer_name: str
    on: date
    status: IntroductionStatus
    context: str = ""
    outcome: OutcomeKind = OutcomeKind.NONE_YET
    #: A regular introduced them, and was later deleted on request (``introducer_id`` is None).
    introducer_removed: bool = False

    @property
    def planned(self) -> bool:
        return self.status is IntroductionStatus.PLANNED

    @property
    def by_regular(self) -> bool:
        return self.introducer_id is not None or self.introducer_removed


@dataclass(frozen=True, slots=True)
class CircleKey:
    """A circle in the legend, with its colour."""

    id: int
    name: str
    colour: str


@dataclass(frozen=True, slots=True)
class ConnectionMap:
    people: tuple[Person, ...]
    links: tuple[Link, ...]
    circles: tuple[CircleKey, ...]
    center: int | None = None
    _index: dict[int, Person] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._index.update((p.id, p) for p in self.people)

    def person(self, person_id: int) -> Person | None:
        return self._index.get(person_id)

    def colour_of(self, person: Person) -> str:
        """The colour of the person's first circle that is on the legend, else the neutral one."""
        colours = {c.id: c.colour for c in self.circles}
        for circle_id in person.circle_ids:
            if circle_id in colours:
                return colours[circle_id]
        return NO_CIRCLE

    def degree(self) -> dict[int, int]:
        counts = dict.fromkeys(self._index, 0)
        for link in self.links:
            counts[link.a] = counts.get(link.a, 0) + 1
            counts[link.b] = counts.get(link.b, 0) + 1
        return counts

    def signature(self) -> str:
        """Changes whenever the layout would: the people and who is linked to whom."""
        digest = hashlib.blake2b(digest_size=16)
        digest.update(repr(sorted(self._index)).encode())
        digest.update(repr(sorted((k.a, k.b, k.introducer_id) for k in self.links)).encode())
        digest.update(repr(self.center).encode())
        return digest.hexdigest()

    def neighbourhood(self, center: int, depth: int) -> ConnectionMap:
        """Everyone within ``depth`` steps of ``center``, and the introductions between them.

        A step is an introduction, or having made one: the introducer is a step
        from each of the two people introduced.
        """
        steps = max(0, depth)
        adjacent: dict[int, set[int]] = {}
        for link in self.links:
            adjacent.setdefault(link.a, set()).add(link.b)
            adjacent.setdefault(link.b, set()).add(link.a)
            if link.introducer_id is not None:
                # Whoever made an introduction is one step from both people in it.
                for end in (link.a, link.b):
                    adjacent.setdefault(link.introducer_id, set()).add(end)
                    adjacent.setdefault(end, set()).add(link.introducer_id)
        reached = {center: 0}
        queue = deque([center])
        while queue:
            here = queue.popleft()
            if reached[here] >= steps:
                continue
            for there in adjacent.get(here, ()):
                if there not in reached:
                    reached[there] = reached[here] + 1
                    queue.append(there)
        people = tuple(p for p in self.people if p.id in reached)
        links = tuple(k for k in self.links if k.a in reached and k.b in reached)
        used = {c for p in people for c in p.circle_ids}
        return ConnectionMap(
            people, links, tuple(c for c in self.circles if c.id in used), center=center
        )


def build(
    people: Iterable[Person],
    links: Iterable[Link],
    circles: Iterable[tuple[int, str]],
    *,
    also: Iterable[int] = (),
) -> ConnectionMap:
    """The map of everyone who is in an introduction (as one of the two, or as the introducer).

    ``also`` keeps people on the map who have no introduction yet (the centre of a
    neighbourhood). Dropped introductions are left out. Circles get colours in the order given;
    only circles with someone on the map appear on the legend.
    """
    everyone = {p.id: p for p in people}
    kept = tuple(
        k
        for k in links
        if k.status is not IntroductionStatus.DROPPED and k.a in everyone and k.b in everyone
    )
    on_map = {k.a for k in kept} | {k.b for k in kept}
    on_map |= {k.introducer_id for k in kept if k.introducer_id is not None}
    on_map |= set(also)
    persons = tuple(
        sorted((p for p in everyone.values() if p.id in on_map), key=lambda p: p.reading)
    )
    used = {c for p in persons for c in p.circle_ids}
    keys = tuple(
        CircleKey(circle_id, name, CIRCLE_PALETTE[i % len(CIRCLE_PALETTE)])
        for i, (circle_id, name) in enumerate(circles)
    )
    return ConnectionMap(persons, kept, tuple(k for k in keys if k.id in used))


Positions = dict[int, tuple[float, float]]


def layout(graph: ConnectionMap, *, seed: int = 1) -> Positions:
    """Scene positions for every person: each connected group laid out, then packed in rows.

    Deterministic for a given map and seed. The introducer pulls gently on the
    two people they introduced, so they sit near them.
    """
    import networkx as nx  # loaded only when a map is drawn: it is slow to import

    g = nx.Graph()
    g.add_nodes_from(p.id for p in graph.people)
    for link in graph.links:
        g.add_edge(link.a, link.b, weight=1.0)
    for link in graph.links:
        if link.introducer_id is not None and link.introducer_id in g:
            for end in (link.a, link.b):
                if not g.has_edge(link.introducer_id, end):
                    g.add_edge(link.introducer_id, end, weight=0.3)
    groups = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    placed = [_group_layout(g.subgraph(c), seed) for c in groups]
    return _pack(placed)


def _group_layout(sub: Any, seed: int) -> Positions:
    import networkx as nx

    nodes = sorted(sub)
    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    if n == 2:
        return {nodes[0]: (-SPACING / 2, 0.0), nodes[1]: (SPACING / 2, 0.0)}
    radius = SPACING * math.sqrt(n) * 0.8
    if n >= BIG_GROUP:
        raw = nx.forceatlas2_layout(sub, seed=seed, max_iter=120, weight="weight")
        raw = nx.rescale_layout_dict(raw, scale=radius)
    else:
        # Fewer steps for a big group: each is O(n²), and 50 already settle it.
        steps = 80 if n < 200 else 50
        # k (the rest length) twice networkx's default spreads a dense group evenly
        # instead of piling its middle, so names stay apart.
        rest = 2.0 / math.sqrt(n)
        raw = nx.spring_layout(
            sub, k=rest, seed=seed, iterations=steps, scale=radius, weight="weight"
        )
    return {int(k): (float(v[0]), float(v[1])) for k, v in raw.items()}


def bounds(positions: Mapping[int, tuple[float, float]]) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of the positions; zeros when there are none."""
    if not positions:
        return (0.0, 0.0, 0.0, 0.0)
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    return (min(xs), min(ys), max(xs), max(ys))


def _pack(groups: list[Positions]) -> Positions:
    """Shelf packing: groups (biggest first) in rows about as wide as the whole is tall."""
    boxes = [bounds(g) for g in groups]
    area = sum((b[2] - b[0] + GAP) * (b[3] - b[1] + GAP) for b in boxes)
    # Rows about 1.6 times as wide as the whole is tall: the shape of a window.
    row_width = max(math.sqrt(area * 1.6), max((b[2] - b[0] for b in boxes), default=0.0))
    out: Positions = {}
    x = y = row_height = 0.0
    for group, (left, top, right, bottom) in zip(groups, boxes, strict=True):
        width, height = right - left, bottom - top
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height + GAP, 0.0
        for k, (px, py) in group.items():
            out[k] = (round(px - left + x, 1), round(py - top + y, 1))
        x += width + GAP
        row_height = max(row_height, height)
    return out
