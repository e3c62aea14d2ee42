"""上次会议议定事项落实情况: the body's open action items from earlier meetings.

Shown under the agenda item of that title. "记录已听取汇报" adds to each chosen item (all,
when none is chosen) a note dated the meeting's day that this meeting heard the report.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.errors import UserError
from minutes_app.domain.titles import meeting_short_title
from minutes_app.services import actions, catalog, meeting_doc
from minutes_app.services.actions_review import OpenAction, open_actions_before
from minutes_app.ui import labels
from minutes_app.ui.context import AppContext
from minutes_app.ui.i18n import error_text
from minutes_app.ui.meetings.fields import ErrorLabel, lock
from minutes_app.ui.meetings.undo import MeetingKeeper
from minutes_app.ui.widgets import named

VISIBLE_ROWS = 6


class ReviewPanel(QWidget):
    grew = Signal()  # its widgets were made: the Tab order takes them in

    def __init__(self, ctx: AppContext, keeper: MeetingKeeper, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.keeper = keeper
        self.items: list[OpenAction] = []
        self.active = False  # under the review item: shown and kept up to date
        self.built = False  # its widgets are made when first under the review item
        self.hide()
        ctx.actions_changed.connect(self._actions_changed)

    def _build(self) -> None:
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.table = named(QTableWidget(0, 6), "reviewTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Meeting"), self.tr("Action item"), self.tr("Owner"), self.tr("Deadline"),
            self.tr("Status"), self.tr("Latest progress"),
        ])  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.note = named(QLineEdit(), "reviewNote")
        self.note.setPlaceholderText(self.tr("Added to each note (optional)"))
        self.record_button = named(QPushButton(self.tr("Record that the report was heard")),
                                   "recordReview")  # fmt: skip
        self.record_button.setToolTip(
            self.tr("For the chosen items, or for all when none is chosen: a note dated the "
                    "day of this meeting")
        )  # fmt: skip
        self.record_button.clicked.connect(self.record)
        self.result = named(QLabel(), "reviewResult")
        self.error = ErrorLabel(self.keeper)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(self.error)

    def focus_chain(self) -> list[QWidget]:
        return [self.table, self.note, self.record_button] if self.built else []

    def show_for(self, title: str | None) -> None:
        """Shown, and loaded, only under the 上次会议议定事项落实情况 item."""
        wanted = (title or "").strip() == meeting_doc.REVIEW_TITLE
        if wanted and not self.built:
            self._build()
            self.built = True
            self.grew.emit()
        if wanted and not self.active:
            self.result.clear()
            self.error.clear_message()
        self.active = wanted
        self.setVisible(wanted)
        if wanted:
            self.reload()

    def reload(self) -> None:
        doc = self.keeper.doc
        self.items = open_actions_before(self.ctx.db, doc.body, doc.start)
        names = {m.key: meeting_short_title(m.term, m.sequence, m.body_name)
                 for m in catalog.list_meetings(self.ctx.db)}  # fmt: skip
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            latest = item.latest_note or ""
            if item.latest_on and latest:
                latest = f"{item.latest_on.isoformat()} {latest}"
            values = (names.get(item.meeting_key, item.meeting_key), item.title, item.owner,
                      item.due.isoformat() if item.due else "—",
                      labels.action_status(item.status), latest)  # fmt: skip
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, cell)
        shown = max(1, min(len(self.items), VISIBLE_ROWS))
        height = self.table.horizontalHeader().sizeHint().height() + 4
        self.table.setFixedHeight(height + shown * self.table.verticalHeader().defaultSectionSize())
        self.hint.setText(
            self.tr("%1 open action item(s) of this body from earlier meetings.")
            .replace("%1", str(len(self.items)))
            if self.items else self.tr("No open action items of this body from earlier meetings.")
        )  # fmt: skip
        lock((self.note, self.record_button), self.keeper.read_only or not self.items)

    def chosen(self) -> list[OpenAction]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.items[r] for r in rows] if rows else list(self.items)

    def record(self) -> None:
        chosen = self.chosen()
        if not chosen:
            return
        refs = [actions.ActionRef(a.meeting_key, a.action_key) for a in chosen]
        try:
            added = actions.record_review(self.ctx.db, self.keeper.key, refs,
                                          note=self.note.text() or None)  # fmt: skip
        except UserError as exc:
            self.error.show_message(error_text(exc))
            return
        self.error.clear_message()
        self.note.clear()
        self.result.setText(
            self.tr("Recorded on %1 item(s).").replace("%1", str(added))
            if added else self.tr("Already recorded for these items.")
        )  # fmt: skip
        self.ctx.actions_changed.emit()

    def _actions_changed(self) -> None:
        if self.active:
            self.reload()
