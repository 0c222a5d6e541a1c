"""The About dialog: version, where the data lives, and the licences of what Kauntaa bundles.

The installers ship Qt through PySide6 under the LGPL; the dialog says how a
user can swap in their own build of the Qt libraries (relinking), as the
licence asks.
"""

from __future__ import annotations

from html import escape
from importlib.metadata import PackageNotFoundError, version

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

import kauntaa
from kauntaa.paths import Paths

#: (distribution, what it does for Kauntaa, licence) for everything the installers bundle.
COMPONENTS: tuple[tuple[str, str, str], ...] = (
    ("PySide6-Essentials", "Qt for Python", "LGPL-3.0-only"),
    ("shiboken6", "PySide6", "LGPL-3.0-only"),
    ("SQLAlchemy", "SQLite", "MIT"),
    ("alembic", "migrations", "MIT"),
    ("Mako", "Alembic", "MIT"),
    ("platformdirs", "folders", "MIT"),
    ("pykakasi", "kana", "GPL-3.0-or-later"),
    ("jaconv", "kana", "MIT"),
    ("Faker", "demo", "MIT"),
)


def version_of(distribution: str) -> str:
    try:
        return version(distribution)
    except PackageNotFoundError:
        return "—"


class AboutDialog(QDialog):
    def __init__(self, paths: Paths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Kauntaa"))
        self.resize(660, 580)
        layout = QVBoxLayout(self)
        self.text_browser = QTextBrowser(self)
        self.text_browser.setObjectName("about_browser")
        self.text_browser.setHtml(self.html(paths))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.text_browser)
        layout.addWidget(buttons)

    def html(self, paths: Paths) -> str:
        rows = "".join(
            f"<tr><td><b>{escape(name)}</b></td><td>{escape(version_of(name))}</td>"
            f"<td>{escape(role)}</td><td>{escape(licence)}</td></tr>"
            for name, role, licence in COMPONENTS
        )
        places = [
            (self.tr("Data"), paths.database),
            (self.tr("Backups"), paths.backup_dir),
            (self.tr("Logs"), paths.log_dir),
        ]
        where = "<br>".join(f"<b>{escape(label)}</b>: {escape(str(p))}" for label, p in places)
        summary = self.tr(
            "The memory of a small shop's counter. Free software under the GNU GPL, "
            "version 3 or later."
        )
        relink = self.tr(
            "Qt and PySide6 are used under the GNU LGPL version 3. The installed program "
            "keeps the Qt libraries as separate files (the _internal folder next to the "
            "program), so you can replace them with your own build of the same Qt version; "
            "their source code is available from the Qt Project."
        )
        included = self.tr("Included software")
        return (
            f"<h2>Kauntaa {escape(kauntaa.__version__)}</h2><p>{escape(summary)}</p>"
            f"<p>{where}</p><h3>{escape(included)}</h3>"
            f'<table cellpadding="4">{rows}</table><p>{escape(relink)}</p>'
        )
