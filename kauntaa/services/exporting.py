"""Taking everything out: customers as CSV (UTF-8 with BOM for Excel, or CP932) or vCard 3.0.

A single ``.csv`` holds the customers. A folder or a ``.zip`` also holds the
visits, notes and introductions, each as its own CSV, joined by the customer id.
The customers' headings are the Japanese sheet preset's, so an export imports
back as it is. Files are written beside the target and renamed into place, so a
failed export never leaves half a file.
"""

from __future__ import annotations

import io
import os
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


def _atomic(target: Path, write: Callable[[Path], object]) -> None:
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        write(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(
            Message(
                f"書き出せませんでした: {target}（{exc.strerror}）。保存先を確かめてください。",
                f"Could not write {target} ({exc.strerror}). Check the folder.",
            ),
            code="export_failed",
            field="file",
        ) from exc


class ExportService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def export(
        self,
        target: Path,
        *,
        format: ExportFormat = ExportFormat.CSV,
        ids: Sequence[int] | None = None,
        encoding: str = "utf-8",
        progress: Progress | None = None,
    ) -> ExportReport:
        """Customers (all, or ``ids``) to ``target``: .csv, .vcf, a .zip or a folder.

        A .zip or a folder (an existing folder, or a path without a suffix) gets
        customers.csv, visits.csv, notes.csv and introductions.csv.
        """
        if encoding not in ENCODINGS:
            raise UserError(
                Message("文字コードは utf-8 か cp932 を選んでください。", "Choose utf-8 or cp932."),
                code="bad_encoding",
                field="encoding",
            )
        if format is ExportFormat.VCARD or target.suffix.lower() in (".vcf", ".vcard"):
            return self.vcards(target, ids=ids)
        if target.suffix.lower() == ".zip" or target.is_dir() or not target.suffix:
            return self.bundle(target, ids=ids, encoding=encoding, progress=progress)
        return self.customers_csv(target, ids=ids, encoding=encoding)

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
        self, target: Path, *, ids: Sequence[int] | None = None, encoding: str = "utf-8"
    ) -> ExportReport:
        with self._sessions.begin() as s:
            data, count, replaced = self._write_table(
                CUSTOMER_HEADERS, map(_customer_cells, rows.customer_table(s, ids)), encoding
            )
        _atomic(target, lambda p: p.write_bytes(data))
        return ExportReport(target, count, 0, 0, 0, encoding, replaced)

    def bundle(
        self,
        target: Path,
        *,
        ids: Sequence[int] | None = None,
        encoding: str = "utf-8",
        progress: Progress | None = None,
    ) -> ExportReport:
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
        if target.suffix.lower() == ".zip":

            def write_zip(path: Path) -> None:
                with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
                    for name, data in files.items():
                        archive.writestr(name, data)

            _atomic(target, write_zip)
        else:
            try:
                target.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise UserError(
                    Message(
                        f"フォルダを作れませんでした: {target}（{exc.strerror}）",
                        f"Could not make the folder {target} ({exc.strerror}).",
                    ),
                    code="export_failed",
                    field="file",
                ) from exc
            for name, data in files.items():
                _atomic(target / name, _writer(data))
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

    def vcards(self, target: Path, *, ids: Sequence[int] | None = None) -> ExportReport:
        statement = select(CustomerRow).order_by(CustomerRow.id)
        if ids is not None:
            statement = statement.where(CustomerRow.id.in_(ids))
        with self._sessions.begin() as s:
            people: list[Customer] = [customer_rows.to_customer(r) for r in s.scalars(statement)]
        text = write_vcards(people)
        _atomic(target, lambda p: p.write_text(text, encoding="utf-8", newline=""))
        return ExportReport(target, len(people), 0, 0, 0, "utf-8")


def _writer(data: bytes) -> Callable[[Path], object]:
    return lambda path: path.write_bytes(data)
