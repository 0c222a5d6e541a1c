"""Where Kauntaa keeps its files.

By default the platform's user directories (through platformdirs). ``--data-dir``
or ``KAUNTAA_HOME`` put everything (database, backups, logs, settings) under
one folder instead, which is what tests and a USB-stick install want.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from kauntaa import APP_NAME, private

HOME_ENV = "KAUNTAA_HOME"
DATABASE_FILENAME = "kauntaa.sqlite3"


@dataclass(frozen=True, slots=True)
class Paths:
    data_dir: Path
    backup_dir: Path
    log_dir: Path
    config_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILENAME

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @classmethod
    def under(cls, root: Path) -> Paths:
        """Everything in one folder: the portable layout."""
        root = root.expanduser().resolve()
        return cls(
            data_dir=root,
            backup_dir=root / "backups",
            log_dir=root / "logs",
            config_dir=root,
        )

    @classmethod
    def platform_default(cls) -> Paths:
        data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        return cls(
            data_dir=data,
            backup_dir=data / "backups",
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        )

    def ensure(self) -> None:
        """Create the folders that are missing, owner-only (see ``kauntaa.private``)."""
        for folder in (self.data_dir, self.backup_dir, self.log_dir, self.config_dir):
            private.make_folder(folder)


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """``--data-dir`` wins over ``KAUNTAA_HOME``, which wins over the platform default."""
    if data_dir:
        return Paths.under(Path(data_dir))
    env = os.environ.get(HOME_ENV)
    if env:
        return Paths.under(Path(env))
    return Paths.platform_default()
