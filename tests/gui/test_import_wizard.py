"""The import wizard and the export dialog, driven from the File menu like the owner would."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget, QWizard
from pytestqt.qtbot import QtBot

from kauntaa.domain.exchange import CardField, DuplicateAction
from kauntaa.gui.dialogs.import_wizard import ImportWizard
from kauntaa.gui.main_window import MainWindow
from kauntaa.services.shop import Shop

FIXTURES = Path(__file__).parents[1] / "unit" / "fixtures" / "exchange"


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def file_menu_texts(window: MainWindow) -> list[str]:
    return [a.text() for a in window._ui.menu_file.actions()]


def open_wizard(window: MainWindow, path: Path) -> ImportWizard:
    window.exchange.import_action.trigger()
    wizard = window.exchange.wizard
    assert wizard is not None
    wizard.file_page.open_file(path)
    return wizard


def next_page(qtbot: QtBot, wizard: ImportWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def finish(qtbot: QtBot, wizard: ImportWizard) -> None:
    qtbot.waitUntil(lambda: wizard.run_page.isComplete(), timeout=30_000)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def test_the_file_menu_offers_import_and_export(window: MainWindow) -> None:
    texts = file_menu_texts(window)
    assert "&Import customers…" in texts
    assert "E&xport customers…" in texts


def test_a_square_export_imports_end_to_end_with_a_report(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    wizard = open_wizard(window, FIXTURES / "square_customers.csv")
    page = wizard.file_page
    assert page.encoding_combo.currentText() == "utf-8"
    assert "(guessed: utf-8)" in page.guess_label.text()
    assert "First Name" in page.raw_view.toPlainText()
    next_page(qtbot, wizard)

    columns = wizard.columns_page
    assert columns.preset_combo.currentData() == "square"
    assert cell(columns.preview_table, 0, 1) == "田中 美咲"
    # As stored: the reading Square does not have is guessed, as on the counter.
    assert cell(columns.preview_table, 0, 2) == "たなか みさき"
    assert "好きな豆: エチオピア" in cell(columns.preview_table, 0, 8)
    next_page(qtbot, wizard)

    dups = wizard.duplicates_page
    # 田中 美咲 and 佐藤 健太 are regulars already (same name; the file has no reading);
    # line 7 is 佐藤 健太 again.
    lines = [cell(dups.table, r, 0) for r in range(dups.table.rowCount())]
    assert lines == ["2", "3", "7"]
    assert cell(dups.table, 0, 2).startswith("田中 美咲 (in the shop, id ")
    assert cell(dups.table, 0, 3) == "same name and reading"
    dups.choose(2, DuplicateAction.MERGE)
    next_page(qtbot, wizard)

    finish_text = wizard.run_page
    qtbot.waitUntil(lambda: finish_text.isComplete(), timeout=30_000)
    report = wizard.report
    assert report is not None
    assert (report.added, report.merged) == (2, 1)
    assert "line 5: The name is empty" in finish_text.report_view.toPlainText()
    assert finish_text.status_label.text() == "Done: 2 added, 1 merged, 3 skipped."
    finish(qtbot, wizard)
    qtbot.waitUntil(lambda: window.exchange.wizard is None)
    assert shop.customers.count() == 3 + 2
    tanaka = shop.customers.search("田中 美咲")[0]
    assert shop.customers.get(tanaka.id).phone == "090-1234-5678"
    assert "Imported: 2 added, 1 merged, 3 skipped" in window._ui.status_bar.currentMessage()


def test_changing_the_encoding_redraws_the_preview(qtbot: QtBot, window: MainWindow) -> None:
    wizard = open_wizard(window, FIXTURES / "japanese_sheet_cp932.csv")
    page = wizard.file_page
    assert page.encoding_combo.currentText() == "cp932"
    assert "髙橋 一郎" in page.raw_view.toPlainText()
    page.encoding_combo.setCurrentText("utf-8")
    page.reload()
    # Garbled, as the message says: the owner sees why and picks another encoding.
    assert "髙橋 一郎" not in page.raw_view.toPlainText()
    assert "\ufffd" in page.raw_view.toPlainText()
    assert page.error_label.text().startswith("Line 1:")
    assert "preview" in page.error_label.text()
    assert not page.isComplete()
    page.encoding_combo.setCurrentText("cp932")
    page.reload()
    assert "髙橋 一郎" in page.raw_view.toPlainText()
    assert page.isComplete()


def test_remapping_a_column_changes_the_preview(qtbot: QtBot, window: MainWindow) -> None:
    wizard = open_wizard(window, FIXTURES / "generic_semicolon.csv")
    next_page(qtbot, wizard)
    columns = wizard.columns_page
    assert cell(columns.preview_table, 0, 8) == "Likes jazz / Loyalty Tier: Gold"
    columns.set_column(6, CardField.IGNORE)
    assert cell(columns.preview_table, 0, 8) == "Likes jazz"
    columns.set_column(0, None)
    assert "No column holds the name" in columns.error_label.text()
    assert not columns.isComplete()


def test_vcards_skip_the_column_page_and_show_the_contacts(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    wizard = open_wizard(window, FIXTURES / "old_phone_sjis.vcf")
    assert wizard.file_page.kind_label.text() == "vCard (phone contacts)"
    next_page(qtbot, wizard)
    assert wizard.currentId() == ImportWizard.DUPLICATES
    preview = wizard.duplicates_page.preview_table
    assert (cell(preview, 0, 1), cell(preview, 0, 2)) == (
        "渡辺 花子",
        "わたなべ はなこ",
    )
    next_page(qtbot, wizard)
    finish(qtbot, wizard)
    assert shop.customers.search("ﾜﾀﾅﾍﾞ")[0].name == "渡辺 花子"


def test_a_malformed_file_is_explained_and_cannot_go_on(qtbot: QtBot, window: MainWindow) -> None:
    wizard = open_wizard(window, FIXTURES / "broken_quote.csv")
    assert wizard.file_page.error_label.text().startswith("Line 3: The CSV is malformed")
    # The lines are still shown, so the owner can find the broken quote.
    assert 'Anna Schmidt,"never closed' in wizard.file_page.raw_view.toPlainText()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.reject()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_pipe_or_a_table_too_wide_is_refused_on_the_first_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The wizard reads through the same service as the command line, and says the same."""
    fifo = tmp_path / "customers.csv"
    os.mkfifo(fifo)
    wizard = open_wizard(window, fifo)
    assert "is not a regular file" in wizard.file_page.error_label.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wide = tmp_path / "wide.csv"
    wide.write_text(",".join(f"c{i}" for i in range(100_000)) + "\n", encoding="utf-8")
    wizard.file_page.open_file(wide)
    assert wizard.file_page.error_label.text() == (
        "Line 1: The table has too many columns (100000). Up to 500 can be imported; "
        "check that the separator is right."
    )
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.reject()


