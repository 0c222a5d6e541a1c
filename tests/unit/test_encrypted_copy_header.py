"""An encrypted copy's header is checked before any key is derived.

A crafted header once asked scrypt for 16 GiB (n = 2**22, r = 32). Costs beyond
what Kauntaa writes, a device in place of the file, and short or damaged
files are refused with a typed error, quickly, and the key derivation is
never started.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from kauntaa.app import main
from kauntaa.domain.customers import CustomerFields
from kauntaa.errors import UserError
from kauntaa.services.shop import Shop
from kauntaa.storage import offsite
from kauntaa.storage.offsite import (
    _HEADER,
    DEFAULT_COST,
    MAGIC,
    CopyCostError,
    check_header,
    decrypt_backup,
    encrypt_backup,
)

PASSPHRASE = "たなかさんの写真展 2026"


@pytest.fixture
def no_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    def derive(*_args: object) -> bytes:
        raise AssertionError("the key was derived from a header that should have been refused")

    monkeypatch.setattr(offsite, "_key", derive)


def crafted(path: Path, cost: int, r: int, p: int, body: bytes = b"\0" * 64) -> Path:
    path.write_bytes(_HEADER.pack(MAGIC, cost, r, p, b"s" * 16, b"n" * 12) + body)
    return path


@pytest.mark.parametrize(
    ("cost", "r", "p"),
    [
        (22, 32, 1),  # the 16 GiB header
        (22, 8, 1),  # 4 GiB
        (DEFAULT_COST + 2, 8, 1),  # four times what Kauntaa writes
        (DEFAULT_COST, 32, 1),
        (DEFAULT_COST, 8, 16),  # sixteen times the work
        (62, 255, 255),
        (9, 8, 1),  # weaker than anything Kauntaa ever wrote
    ],
)
def test_costs_beyond_what_kauntaa_writes_are_refused_before_deriving(
    tmp_path: Path, no_derivation: None, cost: int, r: int, p: int
) -> None:
    source = crafted(tmp_path / "evil.kauntaa-enc", cost, r, p)
    with pytest.raises(CopyCostError) as error:
        decrypt_backup(source, PASSPHRASE, tmp_path / "opened")
    assert error.value.code == "copy_cost_too_high"
    assert f"n=2^{cost}, r={r}, p={p}" in error.value.text("en")
    assert "開かずにやめました" in error.value.text("ja")
    assert not (tmp_path / "opened").exists()


@pytest.mark.parametrize(("cost", "r", "p"), [(0, 8, 1), (63, 8, 1), (17, 0, 1), (17, 8, 0)])
def test_impossible_costs_are_not_a_kauntaa_copy(
    tmp_path: Path, no_derivation: None, cost: int, r: int, p: int
) -> None:
    with pytest.raises(UserError) as error:
        decrypt_backup(crafted(tmp_path / "x", cost, r, p), PASSPHRASE, tmp_path / "o")
    assert error.value.code == "not_encrypted_copy"


def test_what_kauntaa_writes_passes_the_check() -> None:
    check_header(Path("copy"), DEFAULT_COST, 8, 1)
    check_header(Path("copy"), 10, 8, 1)


def test_a_header_with_nothing_after_it_is_damaged(tmp_path: Path, no_derivation: None) -> None:
    with pytest.raises(UserError) as error:
        decrypt_backup(crafted(tmp_path / "x", 10, 8, 1, body=b"ab"), PASSPHRASE, tmp_path / "o")
    assert error.value.code == "damaged_copy"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_not_read_as_a_copy(tmp_path: Path, no_derivation: None) -> None:
    with pytest.raises(UserError) as error:
        decrypt_backup(Path("/dev/zero"), PASSPHRASE, tmp_path / "o")
    assert error.value.code == "not_encrypted_copy"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_pipe_is_not_waited_on(tmp_path: Path, no_derivation: None) -> None:
    fifo = tmp_path / "copy.kauntaa-enc"
    os.mkfifo(fifo)
    with pytest.raises(UserError) as error:
        decrypt_backup(fifo, PASSPHRASE, tmp_path / "o")
    assert error.value.code == "not_encrypted_copy"


def test_a_real_copy_still_opens(shop: Shop, tmp_path: Path) -> None:
    shop.customers.add(CustomerFields(name="田中", reading="たなか"))
    info = shop.backups.backup_now()
    sealed = encrypt_backup(info, tmp_path / "home.kauntaa-enc", PASSPHRASE, cost=10)
    opened = decrypt_backup(sealed, PASSPHRASE, tmp_path / "opened")
    assert opened.row_counts["customer"] == 1


def test_the_command_line_refuses_it_in_one_line_and_restores_nothing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    no_derivation: None,
) -> None:
    data = tmp_path / "shop"
    args = ["--data-dir", str(data), "--lang", "en"]
    assert main([*args, "add", "田中", "--reading", "たなか"]) == 0
    capsys.readouterr()
    source = crafted(tmp_path / "evil.kauntaa-enc", 22, 32, 1)
    monkeypatch.setenv("KAUNTAA_PASSPHRASE", PASSPHRASE)
    code = main([*args, "restore", "--encrypted", str(source), "--yes"])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert err.strip().splitlines() == [
        "evil.kauntaa-enc asks for a costlier key derivation (scrypt n=2^22, r=32, p=1) than "
        "Kauntaa ever writes: it is not a Kauntaa copy, or it was changed. It was not opened."
    ]
    with closing(sqlite3.connect(data / "kauntaa.sqlite3")) as db:
        assert db.execute("SELECT name FROM customer").fetchall() == [("田中",)]


@pytest.mark.parametrize("content", [b"", b"\n", b"\xff\xfe not utf-8"])
def test_a_passphrase_file_without_a_first_line_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    from kauntaa.app import main

    data = tmp_path / "shop"
    assert main(["--data-dir", str(data), "search", "x"]) == 0
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_bytes(content)
    capsys.readouterr()
    code = main(
        [
            "--data-dir",
            str(data),
            "--lang",
            "en",
            "backup",
            "--encrypt",
            str(tmp_path / "c.kauntaa-enc"),
            "--passphrase-file",
            str(passphrase),
        ]
    )
    _out, err = capsys.readouterr()
    assert code == 2
    assert "passphrase file" in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "c.kauntaa-enc").exists()
