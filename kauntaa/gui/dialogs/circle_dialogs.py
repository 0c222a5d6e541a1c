"""Dialogs for circles and events: pick a person by name, edit a circle, edit an event,
record who came (a new face added on the spot with a name and a reading).

Every dialog stays open on a bad input and shows the service's message, so
nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kauntaa.domain.circles import Circle, Event
from kauntaa.domain.customers import CustomerFields, CustomerRef
from kauntaa.errors import KauntaaError, ProbableDuplicateError
from kauntaa.gui.error_label import ErrorLabel
from kauntaa.gui.formatting import accept_kauntaa_days

if TYPE_CHECKING:
    from kauntaa.services.shop import Shop

PICK_LIMIT = 30


class PersonSearch(QWidget):
    """A search box and its results: the same kana, kanji and romaji search as the counter.

    Enter (or a double click) picks the highlighted person; arrows move.
    """

    def __init__(self, shop: Shop, on_pick: Callable[[CustomerRef], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._shop = shop
        self._on_pick = on_pick
        self.edit = QLineEdit(self)
        self.edit.setObjectName("person_search_edit")
        self.edit.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("person_results_list")
        self.results.setMinimumHeight(180)
        self.refs: list[CustomerRef] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.results)
        self.edit.textChanged.connect(self.search)
        self.edit.returnPressed.connect(self.pick_current)
        self.edit.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self.pick_current())
        self.edit.setPlaceholderText(self.tr("Name, reading or romaji"))

    def search(self, text: str) -> None:
        self.results.clear()
        self.refs = []
        if not text.strip():
            return
        for hit in self._shop.customers.search(text, limit=PICK_LIMIT):
            self.refs.append(CustomerRef(hit.id, hit.name, hit.reading))
            self.results.addItem(f"{hit.name}（{hit.reading}）" if hit.reading else hit.name)
        if self.results.count():
            self.results.setCurrentRow(0)

    def pick_current(self) -> None:
        row = self.results.currentRow()
        if 0 <= row < len(self.refs):
            self._on_pick(self.refs[row])

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802 - Qt's API
        if (
            watched is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == event.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(self.results.currentRow() + step, self.results.count() - 1))
            self.results.setCurrentRow(row)
            return True
        return False


class PersonPickerDialog(QDialog):
    """Choose one person by name, optionally with a role (for a circle's member or contact)."""

    def __init__(
        self,
        shop: Shop,
        title: str,
        *,
        with_role: bool = False,
        role: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.picked: CustomerRef | None = None
        self.search = PersonSearch(shop, self._pick, self)
        self.role_edit = QLineEdit(role, self)
        self.role_edit.setObjectName("role_edit")
        self.role_edit.setPlaceholderText(self.tr("e.g. treasurer, teacher (optional)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        if with_role:
            form = QFormLayout()
            form.addRow(self.tr("Role"), self.role_edit)
            layout.addLayout(form)
        else:
            self.role_edit.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.search.pick_current)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(420, 420)
        self.search.edit.setFocus()

    @property
    def role(self) -> str:
        return self.role_edit.text()

    def _pick(self, ref: CustomerRef) -> None:
        self.picked = ref
        self.accept()


class CircleDialog(QDialog):
    """New circle or edit: name, description, contact person."""

    def __init__(
        self,
        shop: Shop,
        language: str,
        *,
        circle: Circle | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._shop = shop
        self._language = language
        self._circle = circle
        self.result_circle: Circle | None = None
        self.contact: CustomerRef | None = circle.contact if circle else None
        self.setWindowTitle(self.tr("Edit circle") if circle else self.tr("New circle"))
        self.name_edit = QLineEdit(circle.name if circle else "", self)
        self.name_edit.setObjectName("circle_name_edit")
        self.description_edit = QPlainTextEdit(circle.description if circle else "", self)
        self.description_edit.setObjectName("description_edit")
        self.description_edit.setTabChangesFocus(True)
        self.contact_label = QLabel(self)
        self.choose_contact_button = QPushButton(self.tr("Choose…"), self)
        self.clear_contact_button = QPushButton(self.tr("None"), self)
        self.error_label = ErrorLabel(self)
        contact_row = QHBoxLayout()
        contact_row.addWidget(self.contact_label, 1)
        contact_row.addWidget(self.choose_contact_button)
        contact_row.addWidget(self.clear_contact_button)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        form.addRow(self.tr("Contact person"), contact_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.choose_contact_button.clicked.connect(self._choose_contact)
        self.clear_contact_button.clicked.connect(lambda: self.set_contact(None))
        self.set_contact(self.contact)
        self.resize(480, 360)

    def set_contact(self, ref: CustomerRef | None) -> None:
        self.contact = ref
        self.contact_label.setText(ref.name if ref else self.tr("(none)"))

    def _choose_contact(self) -> None:
        picker = PersonPickerDialog(self._shop, self.tr("Contact person"), parent=self)
        if picker.exec() and picker.picked is not None:
            self.set_contact(picker.picked)

    def save(self) -> None:
        contact_id = self.contact.id if self.contact else None
        try:
            if self._circle is None:
                self.result_circle = self._shop.circles.create(
                    self.name_edit.text(),
                    description=self.description_edit.toPlainText(),
                    contact_id=contact_id,
                )
            else:
                self.result_circle = self._shop.circles.edit(
                    self._circle.id,
                    self.name_edit.text(),
                    description=self.description_edit.toPlainText(),
                    contact_id=contact_id,
                )
        except KauntaaError as exc:
            self.error_label.show_error(exc.text(self._language))
            return
        self.accept()


class EventDialog(QDialog):
    """New event or edit: title, date and time, co-hosting circle, description, newsletter flag."""

    def __init__(
        self,
        shop: Shop,
        language: str,
        *,
        event: Event | None = None,
        circle_id: int | None = None,
        starts_at: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._shop = shop
        self._language = language
        self._event = event
        self.result_event: Event | None = None
        self.setWindowTitle(self.tr("Edit event") if event else self.tr("New event"))
        self.title_edit = QLineEdit(event.title if event else "", self)
        self.title_edit.setObjectName("event_title_edit")
        when = event.starts_at if event else starts_at or datetime.now()
        self.when_edit = QDateTimeEdit(
            QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute)), self
        )
        self.when_edit.setObjectName("when_edit")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        accept_kauntaa_days(self.when_edit)
        self.circle_combo = QComboBox(self)
        self.circle_combo.setObjectName("circle_combo")
        self.circle_combo.addItem(self.tr("(the shop alone)"), None)
        chosen = event.circle_id if event else circle_id
        for circle in shop.circles.all(include_archived=bool(chosen)):
            if circle.archived_at is None or circle.id == chosen:
                self.circle_combo.addItem(circle.name, circle.id)
        index = self.circle_combo.findData(chosen)
        self.circle_combo.setCurrentIndex(max(index, 0))
        self.description_edit = QPlainTextEdit(event.description if event else "", self)
        self.description_edit.setTabChangesFocus(True)
        self.announced_check = QCheckBox(self.tr("Announced in the newsletter"), self)
        self.announced_check.setObjectName("announced_check")
        self.announced_check.setChecked(event.announced_in_newsletter if event else False)
        self.error_label = ErrorLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Date and time"), self.when_edit)
        form.addRow(self.tr("Co-hosted by"), self.circle_combo)
        form.addRow(self.tr("Description"), self.description_edit)
        form.addRow("", self.announced_check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(500, 380)

    def starts_at(self) -> datetime:
        value = self.when_edit.dateTime()
        day, time = value.date(), value.time()
        return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())

    def save(self) -> None:
        circle = self.circle_combo.currentData()
        circle_id = int(circle) if circle is not None else None
        try:
            if self._event is None:
                self.result_event = self._shop.circles.add_event(
                    self.title_edit.text(),
                    self.starts_at(),
                    circle_id=circle_id,
                    description=self.description_edit.toPlainText(),
                    announced_in_newsletter=self.announced_check.isChecked(),
                )
            else:
                self.result_event = self._shop.circles.edit_event(
                    self._event.id,
                    self.title_edit.text(),
                    self.starts_at(),
                    circle_id=circle_id,
                    description=self.description_edit.toPlainText(),
                    announced_in_newsletter=self.announced_check.isChecked(),
                )
        except KauntaaError as exc:
            self.error_label.show_error(exc.text(self._language))
            return
        self.accept()


class AttendanceDialog(QDialog):
    """Who came: pick each person by name (Enter records them and clears the box),
    or add a new face with a name and a reading."""

    def __init__(
        self, shop: Shop, language: str, event: Event, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._shop = shop
        self._language = language
        self.shown_event = event
        self.recorded: list[CustomerRef] = []
        self.setWindowTitle(self.tr("Who came: %1").replace("%1", event.title))
        self.search = PersonSearch(shop, self.record, self)
        self.came_label = QLabel(self)
        self.came_label.setObjectName("came_label")
        self.came_label.setWordWrap(True)
        self.new_box = QGroupBox(self.tr("A new face"), self)
        self.name_edit = QLineEdit(self.new_box)
        self.name_edit.setObjectName("new_name_edit")
        self.reading_edit = QLineEdit(self.new_box)
        self.reading_edit.setObjectName("new_reading_edit")
        self.reading_edit.setPlaceholderText(self.tr("furigana, e.g. たなか みさき"))
        self.add_new_button = QPushButton(self.tr("Add and record"), self.new_box)
        self.add_new_button.setObjectName("add_new_button")
        new_form = QFormLayout(self.new_box)
        new_form.addRow(self.tr("Name"), self.name_edit)
        new_form.addRow(self.tr("Reading"), self.reading_edit)
        new_form.addRow("", self.add_new_button)
        self.error_label = ErrorLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Type a name and press Enter for each person who came."), self)
        )
        layout.addWidget(self.search)
        layout.addWidget(self.came_label)
        layout.addWidget(self.new_box)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.add_new_button.clicked.connect(self.add_new_face)
        self.reading_edit.returnPressed.connect(self.add_new_face)
        self._allow_duplicate = False
        self._show_came()
        self.resize(460, 600)
        self.search.edit.setFocus()

    def record(self, ref: CustomerRef) -> None:
        try:
            self.shown_event = self._shop.circles.attend(self.shown_event.id, ref.id)
        except KauntaaError as exc:
            self.error_label.show_error(exc.text(self._language))
            return
        self.error_label.show_error("")
        self.recorded.append(ref)
        self._show_came()
        self.search.edit.clear()
        self.search.edit.setFocus()

    def add_new_face(self) -> None:
        """A new card with just a name and reading, recorded as having come."""
        fields = CustomerFields(name=self.name_edit.text(), reading=self.reading_edit.text())
        try:
            customer = self._shop.customers.add(fields, allow_duplicate=self._allow_duplicate)
        except ProbableDuplicateError as exc:
            # Same name as someone on file: say so; a second press adds them anyway.
            self._allow_duplicate = True
            self.error_label.show_error(exc.text(self._language))
            return
        except KauntaaError as exc:
            self.error_label.show_error(exc.text(self._language))
            return
        self._allow_duplicate = False
        self.name_edit.clear()
        self.reading_edit.clear()
        self.record(CustomerRef(customer.id, customer.name, customer.reading))

    def _show_came(self) -> None:
        names = "、".join(a.name for a in self.shown_event.attendees)
        self.came_label.setText(
            self.tr("Came (%1): %2")
            .replace("%1", str(len(self.shown_event.attendees)))
            .replace("%2", names)
            if names
            else self.tr("Nobody recorded yet.")
        )


class JoinCircleDialog(QDialog):
    """From a card: choose one of the circles and a role."""

    def __init__(
        self, shop: Shop, language: str, customer_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._shop = shop
        self._language = language
        self._customer_id = customer_id
        self.joined: Circle | None = None
        self.setWindowTitle(self.tr("Add to a circle"))
        self.circle_combo = QComboBox(self)
        self.circle_combo.setObjectName("join_circle_combo")
        for circle in shop.circles.all():
            if all(m.customer.id != customer_id for m in circle.members):
                self.circle_combo.addItem(circle.name, circle.id)
        self.role_edit = QLineEdit(self)
        self.role_edit.setObjectName("role_edit")
        self.role_edit.setPlaceholderText(self.tr("e.g. treasurer, teacher (optional)"))
        self.error_label = ErrorLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Circle"), self.circle_combo)
        form.addRow(self.tr("Role"), self.role_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self.circle_combo.count() == 0:
            layout.addWidget(
                QLabel(self.tr("No circle to join: create one on the Circles and events page."))
            )
            self.circle_combo.setEnabled(False)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def save(self) -> None:
        circle_id = self.circle_combo.currentData()
        if circle_id is None:
            self.reject()
            return
        try:
            self.joined = self._shop.circles.add_member(
                int(circle_id), self._customer_id, role=self.role_edit.text()
            )
        except KauntaaError as exc:
            self.error_label.show_error(exc.text(self._language))
            return
        self.accept()
