"""The agenda list: one row per 议题, numbered, in the order of the meeting."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class AgendaModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[dict[str, Any]] = []

    def set_items(self, items: list[dict[str, Any]]) -> None:
        same_rows = [i["key"] for i in items] == [i["key"] for i in self._items]
        if not same_rows:
            self.beginResetModel()
        self._items = [{"key": i["key"], "title": i["title"],
                        "decisions": len(i["decisions"])} for i in items]  # fmt: skip
        if not same_rows:
            self.endResetModel()
        elif self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {item['title']}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return item["title"]
        if role == KEY_ROLE:
            return item["key"]
        return None

    def row_of(self, key: str | None) -> int:
        return next((r for r, i in enumerate(self._items) if i["key"] == key), -1)

    def keys(self) -> list[str]:
        return [i["key"] for i in self._items]
