"""Importing regulars from a CSV (Square, an Excel sheet, anything) or a vCard file.

The steps match the wizard's pages and the command line's options:

1. ``load`` reads the bytes and guesses the encoding (the owner may choose another);
2. ``cards`` maps the columns with a preset and turns rows into cards as stored;
3. ``plan`` finds likely duplicates, in the file and against the shop;
4. ``run`` takes a verified backup and writes everything in one transaction, or
   nothing at all (a bad row is skipped and reported; a bad file, a failure or
   Cancel leaves the shop as it was).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from kauntaa.collector import collector_paused
from kauntaa.domain.exchange import (
    BASIS_LABELS,
    PRESETS,
    CardField,
    Duplicate,
    DuplicateAction,
    Gatherer,
    ImportedCard,
    PresetKind,
    RowProblem,
    card_from_values,
    detect_preset,
    email_key,
    find_duplicates,
    map_headers,
    merge_cards,
    name_key,
    phone_key,
    valid_uid,
)
from kauntaa.domain.text import guess_reading, is_kana, nfkc, tokens
from kauntaa.domain.validation import clean, clean_customer
from kauntaa.errors import Message, UserError
from kauntaa.services.backups import BackupService
from kauntaa.services.clock import Clock, wall_clock
from kauntaa.services.csv_files import (
    Table,
    check_size,
    decode,
    file_error,
    guess_encoding,
    parse_table,
    read_file,
)
from kauntaa.services.vcards import looks_like_vcard, read_vcards
from kauntaa.storage.repositories import bulk
from kauntaa.storage.repositories import exchange as rows

#: Cards written per batch; progress and Cancel are checked between batches.
BATCH = 1000

Progress = Callable[[int, int], None]


class ImportFormat(StrEnum):
    AUTO = "auto"
    CSV = "csv"
    SQUARE = "square"
    VCARD = "vcard"


class SourceKind(StrEnum):
    CSV = "csv"
    VCARD = "vcard"


class ImportCancelledError(UserError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                "取り込みを取り消しました。何も書き込んでいません。",
                "The import was cancelled. Nothing was written.",
            ),
            code="cancelled",
        )


@dataclass(frozen=True, slots=True)
class Source:
    """A file read as text: what it is, the encoding used and the one guessed."""

    name: str
    data: bytes = field(repr=False)
    kind: SourceKind
    encoding: str
    guessed_encoding: str
    text: str = field(repr=False)
    table: Table | None = None

    def preview_lines(self, count: int = 12) -> list[str]:
        # A prefix: splitting a 50 MB text for a dozen lines would split all of it.
        return self.text[: 4096 * count].splitlines()[:count]


@dataclass(frozen=True, slots=True)
class Cards:
    """What the rows of a source become, before duplicates are looked for."""

    cards: tuple[ImportedCard, ...]
    problems: tuple[RowProblem, ...]


@dataclass(frozen=True, slots=True)
class SkippedRow:
    line: int
    name: str
    reason_ja: str
    reason_en: str

    def reason(self, language: str) -> str:
        return self.reason_ja if language.startswith("ja") else self.reason_en


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """Cards, their likely duplicates and what to do with each duplicate."""

    source_name: str
    kind: SourceKind
    encoding: str
    cards: tuple[ImportedCard, ...]
    problems: tuple[RowProblem, ...]
    duplicates: Mapping[int, Duplicate]
    default_action: DuplicateAction
    actions: Mapping[int, DuplicateAction] = field(default_factory=dict)

    def action_for(self, line: int) -> DuplicateAction:
        return self.actions.get(line, self.default_action)

    def with_action(self, line: int, action: DuplicateAction) -> ImportPlan:
        return replace(self, actions={**self.actions, line: action})

    def with_default(self, action: DuplicateAction) -> ImportPlan:
        return replace(self, default_action=action, actions={})


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    source_name: str
    encoding: str
    added: int
    merged: int
    skipped: tuple[SkippedRow, ...]
    visits: int
    notes: int
    #: "line: what was moved into the note" for values that could not go where the file put them.
    warnings: tuple[str, ...]
    dry_run: bool
    backup: Path | None = None


@dataclass(slots=True)
class _Outcome:
    new: list[ImportedCard] = field(default_factory=list)
    merges: dict[int, list[ImportedCard]] = field(default_factory=dict)
    skipped: list[SkippedRow] = field(default_factory=list)
    #: Rows merged into a stored card or into an earlier row of the file.
    merged_rows: int = 0


#: The warning of a card whose reading Kauntaa guessed (the file gave none).
GUESSED_READING = "よみがなを推測 / Reading guessed"


@lru_cache(maxsize=65536)
def _guess_word(word: str) -> str:
    return guess_reading(word)


def _guess(name: str) -> str:
    """``guess_reading`` word by word, each word once: imports repeat family names a lot,
    and the kanji dictionary look-up is the slow part."""
    return " ".join(g for g in (_guess_word(w) for w in tokens(name)) if g)


def _cleaned(card: ImportedCard) -> ImportedCard:
    """The card as the counter would store it (the same rules); raises UserError if it cannot be."""
    fields = clean_customer(card.fields)
    warnings = card.warnings
    if not fields.reading:
        if is_kana(fields.name):
            fields = replace(fields, reading=nfkc(fields.name))
        else:
            fields = replace(fields, reading=_guess(fields.name))
            if fields.reading:
                # A guess from the kanji can be wrong (髙木 may be たかぎ or たかき): say so.
                warnings += (f"{GUESSED_READING}: {fields.reading}",)
    return replace(card, fields=fields, note=clean("note", card.note[:10_000]), warnings=warnings)


def as_stored(card: ImportedCard) -> ImportedCard:
    """The card as it will be written (cleaned, reading guessed), for a preview.

    A card the rules refuse is shown as it is: the report will list it.
    """
    try:
        return _cleaned(card)
    except UserError:
        return card


def _skipped_duplicate(card: ImportedCard, dup: Duplicate) -> SkippedRow:
    basis_ja, basis_en = BASIS_LABELS[dup.basis]
    if dup.customer_id is not None:
        return SkippedRow(
            card.line,
            card.fields.name,
            f"登録済みの {dup.customer_name}（ID {dup.customer_id}）と{basis_ja}",
            f"{basis_en} as {dup.customer_name} (id {dup.customer_id}), already in the shop",
        )
    return SkippedRow(
        card.line,
        card.fields.name,
        f"{dup.earlier_line}行目の {dup.customer_name} と{basis_ja}",
        f"{basis_en} as {dup.customer_name} on line {dup.earlier_line}",
    )


def resolve(plan: ImportPlan) -> _Outcome:
    """Decide, row by row, what is added, merged into whom, and skipped (with the reason)."""
    outcome = _Outcome(
        skipped=[SkippedRow(p.line, p.name, p.reason_ja, p.reason_en) for p in plan.problems]
    )
    # Where each line went: ("new", index in outcome.new) or ("stored", customer id).
    target: dict[int, tuple[str, int]] = {}
    for raw in plan.cards:
        dup = plan.duplicates.get(raw.line)
        action = plan.action_for(raw.line) if dup else DuplicateAction.ADD
        if dup is not None and action is DuplicateAction.SKIP:
            outcome.skipped.append(_skipped_duplicate(raw, dup))
            continue
        try:
            card = _cleaned(raw)
        except UserError as exc:
            outcome.skipped.append(
                SkippedRow(raw.line, raw.fields.name, exc.message.ja, exc.message.en)
            )
            continue
        if dup is None or action is DuplicateAction.ADD:
            target[card.line] = ("new", len(outcome.new))
            outcome.new.append(card)
            continue
        if dup.customer_id is not None:
            target[card.line] = ("stored", dup.customer_id)
            outcome.merges.setdefault(dup.customer_id, []).append(card)
            outcome.merged_rows += 1
            continue
        where = target.get(dup.earlier_line or -1)
        if where is None:
            skipped = _skipped_duplicate(card, dup)
            outcome.skipped.append(skipped)
        elif where[0] == "new":
            target[card.line] = where
            outcome.new[where[1]] = merge_cards(outcome.new[where[1]], card)
            outcome.merged_rows += 1
        else:
            target[card.line] = where
            outcome.merges.setdefault(where[1], []).append(card)
            outcome.merged_rows += 1
    outcome.skipped.sort(key=lambda s: s.line)
    return outcome


class ImportService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        backups: BackupService,
        clock: Clock = wall_clock,
    ) -> None:
        self._sessions = sessions
        self._backups = backups
        self._clock = clock

    # -- 1. the file ------------------------------------------------------------------

    def load(
        self,
        path: Path,
        *,
        encoding: str | None = None,
        format: ImportFormat = ImportFormat.AUTO,
    ) -> Source:
        return self.load_bytes(read_file(path), path.name, encoding=encoding, format=format)

    def load_bytes(
        self,
        data: bytes,
        name: str,
        *,
        encoding: str | None = None,
        format: ImportFormat = ImportFormat.AUTO,
    ) -> Source:
        """Text of a file in the given encoding, or the guessed one; a UserError if it is not text."""
        check_size(data)
        guessed = guess_encoding(data)
        chosen = encoding or guessed
        text = decode(data, chosen)
        if format is ImportFormat.VCARD or (
            format is ImportFormat.AUTO
            and (looks_like_vcard(text) or name.lower().endswith((".vcf", ".vcard")))
        ):
            return Source(name, data, SourceKind.VCARD, chosen, guessed, text)
        table = parse_table(text, encoding=chosen)
        return Source(name, data, SourceKind.CSV, chosen, guessed, text, table)

    # -- 2. rows into cards -------------------------------------------------------------

    @staticmethod
    def preset_for(source: Source, format: ImportFormat = ImportFormat.AUTO) -> PresetKind:
        if format is ImportFormat.SQUARE:
            return PresetKind.SQUARE
        headers = source.table.headers if source.table else ()
        return detect_preset(headers)

    @staticmethod
    def mapping_for(source: Source, preset: PresetKind) -> tuple[CardField | None, ...]:
        return map_headers(source.table.headers, PRESETS[preset]) if source.table else ()

    def cards(
        self,
        source: Source,
        mapping: Sequence[CardField | None] | None = None,
        *,
        keep_unmapped: bool = True,
        limit: int | None = None,
    ) -> Cards:
        """Rows as cards; ``limit`` rows only, for a preview."""
        today = self._clock().date()
        if source.kind is SourceKind.VCARD:
            contacts, unreadable = read_vcards(source.text, today)
            return Cards(tuple(contacts[:limit]), tuple(unreadable))
        assert source.table is not None
        table = source.table
        if mapping is None:
            mapping = self.mapping_for(source, self.preset_for(source))
        if not any(m in _NAME_FIELDS for m in mapping):
            raise file_error(
                "no_name_column",
                "名前の列がありません。列の割り当てで「名前」（または姓・名）を選んでください。",
                'No column holds the name. In the column mapping, choose "Name" (or family '
                "and given name) for one.",
            )
        built: list[ImportedCard] = []
        problems: list[RowProblem] = []
        gather = Gatherer(table.headers, mapping, keep_unmapped=keep_unmapped)
        with collector_paused():
            for line, cells in table.rows[:limit]:
                result = card_from_values(gather(line, cells), today)
                if isinstance(result, RowProblem):
                    problems.append(result)
                else:
                    built.append(result)
        return Cards(tuple(built), tuple(problems))

    # -- 3. duplicates ------------------------------------------------------------------

    def plan(
        self, source: Source, cards: Cards, on_duplicate: DuplicateAction = DuplicateAction.SKIP
    ) -> ImportPlan:
        if not cards.cards and not cards.problems:
            raise file_error(
                "no_rows",
                "取り込める行がありません（見出しの行だけです）。",
                "There are no rows to import (only the heading line).",
            )
        # Only stored customers sharing a key with a row can be its duplicate.
        fields = [c.fields for c in cards.cards]
        with collector_paused():
            with self._sessions.begin() as s:
                known = rows.known_people(
                    s,
                    names={k for f in fields if (k := name_key(f.name))},
                    phones={k for f in fields if f.phone and (k := phone_key(f.phone))},
                    emails={k for f in fields if f.email and (k := email_key(f.email))},
                    uids={u for c in cards.cards if (u := valid_uid(c.uid))},
                )
            duplicates = find_duplicates(cards.cards, known)
        return ImportPlan(
            source_name=source.name,
            kind=source.kind,
            encoding=source.encoding,
            cards=cards.cards,
            problems=cards.problems,
            duplicates=duplicates,
            default_action=on_duplicate,
        )

    def prepare(
        self,
        path: Path,
        *,
        format: ImportFormat = ImportFormat.AUTO,
        encoding: str | None = None,
        on_duplicate: DuplicateAction = DuplicateAction.SKIP,
    ) -> ImportPlan:
        """All three steps with the guesses, as the command line does them."""
        source = self.load(path, encoding=encoding, format=format)
        mapping = (
            self.mapping_for(source, self.preset_for(source, format))
            if source.kind is SourceKind.CSV
            else None
        )
        return self.plan(source, self.cards(source, mapping), on_duplicate)

    # -- 4. writing ---------------------------------------------------------------------

    def dry_run(self, plan: ImportPlan) -> ImportReport:
        """What ``run`` would do, without a backup and without writing."""
        return self._report(plan, resolve(plan), dry_run=True)

    def run(
        self,
        plan: ImportPlan,
        *,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> ImportReport:
        """Back up (verified), then write the whole plan in one transaction, or nothing."""
        with collector_paused():
            return self._run(plan, progress, cancel)

    def _run(
        self,
        plan: ImportPlan,
        progress: Progress | None,
        cancel: threading.Event | None,
    ) -> ImportReport:
        outcome, backup = self._resolve_during_backup(plan)
        total = len(outcome.new) + len(outcome.merges)
        now = self._clock()

        def step(done: int) -> None:
            if cancel is not None and cancel.is_set():
                raise ImportCancelledError
            if progress is not None:
                progress(done, total)

        step(0)
        added_visits = 0
        with self._sessions.begin() as s, bulk.loading(s):
            for start in range(0, len(outcome.new), BATCH):
                batch = [_new_card(c, now) for c in outcome.new[start : start + BATCH]]
                rows.add_many(s, batch, now=now)
                added_visits += sum(len(c.visit_times) for c in batch)
                step(start + len(batch))
            done = len(outcome.new)
            for customer_id, cards in outcome.merges.items():
                merged = cards[0]
                for more in cards[1:]:
                    merged = merge_cards(merged, more)
                added = rows.merge_into(s, customer_id, _new_card(merged, now), now=now)
                if added is None:
                    outcome.skipped.append(_gone(merged, customer_id))
                else:
                    added_visits += added
                done += 1
                if done % 100 == 0:
                    step(done)
            step(total)
        if progress is not None:
            progress(total, total)
        return self._report(plan, outcome, dry_run=False, backup=backup, visits=added_visits)

    def _resolve_during_backup(self, plan: ImportPlan) -> tuple[_Outcome, Path | None]:
        """Decide every row while the verified backup is taken, the write waiting for both.

        The backup copies the file page batch by page batch, through Python, and
        then SQLite checks the copy (integrity_check) for seconds without it. So the
        rows are cleaned and their readings guessed (pykakasi's dictionary loaded)
        once the copy is done, during the check. A file whose every row turns out
        to be skipped still gets its backup: harmless, and rarer than a slow import.
        """
        if not plan.cards:
            return resolve(plan), None
        copied = threading.Event()

        def copying(done: int, total: int) -> None:
            if done >= total:
                copied.set()

        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kauntaa-backup") as pool:
            backup = pool.submit(self._backups.backup_now, reason="import", progress=copying)
            while not copied.wait(0.05) and not backup.done():
                pass
            outcome = resolve(plan)
            return outcome, backup.result().path

    def _report(
        self,
        plan: ImportPlan,
        outcome: _Outcome,
        *,
        dry_run: bool,
        backup: Path | None = None,
        visits: int | None = None,
    ) -> ImportReport:
        """What was (or would be) done; ``visits`` as written, else as the rows would add."""
        now = self._clock()
        written = [*outcome.new, *(c for cards in outcome.merges.values() for c in cards)]
        if visits is None:
            visits = sum(len(c.visit_times(now)) for c in written)
        return ImportReport(
            source_name=plan.source_name,
            encoding=plan.encoding,
            added=len(outcome.new),
            merged=outcome.merged_rows,
            skipped=tuple(sorted(outcome.skipped, key=lambda s: s.line)),
            visits=visits,
            notes=sum(1 for c in outcome.new if c.note)
            + sum(1 for cards in outcome.merges.values() if any(c.note for c in cards)),
            warnings=tuple(
                f"{c.line}: {w}" for c in sorted(written, key=lambda c: c.line) for w in c.warnings
            ),
            dry_run=dry_run,
            backup=backup,
        )


_NAME_FIELDS = {CardField.NAME, CardField.FAMILY_NAME, CardField.GIVEN_NAME}


def _new_card(card: ImportedCard, now: datetime) -> rows.NewCard:
    return rows.NewCard(
        card.fields,
        card.note,
        card.visit_times(now),
        uid=card.uid,
        newsletter_consent_at=card.newsletter_consent_at,
        contact_consent_at=card.contact_consent_at,
        introduction_consent_at=card.introduction_consent_at,
    )


def _gone(card: ImportedCard, customer_id: int) -> SkippedRow:
    return SkippedRow(
        card.line,
        card.fields.name,
        f"統合先のお客さま（ID {customer_id}）が見つかりません",
        f"The customer to merge into (id {customer_id}) is gone",
    )


#: Skipped rows listed one by one before "and N more".
LISTED = 50


def report_text(report: ImportReport, language: str) -> str:
    """The report in plain sentences (the command line prints it; the wizard shows it)."""

    def say(ja: str, en: str) -> str:
        return ja if language.startswith("ja") else en

    skipped = len(report.skipped)
    if report.dry_run:
        head = say(
            f"試しに読みました（何も書き込んでいません）: {report.source_name}（{report.encoding}）\n"
            f"追加 {report.added}件、統合 {report.merged}件、スキップ {skipped}件、"
            f"来店履歴 {report.visits}件になります。",
            f"Dry run, nothing written: {report.source_name} ({report.encoding})\n"
            f"Would add {report.added}, merge {report.merged}, skip {skipped}; "
            f"{report.visits} imported visits.",
        )
    else:
        head = say(
            f"取り込みました: {report.source_name}（{report.encoding}）\n"
            f"追加 {report.added}件、統合 {report.merged}件、スキップ {skipped}件、"
            f"来店履歴 {report.visits}件。",
            f"Imported {report.source_name} ({report.encoding}): added {report.added}, "
            f"merged {report.merged}, skipped {skipped}; {report.visits} imported visits.",
        )
        if report.backup is not None:
            head += "\n" + say(
                f"取り込み前のバックアップ: {report.backup}",
                f"Backup taken before the import: {report.backup}",
            )
    lines = [head]
    if report.skipped:
        lines.append(say("スキップした行:", "Skipped rows:"))
        for row in report.skipped[:LISTED]:
            who = f" {row.name}" if row.name else ""
            lines.append(
                say(
                    f"  {row.line}行目{who}: {row.reason_ja}",
                    f"  line {row.line}{who}: {row.reason_en}",
                )
            )
        if skipped > LISTED:
            lines.append(say(f"  ほか {skipped - LISTED}行", f"  and {skipped - LISTED} more"))
    if report.warnings:
        lines.append(
            say(
                "確かめてください。推測したよみがなと、読めずにメモに残した値（行: 項目）:",
                "Please check: readings guessed, and values that could not be read and were "
                "kept in the note (line: field):",
            )
        )
        lines += [f"  {w}" for w in report.warnings[:LISTED]]
    return "\n".join(lines)
