"""The connection map page (Ctrl+3): people as dots, introductions as lines, circles as colours.

The layout comes from ``shop.connections`` (networkx, cached, run on the worker);
this module only draws it. Items are built once per layout and never moved, so
panning and zooming only repaint: edges are plain line items with cosmetic pens,
people are small items, all the lines one item painting only what is exposed, and the names of
introducers on the edges appear only once zoomed in far enough to read them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QEvent,
    QIODevice,
    QLineF,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QKeySequence,
    QNativeGestureEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QPixmapCache,
    QResizeEvent,
    QShortcut,
    QStaticText,
    QTransform,
    QWheelEvent,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGestureEvent,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPinchGesture,
    QPushButton,
    QSpinBox,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from kauntaa.errors import KauntaaError
from kauntaa.gui.output_choice import file_target
from kauntaa.gui.theme import Colors

if TYPE_CHECKING:
    from kauntaa.domain.connections import ConnectionMap, Link, Person
    from kauntaa.gui.main_window import MainWindow

MIN_ZOOM = 0.08
MAX_ZOOM = 6.0
#: Below this zoom the names of introducers on the edges are hidden (unreadable, and slower).
LABEL_ZOOM = 0.9
PIXMAP_CACHE_KB = 96 * 1024
#: Below this zoom people's names are left out (too small to read, and costly).
NAME_ZOOM = 0.3
#: The zoom levels, close to far, at which names that would cover one another are thinned.
DECLUTTER_LEVELS = (2.0, 1.5, 1.15, 0.9, 0.7, 0.55, 0.45, 0.37, 0.3)
#: Size of people's names in scene units (pixels at zoom 1).
NAME_PX = 12
#: Names never shrink below this many pixels on screen: zoomed out, they grow in the scene.
MIN_NAME_PX = 10.0
#: Height of one legend row.
ROW = 21
#: How long a zoom gesture must pause before the map is painted in full again (ms).
SETTLE_MS = 150
#: How long the view must be still before the picture used while zooming is re-made (ms).
SNAPSHOT_IDLE_MS = 250
#: The picture used while zooming reaches this far beyond each side of the view (as a
#: fraction of its size), so zooming out does not show a bare border at once.
SNAPSHOT_MARGIN = 0.25
WHEEL_STEP = 1.0015  # per eighth of a degree: one notch (120) zooms by about 20 %

_OWNER_EDGE = QColor("#9aa3ad")
_REGULAR_EDGE = QColor("#d9822b")
_NO_CIRCLE = QColor("#a7adb5")


def node_radius(degree: int) -> float:
    """Bigger for people with more introductions (the same rule as the SVG export)."""
    from kauntaa.domain.map_svg import node_radius as radius

    return radius(degree)


class PersonItem(QGraphicsItem):
    """One person: a dot in their circle's colour with the name under it."""

    def __init__(
        self,
        person: Person,
        colour: QColor,
        radius: float,
        font: QFont,
        colors: Colors,
        tooltip: str,
    ) -> None:
        super().__init__()
        self.person = person
        self._colour = colour
        self._radius = radius
        self._font = font
        self._colors = colors
        self.focused = False
        self._hover = False
        #: The name is shown from this zoom on (the scene raises it where names would collide).
        self.name_zoom = NAME_ZOOM
        metrics = QFontMetricsF(font)
        self._text_width = metrics.horizontalAdvance(person.name)
        self._text_height = metrics.height()
        half = max(radius + 4, self._text_width / 2 + 3)
        #: The dot and the name at its own size: what a click or a label must hit or avoid.
        self.core = QRectF(-half, -radius - 4, 2 * half, 2 * radius + 8 + self._text_height + 4)
        grow = MIN_NAME_PX / (font.pixelSize() * NAME_ZOOM)
        half = max(radius + 4, grow * (self._text_width / 2 + 3))
        self._grown = QRectF(
            -half, -radius - 4, 2 * half, 2 * radius + 8 + grow * (self._text_height + 4)
        )
        # Only as large as the name drawn at this zoom: the pixmap cache is this size.
        self._bounds = self.core
        self._shape = QPainterPath()
        self._shape.addRect(self.core)
        self.setToolTip(tooltip)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # Cached as a pixmap at the current zoom, so panning only copies it. A zoom
        # step repaints it: cheap, since the name is laid out once (QStaticText) and
        # left out when too small to read. (Caching in item coordinates instead
        # scaled the text wrongly and blurred it when zoomed in.)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._name = QStaticText(person.name)
        self._name.setTextFormat(Qt.TextFormat.PlainText)
        self._name.prepare(QTransform(), font)
        self._halo = QColor(colors.background)
        self._halo.setAlpha(200)
        self._ring = QPen(QColor("#ffffff"), 2)
        self._fill = QBrush(colour)
        self.setZValue(2)

    def name_rect(self, zoom: float) -> QRectF:
        """Where the name is drawn at ``zoom``, in scene coordinates."""
        grow = max(1.0, MIN_NAME_PX / (self._font.pixelSize() * max(zoom, NAME_ZOOM)))
        width, height = grow * (self._text_width + 6), grow * (self._text_height + 2)
        pos = self.pos()
        return QRectF(pos.x() - width / 2, pos.y() + self._radius + 3, width, height)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's API
        return self._bounds

    def grow_names(self, grown: bool) -> None:
        """Zoomed out, the name is drawn larger than its own size (see MIN_NAME_PX)."""
        bounds = self._grown if grown else self.core
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        r = self._radius
        if self.focused or self._hover:
            painter.setPen(QPen(self._colors.text, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r + 3.5, r + 3.5)
        painter.setPen(self._ring)
        painter.setBrush(self._fill)
        painter.drawEllipse(QPointF(0, 0), r, r)
        zoom = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if zoom < self.name_zoom and not (self.focused or self._hover):
            return
        transform = painter.transform()
        painter.translate(0, r + 3)
        grow = MIN_NAME_PX / (self._font.pixelSize() * max(zoom, NAME_ZOOM))
        if grow > 1:
            painter.scale(grow, grow)
        text_rect = QRectF(
            -self._text_width / 2 - 3, 0, self._text_width + 6, self._text_height + 2
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._halo)
        painter.drawRect(text_rect)
        painter.setFont(self._font)
        painter.setPen(self._colors.text)
        painter.drawStaticText(QPointF(-self._text_width / 2, 1), self._name)
        painter.setTransform(transform)  # the view does not save the painter's state

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt's API
        self._hover = True
        self.setZValue(3)
        self.update()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt's API
        self._hover = False
        self.setZValue(2)
        self.update()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's API
        event.accept() if event.button() == Qt.MouseButton.LeftButton else event.ignore()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's API
        moved = event.screenPos() - event.buttonDownScreenPos(Qt.MouseButton.LeftButton)
        scene = self.scene()
        if moved.manhattanLength() < 6 and isinstance(scene, MapScene):
            scene.person_clicked.emit(self.person.id)


OWNER, REGULAR, OWNER_PLANNED, REGULAR_PLANNED, THREAD = range(5)


def _clip(line: QLineF, rect: QRectF) -> QLineF | None:
    """The part of ``line`` inside ``rect`` (Liang–Barsky), or None."""
    x1, y1, x2, y2 = line.x1(), line.y1(), line.x2(), line.y2()
    dx, dy = x2 - x1, y2 - y1
    t0, t1 = 0.0, 1.0
    for p, q in (
        (-dx, x1 - rect.left()),
        (dx, rect.right() - x1),
        (-dy, y1 - rect.top()),
        (dy, rect.bottom() - y1),
    ):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    return QLineF(x1 + t0 * dx, y1 + t0 * dy, x1 + t1 * dx, y1 + t1 * dy)


class EdgeLayer(QGraphicsItem):
    """Every introduction line in one item, painted in a few batched calls.

    One item per line cost a frame 100–500 ms at 1,000 introductions (each a
    separate paint, and dashes computed along lines far off screen); here only
    the lines crossing the exposed area are drawn, dashed ones clipped to it
    first. Tooltips come from the line nearest the pointer.
    """

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[list[QLineF]] = [[] for _ in range(5)]
        self.tips: list[list[str]] = [[] for _ in range(5)]
        # Plain floats for the per-frame tests: far cheaper than QLineF calls.
        self._coords: list[list[tuple[float, float, float, float]]] = [[] for _ in range(5)]
        self._bounds = QRectF()
        self._pens: list[QPen] = []
        for kind in range(5):
            regular = kind in (REGULAR, REGULAR_PLANNED, THREAD)
            colour = QColor(_REGULAR_EDGE if regular else _OWNER_EDGE)
            # One device pixel: Qt's raster engine has a fast path for antialiased
            # cosmetic lines this thin; at 1.6 or 2.2 px every line is a filled path,
            # several times slower (hundreds of ms a frame at 1,000 introductions).
            width = 1.0
            if kind == THREAD:
                # Thin and pale rather than dotted: dots along a thousand lines cost a frame.
                colour.setAlpha(110)
            pen = QPen(colour, width)
            pen.setCosmetic(True)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            if kind in (OWNER_PLANNED, REGULAR_PLANNED):
                pen.setStyle(Qt.PenStyle.DashLine)
            self._pens.append(pen)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(True)
        self.setZValue(0)

    def add(self, kind: int, line: QLineF, tip: str) -> None:
        self.prepareGeometryChange()
        self.lines[kind].append(line)
        self.tips[kind].append(tip)
        self._coords[kind].append((line.x1(), line.y1(), line.x2(), line.y2()))
        self._bounds = self._bounds.united(
            QRectF(line.p1(), line.p2()).normalized().adjusted(-3, -3, 3, 3)
        )

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's API
        return self._bounds

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        exposed = option.exposedRect.adjusted(-4, -4, 4, 4)
        zoom = max(
            QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()), 1e-6
        )
        left, top, right, bottom = exposed.left(), exposed.top(), exposed.right(), exposed.bottom()
        for kind in (THREAD, OWNER, OWNER_PLANNED, REGULAR, REGULAR_PLANNED):
            pen = self._pens[kind]
            dashed = pen.style() != Qt.PenStyle.SolidLine
            visible: list[QLineF] = []
            inside: list[QLineF] = []
            for line, (x1, y1, x2, y2) in zip(self.lines[kind], self._coords[kind], strict=True):
                if (x1 < left and x2 < left) or (x1 > right and x2 > right):
                    continue
                if (y1 < top and y2 < top) or (y1 > bottom and y2 > bottom):
                    continue
                if (
                    not dashed
                    and left <= x1 <= right
                    and left <= x2 <= right
                    and top <= y1 <= bottom
                    and top <= y2 <= bottom
                ):
                    inside.append(line)
                else:
                    visible.append(line)
            if not dashed:
                # Lines that leave the view are clipped here: the raster engine strokes a
                # line's whole length, even thousands of pixels off screen when zoomed in.
                inside += [c for c in (_clip(line, exposed) for line in visible) if c]
                if inside:
                    painter.setPen(pen)
                    painter.drawLines(inside)
                continue
            for line in visible:
                clipped = _clip(line, exposed)
                if clipped is None:
                    continue
                # Keep the dashes where they were on the whole line, so they do not crawl.
                skipped = QLineF(line.p1(), clipped.p1()).length() * zoom / pen.widthF()
                dashed_pen = QPen(pen)
                dashed_pen.setDashOffset(skipped)
                painter.setPen(dashed_pen)
                painter.drawLine(clipped)

    def tip_at(self, point: QPointF, tolerance: float) -> str:
        """The description of the line nearest ``point``, within ``tolerance`` (scene units)."""
        best, found = tolerance, ""
        px, py = point.x(), point.y()
        for kind in (THREAD, OWNER, OWNER_PLANNED, REGULAR, REGULAR_PLANNED):
            for line, tip in zip(self.lines[kind], self.tips[kind], strict=True):
                x1, y1, x2, y2 = line.x1(), line.y1(), line.x2(), line.y2()
                dx, dy = x2 - x1, y2 - y1
                length2 = dx * dx + dy * dy or 1e-9
                t = max(0.0, min(1.0, ((px - x1) * dx + (py - y1) * dy) / length2))
                distance = math.hypot(px - (x1 + t * dx), py - (y1 + t * dy))
                if distance <= best:
                    best, found = distance, tip
        return found

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt's API
        views = self.scene().views() if self.scene() else []
        zoom = views[0].transform().m11() if views else 1.0
        self.setToolTip(self.tip_at(event.scenePos(), 6 / max(zoom, 1e-6)))


