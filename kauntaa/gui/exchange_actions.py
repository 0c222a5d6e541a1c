"""File ▸ Import customers… and File ▸ Export customers…: the wizard, and the export dialog.

The export dialog asks what (everyone, or the customers the search shows), in
which form (CSV for Excel, CSV in Shift_JIS, vCard for phones, or a zip or a
folder that adds visits, notes and introductions) and where. The export runs on
the window's worker with its progress dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kauntaa.gui.dialogs.import_wizard import ImportWizard
from kauntaa.gui.output_choice import file_target, folder_target

if TYPE_CHECKING:
    from kauntaa.gui.main_window import MainWindow
    from kauntaa.services.exporting import ExportReport


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """One entry of the form combo box."""

    key: str
    suffix: str  # "" for a folder
    format: str  # "csv" or "vcard"
    encoding: str


CHOICES = (
    ExportChoice("csv", ".csv", "csv", "utf-8"),
    ExportChoice("csv_cp932", ".csv", "csv", "cp932"),
    ExportChoice("vcard", ".vcf", "vcard", "utf-8"),
    ExportChoice("zip", ".zip", "csv", "utf-8"),
    ExportChoice("zip_cp932", ".zip", "csv", "cp932"),
    ExportChoice("folder", "", "csv", "utf-8"),
)


class ExportDialog(QDialog):
    def __init__(self, search_count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export customers"))
        labels = {
            "csv": self.tr("CSV, UTF-8 (opens in Excel)"),
            "csv_cp932": self.tr("CSV, Shift_JIS (CP932) for older software"),
            "vcard": self.tr("vCard 3.0 for phones, with readings"),
            "zip": self.tr("Zip: customers, visits, notes and introductions (UTF-8)"),
            "zip_cp932": self.tr("Zip: customers, visits, notes and introductions (CP932)"),
            "folder": self.tr("Folder: customers, visits, notes and introductions (UTF-8)"),
        }
        self.all_radio = QRadioButton(self.tr("&Everyone"))
        self.search_radio = QRadioButton(
            self.tr("The %1 customers the search shows").replace("%1", str(search_count))
        )
        self.all_radio.setChecked(True)
        self.search_radio.setEnabled(search_count > 0)
        self.form_combo = QComboBox()
        for choice in CHOICES:
            self.form_combo.addItem(labels[choice.key], choice.key)
        self.form_combo.currentIndexChanged.connect(lambda _i: self._suffix())
        self.path_edit = QLineEdit(str(Path.home() / "kauntaa-customers.csv"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self.browse)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("E&xport"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(self.browse_button)
        who = QVBoxLayout()
        who.addWidget(self.all_radio)
        who.addWidget(self.search_radio)
        form = QFormLayout()
        form.addRow(self.tr("Who:"), who)
        form.addRow(self.tr("&Form:"), self.form_combo)
        # A label of a row of widgets needs its buddy named, or the & shows as it is.
        where_label = QLabel(self.tr("&Save to:"))
        where_label.setBuddy(self.path_edit)
        form.addRow(where_label, where)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @property
    def choice(self) -> ExportChoice:
        return CHOICES[self.form_combo.currentIndex()]

    @property
    def target(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    @property
    def only_search(self) -> bool:
        return self.search_radio.isChecked()

    def _suffix(self) -> None:
        path = self.target
        base = path.with_suffix("") if path.suffix else path
        self.path_edit.setText(
            str(base.with_suffix(self.choice.suffix) if self.choice.suffix else base)
        )

    def browse(self) -> None:
        if self.choice.suffix:
            name, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), str(self.target))
        else:
            name = QFileDialog.getExistingDirectory(self, self.windowTitle(), str(self.target))
        if name:
            self.path_edit.setText(name)
            self._suffix()
            # Qt's save dialog asked about replacing this file; a folder's files were not.
            self.confirmed = self.target if self.choice.suffix else None

    # The file Qt's save dialog already confirmed replacing (None: ask before writing).
    confirmed: Path | None = None


class ExchangeActions(QObject):
    """The two File-menu entries and what they open."""

    def __init__(self, window: MainWindow, menu: QMenu, language: Callable[[], str]) -> None:
        super().__init__(window)
        self._window = window
        self._language = language
        self.wizard: ImportWizard | None = None
        self.export_dialog: ExportDialog | None = None
        self.import_action = QAction(self.tr("&Import customers…"), window)
        self.export_action = QAction(self.tr("E&xport customers…"), window)
        self.import_action.triggered.connect(lambda: self.open_import())
        self.export_action.triggered.connect(lambda: self.open_export())
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.import_action)  # type: ignore[arg-type]
        menu.insertAction(first, self.export_action)  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]

    def open_import(self, path: Path | None = None) -> ImportWizard | None:
        window = self._window
        if not window.ready:
            return None
        if window.privacy.on:
            window.toast(
                self.tr("Turn privacy mode off first: the import shows the file's contact details.")
            )
            return None
        wizard = ImportWizard(window.shop, self._language(), window, path)
        wizard.finished.connect(lambda _result: self._imported(wizard))
        self.wizard = wizard
        wizard.open()
        return wizard

    def privacy_changed(self, on: bool) -> None:
        """Privacy mode closes the wizard's previews of the file; a running import goes on."""
        wizard = self.wizard
        if on and wizard is not None and not wizard.running:
            written = wizard.report is not None  # then the report's own toast follows
            wizard.reject()
            if not written:
                self._window.toast(
                    self.tr("The import was closed for privacy mode. Nothing was written.")
                )

    def _imported(self, wizard: ImportWizard) -> None:
        report = wizard.report
        self.wizard = None
        wizard.deleteLater()
        if report is None:
            return
        self._window.show_counter()
        self._window.toast(
            self.tr("Imported: %1 added, %2 merged, %3 skipped")
            .replace("%1", str(report.added))
            .replace("%2", str(report.merged))
            .replace("%3", str(len(report.skipped)))
        )

    def open_export(self) -> ExportDialog | None:
        window = self._window
        if not window.ready:
            return None
        model = window.results_model
        ids = [model.hit(row).id for row in range(model.rowCount())]
        dialog = ExportDialog(len(ids), window)
        dialog.accepted.connect(lambda: self._export(dialog, ids))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _export(self, dialog: ExportDialog, ids: list[int]) -> None:
        from kauntaa.services.exporting import BUNDLE_FILES, ExportFormat, is_folder_target

        window = self._window
        choice = dialog.choice
        target = dialog.target
        only = ids if dialog.only_search else None
        exporting = window.shop.exporting
        outputs = window.shop.outputs
        if choice.format == "csv" and is_folder_target(target) and target.suffix.lower() != ".zip":
            force = folder_target(window, outputs, target, BUNDLE_FILES)
        else:
            force = file_target(window, outputs, target, asked=dialog.confirmed == target)
        if force is None:
            return
        # The window's one worker, shared by every slow task, with its progress dialog.
        window._run_job(
            self.tr("Exporting…"),
            lambda progress: exporting.export(
                target,
                format=ExportFormat(choice.format),
                ids=only,
                encoding=choice.encoding,
                progress=progress,
                force=force,
            ),
            self._exported,
        )

    def _exported(self, report: object) -> None:
        from kauntaa.services.exporting import ExportReport

        assert isinstance(report, ExportReport)
        self.last_export: ExportReport = report
        text = (
            self.tr("Exported %1 customers to %2")
            .replace("%1", str(report.customers))
            .replace("%2", str(report.path))
        )
        if report.replaced:
            text += "\n" + self.tr("Written as 〓 (not in CP932): %1").replace(
                "%1", report.replaced
            )
        self._window.toast(text)
