"""ToUnicode CMaps, read and written: which text each glyph of a PDF font stands for.

Qt-free, so the command line's tests can check the maps without a painter.
"""

from __future__ import annotations

import re
import unicodedata

_HEX = re.compile(r"<([0-9A-Fa-f]+)>")


def _utf16(text: str) -> str:
    """A code point sequence as the hex of its UTF-16BE form (surrogate pairs beyond the BMP)."""
    return text.encode("utf-16-be").hex().upper()


def _from_utf16(hex_text: str) -> str:
    return bytes.fromhex(hex_text).decode("utf-16-be", errors="replace")


def parse_to_unicode(cmap: str) -> dict[int, str]:
    """CID → text from a ToUnicode CMap's ``bfchar`` and ``bfrange`` sections."""
    mapping: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        codes = _HEX.findall(block)
        for cid, text in zip(codes[0::2], codes[1::2], strict=False):
            mapping[int(cid, 16)] = _from_utf16(text)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for line in block.strip().splitlines():
            codes = _HEX.findall(line)
            if len(codes) < 3:
                continue
            first, last = int(codes[0], 16), int(codes[1], 16)
            if "[" in line:
                for offset, text in enumerate(codes[2:]):
                    if first + offset <= last:
                        mapping[first + offset] = _from_utf16(text)
            else:
                start = _from_utf16(codes[2])
                for offset in range(last - first + 1):
                    mapping[first + offset] = start[:-1] + chr(ord(start[-1]) + offset)
    return mapping


def write_to_unicode(mapping: dict[int, str]) -> bytes:
    """A ToUnicode CMap of single ``bfchar`` entries (at most 100 a block, as the format asks)."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
    ]
    entries = sorted((cid, text) for cid, text in mapping.items() if text)
    for start in range(0, len(entries), 100):
        chunk = entries[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines += [f"<{cid:04X}> <{_utf16(text)}>" for cid, text in chunk]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end", ""]
    return "\n".join(lines).encode("ascii")


def fold_to_drawn(mapping: dict[int, str], drawn_text: str) -> dict[int, str]:
    """A map with radicals and compatibility forms folded into the characters drawn.

    The fallback when the font Qt drew with cannot be found to compare glyphs:
    ⽥ (U+2F65) becomes 田 when 田 was drawn and ⽥ was not, ﬁ becomes "fi".
    """
    drawn = set(drawn_text)
    folded_map = {}
    for cid, text in mapping.items():
        folded = unicodedata.normalize("NFKC", text)
        keep = text in drawn or folded == text or not folded
        folded_map[cid] = text if keep or not set(folded) <= drawn else folded
    return folded_map
