"""The 督办 table: one row per action item, overdue first, with a filter proxy.

The proxy keeps the model's order; sorting by a column sorts the model itself (a Python
sort of plain rows), which stays fast on ten years of items.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from minutes_app.domain.actions import ActionFilter, ActionRef, ActionRow, matches, sort_key
from minutes_app.ui import labels
from minutes_app.ui.table_model import TitledTableModel
from minutes_app.ui.widgets import refilter

Index = QModelIndex | QPersistentModelIndex

REF_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

OVERDUE_BACKGROUND = QColor("#f8d7da")
OVERDUE_TEXT = QColor("#a4161a")
STATUS_ORDER = {"open": 0, "in_progress": 1, "done": 2, "cancelled": 3}


class FollowUpModel(TitledTableModel):
    TITLE, OWNER, DUE, STATUS, LATEST, MEETING = range(6)
    COLUMNS = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ActionRow] = []
        self.as_of = dt.date.today()
        self._bold = QFont()
        self._bold.setBold(True)

    def row_count(self) -> int:
        return len(self._rows)

    def headers(self) -> list[str]:
        return [
            self.tr("Action item"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Latest progress"),
            self.tr("From meeting"),
        ]

    def set_rows(self, rows: list[ActionRow], as_of: dt.date) -> None:
        self.beginResetModel()
        self._rows = rows
        self.as_of = as_of
        self.endResetModel()

    @property
    def rows(self) -> list[ActionRow]:
        return self._rows

    def row_at(self, row: int) -> ActionRow:
        return self._rows[row]

    def row_of(self, ref: ActionRef) -> int:
        for number, row in enumerate(self._rows):
            if row.meeting_key == ref.meeting_key and row.action_key == ref.action_key:
                return number
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == REF_ROLE:
            return row.ref
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        overdue = row.is_overdue(self.as_of)
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and overdue and column == self.DUE:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.FontRole and overdue and column == self.DUE:
            return self._bold
        return None

    def _display(self, row: ActionRow, column: int) -> str:
        if column == self.TITLE:
            return row.title
        if column == self.OWNER:
            return row.owner_name
        if column == self.DUE:
            due = row.due.isoformat() if row.due else "—"
            if row.extensions:
                return (
                    self.tr("%1 (extended %2×)")
                    .replace("%1", due)
                    .replace("%2", str(row.extensions))
                )
            return due
        if column == self.STATUS:
            return labels.action_status(row.status)
        if column == self.LATEST:
            return (row.latest_note or "").replace("\n", " ")
        return row.meeting_short

    def _tooltip(self, row: ActionRow, column: int) -> str | None:
        if column == self.DUE:
            parts = []
            if row.is_overdue(self.as_of) and row.due:
                days = (self.as_of - row.due).days
                parts.append(self.tr("Overdue by %1 days").replace("%1", str(days)))
            if row.extensions:
                parts.append(self.tr("Extended %1 times").replace("%1", str(row.extensions)))
            return "\n".join(parts) or None
        if column == self.LATEST and row.latest_on:
            return f"{row.latest_on.isoformat()}  {row.latest_note or ''}"
        if column == self.MEETING:
            return f"{row.meeting_title}\n{row.meeting_day.isoformat()}"
        if column == self.TITLE:
            return row.title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves; column -1 is the default order (overdue, then due)."""
        key = self.sort_key(column)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        positions = {id(r): n for n, r in enumerate(self._rows)}
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder and column >= 0)
        moved = {positions[id(r)]: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            old, [self.index(moved[i.row()], i.column()) for i in old]
        )  # fmt: skip
        self.layoutChanged.emit()

    def sort_key(self, column: int) -> Callable[[ActionRow], Any]:
        as_of = self.as_of
        if column == self.TITLE:
            return lambda r: r.title
        if column == self.OWNER:
            return lambda r: (r.owner_name, sort_key(r, as_of))
        if column == self.STATUS:
            return lambda r: (STATUS_ORDER.get(r.status, 9), sort_key(r, as_of))
        if column == self.LATEST:
            return lambda r: (r.latest_on or dt.date.min, sort_key(r, as_of))
        if column == self.MEETING:
            return lambda r: (r.meeting_day, r.meeting_key)
        return lambda r: sort_key(r, as_of)


class FollowUpProxy(QSortFilterProxyModel):
    """Shows the rows the ActionFilter accepts; the verdicts are worked out in one pass."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.filter = ActionFilter()
        self._accepted: list[bool] | None = None

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self._forget)
        model.layoutAboutToBeChanged.connect(self._forget)

    def _forget(self) -> None:
        self._accepted = None

    def set_filter(self, f: ActionFilter) -> None:
        self.filter = f
        self._accepted = None
        refilter(self)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        assert isinstance(model, FollowUpModel)
        model.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        accepted = self._accepted  # forgotten whenever the rows change (see setSourceModel)
        if accepted is None:
            accepted = self._accepted = self._verdicts()
        return accepted[source_row]

    def _verdicts(self) -> list[bool]:
        model = self.sourceModel()
        assert isinstance(model, FollowUpModel)
        f, as_of = self.filter, model.as_of
        return [matches(row, f, as_of) for row in model.rows]

    def rows(self) -> list[ActionRow]:
        """The rows shown, in the order shown."""
        model = self.sourceModel()
        assert isinstance(model, FollowUpModel)
        return [model.row_at(self.mapToSource(self.index(r, 0)).row())
                for r in range(self.rowCount())]  # fmt: skip
