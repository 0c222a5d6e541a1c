"""The introduction ledger in the counter window: the Introduce action (Ctrl+I), the card's
ledger links (done, drop, what came of it, introduce a suggestion) and the newsletter export.

Kept out of ``main_window`` so the window only wires it in: it is handed the
window's menus and the few window functions it needs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence, QPixmap, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from kauntaa.domain.customers import CustomerRef
from kauntaa.domain.introductions import Introduction, IntroductionStatus
from kauntaa.domain.suggestions import Suggestion
from kauntaa.errors import KauntaaError
from kauntaa.gui.output_choice import file_target
from kauntaa.gui.theme import ThemeManager

if TYPE_CHECKING:
    from kauntaa.services.shop import Shop

INTRODUCE_KEY = "Ctrl+I"
#: Suggestions are worked out once the selection has rested this long, so a fast
#: typist's card is never held up by them; they appear just after it.
SUGGEST_DELAY_MS = 120


class LedgerCommand(QUndoCommand):
    """A ledger change already made when pushed, so the stack's first redo does nothing."""

    def __init__(
        self,
        text: str,
        redo: Callable[[], object],
        undo: Callable[[], object],
        after: Callable[[], None],
        failed: Callable[[KauntaaError], None],
    ) -> None:
        super().__init__(text)
        self._redo, self._undo, self._after, self._failed = redo, undo, after, failed
        self._done = True

    def redo(self) -> None:
        if self._done:
            return
        self._call(self._redo)
        self._done = True

    def undo(self) -> None:
        self._call(self._undo)
        self._done = False

    def _call(self, action: Callable[[], object]) -> None:
        try:
            action()
        except KauntaaError as exc:
            self.setObsolete(True)
            self._failed(exc)
            return
        self._after()


@dataclass(frozen=True, slots=True)
class WindowHooks:
    """What the ledger needs of the counter window."""

    shop: Callable[[], Shop]
    ready: Callable[[], bool]
    current_customer: Callable[[], int | None]
    refresh: Callable[[int | None], None]
    report: Callable[[KauntaaError], None]
    toast: Callable[[str], None]
    photo: Callable[[int], QPixmap | None]
    language: Callable[[], str]
    run_job: Callable[[str, Callable[[object], object], Callable[[object], None]], None]
    show_card: Callable[[int], None]


