"""Privacy at the counter: privacy mode, the PIN lock, and a customer's record or deletion.

Privacy mode (Ctrl+Shift+P, or the toolbar's eye) hides private notes, contact
details and photos everywhere the window shows a customer: the card, the search
results (avatars fall back to initials) and the customer dialog.

The PIN lock covers every window of the app with an opaque screen until the
PIN is typed. It locks after the idle time set in the settings, on start if
asked, or at once with Ctrl+L. The PIN is a screen lock, not encryption: the
checking and the wrong-try limiter live in ``kauntaa.domain.pin``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QIcon,
    QKeySequence,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kauntaa.domain import pin
from kauntaa.errors import KauntaaError, Message
from kauntaa.gui.confirm import confirm
from kauntaa.gui.output_choice import file_target
from kauntaa.settings import Settings

if TYPE_CHECKING:
    from kauntaa.services.shop import Shop

PRIVACY_KEY = "Ctrl+Shift+P"
LOCK_KEY = "Ctrl+L"
#: Input that counts as someone being at the counter.
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


@dataclass(frozen=True, slots=True)
class PrivacyHooks:
    """What the controls need from the window, without knowing the window."""

    shop: Callable[[], Shop]
    ready: Callable[[], bool]
    settings: Callable[[], Settings]
    update_settings: Callable[..., None]  # keyword changes to Settings, saved
    current_customer_id: Callable[[], int | None]
    language: Callable[[], str]
    refresh: Callable[[], None]  # re-render the card and the lists
    report: Callable[[KauntaaError], None]
    toast: Callable[[str], None]


# -- the lock ------------------------------------------------------------------


class _Cover(QWidget):
    """An opaque sheet over one window while the app is locked."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lock_cover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setGeometry(parent.rect())
        parent.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if watched is self.parentWidget() and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.ChildAdded,
        ):
            parent = self.parentWidget()
            if parent is not None:
                self.setGeometry(parent.rect())
                self.raise_()
        return False


