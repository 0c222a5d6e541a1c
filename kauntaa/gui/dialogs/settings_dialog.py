"""Language, theme, the PIN lock and the purpose-of-use notice, applied when the owner presses OK.

The privacy part is built in code below the Designer form: the PIN (set,
change or remove; the current PIN is asked for first, through the same
wrong-try limiter as the lock screen), the idle time, locking on start, and
the notice of the purpose of use that the owner can reword. The dialog says
plainly that the PIN is a screen lock, not encryption.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kauntaa.domain import pin
from kauntaa.errors import UserError
from kauntaa.gui._generated.ui_settings_dialog import Ui_SettingsDialog
from kauntaa.gui.backup_folder import BackupFolderBox
from kauntaa.gui.error_label import ErrorLabel
from kauntaa.settings import Settings

MAX_IDLE_MINUTES = 240

VerifyPin = Callable[[str], str | None]  # None when right, else what to say


def _purpose_default(language: str) -> str:
    from kauntaa.services.privacy import default_purpose

    return default_purpose(language)


class SettingsDialog(QDialog):
    def __init__(
        self,
        language: str,
        theme: str,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
        verify_pin: VerifyPin | None = None,
        backup_default: str = "",
    ) -> None:
        super().__init__(parent)
        self._ui = Ui_SettingsDialog()
        self._ui.setupUi(self)
        ui = self._ui
        ui.language_combo.addItem(self.tr("Follow the system"), "")
        ui.language_combo.addItem("日本語", "ja")
        ui.language_combo.addItem("English", "en")
        ui.theme_combo.addItem(self.tr("Follow the system"), "system")
        ui.theme_combo.addItem(self.tr("Light"), "light")
        ui.theme_combo.addItem(self.tr("Dark"), "dark")
        ui.language_combo.setCurrentIndex(max(0, ui.language_combo.findData(language)))
        ui.theme_combo.setCurrentIndex(max(0, ui.theme_combo.findData(theme)))
        self._settings = settings or Settings()
        self._verify = verify_pin
        self._new_hash: str | None = None  # None: the PIN stays as it is
        self._build_privacy()
        self.backup_box = BackupFolderBox(self._settings.backup_dir, backup_default, self)
        self._ui.dialog_layout.insertWidget(self._ui.dialog_layout.count() - 1, self.backup_box)

    # -- the privacy part ---------------------------------------------------------

    def _build_privacy(self) -> None:
        s = self._settings
        self._notice_language = s.effective_language
        box = QGroupBox(self.tr("Screen lock"), self)
        box.setObjectName("lock_group")
        form = QFormLayout(box)
        self.pin_status_label = QLabel(
            self.tr("A PIN is set.") if s.pin_hash else self.tr("No PIN is set."), box
        )
        self.pin_status_label.setObjectName("pin_status_label")
        form.addRow(self.pin_status_label)
        self.current_pin_edit = self._pin_edit("current_pin_edit", box)
        self.new_pin_edit = self._pin_edit("new_pin_edit", box)
        self.repeat_pin_edit = self._pin_edit("repeat_pin_edit", box)
        if s.pin_hash:
            form.addRow(self.tr("Current PIN"), self.current_pin_edit)
        else:
            self.current_pin_edit.hide()
        self.new_pin_edit.setPlaceholderText(self.tr("4–12 digits"))
        self.repeat_pin_edit.setPlaceholderText(self.tr("again"))
        pins = QHBoxLayout()
        pins.addWidget(self.new_pin_edit)
        pins.addWidget(self.repeat_pin_edit)
        form.addRow(self.tr("New PIN"), pins)
        self.remove_pin_check = QCheckBox(self.tr("Remove the PIN"), box)
        self.remove_pin_check.setObjectName("remove_pin_check")
        self.remove_pin_check.setVisible(bool(s.pin_hash))
        if s.pin_hash:
            form.addRow("", self.remove_pin_check)
        self.idle_spin = QSpinBox(box)
        self.idle_spin.setObjectName("idle_spin")
        self.idle_spin.setRange(0, MAX_IDLE_MINUTES)
        self.idle_spin.setSpecialValueText(self.tr("Never"))
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setValue(min(max(s.idle_lock_minutes, 0), MAX_IDLE_MINUTES))
        self.lock_on_start_check = QCheckBox(self.tr("Lock when Kauntaa starts"), box)
        self.lock_on_start_check.setObjectName("lock_on_start_check")
        self.lock_on_start_check.setChecked(s.lock_on_start)
        when = QHBoxLayout()
        when.addWidget(self.idle_spin)
        when.addWidget(self.lock_on_start_check, 1)
        form.addRow(self.tr("Lock after idle"), when)
        self.not_encryption_label = QLabel(
            self.tr(
                "The PIN is a screen lock, not encryption. It hides the screen from "
                "passing eyes; the data file itself is not encrypted, and anyone who "
                "can copy it can read it. Keep the computer itself locked too."
            ),
            box,
        )
        self.not_encryption_label.setObjectName("not_encryption_label")
        self.not_encryption_label.setWordWrap(True)
        form.addRow(self.not_encryption_label)
        self.pin_error_label = ErrorLabel(box, "pin_error_label")
        form.addRow(self.pin_error_label)

        notice_box = QGroupBox(self.tr("Purpose of use (shown to customers on request)"), self)
        notice_box.setObjectName("purpose_group")
        notice_layout = QVBoxLayout(notice_box)
        self.notice_edit = QPlainTextEdit(notice_box)
        self.notice_edit.setObjectName("notice_edit")
        self.notice_edit.setPlainText(s.privacy_notice or _purpose_default(self._notice_language))
        self.notice_edit.setMinimumHeight(84)
        notice_layout.addWidget(self.notice_edit)
        row = QHBoxLayout()
        row.addStretch(1)
        self.notice_default_button = QPushButton(self.tr("Use the default text"), notice_box)
        self.notice_default_button.setObjectName("notice_default_button")
        self.notice_default_button.setAutoDefault(False)
        self.notice_default_button.clicked.connect(
            lambda: self.notice_edit.setPlainText(_purpose_default(self._notice_language))
        )
        row.addWidget(self.notice_default_button)
        notice_layout.addLayout(row)

        layout = self._ui.dialog_layout
        layout.insertWidget(1, box)
        layout.insertWidget(2, notice_box)

    def _pin_edit(self, name: str, parent: QWidget) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(pin.MAX_DIGITS + 4)
        edit.textEdited.connect(lambda _t: self.pin_error_label.hide())
        return edit

    def accept(self) -> None:
        """Check the PIN fields first; on a problem the dialog stays open with what was typed."""
        language = self._settings.effective_language
        new = self.new_pin_edit.text()
        removing = self.remove_pin_check.isChecked()
        self._new_hash = None
        if new or self.repeat_pin_edit.text() or removing:
            if self._settings.pin_hash and self._verify is not None:
                problem = self._verify(self.current_pin_edit.text())
                if problem is not None:
                    self.pin_error_label.show_error(problem)
                    self.current_pin_edit.setFocus()
                    return
            if removing:
                self._new_hash = ""
            else:
                try:
                    clean = pin.check_new_pin(new, self.repeat_pin_edit.text())
                except UserError as exc:
                    self.pin_error_label.show_error(exc.text(language))
                    self.new_pin_edit.setFocus()
                    return
                self._new_hash = pin.hash_pin(clean)
        super().accept()

    def privacy_changes(self) -> dict[str, Any]:
        """The Settings fields this dialog changes, for ``dataclasses.replace``."""
        notice = self.notice_edit.toPlainText().strip()
        defaults = {_purpose_default("ja").strip(), _purpose_default("en").strip()}
        changes: dict[str, Any] = {
            "idle_lock_minutes": self.idle_spin.value(),
            "lock_on_start": self.lock_on_start_check.isChecked(),
            "privacy_notice": "" if notice in defaults else notice,
        }
        if self._new_hash is not None:
            changes["pin_hash"] = self._new_hash
            changes["pin_failures"] = 0
            changes["pin_blocked_until"] = 0.0
        return changes

    @property
    def language(self) -> str:
        return str(self._ui.language_combo.currentData())

    @property
    def theme(self) -> str:
        return str(self._ui.theme_combo.currentData())

    def set_language(self, language: str) -> None:
        self._ui.language_combo.setCurrentIndex(max(0, self._ui.language_combo.findData(language)))
