"""The history of the selected unit or person: every change with its date and basis,
the meeting of a decision one click (or a double-click) away."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from minutes_app.services.registry import Change
from minutes_app.ui.registry.models import HistoryModel
from minutes_app.ui.registry.table import ROW_ROLE, SearchProxy, make_table, selected_row
from minutes_app.ui.widgets import named


class HistoryPanel(QWidget):
    open_meeting = Signal(str)

    def __init__(self, organisation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HistoryModel(organisation, self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.title = named(QLabel(self.tr("History")), "historyTitle")
        self.title.setWordWrap(True)
        self.table = make_table("historyTable", self.proxy, [90, 170])
        self.table.doubleClicked.connect(self._activated)
        self.open_button = named(QPushButton(self.tr("Open meeting")), "openMeeting")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def show_changes(self, name: str | None, changes: list[Change]) -> None:
        if name is None:
            self.title.setText(self.tr("History"))
        else:
            self.title.setText(self.tr("History of %1").replace("%1", name))
        self.model.set_rows(changes)
        self._selection()

    def changes(self) -> list[Change]:
        return list(self.model.rows())

    def _selection(self) -> None:
        change = selected_row(self.table)
        self.open_button.setEnabled(change is not None and change.source.meeting_key is not None)

    def _open_selected(self) -> None:
        change = selected_row(self.table)
        if change is not None and change.source.meeting_key:
            self.open_meeting.emit(change.source.meeting_key)

    def _activated(self, index: QModelIndex) -> None:
        change = index.data(ROW_ROLE)
        if change is not None and change.source.meeting_key:
            self.open_meeting.emit(change.source.meeting_key)
