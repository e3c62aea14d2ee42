"""The attendance table: one row per seat of the body for the term.

Columns 出席/委托/请假/缺席 act like radio buttons (CheckStateRole); the proxy holder and the
note are edited in place. The model does not change itself: edits are requested through
signals, saved by the editor, and come back through `set_state`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from minutes_app.domain.enums import Attendance
from minutes_app.domain.records import AttendanceMark
from minutes_app.services.catalog import PersonInfo
from minutes_app.ui import labels
from minutes_app.ui.meetings.choice_delegate import is_checked
from minutes_app.ui.meetings.directory import person_detail
from minutes_app.ui.table_model import TitledTableModel

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
ROLE = Qt.ItemDataRole


class AttendanceModel(TitledTableModel):
    COLUMNS = 8
    NAME, DETAIL, PRESENT, PROXY, EXCUSED, ABSENT, HOLDER, NOTE = range(8)
    STATUS_COLUMNS = {
        PRESENT: Attendance.PRESENT,
        PROXY: Attendance.PROXY,
        EXCUSED: Attendance.EXCUSED,
        ABSENT: Attendance.ABSENT,
    }

    status_picked = Signal(str, str)  # person key, attendance status
    holder_picked = Signal(str, str)  # person key, proxy holder key
    note_edited = Signal(str, str)  # person key, note

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._seats: list[PersonInfo] = []
        self._entries: dict[str, AttendanceMark] = {}
        self._names: dict[str, str] = {}
        self.read_only = False

    def set_state(self, seats: list[PersonInfo], entries: list[AttendanceMark],
                  names: dict[str, str], read_only: bool) -> None:  # fmt: skip
        same_rows = [p.key for p in seats] == [p.key for p in self._seats]
        if not same_rows:
            self.beginResetModel()
        self._seats = list(seats)
        self._entries = {e.person: e for e in entries}
        self._names = names
        self.read_only = read_only
        if same_rows and self._seats:
            last = self.index(len(self._seats) - 1, self.NOTE)
            self.dataChanged.emit(self.index(0, 0), last)
        elif not same_rows:
            self.endResetModel()

    def row_count(self) -> int:
        return len(self._seats)

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Unit / title"),
            labels.attendance(Attendance.PRESENT),
            labels.attendance(Attendance.PROXY),
            labels.attendance(Attendance.EXCUSED),
            labels.attendance(Attendance.ABSENT),
            self.tr("Proxy holder"),
            self.tr("Note (reason for leave)"),
        ]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = ROLE.DisplayRole) -> Any:  # fmt: skip
        if orientation == Qt.Orientation.Vertical and role == ROLE.DisplayRole:
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def status_of(self, person: str) -> Attendance | None:
        entry = self._entries.get(person)
        return entry.status if entry else None

    def data(self, index: Index, role: int = ROLE.DisplayRole) -> Any:
        if not index.isValid():
            return None
        seat = self._seats[index.row()]
        column = index.column()
        if role == ROLE.DisplayRole:
            return self._display(seat, column)
        if role == ROLE.EditRole:
            return self._edit_value(seat, column)
        if role == ROLE.CheckStateRole and column in self.STATUS_COLUMNS:
            chosen = self.status_of(seat.key) is self.STATUS_COLUMNS[column]
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        if role == KEY_ROLE:
            return seat.key
        if role == ROLE.ToolTipRole and column in (self.HOLDER, self.NOTE):
            return self._tooltip(seat, column)
        return None

    def _display(self, seat: PersonInfo, column: int) -> str | None:
        entry = self._entries.get(seat.key)
        if column == self.NAME:
            return seat.name
        if column == self.DETAIL:
            return person_detail(seat)
        if column == self.HOLDER and entry is not None and entry.status is Attendance.PROXY:
            holder = entry.proxy_holder
            return self._names.get(holder, holder) if holder else ""
        if column == self.NOTE:
            return (entry.note if entry else None) or ""
        return None

    def _edit_value(self, seat: PersonInfo, column: int) -> str | None:
        entry = self._entries.get(seat.key)
        if column == self.HOLDER:
            return entry.proxy_holder if entry else None
        if column == self.NOTE:
            return (entry.note if entry else None) or ""
        return self._display(seat, column)

    def _tooltip(self, seat: PersonInfo, column: int) -> str:
        status = self.status_of(seat.key)
        if column == self.HOLDER and status is Attendance.PROXY:
            return self.tr("Double-click or press F2 to choose who holds the proxy")
        if column == self.NOTE and status:
            return self.tr("Double-click or press F2 to write a note, e.g. the reason for leave")
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid() or self.read_only:
            return base if index.isValid() else Qt.ItemFlag.NoItemFlags
        column = index.column()
        status = self.status_of(self._seats[index.row()].key)
        if column in self.STATUS_COLUMNS:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if (column == self.HOLDER and status is Attendance.PROXY) or (
            column == self.NOTE and status is not None
        ):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = ROLE.EditRole) -> bool:
        if not index.isValid() or not self.flags(index) & (
            Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
        ):
            return False
        person = self._seats[index.row()].key
        column = index.column()
        if role == ROLE.CheckStateRole and column in self.STATUS_COLUMNS:
            if is_checked(value):
                self.status_picked.emit(person, self.STATUS_COLUMNS[column])
            return True
        if role != ROLE.EditRole:
            return False
        if column == self.HOLDER and value:
            self.holder_picked.emit(person, str(value))
        elif column == self.NOTE:
            self.note_edited.emit(person, str(value or "").strip())
        return True

    def holder_choices(self, person: str) -> list[tuple[str, str]]:
        """Who can hold `person`'s proxy: the seats present in person."""
        return [
            (p.key, p.name)
            for p in self._seats
            if p.key != person and self.status_of(p.key) is Attendance.PRESENT
        ]

    def row_of(self, person: str) -> int:
        return next((r for r, p in enumerate(self._seats) if p.key == person), -1)
