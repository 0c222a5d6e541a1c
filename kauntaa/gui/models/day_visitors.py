"""The day's visitors as a table: time, name, what they had, and whether they were new."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from kauntaa.domain.summary import VisitorLine
from kauntaa.gui.models.customer_list import IdRole

Index = QModelIndex | QPersistentModelIndex
TIME, NAME, ORDER = range(3)


class DayVisitorsModel(QAbstractTableModel):
    """One row per visit, in order of arrival (a busy day has thousands: rows are tuples)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._visits: list[VisitorLine] = []
        self.new_mark = "NEW"
        self.new_color = QColor("#c8643b")
        self.headers = ("Time", "Name", "Had")

    def set_visits(self, visits: tuple[VisitorLine, ...] | list[VisitorLine]) -> None:
        self.beginResetModel()
        self._visits = list(visits)
        self.endResetModel()

    def visit(self, row: int) -> VisitorLine:
        return self._visits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self._visits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else 3

    def headerData(  # noqa: N802 - Qt's API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._visits):
            return None
        v = self._visits[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TIME:
                return f"{v.at.hour:02d}:{v.at.minute:02d}"
            if column == NAME:
                return f"{v.customer.name}  ★ {self.new_mark}" if v.new_face else v.customer.name
            return v.order
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return f"{v.customer.name}（{v.customer.reading}）" if v.customer.reading else None
        if role == Qt.ItemDataRole.ForegroundRole and column == NAME and v.new_face:
            return self.new_color
        if role == Qt.ItemDataRole.FontRole and column == NAME and v.new_face:
            font = QFont()
            font.setBold(True)
            return font
        if role == IdRole:
            return v.customer.id
        return None
