"""Reading and writing the text files other systems exchange: encodings and CSV tables.

Every failure is a UserError naming the line, in Japanese and English: an empty
or binary file, one larger than ``MAX_BYTES``, bytes that are not text in the
chosen encoding, a quote that never closes. Nothing here touches the database.

Only a regular file is read (a device such as /dev/zero or a pipe never ends),
and never more than ``MAX_BYTES`` of it. A table wider than ``MAX_COLUMNS`` or
a cell longer than ``MAX_CELL`` is refused at the first row that has one, and
the delimiter and the kind of file are guessed from the first ``_SAMPLE``
characters only, so a file with a million columns is refused as fast as it is read.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from kauntaa.domain.characters import C0_CONTROL
from kauntaa.errors import Message, UserError

MAX_BYTES = 50 * 1024 * 1024
#: Columns a customer list may have: a Square export has about 40, a sheet a few dozen.
MAX_COLUMNS = 500
#: Characters in one cell: five times the longest note a card holds.
MAX_CELL = 50_000
#: Encodings offered to the owner when the guess looks wrong, most likely first.
ENCODINGS = ("utf-8", "utf-8-sig", "cp932", "euc-jp", "utf-16")
#: Bytes the detector looks at: enough for any header and many rows, fast on a big file.
_SAMPLE = 256 * 1024
_DELIMITERS = (",", "\t", ";", "|")
_DETECTABLE = ["utf_8", "cp932", "euc_jp", "iso2022_jp"]


@dataclass(frozen=True, slots=True)
class Table:
    """A CSV file: its headings and its rows, each with the line it starts on."""

    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    encoding: str
    delimiter: str


class FileFormatError(UserError):
    """A file that cannot be imported as it is; ``line`` is where the trouble starts, if known."""

    def __init__(self, message: Message, *, code: str, line: int | None) -> None:
        super().__init__(message, code=code, field="file")
        self.line = line


def file_error(code: str, ja: str, en: str, *, line: int | None = None) -> FileFormatError:
    if line is not None:
        ja = f"{line}行目: {ja}"
        en = f"Line {line}: {en}"
    return FileFormatError(Message(ja, en), code=code, line=line)


def _too_large(size: int | None = None) -> FileFormatError:
    shown = f"（{size / 1024 / 1024:.0f} MB）" if size is not None else ""
    shown_en = f" ({size / 1024 / 1024:.0f} MB)" if size is not None else ""
    return file_error(
        "too_large",
        f"ファイルが大きすぎます{shown}。50 MB までのファイルにしてください。"
        "分けて書き出すと取り込めます。",
        f"The file is too large{shown_en}. Files up to 50 MB can be imported; export it in parts.",
    )


def read_file(path: Path) -> bytes:
    """The bytes of a file to import, or a UserError for a missing, unreadable or huge file.

    Only a regular file is read, and at most ``MAX_BYTES`` + 1 bytes of it: a
    folder, a device (/dev/zero), a pipe or a socket is refused before reading.
    """
    try:
        if path.is_dir():
            raise file_error(
                "not_a_file",
                f"{path} はフォルダです。ファイルを選んでください。",
                f"{path} is a folder. Choose a file.",
            )
        if not stat.S_ISREG(path.stat().st_mode):
            raise _not_regular(path)
        # Non-blocking: a pipe put in the file's place since would otherwise wait for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as f:
            info = os.fstat(f.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise _not_regular(path)
            if info.st_size > MAX_BYTES:
                raise _too_large(info.st_size)
            data = f.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:  # grew while being read
            raise _too_large()
        return data
    except FileNotFoundError as exc:
        raise file_error(
            "not_found", f"ファイルがありません: {path}", f"There is no such file: {path}"
        ) from exc
    except OSError as exc:
        raise file_error(
            "unreadable",
            f"ファイルを読めませんでした: {path}（{exc.strerror}）",
            f"The file could not be read: {path} ({exc.strerror}).",
        ) from exc


def _not_regular(path: Path) -> FileFormatError:
    return file_error(
        "not_a_file",
        f"{path} は普通のファイルではありません（装置やパイプなど）。CSV か vCard のファイルを選んでください。",
        f"{path} is not a regular file (a device or a pipe?). Choose a CSV or vCard file.",
    )


def check_size(data: bytes) -> None:
    if len(data) > MAX_BYTES:
        raise _too_large(len(data))
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise file_error(
            "empty",
            "ファイルが空です。書き出しに失敗していないか、元のソフトで確かめてください。",
            "The file is empty. Check that the export in the other program worked.",
        )


def guess_encoding(data: bytes) -> str:
    """The encoding of a text file: a byte-order mark, strict UTF-8, else the detector's guess."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = data[:_SAMPLE]
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        # Cut in the middle of a character at the sample's end: still UTF-8.
        if len(data) > _SAMPLE and exc.start >= len(sample) - 3:
            return "utf-8"
    if len(data) > _SAMPLE:
        sample = sample[: sample.rfind(b"\n") + 1] or sample
    best = from_bytes(sample, cp_isolation=_DETECTABLE).best()
    name = best.encoding if best is not None else "cp932"
    return {"utf_8": "utf-8", "euc_jp": "euc-jp", "iso2022_jp": "iso2022-jp"}.get(name, name)


