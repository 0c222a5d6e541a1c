"""Fetching rows that must exist, with the same clear error for every unknown id."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from kauntaa.domain.validation import is_storable_id
from kauntaa.errors import Message, NotFoundError
from kauntaa.storage.schema import Base, CustomerRow

RowT = TypeVar("RowT", bound=Base)

_WHAT: dict[str, tuple[str, str]] = {
    "customer": ("お客さま", "customer"),
    "note": ("メモ", "note"),
    "visit": ("来店記録", "visit"),
    "introduction": ("紹介", "introduction"),
    "circle": ("サークル", "circle"),
    "event": ("イベント", "event"),
    "reminder": ("リマインダー", "reminder"),
}


def not_found(table: str, ident: int | str) -> NotFoundError:
    ja, en = _WHAT.get(table, (table, table))
    return NotFoundError(
        Message(f"{ja} {ident} は見つかりません。", f"No {en} with id {ident}."),
        code="not_found",
    )


def require(session: Session, row_type: type[RowT], ident: int) -> RowT:
    # An id no row can have (40 digits, 0) is asked of nobody: the driver cannot hold it.
    row = session.get(row_type, ident) if is_storable_id(ident) else None
    if row is None:
        raise not_found(str(row_type.__tablename__), ident)
    return row


def require_customer(session: Session, customer_id: int) -> CustomerRow:
    return require(session, CustomerRow, customer_id)
