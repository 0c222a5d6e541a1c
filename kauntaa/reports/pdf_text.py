"""The text layer of Kauntaa's PDFs: each glyph copies, searches and reads as what was drawn.

The cause: Qt's PDF writer (``QFontSubset::createToUnicodeMap``) builds each
font's ``/ToUnicode`` map by walking the font's character map from U+0000 up
to U+FFFF and keeping, for every glyph, the *first* code point that reaches
it. A CJK font such as Noto Sans CJK maps the Kangxi radicals (U+2F00–U+2FDF)
to the same glyphs as the ideographs, and the radicals come first, so 木 is
written as ⽊ (U+2F4A), 田 as ⽥ and 一 as ⼀ (U+2F00); the katakana middle dot
・ becomes U+2027, a ligature ﬁ stays ﬁ, and a glyph reached only from beyond
the BMP (𠮷, U+20BB7) gets no text at all. pdftotext, copy and paste and
screen readers then give the wrong characters, and searching for a name fails.

The fix corrects the maps after writing, not at the root: the walk is inside
Qt's C++ and no setting changes it. With pypdf (a maintained, pure-Python PDF
library) each embedded font's map is rewritten. The system font Qt drew with
is found by its PostScript name through ``QRawFont``; each glyph Qt's map
names gets the character of the *drawn text* that the font draws with that
glyph, else the compatibility decomposition's character when the font draws it
with the same glyph; a ligature becomes the letters drawn. The glyphs Qt left
without text are matched to the drawn characters beyond the BMP by their
advance and bounding box. The new maps are UTF-16BE, with surrogate pairs
beyond the BMP.

Qt already embeds a subset of each font (only the glyphs drawn, renumbered:
a few KB where the Japanese font is about 16 MB), and tags the font
descriptor's name (``QYAAAA+…``) but not the font's ``/BaseFont``, so readers
report the fonts as embedded whole. The tag is copied onto both ``/BaseFont``
names, as the PDF specification asks of a subset (ISO 32000-1, 9.6.4).
"""

from __future__ import annotations

import io
import re
import struct
import unicodedata
from collections.abc import Iterable

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, PdfObject, StreamObject
from PySide6.QtGui import QFont, QRawFont

from kauntaa.reports.cmaps import fold_to_drawn, parse_to_unicode, write_to_unicode

_SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")


def _rank(char: str) -> int:
    """Which of several characters drawn with one glyph to give as its text: lower is better."""
    cp = ord(char)
    if 0x2E80 <= cp <= 0x2FDF or 0x31C0 <= cp <= 0x31EF:  # radicals and strokes
        return 3
    if unicodedata.decomposition(char):  # compatibility forms: 豈 (U+F900), ｱ, ﬁ
        return 2
    return 1


def _postscript_name(raw: QRawFont) -> str | None:
    """The PostScript name (name id 6) of a font, which Qt writes as its ``/BaseFont``."""
    table = bytes(raw.fontTable("name").data())
    if len(table) < 6:
        return None
    _, count, strings = struct.unpack(">HHH", table[:6])
    for i in range(count):
        at = 6 + 12 * i
        if at + 12 > len(table):
            break
        platform, _, _, name_id, length, offset = struct.unpack(">HHHHHH", table[at : at + 12])
        if name_id != 6:
            continue
        data = table[strings + offset : strings + offset + length]
        return data.decode("utf-16-be" if platform in (0, 3) else "latin-1", errors="replace")
    return None


class _Fonts:
    """The system fonts Qt drew with, found by PostScript name among the families painted with.

    Only the families the painting used, regular and bold, resolved as the painter
    resolves them (``QFont`` → ``QRawFont``): this runs in the job runner's thread,
    so it asks Qt's font database nothing the painting did not. A font not found
    here is mended by Unicode alone (``fold_to_drawn``).
    """

    def __init__(self, families: Iterable[str]) -> None:
        self._families = list(dict.fromkeys(families))
        self._found: dict[str, QRawFont] | None = None

    def get(self, postscript_name: str) -> QRawFont | None:
        if self._found is None:
            self._found = {}
            for family in self._families:
                for bold in (False, True):
                    font = QFont(family)
                    font.setBold(bold)
                    raw = QRawFont.fromFont(font)
                    name = _postscript_name(raw) if raw.isValid() else None
                    if name:
                        self._found.setdefault(name.replace(" ", "_"), raw)
        return self._found.get(postscript_name)


