"""The meetings list: filters above a sortable table; Enter or double-click opens one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes_app.services import catalog
from minutes_app.ui import labels
from minutes_app.ui.context import AppContext
from minutes_app.ui.export.menu import ExportMenu
from minutes_app.ui.meetings.list_model import KEY_ROLE, MeetingsFilter, MeetingsModel
from minutes_app.ui.widgets import named


class MeetingsView(QWidget):
    open_meeting = Signal(str)
    new_meeting = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = MeetingsModel(self)
        self.proxy = MeetingsFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._stale = False
        ctx.meetings_changed.connect(self._changed)
        ctx.actions_changed.connect(self._changed)  # the open-actions column
        self.reload()

    def _build(self) -> None:
        self.body_filter = named(QComboBox(), "bodyFilter")
        self.term_filter = named(QComboBox(), "termFilter")
        self.status_filter = named(QComboBox(), "statusFilter")
        self.text_filter = named(QLineEdit(), "textFilter")
        self.text_filter.setPlaceholderText(self.tr("Search titles"))
        self.text_filter.setClearButtonEnabled(True)
        self.new_button = named(QPushButton(self.tr("New meeting…")), "newMeeting")
        self.new_button.clicked.connect(self.new_meeting)
        self.exporter = ExportMenu(self.ctx, self, self.selected_key, self.selected_title)
        self.export_button = named(QPushButton(self.tr("Export")), "exportMeeting")
        self.export_button.setMenu(self.exporter.menu)
        self.count_label = named(QLabel(), "meetingCount")
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Body"), self.body_filter),
            (self.tr("Term"), self.term_filter),
            (self.tr("Status"), self.status_filter),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.text_filter, 1)
        filters.addWidget(self.export_button)
        filters.addWidget(self.new_button)
        self.table = named(QTableView(), "meetingsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(60)  # sample rows: ten years would measure all
        header.setSectionResizeMode(MeetingsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(MeetingsModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        for combo in (self.body_filter, self.term_filter, self.status_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.text_filter.textChanged.connect(self._apply_filters)

    def _changed(self) -> None:
        """Reload now when seen; otherwise when next shown (edits elsewhere stay fast)."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self._stale = False
        self.model.set_rows(catalog.list_meetings(self.ctx.db))
        self._fill_filters()
        self._apply_filters()

    def _fill_filters(self) -> None:
        keep = (
            self.body_filter.currentData(),
            self.term_filter.currentData(),
            self.status_filter.currentData(),
        )
        for combo in (self.body_filter, self.term_filter, self.status_filter):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
        for body in catalog.bodies(self.ctx.db):
            self.body_filter.addItem(body.name, body.key)
        for term in catalog.terms(self.ctx.db):
            self.term_filter.addItem(self.tr("Term %1").replace("%1", str(term)), term)
        for status in ("planned", "held", "draft", "approved"):
            self.status_filter.addItem(labels.meeting_status(status), status)
        for combo, value in zip(
            (self.body_filter, self.term_filter, self.status_filter), keep, strict=True
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            self.body_filter.currentData(),
            self.term_filter.currentData(),
            self.status_filter.currentData(),
            self.text_filter.text(),
        )
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("%1 of %2 meetings").replace("%1", str(shown)).replace("%2", str(total))
        )

    def _activated(self, index: QModelIndex) -> None:
        self.open_meeting.emit(index.data(KEY_ROLE))

    def selected_key(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(KEY_ROLE) if rows else None

    def selected_title(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data()) if rows else ""

    def select_key(self, key: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(KEY_ROLE) == key:
                self.table.selectRow(row)
                return
