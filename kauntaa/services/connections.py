"""The connection map: who was introduced to whom, by whom, and where they sit on the map.

Reading the map is quick; laying it out is not (about a second for 500 people),
so layouts are cached by the map's signature: as long as nobody is introduced,
archived or moved between circles, the map comes back at once. The window asks
for the layout on its worker thread.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from sqlalchemy.orm import Session, sessionmaker

from kauntaa.domain.connections import ConnectionMap, Positions, build, layout
from kauntaa.domain.map_svg import MapLabels, render
from kauntaa.errors import Message, UserError
from kauntaa.services.clock import Clock, wall_clock
from kauntaa.services.existing import require_customer
from kauntaa.storage.repositories import connections

#: Layouts kept in memory (the whole map and a few neighbourhoods).
CACHED_LAYOUTS = 16
MAX_DEPTH = 6


class ConnectionService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock = wall_clock) -> None:
        self._sessions = sessions
        self._clock = clock
        self._layouts: OrderedDict[str, Positions] = OrderedDict()
        self._lock = threading.Lock()

    def graph(self, *, around: int | None = None, depth: int = 2) -> ConnectionMap:
        """Everyone on the map, or only those within ``depth`` introductions of ``around``."""
        if around is not None and not 1 <= depth <= MAX_DEPTH:
            raise UserError(
                Message(
                    f"何人先まで表示するかは 1〜{MAX_DEPTH} で指定してください。",
                    f"The depth must be between 1 and {MAX_DEPTH}.",
                ),
                code="depth",
                field="depth",
            )
        with self._sessions.begin() as s:
            if around is not None:
                require_customer(s, around)
            links = connections.links(s)
            ids = {k.a for k in links} | {k.b for k in links}
            ids |= {k.introducer_id for k in links if k.introducer_id is not None}
            if around is not None:
                ids.add(around)
            people = connections.people(s, ids)
            names = connections.circle_names(s)
        extra = [around] if around is not None else []
        whole = build(people, links, names, also=extra)
        return whole if around is None else whole.neighbourhood(around, depth)

    def cached_layout(self, graph: ConnectionMap) -> Positions | None:
        """The layout if it is at hand, without laying anything out."""
        with self._lock:
            cached = self._layouts.get(graph.signature())
            return dict(cached) if cached is not None else None

    def layout(self, graph: ConnectionMap) -> Positions:
        """Scene positions for the map, from the cache when the map has not changed."""
        key = graph.signature()
        with self._lock:
            cached = self._layouts.get(key)
            if cached is not None:
                self._layouts.move_to_end(key)
                return dict(cached)
        positions = layout(graph)
        with self._lock:
            self._layouts[key] = positions
            while len(self._layouts) > CACHED_LAYOUTS:
                self._layouts.popitem(last=False)
        return dict(positions)

    def svg(
        self, *, around: int | None = None, depth: int = 2, labels: MapLabels | None = None
    ) -> tuple[ConnectionMap, str]:
        """The map as an SVG document (for the command line, which draws without Qt)."""
        graph = self.graph(around=around, depth=depth)
        return graph, render(graph, self.layout(graph), labels)
