"""Bad input on the command line: one clear line in the owner's language, status 2, nothing written.

Each class of input that once printed a traceback or was stored as it came:
lone surrogates, ids too large for the database, times with a UTC offset, days
outside the range Kauntaa accepts, control characters, direction overrides and
names made only of invisible characters.
"""

from __future__ import annotations

import sqlite3
import tempfile
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kauntaa.app import main
from kauntaa.domain.characters import has_visible, refused
from kauntaa.domain.validation import LIMITS, MULTILINE, clean
from kauntaa.errors import UserError

TABLES = ("customer", "note", "visit", "introduction", "reminder", "event", "circle")


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


def counts(data: Path) -> dict[str, int]:
    with closing(sqlite3.connect(data / "kauntaa.sqlite3")) as db:
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "shop"
    assert run(capsys, folder, "add", "田中 美咲", "--reading", "たなか みさき")[0] == 0
    assert run(capsys, folder, "add", "佐藤 健太", "--reading", "さとう けんた")[0] == 0
    return folder


def refused_cleanly(
    capsys: pytest.CaptureFixture[str], data: Path, *args: str, says: str, lang: str = "en"
) -> str:
    before = counts(data)
    code = main(["--data-dir", str(data), "--lang", lang, *args])
    out, err = capsys.readouterr()
    assert code == 2, err
    assert out == ""
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert says in err
    assert counts(data) == before
    return err


# Lone surrogates: what a terminal in the wrong encoding hands over --------------------


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("add", "田中\udcff"), "Name holds something that is not text (U+DCFF"),
        (
            ("add", "田中", "--usual", "\udc81\udc40"),
            "Usual order holds something that is not text",
        ),
        (("note", "1", "来月\udcff"), "Note holds something that is not text"),
        (("show", "\udcff"), "The search holds something that is not text"),
        (("search", "た\udcff"), "The search holds something that is not text"),
        (("visit", "1", "--order", "\ud800"), "Order holds something that is not text"),
    ],
)
def test_lone_surrogates_are_refused(
    capsys: pytest.CaptureFixture[str], data: Path, args: tuple[str, ...], says: str
) -> None:
    refused_cleanly(capsys, data, *args, says=says)


