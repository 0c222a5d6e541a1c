"""Taking everything out: customers as CSV (UTF-8 with BOM for Excel, or CP932) or vCard 3.0.

A single ``.csv`` holds the customers. A folder or a ``.zip`` also holds the
visits, notes and introductions, each as its own CSV, joined by the customer id.
The customers' headings are the Japanese sheet preset's, so an export imports
back as it is. Everything goes through ``kauntaa.outputs``: never over the shop's
own files, an existing file only with ``force``, atomically, readable by the owner
only, and a failed export never leaves half a file.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kauntaa.domain.customers import Customer
from kauntaa.errors import Message, UserError
from kauntaa.outputs import Outputs
from kauntaa.services.csv_files import unencodable, write_csv
from kauntaa.services.vcards import write_vcards
from kauntaa.storage.repositories import customers as customer_rows
from kauntaa.storage.repositories import exchange as rows
from kauntaa.storage.schema import CustomerRow

Progress = Callable[[int, int], None]

CUSTOMER_HEADERS = (
    "ID",
    "名前",
    "よみがな",
    "呼び方",
    "いつもの",
    "仕事・活動",
    "できること",
    "探していること",
    "電話番号",
    "メール",
    "住所",
    "誕生日",
    "ニュースレター",
    "初回来店日",
    "最終来店日",
    "来店回数",
    "アーカイブ",
    "タグ",
)
VISIT_HEADERS = ("顧客ID", "名前", "日時", "注文", "記録元")
NOTE_HEADERS = ("顧客ID", "名前", "日時", "ピン留め", "非公開", "本文")
INTRODUCTION_HEADERS = (
    "顧客ID（A）",
    "名前（A）",
    "顧客ID（B）",
    "名前（B）",
    "紹介者ID",
    "紹介者",
    "日付",
    "状態",
    "きっかけ",
    "その後",
    "その後メモ",
)


#: The files a .zip or a folder export holds.
BUNDLE_FILES = ("customers.csv", "visits.csv", "notes.csv", "introductions.csv")


def is_folder_target(target: Path) -> bool:
    """A .zip, an existing folder or a path without a suffix holds every table."""
    return target.suffix.lower() == ".zip" or target.is_dir() or not target.suffix


class ExportFormat(StrEnum):
    CSV = "csv"
    VCARD = "vcard"


ENCODINGS = ("utf-8", "cp932")


@dataclass(frozen=True, slots=True)
class ExportReport:
    path: Path
    customers: int
    visits: int
    notes: int
    introductions: int
    encoding: str
    #: Characters the chosen encoding cannot hold, written as 〓 (CP932 only).
    replaced: str = ""


def _flag(value: object) -> str:
    return "はい" if value else ""


def _minute(stored: str | None) -> str:
    """'2026-11-20 12:00:00.000000' as stored → '2026-11-20 12:00'."""
    return stored[:16] if stored else ""


def _customer_cells(row: tuple[Any, ...]) -> tuple[object, ...]:
    # The columns of rows.CUSTOMER_COLUMNS, then the tags.
    (
        customer_id, name, reading, call_name, usual_order, occupation, offers, looking_for,
        phone, email, address, birthday, newsletter, first_seen, last_visit, visits, archived,
        tags,
    ) = row  # fmt: skip
    return (
        customer_id, name, reading, call_name, usual_order, occupation, offers, looking_for,
        phone, email, address, birthday or "", _flag(newsletter), first_seen or "",
        _minute(last_visit), visits, _flag(archived), ", ".join(tags),
    )  # fmt: skip


class ExportService:
    def __init__(self, sessions: sessionmaker[Session], outputs: Outputs) -> None:
        self._sessions = sessions
        self._outputs = outputs

    def export(
        self,
        target: Path,
        *,
        format: ExportFormat = ExportFormat.CSV,
        ids: Sequence[int] | None = None,
        encoding: str = "utf-8",
        progress: Progress | None = None,
        force: bool = False,
    ) -> ExportReport:
        """Customers (all, or ``ids``) to ``target``: .csv, .vcf, a .zip or a folder.

        A .zip or a folder (an existing folder, or a path without a suffix) gets
        customers.csv, visits.csv, notes.csv and introductions.csv. An existing
        file (or, in a folder, any of those four) is replaced only with ``force``.
        """
        if encoding not in ENCODINGS:
            raise UserError(
                Message("文字コードは utf-8 か cp932 を選んでください。", "Choose utf-8 or cp932."),
                code="bad_encoding",
                field="encoding",
            )
        if format is ExportFormat.VCARD or target.suffix.lower() in (".vcf", ".vcard"):
            return self.vcards(target, ids=ids, force=force)
        if is_folder_target(target):
            return self.bundle(target, ids=ids, encoding=encoding, progress=progress, force=force)
        return self.customers_csv(target, ids=ids, encoding=encoding, force=force)

    def _write_table(
        self,
        headers: Sequence[str],
        table: Iterable[Sequence[object]],
        encoding: str,
    ) -> tuple[bytes, int, str]:
        materialised = list(table)
        buffer = io.BytesIO()
        count = write_csv(buffer, headers, materialised, encoding=encoding)
        replaced = ""
        if encoding == "cp932":
            replaced = unencodable(
                "".join(str(c) for r in materialised for c in r if isinstance(c, str)), encoding
            )
        return buffer.getvalue(), count, replaced

    def customers_csv(
        self,
        target: Path,
        *,
        ids: Sequence[int] | None = None,
        encoding: str = "utf-8",
        force: bool = False,
    ) -> ExportReport:
        self._outputs.check(target, force=force)  # refused before any work
        with self._sessions.begin() as s:
            data, count, replaced = self._write_table(
                CUSTOMER_HEADERS, map(_customer_cells, rows.customer_table(s, ids)), encoding
            )
        self._outputs.write(target, data, force=force)
        return ExportReport(target, count, 0, 0, 0, encoding, replaced)

    def bundle(
        self,
        target: Path,
        *,
        ids: Sequence[int] | None = None,
        encoding: str = "utf-8",
        progress: Progress | None = None,
        force: bool = False,
    ) -> ExportReport:
        zipped = target.suffix.lower() == ".zip"
        if zipped:
            self._outputs.check(target, force=force)
        else:
            self._outputs.check_folder(target, BUNDLE_FILES, force=force)
        files: dict[str, bytes] = {}
        counts: dict[str, int] = {}
        replaced = ""
        with self._sessions.begin() as s:
            names = rows.names(s)

            def visit_rows() -> Iterator[tuple[object, ...]]:
                for customer_id, at, order, source in rows.visit_table(s, ids):
                    yield customer_id, names.get(customer_id, ""), _minute(at), order, source

            def note_rows() -> Iterator[tuple[object, ...]]:
                for customer_id, at, pinned, private, body in rows.note_table(s, ids):
                    yield (
                        customer_id,
                        names.get(customer_id, ""),
                        _minute(at),
                        _flag(pinned),
                        _flag(private),
                        body,
                    )

            def introductions() -> Iterator[tuple[object, ...]]:
                for a, b, by, on, status, context, outcome, outcome_text in rows.introduction_table(
                    s, ids
                ):
                    yield (
                        a,
                        names.get(a, ""),
                        b,
                        names.get(b, ""),
                        by or "",
                        names.get(by, "") if by else "",
                        on or "",
                        status,
                        context,
                        outcome,
                        outcome_text,
                    )

            tables: list[tuple[str, Sequence[str], Iterable[Sequence[object]]]] = [
                (
                    "customers.csv",
                    CUSTOMER_HEADERS,
                    map(_customer_cells, rows.customer_table(s, ids)),
                ),
                ("visits.csv", VISIT_HEADERS, visit_rows()),
                ("notes.csv", NOTE_HEADERS, note_rows()),
                ("introductions.csv", INTRODUCTION_HEADERS, introductions()),
            ]
            for step, (name, headers, table) in enumerate(tables):
                if progress is not None:
                    progress(step, len(tables))
                data, count, lost = self._write_table(headers, table, encoding)
                files[name] = data
                counts[name] = count
                replaced += lost
        if zipped:
            archive_bytes = io.BytesIO()
            with zipfile.ZipFile(archive_bytes, "w", zipfile.ZIP_DEFLATED) as archive:
                for name, data in files.items():
                    archive.writestr(name, data)
            self._outputs.write(target, archive_bytes.getvalue(), force=force)
        else:
            self._outputs.write_folder(target, files, force=force)
        if progress is not None:
            progress(len(tables), len(tables))
        return ExportReport(
            target,
            counts["customers.csv"],
            counts["visits.csv"],
            counts["notes.csv"],
            counts["introductions.csv"],
            encoding,
            "".join(sorted(set(replaced))),
        )

    def vcards(
        self, target: Path, *, ids: Sequence[int] | None = None, force: bool = False
    ) -> ExportReport:
        self._outputs.check(target, force=force)
        statement = select(CustomerRow).order_by(CustomerRow.id)
        if ids is not None:
            statement = statement.where(CustomerRow.id.in_(ids))
        with self._sessions.begin() as s:
            people: list[Customer] = [customer_rows.to_customer(r) for r in s.scalars(statement)]
        text = write_vcards(people)
        self._outputs.write(target, text.encode("utf-8"), force=force)
        return ExportReport(target, len(people), 0, 0, 0, "utf-8")
