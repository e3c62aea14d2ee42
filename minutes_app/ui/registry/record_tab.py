"""What the 单位 and 人员 tabs share: filling for a day, keeping the selection."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QTableView, QWidget

from minutes_app.ui.registry.table import ROW_ROLE, selected_row


class RecordTab(QWidget):
    """A table of registry records; subclasses build `model`, `proxy` and `table`."""

    model: Any
    proxy: Any  # a QSortFilterProxyModel with the tab's own filters
    table: QTableView

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

    def _count(self) -> None:
        raise NotImplementedError

    def _show_history(self) -> None:
        raise NotImplementedError
