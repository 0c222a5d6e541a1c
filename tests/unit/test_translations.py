"""Both translations are complete: every string the window shows has ja and en text."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

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