def decode(data: bytes, encoding: str) -> str:
    """The text of a file, or a UserError naming the first line that is not text."""
    try:
        codecs.lookup(encoding)
    except (LookupError, UnicodeError) as exc:  # unknown, or not even text (a surrogate)
        raise file_error(
            "unknown_encoding",
            f"文字コード「{encoding}」は使えません。UTF-8 か CP932（Shift_JIS）を選んでください。",
            f'"{encoding}" is not an encoding Kauntaa knows. Choose UTF-8 or CP932 (Shift_JIS).',
        ) from exc
    if b"\x00" in data[:_SAMPLE] and not encoding.startswith("utf-16"):
        raise _binary(data[: data.index(b"\x00")].count(b"\n") + 1)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise file_error(
            "bad_encoding",
            f"文字コード {encoding} として読めない文字があります。"
            "プレビューを見て別の文字コード（UTF-8 / CP932）を選んでください。",
            f"There are bytes that are not {encoding} text. Look at the preview and choose "
            "another encoding (UTF-8 / CP932).",
            line=line,
        ) from exc
    # DOS's end-of-file mark ends some old exports: it is not part of the last row.
    text = text.removesuffix("\x1a")
    # The C0 controls no card may hold (domain.characters) are in no text file either: this
    # is binary. The rest (C1, direction overrides) refuse their row, as typing them would.
    control = C0_CONTROL.search(text)
    if control is not None:
        raise _binary(text.count("\n", 0, control.start()) + 1)
    return text.lstrip("\ufeff")


def _binary(line: int) -> FileFormatError:
    return file_error(
        "binary",
        "文字のファイルではないようです（画像や Excel の .xlsx など）。"
        "元のソフトで CSV か vCard として書き出してください。",
        "This does not look like a text file (an image, or an Excel .xlsx?). "
        "Export it as CSV or vCard from the other program.",
        line=line,
    )


def first_line(text: str) -> str:
    """The first line with something on it, looked for in the first ``_SAMPLE`` characters."""
    return next((line for line in text[:_SAMPLE].splitlines() if line.strip()), "")


def sniff_delimiter(text: str) -> str:
    """The separator of the heading line (comma, tab, semicolon or bar), counted outside quotes."""
    first = first_line(text)
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for ch in first:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse_table(text: str, *, encoding: str, delimiter: str | None = None) -> Table:
    """Headings and rows of CSV text; a broken quote is a UserError with the line it opened on."""
    delimiter = delimiter or sniff_delimiter(text)
    csv.field_size_limit(MAX_CELL)  # the csv module's one setting; Kauntaa only ever sets this
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, tuple[str, ...]]] = []
    headers: tuple[str, ...] | None = None
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if "field limit" in str(exc):
                raise file_error(
                    "cell_too_long",
                    f"長すぎるセルがあります（{MAX_CELL}文字を超えています）。"
                    '引用符 " の閉じ忘れがないか確かめてください。',
                    f'A cell is longer than {MAX_CELL} characters. Check for a quote mark " '
                    "that is never closed.",
                    line=start,
                ) from exc
            raise file_error(
                "broken_csv",
                f'CSV の形が崩れています（{exc}）。引用符 " の閉じ忘れがないか確かめてください。',
                f'The CSV is malformed ({exc}). Check for a quote mark " that is never closed.',
                line=start,
            ) from exc
        if len(cells) > MAX_COLUMNS:
            raise file_error(
                "too_wide",
                f"列が多すぎます（{len(cells)}列）。{MAX_COLUMNS}列までの表にしてください。"
                "区切り文字が正しいか確かめてください。",
                f"The table has too many columns ({len(cells)}). Up to {MAX_COLUMNS} can be "
                "imported; check that the separator is right.",
                line=start,
            )
        if not any(c.strip() for c in cells):
            continue
        if headers is None:
            headers = tuple(c.strip() for c in cells)
        else:
            rows.append((start, tuple(unguard_cell(c) for c in cells)))
    if headers is None:
        raise file_error("empty", "ファイルに行がありません。", "The file has no rows.", line=1)
    return Table(headers, tuple(rows), encoding, delimiter)


#: A cell starting with one of these is run as a formula by Excel and LibreOffice.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _needs_guard(text: str) -> bool:
    # A leading ' before what would need a guard is guarded too, so unguard() is exact.
    return text.startswith(FORMULA_START) or (text.startswith("'") and _needs_guard(text[1:]))


def guard_cell(text: str) -> str:
    """A text cell as written to every CSV: a leading ' keeps a would-be formula as text."""
    return "'" + text if _needs_guard(text) else text


def unguard_cell(text: str) -> str:
    """What ``guard_cell`` was given: Kauntaa's own exports import back exactly."""
    return text[1:] if text.startswith("'") and _needs_guard(text[1:]) else text


def write_csv(
    target: BinaryIO,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    encoding: str,
) -> int:
    """Write a table Excel opens as it is (CRLF, BOM for UTF-8); returns the rows written.

    In CP932 a character it cannot hold becomes 〓, the usual stand-in; the exporter
    tells the owner which characters those were (see ``unencodable``). Text cells
    go through ``guard_cell``, so a spreadsheet never runs one as a formula.
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers)
    count = 0
    for row in rows:
        # None is written as an empty cell; numbers are numbers, only text is guarded.
        writer.writerow([guard_cell(c) if isinstance(c, str) else c for c in row])
        count += 1
    data = buffer.getvalue()
    if encoding in ("utf-8", "utf-8-sig"):
        target.write(codecs.BOM_UTF8 + data.encode("utf-8"))
    else:
        target.write(data.encode(encoding, errors="geta"))
    return count


def _geta(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return "〓" * (error.end - error.start), error.end


codecs.register_error("geta", _geta)


def unencodable(text: str, encoding: str) -> str:
    """Characters of ``text`` that do not come back from ``encoding`` as they were, sorted.

    For CP932 that is every character it lacks (𠮷, emoji) and a few it swaps
    for a look-alike on the way back (〜 returns as ～, − as －).
    """
    changed = set()
    for ch in set(text):
        try:
            if ch.encode(encoding).decode(encoding) != ch:
                changed.add(ch)
        except UnicodeError:
            changed.add(ch)
    return "".join(sorted(changed))