class LockScreen(QDialog):
    """The PIN prompt, modal for the whole app, over the main window; it cannot be dismissed."""

    def __init__(self, attempt: Callable[[str], str | None], parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("lock_screen")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAutoFillBackground(True)
        self._attempt = attempt
        self._may_close = False
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.setSpacing(14)
        icon = QLabel(self)
        icon.setPixmap(QIcon(":/icons/lock.svg").pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label = QLabel(self.tr("Kauntaa is locked"), self)
        self.title_label.setObjectName("lock_title_label")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title_label.font()
        font.setPixelSize(22)
        self.title_label.setFont(font)
        self.pin_edit = QLineEdit(self)
        self.pin_edit.setObjectName("pin_edit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setPlaceholderText(self.tr("PIN"))
        self.pin_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_edit.setMaximumWidth(220)
        self.pin_edit.returnPressed.connect(self._unlock)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.clicked.connect(self._unlock)
        self.message_label = QLabel("", self)
        self.message_label.setObjectName("lock_message_label")
        self.message_label.setProperty("role", "error")
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (icon, self.title_label, self.pin_edit, self.unlock_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.message_label)

    def _unlock(self) -> None:
        typed = self.pin_edit.text()
        self.pin_edit.clear()
        problem = self._attempt(typed)
        if problem is not None:
            self.message_label.setText(problem)
            self.pin_edit.setFocus()

    def close_unlocked(self) -> None:
        self._may_close = True
        self.close()

    def reject(self) -> None:
        """Esc does not dismiss the lock."""

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's API
        if self._may_close:
            super().closeEvent(event)
        else:
            event.ignore()


class LockController(QObject):
    """Idle timer, locking, and unlocking with the PIN through the wrong-try limiter."""

    locked_changed = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        hooks: PrivacyHooks,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._hooks = hooks
        #: Seconds since the epoch, for the wrong-try limiter (tests move it by hand).
        self.clock = clock
        self.screen: LockScreen | None = None
        self._covers: list[_Cover] = []
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.configure()

    @property
    def locked(self) -> bool:
        return self.screen is not None

    @property
    def has_pin(self) -> bool:
        return bool(self._hooks.settings().pin_hash)

    def configure(self, *, idle_ms: int | None = None) -> None:
        """Start or stop the idle timer from the settings (``idle_ms`` overrides, for tests)."""
        settings = self._hooks.settings()
        minutes = max(0, settings.idle_lock_minutes)
        interval = idle_ms if idle_ms is not None else minutes * 60_000
        if self.has_pin and interval > 0:
            self.idle_timer.setInterval(interval)
            if not self.locked:
                self.idle_timer.start()
        else:
            self.idle_timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        kind = event.type()
        if kind in _ACTIVITY and self.idle_timer.isActive() and not self.locked:
            self.idle_timer.start()  # someone is at the counter: start counting again
        elif (
            watched is self._window
            and self.screen is not None
            and kind in (QEvent.Type.Move, QEvent.Type.Resize)
        ):
            self.screen.setGeometry(self._window.frameGeometry())  # keep covering it
        return False

    def lock(self) -> bool:
        """Cover every window and ask for the PIN; False when no PIN is set."""
        if self.locked or not self.has_pin:
            return self.locked
        self.idle_timer.stop()
        app = QApplication.instance()
        windows = [
            w
            for w in (QApplication.topLevelWidgets() if app is not None else [])
            if w.isVisible() and not isinstance(w, LockScreen)
        ]
        self._covers = [_Cover(w) for w in windows]
        self.screen = LockScreen(self.attempt, self._window)
        self.screen.setGeometry(self._window.frameGeometry())
        self.screen.show()  # a newly shown window is on top; raise_() is not needed
        self.screen.activateWindow()
        self.screen.pin_edit.setFocus()
        self.locked_changed.emit(True)
        return True

    def _check(self, typed: str) -> str | None:
        """The PIN through the wrong-try limiter: None when right, else what to tell the owner."""
        settings = self._hooks.settings()
        attempts = pin.Attempts(settings.pin_failures, settings.pin_blocked_until)
        result = pin.try_pin(typed, settings.pin_hash, attempts, self.clock())
        if result.attempts != attempts:
            self._hooks.update_settings(
                pin_failures=result.attempts.failures,
                pin_blocked_until=result.attempts.blocked_until,
            )
        language = self._hooks.language()
        if result.outcome is pin.Outcome.UNLOCKED:
            return None
        if result.outcome is pin.Outcome.WAIT:
            return pin.wait_message(result.wait_s).in_language(language)
        wrong = Message("暗証番号が違います。", "Wrong PIN.").in_language(language)
        if result.wait_s > 0:
            return wrong + "\n" + pin.wait_message(result.wait_s).in_language(language)
        return wrong

    def attempt(self, typed: str) -> str | None:
        """One try at unlocking: None when it unlocked, else what to tell the owner."""
        problem = self._check(typed)
        if problem is None:
            self._unlock()
        return problem

    def check_current_pin(self, typed: str) -> str | None:
        """For changing or removing the PIN in the settings: the same limiter applies."""
        return self._check(typed) if self.has_pin else None

    def _unlock(self) -> None:
        for cover in self._covers:
            parent = cover.parentWidget()
            if parent is not None:
                parent.removeEventFilter(cover)
            cover.hide()
            cover.deleteLater()
        self._covers = []
        if self.screen is not None:
            self.screen.close_unlocked()
            self.screen.deleteLater()
        self.screen = None
        self.configure()
        self.locked_changed.emit(False)


# -- privacy mode, the toolbar, and a customer's rights ---------------------------


class PrivacyControls(QObject):
    """The toolbar (privacy mode, lock), the customer's record export, the deletion prompt."""

    privacy_changed = Signal(bool)

    def __init__(self, window: QMainWindow, hooks: PrivacyHooks, customer_menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._hooks = hooks
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("privacy_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.privacy_action = QAction(window)
        self.privacy_action.setObjectName("action_privacy_mode")
        self.privacy_action.setCheckable(True)
        self.privacy_action.setShortcut(QKeySequence(PRIVACY_KEY))
        self.privacy_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.privacy_action.toggled.connect(self._privacy_toggled)
        self.lock_action = QAction(QIcon(":/icons/lock.svg"), "", window)
        self.lock_action.setObjectName("action_lock_now")
        self.lock_action.setShortcut(QKeySequence(LOCK_KEY))
        self.toolbar.addAction(self.privacy_action)
        self.toolbar.addAction(self.lock_action)
        self.export_action = QAction(window)
        self.export_action.setObjectName("action_export_customer_record")
        self.export_action.triggered.connect(self.export_current)
        customer_menu.addSeparator()
        customer_menu.addAction(self.export_action)
        self.lock = LockController(window, hooks)
        self.lock_action.triggered.connect(self._lock_now)
        self.retranslate()
        if hooks.settings().lock_on_start and hooks.settings().pin_hash:
            # Lock once the window is on screen, so the lock covers it from the start.
            if window.isVisible():
                QTimer.singleShot(0, self.lock.lock)
            else:
                window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if watched is self._window and event.type() == QEvent.Type.Show:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self.lock.lock)
        return False

    @property
    def on(self) -> bool:
        return self.privacy_action.isChecked()

    def set_privacy(self, on: bool) -> None:
        self.privacy_action.setChecked(on)

    def _privacy_toggled(self, on: bool) -> None:
        self.privacy_action.setText(
            self.tr("Privacy mode: on") if on else self.tr("Privacy mode: off")
        )
        if self._hooks.ready():
            self._hooks.refresh()
        self.privacy_changed.emit(on)

    def _lock_now(self) -> None:
        if not self.lock.lock():
            self._hooks.toast(self.tr("Set a PIN in Settings to lock the screen."))

    def settings_changed(self) -> None:
        """The idle time or the PIN may have changed."""
        self.lock.configure()

    def retranslate(self) -> None:
        on = self.on
        self.privacy_action.setText(
            self.tr("Privacy mode: on") if on else self.tr("Privacy mode: off")
        )
        self.privacy_action.setToolTip(
            self.tr("Hide private notes, contact details and photos (%1)").replace(
                "%1", PRIVACY_KEY
            )
        )
        self.lock_action.setText(self.tr("Lock"))
        self.lock_action.setToolTip(
            self.tr("Lock the screen with the PIN (%1)").replace("%1", LOCK_KEY)
        )
        self.toolbar.setWindowTitle(self.tr("Privacy"))
        self.export_action.setText(self.tr("E&xport this customer's record…"))

    # -- a customer's rights ------------------------------------------------

    def confirm_delete(self, name: str) -> bool:
        """Ask before a complete deletion, saying what stays and how long backups keep it."""
        from kauntaa.services.privacy import backup_retention_message

        text = (
            self.tr(
                "Delete %1 completely, with every note, visit, circle membership and event "
                "attendance? Introductions they were part of stay on the other person's card "
                "without their name. Ctrl+Z can undo it until Kauntaa is closed."
            ).replace("%1", name)
            + "\n\n"
            + backup_retention_message().in_language(self._hooks.language())
        )
        return confirm(self._window, text)

    def export_current(self) -> None:
        customer_id = self._hooks.current_customer_id()
        if customer_id is None or not self._hooks.ready():
            return
        if self.on:
            self._hooks.toast(self.tr("Turn privacy mode off first: the record shows everything."))
            return
        name = self._hooks.shop().customers.get(customer_id).name
        path, _filter = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export this customer's record"),
            str(Path.home() / f"{name}.json"),
            self.tr("Readable data (*.json);;Printable page (*.pdf);;Web page (*.html)"),
        )
        if not path:
            return
        target = record_path(Path(path))
        # Qt's save dialog asked about replacing the file it showed, not a renamed one.
        force = file_target(
            self._window, self._hooks.shop().outputs, target, asked=target == Path(path)
        )
        if force is None:
            return
        try:
            written = self.write_record(customer_id, target, force=force)
        except KauntaaError as exc:
            self._hooks.report(exc)
            return
        except OSError as exc:
            self._hooks.toast(
                self.tr("Could not write %1: %2")
                .replace("%1", path)
                .replace("%2", str(exc.strerror))
            )
            return
        self._hooks.toast(self.tr("Saved: %1").replace("%1", str(written)))

    def write_record(self, customer_id: int, path: Path, *, force: bool = False) -> Path:
        """Everything held about one customer: JSON, a PDF page or an HTML page, by suffix.

        Written through the shop's one writer: never over the shop's own files, an
        existing file only with ``force``, atomically and readable by the owner only.
        """
        from kauntaa.services.privacy import default_purpose, record_html

        outputs = self._hooks.shop().outputs
        path = record_path(path)
        outputs.check(path, force=force)
        language = self._hooks.language()
        notice = self._hooks.settings().privacy_notice or default_purpose(language)
        record = self._hooks.shop().privacy.export(customer_id, purpose=notice)
        suffix = path.suffix.lower()
        if suffix == ".json":
            data = (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        elif suffix == ".pdf":
            from kauntaa.reports.pdf import pdf_bytes

            document = QTextDocument()
            document.setHtml(record_html(record, language))

            def paint(writer: QPdfWriter, drawn: list[str]) -> int:
                drawn.append(document.toPlainText())
                document.print_(writer)
                return document.pageCount()

            # The one PDF writer of the reports, so the record's text layer is mended too.
            data, _ = pdf_bytes(record["customer"]["name"], paint)
        else:
            data = record_html(record, language).encode("utf-8")
        return outputs.write(path, data, force=force)


def record_path(path: Path) -> Path:
    """The file a person's record goes to: .json, .pdf or .html, else .json is added."""
    if path.suffix.lower() in (".json", ".pdf", ".html", ".htm"):
        return path
    return path.with_suffix(".json")
