"""The owner's preferences, as a typed record kept in a small JSON file. No Qt.

Unknown keys are ignored and bad values fall back to defaults, so a hand-edited
or older settings file never stops the app from starting.
"""

from __future__ import annotations

import json
import locale
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

LANGUAGES = ("ja", "en")


def system_language() -> str:
    """Japanese when the system speaks it, English otherwise."""
    for var in ("KAUNTAA_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "ja" if value.lower().startswith("ja") else "en"
    loc = locale.getlocale()[0] or ""
    return "ja" if loc.lower().startswith("ja") else "en"


@dataclass(frozen=True, slots=True)
class Settings:
    language: str = ""  # empty: follow the system
    theme: str = "system"  # system | light | dark
    backup_dir: str = ""  # empty: the default folder beside the data
    in_shop_hours: float = 2.0
    idle_lock_minutes: int = 0  # 0: no PIN lock

    @property
    def effective_language(self) -> str:
        return self.language if self.language in LANGUAGES else system_language()


def load_settings(path: Path) -> Settings:
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    defaults = Settings()
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name in raw and isinstance(raw[f.name], type(getattr(defaults, f.name))):
            values[f.name] = raw[f.name]
    return replace(defaults, **values)


def save_settings(path: Path, settings: Settings) -> None:
    """Write through a temporary file so a crash never leaves half a settings file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)