def test_a_surrogate_is_refused_in_japanese_too(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    err = refused_cleanly(capsys, data, "add", "a\udcffb", says="名前に文字として", lang="ja")
    assert "U+DCFF" in err


# Ids -----------------------------------------------------------------------------------


@pytest.mark.parametrize("ident", ["1" * 40, str(2**63), "0", "9223372036854775807", "١٢", "１２"])
def test_an_id_no_customer_can_have_is_not_found(
    capsys: pytest.CaptureFixture[str], data: Path, ident: str
) -> None:
    for command in (("show", ident), ("visit", ident), ("note", ident, "x")):
        refused_cleanly(capsys, data, *command, says="")


def test_an_id_typed_in_full_width_digits_is_that_id(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    code, out, err = run(capsys, data, "show", "２")
    assert code == 0, err
    assert out.startswith("佐藤 健太")


def test_a_40_digit_id_names_nobody(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    refused_cleanly(capsys, data, "show", "1" * 40, says=f"No customer with id {'1' * 40}.")


@pytest.mark.parametrize("command", [("circle", "show"), ("event", "show")])
def test_a_40_digit_circle_or_event_id_names_nothing(
    capsys: pytest.CaptureFixture[str], data: Path, command: tuple[str, ...]
) -> None:
    code, _out, err = run(capsys, data, *command, "9" * 40)
    assert code == 2
    assert "Traceback" not in err
    assert "9" * 40 in err


def test_a_huge_limit_is_refused_by_the_parser(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    with pytest.raises(SystemExit) as exited:  # argparse's own exit, with the same status
        run(capsys, data, "search", "た", "--limit", "9" * 40)
    err = capsys.readouterr().err
    assert exited.value.code == 2
    assert "must be 1000000 or less" in err
    assert "Traceback" not in err


# Times and days --------------------------------------------------------------------------


def test_a_time_with_an_offset_is_recorded_as_local_time(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    code, out, err = run(capsys, data, "--json", "visit", "1", "--at", "2026-11-20T12:00+09:00")
    assert code == 0, err
    instant = datetime(2026, 11, 20, 12, 0, tzinfo=timezone(timedelta(hours=9)))
    local = instant.astimezone().replace(tzinfo=None)
    assert f'"at": "{local.isoformat()}"' in out
    with closing(sqlite3.connect(data / "kauntaa.sqlite3")) as db:
        (stored,) = db.execute("SELECT at FROM visit").fetchone()
    assert stored.startswith(local.strftime("%Y-%m-%d %H:%M"))


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("visit", "1", "--at", "0001-01-01T10:00"), "The date 0001-01-01 is out of range."),
        (("visit", "1", "--at", "1899-12-31T23:59"), "out of range"),
        (("visit", "1", "--at", "1900-01-01T00:30+14:00"), "The date 1899-12-31 is out of range"),
        (("introduce", "1", "2", "--at", "0001-01-01"), "out of range"),
    ],
)
def test_a_day_out_of_range_is_refused_before_anything_is_written(
    capsys: pytest.CaptureFixture[str], data: Path, args: tuple[str, ...], says: str
) -> None:
    refused_cleanly(capsys, data, *args, says=says)


def test_an_outcome_dated_in_year_1_is_refused(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    assert run(capsys, data, "introduce", "1", "2")[0] == 0
    for when in ("--at", "--follow-up"):
        refused_cleanly(
            capsys, data, "outcome", "1", "--kind", "other", when, "0001-01-01", says="range"
        )


@pytest.mark.parametrize("span", [(), ("--week",), ("--month",)])
@pytest.mark.parametrize("day", ["0001-01-01", "0001-01-07", "1899-12-31"])
def test_a_summary_of_a_day_out_of_range_is_one_line(
    capsys: pytest.CaptureFixture[str], data: Path, span: tuple[str, ...], day: str
) -> None:
    refused_cleanly(capsys, data, "summary", "--date", day, *span, says="is out of range")


def test_the_first_day_in_range_still_has_a_week_and_a_month(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    for span in ((), ("--week",), ("--month",)):
        code, out, err = run(capsys, data, "summary", "--date", "1900-01-01", *span)
        assert code == 0, err
        assert "1900-01-01" in out


def test_an_event_far_away_is_refused(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    refused_cleanly(
        capsys, data, "event", "add", "写真展", "--at", "9999-12-31T23:00-12:00", says="range"
    )


# Characters a terminal obeys, and invisible names -------------------------------------------


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("add", "\x1b[31m赤い人"), "Name holds a control character (U+001B)."),
        (("add", "\x1b]0;pwned\x07"), "control character"),
        (("add", "田中\x07"), "control character (U+0007)"),
        (("add", "田中\u009b31m"), "control character (U+009B)"),
        (("add", "abc\u202edef"), "turns the text around (U+202E)"),
        (("add", "田中", "--call-name", "\u2066x\u2069"), "turns the text around (U+2066)"),
        (("add", "\u200b\u200b"), "Name cannot be empty."),
        (("add", "\u200b\ufeff\u2060 \u3000"), "Name cannot be empty."),
        (("add", "\u3164"), "Name cannot be empty."),
        (("note", "1", "\x1b[2J消えた"), "Note holds a control character"),
        (("note", "1", "\u200b"), "Note cannot be empty."),
        (("introduce", "1", "2", "--context", "\x1b[0m"), "Context holds a control character"),
        (("circle", "add", "\u202e写真部"), "Circle name holds an invisible character"),
    ],
)
def test_dangerous_characters_are_refused_on_every_write_path(
    capsys: pytest.CaptureFixture[str], data: Path, args: tuple[str, ...], says: str
) -> None:
    refused_cleanly(capsys, data, *args, says=says)


def test_harmless_invisibles_are_dropped_and_line_breaks_folded(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    code, out, err = run(capsys, data, "--json", "add", "\u200b山田\u00a0\u200e花子\ufeff\n")
    assert code == 0, err
    assert '"name": "山田 花子"' in out
    code, out, err = run(
        capsys, data, "--json", "note", "山田", "一行目\r\n二行目\u2028三行目\u200b"
    )
    assert code == 0, err
    assert '"body": "一行目\\n二行目\\n三行目"' in out


def test_an_emoji_sequence_and_a_variation_selector_are_kept(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    family = "👨\u200d👩\u200d👧"
    name = "辻\U000e0100 " + family  # 辻 with its ideographic variation selector
    code, out, err = run(capsys, data, "--json", "add", name, "--reading", "つじ")
    assert code == 0, err
    assert name in out


# Any text at all: stored clean, or refused, never a traceback --------------------------------

_ANY_TEXT = st.text(
    alphabet=st.characters(codec=None, exclude_categories=()),  # every code point, surrogates too
    max_size=30,
)
_NASTY = st.text(
    alphabet=st.sampled_from(
        [
            *"a田 \t\n\r\x1b\x07\x00\x7f\u0085\u009b\u200b\u200d\u202e\u2066\ufeff\u3000",
            *("\udcff", "\ud800", "\u3164", "\ufe0f"),
        ]
    ),
    max_size=12,
)


def _stored_or_refusal(field: str, value: str) -> str | UserError:
    try:
        return clean(field, value)
    except UserError as error:
        return error


@given(field=st.sampled_from(sorted(LIMITS)), value=st.one_of(_ANY_TEXT, _NASTY))
def test_every_text_is_stored_clean_or_refused_with_its_field(field: str, value: str) -> None:
    stored = _stored_or_refusal(field, value)
    if isinstance(stored, UserError):
        assert stored.field == field
        assert stored.code in {"not_text", "control_character", "direction_override", "too_long"}
        assert stored.message.ja
        assert stored.message.en
        return
    assert refused(stored) is None
    assert "\r" not in stored
    assert stored == stored.strip()
    if field not in MULTILINE:
        assert "\n" not in stored
        assert "\t" not in stored
    assert stored == "" or has_visible(stored)


_CLI = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_CLI
@given(name=st.one_of(_NASTY, _ANY_TEXT.filter(lambda s: not s.startswith("-"))))
def test_add_with_any_name_succeeds_clean_or_fails_in_one_line(
    capsys: pytest.CaptureFixture[str], name: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "shop"
        code = main(["--data-dir", str(data), "--lang", "en", "--json", "add", name, "--force"])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        if code == 2:
            assert out == ""
            assert len(err.strip().splitlines()) == 1
            return
        assert code == 0, err
        with closing(sqlite3.connect(data / "kauntaa.sqlite3")) as db:
            (stored,) = db.execute("SELECT name FROM customer").fetchone()
        assert refused(stored) is None
        assert has_visible(stored)
