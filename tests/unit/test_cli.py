"""The command line: human text by default, JSON on request, one clear line on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kauntaa.app import main


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "shop"
    for args in (
        (
            "add",
            "田中 美咲",
            "--reading",
            "たなか みさき",
            "--usual",
            "カフェラテ",
            "--tag",
            "写真",
        ),
        ("add", "田中 健", "--reading", "たなか けん"),
        ("add", "佐藤 健太", "--reading", "さとう けんた"),
    ):
        assert run(capsys, folder, *args)[0] == 0
    return folder


def test_search_json_lists_id_name_reading_and_why(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    code, out, _ = run(capsys, data, "--json", "search", "misaki")
    hits = json.loads(out)
    assert code == 0
    assert hits[0]["name"] == "田中 美咲"
    assert {"id", "name", "reading", "matched"} <= hits[0].keys()
    assert hits[0]["matched"] == "romaji"


def test_an_ambiguous_customer_lists_the_candidates_and_fails(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    code, _, err = run(capsys, data, "visit", "たなか")
    assert code == 2
    assert "田中 美咲" in err
    assert "田中 健" in err
    assert "Traceback" not in err


def test_visit_note_introduce_show_and_summary(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    assert run(capsys, data, "visit", "misaki", "--order", "ほうじ茶")[0] == 0
    assert run(capsys, data, "note", "misaki", "来月、京都で個展", "--pin")[0] == 0
    code, out, _ = run(capsys, data, "introduce", "misaki", "さとう", "--context", "カメラ")
    assert code == 0
    assert "佐藤 健太" in out

    code, out, _ = run(capsys, data, "show", "misaki")
    assert code == 0
    for expected in ("田中 美咲", "ほうじ茶", "来月、京都で個展", "佐藤 健太", "カフェラテ"):
        assert expected in out

    code, out, _ = run(capsys, data, "summary")
    assert code == 0
    assert "田中 美咲" in out
    assert "new face" in out

    code, out, _ = run(capsys, data, "--json", "summary")
    summary = json.loads(out)
    assert [v["customer"]["name"] for v in summary["visitors"]] == ["田中 美咲"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("add", "  "), "Name cannot be empty."),
        (("visit", "999"), "No customer with id 999."),
        (("visit", "misaki", "--at", "2999-01-01T10:00"), "is in the future"),
        (("introduce", "misaki", "misaki"), "cannot be introduced to themselves"),
        (("add", "田中 美咲", "--reading", "たなか みさき"), "same name exists"),
        (("show", "nobody-here"), "Nobody matches"),
    ],
)
def test_bad_input_is_one_line_with_status_2(
    capsys: pytest.CaptureFixture[str], data: Path, args: tuple[str, ...], message: str
) -> None:
    code, out, err = run(capsys, data, *args)
    assert code == 2
    assert message in err
    assert "Traceback" not in err
    assert out == ""


def test_messages_follow_the_language(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code = main(["--data-dir", str(data), "--lang", "ja", "add", " "])
    _, err = capsys.readouterr()
    assert code == 2
    assert err.strip() == "名前を入力してください。"


def test_bad_arguments_exit_2(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(capsys, data, "visit", "misaki", "--at", "yesterday-ish")
    assert exit_info.value.code == 2
    assert "not a date and time" in capsys.readouterr().err


def test_demo_refuses_a_shop_with_customers(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, _, err = run(capsys, data, "demo", "--customers", "5")
    assert code == 2
    assert err.strip()


def test_backup_writes_a_verified_copy(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, _ = run(capsys, data, "--json", "backup")
    info = json.loads(out)
    assert code == 0
    assert Path(info["path"]).is_file()
    assert info["row_counts"]["customer"] == 3


def test_a_foreign_file_is_refused_with_status_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "other"
    folder.mkdir()
    (folder / "kauntaa.sqlite3").write_bytes(b"")
    code, _, err = run(capsys, folder, "search", "x")
    assert code == 1
    assert "empty (0 bytes)" in err
    assert (folder / "kauntaa.sqlite3").read_bytes() == b""


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("kauntaa ")
