"""No output ever overwrites the shop's own files, replaces a file unasked, or leaves half a file.

Every writing command is run as the owner runs it (``kauntaa …``), against every
file of the shop that must never be written over: the database, its -wal and
-shm (while the window holds the shop open), a backup, a manifest, and a backup
copied elsewhere with its manifest. Then the promises every output keeps: an
existing file only with --force, no folder made on the way, 0600 files, and
cells a spreadsheet would run as a formula written guarded, yet read back
exactly by Kauntaa's own import.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import stat
import subprocess
import sys
import textwrap
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kauntaa.app import main
from kauntaa.domain.customers import CustomerFields
from kauntaa.services.csv_files import guard_cell, unguard_cell
from kauntaa.services.shop import Shop
from tests.unit.test_disk_faults import run_on_small_disk, small_disk

FORMULA = '=HYPERLINK("x")'
PASSPHRASE = "a long enough passphrase"
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class Cafe:
    data: Path
    backup: Path
    manifest: Path
    shop: Shop  # held open, as the window would: the -wal and -shm exist

    @property
    def database(self) -> Path:
        return self.data / "kauntaa.sqlite3"


@pytest.fixture
def cafe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Cafe]:
    monkeypatch.setenv("KAUNTAA_PASSPHRASE", PASSPHRASE)
    data = tmp_path / "shop"
    shop = Shop.open(data / "kauntaa.sqlite3", data / "backups")
    misaki = shop.customers.add(
        CustomerFields(
            name="田中 美咲",
            reading="たなか みさき",
            phone="+81 90-1234-5678",
            email="misaki@example.jp",
            usual_order=FORMULA,
            newsletter_consent=True,
            contact_consent=True,
        )
    )
    shop.customers.add(
        CustomerFields(name=FORMULA, reading="はいぱーりんく", newsletter_consent=True)
    )
    shop.activity.record_visit(misaki.id, order=FORMULA)
    shop.activity.add_note(misaki.id, FORMULA)
    info = shop.backups.backup_now()
    manifest = info.path.with_suffix(".json")
    assert manifest.exists()
    yield Cafe(data, info.path, manifest, shop)
    shop.close()


def run(capsys: pytest.CaptureFixture[str], cafe: Cafe, *args: str) -> tuple[int, str, str]:
    argv = ["--data-dir", str(cafe.data), "--lang", "en", *args]
    if "--pdf" in args:
        # The PDF loads Qt's painter: in a process of its own, as the owner runs it, so
        # this Qt-free test process never holds a QGuiApplication the GUI tests would meet.
        done = subprocess.run(
            [sys.executable, "-m", "kauntaa", *argv],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        return done.returncode, done.stdout, done.stderr
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


#: Every command that writes a file, given where to write it.
WRITERS: dict[str, Callable[[Path], list[str]]] = {
    "export csv": lambda t: ["export", str(t)],
    "export cp932": lambda t: ["export", str(t), "--encoding", "cp932"],
    "export vcard": lambda t: ["export", str(t), "--format", "vcard"],
    "newsletter --out": lambda t: ["newsletter", "--out", str(t)],
    "map --out": lambda t: ["map", "--out", str(t)],
    "privacy export --out": lambda t: ["privacy", "export", "1", "--out", str(t)],
    "privacy export --html": lambda t: ["privacy", "export", "1", "--out", str(t), "--html"],
    "summary --pdf": lambda t: ["summary", "--pdf", str(t)],
    "backup --encrypt": lambda t: ["backup", "--encrypt", str(t)],
}


def copied_elsewhere(cafe: Cafe, manifest: bool) -> Path:
    folder = cafe.data.parent / "usb"
    folder.mkdir(exist_ok=True)
    shutil.copy2(cafe.backup, folder / cafe.backup.name)
    shutil.copy2(cafe.manifest, folder / cafe.manifest.name)
    return folder / (cafe.manifest.name if manifest else cafe.backup.name)


#: Every file of the shop no output may replace.
PROTECTED: dict[str, Callable[[Cafe], Path]] = {
    "the database": lambda c: c.database,
    "its -wal": lambda c: Path(f"{c.database}-wal"),
    "its -shm": lambda c: Path(f"{c.database}-shm"),
    "a backup": lambda c: c.backup,
    "a manifest": lambda c: c.manifest,
    "a new file in the backup folder": lambda c: c.backup.parent / "list.csv",
    "a backup copied elsewhere": lambda c: copied_elsewhere(c, manifest=False),
    "its manifest beside it": lambda c: copied_elsewhere(c, manifest=True),
}


#: How each output begins: none of them may turn up in the shop's files.
OUTPUT_STARTS = (b"\xef\xbb\xbf", b"ID,", b"BEGIN:VCARD", b"%PDF", b"<?xml", b"<svg", b"{", b"<!")


def live_side_file(path: Path, inode: int) -> bool:
    """The -wal or -shm SQLite keeps is still its own file: not replaced, not an export."""
    with path.open("rb") as f:
        head = f.read(16)
    return path.stat().st_ino == inode and not head.startswith(OUTPUT_STARTS)


@pytest.mark.parametrize("target", PROTECTED)
@pytest.mark.parametrize("writer", WRITERS)
def test_no_writing_command_touches_the_shops_own_files(
    capsys: pytest.CaptureFixture[str], cafe: Cafe, writer: str, target: str
) -> None:
    path = PROTECTED[target](cafe)
    side_file = target.startswith("its -")
    if side_file:
        # The window holds the shop open, so SQLite keeps them; the command line's own
        # close folds the -wal in, so their bytes are SQLite's to change, not ours.
        assert path.exists()
        inode = path.stat().st_ino
    else:
        cafe.shop.close()  # everything folded into the file: now it must not change at all
        before = path.read_bytes() if path.exists() else None
    backups_before = sorted(p.name for p in cafe.backup.parent.iterdir())

    code, out, err = run(capsys, cafe, *WRITERS[writer](path), "--force")

    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert str(path) in err
    assert "never writes over the shop's own files" in err
    if side_file:
        assert live_side_file(path, inode)
    else:
        assert (path.read_bytes() if path.exists() else None) == before
    # Nothing else landed among the backups either (no new backup for a refused copy).
    assert sorted(p.name for p in cafe.backup.parent.iterdir()) == backups_before
    # And the shop opens and reads as before.
    code, out, _ = run(capsys, cafe, "--json", "search", "たなか")
    assert code == 0
    assert [hit["name"] for hit in json.loads(out)] == ["田中 美咲"]


@pytest.mark.parametrize("target", ["backup.zip", "folder", "the backup folder"])
def test_a_zip_or_folder_export_into_the_backup_folder_is_refused(
    capsys: pytest.CaptureFixture[str], cafe: Cafe, target: str
) -> None:
    folder = cafe.backup.parent
    path = {"backup.zip": folder / "all.zip", "folder": folder / "out"}.get(target, folder)
    listing = sorted(p.name for p in folder.iterdir())

    code, _out, err = run(capsys, cafe, "export", str(path), "--force")

    assert code == 2
    assert "is in the backup folder" in err
    assert sorted(p.name for p in folder.iterdir()) == listing


def test_the_window_setting_a_moved_backup_folder_is_protected_too(
    capsys: pytest.CaptureFixture[str], cafe: Cafe, tmp_path: Path
) -> None:
    moved = tmp_path / "nas-backups"
    moved.mkdir()
    (cafe.data / "settings.json").write_text(json.dumps({"backup_dir": str(moved)}), "utf-8")
    code, _, err = run(capsys, cafe, "export", str(moved / "x.csv"))
    assert code == 2
    assert "is in the backup folder" in err
    assert list(moved.iterdir()) == []


@pytest.mark.parametrize("writer", WRITERS)
def test_an_existing_file_is_replaced_only_with_force(
    capsys: pytest.CaptureFixture[str], cafe: Cafe, tmp_path: Path, writer: str
) -> None:
    suffix = {"summary --pdf": ".pdf", "map --out": ".svg", "export vcard": ".vcf"}
    target = tmp_path / f"out{suffix.get(writer, '.csv')}"
    target.write_bytes(b"the owner's own file")

    code, out, err = run(capsys, cafe, *WRITERS[writer](target))

    assert code == 2
    assert out == ""
    assert "already exists" in err
    assert "--force" in err
    assert target.read_bytes() == b"the owner's own file"

    code, _out, err = run(capsys, cafe, *WRITERS[writer](target), "--force")

    assert code == 0, err
    assert target.read_bytes() != b"the owner's own file"
    assert target.stat().st_size > 0


@pytest.mark.parametrize("writer", WRITERS)
def test_a_missing_folder_is_an_error_and_is_not_created(
    capsys: pytest.CaptureFixture[str], cafe: Cafe, tmp_path: Path, writer: str
) -> None:
    target = tmp_path / "no such folder" / "out.csv"
    code, out, err = run(capsys, cafe, *WRITERS[writer](target))
    assert code != 0
    assert "does not exist" in err
    assert "written" not in out.lower()
    assert "exported" not in out.lower()
    assert not target.parent.exists()


@pytest.mark.parametrize("writer", ["export csv", "privacy export --out", "map --out"])
def test_a_path_under_proc_fails_clearly_and_leaves_nothing(
    capsys: pytest.CaptureFixture[str], cafe: Cafe, writer: str
) -> None:
    if not Path("/proc/self").is_dir():
        pytest.skip("no /proc here")
    code, out, err = run(capsys, cafe, *WRITERS[writer](Path("/proc/self/kauntaa.csv")))
    assert code != 0
    assert "Could not write /proc/self/kauntaa.csv" in err
    assert out == ""


def test_a_folder_export_never_silently_replaces_the_files_inside(
    capsys: pytest.CaptureFixture[str], cafe: Cafe, tmp_path: Path
) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "notes.csv").write_text("my own notes", encoding="utf-8")
    (folder / "keep.txt").write_text("unrelated", encoding="utf-8")

    code, _, err = run(capsys, cafe, "export", str(folder))

    assert code == 2
    assert "notes.csv" in err
    assert "--force" in err
    assert sorted(p.name for p in folder.iterdir()) == ["keep.txt", "notes.csv"]
    assert (folder / "notes.csv").read_text(encoding="utf-8") == "my own notes"

    code, _out, err = run(capsys, cafe, "export", str(folder), "--force")

    assert code == 0, err
    assert sorted(p.name for p in folder.iterdir()) == [
        "customers.csv",
        "introductions.csv",
        "keep.txt",
        "notes.csv",
        "visits.csv",
    ]
    assert (folder / "keep.txt").read_text(encoding="utf-8") == "unrelated"
    assert "本文" in (folder / "notes.csv").read_text(encoding="utf-8-sig")


def test_outputs_are_for_the_owner_only_whatever_the_umask(
    capsys: pytest.CaptureFixture[str], cafe: Cafe, tmp_path: Path
) -> None:
    old = os.umask(0o022)
    try:
        made = {
            "customers.csv": ["export"],
            "all.zip": ["export"],
            "people.vcf": ["export"],
            "news.csv": ["newsletter", "--out"],
            "map.svg": ["map", "--out"],
            "record.json": ["privacy", "export", "1", "--out"],
            "day.pdf": ["summary", "--pdf"],
            "home.kauntaa-enc": ["backup", "--encrypt"],
        }
        for name, command in made.items():
            code, _, err = run(capsys, cafe, *command, str(tmp_path / name))
            assert code == 0, (name, err)
        code, _, err = run(capsys, cafe, "export", str(tmp_path / "folder"))
        assert code == 0, err
    finally:
        os.umask(old)
    for name in made:
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name
    assert stat.S_IMODE((tmp_path / "folder").stat().st_mode) == 0o700
    for inside in (tmp_path / "folder").iterdir():
        assert stat.S_IMODE(inside.stat().st_mode) == 0o600, inside.name
    # And no temporary file was left beside any of them.
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def _cells(data: bytes, encoding: str = "utf-8-sig") -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode(encoding), newline="")))


def test_every_csv_the_app_writes_guards_formulas(
    capsys: pytest.CaptureFixture[str], cafe: Cafe, tmp_path: Path
) -> None:
    assert run(capsys, cafe, "export", str(tmp_path / "c.csv"))[0] == 0
    assert run(capsys, cafe, "export", str(tmp_path / "s.csv"), "--encoding", "cp932")[0] == 0
    assert run(capsys, cafe, "export", str(tmp_path / "all.zip"))[0] == 0
    assert run(capsys, cafe, "export", str(tmp_path / "folder"))[0] == 0
    assert run(capsys, cafe, "newsletter", "--out", str(tmp_path / "n.csv"))[0] == 0
    with zipfile.ZipFile(tmp_path / "all.zip") as archive:
        zipped = {name: archive.read(name) for name in archive.namelist()}
    tables = {
        "customers.csv": (tmp_path / "c.csv").read_bytes(),
        "newsletter": (tmp_path / "n.csv").read_bytes(),
        **{f"zip {n}": d for n, d in zipped.items()},
        **{f"folder {p.name}": p.read_bytes() for p in (tmp_path / "folder").iterdir()},
    }
    every = {name: _cells(data) for name, data in tables.items()}
    every["cp932"] = _cells((tmp_path / "s.csv").read_bytes(), "cp932")
    for name, rows in every.items():
        cells = [c for row in rows[1:] for c in row]
        assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells), name
    guarded = "'" + FORMULA
    assert guarded in {c for row in every["customers.csv"] for c in row}  # name, usual order
    assert guarded in {c for row in every["zip notes.csv"] for c in row}
    assert guarded in {c for row in every["folder visits.csv"] for c in row}
    assert guarded in {c for row in every["newsletter"] for c in row}
    assert "'+81 90-1234-5678" in {c for row in every["customers.csv"] for c in row}


def test_a_guarded_export_imports_back_exactly(
    capsys: pytest.CaptureFixture[str], cafe: Cafe, tmp_path: Path
) -> None:
    target = tmp_path / "customers.csv"
    assert run(capsys, cafe, "export", str(target))[0] == 0
    source = cafe.shop.importing.load(target)
    cards = {c.fields.reading: c.fields for c in cafe.shop.importing.cards(source).cards}
    assert cards["はいぱーりんく"].name == FORMULA
    assert cards["たなか みさき"].usual_order == FORMULA
    assert cards["たなか みさき"].phone == "+81 90-1234-5678"


@pytest.mark.parametrize(
    "text", ["=1+1", "+81", "-", "@home", "'=quoted", "''+x", "'plain", "plain", "", "\tx"]
)
def test_the_guard_round_trips_every_text(text: str) -> None:
    guarded = guard_cell(text)
    assert not guarded.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert unguard_cell(guarded) == text


FULL_DISK_SCENARIO = textwrap.dedent(
    """
    import contextlib, io, json, os, sys
    from pathlib import Path
    from kauntaa.app import main

    folder, data = Path(sys.argv[1]), sys.argv[2]
    # Fill the small disk to the last byte, as a full USB stick would be.
    with open(folder / "ballast", "wb", buffering=0) as ballast:
        try:
            while True:
                ballast.write(b"x" * 4096)
        except OSError:
            pass
    commands = json.loads(sys.argv[3])
    # Then the PDF once more with 16 KiB free: it starts, and runs out halfway.
    commands["summary --pdf, 16 KiB free"] = commands["summary --pdf"]
    results = {}
    for name, args in commands.items():
        if name.endswith("free"):
            size = (folder / "ballast").stat().st_size
            os.truncate(folder / "ballast", size - 16 * 1024)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["--data-dir", data, "--lang", "en", *args])
        left = sorted(p.name for p in folder.iterdir() if p.name != "ballast")
        results[name] = {"code": code, "out": out.getvalue(), "err": err.getvalue(), "left": left}
    print(json.dumps(results))
    """
)


def test_a_full_disk_fails_every_output_clearly_and_leaves_no_partial_file(
    cafe: Cafe, tmp_path: Path
) -> None:
    disk = small_disk(tmp_path)
    folder = disk[1]
    cafe.shop.close()
    commands = {
        name: [*WRITERS[name](folder / f"out{suffix}")]
        for name, suffix in [
            ("export csv", ".csv"),
            ("export vcard", ".vcf"),
            ("newsletter --out", ".csv"),
            ("map --out", ".svg"),
            ("privacy export --out", ".json"),
            ("summary --pdf", ".pdf"),
            ("backup --encrypt", ".kauntaa-enc"),
        ]
    }
    commands["export zip"] = ["export", str(folder / "all.zip")]
    commands["export folder"] = ["export", str(folder / "tables")]
    done = run_on_small_disk(
        disk,
        FULL_DISK_SCENARIO,
        str(cafe.data),
        json.dumps(commands),
        timeout=300,
        env={**os.environ, "KAUNTAA_PASSPHRASE": PASSPHRASE},
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(results) == {*commands, "summary --pdf, 16 KiB free"}
    for name, result in results.items():
        assert result["code"] != 0, name
        assert result["left"] == [], name  # no partial file, no temporary file, no folder
        assert result["out"] == "", name  # no "written", no "exported"
        assert "Could not write" in result["err"], (name, result["err"])
        assert len(result["err"].strip().splitlines()) == 1, name


def test_a_link_or_a_roundabout_path_to_the_database_is_refused_too(
    capsys: pytest.CaptureFixture[str], cafe: Cafe, tmp_path: Path
) -> None:
    cafe.shop.close()
    before = cafe.database.read_bytes()
    link = tmp_path / "looks-harmless.csv"
    link.symlink_to(cafe.database)
    hard = tmp_path / "hard-link.csv"
    os.link(cafe.database, hard)
    roundabout = cafe.data / "backups" / ".." / "kauntaa.sqlite3"
    for target in (link, hard, roundabout):
        code, _, err = run(capsys, cafe, "export", str(target), "--force")
        assert code == 2, target
        assert "never writes over the shop's own files" in err
    assert cafe.database.read_bytes() == before


#: Kauntaa's own files beside the data, which no output may replace, even with --force.
OWN_FILES: dict[str, Callable[[Cafe], Path]] = {
    "the one-window lock": lambda c: c.data / "kauntaa.lock",
    "the settings": lambda c: c.data / "settings.json",
    "the window's state": lambda c: c.data / "window.ini",
    "the log": lambda c: c.data / "logs" / "kauntaa.log",
}


@pytest.mark.parametrize("own", list(OWN_FILES))
@pytest.mark.parametrize("writer", ["export csv", "newsletter --out", "map --out", "summary --pdf"])
def test_kauntaas_own_files_are_never_replaced_even_with_force(
    capsys: pytest.CaptureFixture[str], cafe: Cafe, own: str, writer: str
) -> None:
    target = OWN_FILES[own](cafe)
    target.parent.mkdir(exist_ok=True)
    if not target.exists():
        target.write_text('{"backup_dir": ""}\n' if target.suffix == ".json" else "kept\n")
    before = target.read_bytes()

    code, out, err = run(capsys, cafe, *WRITERS[writer](target), "--force")

    assert code == 2, (out, err)
    assert "Kauntaa's own files" in err
    assert target.read_bytes() == before