def _glyph(raw: QRawFont, char: str) -> int:
    glyphs = raw.glyphIndexesForString(char)
    return int(glyphs[0]) if len(glyphs) == 1 else 0


def _subset_boxes(font_file: bytes) -> dict[int, tuple[float, float, float, float]]:
    """Glyph id → (xMin, yMin, xMax, yMax) in 1/1000 em, from a TrueType subset's glyf table."""
    try:
        count = struct.unpack(">H", font_file[4:6])[0]
        tables = {}
        for i in range(count):
            tag, _, offset, length = struct.unpack(">4sIII", font_file[12 + 16 * i : 28 + 16 * i])
            tables[tag] = font_file[offset : offset + length]
        per_em = struct.unpack(">H", tables[b"head"][18:20])[0] / 1000
        long_loca = struct.unpack(">h", tables[b"head"][50:52])[0] == 1
        loca_data = tables[b"loca"]
        if long_loca:
            loca = list(struct.unpack(f">{len(loca_data) // 4}I", loca_data))
        else:
            loca = [2 * v for v in struct.unpack(f">{len(loca_data) // 2}H", loca_data)]
        glyf = tables[b"glyf"]
        boxes = {}
        for gid in range(len(loca) - 1):
            if loca[gid + 1] - loca[gid] >= 10:
                box = struct.unpack(">4h", glyf[loca[gid] + 2 : loca[gid] + 10])
                boxes[gid] = (box[0] / per_em, box[1] / per_em, box[2] / per_em, box[3] / per_em)
        return boxes
    except (KeyError, struct.error, IndexError, ZeroDivisionError):
        return {}


def _raw_box(raw: QRawFont, glyph: int) -> tuple[float, float, float, float]:
    """A glyph's bounding box in 1/1000 em, y up, as Qt writes it into the subset."""
    em = QRawFont(raw)
    em.setPixelSize(1000)
    rect = em.pathForGlyph(glyph).boundingRect()
    return (rect.left(), -rect.bottom(), rect.right(), -rect.top())


def _dict(value: PdfObject) -> DictionaryObject:
    resolved = value.get_object()
    assert isinstance(resolved, DictionaryObject)
    return resolved


def _descendant(font: DictionaryObject) -> DictionaryObject:
    """The CIDFont a Type0 font draws with (Qt writes exactly one)."""
    descendants = font["/DescendantFonts"].get_object()
    assert isinstance(descendants, ArrayObject)
    descendant = descendants[0].get_object()
    assert isinstance(descendant, DictionaryObject)
    return descendant


