"""Backups: the list with dates and row counts, restore, the encrypted copy, the backup folder.

The dialog only chooses; the window's safekeeping does the work (it must close
the open shop before the file is replaced). Every restore is confirmed, and the
confirmation says that the current state is backed up first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kauntaa.gui.confirm import confirm
from kauntaa.storage.backup import BackupInfo
from kauntaa.storage.offsite import ENCRYPTED_SUFFIX, MIN_PASSPHRASE

SHOWN_TABLES = ("customer", "visit", "note", "introduction")


class PassphraseDialog(QDialog):
    """The passphrase for an encrypted copy; asked twice when a new copy is made."""

    def __init__(self, *, confirm: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase"))
        self._confirm = confirm
        layout = QVBoxLayout(self)
        explain = QLabel(
            self.tr(
                "At least %1 characters. A few words in a row are easy to remember. "
                "Without it the copy cannot be opened: nobody can recover it."
            ).replace("%1", str(MIN_PASSPHRASE))
            if confirm
            else self.tr("The passphrase the copy was made with."),
            self,
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setObjectName("passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.passphrase_edit)
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName("repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setPlaceholderText(self.tr("The same again"))
        self.repeat_edit.setVisible(confirm)
        layout.addWidget(self.repeat_edit)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problem_label")
        layout.addWidget(self.problem_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.passphrase_edit, self.repeat_edit):
            edit.textChanged.connect(self._check)
        self._check()

    @property
    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def _check(self) -> None:
        text = self.passphrase
        problem = ""
        if len(text) < MIN_PASSPHRASE:
            problem = self.tr("%1 more character(s) needed.").replace(
                "%1", str(MIN_PASSPHRASE - len(text))
            )
        elif self._confirm and self.repeat_edit.text() != text:
            problem = self.tr("The two do not match yet.")
        self.problem_label.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)


class RestoreDialog(QDialog):
    """The backups, newest first; restore one, or work with an encrypted copy."""

    def __init__(
        self,
        backups: Callable[[], list[BackupInfo]],
        folder: Path,
        *,
        restore: Callable[[Path], bool],
        restore_encrypted: Callable[[Path, str], bool],
        export_encrypted: Callable[[Path, str], None],
        change_folder: Callable[[Path], None],
        ignored: Callable[[], list[str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``ignored`` names the manifests in the folder that were not Kauntaa's."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.resize(760, 460)
        self._backups = backups
        self._folder = folder
        self._restore = restore
        self._restore_encrypted = restore_encrypted
        self._export_encrypted = export_encrypted
        self._change_folder = change_folder
        self._ignored = ignored
        self._infos: list[BackupInfo] = []

        layout = QVBoxLayout(self)
        folder_row = QHBoxLayout()
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("folder_label")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder_row.addWidget(self.folder_label, 1)
        self.folder_button = QPushButton(self.tr("Change folder…"), self)
        self.folder_button.setObjectName("folder_button")
        self.folder_button.setToolTip(
            self.tr(
                "A USB stick or a synced folder (Dropbox, OneDrive…) is a good place for "
                "backups. Keep the data file itself on this computer."
            )
        )
        self.folder_button.clicked.connect(self._choose_folder)
        folder_row.addWidget(self.folder_button)
        layout.addLayout(folder_row)

        self.table = QTableWidget(0, 2 + len(SHOWN_TABLES), self)
        self.table.setObjectName("backups_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Why"),
                self.tr("Customers"),
                self.tr("Visits"),
                self.tr("Notes"),
                self.tr("Introductions"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for column in (0, 1):  # the date and the reason are read whole
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(
            self.tr("No backups yet. One is taken when Kauntaa closes after changes."), self
        )
        layout.addWidget(self.empty_label)
        self.ignored_label = QLabel(self)
        self.ignored_label.setObjectName("ignored_label")
        self.ignored_label.setWordWrap(True)
        layout.addWidget(self.ignored_label)

        buttons = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("&Restore selected…"), self)
        self.restore_button.setObjectName("restore_button")
        self.restore_button.clicked.connect(self.restore_selected)
        self.encrypted_button = QPushButton(self.tr("Restore an &encrypted copy…"), self)
        self.encrypted_button.setObjectName("encrypted_button")
        self.encrypted_button.clicked.connect(self.restore_from_encrypted)
        self.export_button = QPushButton(self.tr("&Save an encrypted copy…"), self)
        self.export_button.setObjectName("export_button")
        self.export_button.setToolTip(
            self.tr("A passphrase-protected copy to keep at home or on a USB stick.")
        )
        self.export_button.clicked.connect(self.save_encrypted)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        for button in (self.restore_button, self.encrypted_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self._infos = self._backups()
        ignored = self._ignored() if self._ignored is not None else []
        self.ignored_label.setText(
            self.tr(
                "Ignored in this folder, as they do not name a Kauntaa backup: %1. "
                "Nothing was opened or deleted."
            ).replace("%1", ", ".join(ignored))
        )
        self.ignored_label.setVisible(bool(ignored))
        self.folder_label.setText(self.tr("Backups in %1").replace("%1", str(self._folder)))
        self.table.setRowCount(len(self._infos))
        for row, info in enumerate(self._infos):
            cells = [f"{info.created_at:%Y-%m-%d %H:%M}", self._reason(info.reason)]
            cells += [str(info.row_counts.get(t, 0)) for t in SHOWN_TABLES]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.empty_label.setVisible(not self._infos)
        self.restore_button.setEnabled(bool(self._infos))
        if self._infos:
            self.table.selectRow(0)

    def _reason(self, reason: str) -> str:
        labels = {
            "manual": self.tr("by hand"),
            "auto": self.tr("every 30 minutes"),
            "exit": self.tr("on closing"),
            "before-restore": self.tr("before a restore"),
            "before-import": self.tr("before an import"),
            "offsite": self.tr("for an encrypted copy"),
        }
        if reason.startswith("before-migration"):
            return self.tr("before an update")
        return labels.get(reason, reason)

    @property
    def backups(self) -> list[BackupInfo]:
        return list(self._infos)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._infos[rows[0].row()] if rows else None

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        question = self.tr(
            "Restore the backup of %1 (%2 customers)? The data as it is now is backed up "
            "first, so this can be undone by restoring that backup."
        )
        text = question.replace("%1", f"{info.created_at:%Y-%m-%d %H:%M}").replace(
            "%2", str(info.row_counts.get("customer", 0))
        )
        if not self._confirm(text):
            return
        if self._restore(info.path):
            self.accept()
        else:
            self.reload()

    def restore_from_encrypted(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open an encrypted copy"),
            "",
            self.tr("Encrypted Kauntaa copy (*%1);;All files (*)").replace("%1", ENCRYPTED_SUFFIX),
        )
        if not path:
            return
        ask = PassphraseDialog(confirm=False, parent=self)
        if not ask.exec():
            return
        text = self.tr(
            "Restore the encrypted copy %1? The data as it is now is backed up first."
        ).replace("%1", Path(path).name)
        if self._confirm(text) and self._restore_encrypted(Path(path), ask.passphrase):
            self.accept()

    def save_encrypted(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save an encrypted copy"),
            f"kauntaa{ENCRYPTED_SUFFIX}",
            self.tr("Encrypted Kauntaa copy (*%1)").replace("%1", ENCRYPTED_SUFFIX),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix != ENCRYPTED_SUFFIX:
            target = target.with_name(target.name + ENCRYPTED_SUFFIX)
        ask = PassphraseDialog(confirm=True, parent=self)
        if ask.exec():
            self._export_encrypted(target, ask.passphrase)
            self.reload()

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for backups"), str(self._folder)
        )
        if chosen:
            self._folder = Path(chosen)
            self._change_folder(self._folder)
            self.reload()

    def _confirm(self, text: str) -> bool:
        return confirm(self, text)