def test_cancel_while_importing_writes_nothing(
    qtbot: QtBot, window: MainWindow, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kauntaa.services import importing

    wizard = open_wizard(window, FIXTURES / "square_customers.csv")
    # Cancel as soon as the worker reports its first progress.
    real_run = importing.ImportService.run

    def run_and_cancel(self: importing.ImportService, plan: object, **kwargs: object) -> object:
        wizard.cancel_event.set()
        return real_run(self, plan, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(importing.ImportService, "run", run_and_cancel)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    run = wizard.run_page
    qtbot.waitUntil(lambda: run.isComplete(), timeout=30_000)
    assert run.status_label.text() == "The import was cancelled. Nothing was written."
    assert wizard.report is None
    assert shop.customers.count() == 3


def test_export_dialog_writes_the_search_result_as_cp932(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.search_for("たなか")
    qtbot.waitUntil(lambda: window.results_model.rowCount() == 1)
    window.exchange.export_action.trigger()
    dialog = window.exchange.export_dialog
    assert dialog is not None
    assert dialog.search_radio.text() == "The 1 customers the search shows"
    dialog.search_radio.setChecked(True)
    dialog.form_combo.setCurrentIndex(dialog.form_combo.findData("csv_cp932"))
    dialog.path_edit.setText(str(tmp_path / "tanaka.txt"))
    dialog._suffix()
    assert dialog.path_edit.text() == str(tmp_path / "tanaka.csv")
    dialog.accept()
    qtbot.waitUntil(lambda: (tmp_path / "tanaka.csv").exists() and not window.busy)
    text = (tmp_path / "tanaka.csv").read_bytes().decode("cp932")
    assert "田中 美咲" in text
    assert "佐藤 健太" not in text


def test_export_dialog_writes_everything_as_a_zip(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.exchange.export_action.trigger()
    dialog = window.exchange.export_dialog
    assert dialog is not None
    dialog.form_combo.setCurrentIndex(dialog.form_combo.findData("zip"))
    dialog.path_edit.setText(str(tmp_path / "all.zip"))
    dialog.accept()
    qtbot.waitUntil(lambda: (tmp_path / "all.zip").exists() and not window.busy)
    assert window.exchange.last_export.customers == 3
    assert window.exchange.last_export.visits == 1


def test_privacy_mode_keeps_the_files_contact_details_off_the_screen(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    before = shop.customers.count()
    window.privacy.set_privacy(True)
    assert window.exchange.open_import(FIXTURES / "square_customers.csv") is None
    assert "privacy mode off" in window._ui.status_bar.currentMessage()

    window.privacy.set_privacy(False)
    wizard = open_wizard(window, FIXTURES / "square_customers.csv")
    assert wizard.isVisible()
    window.privacy.set_privacy(True)  # the key pressed while the preview is up

    assert not wizard.isVisible()
    assert window.exchange.wizard is None
    assert "Nothing was written" in window._ui.status_bar.currentMessage()
    assert shop.customers.count() == before


def test_the_encoding_shortcut_leads_to_its_box(qtbot: QtBot, window: MainWindow) -> None:
    wizard = open_wizard(window, FIXTURES / "square_customers.csv")
    labels = [w for w in wizard.file_page.findChildren(QLabel) if w.text() == "&Encoding:"]
    assert [label.buddy() for label in labels] == [wizard.file_page.encoding_combo]
    wizard.reject()
