"""`kauntaa privacy`: a customer's record out, the customer deleted, their consent dated."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kauntaa.app import main
from kauntaa.settings import Settings, save_settings


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "shop"
    for args in (
        ("add", "田中 美咲", "--reading", "たなか みさき", "--usual", "カフェラテ"),
        ("add", "佐藤 健太", "--reading", "さとう けんた"),
        ("note", "たなか みさき", "猫アレルギー", "--private"),
        ("visit", "たなか みさき"),
        ("introduce", "たなか みさき", "さとう けんた", "--context", "田中さんの写真"),
    ):
        assert run(capsys, folder, *args)[0] == 0, args
    return folder


def test_export_writes_the_whole_record_as_json(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    out = tmp_path / "tanaka.json"

    code, text, _ = run(capsys, data, "privacy", "export", "たなか みさき", "--out", str(out))

    assert code == 0
    assert str(out) in text
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["customer"]["name"] == "田中 美咲"
    assert [n["body"] for n in record["notes"]] == ["猫アレルギー"]
    assert len(record["visits"]) == 1
    assert record["introductions"][0]["with"] == "佐藤 健太"
    assert "newsletter" in record["purpose_of_use"]  # the default notice, in English


def test_export_uses_the_owners_notice_and_can_write_a_page(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    save_settings(data / "settings.json", Settings(privacy_notice="当店だけで使います。"))
    page = tmp_path / "tanaka.html"

    code, _, _ = run(capsys, data, "--json", "privacy", "export", "1", "--out", str(page), "--html")

    assert code == 0
    html = page.read_text(encoding="utf-8")
    assert "当店だけで使います。" in html
    assert "猫アレルギー" in html


def test_delete_asks_for_yes_then_deletes_and_explains_backups(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    code, _, err = run(capsys, data, "privacy", "delete", "たなか みさき")
    assert code == 2
    assert "--yes" in err
    assert run(capsys, data, "search", "たなか")[1].strip() != ""

    code, text, _ = run(capsys, data, "privacy", "delete", "たなか みさき", "--yes")

    assert code == 0
    assert "Deleted 田中 美咲" in text
    assert "1 introductions stay" in text
    assert "10 most recent backups" in text
    _, shown, _ = run(capsys, data, "--json", "show", "さとう けんた")
    card = json.loads(shown)
    [intro] = card["introductions"]
    assert "田中" not in json.dumps(intro, ensure_ascii=False)
    assert run(capsys, data, "--json", "search", "たなか")[1].strip() == "[]"


def test_consent_is_recorded_with_its_date(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, text, _ = run(capsys, data, "privacy", "consent", "さとう けんた")
    assert code == 0
    assert "Newsletter: not asked" in text

    code, shown, _ = run(
        capsys,
        data,
        "--json",
        "privacy",
        "consent",
        "さとう けんた",
        "--newsletter",
        "yes",
        "--introductions",
        "no",
    )

    assert code == 0
    answers = json.loads(shown)["consent"]
    assert answers["newsletter"]["answer"] == "agreed"
    assert answers["newsletter"]["at"] is not None
    assert answers["introductions"]["answer"] == "declined"
    assert answers["contact_details"] == {"answer": "not_asked", "at": None}


def test_a_bad_yes_no_is_refused(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        run(capsys, data, "privacy", "consent", "1", "--newsletter", "maybe")
    assert caught.value.code == 2
