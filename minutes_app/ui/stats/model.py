"""A figures table (domain.report_tables.Table) as a Qt model; sorted through a proxy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt

from minutes_app.domain.report_tables import Cell, Rate, Table
from minutes_app.ui.table_model import Index, TitledTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole


class FiguresModel(TitledTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = Table("", (), ())

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self.table = table
        self.COLUMNS = len(table.columns)
        self.endResetModel()

    def headers(self) -> list[str]:
        return list(self.table.columns)

    def row_count(self) -> int:
        return len(self.table.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value: Cell = self.table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value)
        if role == SORT_ROLE:
            if isinstance(value, Rate):
                return -1.0 if value.value is None else value.value
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and not isinstance(value, str):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class FiguresProxy(QSortFilterProxyModel):
    def __init__(self, source: FiguresModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:  # type: ignore[override]
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if type(a) is not type(b):
            return str(a) < str(b)
        return bool(a < b)
