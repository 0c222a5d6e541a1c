"""The 'Circles and events' page (Ctrl+4): the shop's circles (アソシエ) and their workshops.

On the left, the circles and the events (newest first); on the right, the one
chosen: a circle with its description, contact person, members with their roles
and its workshops; or an event with its date, co-hosting circle, description,
newsletter flag and who came, by name. Names are links to their cards.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kauntaa.domain.circles import Circle, Event
from kauntaa.errors import KauntaaError
from kauntaa.gui.card_html import SCHEME
from kauntaa.gui.confirm import confirm
from kauntaa.gui.dialogs.circle_dialogs import (
    AttendanceDialog,
    CircleDialog,
    EventDialog,
    JoinCircleDialog,
    PersonPickerDialog,
)
from kauntaa.gui.theme import Colors

if TYPE_CHECKING:
    from kauntaa.gui.main_window import MainWindow
    from kauntaa.services.shop import Shop

EVENTS_LISTED = 300


class CircleChange(QUndoCommand):
    """One change on this page, undone with Ctrl+Z like every edit in Kauntaa.

    ``done`` says the change was already made (a dialog saved it): the first
    redo then only records it.
    """

    def __init__(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        after: Callable[[], None],
        report: Callable[[KauntaaError], None],
        *,
        done: bool = False,
    ) -> None:
        super().__init__(text)
        self._do, self._undo, self._after, self._report = do, undo, after, report
        self._skip = done
        self.failed = False

    def _run(self, work: Callable[[], object]) -> None:
        try:
            work()
        except KauntaaError as exc:
            self.failed = True
            self.setObsolete(True)
            self._report(exc)
        self._after()

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)


class CirclesPage(QWidget):
    """Circles and events: lists on the left, the chosen one on the right."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.circles: list[Circle] = []
        self.events: list[Event] = []
        self.shown_circle: Circle | None = None
        self.shown_event: Event | None = None

        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title_label.setFont(font)
        self.circles_label = QLabel(self)
        self.archived_check = QCheckBox(self)
        self.circle_list = QListWidget(self)
        self.circle_list.setObjectName("circle_list")
        self.new_circle_button = QPushButton(self)
        self.events_label = QLabel(self)
        self.event_list = QListWidget(self)
        self.event_list.setObjectName("event_list")
        self.new_event_button = QPushButton(self)

        self.detail = QTextBrowser(self)
        self.detail.setObjectName("circle_detail_browser")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._link)
        self.edit_button = QPushButton(self)
        self.member_button = QPushButton(self)
        self.archive_button = QPushButton(self)
        self.attend_button = QPushButton(self)
        self.workshop_button = QPushButton(self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.circles_label)
        head.addStretch(1)
        head.addWidget(self.archived_check)
        left_layout.addLayout(head)
        left_layout.addWidget(self.circle_list, 2)
        left_layout.addWidget(self.new_circle_button)
        left_layout.addSpacing(8)
        left_layout.addWidget(self.events_label)
        left_layout.addWidget(self.event_list, 3)
        left_layout.addWidget(self.new_event_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        actions = QHBoxLayout()
        for button in (
            self.edit_button,
            self.member_button,
            self.workshop_button,
            self.attend_button,
            self.archive_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.detail, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([340, 760])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addWidget(self.title_label)
        outer.addWidget(splitter, 1)

        self.circle_list.currentRowChanged.connect(self._circle_chosen)
        self.event_list.currentRowChanged.connect(self._event_chosen)
        self.archived_check.toggled.connect(lambda _on: self.reload())
        self.new_circle_button.clicked.connect(self.new_circle)
        self.new_event_button.clicked.connect(lambda: self.new_event())
        self.edit_button.clicked.connect(self.edit_shown)
        self.member_button.clicked.connect(self.add_member)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.attend_button.clicked.connect(self.record_attendance)
        self.workshop_button.clicked.connect(self._new_workshop)
        self.retranslate()
        self._show_nothing()

    @property
    def shop(self) -> Shop:
        return self._window.shop

    def _language(self) -> str:
        return self._window._translations.language

    def _colors(self) -> Colors:
        return self._window._theme.colors

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Circles and events"))
        self.circles_label.setText(self.tr("Circles"))
        self.archived_check.setText(self.tr("Show archived"))
        self.new_circle_button.setText(self.tr("New circle…"))
        self.events_label.setText(self.tr("Workshops and events"))
        self.new_event_button.setText(self.tr("New event…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.member_button.setText(self.tr("Add member…"))
        self.attend_button.setText(self.tr("Record who came…"))
        self.workshop_button.setText(self.tr("New workshop…"))
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._refresh_detail()
        super().changeEvent(event)

    # -- lists -------------------------------------------------------------

    def page_shown(self) -> None:
        self.reload()
        self.circle_list.setFocus()

    def reload(self) -> None:
        """Both lists from the shop, keeping what was shown."""
        circle_id = self.shown_circle.id if self.shown_circle else None
        event_id = self.shown_event.id if self.shown_event else None
        self.circles = self.shop.circles.all(include_archived=self.archived_check.isChecked())
        self.events = self.shop.circles.events(limit=EVENTS_LISTED)
        for widget in (self.circle_list, self.event_list):
            widget.blockSignals(True)
            widget.clear()
        archived = self.tr("archived")
        for c in self.circles:
            suffix = f"  ({archived})" if c.archived_at else ""
            self.circle_list.addItem(
                f"{c.name}  ·  " + self.tr("%n member(s)", "", len(c.members)) + suffix
            )
        for e in self.events:
            host = f"  ·  {e.circle_name}" if e.circle_name else ""
            self.event_list.addItem(f"{e.starts_at:%Y-%m-%d %H:%M}  {e.title}{host}")
        for widget in (self.circle_list, self.event_list):
            widget.blockSignals(False)
        if circle_id is not None and self.show_circle(circle_id):
            return
        if event_id is not None and self.show_event(event_id):
            return
        if self.circles:
            self.show_circle(self.circles[0].id)
        elif self.events:
            self.show_event(self.events[0].id)
        else:
            self._show_nothing()

    def _circle_chosen(self, row: int) -> None:
        if 0 <= row < len(self.circles):
            self.show_circle(self.circles[row].id)

    def _event_chosen(self, row: int) -> None:
        if 0 <= row < len(self.events):
            self.show_event(self.events[row].id)

    # -- showing one --------------------------------------------------------------

    def show_circle(self, circle_id: int) -> bool:
        try:
            circle = self.shop.circles.get(circle_id)
            workshops = self.shop.circles.events(circle_id=circle_id)
        except KauntaaError:
            return False
        self.shown_circle, self.shown_event = circle, None
        row = next((i for i, c in enumerate(self.circles) if c.id == circle_id), -1)
        self._select(self.circle_list, row)
        self._select(self.event_list, -1)
        self.detail.setHtml(self._circle_html(circle, workshops))
        self._update_buttons()
        return True

    def show_event(self, event_id: int) -> bool:
        try:
            event = self.shop.circles.event(event_id)
        except KauntaaError:
            return False
        self.shown_circle, self.shown_event = None, event
        row = next((i for i, e in enumerate(self.events) if e.id == event_id), -1)
        self._select(self.event_list, row)
        self._select(self.circle_list, -1)
        self.detail.setHtml(self._event_html(event))
        self._update_buttons()
        return True

    def _select(self, widget: QListWidget, row: int) -> None:
        widget.blockSignals(True)
        widget.setCurrentRow(row)
        if row < 0:
            widget.clearSelection()
        widget.blockSignals(False)

    def _refresh_detail(self) -> None:
        if self.shown_circle is not None:
            self.show_circle(self.shown_circle.id)
        elif self.shown_event is not None:
            self.show_event(self.shown_event.id)

    def detail_text(self) -> str:
        """What the right-hand pane shows, as plain text."""
        return self.detail.toPlainText()

    def _show_nothing(self) -> None:
        self.shown_circle = self.shown_event = None
        muted = self._colors().muted.name()
        self.detail.setHtml(
            f'<p style="color:{muted}; font-size:17px; margin-top:40px;" align="center">'
            + escape(
                self.tr(
                    "No circles or events yet. A circle is a small group of regulars — "
                    "a hiking club, a soap-making group — who may hold a workshop here."
                )
            )
            + "</p>"
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        circle, event = self.shown_circle, self.shown_event
        self.edit_button.setVisible(circle is not None or event is not None)
        self.member_button.setVisible(circle is not None)
        self.workshop_button.setVisible(circle is not None and circle.archived_at is None)
        self.archive_button.setVisible(circle is not None)
        self.attend_button.setVisible(event is not None)
        if circle is not None:
            self.archive_button.setText(
                self.tr("Take out of archive") if circle.archived_at else self.tr("Archive")
            )

    def _link_html(self, action: str, ident: int, text: str) -> str:
        colour = self._colors().accent.name()
        return f'<a style="color:{colour};" href="{SCHEME}:{action}/{ident}">{escape(text)}</a>'

    def _head(self, title: str, subtitle: str) -> list[str]:
        colors = self._colors()
        return [
            f'<body style="color:{colors.text.name()};">',
            f'<p style="margin:0; font-size:14px; color:{colors.muted.name()};">'
            f"{escape(subtitle)}</p>",
            f'<p style="margin:0; font-size:28px; font-weight:700;">{escape(title)}</p>',
        ]

    def _section(self, title: str) -> str:
        muted = self._colors().muted.name()
        return (
            f'<p style="margin-top:18px; margin-bottom:6px; font-size:13px; font-weight:600; '
            f'color:{muted}; letter-spacing:1px;">{escape(title)}</p>'
        )

    def _circle_html(self, circle: Circle, workshops: list[Event]) -> str:
        muted = self._colors().muted.name()
        subtitle = self.tr("Circle")
        if circle.archived_at:
            subtitle += " · " + self.tr("archived")
        parts = self._head(circle.name, subtitle)
        if circle.description:
            text = escape(circle.description).replace("\n", "<br>")
            parts.append(f'<p style="font-size:16px; margin-top:10px;">{text}</p>')
        contact = (
            self._link_html("customer", circle.contact.id, circle.contact.name)
            if circle.contact
            else escape(self.tr("none yet"))
        )
        label_contact_person = escape(self.tr("Contact person"))
        parts.append(
            f'<p style="font-size:15px;"><span style="color:{muted};">'
            f"{label_contact_person}</span>&nbsp;&nbsp;{contact}</p>"
        )
        parts.append(self._section(self.tr("Members (%1)").replace("%1", str(len(circle.members)))))
        remove = self.tr("remove")
        rows = []
        for m in circle.members:
            role = escape(m.role) if m.role else ""
            if circle.contact and m.customer.id == circle.contact.id:
                role = (role + " · " if role else "") + "☎ " + escape(self.tr("contact"))
            rows.append(
                f'<tr><td style="font-size:16px; padding-right:16px;">'
                f"{self._link_html('customer', m.customer.id, m.customer.name)}</td>"
                f'<td style="color:{muted}; padding-right:16px;">{escape(m.customer.reading)}</td>'
                f'<td style="padding-right:16px;">{role}</td>'
                f'<td style="font-size:12px;">{self._link_html("remove-member", m.customer.id, remove)}'
                "</td></tr>"
            )
        label_no_members_yet = escape(self.tr("No members yet."))
        parts.append(
            '<table cellpadding="3">' + "".join(rows) + "</table>"
            if rows
            else f'<p style="color:{muted};">{label_no_members_yet}</p>'
        )
        parts.append(self._section(self.tr("Workshops and events")))
        parts += self._event_rows(workshops)
        parts.append("</body>")
        return "".join(parts)

    def _event_rows(self, events: list[Event]) -> list[str]:
        muted = self._colors().muted.name()
        if not events:
            label_none_yet = escape(self.tr("None yet."))
            return [f'<p style="color:{muted};">{label_none_yet}</p>']
        now = self.shop.clock()
        rows = []
        for e in events:
            came = self.tr("%n came", "", len(e.attendees)) if e.starts_at <= now else ""
            upcoming = "" if e.starts_at <= now else " ★ " + self.tr("upcoming")
            rows.append(
                f'<p style="margin:4px 0; font-size:16px;">'
                f'<span style="color:{muted};">{e.starts_at:%Y-%m-%d %H:%M}</span>&nbsp;&nbsp;'
                f"{self._link_html('event', e.id, e.title)}"
                f'<span style="color:{muted};">&nbsp;&nbsp;{escape(came)}{escape(upcoming)}</span></p>'
            )
        return rows

    def _event_html(self, event: Event) -> str:
        colors = self._colors()
        muted = colors.muted.name()
        parts = self._head(event.title, f"{event.starts_at:%Y-%m-%d (%a) %H:%M}")
        host = (
            self._link_html("circle", event.circle_id, event.circle_name)
            if event.circle_id is not None
            else escape(self.tr("the shop alone"))
        )
        label_co_hosted_by = escape(self.tr("Co-hosted by"))
        parts.append(
            f'<p style="font-size:15px; margin-top:8px;"><span style="color:{muted};">'
            f"{label_co_hosted_by}</span>&nbsp;&nbsp;{host}</p>"
        )
        announced = (
            self.tr("Announced in the newsletter")
            if event.announced_in_newsletter
            else self.tr("Not announced in the newsletter")
        )
        parts.append(f'<p style="font-size:14px; color:{muted};">✉ {escape(announced)}</p>')
        if event.description:
            text = escape(event.description).replace("\n", "<br>")
            parts.append(f'<p style="font-size:16px;">{text}</p>')
        parts.append(
            self._section(self.tr("Who came (%1)").replace("%1", str(len(event.attendees))))
        )
        if event.attendees:
            remove = self.tr("remove")
            parts += [
                f'<p style="margin:3px 0; font-size:17px;">'
                f"{self._link_html('customer', a.id, a.name)}"
                f'<span style="color:{muted}; font-size:13px;">&nbsp;&nbsp;{escape(a.reading)}'
                f"&nbsp;&nbsp;{self._link_html('unattend', a.id, remove)}</span></p>"
                for a in event.attendees
            ]
        else:
            label_nobody_recorded_yet = escape(self.tr("Nobody recorded yet."))
            parts.append(f'<p style="color:{muted};">{label_nobody_recorded_yet}</p>')
        parts.append("</body>")
        return "".join(parts)

    # -- links ----------------------------------------------------------------

    def _link(self, url: QUrl) -> None:
        if url.scheme() != SCHEME:
            return
        action, _, ident = url.path().partition("/")
        if ident.isdigit():
            self.handle_link(action, int(ident))

    def handle_link(self, action: str, number: int) -> bool:
        """Links from this page and from the card: open a circle, an event, a card; join."""
        if action == "customer":
            self._window.show_counter()
            self._window.open_customer(number)
        elif action == "circle":
            self._open(lambda: self.show_circle(number))
        elif action == "event":
            self._open(lambda: self.show_event(number))
        elif action == "join-circle":
            self.join_circle(number)
        elif action == "remove-member" and self.shown_circle is not None:
            self.remove_member(number)
        elif action == "unattend" and self.shown_event is not None:
            event_id = self.shown_event.id
            circles = self.shop.circles
            self._push(
                self.tr("Take someone off %1").replace("%1", self.shown_event.title),
                lambda: circles.attend(event_id, number, came=False),
                lambda: circles.attend(event_id, number, came=True),
            )
        else:
            return False
        return True

    def _open(self, show: object) -> None:
        if self._window.current_page is not self:
            self._window.show_page(self)
        if callable(show):
            show()

    # -- actions ------------------------------------------------------------------

    def _push(
        self, text: str, do: Callable[[], object], undo: Callable[[], object], *, done: bool = False
    ) -> bool:
        """Make a change through the window's undo stack; False if the shop refused it."""
        command = CircleChange(text, do, undo, self.reload, self._window._report, done=done)
        self._window.undo_stack.push(command)
        return not command.failed

    def new_circle(self) -> None:
        dialog = CircleDialog(self.shop, self._language(), parent=self)
        if dialog.exec() and dialog.result_circle is not None:
            self.shown_circle = dialog.result_circle
            self.reload()
            self._window.toast(self.tr("Circle added: %1").replace("%1", dialog.result_circle.name))

    def new_event(self, circle_id: int | None = None) -> None:
        now = self.shop.clock()
        # A sensible default: next week, at the top of the hour.
        start = (now + timedelta(days=7)).replace(minute=0, second=0, microsecond=0)
        dialog = EventDialog(
            self.shop, self._language(), circle_id=circle_id, starts_at=start, parent=self
        )
        if dialog.exec() and dialog.result_event is not None:
            self.shown_circle, self.shown_event = None, dialog.result_event
            self.reload()
            self._window.toast(self.tr("Event added: %1").replace("%1", dialog.result_event.title))

    def _new_workshop(self) -> None:
        if self.shown_circle is not None:
            self.new_event(self.shown_circle.id)

    def edit_shown(self) -> None:
        if self.shown_circle is not None:
            before = self.shown_circle
            dialog = CircleDialog(self.shop, self._language(), circle=before, parent=self)
            if dialog.exec() and dialog.result_circle is not None:
                after = dialog.result_circle
                self._push(
                    self.tr("Edit circle %1").replace("%1", after.name),
                    self._circle_as(after),
                    self._circle_as(before),
                    done=True,
                )
        elif self.shown_event is not None:
            old = self.shown_event
            edit = EventDialog(self.shop, self._language(), event=old, parent=self)
            if edit.exec() and edit.result_event is not None:
                new = edit.result_event
                self._push(
                    self.tr("Edit event %1").replace("%1", new.title),
                    self._event_as(new),
                    self._event_as(old),
                    done=True,
                )

    def _circle_as(self, circle: Circle) -> Callable[[], object]:
        """Writes the circle's fields as ``circle`` has them: an edit's redo and undo alike."""
        circles = self.shop.circles
        return lambda: circles.edit(
            circle.id,
            circle.name,
            description=circle.description,
            contact_id=circle.contact.id if circle.contact else None,
        )

    def _event_as(self, event: Event) -> Callable[[], object]:
        """Writes the event's fields as ``event`` has them: an edit's redo and undo alike."""
        circles = self.shop.circles
        return lambda: circles.edit_event(
            event.id,
            event.title,
            event.starts_at,
            circle_id=event.circle_id,
            description=event.description,
            announced_in_newsletter=event.announced_in_newsletter,
        )

    def add_member(self) -> None:
        circle = self.shown_circle
        if circle is None:
            return
        picker = PersonPickerDialog(
            self.shop,
            self.tr("Add a member to %1").replace("%1", circle.name),
            with_role=True,
            parent=self,
        )
        if picker.exec() and picker.picked is not None:
            ref, role = picker.picked, picker.role
            previous = next((m for m in circle.members if m.customer.id == ref.id), None)
            circles = self.shop.circles

            def take_back() -> object:
                if previous is None:
                    circles.remove_member(circle.id, ref.id)
                    return None
                return circles.add_member(circle.id, ref.id, role=previous.role)

            if self._push(
                self.tr("%1 joined %2").replace("%1", ref.name).replace("%2", circle.name),
                lambda: circles.add_member(circle.id, ref.id, role=role),
                take_back,
            ):
                self._window.toast(
                    self.tr("%1 joined %2").replace("%1", ref.name).replace("%2", circle.name)
                )

    def remove_member(self, customer_id: int) -> None:
        circle = self.shown_circle
        if circle is None:
            return
        member = next((m for m in circle.members if m.customer.id == customer_id), None)
        if member is None:
            return
        agreed = confirm(
            self,
            self.tr("Remove %1 from %2?")
            .replace("%1", member.customer.name)
            .replace("%2", circle.name),
        )
        if not agreed:
            return
        circles = self.shop.circles
        was_contact = circle.contact is not None and circle.contact.id == customer_id

        def put_back() -> object:
            circles.add_member(circle.id, customer_id, role=member.role)
            if was_contact:
                latest = circles.get(circle.id)
                circles.edit(
                    latest.id, latest.name, description=latest.description, contact_id=customer_id
                )
            return None

        self._push(
            self.tr("Remove %1 from %2")
            .replace("%1", member.customer.name)
            .replace("%2", circle.name),
            lambda: circles.remove_member(circle.id, customer_id),
            put_back,
        )

    def toggle_archive(self) -> None:
        circle = self.shown_circle
        if circle is None:
            return
        archive = circle.archived_at is None
        if archive:
            agreed = confirm(
                self,
                self.tr(
                    "Archive %1? It leaves the lists and the cards; its members and events "
                    "are kept, and it can be taken out of the archive."
                ).replace("%1", circle.name),
            )
            if not agreed:
                return
            self.archived_check.blockSignals(True)
            self.archived_check.setChecked(True)  # keep it in view, marked archived
            self.archived_check.blockSignals(False)
        circles = self.shop.circles
        self._push(
            (self.tr("Archive %1") if archive else self.tr("Take %1 out of the archive")).replace(
                "%1", circle.name
            ),
            lambda: circles.archive(circle.id, archived=archive),
            lambda: circles.archive(circle.id, archived=not archive),
        )

    def record_attendance(self) -> None:
        event = self.shown_event
        if event is None:
            return
        dialog = AttendanceDialog(self.shop, self._language(), event, parent=self)
        dialog.exec()
        self.reload()

    def join_circle(self, customer_id: int) -> None:
        """From a card: put this customer in a circle, with a role."""
        dialog = JoinCircleDialog(self.shop, self._language(), customer_id, parent=self._window)
        if dialog.exec() and dialog.joined is not None:
            self._window._changed(customer_id)  # the card shows the new circle
            self._window.toast(self.tr("Joined %1").replace("%1", dialog.joined.name))
