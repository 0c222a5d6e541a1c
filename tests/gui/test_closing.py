"""However the window ends, the exit backup is taken after changes and the shop closes cleanly.

The window is closed the ways a person (or the desktop) ends it: its close
button, Ctrl+Q, and the application quitting. Each must leave a verified backup
with its manifest, and no -wal beside the data file. The status bar names the
newest backup, so the owner can see it happen.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from kauntaa.gui import launch
from kauntaa.gui.main_window import MainWindow
from kauntaa.paths import Paths
from kauntaa.services.shop import Shop
from kauntaa.settings import Settings
from kauntaa.storage.backup import list_backups, verify_file


@pytest.fixture
def started_app() -> Iterator[None]:
    """For the tests that start the app with launch.run_gui: its window is deleted after.

    A window left behind would keep its application-wide shortcuts (privacy mode)
    and make them ambiguous for the windows of later tests.
    """
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()  # a window the app quit under is still shown, and active
            shiboken6.delete(widget)


def _close_button(window: MainWindow, _qtbot: QtBot) -> None:
    window.close()  # what the title bar's close button sends: a QCloseEvent


def _ctrl_q(window: MainWindow, qtbot: QtBot) -> None:
    window.focus_search()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


def _app_quits(_window: MainWindow, _qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.aboutToQuit.emit()  # the desktop session ending, or quit() from anywhere


ENDINGS: dict[str, Callable[[MainWindow, QtBot], None]] = {
    "close button": _close_button,
    "Ctrl+Q": _ctrl_q,
    "application quits": _app_quits,
}


@pytest.mark.parametrize("ending", list(ENDINGS))
def test_every_way_of_ending_backs_up_the_changes_and_closes_the_shop(
    qtbot: QtBot, window: MainWindow, shop: Shop, regulars: dict[str, int], ending: str
) -> None:
    folder = shop.backup_dir
    before = list_backups(folder)
    window.shop.activity.record_visit(regulars["tanaka"], at=datetime(2026, 11, 20, 11, 45))

    ENDINGS[ending](window, qtbot)

    after = list_backups(folder)
    assert len(after) == len(before) + 1
    newest = after[0]
    assert newest.reason == "exit"
    assert verify_file(newest.path) == newest.row_counts
    assert newest.row_counts["visit"] == 2  # the regulars' fixture visit and this one
    manifest = json.loads(newest.path.with_suffix(".json").read_text(encoding="utf-8"))
    assert manifest["file"] == newest.path.name
    assert shop.database.closed
    assert not Path(f"{shop.database.path}-wal").exists()


def test_ending_twice_takes_one_backup(
    qtbot: QtBot, window: MainWindow, shop: Shop, regulars: dict[str, int]
) -> None:
    window.shop.activity.add_note(regulars["sato"], "ブレンド、濃いめ")
    _ctrl_q(window, qtbot)
    _app_quits(window, qtbot)
    assert [b.reason for b in list_backups(shop.backup_dir)] == ["exit"]


def test_no_changes_no_exit_backup(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    window.shop.backups.backup_now()  # everything so far is in a backup
    _close_button(window, qtbot)
    assert [b.reason for b in list_backups(shop.backup_dir)] == ["manual"]
    assert shop.database.closed


def test_the_status_bar_names_the_last_backup(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    label = window.safekeeping.last_backup_label
    assert label.text() == "No backup yet"
    window._ui.action_backup.trigger()  # File ▸ Back up now
    qtbot.waitUntil(lambda: not window.busy)
    taken = list_backups(shop.backup_dir)[0].created_at
    # The fixture's clock stands on another day than the backup's real time.
    assert label.text() == f"Last backup {taken:%Y-%m-%d %H:%M}"
    assert label.isVisible()


def test_the_status_bar_says_it_in_japanese(qtbot: QtBot, window: MainWindow) -> None:
    window.shop.backups.backup_now()
    label = window.safekeeping.last_backup_label
    window._translations.use("ja")
    try:
        qtbot.waitUntil(lambda: label.text().startswith("最後のバックアップ "))
    finally:
        window._translations.use("en")


@pytest.mark.usefixtures("started_app")
def test_the_started_app_backs_up_when_closed_with_ctrl_q(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real start-up path (launch.run_gui), as a person runs it: open, record, Ctrl+Q."""
    paths = Paths.under(tmp_path / "shop")
    seeded = Shop.open(paths.database, paths.backup_dir)
    from kauntaa.domain.customers import CustomerFields

    someone = seeded.customers.add(CustomerFields(name="田中 美咲", reading="たなか みさき")).id
    seeded.backups.backup_now()
    seeded.close()
    monkeypatch.setattr(launch, "_setup_logging", lambda p: p.log_dir / "kauntaa.log")
    monkeypatch.setattr(launch, "_install_excepthook", lambda *a, **k: None)

    def drive() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = next((w for w in windows if w.ready and w.isVisible()), None)
        if window is None:
            QTimer.singleShot(10, drive)
            return
        if not window.isActiveWindow():  # keyboard shortcuts reach the active window only
            window.activateWindow()
            QTimer.singleShot(10, drive)
            return
        window.shop.activity.record_visit(someone)
        _ctrl_q(window, qtbot)

    QTimer.singleShot(0, drive)
    assert launch.run_gui(paths, Settings(language="en")) == 0

    reasons = [b.reason for b in list_backups(paths.backup_dir)]
    assert reasons == ["exit", "manual"]
    assert list_backups(paths.backup_dir)[0].row_counts["visit"] == 1
    assert not Path(f"{paths.database}-wal").exists()


