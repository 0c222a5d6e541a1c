"""The counter window: find a regular in two keystrokes, see their card, record a visit or a note.

Built on ``ui/main_window.ui`` by composition. Everything the owner does goes
through the services, as undoable commands where it changes data.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QScrollArea,
    QScroller,
    QTextEdit,
    QWidget,
)

from kauntaa.domain.card import Card
from kauntaa.domain.customers import Customer, CustomerFields
from kauntaa.errors import KauntaaError
from kauntaa.gui import undo
from kauntaa.gui._generated.ui_main_window import Ui_MainWindow
from kauntaa.gui.avatars import photo_pixmap
from kauntaa.gui.card_html import SCHEME, render
from kauntaa.gui.check_repair import CheckRepair
from kauntaa.gui.confirm import confirm
from kauntaa.gui.delegates import ChipDelegate, CustomerCardDelegate
from kauntaa.gui.exchange_actions import ExchangeActions
from kauntaa.gui.i18n import Translations
from kauntaa.gui.ledger import LedgerActions, WindowHooks
from kauntaa.gui.models.customer_list import CustomerListModel, IdRole
from kauntaa.gui.models.in_shop import InShopModel
from kauntaa.gui.privacy import PrivacyControls, PrivacyHooks
from kauntaa.gui.safekeeping import Safekeeping
from kauntaa.gui.theme import ThemeManager
from kauntaa.gui.toast import Toast
from kauntaa.gui.workers import Job, Progress
from kauntaa.paths import Paths
from kauntaa.settings import Settings, save_settings

if TYPE_CHECKING:
    # Types only: the window is shown before SQLAlchemy and the database are loaded,
    # and the further pages are built when first shown.
    from kauntaa.gui.circles_page import CirclesPage
    from kauntaa.gui.connection_map import ConnectionMapPage
    from kauntaa.gui.day_page import DayPage
    from kauntaa.services.activity import VisitRecorded
    from kauntaa.services.shop import Shop

log = logging.getLogger(__name__)

SEARCH_LIMIT = 30
RECENT_LIMIT = 30
IN_SHOP_REFRESH_MS = 60_000
DEMO_CUSTOMERS = 300


class MainWindow(QMainWindow):
    def __init__(
        self,
        paths: Paths,
        settings: Settings,
        translations: Translations,
        theme: ThemeManager,
    ) -> None:
        """The window without data: it can be shown at once; ``attach`` brings the shop."""
        super().__init__()
        self._shop: Shop | None = None
        self._closed = False
        self._current_id: int | None = None
        #: When the window was first on screen (perf_counter), for start-up figures.
        self.shown_at = 0.0
        #: The same moment on the wall clock (time.time_ns), comparable across processes.
        self.shown_at_ns = 0
        self._paths = paths
        self._settings = settings
        self._translations = translations
        self._theme = theme
        self._card: Card | None = None
        self._photos: dict[int, QPixmap | None] = {}
        self._job: Job | None = None
        self._queued: list[
            tuple[str, Callable[[Progress], object], Callable[[object], None], bool]
        ] = []
        self._pages: dict[str, QWidget] = {}
        self._page_holders: dict[QWidget, QScrollArea] = {}
        self._ui = Ui_MainWindow()
        self._ui.setupUi(self)
        ui = self._ui
        self.setWindowTitle("Kauntaa — カウンター")

        self.results_model = CustomerListModel()
        ui.results_view.setModel(self.results_model)
        ui.results_view.setItemDelegate(
            CustomerCardDelegate(theme, self._today, self._photo, ui.results_view)
        )
        ui.results_view.setMouseTracking(True)
        self.in_shop_model = InShopModel()
        ui.in_shop_view.setModel(self.in_shop_model)
        ui.in_shop_view.setItemDelegate(ChipDelegate(theme, ui.in_shop_view))
        ui.card_browser.anchorClicked.connect(self._link)
        # Touch screens at the counter: drag to scroll the lists and the card.
        for view in (ui.results_view, ui.in_shop_view, ui.card_browser):
            QScroller.grabGesture(view.viewport(), QScroller.ScrollerGestureType.TouchGesture)

        self.undo_stack = QUndoStack(self)
        self._setup_actions()
        self._connect()
        self._setup_pages()
        # File ▸ Import customers… / Export customers…
        self.exchange = ExchangeActions(self, ui.menu_file, lambda: self._translations.language)
        self.safekeeping = Safekeeping(self)  # restore, automatic backups, damage
        self.check_repair = CheckRepair(self)  # Help ▸ Check and repair…
        self.privacy = PrivacyControls(
            self,
            PrivacyHooks(
                shop=lambda: self.shop,
                ready=lambda: self.ready,
                settings=lambda: self._settings,
                update_settings=self.update_settings,
                current_customer_id=self.current_customer_id,
                language=lambda: self._translations.language,
                refresh=self._theme_changed,
                report=self._report,
                toast=self.toast,
            ),
            ui.menu_customer,
        )
        self.privacy.privacy_changed.connect(self.exchange.privacy_changed)
        self.ledger = LedgerActions(
            self,
            WindowHooks(
                lambda: self.shop,
                lambda: self.ready,
                self.current_customer_id,
                self._changed,
                self._report,
                self.toast,
                self._photo,
                lambda: self._translations.language,
                self._run_job,
                self.show_card,
            ),
            theme,
            customer_menu=ui.menu_customer,
            file_menu=ui.menu_file,
        )
        self._toast = Toast(self)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh_in_shop)
        self._timer.start(IN_SHOP_REFRESH_MS)
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        theme.changed.connect(self._theme_changed)

        self._card_timer = QTimer(self)
        self._card_timer.setSingleShot(True)
        self._card_timer.timeout.connect(self._flush_card)
        self.remember_state = True
        #: A scripted run (--self-test, --screenshot) writes nothing, not even the exit backup.
        self.scripted = False
        self._restore_state()
        self._ui.page_stack.setCurrentWidget(self._ui.counter_page)
        self._ui.in_shop_view.hide()
        self._set_card_actions(enabled=False)
        self._ui.card_browser.setHtml(self._message_html(self.tr("Opening the shop…")))
        self._ui.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def shop(self) -> Shop:
        if self._shop is None:
            raise RuntimeError("the shop is not open yet")
        return self._shop

    @property
    def ready(self) -> bool:
        return self._shop is not None and not self._closed

    def attach(self, shop: Shop) -> None:
        """Bring in the open shop; whatever was typed meanwhile is searched now.

        Also after a restore: the undo history and cached photos belong to the old data.
        """
        self._shop = shop
        self.undo_stack.clear()
        self._photos.clear()
        self.safekeeping.show_last_backup()
        if shop.customers.count():
            self.show_counter()
        else:
            self.show_welcome()

    def detach(self) -> Shop:
        """Take the shop away while its file is repaired; ``ready`` is False until ``attach``."""
        shop = self.shop
        self._shop = None
        return shop

    # -- set-up -------------------------------------------------------------

    def _setup_actions(self) -> None:
        ui = self._ui
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        first = ui.menu_edit.actions()[0]
        ui.menu_edit.insertAction(first, self.undo_action)
        ui.menu_edit.insertAction(first, self.redo_action)
        ui.menu_edit.insertSeparator(first)

        shortcuts: list[tuple[QAction, QKeySequence | QKeySequence.StandardKey | str]] = [
            (ui.action_new_customer, QKeySequence.StandardKey.New),
            (ui.action_focus_search, QKeySequence.StandardKey.Find),
            (ui.action_record_visit, "F2"),
            (ui.action_edit_customer, "Ctrl+E"),
            (ui.action_archive_customer, "Ctrl+Shift+A"),
            (ui.action_delete_customer, "Ctrl+Shift+Delete"),
            # Spelled out: on Linux desktops these standard keys have no binding.
            (ui.action_settings, "Ctrl+,"),
            (ui.action_quit, "Ctrl+Q"),
        ]
        for action, key in shortcuts:
            action.setShortcut(QKeySequence(key))
        self._save_note_shortcut = QShortcut(QKeySequence("Ctrl+Return"), ui.note_edit)
        self._save_note_shortcut.activated.connect(self.save_note)
        QShortcut(QKeySequence("Ctrl+Enter"), ui.note_edit, self.save_note)

    def _connect(self) -> None:
        ui = self._ui
        ui.search_edit.textChanged.connect(self.run_search)
        ui.search_edit.returnPressed.connect(self.record_visit)
        ui.search_edit.installEventFilter(self)
        selection = ui.results_view.selectionModel()
        selection.currentChanged.connect(self._current_changed)
        ui.results_view.activated.connect(lambda _i: self.record_visit())
        ui.in_shop_view.clicked.connect(self._in_shop_clicked)
        ui.visit_button.clicked.connect(self.record_visit)
        ui.order_edit.returnPressed.connect(self.record_visit)
        ui.save_note_button.clicked.connect(self.save_note)
        ui.load_demo_button.clicked.connect(self.load_demo)
        ui.start_empty_button.clicked.connect(self.show_counter)
        ui.action_new_customer.triggered.connect(self.new_customer)
        ui.action_edit_customer.triggered.connect(self.edit_customer)
        ui.action_archive_customer.triggered.connect(self.archive_customer)
        ui.action_delete_customer.triggered.connect(self.delete_customer)
        ui.action_record_visit.triggered.connect(self.record_visit)
        ui.action_focus_search.triggered.connect(self.focus_search)
        ui.action_backup.triggered.connect(self.backup_now)
        ui.action_settings.triggered.connect(self.open_settings)
        ui.action_quit.triggered.connect(self.close)
        ui.action_about.triggered.connect(self.about)

    # -- pages --------------------------------------------------------------

    def _setup_pages(self) -> None:
        """The View menu: the counter first, then every further page (day, map, circles…).

        Each further page is built the first time it is needed, so start-up pays
        only for the counter. When a page is shown, its ``page_shown()`` is called
        if it has one, so it can load from the shop then.
        """
        self.menu_view = QMenu(self.tr("&View"), self)
        self.menuBar().insertMenu(self._ui.menu_help.menuAction(), self.menu_view)
        self.action_counter_page = self._page_action(self.tr("&Counter"), "Ctrl+1")
        self.action_counter_page.triggered.connect(self.show_counter)
        self.action_day_page = self._page_action(self.tr("The &day"), "Ctrl+2")
        self.action_day_page.triggered.connect(lambda: self.show_page(self.day_page))
        self.action_map_page = self._page_action(self.tr("Connection &map"), "Ctrl+3")
        self.action_map_page.triggered.connect(lambda: self.show_page(self.map_page))
        self.action_circles_page = self._page_action(self.tr("C&ircles and events"), "Ctrl+4")
        self.action_circles_page.triggered.connect(lambda: self.show_page(self.circles_page))

    def _page_action(self, title: str, key: str) -> QAction:
        action = QAction(title, self)
        action.setShortcut(QKeySequence(key))
        self.menu_view.addAction(action)
        return action

    def _page(self, name: str, make: Callable[[], QWidget]) -> QWidget:
        """The page called ``name``, built by ``make`` and put in the stack on first use.

        It sits in a scroll area, so a wide page never forces its minimum size on
        the window.
        """
        page = self._pages.get(name)
        if page is None:
            page = self._pages[name] = make()
            holder = QScrollArea(self._ui.page_stack)
            holder.setObjectName("page_scroll_area")
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setWidgetResizable(True)
            holder.setWidget(page)
            # The window's own colour shows through, in either theme.
            holder.viewport().setAutoFillBackground(False)
            page.setAutoFillBackground(False)
            self._ui.page_stack.addWidget(holder)
            self._page_holders[page] = holder
        return page

    @property
    def day_page(self) -> DayPage:
        from kauntaa.gui.day_page import DayPage

        return cast(DayPage, self._page("day", lambda: DayPage(self)))

    @property
    def map_page(self) -> ConnectionMapPage:
        from kauntaa.gui.connection_map import ConnectionMapPage

        return cast(ConnectionMapPage, self._page("map", lambda: ConnectionMapPage(self)))

    @property
    def circles_page(self) -> CirclesPage:
        from kauntaa.gui.circles_page import CirclesPage

        return cast(CirclesPage, self._page("circles", lambda: CirclesPage(self)))

    def show_page(self, page: QWidget) -> None:
        """Show a further page once the shop is open; it loads what it shows in ``page_shown``."""
        if not self.ready:
            return
        self._ui.page_stack.setCurrentWidget(self._page_holders.get(page, page))
        shown = getattr(page, "page_shown", None)
        if callable(shown):
            shown()

    @property
    def current_page(self) -> QWidget | None:
        shown = self._ui.page_stack.currentWidget()
        if isinstance(shown, QScrollArea) and shown in self._page_holders.values():
            return shown.widget()
        return shown

    @property
    def on_counter(self) -> bool:
        return self.current_page is self._ui.counter_page

    def show_welcome(self) -> None:
        self._ui.page_stack.setCurrentWidget(self._ui.welcome_page)
        self._ui.load_demo_button.setFocus()

    def show_counter(self) -> None:
        self._ui.page_stack.setCurrentWidget(self._ui.counter_page)
        self.run_search(self._ui.search_edit.text())
        self.refresh_in_shop()
        self.focus_search()

    @property
    def search_field(self) -> QLineEdit:
        return self._ui.search_edit

    def search_for(self, text: str) -> None:
        self._ui.search_edit.setText(text)

    def card_text(self) -> str:
        """The card as plain text: what a screen reader (or a smoke test) reads."""
        return self._ui.card_browser.toPlainText()

    @property
    def on_welcome(self) -> bool:
        return self._ui.page_stack.currentWidget() is self._ui.welcome_page

    # -- search and selection ----------------------------------------------

    def focus_search(self) -> None:
        self._ui.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._ui.search_edit.selectAll()

    def run_search(self, text: str) -> None:
        """Results on every keystroke; the first one is selected and its card shown."""
        if not self.ready:
            return
        keep = self.current_customer_id() if not text.strip() else None
        hits = (
            self.shop.customers.search(text, limit=SEARCH_LIMIT)
            if text.strip()
            else self.shop.customers.recent(limit=RECENT_LIMIT)
        )
        self.results_model.set_hits(hits)
        count = len(hits)
        if text.strip():
            self._ui.results_count_label.setText(self.tr("%n match(es)", "", count))
        else:
            self._ui.results_count_label.setText(self.tr("Most recent visitors"))
        row = self.results_model.row_of(keep) if keep is not None else -1
        self._select_row(row if row >= 0 else 0)

    def _select_row(self, row: int) -> None:
        view = self._ui.results_view
        if self.results_model.rowCount() == 0:
            view.selectionModel().clearSelection()
            self.show_card(None)
            return
        row = max(0, min(row, self.results_model.rowCount() - 1))
        index = self.results_model.index(row, 0)
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        view.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The list updates at once; the card follows on the next turn of the event loop,
        so a fast typist never waits for a card they have already typed past."""
        customer_id = current.data(IdRole) if current.isValid() else None
        self._current_id = int(customer_id) if customer_id is not None else None
        self._card_timer.start(0)

    def _flush_card(self) -> None:
        self._card_timer.stop()
        shown = self._card.customer.id if self._card is not None else None
        if shown != self._current_id or self._card is None:
            self.show_card(self._current_id)

    def current_customer_id(self) -> int | None:
        """The selected customer, whose card is shown (or about to be)."""
        return self._current_id

    def current_card(self) -> Card | None:
        """The card of the selected customer, rendered now if it was still pending."""
        if self._card_timer.isActive():
            self._flush_card()
        return self._card

    def _in_shop_clicked(self, index: QModelIndex) -> None:
        customer_id = index.data(IdRole)
        if customer_id is None:
            return
        row = self.results_model.row_of(int(customer_id))
        if row >= 0:
            self._select_row(row)
        else:
            self.show_card(int(customer_id))

    def open_customer(self, customer_id: int) -> None:
        """Show someone's card, selecting them in the list when they are in it."""
        row = self.results_model.row_of(customer_id)
        if row >= 0:
            self._select_row(row)
        else:
            self.show_card(customer_id)

    # -- the card -----------------------------------------------------------

    def show_card(self, customer_id: int | None) -> None:
        ui = self._ui
        self._card_timer.stop()
        self._current_id = customer_id
        if customer_id is None:
            self._card = None
            ui.card_browser.setHtml(self._empty_card_html())
        else:
            try:
                self._card = self.shop.customers.card(customer_id)
            except KauntaaError as exc:
                self._report(exc)
                self._card = None
                ui.card_browser.setHtml(self._empty_card_html())
            else:
                suggestions = self.ledger.suggestions_for(customer_id)
                ui.card_browser.setHtml(
                    render(
                        self._card,
                        self._theme.colors,
                        today=self._today(),
                        suggestions=suggestions,
                        privacy=self.privacy.on,
                    )
                )
                ui.order_edit.setText(self._card.customer.usual_order)
        self._set_card_actions(enabled=self._card is not None)
        if self._card is not None:
            archived = self._card.customer.archived
            ui.action_archive_customer.setText(
                self.tr("Un&archive") if archived else self.tr("&Archive")
            )

    def _set_card_actions(self, *, enabled: bool) -> None:
        ui = self._ui
        for widget in (ui.visit_button, ui.save_note_button, ui.order_edit, ui.note_edit):
            widget.setEnabled(enabled)
        for action in (
            ui.action_record_visit,
            ui.action_edit_customer,
            ui.action_archive_customer,
            ui.action_delete_customer,
        ):
            action.setEnabled(enabled)

    def _empty_card_html(self) -> str:
        return self._message_html(
            self.tr("Nobody matches. Press Ctrl+N to add a new customer.")
            if self._ui.search_edit.text().strip()
            else self.tr("Type two or three letters of a name: kana, kanji or romaji.")
        )

    def _message_html(self, text: str) -> str:
        muted = self._theme.colors.muted.name()
        return (
            f'<p style="color:{muted}; font-size:18px; margin-top:40px;" align="center">{text}</p>'
        )

    def _link(self, url: QUrl) -> None:
        if url.scheme() != SCHEME:
            return
        action, _, ident = url.path().partition("/")
        if not ident.isdigit():
            return
        number = int(ident)
        if action == "customer":
            self.open_customer(number)
            return
        if action in ("circle", "event", "join-circle"):
            self.circles_page.handle_link(action, number)
            return
        if action == "reminder-done":
            try:
                self.shop.activity.complete_reminder(number)
            except KauntaaError as exc:
                self._report(exc)
            self._changed(self.current_customer_id())
            return
        if self.ledger.handle_link(action, number):
            return
        card = self.current_card()
        note = next((n for n in card.notes if n.id == number), None) if card else None
        if note is None:
            return
        if action == "delete-note":
            self._push(undo.DeleteNote(self.shop, self._changed, self._report, note.id))
        elif action in ("pin", "unpin", "private", "public"):
            pinned = {"pin": True, "unpin": False}.get(action, note.pinned)
            private = {"private": True, "public": False}.get(action, note.private)
            self._push(
                undo.SetNoteFlags(
                    self.shop, self._changed, self._report, note, pinned=pinned, private=private
                )
            )

    # -- at the counter -----------------------------------------------------

    def record_visit(self) -> None:
        """Enter or F2: a visit now, with the order in the box (the usual one by default)."""
        card = self.current_card()
        if card is None or self.on_welcome:
            return
        customer_id = card.customer.id
        command = undo.RecordVisit(
            self.shop, self._changed, self._report, customer_id, self._ui.order_edit.text()
        )
        command.on_recorded = self._visit_toast
        self._push(command)

    def _visit_toast(self, recorded: VisitRecorded) -> None:
        who = recorded.customer.address_as
        lines = [
            self.tr("Visit recorded: %1  %2")
            .replace("%1", who)
            .replace("%2", f"{recorded.visit.at:%H:%M}")
        ]
        for intro in recorded.planned_introductions:
            other = intro.other(recorded.customer.id)
            lines.append("★ " + self.tr("Introduce to %1").replace("%1", other.name))
        lines += [f"★ {r.text}" for r in recorded.reminders]
        self.toast("\n".join(lines))

    def save_note(self) -> None:
        """Ctrl+Enter: the note is stored for the selected customer."""
        ui = self._ui
        body = ui.note_edit.toPlainText()
        card = self.current_card()
        if card is None or not body.strip():
            return
        command = undo.AddNote(
            self.shop,
            self._changed,
            self._report,
            card.customer.id,
            body,
            ui.pin_check.isChecked(),
            ui.private_check.isChecked(),
        )
        self._push(command)
        if command.note is not None:  # kept on failure, so nothing typed is lost
            ui.note_edit.clear()
            ui.pin_check.setChecked(False)
            ui.private_check.setChecked(False)
            self.toast(self.tr("Note saved."))

    def new_customer(self) -> None:
        from kauntaa.gui.dialogs.customer_dialog import CustomerDialog

        typed = self._ui.search_edit.text().strip()

        def submit(fields: CustomerFields, allow_duplicate: bool) -> Customer:
            return self.shop.customers.add(fields, allow_duplicate=allow_duplicate)

        dialog = CustomerDialog(submit, self._translations.language, parent=self)
        if typed:
            dialog.prefill_name(typed)
        if dialog.exec() and dialog.result_customer is not None:
            created = dialog.result_customer
            self._push(undo.AddCustomer(self.shop, self._changed, self._report, created.id))
            if self.on_welcome:
                self.show_counter()
            self._ui.search_edit.setText(created.reading or created.name)
            self.open_customer(created.id)
            self.toast(self.tr("Added %1.").replace("%1", created.name))

    def edit_customer(self) -> None:
        card = self.current_card()
        if card is None:
            return
        customer = card.customer
        photo = self.shop.customers.photo(customer.id) if customer.has_photo else None
        from kauntaa.gui.dialogs.customer_dialog import CustomerDialog

        def submit(fields: CustomerFields, _allow_duplicate: bool) -> None:
            self.shop.customers.prepare(fields)  # raises UserError, shown by the dialog

        dialog = CustomerDialog(
            submit, self._translations.language, customer=customer, photo=photo, parent=self
        )
        if not dialog.exec():
            return
        fields = dialog.fields()
        if dialog.photo_cleared:
            self.shop.customers.set_photo(customer.id, None)
        self._photos.pop(customer.id, None)
        self._push(
            undo.EditCustomer(
                self.shop, self._changed, self._report, customer.id, customer.fields(), fields
            )
        )

    def archive_customer(self) -> None:
        card = self.current_card()
        if card is None:
            return
        customer = card.customer
        archive = not customer.archived
        if archive and not self._confirm(
            self.tr("Archive %1? The card stays, but leaves the lists. Ctrl+Z undoes it.").replace(
                "%1", customer.name
            )
        ):
            return
        self._push(
            undo.ArchiveCustomer(self.shop, self._changed, self._report, customer.id, archive)
        )

    def delete_customer(self) -> None:
        card = self.current_card()
        if card is None:
            return
        customer = card.customer
        if not self.privacy.confirm_delete(customer.name):
            return
        self._push(undo.DeleteCustomer(self.shop, self._changed, self._report, customer.id))

    def _confirm(self, text: str) -> bool:
        return confirm(self, text)

    def _push(self, command: undo.ShopCommand) -> None:
        self.undo_stack.push(command)

    def _changed(self, customer_id: int | None) -> None:
        """After any change: the list, the card and the in-shop strip show the new state."""
        current = customer_id if customer_id is not None else self.current_customer_id()
        self.run_search(self._ui.search_edit.text())
        if current is not None and self.current_customer_id() != current:
            try:
                self.shop.customers.get(current)
            except KauntaaError:
                current = None
        if current is not None:
            row = self.results_model.row_of(current)
            if row >= 0:
                self._select_row(row)
            self.show_card(current)
        self.refresh_in_shop()

    def refresh_in_shop(self) -> None:
        if not self.ready:
            return
        self.in_shop_model.set_people(
            self.shop.activity.in_shop(hours=self._settings.in_shop_hours)
        )
        self._ui.in_shop_view.setVisible(self.in_shop_model.rowCount() > 0)
        self._ui.in_shop_label.setText(
            self.tr("In the shop now")
            if self.in_shop_model.rowCount()
            else self.tr("Nobody has checked in in the last two hours")
        )

    # -- slow work ------------------------------------------------------------

    def load_demo(self) -> None:
        self._run_job(
            self.tr("Making the demo café…"),
            lambda progress: self.shop.demo.generate(customers=DEMO_CUSTOMERS, progress=progress),
            lambda _report: self.show_counter(),
        )

    def check_file_in_background(self) -> None:
        """SQLite's quick_check on the worker; damage is reported in plain words."""
        self._run_job(
            "",
            lambda _progress: self.shop.check_file(),
            self._file_checked,
            quiet=True,
        )

    def _file_checked(self, problem: object) -> None:
        if problem is None:
            return
        self.safekeeping.file_damaged(str(problem))

    def backup_now(self) -> None:
        self._run_job(
            self.tr("Backing up…"),
            lambda progress: self.shop.backups.backup_now(reason="manual", progress=progress),
            self._backed_up,
        )

    def _backed_up(self, info: object) -> None:
        self.toast(
            self.tr("Backup written and verified: %1").replace("%1", str(getattr(info, "path", "")))
        )
        self.safekeeping.show_last_backup()

    def _run_job(
        self,
        label: str,
        work: Callable[[Progress], object],
        done: Callable[[object], None],
        *,
        quiet: bool = False,
    ) -> None:
        """Slow work on the worker, one job at a time; a progress dialog unless ``quiet``."""
        if self._job is not None:
            self._queued.append((label, work, done, quiet))
            return
        dialog: QProgressDialog | None = None
        if not quiet:
            dialog = QProgressDialog(label, "", 0, 0, self)
            dialog.setCancelButton(None)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
        job = Job(work)
        self._job = job

        def progress(step: int, total: int) -> None:
            if dialog is not None:
                dialog.setMaximum(total)
                dialog.setValue(step)

        def finished() -> None:
            if dialog is not None:
                dialog.close()
            self._job = None
            job.deleteLater()
            if self._queued:
                label, work, done, quiet = self._queued.pop(0)
                self._run_job(label, work, done, quiet=quiet)

        job.progress.connect(progress)
        job.succeeded.connect(done)
        job.failed.connect(self._report_any)
        job.finished.connect(finished)
        job.start()

    def wait_for_job(self, msecs: int = 60_000) -> bool:
        """Block until the running background job ends (for tests and scripted runs)."""
        job = self._job
        return True if job is None else job.wait(msecs)

    @property
    def busy(self) -> bool:
        return self._job is not None or bool(self._queued)

    # -- settings, about, messages ------------------------------------------------

    def open_settings(self) -> None:
        from kauntaa.gui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self._settings.language,
            self._theme.setting,
            self,
            settings=self._settings,
            verify_pin=self.privacy.lock.check_current_pin,
            backup_default=str(self._paths.backup_dir),
        )
        if not dialog.exec():
            return
        self.update_settings(**dialog.privacy_changes())
        self.safekeeping.use_folder(dialog.backup_box.folder)
        self.apply_settings(dialog.language, dialog.theme)

    def apply_settings(self, language: str, theme: str) -> None:
        self.update_settings(language=language, theme=theme)
        self._translations.use(language)
        self._theme.apply(theme)

    def update_settings(self, **changes: Any) -> None:
        """Change some settings, keep the others, and save them."""
        self._settings = replace(self._settings, **changes)
        save_settings(self._paths.settings_file, self._settings)
        self.privacy.settings_changed()

    def about(self) -> None:
        from kauntaa.gui.about import AboutDialog

        AboutDialog(self._paths, self).exec()

    def toast(self, text: str) -> None:
        self._toast.show_message(text)
        self._ui.status_bar.showMessage(text.splitlines()[0], 5000)

    def _report(self, error: KauntaaError) -> None:
        QMessageBox.warning(self, "Kauntaa", error.text(self._translations.language))

    def _report_any(self, error: object) -> None:
        if isinstance(error, KauntaaError):
            self._report(error)
        else:
            log.error("Background job failed: %r", error)
            QMessageBox.critical(
                self,
                "Kauntaa",
                self.tr("Something went wrong: %1\nThe details are in the log: %2")
                .replace("%1", str(error))
                .replace("%2", str(self._paths.log_dir / "kauntaa.log")),
            )

    # -- helpers --------------------------------------------------------------

    def _today(self) -> date:
        return self.shop.clock().date()

    def _photo(self, customer_id: int) -> QPixmap | None:
        if self.privacy.on:
            return None  # privacy mode: initials only
        if customer_id not in self._photos:
            self._photos[customer_id] = photo_pixmap(self.shop.customers.photo(customer_id))
        return self._photos[customer_id]

    def _theme_changed(self) -> None:
        self._ui.results_view.viewport().update()
        self._ui.in_shop_view.viewport().update()
        self.show_card(self.current_customer_id())

    # -- keyboard: typing anywhere searches; arrows move; Esc clears ---------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not self.isActiveWindow() or not self.on_counter:
            # Typing-to-search is the counter's; other pages keep their keys.
            return False
        search = self._ui.search_edit
        key = event.key()
        if watched is search:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                self._select_row(self._ui.results_view.currentIndex().row() + step)
                return True
            if key == Qt.Key.Key_Escape:
                search.clear()
                return True
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self:
            return False
        # Keys meant for another text box stay there; anything else that types, searches.
        editable = isinstance(watched, QLineEdit | QPlainTextEdit | QTextEdit) and not (
            isinstance(watched, QTextEdit | QPlainTextEdit) and watched.isReadOnly()
        )
        if editable:
            return False
        if key == Qt.Key.Key_Escape:
            search.clear()
            self.focus_search()
            return True
        text = event.text()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if text and text.isprintable() and modifiers == Qt.KeyboardModifier.NoModifier:
            search.setFocus(Qt.FocusReason.OtherFocusReason)
            if text != "/":  # "/" only jumps to the search, like Ctrl+F
                search.insert(text)
            return True
        return False

    # -- remembered state -------------------------------------------------------

    def _state(self) -> QSettings:
        return QSettings(str(self._paths.config_dir / "window.ini"), QSettings.Format.IniFormat)

    def _restore_state(self) -> None:
        state = self._state()
        geometry = state.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)
        splitter = state.value("splitter")
        if isinstance(splitter, QByteArray):
            self._ui.main_splitter.restoreState(splitter)
        else:
            self._ui.main_splitter.setSizes([420, 760])

    def save_state(self) -> None:
        state = self._state()
        state.setValue("geometry", self.saveGeometry())
        state.setValue("splitter", self._ui.main_splitter.saveState())
        state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's API
        if self._job is not None:
            self._job.wait()
        # A closed window reads nothing more: its timers (card, suggestions, the
        # in-shop strip, idle lock) stop, and ``ready`` turns False for late events.
        self._closed = True
        for timer in self.findChildren(QTimer):
            timer.stop()
        if self.remember_state:
            self.save_state()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().closeEvent(event)
        self.hide()  # the exit backup of a big shop takes seconds: off the screen meanwhile
        self.safekeeping.finish()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.LanguageChange:
            self._ui.retranslateUi(self)
            self.menu_view.setTitle(self.tr("&View"))
            self.action_counter_page.setText(self.tr("&Counter"))
            self.action_day_page.setText(self.tr("The &day"))
            self.action_map_page.setText(self.tr("Connection &map"))
            self.action_circles_page.setText(self.tr("C&ircles and events"))
            self.ledger.retranslate()
            self.setWindowTitle("Kauntaa — カウンター")
            self.undo_action.setText(self.tr("&Undo"))
            self.redo_action.setText(self.tr("&Redo"))
            self.privacy.retranslate()
            self.run_search(self._ui.search_edit.text())
            self.refresh_in_shop()
        super().changeEvent(event)