class _Grid:
    """Rectangles in buckets of ``cell`` scene units: is a spot free of them?"""

    def __init__(self, cell: float) -> None:
        self._cell = cell
        self._cells: dict[tuple[int, int], list[QRectF]] = {}

    def _keys(self, rect: QRectF) -> list[tuple[int, int]]:
        c = self._cell
        return [
            (x, y)
            for x in range(math.floor(rect.left() / c), math.floor(rect.right() / c) + 1)
            for y in range(math.floor(rect.top() / c), math.floor(rect.bottom() / c) + 1)
        ]

    def free(self, rect: QRectF) -> bool:
        return not any(
            rect.intersects(other) for key in self._keys(rect) for other in self._cells.get(key, ())
        )

    def add(self, rect: QRectF) -> None:
        for key in self._keys(rect):
            self._cells.setdefault(key, []).append(rect)


class MapScene(QGraphicsScene):
    """The people and introductions of one map, built once per layout."""

    person_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: dict[int, PersonItem] = {}
        self.edge_layer = EdgeLayer()
        self.labels: list[QGraphicsSimpleTextItem] = []
        self.graph: ConnectionMap | None = None
        self._labels_shown = True
        self._names_shown = True
        self._names_grown = False

    def populate(
        self,
        graph: ConnectionMap,
        positions: Mapping[int, tuple[float, float]],
        colors: Colors,
        describe_link: Callable[[Link], str],
        describe_person: Callable[[Person, int], str],
        via: Callable[[str], str],
    ) -> None:
        self.clear()
        self.people.clear()
        self.labels.clear()
        self.graph = graph
        self.setBackgroundBrush(colors.background)
        # The people are cached as pixmaps (a few MB for 500 people at reading size):
        # with Qt's default 10 MB they would be evicted and re-rendered every frame.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        degree = graph.degree()
        font = QFont()
        font.setPixelSize(NAME_PX)  # scene units are pixels, whatever the paint device
        label_font = QFont()
        label_font.setPixelSize(10)
        self.edge_layer = EdgeLayer()
        pending: list[tuple[QGraphicsSimpleTextItem, QLineF]] = []
        for link in graph.links:
            if link.a not in positions or link.b not in positions:
                continue
            (x1, y1), (x2, y2) = positions[link.a], positions[link.b]
            tip = describe_link(link)
            kind = (
                (REGULAR_PLANNED if link.planned else REGULAR)
                if link.by_regular
                else (OWNER_PLANNED if link.planned else OWNER)
            )
            self.edge_layer.add(kind, QLineF(x1, y1, x2, y2), tip)
            if link.by_regular and link.introducer_id in positions:
                # A faint thread from the introducer to the middle of the line they made.
                ix, iy = positions[link.introducer_id]  # type: ignore[index]
                self.edge_layer.add(THREAD, QLineF(ix, iy, (x1 + x2) / 2, (y1 + y2) / 2), tip)
            if link.by_regular:
                label = QGraphicsSimpleTextItem(via(link.introducer_name))
                label.setFont(label_font)
                label.setBrush(_REGULAR_EDGE.darker(115))
                label.setZValue(1)
                label.setToolTip(tip)
                pending.append((label, QLineF(x1, y1, x2, y2)))
        self.addItem(self.edge_layer)
        colours = {c.id: QColor(c.colour) for c in graph.circles}
        for person in graph.people:
            if person.id not in positions:
                continue
            colour = next((colours[c] for c in person.circle_ids if c in colours), _NO_CIRCLE)
            d = degree.get(person.id, 0)
            item = PersonItem(
                person, colour, node_radius(d), font, colors, describe_person(person, d)
            )
            item.setPos(*positions[person.id])
            self.addItem(item)
            self.people[person.id] = item
        self._declutter_names(degree)
        taken = _Grid(100)
        for item in self.people.values():
            taken.add(item.core.translated(item.pos()))
        for label, line in pending:
            self._place(label, line, taken)
        rect = self.itemsBoundingRect().adjusted(-80, -80, 80, 80)
        self.setSceneRect(rect)
        self._labels_shown = True
        self._names_shown = True  # new items start cached; the view sets the mode
        self._names_grown = False

    def _declutter_names(self, degree: Mapping[int, int]) -> None:
        """Names that would cover one another wait for a closer zoom: at each zoom level,
        from close to far, people keep their names in order of how many introductions
        they have, as long as theirs covers no name already kept."""
        items = sorted(
            self.people.values(), key=lambda i: (-degree.get(i.person.id, 0), i.person.id)
        )
        kept = set(items)
        for item in items:
            item.name_zoom = DECLUTTER_LEVELS[0] * 1.25  # close enough: every name shows
        for zoom in DECLUTTER_LEVELS:
            grid = _Grid(80 / zoom)  # about 80 pixels on screen
            for item in items:
                if item not in kept:
                    continue
                rect = item.name_rect(zoom)
                if grid.free(rect):
                    item.name_zoom = zoom
                    grid.add(rect)
                else:
                    kept.discard(item)

    def _place(self, label: QGraphicsSimpleTextItem, line: QLineF, taken: _Grid) -> None:
        """Put "via name" along its line where it covers no one's name and no other label;
        where every place along the line is taken, it is left out (hovering the line, and
        the thread from the introducer, still tell who made the introduction)."""
        box = label.boundingRect()
        for t in (0.5, 0.35, 0.65, 0.2, 0.8):
            middle = line.pointAt(t)
            for top in (middle.y() - box.height() - 1, middle.y() + 1):
                spot = QRectF(middle.x() - box.width() / 2, top, box.width(), box.height())
                if taken.free(spot.adjusted(-2, -1, 2, 1)):
                    taken.add(spot)
                    label.setPos(spot.topLeft())
                    self.addItem(label)
                    self.labels.append(label)
                    return

    def grow_names(self, grown: bool) -> None:
        if grown != self._names_grown:
            self._names_grown = grown
            for item in self.people.values():
                item.grow_names(grown)

    def show_names(self, shown: bool) -> None:
        """Below reading size a person is only a dot: drawn directly, cheaper than a
        pixmap re-made on every zoom step; with names, cached so a pan only copies."""
        if shown == self._names_shown:
            return
        self._names_shown = shown
        mode = (
            QGraphicsItem.CacheMode.DeviceCoordinateCache
            if shown
            else QGraphicsItem.CacheMode.NoCache
        )
        for item in self.people.values():
            item.setCacheMode(mode)

    def show_labels(self, shown: bool) -> None:
        """Introducers' names on the edges, shown only when they can be read."""
        if shown == self._labels_shown:
            return
        self._labels_shown = shown
        for label in self.labels:
            label.setVisible(shown)


