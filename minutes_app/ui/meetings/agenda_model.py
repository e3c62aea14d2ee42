"""The agenda list: one row per 议题, numbered, in the order of the meeting."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from minutes_app.domain.records import AgendaItem

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class AgendaModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, str]] = []  # key, title: a copy of what is shown

    def set_items(self, items: list[AgendaItem]) -> None:
        same_rows = [i.key for i in items] == [key for key, _ in self._items]
        if not same_rows:
            self.beginResetModel()
        self._items = [(i.key, i.title) for i in items]
        if not same_rows:
            self.endResetModel()
        elif self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key, title = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return title
        if role == KEY_ROLE:
            return key
        return None

    def row_of(self, key: str | None) -> int:
        return next((r for r, (k, _) in enumerate(self._items) if k == key), -1)

    def keys(self) -> list[str]:
        return [k for k, _ in self._items]
