"""The backup folder, as a box for the settings dialog: where backups go, and a button to change it.

Empty means the default folder beside the data. A USB stick or a synced folder
is a good place for backups (the live data file is what must stay local).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class BackupFolderBox(QGroupBox):
    def __init__(self, folder: str, default: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Backups"))
        self.setObjectName("backup_group")
        self._default = default
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.folder_edit = QLineEdit(folder, self)
        self.folder_edit.setObjectName("backup_folder_edit")
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setPlaceholderText(default)
        row.addWidget(self.folder_edit, 1)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setObjectName("backup_folder_button")
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose)
        row.addWidget(self.choose_button)
        self.default_button = QPushButton(self.tr("Default"), self)
        self.default_button.setAutoDefault(False)
        self.default_button.clicked.connect(self.folder_edit.clear)
        row.addWidget(self.default_button)
        layout.addLayout(row)
        note = QLabel(
            self.tr(
                "Kauntaa keeps 10 recent, 14 daily and 8 weekly backups, each checked before "
                "older ones are removed. A USB stick or a synced folder (Dropbox, OneDrive…) is "
                "a good place for them; keep the data file itself on this computer."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)

    @property
    def folder(self) -> str:
        """The chosen folder, or "" for the default."""
        return self.folder_edit.text().strip()

    def choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for backups"), self.folder or self._default
        )
        if chosen:
            self.folder_edit.setText(chosen)
