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

from kauntaa import private

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
    # The PIN is a screen lock, not encryption (domain/pin.py): its scrypt hash,
    # "" for none, and the wrong-try limiter's state, kept across restarts.
    pin_hash: str = ""
    lock_on_start: bool = False
    pin_failures: int = 0
    pin_blocked_until: float = 0.0
    # The shop's notice of the purpose of use (APPI); "" shows the default text.
    privacy_notice: str = ""

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
        if f.name not in raw:
            continue
        value, default = raw[f.name], getattr(defaults, f.name)
        if isinstance(default, float) and type(value) is int:
            value = float(value)  # JSON writes 0.0 as 0 when edited by hand
        if isinstance(value, type(default)) and not (
            isinstance(value, bool) and not isinstance(default, bool)
        ):
            values[f.name] = value
    return replace(defaults, **values)


def save_settings(path: Path, settings: Settings) -> None:
    """Write through a temporary file so a crash never leaves half a settings file."""
    private.make_folder(path.parent)
    tmp = path.with_suffix(".tmp")
    private.write_text(tmp, json.dumps(asdict(settings), ensure_ascii=False, indent=2))
    os.replace(tmp, path)
