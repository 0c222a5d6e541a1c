"""Who is in the shop now: the people who checked in during the last couple of hours."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from kauntaa.gui.models.customer_list import IdRole

if TYPE_CHECKING:
    from kauntaa.services.activity import InShop

Index = QModelIndex | QPersistentModelIndex


class InShopModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._people: list[InShop] = []

    def set_people(self, people: list[InShop]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return person.customer.address_as
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{person.customer.name}  {person.since:%H:%M}"
        if role == IdRole:
            return person.customer.id
        return None