class MapView(QGraphicsView):
    """Zoom with the wheel, a pinch or +/−/0; pan by dragging or with the arrow keys."""

    zoomed = Signal(float)

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self._scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlags(
            QGraphicsView.OptimizationFlag.DontSavePainterState
            | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
        )
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Zooming at frame rate: a zoom step re-draws every glyph, dot and line at the new
        # scale (30–80 ms with 500 people and 1,000 introductions). So, while the view is
        # still, the map around the view is painted once into a picture; during a zoom
        # gesture that picture is scaled (a few ms), and once the gesture pauses the map is
        # painted in full again at the new scale.
        self.moving = False
        self._snapshot: QPixmap | None = None
        self._snapshot_rect = QRectF()
        self._snapshot_stale = True
        self._snapshot_soon = False
        self._fitted = False
        self.settle_timer = QTimer(self)
        self.settle_timer.setSingleShot(True)
        self.settle_timer.setInterval(SETTLE_MS)
        self.settle_timer.timeout.connect(self.settle)
        self.snapshot_timer = QTimer(self)
        self.snapshot_timer.setSingleShot(True)
        self.snapshot_timer.setInterval(SNAPSHOT_IDLE_MS)
        self.snapshot_timer.timeout.connect(self._take_snapshot)

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(
        self, factor: float, anchor: QPointF | None = None, *, gesture: bool = True
    ) -> None:
        """Zoom by ``factor`` around ``anchor`` (a viewport point), or the pointer. A
        ``gesture`` step (wheel, pinch, keys) is drawn from the picture until it pauses."""
        target = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom * factor))
        factor = target / self.zoom
        if abs(factor - 1) < 1e-4:
            return
        shown_with = self.viewportTransform()
        self._fitted = False
        if anchor is not None:
            before = self.mapToScene(anchor.toPoint())
            self.scale(factor, factor)
            after = self.mapToScene(anchor.toPoint())
            delta = after - before
            self.translate(delta.x(), delta.y())
        else:
            self.scale(factor, factor)
        if gesture:
            self._start_moving(shown_with)
        self._zoom_changed()

    def set_zoom(self, zoom: float) -> None:
        self.zoom_by(zoom / self.zoom, gesture=False)

    def _start_moving(self, shown_with: QTransform) -> None:
        if not self.moving:
            if self._snapshot is None or self._snapshot_stale:
                # Not yet made (the gesture began straight after a change): this once, the
                # picture costs a full paint, at the scale just before this step.
                self._take_snapshot(shown_with)
            # (Hidden, or not yet sized, there is no picture: the map is painted in full.)
            self.moving = self._snapshot is not None and not self._snapshot_stale
        self.settle_timer.start()
        self.viewport().update()

    def settle(self) -> None:
        """The gesture paused (or the view was fitted): paint the map in full again, and
        straight after, the picture for the next gesture."""
        self.settle_timer.stop()
        if self.moving:
            self.moving = False
            self._snapshot_soon = True
            self.viewport().update()

    def _take_snapshot(self, transform: QTransform | None = None) -> None:
        """Paint the map around the view into the picture used while zooming."""
        self.snapshot_timer.stop()
        viewport = self.viewport()
        if viewport.width() <= 0 or viewport.height() <= 0 or self.moving:
            return
        if not self.isVisible():  # another page is shown: made when the map is back
            self._snapshot_stale = True
            return
        to_view = transform if transform is not None else self.viewportTransform()
        inverse, invertible = to_view.inverted()
        if not invertible:
            return
        # Whole pixels, so that the picture lines up with the view's pixels.
        mx = round(viewport.width() * SNAPSHOT_MARGIN)
        my = round(viewport.height() * SNAPSHOT_MARGIN)
        area = QRectF(viewport.rect()).adjusted(-mx, -my, mx, my)
        ratio = viewport.devicePixelRatioF()
        pixmap = QPixmap(math.ceil(area.width() * ratio), math.ceil(area.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(self._scene.backgroundBrush().color())
        painter = QPainter(pixmap)
        painter.setRenderHints(self.renderHints())
        self._scene.render(
            painter,
            QRectF(0, 0, area.width(), area.height()),
            inverse.mapRect(area),
            Qt.AspectRatioMode.IgnoreAspectRatio,
        )
        painter.end()
        self._snapshot, self._snapshot_rect = pixmap, inverse.mapRect(area)
        self._snapshot_stale = False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's API
        snapshot = self._snapshot
        if self.moving and snapshot is not None:
            painter = QPainter(self.viewport())
            painter.fillRect(self.viewport().rect(), self._scene.backgroundBrush())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(
                self.viewportTransform().mapRect(self._snapshot_rect),
                snapshot,
                QRectF(snapshot.rect()),
            )
            painter.end()
            return
        super().paintEvent(event)
        # Whatever changed on screen (a pan, a hover, a new zoom), the picture for the next
        # zoom gesture is re-made once the view has been still for a moment.
        self._snapshot_stale = True
        self.snapshot_timer.start(0 if self._snapshot_soon else SNAPSHOT_IDLE_MS)
        self._snapshot_soon = False

    def fit(self) -> None:
        """The whole map in view (never blown up beyond its natural size)."""
        rect = self._scene.sceneRect()
        if rect.isEmpty():
            return
        self.resetTransform()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom > 1.4:
            self.resetTransform()
            self.scale(1.4, 1.4)
            self.centerOn(rect.center())
        self.settle()
        self._zoom_changed()
        self._fitted = True

    def focus_on(self, point: QPointF, zoom: float = 1.3) -> None:
        if self.zoom < zoom:
            self.set_zoom(zoom)
        self.centerOn(point)
        self._fitted = False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's API
        super().resizeEvent(event)
        # A fitted map stays fitted as the window opens or changes size.
        if self._fitted:
            self.fit()

    def _zoom_changed(self) -> None:
        self._scene.show_labels(self.zoom >= LABEL_ZOOM)
        self._scene.show_names(self.zoom >= NAME_ZOOM)
        self._scene.grow_names(self.zoom * NAME_PX < MIN_NAME_PX)
        self.zoomed.emit(self.zoom)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's API
        steps = event.angleDelta().y() or event.angleDelta().x()
        if not steps:
            event.ignore()
            return
        self.zoom_by(WHEEL_STEP**steps)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's API
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(0.8)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                changed = pinch.changeFlags() & QPinchGesture.ChangeFlag.ScaleFactorChanged
                if changed:
                    self.zoom_by(pinch.scaleFactor(), pinch.centerPoint())
                return True
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.zoom_by(1 + event.value(), event.position())
            return True
        return super().viewportEvent(event)


class Legend(QWidget):
    """Which colour is which circle, and what the three kinds of line mean."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[tuple[QColor, str]] = []
        self._lines: list[tuple[QColor, bool | None, str]] = []
        self._title = ""
        self._colors: Colors | None = None
        self.setMinimumWidth(180)

    def set_entries(
        self,
        title: str,
        entries: list[tuple[QColor, str]],
        lines: list[tuple[QColor, bool | None, str]],
        colors: Colors,
    ) -> None:
        self._title, self._entries, self._lines, self._colors = title, entries, lines, colors
        self.setMinimumHeight(int(self.height_needed()))
        self.update()

    def height_needed(self) -> float:
        return 36 + ROW * (len(self._entries) + len(self._lines)) + 20

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        return QSize(210, int(self.height_needed()))

    def paint_on(self, painter: QPainter, x: float, y: float) -> None:
        """Draw the legend at (x, y): on the page, and on an exported image."""
        colors = self._colors
        if colors is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        title_font = QFont()
        title_font.setPointSizeF(10.5)
        title_font.setBold(True)
        font = QFont()
        font.setPointSizeF(10)
        painter.setFont(title_font)
        painter.setPen(colors.text)
        painter.drawText(QPointF(x, y + 18), self._title)
        painter.setFont(font)
        line = y + 18
        for colour, name in self._entries:
            line += ROW
            painter.setPen(QPen(QColor("#ffffff"), 1.5))
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(x + 8, line - 5), 7, 7)
            painter.setPen(colors.text)
            painter.drawText(QPointF(x + 24, line), name)
        line += 12
        for colour, dashed, text in self._lines:
            line += ROW
            # dashed: True a planned introduction, None the introducer's thread.
            pen = QPen(colour, 2.2 if dashed is not None else 1.4)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            elif dashed is None:  # the introducer's thread: thin and pale, as on the map
                faint = QColor(colour)
                faint.setAlpha(110)
                pen = QPen(faint, 1.2)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, line - 5), QPointF(x + 18, line - 5))
            painter.setPen(colors.muted)
            painter.drawText(QPointF(x + 24, line), text)
        painter.restore()

    def paintEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        painter = QPainter(self)
        self.paint_on(painter, 8, 4)
        painter.end()


class ConnectionMapPage(QWidget):
    """The map page: search to focus, neighbourhood N steps out, export, click to open a card."""

    #: Emitted when a layout is on screen (for tests and scripted screenshots).
    drawn = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.scene = MapScene(self)
        self.view = MapView(self.scene, self)
        self.legend = Legend(self)
        self._signature: str | None = None
        self.focused_id: int | None = None
        self.loading = False

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("map_search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.around_check = QCheckBox(self)
        self.depth_spin = QSpinBox(self)
        self.depth_spin.setRange(1, 6)
        self.depth_spin.setValue(2)
        self.fit_button = QPushButton(self)
        self.png_button = QPushButton(self)
        self.svg_button = QPushButton(self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("page_title_label")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title_label.setFont(font)

        self.search_edit.setMinimumWidth(140)
        bar = QHBoxLayout()
        bar.addWidget(self.title_label)
        bar.addSpacing(12)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.around_check)
        bar.addWidget(self.depth_spin)
        side = QVBoxLayout()
        side.addWidget(self.legend)
        side.addStretch(1)
        for button in (self.fit_button, self.png_button, self.svg_button):
            side.addWidget(button)
        side.addWidget(self.status_label)
        side_panel = QWidget(self)
        side_panel.setLayout(side)
        side_panel.setFixedWidth(220)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addWidget(side_panel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addLayout(bar)
        outer.addLayout(body, 1)
        outer.addWidget(self.hint_label)

        self.search_edit.returnPressed.connect(self.focus_search_result)
        self.search_edit.textChanged.connect(self._search_typed)
        self.around_check.toggled.connect(lambda _on: self.reload())
        self.depth_spin.valueChanged.connect(
            lambda _v: self.reload() if self.around_check.isChecked() else None
        )
        self.fit_button.clicked.connect(self.view.fit)
        self.png_button.clicked.connect(self._ask_png)
        self.svg_button.clicked.connect(self._ask_svg)
        self.scene.person_clicked.connect(self.open_card)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search_box)
        self.retranslate()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Connections"))
        self.search_edit.setPlaceholderText(
            self.tr("Find a person on the map (kana, kanji or romaji)")
        )
        self.around_check.setText(self.tr("Only around them, steps out:"))
        self.around_check.setToolTip(
            self.tr("Show only the people within this many introductions of the person found")
        )
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Show the whole map (0)"))
        self.png_button.setText(self.tr("Export PNG…"))
        self.svg_button.setText(self.tr("Export SVG…"))
        self.hint_label.setText(
            self.tr(
                "Click a person to open their card. Wheel or pinch to zoom (+, −, 0 to fit); "
                "drag to move. Hover a line to see who introduced them."
            )
        )
        if self.scene.graph is not None:
            self._update_legend()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _colors(self) -> Colors:
        return self._window._theme.colors

    # -- loading ------------------------------------------------------------

    def page_shown(self) -> None:
        self.reload()
        self.view.setFocus()

    def reload(self) -> None:
        """Read the map; lay it out on the worker unless the layout is cached."""
        shop = self._window.shop
        around = None
        if self.around_check.isChecked():
            around = self.focused_id or self._window.current_customer_id()
        try:
            graph = shop.connections.graph(around=around, depth=self.depth_spin.value())
        except KauntaaError as exc:
            self._window._report(exc)
            return
        signature = graph.signature()
        if signature == self._signature and self.scene.graph is not None:
            return
        cached = shop.connections.cached_layout(graph)
        if cached is not None:
            self._draw(graph, cached)
            return
        self.loading = True
        self.status_label.setText(self.tr("Laying out the map…"))
        self._window._run_job(
            "",
            lambda _progress: shop.connections.layout(graph),
            lambda positions: self._draw(graph, positions),  # type: ignore[arg-type]
            quiet=True,
        )

    def _draw(self, graph: ConnectionMap, positions: Mapping[int, tuple[float, float]]) -> None:
        self.loading = False
        self._signature = graph.signature()
        colors = self._colors()
        self.scene.populate(
            graph, positions, colors, self._describe_link, self._describe_person, self._via
        )
        self._update_legend()
        self.status_label.setText(
            self.tr("%1 people, %2 introductions")
            .replace("%1", str(len(graph.people)))
            .replace("%2", str(len(graph.links)))
        )
        self.view.fit()
        center = graph.center if graph.center is not None else self.focused_id
        if center is not None and center in self.scene.people:
            self._set_focus(center)
            if graph.center is None:
                self.view.focus_on(self.scene.people[center].pos())
        self.drawn.emit()

    def _update_legend(self) -> None:
        graph = self.scene.graph
        if graph is None:
            return
        entries = [(QColor(c.colour), c.name) for c in graph.circles]
        entries.append((_NO_CIRCLE, self.tr("No circle")))
        lines = [
            (_OWNER_EDGE, False, self.tr("Introduced by the owner")),
            (_REGULAR_EDGE, False, self.tr("Introduced by a regular")),
            (_OWNER_EDGE, True, self.tr("Planned introduction")),
            (_REGULAR_EDGE, None, self.tr("Who introduced them")),
        ]
        self.legend.set_entries(self.tr("Circles"), entries, lines, self._colors())

    def _via(self, name: str) -> str:
        return self.tr("via %1").replace("%1", name)

    def _describe_link(self, link: Link) -> str:
        graph = self.scene.graph
        a = graph.person(link.a) if graph else None
        b = graph.person(link.b) if graph else None
        by = link.introducer_name if link.by_regular else self.tr("the owner")
        text = (
            self.tr("%1 ↔ %2\nintroduced by %3, %4")
            .replace("%1", a.name if a else "?")
            .replace("%2", b.name if b else "?")
            .replace("%3", by)
            .replace("%4", f"{link.on:%Y-%m-%d}")
        )
        if link.planned:
            text += "\n" + self.tr("planned")
        if link.context:
            text += "\n" + link.context
        return text

    def _describe_person(self, person: Person, degree: int) -> str:
        graph = self.scene.graph
        names = {c.id: c.name for c in graph.circles} if graph else {}
        circles = "、".join(names[c] for c in person.circle_ids if c in names)
        text = f"{person.name}（{person.reading}）\n" + self.tr("%n introduction(s)", "", degree)
        if circles:
            text += "\n" + circles
        return text

    # -- search, focus, open -------------------------------------------------

    def _focus_search_box(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _search_typed(self, text: str) -> None:
        if text.strip():
            self.focus_search_result(move=False)

    def focus_search_result(self, *, move: bool = True) -> int | None:
        """The best match of the search that is on the map gets the focus ring and the view."""
        text = self.search_edit.text().strip()
        if not text:
            return None
        hits = self._window.shop.customers.search(text, limit=200)
        on_map = next((h for h in hits if h.id in self.scene.people), None)
        if on_map is None:
            self.status_label.setText(self.tr("Nobody on the map matches."))
            return None
        person_id: int = on_map.id
        self._set_focus(person_id)
        self.view.focus_on(self.scene.people[person_id].pos())
        if move and self.around_check.isChecked():
            self.reload()
        return person_id

    def _set_focus(self, person_id: int) -> None:
        if self.focused_id in self.scene.people:
            old = self.scene.people[self.focused_id]
            old.focused = False
            old.update()
        self.focused_id = person_id
        item = self.scene.people[person_id]
        item.focused = True
        item.update()
        self.status_label.setText(item.person.name)

    def open_card(self, person_id: int) -> None:
        """A click on a person: their card on the counter page."""
        self._window.show_counter()
        self._window.open_customer(person_id)

    # -- export -----------------------------------------------------------------

    def _ask_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the map as PNG"), "kauntaa-map.png", "PNG (*.png)"
        )
        if path:
            self.export_png(Path(path), asked=True)

    def _ask_svg(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the map as SVG"), "kauntaa-map.svg", "SVG (*.svg)"
        )
        if path:
            self.export_svg(Path(path), asked=True)

    def _save(self, path: Path, data: bytes | None, force: bool) -> bool:
        """The painted map through the shop's one writer; a failure is said, not raised."""
        if data is not None:
            try:
                self._window.shop.outputs.write(path, data, force=force)
            except KauntaaError as exc:
                self._window._report(exc)  # the reason: a full disk, a missing folder…
                return False
        self._exported(path, data is not None)
        return data is not None

    def _export_size(self) -> tuple[QRectF, float, float]:
        source = self.scene.sceneRect()
        legend_width = 240.0
        height = max(source.height(), self.legend.height_needed() + 40)
        return source, source.width() + legend_width, height

    def _paint_export(self, painter: QPainter, source: QRectF, width: float, height: float) -> None:
        painter.fillRect(QRectF(0, 0, width, height), self._colors().background)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.scene.show_labels(True)
        # An exported map cannot be zoomed into: every name is on it.
        thinned = {item: item.name_zoom for item in self.scene.people.values()}
        for item in thinned:
            item.name_zoom = 0.0
        self.scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
        for item, zoom in thinned.items():
            item.name_zoom = zoom
        self.scene.show_labels(self.view.zoom >= LABEL_ZOOM)
        self.legend.paint_on(painter, source.width() + 20, 24)

    def export_png(self, path: Path, *, scale: float = 2.0, asked: bool = False) -> bool:
        """The map as a PNG; False when refused, declined or not written."""
        force = file_target(self, self._window.shop.outputs, path, asked=asked)
        if force is None:
            return False
        source, width, height = self._export_size()
        image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32)
        image.fill(self._colors().background)
        painter = QPainter(image)
        painter.scale(scale, scale)
        self._paint_export(painter, source, width, height)
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        saved = bool(image.save(buffer, "PNG"))  # type: ignore[call-overload]
        return self._save(path, bytes(buffer.data().data()) if saved else None, force)

    def export_svg(self, path: Path, *, asked: bool = False) -> bool:
        """The map as an SVG; False when refused, declined or not written."""
        force = file_target(self, self._window.shop.outputs, path, asked=asked)
        if force is None:
            return False
        source, width, height = self._export_size()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(int(width), int(height)))
        generator.setViewBox(QRectF(0, 0, width, height))
        generator.setTitle(self.tr("Connections"))
        painter = QPainter(generator)
        self._paint_export(painter, source, width, height)
        ok = painter.end()
        return self._save(path, bytes(buffer.data().data()) if ok else None, force)

    def _exported(self, path: Path, ok: bool) -> None:
        if ok:
            self._window.toast(self.tr("Map exported: %1").replace("%1", str(path)))
        else:
            self._window.toast(
                self.tr("The map could not be written to %1").replace("%1", str(path))
            )
