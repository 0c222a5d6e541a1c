"""Creating the data file is all or nothing: a failed first migration leaves no file behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from kauntaa.errors import StorageError
from kauntaa.storage import database


def test_a_failed_creation_leaves_no_half_made_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_engine: Engine, _target: int) -> None:
        raise RuntimeError("migration scripts missing")

    monkeypatch.setattr(database, "_migrate", broken)
    path = tmp_path / "kauntaa.sqlite3"

    with pytest.raises(StorageError) as raised:
        database.open_database(path, backup_dir=tmp_path / "backups")

    assert "could not be created" in raised.value.text("en")
    assert not path.exists()
    assert not Path(f"{path}-wal").exists()
    monkeypatch.undo()
    opened = database.open_database(path, backup_dir=tmp_path / "backups")
    assert opened.created
    opened.close()
