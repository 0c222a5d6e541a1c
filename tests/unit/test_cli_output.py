"""What the command line prints: never a control sequence a terminal would obey, nothing
private unless asked with ``--private``, and no traceback when the reader stops early."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from kauntaa.app import main
from kauntaa.cli.render import printable, to_json
from kauntaa.domain.customers import CustomerFields
from kauntaa.services.shop import Shop
from tests.conftest import FixedClock


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """田中 美咲 with a phone, an email, an address, a public and a private note, and a visit."""
    folder = tmp_path / "shop"
    folder.mkdir()
    shop = Shop.open(folder / "kauntaa.sqlite3", folder / "backups")
    try:
        who = shop.customers.add(
            CustomerFields(
                name="田中 美咲",
                reading="たなか みさき",
                phone="090-1234-5678",
                email="misaki@example.jp",
                address="京都市左京区",
            )
        )
        shop.activity.record_visit(who.id)
        shop.activity.add_note(who.id, "来月、京都で個展")
        shop.activity.add_note(who.id, "離婚の相談中", private=True)
    finally:
        shop.close()
    return folder


# Characters a terminal would obey ---------------------------------------------------------


def test_printable_shows_what_a_terminal_would_act_on() -> None:
    assert printable("a\x1b[31mb\x07\x9b\u202ec\udcff") == "a\\x1b[31mb\\x07\\x9b\\u202ec\\udcff"
    assert (
        printable("田中 美咲\n\tメモ 👨\u200d👩\u200d👧") == "田中 美咲\n\tメモ 👨\u200d👩\u200d👧"
    )
    assert printable("over\rwrite") == "over\\x0dwrite"


def test_json_escapes_them_but_means_the_same() -> None:
    value = {"name": "a\x1b]0;x\x07\u202e\x9b\udcff"}
    text = to_json(value)
    assert all(ch not in text for ch in "\x1b\x07\u202e\x9b\udcff")
    assert json.loads(text) == value


def _store_raw(data: Path, name: str, note: str) -> None:
    """What a database written before these checks may hold."""
    with closing(sqlite3.connect(data / "kauntaa.sqlite3")) as db:
        db.execute("UPDATE customer SET name = ?", (name,))
        db.execute("UPDATE note SET body = ? WHERE private = 0", (note,))
        db.commit()


@pytest.mark.parametrize(
    "command", [("show", "1"), ("search", "misaki"), ("summary",), ("summary", "--week")]
)
def test_stored_control_sequences_are_printed_escaped(
    capsys: pytest.CaptureFixture[str], data: Path, command: tuple[str, ...]
) -> None:
    _store_raw(data, "\x1b]0;pwned\x07田中\u202e", "\x1b[2J消えた")
    code, out, err = run(capsys, data, *command)
    assert code == 0, err
    assert not any(ch in out for ch in "\x1b\x07\u202e")
    assert "\\x1b]0;pwned\\x07田中\\u202e" in out


def test_stored_control_sequences_in_json_come_back_as_they_are(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    _store_raw(data, "\x9b31m田中\u202e", "x")
    code, out, _ = run(capsys, data, "--json", "show", "1")
    assert code == 0
    assert "\x9b" not in out
    assert "\u202e" not in out
    assert json.loads(out)["customer"]["name"] == "\x9b31m田中\u202e"


def test_an_error_naming_the_input_escapes_it(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    code, out, err = run(capsys, data, "show", "\x1b]0;pwned\x07")
    assert code == 2
    assert out == ""
    assert err == 'Nobody matches "\\x1b]0;pwned\\x07".\n'


# --private ------------------------------------------------------------------------------


def test_show_leaves_out_private_notes_and_contact_details(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    code, out, _ = run(capsys, data, "show", "1")
    assert code == 0
    assert "来月、京都で個展" in out
    for private in ("離婚", "090-1234-5678", "misaki@example.jp", "京都市左京区"):
        assert private not in out
    assert "add --private to show them" in out

    code, out, _ = run(capsys, data, "show", "1", "--private")
    assert code == 0
    for shown in ("離婚の相談中", "090-1234-5678", "misaki@example.jp", "京都市左京区"):
        assert shown in out
    assert "--private" not in out


def test_show_json_leaves_them_out_too(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, _ = run(capsys, data, "--json", "show", "1")
    card = json.loads(out)
    assert code == 0
    assert "離婚" not in out
    assert [n["body"] for n in card["notes"]] == ["来月、京都で個展"]
    assert card["customer"]["phone"] == card["customer"]["email"] == ""
    assert card["customer"]["address"] == ""

    code, out, _ = run(capsys, data, "--json", "show", "1", "--private")
    card = json.loads(out)
    assert sorted(n["body"] for n in card["notes"]) == ["来月、京都で個展", "離婚の相談中"]
    assert card["customer"]["phone"] == "090-1234-5678"


def test_summary_lists_a_private_note_without_its_text(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    code, out, _ = run(capsys, data, "summary")
    assert code == 0
    assert "田中 美咲: [private note]" in out
    assert "離婚" not in out
    code, out, _ = run(capsys, data, "summary", "--private")
    assert "田中 美咲: [private] 離婚の相談中" in out

    code, out, _ = run(capsys, data, "--json", "summary")
    notes = json.loads(out)["notes"]
    assert "離婚" not in out
    assert {(n["note"]["private"], n["note"]["body"]) for n in notes} == {
        (False, "来月、京都で個展"),
        (True, ""),
    }
    code, out, _ = run(capsys, data, "--json", "summary", "--private")
    assert "離婚の相談中" in out


def test_the_window_in_privacy_mode_hides_the_same_things(data: Path) -> None:
    """One rule for both front ends: domain.card.without_private."""
    from kauntaa.domain.card import without_private

    shop = Shop.open(data / "kauntaa.sqlite3", data / "backups", clock=FixedClock(datetime.now()))
    try:
        card = without_private(shop.customers.card(1))
    finally:
        shop.close()
    assert [n.body for n in card.notes] == ["来月、京都で個展"]
    assert (card.customer.phone, card.customer.email, card.customer.address) == ("", "", "")


# A reader that stops early -------------------------------------------------------------------


def _into_closed_pipe(*args: str) -> subprocess.CompletedProcess[bytes]:
    """Run kauntaa with its stdout a pipe whose reader is already gone (``| head`` done)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "kauntaa", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
@pytest.mark.parametrize("command", [("summary",), ("--json", "summary"), ("show", "1")])
def test_a_reader_that_stops_early_ends_it_quietly(data: Path, command: tuple[str, ...]) -> None:
    done = _into_closed_pipe("--data-dir", str(data), "--lang", "en", *command)
    assert done.stderr == b""
    assert done.returncode == 141  # 128 + SIGPIPE, as the shell reports for other tools


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
def test_help_into_a_closed_pipe_is_quiet_too() -> None:
    done = _into_closed_pipe("--help")
    assert done.stderr == b""  # argparse itself ignores the failed write and exits 0
    assert done.returncode in (0, 141)
