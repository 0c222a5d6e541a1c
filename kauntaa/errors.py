"""Typed failures, each carrying a message for the owner in Japanese and English.

Expected failures are raised as these classes so that the CLI and the GUI can
show them as one clear line, never as a traceback. No Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Message:
    """One sentence for the owner, in both UI languages."""

    ja: str
    en: str

    def in_language(self, language: str) -> str:
        return self.ja if language.startswith("ja") else self.en


class KauntaaError(Exception):
    """Base of every failure Kauntaa expects and explains."""

    def __init__(self, message: Message, *, code: str) -> None:
        super().__init__(message.en)
        self.message = message
        self.code = code

    def text(self, language: str) -> str:
        return self.message.in_language(language)


class UserError(KauntaaError):
    """Bad input: nothing was written, and the owner can fix it."""

    def __init__(self, message: Message, *, code: str, field: str | None = None) -> None:
        super().__init__(message, code=code)
        self.field = field


class NotFoundError(UserError):
    """An id or a query that names nobody."""


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    id: int
    name: str
    reading: str


class ProbableDuplicateError(UserError):
    """A customer with the same name and reading exists; the caller may insist."""

    def __init__(self, message: Message, candidates: Sequence[DuplicateCandidate]) -> None:
        super().__init__(message, code="probable_duplicate", field="name")
        self.candidates = tuple(candidates)


class AmbiguousCustomerError(UserError):
    """A query that matches more than one person where exactly one is needed."""

    def __init__(self, message: Message, candidates: Sequence[DuplicateCandidate]) -> None:
        super().__init__(message, code="ambiguous_customer")
        self.candidates = tuple(candidates)


class StorageError(KauntaaError):
    """The data file cannot be used as it is. The file itself was left untouched."""


class RefusedDatabaseError(StorageError):
    """A zero-byte, foreign, damaged or too-new file: refused, never treated as an empty shop."""

    def __init__(self, message: Message, *, reason: str, path: str) -> None:
        super().__init__(message, code=f"database_{reason}")
        self.reason = reason
        self.path = path


class MissingDatabaseError(RefusedDatabaseError):
    """No data file where backups or set-aside files show a shop was: never a new empty one."""

    def __init__(self, message: Message, *, path: str) -> None:
        super().__init__(message, reason="missing", path=path)


class DamagedDatabaseError(RefusedDatabaseError):
    """A damaged file: moved aside under a dated name with its -wal and -shm, never deleted."""

    def __init__(self, message: Message, *, path: str, moved_to: Sequence[str]) -> None:
        super().__init__(message, reason="corrupt", path=path)
        self.moved_to = tuple(moved_to)


class BackupError(StorageError):
    """A backup could not be written or did not verify."""
