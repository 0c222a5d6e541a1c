"""Both translations are complete: every string the window shows has ja and en text."""

from __future__ import annotations

import re
import tokenize
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TR_CALL = re.compile(r"\b(tr|translate)\(")
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.mark.parametrize("language", ["ja", "en"])
def test_every_message_is_translated(language: str) -> None:
    root = ET.parse(TRANSLATIONS / f"kauntaa_{language}.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 100
    untranslated = []
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            untranslated.append(source)
    assert untranslated == []


def test_japanese_is_really_japanese() -> None:
    root = ET.parse(TRANSLATIONS / "kauntaa_ja.ts").getroot()
    texts = [
        (m.findtext("source") or "", m.findtext("translation") or "") for m in root.iter("message")
    ]
    same = [s for s, t in texts if s == t and s not in {"Kauntaa"}]
    assert same == []


def test_no_translated_string_hides_inside_an_f_string() -> None:
    """lupdate does not read tr() calls inside f-strings: such text would stay English."""
    package = TRANSLATIONS.parents[1] / "kauntaa"
    hidden = []
    for path in sorted(package.rglob("*.py")):
        with path.open("rb") as source:
            for token in tokenize.tokenize(source.readline):
                prefix = token.string[:2].lower()
                if token.type == tokenize.STRING and "f" in prefix and TR_CALL.search(token.string):
                    hidden.append(f"{path.relative_to(package)}:{token.start[0]}")
    assert hidden == []
