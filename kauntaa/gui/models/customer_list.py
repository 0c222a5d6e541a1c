"""The search results: a list model over search hits, painted as cards by a delegate."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kauntaa.domain.search import SearchHit

IdRole = Qt.ItemDataRole.UserRole + 1
HitRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class CustomerListModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def row_of(self, customer_id: int) -> int:
        for row, hit in enumerate(self._hits):
            if hit.id == customer_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.name
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{hit.name}（{hit.reading}）" if hit.reading else hit.name
            if hit.planned_introduction:
                tip += "\n↔ " + QCoreApplication.translate(
                    "CustomerList", "An introduction is planned for their next visit"
                )
            return tip
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.name} {hit.reading} {hit.usual_order}".strip()
        if role == IdRole:
            return hit.id
        if role == HitRole:
            return hit
        return None
