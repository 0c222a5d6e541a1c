"""The import wizard: a file in, its encoding checked by eye, columns mapped, duplicates decided.

Pages: the file (with the guessed encoding, changeable, and the raw lines as
read), the columns (preset, one field per column, unmapped columns kept as a
note, the first rows as they will be stored), the likely duplicates (skip,
merge or add, for all or row by row), and the run (a verified backup, then one
transaction on the worker, with a progress bar and Cancel) ending in the report.
A vCard file skips the column page. Built in code: no Designer form.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kauntaa.domain.exchange import (
    BASIS_LABELS,
    FIELD_LABELS,
    PRESETS,
    CardField,
    DuplicateAction,
    ImportedCard,
    PresetKind,
)
from kauntaa.errors import KauntaaError
from kauntaa.gui.error_label import ErrorLabel
from kauntaa.gui.workers import Job, Progress

if TYPE_CHECKING:
    from kauntaa.services.importing import Cards, ImportPlan, ImportReport, Source
    from kauntaa.services.shop import Shop

#: Rows shown on the column page as they will be stored.
PREVIEW_ROWS = 20
RAW_LINES = 15
# Errors about a file that is text, only not importable as it reads now: its first
# lines are still shown (unreadable bytes as �), since the message points to them.
_TEXT_TO_SHOW = {"bad_encoding", "broken_csv"}
ENCODINGS = ("utf-8", "utf-8-sig", "cp932", "euc-jp", "utf-16")


def _say(language: str, ja: str, en: str) -> str:
    return ja if language.startswith("ja") else en


class ImportWizard(QWizard):
    """Owns the state the pages share: the file, its cards, the plan and the running job."""

    FILE, COLUMNS, DUPLICATES, RUN = range(4)

    def __init__(
        self, shop: Shop, language: str, parent: QWidget | None = None, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.shop = shop
        self.language = language
        self.data: bytes | None = None
        self.path: Path | None = None
        self.source: Source | None = None
        self.cards: Cards | None = None
        self.plan: ImportPlan | None = None
        self.report: ImportReport | None = None
        self.job: Job | None = None
        self.cancel_event = threading.Event()
        self.setWindowTitle(self.tr("Import customers"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(820, 600)
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.duplicates_page = DuplicatesPage(self)
        self.run_page = RunPage(self)
        self.setPage(self.FILE, self.file_page)
        self.setPage(self.COLUMNS, self.columns_page)
        self.setPage(self.DUPLICATES, self.duplicates_page)
        self.setPage(self.RUN, self.run_page)
        if path is not None:
            self.file_page.open_file(path)

    def say(self, error: KauntaaError) -> str:
        return error.text(self.language)

    @property
    def running(self) -> bool:
        return self.job is not None

    def reject(self) -> None:
        """Cancel: while the import runs, stop it (nothing is written) and wait for the rollback."""
        if self.job is not None:
            self.cancel_event.set()
            self.run_page.status_label.setText(self.tr("Cancelling… nothing will be written."))
            return
        super().reject()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "A CSV from Square or another point-of-sale system, an Excel sheet saved as CSV, "
                "or contacts from a phone (.vcf)."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self.browse)
        self.encoding_combo = QComboBox()
        self.encoding_combo.setEditable(True)
        self.encoding_combo.addItems(ENCODINGS)
        self.encoding_combo.activated.connect(lambda _i: self.reload())
        self.encoding_combo.lineEdit().editingFinished.connect(self.reload)  # type: ignore[union-attr]
        self.guess_label = QLabel()
        self.kind_label = QLabel()
        self.raw_view = QPlainTextEdit()
        self.raw_view.setReadOnly(True)
        self.raw_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.error_label = ErrorLabel()

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        encoding_row = QHBoxLayout()
        encoding_row.addWidget(self.encoding_combo)
        encoding_row.addWidget(self.guess_label, 1)
        # A label of a row of widgets needs its buddy named, or the & shows as it is.
        encoding_label = QLabel(self.tr("&Encoding:"))
        encoding_label.setBuddy(self.encoding_combo)
        form.addRow(encoding_label, encoding_row)
        form.addRow(self.tr("Kind:"), self.kind_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(self.tr("The first lines as read (change the encoding if they look garbled):"))
        )
        layout.addWidget(self.raw_view, 1)
        layout.addWidget(self.error_label)

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import customers"),
            str(Path.home()),
            self.tr("Customer files (*.csv *.tsv *.txt *.vcf);;All files (*)"),
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        """Read the file and guess its encoding; a bad file is explained on the page."""
        from kauntaa.services.csv_files import guess_encoding, read_file

        wizard = self._wizard
        wizard.path = path
        self.path_edit.setText(str(path))
        try:
            wizard.data = read_file(path)
            guessed = guess_encoding(wizard.data)
        except KauntaaError as error:
            wizard.data = None
            self._failed(error)
            return
        self.guess_label.setText(self.tr("(guessed: %1)").replace("%1", guessed))
        self.encoding_combo.setCurrentText(guessed)
        self.reload()

    def reload(self) -> None:
        """Read the file again in the chosen encoding: the preview shows at once what changed."""
        wizard = self._wizard
        if wizard.data is None or wizard.path is None:
            return
        encoding = self.encoding_combo.currentText().strip()
        wizard.source = None
        wizard.cards = None
        wizard.plan = None
        try:
            source = wizard.shop.importing.load_bytes(
                wizard.data, wizard.path.name, encoding=encoding or None
            )
        except KauntaaError as error:
            self._failed(error)
            if error.code in _TEXT_TO_SHOW:
                # The owner compares encodings, or finds the broken line, by these lines.
                text = wizard.data.decode(encoding or "utf-8", errors="replace")
                self.raw_view.setPlainText("\n".join(text.splitlines()[:RAW_LINES]))
            return
        wizard.source = source
        self.raw_view.setPlainText("\n".join(source.preview_lines(RAW_LINES)))
        if source.table is not None:
            self.kind_label.setText(
                self.tr("CSV: %1 columns, %2 rows")
                .replace("%1", str(len(source.table.headers)))
                .replace("%2", str(len(source.table.rows)))
            )
        else:
            self.kind_label.setText(self.tr("vCard (phone contacts)"))
        self.error_label.show_error("")
        self.completeChanged.emit()

    def _failed(self, error: KauntaaError) -> None:
        self.raw_view.clear()
        self.kind_label.clear()
        self.error_label.show_error(self._wizard.say(error))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's API
        return self._wizard.source is not None

    def nextId(self) -> int:  # noqa: N802 - Qt's API
        source = self._wizard.source
        if source is not None and source.table is None:
            return ImportWizard.DUPLICATES
        return ImportWizard.COLUMNS


class ColumnsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._combos: list[QComboBox] = []
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Choose where each column goes on the card. Below: the first rows as they will be stored."
            )
        )
        self.preset_combo = QComboBox()
        for kind, preset in PRESETS.items():
            self.preset_combo.addItem(
                _say(wizard.language, preset.label_ja, preset.label_en), kind.value
            )
        self.preset_combo.activated.connect(lambda _i: self.apply_preset())
        self.keep_check = QCheckBox(self.tr("&Keep unmatched columns as a note"))
        self.keep_check.setChecked(True)
        self.keep_check.toggled.connect(lambda _on: self.refresh_preview())
        self.columns_table = QTableWidget(0, 3)
        self.columns_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Goes to")]
        )
        self.columns_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.columns_table.verticalHeader().hide()
        self.preview_table = QTableWidget(0, 0)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.error_label = ErrorLabel()
        top = QHBoxLayout()
        preset_label = QLabel(self.tr("&Preset:"))
        preset_label.setBuddy(self.preset_combo)
        top.addWidget(preset_label)
        top.addWidget(self.preset_combo, 1)
        top.addWidget(self.keep_check)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.columns_table, 1)
        layout.addWidget(QLabel(self.tr("As it will be stored:")))
        layout.addWidget(self.preview_table, 1)
        layout.addWidget(self.error_label)

    def initializePage(self) -> None:  # noqa: N802 - Qt's API
        source = self._wizard.source
        if source is None:
            return
        preset = self._wizard.shop.importing.preset_for(source)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(preset.value))
        self.apply_preset()

    def apply_preset(self) -> None:
        source = self._wizard.source
        if source is None or source.table is None:
            return
        preset = PresetKind(self.preset_combo.currentData())
        mapping = self._wizard.shop.importing.mapping_for(source, preset)
        table = source.table
        first = table.rows[0][1] if table.rows else ()
        self.columns_table.setRowCount(len(table.headers))
        self._combos = []
        for row, header in enumerate(table.headers):
            self.columns_table.setItem(row, 0, _item(header))
            self.columns_table.setItem(row, 1, _item(first[row] if row < len(first) else ""))
            combo = QComboBox()
            combo.addItem(self.tr("(not matched)"), "")
            for card_field, (ja, en) in FIELD_LABELS.items():
                combo.addItem(_say(self._wizard.language, ja, en), card_field.value)
            target = mapping[row]
            combo.setCurrentIndex(combo.findData(target.value if target else ""))
            combo.activated.connect(lambda _i: self.refresh_preview())
            self.columns_table.setCellWidget(row, 2, combo)
            self._combos.append(combo)
        self.refresh_preview()

    def set_column(self, index: int, target: CardField | None) -> None:
        """Map one column (as the owner would with its combo box)."""
        combo = self._combos[index]
        combo.setCurrentIndex(combo.findData(target.value if target else ""))
        self.refresh_preview()

    def mapping(self) -> tuple[CardField | None, ...]:
        return tuple(CardField(c.currentData()) if c.currentData() else None for c in self._combos)

    def refresh_preview(self) -> None:
        wizard = self._wizard
        if wizard.source is None:
            return
        wizard.plan = None
        try:
            wizard.cards = wizard.shop.importing.cards(
                wizard.source, self.mapping(), keep_unmapped=self.keep_check.isChecked()
            )
        except KauntaaError as error:
            wizard.cards = None
            self.error_label.show_error(wizard.say(error))
            self.preview_table.setRowCount(0)
            self.completeChanged.emit()
            return
        self.error_label.show_error("")
        fill_preview(self.preview_table, list(wizard.cards.cards[:PREVIEW_ROWS]), self)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's API
        return self._wizard.cards is not None


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def fill_preview(table: QTableWidget, raw: list[ImportedCard], owner: QWidget) -> None:
    """The cards as they will be stored: cleaned, with the guessed readings."""
    from kauntaa.services.importing import as_stored

    cards = [as_stored(c) for c in raw]
    table.verticalHeader().hide()
    headers = [
        owner.tr("Line"),
        owner.tr("Name"),
        owner.tr("Reading"),
        owner.tr("Call them"),
        owner.tr("Phone"),
        owner.tr("Email"),
        owner.tr("Occupation"),
        owner.tr("Visits"),
        owner.tr("Note"),
    ]
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(cards))
    for row, card in enumerate(cards):
        f = card.fields
        values = [
            str(card.line),
            f.name,
            f.reading,
            f.call_name,
            f.phone,
            f.email,
            f.occupation,
            str(card.visit_count) if card.visit_count else "",
            card.note.replace("\n", " / "),
        ]
        for column, value in enumerate(values):
            table.setItem(row, column, _item(value))
    table.resizeColumnsToContents()


class DuplicatesPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._combos: dict[int, QComboBox] = {}
        self.setTitle(self.tr("Likely duplicates"))
        self.setSubTitle(
            self.tr(
                "Rows with the same name and reading, phone or email as someone already in the "
                "shop or earlier in the file."
            )
        )
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.default_combo = QComboBox()
        self._fill_actions(self.default_combo)
        self.default_combo.activated.connect(lambda _i: self.apply_default())
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Name"), self.tr("Looks like"), self.tr("Why"), self.tr("Do")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.preview_table = QTableWidget(0, 0)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.error_label = ErrorLabel()
        top = QHBoxLayout()
        default_label = QLabel(self.tr("For &all duplicates:"))
        default_label.setBuddy(self.default_combo)
        top.addWidget(default_label)
        top.addWidget(self.default_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addLayout(top)
        layout.addWidget(self.table, 2)
        self.preview_label = QLabel(self.tr("The first contacts as they will be stored:"))
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview_table, 1)
        layout.addWidget(self.error_label)

    def _fill_actions(self, combo: QComboBox) -> None:
        combo.addItem(self.tr("Skip"), DuplicateAction.SKIP.value)
        combo.addItem(self.tr("Merge into the existing card"), DuplicateAction.MERGE.value)
        combo.addItem(self.tr("Add as a new customer"), DuplicateAction.ADD.value)

    def initializePage(self) -> None:  # noqa: N802 - Qt's API
        wizard = self._wizard
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Import"))
        wizard.plan = None
        self.error_label.show_error("")
        source = wizard.source
        if source is None:
            return
        try:
            if wizard.cards is None:
                wizard.cards = wizard.shop.importing.cards(source)
            wizard.plan = wizard.shop.importing.plan(
                source, wizard.cards, DuplicateAction(self.default_combo.currentData())
            )
        except KauntaaError as error:
            self.error_label.show_error(wizard.say(error))
            self.table.setRowCount(0)
            self.completeChanged.emit()
            return
        plan = wizard.plan
        vcard = source.table is None
        self.preview_label.setVisible(vcard)
        self.preview_table.setVisible(vcard)
        if vcard:
            fill_preview(self.preview_table, list(plan.cards[:PREVIEW_ROWS]), self)
        self.summary_label.setText(
            self.tr(
                "%1 rows to import, %2 likely duplicates, %3 rows that cannot be imported "
                "(listed in the report)."
            )
            .replace("%1", str(len(plan.cards)))
            .replace("%2", str(len(plan.duplicates)))
            .replace("%3", str(len(plan.problems)))
        )
        cards = {c.line: c for c in plan.cards}
        dups = sorted(plan.duplicates.values(), key=lambda d: d.line)
        self.table.setRowCount(len(dups))
        self._combos = {}
        for row, dup in enumerate(dups):
            ja, en = BASIS_LABELS[dup.basis]
            if dup.customer_id is not None:
                like = self.tr("%1 (in the shop, id %2)").replace("%1", dup.customer_name)
                like = like.replace("%2", str(dup.customer_id))
            else:
                like = self.tr("%1 (line %2 of the file)").replace("%1", dup.customer_name)
                like = like.replace("%2", str(dup.earlier_line))
            self.table.setItem(row, 0, _item(str(dup.line)))
            self.table.setItem(row, 1, _item(cards[dup.line].fields.name))
            self.table.setItem(row, 2, _item(like))
            self.table.setItem(row, 3, _item(_say(wizard.language, ja, en)))
            combo = QComboBox()
            self._fill_actions(combo)
            combo.setCurrentIndex(combo.findData(plan.action_for(dup.line).value))
            combo.activated.connect(lambda _i, line=dup.line: self.choose(line))
            self.table.setCellWidget(row, 4, combo)
            self._combos[dup.line] = combo
        self.completeChanged.emit()

    def apply_default(self) -> None:
        wizard = self._wizard
        if wizard.plan is None:
            return
        action = DuplicateAction(self.default_combo.currentData())
        wizard.plan = wizard.plan.with_default(action)
        for combo in self._combos.values():
            combo.setCurrentIndex(combo.findData(action.value))

    def choose(self, line: int, action: DuplicateAction | None = None) -> None:
        """One row's choice (from its combo box, or given)."""
        wizard = self._wizard
        combo = self._combos[line]
        if action is not None:
            combo.setCurrentIndex(combo.findData(action.value))
        if wizard.plan is not None:
            wizard.plan = wizard.plan.with_action(line, DuplicateAction(combo.currentData()))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's API
        return self._wizard.plan is not None


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(
            self.tr(
                "A verified backup is taken first; then everything is written at once, or nothing."
            )
        )
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.cancel_button = QPushButton(self.tr("&Cancel import"))
        self.cancel_button.clicked.connect(wizard.reject)
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        row = QHBoxLayout()
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(row)
        layout.addWidget(self.report_view, 1)
        self._done = False

    def initializePage(self) -> None:  # noqa: N802 - Qt's API
        wizard = self._wizard
        plan = wizard.plan
        if plan is None:
            return
        self._done = False
        wizard.cancel_event.clear()
        self.report_view.clear()
        self.status_label.setText(self.tr("Taking a verified backup, then importing…"))
        self.progress_bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        importing = wizard.shop.importing
        cancel = wizard.cancel_event

        def work(progress: Progress) -> object:
            return importing.run(plan, progress=progress, cancel=cancel)

        job = Job(work)
        wizard.job = job
        job.progress.connect(self._progress)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        job.finished.connect(self._finished)
        job.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.status_label.setText(
            self.tr("Writing %1 of %2…").replace("%1", str(done)).replace("%2", str(total))
        )

    def _succeeded(self, report: object) -> None:
        from kauntaa.services.importing import ImportReport

        assert isinstance(report, ImportReport)
        self._wizard.report = report
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        self.status_label.setText(
            self.tr("Done: %1 added, %2 merged, %3 skipped.")
            .replace("%1", str(report.added))
            .replace("%2", str(report.merged))
            .replace("%3", str(len(report.skipped)))
        )
        self.report_view.setPlainText(report_text(report, self._wizard.language))

    def _failed(self, error: object) -> None:
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        if isinstance(error, KauntaaError):
            text = self._wizard.say(error)
        else:
            text = self.tr("Something went wrong: %1. Nothing was written.").replace(
                "%1", str(error)
            )
        self.status_label.setText(text)

    def _finished(self) -> None:
        wizard = self._wizard
        if wizard.job is not None:
            wizard.job.deleteLater()
        wizard.job = None
        self._done = True
        self.cancel_button.setEnabled(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's API
        return self._done


def report_text(report: ImportReport, language: str) -> str:
    from kauntaa.services.importing import report_text as text

    return text(report, language)
