"""The base of the registry's tables: rows of plain records, columns as methods, a proxy
that filters as the user types.

A subclass lists its headers and says how a row shows in each column (`text`) and
sorts (`sort_key`). The text of every row is kept once per fill, so filtering 2,000
rows on each key stroke is a substring test per row.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from minutes_app.services.registry_sources import Source
from minutes_app.ui import widgets
from minutes_app.ui.widgets import named

Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
DISPLAY = Qt.ItemDataRole.DisplayRole


# Strings several registry classes show, translated in one context.


def manual_change() -> str:
    return QCoreApplication.translate("RegistryShared", "Manual change")


def since(day: dt.date) -> str:
    return QCoreApplication.translate("RegistryShared", "since %1").replace("%1", day.isoformat())


def separator() -> str:
    """Between the items of a list in one cell: ", " (、 in Chinese)."""
    return QCoreApplication.translate("RegistryShared", ", ")


def day_text(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


class RowsModel(QAbstractTableModel):
    """Rows of plain records; subclasses give headers(), text() and sort_key()."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._texts: list[list[str] | None] = []
        self._headers: list[str] | None = None

    # -- what a subclass gives ----------------------------------------------------------

    def headers(self) -> list[str]:
        raise NotImplementedError

    def text(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row: Any, column: int) -> Any:
        """None: sort by the text shown."""
        return None

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def foreground(self, row: Any) -> Any:
        return None

    # -- the model ----------------------------------------------------------------------

    def column_headers(self) -> list[str]:
        """headers(), translated once."""
        if self._headers is None:
            self._headers = self.headers()
        return self._headers

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._texts = [None] * len(rows)
        self.endResetModel()

    def refresh(self) -> None:
        """The same rows shown anew (the day or term changed): selection is kept."""
        self._texts = [None] * len(self._rows)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rows(self) -> list[Any]:
        return self._rows

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def cell(self, row: int, column: int) -> str:
        """The text shown, made once per row when first asked for."""
        texts = self._texts[row]
        if texts is None:
            record = self._rows[row]
            texts = [self.text(record, c) for c in range(len(self.column_headers()))]
            self._texts[row] = texts
        return texts[column]

    def search_text(self, row: int) -> str:
        return "\u0001".join(self.cell(row, c) for c in range(self.columnCount())).casefold()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.column_headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            headers = self.column_headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == DISPLAY:
            return self.cell(index.row(), index.column())
        row = self._rows[index.row()]
        if role == SORT_ROLE:
            key = self.sort_key(row, index.column())
            return self.cell(index.row(), index.column()) if key is None else key
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column()) or self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row)
        return None


class SearchProxy(QSortFilterProxyModel):
    """Rows whose text holds what was typed (any column), and an optional row test."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._searchable: list[str] | None = None

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        model.modelReset.connect(self._forget)

    def _forget(self) -> None:
        self._searchable = None

    def set_text(self, text: str) -> None:
        self.text = text.strip().casefold()
        self.refilter()

    def refilter(self) -> None:
        widgets.refilter(self)

    def accepts(self, row: Any) -> bool:
        """Besides the text: a subclass's own test (a role filter …)."""
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RowsModel)
        if not self.accepts(model.row_at(source_row)):
            return False
        if not self.text:
            return True
        if self._searchable is None:
            self._searchable = [model.search_text(r) for r in range(model.rowCount())]
        return self.text in self._searchable[source_row]

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


def source_text(source: Source | None, organisation: str, by_hand: str) -> str:
    """第五届第五次理事长会议 第二项议题的决定（…7号）, or 手工调整：reason (a table cell)."""
    if source is None:
        return ""
    if source.decision is None:
        if not source.reason:  # listed in the registry before the app's first decision
            return QCoreApplication.translate("RegistryShared", "Registered earlier")
        return f"{by_hand}：{source.reason}"
    return source.label(organisation)


def make_table(name: str, proxy: QSortFilterProxyModel, widths: list[int]) -> QTableView:
    """A read-only, sortable table of whole rows; fixed widths (fast on 2,000 rows)."""
    table = named(QTableView(), name)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    return table


def selected_row(table: QTableView) -> Any:
    """The record of the selected row, or None."""
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    return rows[0].data(ROW_ROLE) if rows else None
