"""``kauntaa import`` refuses what is not a customer file before reading much of it.

Devices, pipes and folders are refused before a byte is read; a file over the
50 MB cap is refused by its size; a table too wide, or with a cell too long, is
refused at its first such row; a row's characters follow the counter's rules.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest

from kauntaa.app import main
from kauntaa.services.csv_files import MAX_BYTES, MAX_CELL, MAX_COLUMNS, FileFormatError, read_file


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


def customers(data: Path) -> int:
    path = data / "kauntaa.sqlite3"
    if not path.exists():
        return 0
    with closing(sqlite3.connect(path)) as db:
        return int(db.execute("SELECT count(*) FROM customer").fetchone()[0])


def refused(capsys: pytest.CaptureFixture[str], data: Path, file: Path, says: str) -> None:
    code, out, err = run(capsys, data, "import", str(file))
    assert code == 2, err
    assert out == ""
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert says in err
    assert customers(data) == 0
    assert not (data / "backups").exists() or not any((data / "backups").iterdir())


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused_without_reading_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = os.open

    def guarded(path: object, *args: int, **kwargs: int) -> int:
        assert str(path) != "/dev/zero", "the device was opened"
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", guarded)
    refused(capsys, tmp_path / "shop", Path("/dev/zero"), "is not a regular file")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_pipe_is_refused_without_waiting_for_a_writer(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    fifo = tmp_path / "customers.csv"
    os.mkfifo(fifo)
    refused(capsys, tmp_path / "shop", fifo, "is not a regular file")


def test_a_folder_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    refused(capsys, tmp_path / "shop", folder, "is a folder")


def test_a_file_over_the_cap_is_refused_by_its_size(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as f:
        f.write("名前\n田中\n".encode())
        f.truncate(MAX_BYTES + 1)  # sparse: nothing this size is written to the disk
    refused(capsys, tmp_path / "shop", big, "The file is too large (50 MB)")


def test_read_file_never_reads_past_the_cap(tmp_path: Path) -> None:
    """A file that claims to be small but is not (it grew): at most MAX_BYTES + 1 are read."""
    exact = tmp_path / "exact.csv"
    with exact.open("wb") as f:
        f.truncate(MAX_BYTES)
    assert len(read_file(exact)) == MAX_BYTES


def test_a_million_columns_are_refused_at_the_heading(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    wide = tmp_path / "wide.csv"
    columns = 1_000_000
    wide.write_text(
        ",".join(f"c{i}" for i in range(columns)) + "\n" + "x," * (columns - 1) + "x\n",
        encoding="utf-8",
    )
    refused(capsys, tmp_path / "shop", wide, f"too many columns ({columns})")


def test_a_row_wider_than_the_cap_is_refused_at_its_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("名前,電話\n田中,090\n" + "佐藤" + ",x" * MAX_COLUMNS + "\n", encoding="utf-8")
    refused(capsys, tmp_path / "shop", rows, "Line 3: The table has too many columns")


def test_a_cell_longer_than_the_cap_is_refused_with_its_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rows = tmp_path / "long.csv"
    rows.write_text(f'名前,メモ\n田中,"{"あ" * (MAX_CELL + 1)}"\n', encoding="utf-8")
    refused(capsys, tmp_path / "shop", rows, f"Line 2: A cell is longer than {MAX_CELL}")


def test_the_kind_of_file_is_guessed_from_its_beginning_only(tmp_path: Path) -> None:
    """A 40 MB table: the delimiter is found without splitting every line of it."""
    from kauntaa.services.csv_files import first_line, sniff_delimiter

    text = "名前;電話\n" + "田中;090\n" * 4_000_000
    assert first_line(text) == "名前;電話"
    assert sniff_delimiter(text) == ";"


def test_control_characters_in_a_file_are_refused_as_not_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rows = tmp_path / "esc.csv"
    rows.write_bytes("名前\n田中\x1b[31m\n".encode())
    refused(capsys, tmp_path / "shop", rows, "does not look like a text file")


def test_a_dos_end_of_file_mark_is_not_a_row(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rows = tmp_path / "dos.csv"
    rows.write_bytes("名前\r\n田中\r\n\x1a".encode("cp932"))
    code, out, err = run(capsys, tmp_path / "shop", "--json", "import", str(rows))
    assert code == 0, err
    assert json.loads(out)["added"] == 1


def test_rows_follow_the_counters_rules_for_characters(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The same rules as typing: a direction override skips its row, invisibles are dropped."""
    rows = tmp_path / "rows.csv"
    rows.write_text(
        "名前,メモ,電話\n"
        "\u200b田中 美咲\u200b,個展\u200b,090\n"
        "abc\u202edef,,\n"
        "\u200b\u200b,,\n"
        "佐藤,\u009b31m,\n",
        encoding="utf-8",
    )
    data = tmp_path / "shop"
    code, out, err = run(capsys, data, "--json", "import", str(rows))
    assert code == 0, err
    report = json.loads(out)
    assert report["added"] == 1
    reasons = {s["line"]: s["reason_en"] for s in report["skipped"]}
    assert "turns the text around (U+202E)" in reasons[3]
    assert reasons[4] == "Name cannot be empty."
    assert "control character (U+009B)" in reasons[5]
    with closing(sqlite3.connect(data / "kauntaa.sqlite3")) as db:
        assert db.execute("SELECT name FROM customer").fetchall() == [("田中 美咲",)]
        assert db.execute("SELECT body FROM note").fetchall() == [("個展",)]


def test_the_wizards_refusal_is_the_same_error(tmp_path: Path) -> None:
    """The window's import wizard reads files through the same function (see tests/gui)."""
    with pytest.raises(FileFormatError) as error:
        read_file(Path(sys.executable).parent)
    assert error.value.code == "not_a_file"


@pytest.mark.parametrize("encoding", ["klingon", "utf\udcff8"])
def test_an_unknown_encoding_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, encoding: str
) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("名前\n田中\n", encoding="utf-8")
    code, out, err = run(capsys, tmp_path / "shop", "import", str(rows), "--encoding", encoding)
    assert code == 2
    assert out == ""
    assert "is not an encoding Kauntaa knows" in err
    assert "Traceback" not in err
