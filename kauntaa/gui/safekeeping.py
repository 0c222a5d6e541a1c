"""The window's side of data safety: backups on a timer and on closing, restore, damaged files.

Installed on the main window with one line. It adds "Restore from backup…" to
the File menu, takes a backup every 30 minutes while the data has changed (on
the window's worker), restores by closing the open shop, replacing the file and
attaching the restored shop, and explains a damaged or badly placed data file
in plain words with the newest backup on offer.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from kauntaa.errors import KauntaaError, Message, RefusedDatabaseError, StorageError

if TYPE_CHECKING:
    from kauntaa.services.shop import Shop
    from kauntaa.storage.backup import BackupInfo

log = logging.getLogger(__name__)

AUTO_BACKUP_MS = 30 * 60 * 1000
#: How often the status bar's "last backup" is read again (a backup from the command line counts).
LAST_BACKUP_REFRESH_MS = 60 * 1000


def ask(parent: QWidget | None, text: str, yes: str, no: str) -> bool:
    """A two-button question; tests replace this function."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, "Kauntaa", text, QMessageBox.StandardButton.NoButton, parent
    )
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(accept)
    box.exec()
    return box.clickedButton() is accept


def choose(parent: QWidget | None, text: str, options: list[str]) -> int | None:
    """A question with several answers, the last one (Quit) the default; tests replace this.

    Returns the index of the chosen answer, or None when the box was closed.
    """
    box = QMessageBox(
        QMessageBox.Icon.Warning, "Kauntaa", text, QMessageBox.StandardButton.NoButton, parent
    )
    buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
    box.setDefaultButton(buttons[-1])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None


def answer_missing_shop(
    parent: QWidget | None, error: RefusedDatabaseError, backup_dir: Path, language: str
) -> str | None:
    """The data file is missing where a shop was: restore the newest backup, or start anew.

    Returns "restore" with the newest backup put back, "new_shop" when the owner chose
    an empty shop (asked twice: it hides nothing, but it is not what they had), or None.
    """
    from kauntaa.services.backups import default_restore, restore

    newest = default_restore(backup_dir)
    options: list[str] = []
    if newest is not None:
        when = f"{newest.created_at:%Y-%m-%d %H:%M}"
        options.append(QApplication.translate("Safekeeping", "Restore %1").replace("%1", when))
    options += [
        QApplication.translate("Safekeeping", "Start a new, empty shop"),
        QApplication.translate("Safekeeping", "Quit"),
    ]
    answer = choose(parent, error.text(language), options)
    if answer is None or answer == len(options) - 1:
        return None
    if newest is not None and answer == 0:
        try:
            restore(Path(error.path), backup_dir, newest.path)
        except KauntaaError as exc:
            QMessageBox.critical(parent, "Kauntaa", exc.text(language))
            return None
        return "restore"
    sure = ask(
        parent,
        QApplication.translate(
            "Safekeeping",
            "Start with an empty shop? The backups and any set-aside files stay where they "
            "are; you can restore one later from File ▸ Restore from backup…",
        ),
        QApplication.translate("Safekeeping", "Start a new, empty shop"),
        QApplication.translate("Safekeeping", "Quit"),
    )
    return "new_shop" if sure else None


def backup_on_exit(shop: Shop) -> BackupInfo | None:
    """A verified backup when the data changed during the session; failures are logged."""
    try:
        return shop.backups.backup_if_changed(reason="exit")
    except KauntaaError as exc:
        log.error("backup on exit failed: %s", exc)
        return None


def offer_restore_at_start(
    parent: QWidget | None,
    error: RefusedDatabaseError,
    database: Path,
    backup_dir: Path,
    language: str,
) -> bool:
    """The file was refused at start: explain, and offer the newest sound backup by its date.

    True when a backup was restored (the caller opens the shop again). A file
    from a newer Kauntaa is not replaced: updating Kauntaa is the answer there.
    """
    if error.reason == "too_new":
        return False
    from kauntaa.services.backups import restore
    from kauntaa.storage.recovery import newest_sound_backup

    newest = newest_sound_backup(backup_dir)
    if newest is None:
        return False
    when = f"{newest.created_at:%Y-%m-%d %H:%M}"
    text = (
        error.text(language)
        + "\n\n"
        + QApplication.translate(
            "Safekeeping",
            "Restore the backup of %1 (%2 customers) now? Nothing is deleted: "
            "the file that could not be opened stays in the data folder.",
        )
        .replace("%1", when)
        .replace("%2", str(newest.row_counts.get("customer", 0)))
    )
    restore_text = QApplication.translate("Safekeeping", "Restore %1").replace("%1", when)
    if not ask(parent, text, restore_text, QApplication.translate("Safekeeping", "Quit")):
        return False
    try:
        restore(database, backup_dir, newest.path)
    except KauntaaError as exc:
        QMessageBox.critical(parent, "Kauntaa", exc.text(language))
        return False
    return True


