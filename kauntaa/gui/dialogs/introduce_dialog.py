"""Recording an introduction, or planning one, and recording what came of it.

Both people (and a regular who introduced them) are picked through the same
kana, kanji and romaji search as the counter, shown with the same result cards.
Errors from the ledger appear in the dialog, which stays open, so nothing typed
is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from kauntaa.domain.customers import CustomerRef
from kauntaa.domain.introductions import Introduction, OutcomeKind
from kauntaa.domain.search import SearchHit
from kauntaa.errors import KauntaaError, UserError
from kauntaa.gui.card_html import outcome_label
from kauntaa.gui.delegates import CARD_HEIGHT, CustomerCardDelegate
from kauntaa.gui.error_label import ErrorLabel
from kauntaa.gui.formatting import accept_kauntaa_days
from kauntaa.gui.models.customer_list import CustomerListModel, IdRole
from kauntaa.gui.theme import ThemeManager

#: Results shown under a picker's search box.
PICKER_RESULTS = 8
PICKER_ROWS_VISIBLE = 3
#: A follow-up is proposed this many days after the outcome.
FOLLOW_UP_DAYS = 14

Search = Callable[[str], list[SearchHit]]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class PersonPicker(QWidget):
    """A search box over the customers, with result cards; arrows move, a click picks."""

    changed = Signal()

    def __init__(
        self,
        search: Search,
        theme: ThemeManager,
        today: Callable[[], date],
        photo: Callable[[int], QPixmap | None],
        placeholder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._chosen: CustomerRef | None = None
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(placeholder)
        self.search_edit.setClearButtonEnabled(True)
        self.model = CustomerListModel()
        self.results_view = QListView(self)
        self.results_view.setModel(self.model)
        self.results_view.setItemDelegate(
            CustomerCardDelegate(theme, today, photo, self.results_view)
        )
        self.results_view.setFixedHeight(CARD_HEIGHT * PICKER_ROWS_VISIBLE + 6)
        self.results_view.hide()
        self.chosen_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results_view)
        layout.addWidget(self.chosen_label)
        self.search_edit.textEdited.connect(self._typed)
        self.search_edit.installEventFilter(self)
        self.results_view.selectionModel().currentChanged.connect(self._current_changed)
        self.results_view.clicked.connect(lambda _i: self.results_view.hide())
        self._show_chosen()

    @property
    def person(self) -> CustomerRef | None:
        return self._chosen

    def set_person(self, person: CustomerRef | None) -> None:
        self._chosen = person
        self.search_edit.setText(person.name if person else "")
        self.model.set_hits([])
        self.results_view.hide()
        self._show_chosen()
        self.changed.emit()

    def _typed(self, text: str) -> None:
        hits = self._search(text) if text.strip() else []
        self.model.set_hits(hits[:PICKER_RESULTS])
        self.results_view.setVisible(bool(hits))
        if hits:
            self.results_view.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        else:
            self._chosen = None
            self._show_chosen()
            self.changed.emit()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        hit = self.model.hit(current.row())
        self._chosen = CustomerRef(hit.id, hit.name, hit.reading, hit.call_name)
        self._show_chosen()
        self.changed.emit()

    def _show_chosen(self) -> None:
        self.chosen_label.setText(
            "✓ "
            + self._chosen.name
            + (f"（{self._chosen.reading}）" if self._chosen.reading else "")
            if self._chosen
            else self.tr("Nobody chosen yet: type two or three letters of a name.")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if (
            watched is self.search_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            rows = self.model.rowCount()
            if rows:
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = max(0, min(rows - 1, self.results_view.currentIndex().row() + step))
                self.results_view.setCurrentIndex(self.model.index(row, 0))
            return True
        return False

    def chosen_id(self) -> int | None:
        index = self.results_view.currentIndex()
        if self.results_view.isVisible() and index.isValid():
            return int(index.data(IdRole))
        return self._chosen.id if self._chosen else None


class IntroduceDialog(QDialog):
    """Who met whom, through whom, when and why; or a plan to introduce them next time."""

    def __init__(
        self,
        *,
        introduce: Callable[..., Introduction],
        search: Search,
        theme: ThemeManager,
        today: date,
        photo: Callable[[int], QPixmap | None],
        language: str,
        first: CustomerRef | None = None,
        second: CustomerRef | None = None,
        planned: bool = False,
        context: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("introduce_dialog")
        self.setWindowTitle(self.tr("Introduce"))
        self.setMinimumWidth(560)
        self._introduce = introduce
        self._language = language
        self.result_introduction: Introduction | None = None

        def picker(placeholder: str) -> PersonPicker:
            return PersonPicker(search, theme, lambda: today, photo, placeholder, self)

        self.first_picker = picker(self.tr("Search: kana, kanji or romaji"))
        self.second_picker = picker(self.tr("Search: kana, kanji or romaji"))
        self.by_regular_check = QCheckBox(self.tr("A regular introduced them (not the owner)"))
        self.introducer_picker = picker(self.tr("Who introduced them?"))
        self.introducer_picker.setVisible(False)
        self.date_edit = QDateEdit(_qdate(today), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        accept_kauntaa_days(self.date_edit)
        self.context_edit = QLineEdit(context, self)
        self.context_edit.setPlaceholderText(self.tr("Why: “both into film cameras”"))
        self.planned_check = QCheckBox(self.tr("Planned: next time one of them comes in"))
        self.planned_check.setChecked(planned)
        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )

        form = QFormLayout()
        form.addRow(self.tr("First person"), self.first_picker)
        form.addRow(self.tr("Second person"), self.second_picker)
        form.addRow(self.tr("Introduced by"), self.by_regular_check)
        form.addRow("", self.introducer_picker)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Context"), self.context_edit)
        form.addRow("", self.planned_check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.by_regular_check.toggled.connect(self._by_regular_toggled)
        self.planned_check.toggled.connect(self._planned_toggled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.first_picker.set_person(first)
        self.second_picker.set_person(second)
        self._planned_toggled(planned)
        (self.second_picker if first and not second else self.first_picker).search_edit.setFocus()

    def _by_regular_toggled(self, by_regular: bool) -> None:
        self.introducer_picker.setVisible(by_regular)
        if by_regular:
            self.introducer_picker.search_edit.setFocus()

    def _planned_toggled(self, planned: bool) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Plan it") if planned else self.tr("Record introduction"))

    def accept(self) -> None:
        by = self.introducer_picker.chosen_id() if self.by_regular_check.isChecked() else None
        first = self.first_picker.chosen_id()
        second = self.second_picker.chosen_id()
        if first is None or second is None:
            self.error_label.show_error(self.tr("Choose both people first."))
            return
        if self.by_regular_check.isChecked() and by is None:
            self.error_label.show_error(self.tr("Choose the regular who introduced them."))
            return
        try:
            self.result_introduction = self._introduce(
                first,
                second,
                by=by,
                context=self.context_edit.text(),
                on=_pydate(self.date_edit.date()),
                planned=self.planned_check.isChecked(),
            )
        except KauntaaError as exc:
            self.error_label.show_error(exc.text(self._language))
            if isinstance(exc, UserError) and exc.field == "on":
                self.date_edit.setFocus()
            return
        super().accept()


class OutcomeDialog(QDialog):
    """What came of an introduction, when, and an optional day to follow it up."""

    def __init__(
        self,
        introduction: Introduction,
        *,
        record: Callable[..., Introduction],
        today: date,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outcome_dialog")
        self.setWindowTitle(self.tr("What came of it"))
        self.setMinimumWidth(440)
        self._intro = introduction
        self._record = record
        self._language = language
        self.result_introduction: Introduction | None = None

        people = QLabel(f"<b>{introduction.person_a.name} ↔ {introduction.person_b.name}</b>", self)
        self.kind_combo = QComboBox(self)
        for kind in (
            OutcomeKind.WORK,
            OutcomeKind.FRIENDSHIP,
            OutcomeKind.COLLABORATION,
            OutcomeKind.NONE_YET,
            OutcomeKind.OTHER,
        ):
            self.kind_combo.addItem(outcome_label(kind), kind)
        current = self.kind_combo.findData(introduction.outcome_kind)
        if introduction.outcome_kind is not OutcomeKind.NONE_YET and current >= 0:
            self.kind_combo.setCurrentIndex(current)
        self.text_edit = QLineEdit(introduction.outcome_text, self)
        self.text_edit.setPlaceholderText(self.tr("What happened, in a few words"))
        self.date_edit = QDateEdit(_qdate(today), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        accept_kauntaa_days(self.date_edit)
        self.follow_up_check = QCheckBox(self.tr("Follow up on"), self)
        self.follow_up_edit = QDateEdit(_qdate(today + timedelta(days=FOLLOW_UP_DAYS)), self)
        self.follow_up_edit.setCalendarPopup(True)
        self.follow_up_edit.setDisplayFormat("yyyy-MM-dd")
        accept_kauntaa_days(self.follow_up_edit)
        self.follow_up_edit.setEnabled(False)
        self.follow_up_check.toggled.connect(self.follow_up_edit.setEnabled)
        self.error_label = ErrorLabel(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        follow = QHBoxLayout()
        follow.addWidget(self.follow_up_check)
        follow.addWidget(self.follow_up_edit, 1)
        form = QFormLayout()
        form.addRow(people)
        form.addRow(self.tr("Outcome"), self.kind_combo)
        form.addRow(self.tr("Details"), self.text_edit)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow("", follow)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.text_edit.setFocus()

    def accept(self) -> None:
        kind = self.kind_combo.currentData()
        try:
            self.result_introduction = self._record(
                self._intro.id,
                OutcomeKind(kind),
                self.text_edit.text(),
                on=_pydate(self.date_edit.date()),
                follow_up_on=(
                    _pydate(self.follow_up_edit.date())
                    if self.follow_up_check.isChecked()
                    else None
                ),
            )
        except KauntaaError as exc:
            self.error_label.show_error(exc.text(self._language))
            return
        super().accept()
