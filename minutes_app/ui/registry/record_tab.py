"""What the 单位 and 人员 tabs share: their layout, filling for a day, the selection."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes_app.ui.registry.history import HistoryPanel
from minutes_app.ui.registry.table import ROW_ROLE, make_table, selected_row
from minutes_app.ui.widgets import named


@dataclass(frozen=True)
class TabParts:
    """Object names of a tab's widgets (tests and the guide's screenshots find them)."""

    search: str
    table: str
    count: str
    split: str


Button = tuple[str, str, Callable[[], object]]  # object name, label, slot


class RecordTab(QWidget):
    """A table of registry records over its history; subclasses give `model` and `proxy`."""

    open_meeting = Signal(str)
    model: Any
    proxy: Any  # a QSortFilterProxyModel with the tab's own filters
    table: QTableView

    def _lay_out(
        self,
        parts: TabParts,
        organisation: str,
        placeholder: str,
        filter_widget: QWidget,
        widths: Sequence[int],
        buttons: Sequence[Button],
    ) -> None:
        """Search and filter, the buttons and the count, the table over the history."""
        self.search = named(QLineEdit(), parts.search)
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.table = make_table(parts.table, self.proxy, list(widths))
        self.table.selectionModel().selectionChanged.connect(self._show_history)
        self.history = HistoryPanel(organisation, self)
        self.history.open_meeting.connect(self.open_meeting)
        self.count = named(QLabel(), parts.count)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(filter_widget)
        row = QHBoxLayout()
        for name, text, slot in buttons:
            button = named(QPushButton(text), name)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.count)
        split = named(QSplitter(Qt.Orientation.Vertical), parts.split)
        split.addWidget(self.table)
        split.addWidget(self.history)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(row)
        layout.addWidget(split, 1)

    def load(self, records: list[Any], day: dt.date) -> None:
        keep = self.selected_key()
        self.model.load(records, day)
        self._after_fill(keep)

    def set_day(self, day: dt.date) -> None:
        keep = self.selected_key()
        self.model.set_day(day)
        self._after_fill(keep)

    def _after_fill(self, keep: str | None) -> None:
        self._count()
        if keep is not None:
            self.select_key(keep)
        self._show_history()

    def selected(self) -> Any:
        row = selected_row(self.table)
        return row.record if row is not None else None

    def selected_key(self) -> str | None:
        record = self.selected()
        return record.key if record else None

    def select_key(self, key: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ROW_ROLE).record.key == key:
                self.table.selectRow(row)
                return True
        return False

    def _filter(self) -> None:
        raise NotImplementedError

    def _count(self) -> None:
        raise NotImplementedError

    def _show_history(self) -> None:
        raise NotImplementedError