def _mend_font(font: DictionaryObject, raw: QRawFont, drawn_text: str) -> dict[int, str] | None:
    """The corrected CID → text map of one Type0 font Qt wrote, or None to leave it alone."""
    to_unicode = font.get("/ToUnicode")
    descendant = _descendant(font)
    if to_unicode is None:
        return None
    qt_map = parse_to_unicode(to_unicode.get_object().get_data().decode("latin-1"))
    by_glyph: dict[int, list[str]] = {}
    for char in sorted(set(drawn_text)):
        if raw.supportsCharacter(ord(char)):
            by_glyph.setdefault(_glyph(raw, char), []).append(char)

    mapping: dict[int, str] = {}
    known: set[int] = set()
    for cid, text in qt_map.items():
        if cid == 0 or len(text) != 1:
            mapping[cid] = text if cid else ""
            continue
        glyph = _glyph(raw, text)
        known.add(glyph)
        choices = list(by_glyph.get(glyph, []))
        folded = unicodedata.normalize("NFKC", text)
        if not choices and len(folded) > 1 and folded in drawn_text and text not in drawn_text:
            mapping[cid] = folded  # a ligature (ﬁ) the shaper made of the letters drawn
            continue
        if not choices:
            choices = [text]
            if len(folded) == 1 and _glyph(raw, folded) == glyph:
                choices.append(folded)
        mapping[cid] = min(choices, key=lambda c: (_rank(c), c != text, c))

    # Qt's walk stops at U+FFFF: the glyphs it left without text are characters beyond it.
    file = _dict(descendant["/FontDescriptor"]).get("/FontFile2")
    boxes = _subset_boxes(file.get_object().get_data()) if file is not None else {}
    widths = _widths(descendant)
    default_width = float(descendant.get("/DW", 1000))
    unmapped = [cid for cid in boxes if cid and cid not in mapping]
    if unmapped:
        candidates = [
            (chars[0], glyph)
            for glyph, chars in by_glyph.items()
            if glyph and glyph not in known and any(ord(c) > 0xFFFF for c in chars)
        ]
        for cid in unmapped:

            def distance(candidate: tuple[str, int], cid: int = cid) -> float:
                _, glyph = candidate
                advance = raw.advancesForGlyphIndexes([glyph])[0].x() * 1000 / raw.pixelSize()
                off = abs(advance - widths.get(cid, default_width))
                if cid in boxes:
                    off += sum(
                        abs(a - b) for a, b in zip(boxes[cid], _raw_box(raw, glyph), strict=True)
                    )
                return off

            if candidates:
                best = min(candidates, key=distance)
                if len(candidates) == 1 or distance(best) < 8:
                    mapping[cid] = best[0]
                    candidates.remove(best)
    return mapping


def _widths(descendant: DictionaryObject) -> dict[int, float]:
    """CID → advance (1/1000 em) from a CIDFont's ``/W`` array (its ``/DW`` for the rest)."""
    widths: dict[int, float] = {}
    array = list(descendant.get("/W", []))
    i = 0
    while i < len(array):
        first = int(array[i])
        nxt = array[i + 1].get_object() if hasattr(array[i + 1], "get_object") else array[i + 1]
        if isinstance(nxt, list):
            for offset, width in enumerate(nxt):
                widths[first + offset] = float(width)
            i += 2
        else:
            for cid in range(first, int(nxt) + 1):
                widths[cid] = float(array[i + 2])
            i += 3
    return widths


def mend_text_layer(pdf: bytes, drawn_text: str, families: Iterable[str] = ()) -> bytes:
    """``pdf`` as Qt wrote it, with each font's text map and subset name put right.

    ``drawn_text`` is everything the pages painted (it says which characters
    were drawn, and which letters a ligature glyph stands for); ``families`` are
    the font families painted with, searched first for the fonts in the file.
    """
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    fonts = _Fonts(families)
    seen: set[int] = set()
    for page in writer.pages:
        resources = page.get("/Resources")
        font_dict = resources.get_object().get("/Font") if resources is not None else None
        if font_dict is None:
            continue
        for ref in font_dict.get_object().values():
            font = ref.get_object()
            if id(font) in seen or font.get("/Subtype") != "/Type0":
                continue
            seen.add(id(font))
            descendant = _descendant(font)
            descriptor = _dict(descendant["/FontDescriptor"])
            base = str(font["/BaseFont"])[1:] if "/BaseFont" in font else ""
            raw = fonts.get(_SUBSET_TAG.sub("", base))
            to_unicode = font.get("/ToUnicode")
            if raw is not None:
                mapping = _mend_font(font, raw, drawn_text)
            elif to_unicode is not None:  # a font Qt found but we cannot: fold by Unicode alone
                qt_map = parse_to_unicode(to_unicode.get_object().get_data().decode("latin-1"))
                mapping = fold_to_drawn(qt_map, drawn_text)
            else:
                mapping = None
            if mapping is not None and to_unicode is not None:
                stream = to_unicode.get_object()
                assert isinstance(stream, StreamObject)
                stream.set_data(write_to_unicode(mapping))
            tagged = str(descriptor.get("/FontName", ""))[1:]
            if _SUBSET_TAG.match(tagged) and _SUBSET_TAG.sub("", tagged) == base:
                font[NameObject("/BaseFont")] = NameObject("/" + tagged)
                descendant[NameObject("/BaseFont")] = NameObject("/" + tagged)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
