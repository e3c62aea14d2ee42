"""记名表决: one row per person voting (出席 and 委托), one radio column per choice."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from minutes_app.domain.enums import Choice
from minutes_app.domain.records import Ballot
from minutes_app.ui.meetings.choice_delegate import is_checked
from minutes_app.ui.table_model import TitledTableModel

Index = QModelIndex | QPersistentModelIndex
ROLE = Qt.ItemDataRole


class BallotsModel(TitledTableModel):
    COLUMNS = 4
    NAME, FOR, AGAINST, ABSTAIN = range(4)
    CHOICE_COLUMNS = {FOR: Choice.FOR, AGAINST: Choice.AGAINST, ABSTAIN: Choice.ABSTAIN}

    choice_picked = Signal(str, str)  # person key, choice

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._voters: list[tuple[str, str]] = []
        self._choices: dict[str, Choice] = {}
        self.read_only = False

    def set_state(self, voters: list[tuple[str, str]], ballots: list[Ballot],
                  read_only: bool) -> None:  # fmt: skip
        same_rows = voters == self._voters
        if not same_rows:
            self.beginResetModel()
        self._voters = list(voters)
        self._choices = {b.person: b.choice for b in ballots}
        self.read_only = read_only
        if not same_rows:
            self.endResetModel()
        elif voters:
            self.dataChanged.emit(self.index(0, 0), self.index(len(voters) - 1, self.ABSTAIN))

    def row_count(self) -> int:
        return len(self._voters)

    def headers(self) -> list[str]:
        return [self.tr("Voter"), self.tr("For"), self.tr("Against"), self.tr("Abstain")]

    def data(self, index: Index, role: int = ROLE.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person, name = self._voters[index.row()]
        column = index.column()
        if role == ROLE.DisplayRole and column == self.NAME:
            return name
        if role == ROLE.CheckStateRole and column in self.CHOICE_COLUMNS:
            chosen = self._choices.get(person) is self.CHOICE_COLUMNS[column]
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        if role == ROLE.UserRole:
            return person
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.CHOICE_COLUMNS and not self.read_only:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = ROLE.EditRole) -> bool:
        if not index.isValid() or role != ROLE.CheckStateRole:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        if is_checked(value):
            person = self._voters[index.row()][0]
            self.choice_picked.emit(person, self.CHOICE_COLUMNS[index.column()])
        return True

    def missing(self) -> int:
        """How many voters have no ballot yet."""
        return sum(1 for person, _ in self._voters if person not in self._choices)
