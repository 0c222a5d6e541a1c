"""``kauntaa import`` and ``kauntaa export``: regulars in from CSV or vCard, and everything out.

Import guesses the encoding and the kind of file, finds likely duplicates and
either reports what it would do (``--dry-run``) or writes everything after a
verified backup, in one transaction. Export writes CSV (UTF-8 with BOM, or
CP932) or vCard 3.0.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kauntaa.cli.render import Voice
from kauntaa.domain.exchange import DuplicateAction
from kauntaa.services.exporting import ExportFormat, ExportReport
from kauntaa.services.importing import ImportFormat, ImportReport, report_text
from kauntaa.services.shop import Shop

Handler = Callable[[argparse.Namespace, Shop, Voice], object]


def add_parsers(commands: Any) -> None:
    importing = commands.add_parser(
        "import",
        help="bring customers in from a CSV (Square, Excel…) or a vCard file",
        description="Encoding and format are guessed; likely duplicates (same name and "
        "reading, phone or email) are skipped unless told otherwise. A verified backup is "
        "taken first and everything is written in one transaction, or nothing.",
    )
    importing.add_argument("file", type=Path)
    importing.add_argument(
        "--format", choices=[f.value for f in ImportFormat], default=ImportFormat.AUTO.value
    )
    importing.add_argument("--encoding", help="e.g. utf-8, cp932 (default: guessed)")
    importing.add_argument(
        "--dry-run", action="store_true", help="print what would happen and write nothing"
    )
    importing.add_argument(
        "--on-duplicate",
        choices=[a.value for a in DuplicateAction],
        default=DuplicateAction.SKIP.value,
        help="what to do with a likely duplicate (default: skip)",
    )

    exporting = commands.add_parser(
        "export",
        help="write customers to CSV or vCard (a .zip or folder adds visits, notes, introductions)",
    )
    exporting.add_argument("file", type=Path, help="FILE.csv, FILE.vcf, FILE.zip or a folder")
    exporting.add_argument(
        "--format", choices=[f.value for f in ExportFormat], default=ExportFormat.CSV.value
    )
    exporting.add_argument(
        "--encoding",
        choices=("utf-8", "cp932"),
        default="utf-8",
        help="CSV encoding: utf-8 (with BOM, for Excel) or cp932",
    )
    exporting.add_argument("--query", help="only the customers this search finds")
    exporting.add_argument(
        "--force",
        action="store_true",
        help="replace FILE (or, in a folder, the files the export writes) if it exists",
    )


def import_text(report: ImportReport, say: Voice) -> str:
    return report_text(report, say.lang)


def export_text(report: ExportReport, say: Voice) -> str:
    text = say(
        f"書き出しました: {report.path}（お客さま {report.customers}人"
        + (
            f"、来店 {report.visits}件、メモ {report.notes}件、紹介 {report.introductions}件"
            if report.visits or report.notes or report.introductions
            else ""
        )
        + "）",
        f"Exported to {report.path}: {report.customers} customers"
        + (
            f", {report.visits} visits, {report.notes} notes, {report.introductions} introductions"
            if report.visits or report.notes or report.introductions
            else ""
        ),
    )
    if report.replaced:
        text += "\n" + say(
            f"CP932 で書けない文字を 〓 にしました: {report.replaced}（UTF-8 なら元のまま残ります）",
            f"Characters CP932 cannot hold were written as 〓: {report.replaced} "
            "(UTF-8 keeps them).",
        )
    return text


def _progress(label: str) -> Callable[[int, int], None]:
    def report(done: int, total: int) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\r{label} {done}/{total}")
            if done >= total:
                sys.stderr.write("\n")
            sys.stderr.flush()

    return report


def _import(args: argparse.Namespace, shop: Shop, say: Voice) -> object:
    plan = shop.importing.prepare(
        args.file,
        format=ImportFormat(args.format),
        encoding=args.encoding,
        on_duplicate=DuplicateAction(args.on_duplicate),
    )
    if args.dry_run:
        report = shop.importing.dry_run(plan)
    else:
        report = shop.importing.run(plan, progress=_progress(say("取り込み中", "Importing")))
    return report if args.json else import_text(report, say)


def _export(args: argparse.Namespace, shop: Shop, say: Voice) -> object:
    ids = None
    if args.query:
        ids = [h.id for h in shop.customers.search(args.query, limit=200, include_archived=True)]
    report = shop.exporting.export(
        args.file,
        format=ExportFormat(args.format),
        ids=ids,
        encoding=args.encoding,
        force=args.force,
    )
    return report if args.json else export_text(report, say)


HANDLERS: dict[str, Handler] = {"import": _import, "export": _export}
