"""The meetings table: one row per meeting, newest first, with a filter proxy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from minutes_app.services.meeting_rows import MeetingRow
from minutes_app.ui import labels
from minutes_app.ui.table_model import TitledTableModel
from minutes_app.ui.widgets import refilter

Index = QModelIndex | QPersistentModelIndex

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
# The roles data() answers, as plain ints: the header sizes its columns by asking every
# role of many cells, and most asks are answered "nothing" before any other work.
_ANSWERED = frozenset(
    int(role)
    for role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, KEY_ROLE, ROW_ROLE,
                 Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole)
)  # fmt: skip


class MeetingsModel(TitledTableModel):
    COLUMNS = 7
    TITLE, DATE, BODY, STATUS, ATTENDANCE, DECISIONS, OPEN_ACTIONS = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MeetingRow] = []

    def row_count(self) -> int:
        return len(self._rows)

    def headers(self) -> list[str]:
        return [
            self.tr("Title"),
            self.tr("Date"),
            self.tr("Body"),
            self.tr("Status"),
            self.tr("Seats / present"),
            self.tr("Decisions"),
            self.tr("Open actions"),
        ]

    def set_rows(self, rows: list[MeetingRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> MeetingRow:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        m = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(m, column)
        if role == SORT_ROLE:
            return self._sort_key(m, column)
        if role == KEY_ROLE:
            return m.key
        if role == ROW_ROLE:
            return m
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return m.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.ATTENDANCE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, m: MeetingRow, column: int) -> str:
        if column == self.TITLE:
            return m.title
        if column == self.DATE:
            return m.start.strftime("%Y-%m-%d %H:%M")
        if column == self.BODY:
            return m.body_name
        if column == self.STATUS:
            return labels.meeting_status(m.status)
        if column == self.ATTENDANCE:
            return f"{m.seats} / {m.voting_attendance}"
        if column == self.DECISIONS:
            return f"{m.passed} / {m.decisions}" if m.decisions else "—"
        return str(m.open_actions) if m.open_actions else "—"

    def _sort_key(self, m: MeetingRow, column: int) -> Any:
        return {
            self.TITLE: m.title,
            self.DATE: m.start.isoformat(),
            self.BODY: m.body_name,
            self.STATUS: m.status,
            self.ATTENDANCE: m.voting_attendance,
            self.DECISIONS: m.decisions,
            self.OPEN_ACTIONS: m.open_actions,
        }[column]


class MeetingsFilter(QSortFilterProxyModel):
    """Filter by body, term, status and free text (title, body)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.body: str | None = None
        self.term: int | None = None
        self.status: str | None = None
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_filters(
        self, body: str | None, term: int | None, status: str | None, text: str
    ) -> None:
        self.body, self.term, self.status, self.text = body, term, status, text.strip()
        refilter(self)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, MeetingsModel)
        m = model.row_at(source_row)
        if self.body and m.body_key != self.body:
            return False
        if self.term and m.term != self.term:
            return False
        if self.status and m.status != self.status:
            return False
        return not self.text or self.text in m.title or self.text in m.body_name