class LedgerActions(QObject):
    def __init__(
        self,
        parent: QWidget,
        hooks: WindowHooks,
        theme: ThemeManager,
        *,
        customer_menu: QMenu,
        file_menu: QMenu,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._hooks = hooks
        self._theme = theme
        self.introduce_action = QAction(self.tr("&Introduce…"), parent)
        self.introduce_action.setObjectName("action_introduce")
        self.introduce_action.setShortcut(QKeySequence(INTRODUCE_KEY))
        self.introduce_action.triggered.connect(lambda: self.introduce())
        customer_menu.addSeparator()
        customer_menu.addAction(self.introduce_action)
        self.newsletter_action = QAction(self.tr("Export &newsletter list…"), parent)
        self.newsletter_action.setObjectName("action_export_newsletter")
        self.newsletter_action.triggered.connect(lambda: self.export_newsletter())
        actions = file_menu.actions()
        # Before the separator above Quit, with the other things that write files.
        if len(actions) >= 2:
            file_menu.insertAction(actions[-2], self.newsletter_action)
        else:
            file_menu.addAction(self.newsletter_action)
        self._options: tuple[int, int, dict[str, Any]] = (0, 0, {})
        #: The last dialog opened (tests and scripted runs reach it here).
        self.last_dialog: QWidget | None = None
        self._pending: int | None = None
        self._ready: tuple[int, list[Suggestion]] | None = None
        self._shown: tuple[int, list[Suggestion]] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._work_out_suggestions)

    def _push(self, text: str, redo: Callable[[], object], undo: Callable[[], object]) -> None:
        """Ctrl+Z takes a ledger change back, through the window's undo stack."""
        stack = self._parent.findChild(QUndoStack)
        if stack is None:
            return
        stack.push(
            LedgerCommand(
                text,
                redo,
                undo,
                lambda: self._hooks.refresh(self._hooks.current_customer()),
                self._hooks.report,
            )
        )

    def retranslate(self) -> None:
        self.introduce_action.setText(self.tr("&Introduce…"))
        self.newsletter_action.setText(self.tr("Export &newsletter list…"))

    # -- the card ------------------------------------------------------------

    def suggestions_for(self, customer_id: int) -> list[Suggestion]:
        """What the card shows now: the fresh list once worked out, else the last one.

        Asking again (the card was redrawn: a new selection, a saved note, an edit)
        works the list out afresh after ``SUGGEST_DELAY_MS`` and redraws the card.
        """
        if self._ready is not None and self._ready[0] == customer_id:
            self._shown, self._ready = self._ready, None
            return self._shown[1]
        self._pending = customer_id
        self._timer.start(SUGGEST_DELAY_MS)
        # Meanwhile the same person keeps the list they had, so nothing flickers.
        return self._shown[1] if self._shown and self._shown[0] == customer_id else []

    @property
    def suggestions_pending(self) -> bool:
        return self._timer.isActive()

    def _work_out_suggestions(self) -> None:
        customer_id = self._pending
        self._pending = None
        if customer_id is None or customer_id != self._hooks.current_customer():
            return
        try:
            found = self._hooks.shop().suggestions.for_customer(customer_id)
        except KauntaaError:
            found = []  # never hides the card itself
        self._ready = (customer_id, found)
        self._hooks.show_card(customer_id)

    def handle_link(self, action: str, number: int) -> bool:
        """A ``kauntaa:`` card link of the ledger; False when it is someone else's."""
        if action == "introduce":
            self.introduce(first=number)
        elif action == "introduce-to":
            self.introduce(first=self._hooks.current_customer(), second=number)
        elif action == "intro-done":
            self._change(number, done=True)
        elif action == "intro-drop":
            self._change(number, done=False)
        elif action == "intro-outcome":
            self.record_outcome(number)
        else:
            return False
        return True

    def _change(self, introduction_id: int, *, done: bool) -> None:
        """A planned introduction happened (done) or will not (dropped); Ctrl+Z plans it again."""
        ledger = self._hooks.shop().introductions
        try:
            before = ledger.get(introduction_id)
            intro = ledger.complete(introduction_id) if done else ledger.drop(introduction_id)
        except KauntaaError as exc:
            self._hooks.report(exc)
            return
        message = self.tr("Introduced: %1") if done else self.tr("Dropped: %1")
        self._push(
            self.tr("introduction done") if done else self.tr("introduction dropped"),
            (lambda: ledger.complete(intro.id, on=intro.on))
            if done
            else (lambda: ledger.drop(intro.id)),
            lambda: ledger.reopen(intro.id, on=before.on),
        )
        self._hooks.refresh(self._hooks.current_customer())
        self._hooks.toast(message.replace("%1", f"{intro.person_a.name} ↔ {intro.person_b.name}"))

    # -- dialogs ---------------------------------------------------------------

    def _ref(self, customer_id: int | None) -> CustomerRef | None:
        if customer_id is None:
            return None
        try:
            c = self._hooks.shop().customers.get(customer_id)
        except KauntaaError:
            return None
        return CustomerRef(c.id, c.name, c.reading, c.call_name)

    def introduce(
        self, *, first: int | None = None, second: int | None = None
    ) -> Introduction | None:
        """Ctrl+I or a card link: pick both people (the selected customer first)."""
        if not self._hooks.ready():
            return None
        from kauntaa.gui.dialogs.introduce_dialog import IntroduceDialog

        shop = self._hooks.shop()
        if first is None and second is None:
            first = self._hooks.current_customer()
        ledger = shop.introductions
        seen: dict[str, Introduction | None] = {}

        def introduce(a: int, b: int, **options: Any) -> Introduction:
            """Records it, remembering a plan it fulfils, so Ctrl+Z can plan it again."""
            try:
                seen["before"] = ledger.between(a, b)
            except KauntaaError:
                seen["before"] = None
            intro = ledger.introduce(a, b, **options)
            self._options = (a, b, options)
            return intro

        dialog = IntroduceDialog(
            introduce=introduce,
            search=lambda text: shop.customers.search(text, limit=8),
            theme=self._theme,
            today=shop.clock().date(),
            photo=self._hooks.photo,
            language=self._hooks.language(),
            first=self._ref(first),
            second=self._ref(second),
            parent=self._parent,
        )
        self.last_dialog = dialog
        if not dialog.exec() or dialog.result_introduction is None:
            return None
        intro = dialog.result_introduction
        before = seen.get("before")
        a, b, options = self._options
        if before is not None and before.status is IntroductionStatus.PLANNED:
            self._push(
                self.tr("introduction"),
                lambda: ledger.introduce(a, b, **options),
                lambda: ledger.reopen(intro.id, on=before.on),
            )
        else:
            made = {"id": intro.id}

            def again() -> None:
                made["id"] = ledger.introduce(a, b, **options).id

            self._push(self.tr("introduction"), again, lambda: ledger.remove(made["id"]))
        self._hooks.refresh(self._hooks.current_customer())
        names = f"{intro.person_a.name} ↔ {intro.person_b.name}"
        self._hooks.toast(
            (
                self.tr("Planned: %1")
                if intro.status.value == "planned"
                else self.tr("Recorded: %1")
            ).replace("%1", names)
        )
        return intro

    def record_outcome(self, introduction_id: int) -> Introduction | None:
        from kauntaa.gui.dialogs.introduce_dialog import OutcomeDialog

        shop = self._hooks.shop()
        try:
            intro = shop.introductions.get(introduction_id)
        except KauntaaError as exc:
            self._hooks.report(exc)
            return None
        dialog = OutcomeDialog(
            intro,
            record=shop.introductions.record_outcome,
            today=shop.clock().date(),
            language=self._hooks.language(),
            parent=self._parent,
        )
        self.last_dialog = dialog
        if not dialog.exec() or dialog.result_introduction is None:
            return None
        after = dialog.result_introduction
        ledger = shop.introductions
        self._push(
            self.tr("outcome"),
            lambda: ledger.record_outcome(
                after.id,
                after.outcome_kind,
                after.outcome_text,
                on=after.outcome_on,
                follow_up_on=after.follow_up_on,
            ),
            lambda: ledger.restore_outcome(intro),
        )
        self._hooks.refresh(self._hooks.current_customer())
        self._hooks.toast(self.tr("Outcome recorded."))
        return after

    # -- the newsletter list -------------------------------------------------------

    def export_newsletter(self, path: Path | None = None) -> None:
        """File ▸ Export newsletter list: a CSV that Excel opens (UTF-8 with BOM)."""
        if not self._hooks.ready():
            return
        shop = self._hooks.shop()
        asked = path is None  # Qt's save dialog asks before replacing a file
        if path is None:
            suggested = Path.home() / f"newsletter-{shop.clock().date():%Y-%m-%d}.csv"
            chosen, _ = QFileDialog.getSaveFileName(
                self._parent,
                self.tr("Export newsletter list"),
                str(suggested),
                self.tr("CSV for Excel (*.csv)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        force = file_target(self._parent, shop.outputs, path, asked=asked)
        if force is None:
            return
        language = self._hooks.language()
        target = path

        def done(result: object) -> None:
            count = getattr(result, "count", 0)
            self._hooks.toast(
                self.tr("Newsletter list: %1 people written to %2")
                .replace("%1", str(count))
                .replace("%2", str(target))
            )
            if not count:
                QMessageBox.information(
                    self._parent,
                    "Kauntaa",
                    self.tr(
                        "Nobody has agreed to the newsletter yet. The file holds only the "
                        "column names. Tick “newsletter” on a customer's card to add them."
                    ),
                )

        self._hooks.run_job(
            self.tr("Writing the newsletter list…"),
            lambda _progress: shop.newsletter.export_csv(target, language=language, force=force),
            done,
        )
