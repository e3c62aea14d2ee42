"""The search results as a table: kind, what was found (the hit marked), meeting, date."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt

from minutes_app.domain.search import HitKind, SearchHit
from minutes_app.ui.table_model import Index, TitledTableModel
from minutes_app.ui.widgets import refilter

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the SearchHit of the row
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # its HitKind value
FIRST_OF_KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # True on the first row of a kind


def kind_label(kind: HitKind) -> str:
    labels = {
        HitKind.MEETING: QCoreApplication.translate("SearchModel", "Meeting"),
        HitKind.AGENDA_ITEM: QCoreApplication.translate("SearchModel", "Agenda item"),
        HitKind.DECISION: QCoreApplication.translate("SearchModel", "Decision"),
        HitKind.ACTION: QCoreApplication.translate("SearchModel", "Action item"),
        HitKind.UNIT: QCoreApplication.translate("SearchModel", "Unit"),
        HitKind.PERSON: QCoreApplication.translate("SearchModel", "Person"),
        HitKind.COMMITTEE: QCoreApplication.translate("SearchModel", "Committee"),
    }
    return labels[kind]


class SearchModel(TitledTableModel):
    """Rows in the service's order (grouped by kind); the kind shows on a group's first
    row with the number found of that kind."""

    COLUMNS = 4
    KIND, FOUND, MEETING, DATE = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self.found: dict[HitKind, int] = {}

    def headers(self) -> list[str]:
        return [self.tr("Kind"), self.tr("Found"), self.tr("Meeting"), self.tr("Date")]

    def row_count(self) -> int:
        return len(self.hits)

    def set_hits(self, hits: list[SearchHit], found: dict[HitKind, int]) -> None:
        self.beginResetModel()
        self.hits, self.found = list(hits), dict(found)
        self.endResetModel()

    def _first_of_kind(self, row: int) -> bool:
        return row == 0 or self.hits[row - 1].kind is not self.hits[row].kind

    def group_title(self, kind: HitKind) -> str:
        shown = sum(1 for h in self.hits if h.kind is kind)
        total = self.found.get(kind, shown)
        if shown < total:
            return self.tr("%1 (%2, first %3 shown)").replace("%1", kind_label(kind)).replace(
                "%2", str(total)).replace("%3", str(shown))  # fmt: skip
        return self.tr("%1 (%2)").replace("%1", kind_label(kind)).replace("%2", str(total))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == HIT_ROLE:
            return hit
        if role == KIND_ROLE:
            return hit.kind.value
        if role == FIRST_OF_KIND_ROLE:
            return self._first_of_kind(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), index.column(), hit)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.FOUND:
            return hit.snippet.text
        return None

    def _text(self, row: int, column: int, hit: SearchHit) -> str:
        if column == self.KIND:
            return self.group_title(hit.kind) if self._first_of_kind(row) else ""
        if column == self.FOUND:
            return hit.snippet.text
        if column == self.MEETING:
            return hit.meeting_title or ""
        return hit.meeting_date.isoformat() if hit.meeting_date else ""


class KindFilter(QSortFilterProxyModel):
    """Show one kind of record, or all (None); the order stays the service's."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind: HitKind | None = None

    def set_kind(self, kind: HitKind | None) -> None:
        self.kind = kind
        refilter(self)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | Any) -> bool:
        if self.kind is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return bool(index.data(KIND_ROLE) == self.kind.value)
