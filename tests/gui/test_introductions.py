"""The introduction ledger at the counter: the Introduce dialog, planned introductions at
check-in, outcomes, suggestions on the card, and the newsletter export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from kauntaa.domain.customers import CustomerFields
from kauntaa.domain.introductions import IntroductionStatus, OutcomeKind
from kauntaa.gui.dialogs.introduce_dialog import IntroduceDialog, OutcomeDialog
from kauntaa.gui.main_window import MainWindow
from kauntaa.services.shop import Shop
from tests.gui.conftest import type_text


def _card_text(window: MainWindow) -> str:
    window.current_card()
    return window.card_text()


def _settled_card_text(qtbot: QtBot, window: MainWindow) -> str:
    """The card once its suggestions (worked out just after it) are in."""
    window.current_card()
    qtbot.waitUntil(lambda: not window.ledger.suggestions_pending)
    return window.card_text()


def _select(qtbot: QtBot, window: MainWindow, query: str, customer_id: int) -> None:
    window._ui.search_edit.clear()
    qtbot.keyClicks(window._ui.search_edit, query)
    qtbot.waitUntil(lambda: window.current_customer_id() == customer_id)
    window.current_card()  # the card follows the list; read it now


def _in_dialog(kind: type, act: Callable[..., None], seen: dict[str, object]) -> None:
    """Run ``act`` on the dialog once it is open (it runs its own event loop)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        seen["dialog_type"] = type(dialog)
        if not isinstance(dialog, kind):
            if dialog is not None:
                dialog.close()
            return
        act(dialog)

    QTimer.singleShot(0, run)


def _click(link: str, window: MainWindow) -> None:
    window._ui.card_browser.anchorClicked.emit(QUrl(link))


def test_ctrl_i_records_an_introduction_picked_through_search(
    qtbot: QtBot, window: MainWindow, shop: Shop, regulars: dict[str, int]
) -> None:
    _select(qtbot, window, "tanaka", regulars["tanaka"])
    seen: dict[str, object] = {}

    def fill(dialog: IntroduceDialog) -> None:
        seen["first"] = dialog.first_picker.person
        type_text(dialog.second_picker.search_edit, "さとう")
        seen["second"] = dialog.second_picker.person
        dialog.context_edit.setText("二人ともフィルムカメラ好き")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        seen["open_after"] = dialog.isVisible()

    _in_dialog(IntroduceDialog, fill, seen)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)

    assert seen["dialog_type"] is IntroduceDialog
    assert getattr(seen["first"], "id", None) == regulars["tanaka"]
    assert getattr(seen["second"], "id", None) == regulars["sato"]
    assert seen["open_after"] is False
    [intro] = shop.introductions.for_customer(regulars["sato"])
    assert intro.status is IntroductionStatus.DONE
    assert intro.introducer is None  # the owner
    assert intro.context == "二人ともフィルムカメラ好き"
    assert intro.on == date(2026, 11, 20)
    text = _card_text(window)
    assert "Introduced to 佐藤 健太 by the owner, 2026-11-20" in text
    assert "Recorded: " in window._toast.text()


def test_a_regular_can_be_the_introducer(
    qtbot: QtBot, window: MainWindow, shop: Shop, regulars: dict[str, int]
) -> None:
    _select(qtbot, window, "sato", regulars["sato"])
    seen: dict[str, object] = {}

    def by_yamada(dialog: IntroduceDialog) -> None:
        type_text(dialog.second_picker.search_edit, "misaki")
        dialog.by_regular_check.setChecked(True)
        seen["picker_shown"] = dialog.introducer_picker.isVisible()
        type_text(dialog.introducer_picker.search_edit, "山田")
        dialog.accept()

    _in_dialog(IntroduceDialog, by_yamada, seen)
    window.ledger.introduce_action.trigger()

    assert seen["picker_shown"] is True
    [intro] = shop.introductions.for_customer(regulars["sato"])
    assert intro.introducer is not None
    assert intro.introducer.id == regulars["yamada"]
    assert "Introduced to 田中 美咲 by 山田 優" in _card_text(window)


