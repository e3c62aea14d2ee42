"""The action items (督办事项) of one agenda item: title, owner, due date, status, decision."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from minutes_app.domain.records import Action, Owner
from minutes_app.ui import labels
from minutes_app.ui.meetings.directory import Directory
from minutes_app.ui.table_model import TitledTableModel

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
ROLE = Qt.ItemDataRole


def owner_name(directory: Directory, owner: Owner) -> str:
    if owner.person is not None:
        return directory.person(owner.person)
    if owner.unit is not None:
        return directory.unit(owner.unit)
    return directory.committee(owner.committee)


class ActionsModel(TitledTableModel):
    COLUMNS = 5
    TITLE, OWNER, DUE, STATUS, DECISION = range(5)

    def __init__(self, directory: Directory, parent: Any = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self._actions: list[Action] = []
        self._decision_labels: dict[str, str] = {}

    def set_actions(self, actions: list[Action], decision_labels: dict[str, str]) -> None:
        same_rows = [a.key for a in actions] == [a.key for a in self._actions]
        if not same_rows:
            self.beginResetModel()
        self._actions = actions
        self._decision_labels = decision_labels
        if not same_rows:
            self.endResetModel()
        elif actions:
            self.dataChanged.emit(self.index(0, 0), self.index(len(actions) - 1, self.DECISION))

    def row_count(self) -> int:
        return len(self._actions)

    def headers(self) -> list[str]:
        return [
            self.tr("Action item"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Decision"),
        ]

    def data(self, index: Index, role: int = ROLE.DisplayRole) -> Any:
        if not index.isValid():
            return None
        action = self._actions[index.row()]
        if role == ROLE.DisplayRole:
            return self._display(action, index.column())
        if role == ROLE.ToolTipRole:
            return self._tooltip(action, index.column())
        if role == KEY_ROLE:
            return action.key
        return None

    def _display(self, action: Action, column: int) -> str:
        if column == self.TITLE:
            return action.title
        if column == self.OWNER:
            return owner_name(self.directory, action.owner)
        if column == self.DUE:
            return action.due.isoformat() if action.due else "—"
        if column == self.STATUS:
            return labels.action_status(action.status)
        label = self._decision_labels.get(action.decision or "", "—")
        return label.split(" ", 1)[0]  # "2.1": the full label is the tooltip

    def _tooltip(self, action: Action, column: int) -> str:
        if column == self.DECISION:
            return self._decision_labels.get(action.decision or "", "")
        return self._display(action, column)

    def row_of(self, key: str | None) -> int:
        return next((r for r, a in enumerate(self._actions) if a.key == key), -1)

    def keys(self) -> list[str]:
        return [a.key for a in self._actions]
