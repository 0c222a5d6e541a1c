"""Before the window writes an output: refuse the shop's own files, ask before replacing a file.

Every save in the window (customers, the newsletter list, the day's PDF, the
map, a person's record, the encrypted copy) passes its chosen target here
first. A target that is the database, its -wal or -shm, anything in the backup
folder, a manifest or another database is refused with a translated message;
an existing file is replaced only after the owner says so through the one
question place (``kauntaa.gui.confirm``), unless Qt's own file dialog already
asked. The write itself is ``kauntaa.outputs``, as for the command line.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kauntaa.gui import confirm
from kauntaa.outputs import Outputs


def protected_text(target: Path, kind: str) -> str:
    """Why ``target`` is refused, in the window's language."""
    texts = {
        "database": QCoreApplication.translate("OutputChoice", "%1 is the shop's database."),
        "wal": QCoreApplication.translate("OutputChoice", "%1 is the database's -wal file."),
        "shm": QCoreApplication.translate("OutputChoice", "%1 is the database's -shm file."),
        "journal": QCoreApplication.translate(
            "OutputChoice", "%1 is the database's -journal file."
        ),
        "backup_folder": QCoreApplication.translate("OutputChoice", "%1 is in the backup folder."),
        "manifest": QCoreApplication.translate("OutputChoice", "%1 is a backup's manifest."),
        "sqlite": QCoreApplication.translate("OutputChoice", "%1 is a database file."),
    }
    what = texts.get(kind, texts["database"]).replace("%1", str(target))
    then = QCoreApplication.translate(
        "OutputChoice", "Kauntaa never writes over the shop's own files; choose another place."
    )
    return what + ("" if what.endswith("。") else " ") + then


def _refused(parent: QWidget | None, target: Path, kind: str) -> None:
    confirm.warn(parent, protected_text(target, kind))


def file_target(
    parent: QWidget | None, outputs: Outputs, target: Path, *, asked: bool = False
) -> bool | None:
    """None when nothing may be written; else the ``force`` to write ``target`` with.

    ``asked`` is True when Qt's file dialog already asked about replacing the file.
    """
    kind = outputs.protected(target)
    if kind is not None:
        _refused(parent, target, kind)
        return None
    if target.is_dir():
        confirm.warn(
            parent,
            QCoreApplication.translate(
                "OutputChoice", "%1 is a folder. Give the name of a file."
            ).replace("%1", str(target)),
        )
        return None
    if not target.exists():
        return False
    if asked:
        return True
    question = QCoreApplication.translate("OutputChoice", "%1 already exists. Replace it?").replace(
        "%1", str(target)
    )
    return True if confirm.confirm(parent, question) else None


def folder_target(
    parent: QWidget | None, outputs: Outputs, folder: Path, names: Sequence[str]
) -> bool | None:
    """Like ``file_target`` for a folder export writing ``names`` into ``folder``."""
    for kind in [outputs.protected(folder), *(outputs.protected(folder / n) for n in names)]:
        if kind is not None:
            _refused(parent, folder, kind)
            return None
    existing = [n for n in names if (folder / n).exists()]
    if not existing:
        return False
    question = (
        QCoreApplication.translate("OutputChoice", "The folder %1 already holds %2. Replace them?")
        .replace("%1", str(folder))
        .replace("%2", ", ".join(existing))
    )
    return True if confirm.confirm(parent, question) else None