def test_the_dialog_keeps_what_was_typed_when_the_ledger_refuses(
    qtbot: QtBot, window: MainWindow, shop: Shop, regulars: dict[str, int]
) -> None:
    _select(qtbot, window, "tanaka", regulars["tanaka"])
    seen: dict[str, object] = {}

    def same_person_twice(dialog: IntroduceDialog) -> None:
        type_text(dialog.second_picker.search_edit, "たなか")
        dialog.context_edit.setText("写真")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        seen["error"] = dialog.error_label.text()
        seen["visible"] = dialog.isVisible()
        seen["context"] = dialog.context_edit.text()
        dialog.reject()

    _in_dialog(IntroduceDialog, same_person_twice, seen)
    window.ledger.introduce_action.trigger()

    assert seen["error"] == "A person cannot be introduced to themselves. Choose someone else."
    assert seen["visible"] is True
    assert seen["context"] == "写真"
    assert shop.introductions.for_customer(regulars["tanaka"]) == []


def test_a_planned_introduction_comes_up_at_check_in_and_stays_until_done(
    qtbot: QtBot, window: MainWindow, shop: Shop, regulars: dict[str, int]
) -> None:
    _select(qtbot, window, "tanaka", regulars["tanaka"])
    seen: dict[str, object] = {}

    def plan(dialog: IntroduceDialog) -> None:
        type_text(dialog.second_picker.search_edit, "yamada")
        dialog.planned_check.setChecked(True)
        seen["button"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    _in_dialog(IntroduceDialog, plan, seen)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert seen["button"] == "Plan it"
    [planned] = shop.introductions.for_customer(regulars["yamada"])
    assert planned.status is IntroductionStatus.PLANNED

    # Yamada walks in: the search result carries the badge, the toast says it.
    _select(qtbot, window, "yamada", regulars["yamada"])
    assert window.results_model.hit(0).waiting is True
    assert window.results_model.hit(0).planned_introduction is True
    tip = window.results_model.data(window.results_model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "An introduction is planned" in str(tip)
    qtbot.keyClick(window._ui.search_edit, Qt.Key.Key_Return)
    assert "Introduce to 田中 美咲" in window._toast.text()
    assert "Introduce to 田中 美咲 next time" in _card_text(window)

    # Tanaka's card shows it too; "done" takes it off both.
    _select(qtbot, window, "tanaka", regulars["tanaka"])
    assert "Introduce to 山田 優 next time" in _card_text(window)
    _click(f"kauntaa:intro-done/{planned.id}", window)

    assert shop.introductions.get(planned.id).status is IntroductionStatus.DONE
    text = _card_text(window)
    assert "next time" not in text
    assert "Introduced to 山田 優 by the owner" in text
    assert window.results_model.hit(0).waiting is False


def test_a_planned_introduction_can_be_dropped_from_the_card(
    qtbot: QtBot, window: MainWindow, shop: Shop, regulars: dict[str, int]
) -> None:
    planned = shop.introductions.introduce(regulars["sato"], regulars["yamada"], planned=True)
    _select(qtbot, window, "tanaka", regulars["tanaka"])  # the card is read afresh
    _select(qtbot, window, "sato", regulars["sato"])
    assert "Introduce to 山田 優 next time" in _card_text(window)

    _click(f"kauntaa:intro-drop/{planned.id}", window)

    assert shop.introductions.get(planned.id).status is IntroductionStatus.DROPPED
    assert "next time" not in _card_text(window)


def test_the_outcome_dialog_records_what_came_of_it_with_a_follow_up(
    qtbot: QtBot, window: MainWindow, shop: Shop, regulars: dict[str, int]
) -> None:
    intro = shop.introductions.introduce(
        regulars["tanaka"], regulars["sato"], by=regulars["yamada"], on=date(2026, 11, 2)
    )
    _select(qtbot, window, "yamada", regulars["yamada"])  # the card is read afresh
    _select(qtbot, window, "sato", regulars["sato"])
    text = _card_text(window)
    assert "Introduced to 田中 美咲 by 山田 優, 2026-11-02" in text
    seen: dict[str, object] = {}

    def record(dialog: OutcomeDialog) -> None:
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(OutcomeKind.WORK))
        dialog.text_edit.setText("ロゴを頼んだ")
        dialog.follow_up_check.setChecked(True)
        dialog.accept()

    _in_dialog(OutcomeDialog, record, seen)
    _click(f"kauntaa:intro-outcome/{intro.id}", window)

    stored = shop.introductions.get(intro.id)
    assert (stored.outcome_kind, stored.outcome_text) == (OutcomeKind.WORK, "ロゴを頼んだ")
    assert stored.follow_up_on == date(2026, 12, 4)
    assert "led to work" in _card_text(window)
    assert "ロゴを頼んだ" in _card_text(window)
    # One click follows the chain to the other person's card.
    _click(f"kauntaa:customer/{regulars['tanaka']}", window)
    assert window.current_customer_id() == regulars["tanaka"]
    assert "Introduced to 佐藤 健太 by 山田 優" in _card_text(window)


def test_suggestions_on_the_card_open_the_dialog_prefilled(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    kimura = shop.customers.add(
        CustomerFields(name="木村 花", reading="きむら はな", looking_for="ショップの写真")
    )
    nishida = shop.customers.add(
        CustomerFields(name="西田 優", reading="にしだ ゆう", offers="写真撮影")
    )
    _select(qtbot, window, "kimura", kimura.id)
    assert "Might like to meet" not in _card_text(window)  # the card comes first…
    text = _settled_card_text(qtbot, window)  # …its suggestions just after
    assert "Might like to meet" in text
    assert "西田 優" in text
    assert "offers: 写真撮影 ↔ looking for: ショップの写真" in text
    seen: dict[str, object] = {}

    def check(dialog: IntroduceDialog) -> None:
        seen["pair"] = (
            getattr(dialog.first_picker.person, "id", None),
            getattr(dialog.second_picker.person, "id", None),
        )
        dialog.planned_check.setChecked(True)
        dialog.accept()

    _in_dialog(IntroduceDialog, check, seen)
    _click(f"kauntaa:introduce-to/{nishida.id}", window)

    assert seen["pair"] == (kimura.id, nishida.id)
    assert [i.status for i in shop.introductions.for_customer(kimura.id)] == [
        IntroductionStatus.PLANNED
    ]
    # Now in the ledger, no longer a suggestion.
    assert "Might like to meet" not in _settled_card_text(qtbot, window)


def test_a_do_not_introduce_card_says_so_and_suggests_nobody(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    shy = shop.customers.add(
        CustomerFields(
            name="森 光", reading="もり ひかる", looking_for="写真", do_not_introduce=True
        )
    )
    shop.customers.add(CustomerFields(name="西田 優", reading="にしだ ゆう", offers="写真撮影"))
    _select(qtbot, window, "mori", shy.id)
    text = _settled_card_text(qtbot, window)
    assert "Asked not to be introduced to anyone." in text
    assert "Might like to meet" not in text
    assert "Introduce to someone" not in text


def test_ctrl_i_is_the_only_action_on_its_key(window: MainWindow) -> None:
    keys = [
        a.shortcut().toString()
        for a in window.findChildren(type(window.ledger.introduce_action))
        if not a.shortcut().isEmpty()
    ]
    assert window.ledger.introduce_action.shortcut() == QKeySequence("Ctrl+I")
    assert keys.count("Ctrl+I") == 1


def test_the_newsletter_list_is_exported_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, shop: Shop, tmp_path: Path
) -> None:
    shop.customers.add(
        CustomerFields(
            name="木村 花",
            reading="きむら はな",
            email="hana@example.jp",
            newsletter_consent=True,
        )
    )
    assert window.ledger.newsletter_action in window._ui.menu_file.actions()
    target = tmp_path / "newsletter.csv"

    window.ledger.export_newsletter(target)
    assert window.wait_for_job()
    qtbot.waitUntil(lambda: "Newsletter list: 1 people" in window._toast.text())

    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("ID,")
    assert "hana@example.jp" in lines[1]


def test_ctrl_z_takes_back_a_recorded_introduction_and_a_done_plan(
    qtbot: QtBot, window: MainWindow, shop: Shop, regulars: dict[str, int]
) -> None:
    _select(qtbot, window, "tanaka", regulars["tanaka"])

    def record(dialog: IntroduceDialog) -> None:
        type_text(dialog.second_picker.search_edit, "sato")
        dialog.accept()

    _in_dialog(IntroduceDialog, record, {})
    window.ledger.introduce_action.trigger()
    assert len(shop.introductions.for_customer(regulars["tanaka"])) == 1

    window.undo_action.trigger()
    assert shop.introductions.for_customer(regulars["tanaka"]) == []
    assert "Introduced to 佐藤 健太" not in _card_text(window)
    window.redo_action.trigger()
    assert [
        i.other(regulars["tanaka"]).id for i in shop.introductions.for_customer(regulars["tanaka"])
    ] == [regulars["sato"]]

    planned = shop.introductions.introduce(regulars["tanaka"], regulars["yamada"], planned=True)
    _select(qtbot, window, "yamada", regulars["yamada"])
    _click(f"kauntaa:intro-done/{planned.id}", window)
    assert shop.introductions.get(planned.id).status is IntroductionStatus.DONE

    window.undo_action.trigger()
    assert shop.introductions.get(planned.id).status is IntroductionStatus.PLANNED
    assert "Introduce to 田中 美咲 next time" in _card_text(window)