def _run_until_ready(qtbot: QtBot, paths: Paths, then: Callable[[MainWindow], None]) -> int:
    """Start the app as a person does and act on the window once its shop is open."""

    def drive() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = next((w for w in windows if w.ready and w.isVisible()), None)
        if window is None:
            QTimer.singleShot(10, drive)
            return
        then(window)
        window.close()

    QTimer.singleShot(0, drive)
    return launch.run_gui(paths, Settings(language="en"))


@pytest.fixture
def lost_shop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, started_app: None) -> Paths:
    """A shop with a backup whose data file has gone missing."""
    from kauntaa.domain.customers import CustomerFields

    paths = Paths.under(tmp_path / "shop")
    seeded = Shop.open(paths.database, paths.backup_dir)
    seeded.customers.add(CustomerFields(name="田中 美咲", reading="たなか みさき"))
    seeded.backups.backup_now()
    seeded.close()
    paths.database.unlink()
    monkeypatch.setattr(launch, "_setup_logging", lambda p: p.log_dir / "kauntaa.log")
    monkeypatch.setattr(launch, "_install_excepthook", lambda *a, **k: None)
    return paths


def test_a_missing_file_at_start_offers_the_backup_and_restores_it(
    qtbot: QtBot, lost_shop: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kauntaa.gui import safekeeping

    offered: list[list[str]] = []

    def choose(_parent: object, text: str, options: list[str]) -> int:
        assert "missing" in text
        offered.append(options)
        return 0  # Restore …

    monkeypatch.setattr(safekeeping, "choose", choose)
    counts: list[int] = []
    assert (
        _run_until_ready(qtbot, lost_shop, lambda w: counts.append(w.shop.customers.count())) == 0
    )
    [options] = offered
    assert options[0].startswith("Restore 20")
    assert options[1:] == ["Start a new, empty shop", "Quit"]
    assert counts == [1]


def test_a_new_empty_shop_is_started_only_when_chosen_and_confirmed(
    qtbot: QtBot, lost_shop: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kauntaa.gui import safekeeping

    monkeypatch.setattr(
        safekeeping, "choose", lambda _p, _t, options: options.index("Start a new, empty shop")
    )
    confirmed: list[str] = []

    def ask(_parent: object, text: str, *_answers: str) -> bool:
        confirmed.append(text)
        return True

    monkeypatch.setattr(safekeeping, "ask", ask)
    counts: list[int] = []
    assert (
        _run_until_ready(qtbot, lost_shop, lambda w: counts.append(w.shop.customers.count())) == 0
    )
    assert counts == [0]
    assert len(confirmed) == 1
    assert len(list(lost_shop.backup_dir.glob("kauntaa-*.sqlite3"))) == 1  # kept


def test_quitting_at_the_question_leaves_no_empty_shop(
    qtbot: QtBot, lost_shop: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kauntaa.gui import safekeeping

    monkeypatch.setattr(safekeeping, "choose", lambda _p, _t, options: len(options) - 1)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    assert launch.run_gui(lost_shop, Settings(language="en")) == 1
    assert not lost_shop.database.exists()
    [message] = shown
    assert "missing" in message


#: Runs in a process of its own: the app, ended by a signal, must not share this one's Qt.
SIGNALLED = textwrap.dedent(
    """
    import json, os, signal, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from kauntaa.domain.customers import CustomerFields
    from kauntaa.gui import launch
    from kauntaa.gui.main_window import MainWindow
    from kauntaa.paths import Paths
    from kauntaa.services.shop import Shop
    from kauntaa.settings import Settings
    from kauntaa.storage.backup import list_backups

    paths, number = Paths.under(Path(sys.argv[1])), int(sys.argv[2])
    seeded = Shop.open(paths.database, paths.backup_dir)
    someone = seeded.customers.add(CustomerFields(name="田中 美咲", reading="たなか みさき")).id
    seeded.close()
    app = QApplication([])
    took_over = []

    def drive():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = next((w for w in windows if w.ready and w.isVisible()), None)
        if window is None:
            QTimer.singleShot(10, drive)
            return
        window.shop.activity.record_visit(someone)
        took_over.append(signal.getsignal(number) is not signal.SIG_DFL)
        os.kill(os.getpid(), number)

    QTimer.singleShot(0, drive)
    status = launch.run_gui(paths, Settings(language="en"))
    print(json.dumps({
        "status": status,
        "took_over": took_over,
        "reasons": [b.reason for b in list_backups(paths.backup_dir)],
        "visits": [b.row_counts["visit"] for b in list_backups(paths.backup_dir)],
        "wal_left": Path(f"{paths.database}-wal").exists(),
        "handed_back": signal.getsignal(number) is signal.SIG_DFL,
    }))
    """
)


@pytest.mark.skipif(os.name == "nt", reason="POSIX signals")
@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_a_termination_signal_ends_the_app_as_quit_does(tmp_path: Path, name: str) -> None:
    """Shutting down or logging out sends SIGTERM or SIGHUP: the exit backup is still taken."""
    done = subprocess.run(
        [sys.executable, "-c", SIGNALLED, str(tmp_path / "shop"), str(int(getattr(signal, name)))],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["took_over"] == [True]
    assert result["status"] == 0
    assert result["reasons"] == ["exit"]
    assert result["visits"] == [1]
    assert result["wal_left"] is False
    assert result["handed_back"] is True
