"""``kauntaa import`` and ``kauntaa export`` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kauntaa.app import main

FIXTURES = Path(__file__).parent / "fixtures" / "exchange"


def run(
    capsys: pytest.CaptureFixture[str], data: Path, *args: str, lang: str = "en"
) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "--lang", lang, *args])
    out, err = capsys.readouterr()
    return code, out, err


def count(capsys: pytest.CaptureFixture[str], data: Path, query: str) -> int:
    code, out, _ = run(capsys, data, "--json", "search", query, "--limit", "200")
    assert code == 0
    return len(json.loads(out))


def test_dry_run_prints_what_would_happen_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "shop"
    code, out, _ = run(capsys, data, "import", str(FIXTURES / "square_customers.csv"), "--dry-run")
    assert code == 0
    assert "Dry run, nothing written" in out
    assert "Would add 4, merge 0, skip 2" in out
    assert "line 5: The name is empty" in out
    assert "line 7 佐藤 健太: same name and reading as 佐藤 健太 on line 3" in out
    assert not (data / "backups").exists() or not any((data / "backups").iterdir())
    code, out, _ = run(capsys, data, "--json", "search", "田中")
    assert json.loads(out) == []


def test_import_writes_after_a_backup_and_reports_in_japanese(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "shop"
    code, out, _ = run(
        capsys, data, "import", str(FIXTURES / "japanese_sheet_cp932.csv"), lang="ja"
    )
    assert code == 0
    assert "取り込みました: japanese_sheet_cp932.csv（cp932）" in out
    assert "追加 3件" in out
    assert "6行目: 名前が空です" in out
    assert "取り込み前のバックアップ" in out
    code, out, _ = run(capsys, data, "--json", "search", "ﾀｶﾊｼ")
    assert json.loads(out)[0]["name"] == "髙橋 一郎"


def test_on_duplicate_merge_and_json_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "shop"
    assert run(capsys, data, "import", str(FIXTURES / "iphone.vcf"))[0] == 0
    code, out, _ = run(
        capsys,
        data,
        "--json",
        "import",
        str(FIXTURES / "square_customers.csv"),
        "--on-duplicate",
        "merge",
    )
    report = json.loads(out)
    assert code == 0
    assert report["merged"] == 3  # 田中 and Emily into the phone's cards; line 7 into line 3
    assert report["added"] == 2
    assert report["backup"].endswith("-import.sqlite3")


def test_format_and_encoding_can_be_forced(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "shop"
    code, _, err = run(
        capsys,
        data,
        "import",
        str(FIXTURES / "japanese_sheet_cp932.csv"),
        "--encoding",
        "utf-8",
    )
    assert code == 2
    assert err.startswith("Line 1: There are bytes that are not utf-8 text")
    code, out, _ = run(
        capsys,
        data,
        "import",
        str(FIXTURES / "old_phone_sjis.vcf"),
        "--format",
        "vcard",
        "--encoding",
        "cp932",
    )
    assert code == 0
    assert "added 2" in out


@pytest.mark.parametrize(
    ("fixture", "message"),
    [
        ("broken_quote.csv", "Line 3: The CSV is malformed"),
        ("truncated.vcf", "Line 5: This contact never ends with END:VCARD"),
    ],
)
def test_a_malformed_file_is_one_clear_line_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fixture: str, message: str
) -> None:
    data = tmp_path / "shop"
    assert run(capsys, data, "add", "田中 美咲")[0] == 0
    code, _, err = run(capsys, data, "import", str(FIXTURES / fixture))
    assert code == 2
    assert err.startswith(message)
    assert "Traceback" not in err
    assert count(capsys, data, "田中") == 1
    assert count(capsys, data, "中村") == 0


def test_export_csv_zip_and_vcard(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "shop"
    assert run(capsys, data, "import", str(FIXTURES / "square_customers.csv"))[0] == 0
    code, out, _ = run(capsys, data, "export", str(tmp_path / "all.zip"))
    assert code == 0
    assert out.startswith(f"Exported to {tmp_path / 'all.zip'}: 4 customers, 42 visits")
    code, out, _ = run(
        capsys, data, "export", str(tmp_path / "c.csv"), "--encoding", "cp932", "--query", "田中"
    )
    assert code == 0
    assert "1 customers" in out
    assert "田中 美咲" in (tmp_path / "c.csv").read_bytes().decode("cp932")
    code, out, _ = run(
        capsys, data, "--json", "export", "--format", "vcard", str(tmp_path / "phone.vcf")
    )
    assert json.loads(out)["customers"] == 4
    assert "X-PHONETIC-LAST-NAME" in (tmp_path / "phone.vcf").read_text(encoding="utf-8")