class Safekeeping(QObject):
    """Backups, restore and damage reports for one main window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._window = window
        ui = window._ui
        self.restore_action = QAction(self.tr("&Restore from backup…"), window)
        self.restore_action.setObjectName("action_restore")
        self.restore_action.triggered.connect(self.open_backups)
        ui.menu_file.insertAction(self._after(ui.menu_file, ui.action_backup), self.restore_action)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_BACKUP_MS)
        self.timer.timeout.connect(self.backup_if_changed)
        self.timer.start()
        self.last_backup_label = QLabel(window)
        self.last_backup_label.setObjectName("last_backup_label")
        ui.status_bar.addPermanentWidget(self.last_backup_label)
        self._label_timer = QTimer(self)
        self._label_timer.setInterval(LAST_BACKUP_REFRESH_MS)
        self._label_timer.timeout.connect(self.show_last_backup)
        self._label_timer.start()
        self._finished = False
        window.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # The desktop session ending (log out, shut down) may never close the window:
            # take the exit backup when the session asks, and close the shop on quitting.
            app.commitDataRequest.connect(self._session_ending)
            app.aboutToQuit.connect(self.finish)

    @staticmethod
    def _after(menu: Any, action: QAction) -> QAction | None:
        actions = menu.actions()
        index = actions.index(action) if action in actions else -1
        return actions[index + 1] if 0 <= index < len(actions) - 1 else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.restore_action.setText(self.tr("&Restore from backup…"))
            self.show_last_backup()
        return False

    @property
    def _language(self) -> str:
        return str(self._window._translations.language)

    # -- the last backup, and the end of the session -------------------------------

    def show_last_backup(self) -> None:
        """The status bar names the newest verified backup, so the owner sees backups happen."""
        window = self._window
        if not window.ready:
            return
        backups = window.shop.backups.list()
        if not backups:
            self.last_backup_label.setText(self.tr("No backup yet"))
            return
        taken = backups[0].created_at
        today = window.shop.clock().date()
        when = f"{taken:%H:%M}" if taken.date() == today else f"{taken:%Y-%m-%d %H:%M}"
        self.last_backup_label.setText(self.tr("Last backup %1").replace("%1", when))

    def _session_ending(self, _manager: object) -> None:
        self.take_exit_backup()

    def take_exit_backup(self) -> None:
        """The exit backup, when the data changed; the shop stays open."""
        window = self._window
        if self._finished or window.scripted or window._shop is None:
            return
        window.wait_for_job()
        backup_on_exit(window._shop)

    def finish(self) -> None:
        """However the window ends (its close button, Ctrl+Q, the session or the app quitting).

        Runs once: the background job is waited for, the exit backup taken when the
        data changed (scripted runs write nothing), and the shop closed, which folds
        the -wal back into the file.
        """
        if self._finished:
            return
        self.take_exit_backup()
        self._finished = True
        self._label_timer.stop()
        shop = self._window._shop
        if shop is not None:
            shop.close()

    # -- automatic backups ------------------------------------------------------

    def backup_if_changed(self) -> None:
        """Every 30 minutes: a backup on the worker, only when something changed."""
        window = self._window
        if not window.ready or not window.shop.backups.changed:
            return
        shop = window.shop
        window._run_job(
            "",
            lambda progress: shop.backups.backup_if_changed(reason="auto", progress=progress),
            lambda _info: self.show_last_backup(),
            quiet=True,
        )

    # -- restore ----------------------------------------------------------------------

    def open_backups(self) -> None:
        from kauntaa.gui.dialogs.restore_dialog import RestoreDialog

        window = self._window
        if not window.ready:
            return
        shop = window.shop
        dialog = RestoreDialog(
            shop.backups.list,
            shop.backups.backup_dir,
            restore=lambda path: self.restore(source=path),
            restore_encrypted=lambda path, passphrase: self.restore(
                encrypted=path, passphrase=passphrase
            ),
            export_encrypted=self.export_encrypted,
            change_folder=self.change_folder,
            ignored=lambda: [i.manifest.name for i in shop.backups.scan().ignored],
            parent=window,
        )
        dialog.exec()

    def restore(
        self,
        *,
        source: Path | None = None,
        encrypted: Path | None = None,
        passphrase: str = "",
        moved_note: str = "",
    ) -> bool:
        """Close the shop, put the backup in place (current state backed up first), reopen."""
        from kauntaa.services.backups import restore, restore_encrypted
        from kauntaa.services.shop import Shop

        window = self._window
        window.wait_for_job()
        old: Shop = window.shop
        database, backup_dir, clock = old.database.path, old.backup_dir, old.clock
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        error: KauntaaError | None = None
        result = None
        try:
            old.close()
            try:
                if encrypted is not None:
                    result = restore_encrypted(database, backup_dir, encrypted, passphrase)
                else:
                    result = restore(database, backup_dir, source)
            except KauntaaError as exc:
                error = exc
            if not database.exists():
                # Never open a missing file: that would start an empty shop in its place.
                raise StorageError(
                    Message(
                        "復元の途中で失敗し、データファイルがありません。元のファイルはデータフォルダに"
                        "残っています。Kauntaa を閉じて `kauntaa restore` を実行してください。",
                        "The restore failed half-way and the data file is missing. The previous "
                        "file is kept in the data folder. Close Kauntaa and run `kauntaa restore`.",
                    ),
                    code="restore_incomplete",
                )
            shop = Shop.open(database, backup_dir, clock=clock)
        except KauntaaError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.critical(window, "Kauntaa", exc.text(self._language))
            window.close()  # without a data file there is nothing it could show or save
            return False
        QApplication.restoreOverrideCursor()
        window.attach(shop)
        if error is not None:
            window._report(error)
            return False
        assert result is not None
        lines = [
            self.tr("Restored: %1 customers, %2 visits, %3 notes.")
            .replace("%1", str(result.row_counts.get("customer", 0)))
            .replace("%2", str(result.row_counts.get("visit", 0)))
            .replace("%3", str(result.row_counts.get("note", 0)))
        ]
        if result.safety_backup is not None:
            lines.append(self.tr("The data from before the restore is kept as a backup."))
        if result.moved_aside:
            lines.append(
                self.tr("The file that could not be read was kept as %1.").replace(
                    "%1", result.moved_aside[0].name
                )
            )
        window.toast("\n".join(lines))
        return True

    def export_encrypted(self, target: Path, passphrase: str, *, asked: bool = False) -> None:
        """The encrypted copy, through the one writer (``asked``: Qt's dialog asked to replace).

        The dialog's chosen name gets the suffix added, so an existing file of that
        name is asked about here.
        """
        from kauntaa.gui.output_choice import file_target

        window = self._window
        shop = window.shop
        force = file_target(window, shop.outputs, target, asked=asked)
        if force is None:
            return
        window._run_job(
            self.tr("Making the encrypted copy…"),
            lambda progress: shop.backups.export_encrypted(
                target, passphrase, progress=progress, force=force
            ),
            lambda _info: window.toast(
                self.tr("Encrypted copy saved: %1").replace("%1", str(target))
            ),
        )
        window.wait_for_job()

    def change_folder(self, folder: Path) -> None:
        self.use_folder(str(folder))

    def use_folder(self, folder: str) -> None:
        """The backup folder is a setting ("" for the default): saved, used from the next backup."""
        window = self._window
        if folder == window._settings.backup_dir:
            return
        window.update_settings(backup_dir=folder)
        if window.ready:
            chosen = Path(folder).expanduser() if folder else window._paths.backup_dir
            window.shop.backups.backup_dir = chosen
            window.shop.backup_dir = chosen

    # -- damage and placement -------------------------------------------------------------

    def file_damaged(self, problem: str) -> None:
        """The background quick_check found damage: say so, and offer the newest backup."""
        from kauntaa.storage.recovery import newest_sound_backup

        window = self._window
        log.error("quick_check reported: %s", problem)
        newest = newest_sound_backup(window.shop.backup_dir)
        text = self.tr(
            "SQLite reports damage in the data file (%1). Kauntaa can set the damaged file "
            "aside (nothing is deleted) and put a backup in its place."
        ).replace("%1", problem)
        if newest is None:
            QMessageBox.warning(
                window,
                "Kauntaa",
                text
                + "\n\n"
                + self.tr("There is no backup yet. Take one now (File ▸ Back up now)."),
            )
            return
        when = f"{newest.created_at:%Y-%m-%d %H:%M}"
        question = text + "\n\n" + self.tr("Restore the backup of %1 now?").replace("%1", when)
        if ask(window, question, self.tr("Restore %1").replace("%1", when), self.tr("Not now")):
            self.restore(source=newest.path)

    def warn_about_location(self) -> None:
        """A live file in a synced or network folder: say why and what to do, once per start."""
        window = self._window
        warning = window.shop.backups.location_warning()
        if warning is not None:
            QMessageBox.warning(window, "Kauntaa", warning.in_language(self._language))
