"""The 督办 area: every action item of every meeting, overdue first, filtered; one item's
progress beside the table; several items reassigned or extended at once, with undo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.actions import ActionRef, ActionRow, Change, Owner
from minutes_app.domain.errors import UserError
from minutes_app.services import actions
from minutes_app.ui import dialogs
from minutes_app.ui.actions.detail import FollowUpDetail
from minutes_app.ui.actions.export import FollowUpExporter
from minutes_app.ui.actions.filters import FollowUpFilters
from minutes_app.ui.actions.forms import ExtendDueDialog, Extension, ReassignOwnerDialog
from minutes_app.ui.actions.model import ROW_ROLE, FollowUpModel, FollowUpProxy
from minutes_app.ui.actions.undo import Edit, FollowUpCommand
from minutes_app.ui.context import AppContext
from minutes_app.ui.i18n import error_text
from minutes_app.ui.widgets import named

COLUMN_WIDTHS = {FollowUpModel.OWNER: 140, FollowUpModel.DUE: 92, FollowUpModel.STATUS: 60,
                 FollowUpModel.LATEST: 150, FollowUpModel.MEETING: 140}  # fmt: skip


class FollowUpArea(QWidget):
    open_meeting = Signal(str)
    overdue_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionsArea")
        self.ctx = ctx
        self.overdue = 0
        self.extend_dialog: ExtendDueDialog | None = None
        self.reassign_dialog: ReassignOwnerDialog | None = None
        self.undo_stack = QUndoStack(self)
        self.model = FollowUpModel(self)
        self.proxy = FollowUpProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filters = named(FollowUpFilters(), "actionFilters")
        self.detail = FollowUpDetail(ctx)
        self.exporter = FollowUpExporter(ctx, self, self.proxy.rows)
        self._build()
        self.filters.changed.connect(self.apply_filters)
        self.detail.open_meeting.connect(self.open_meeting)
        self.detail.edited.connect(self.ctx.actions_changed)
        self.detail.extend_requested.connect(self.extend_selected)
        self.detail.reassign_requested.connect(self.reassign_selected)
        self._stale = True
        ctx.actions_changed.connect(self._changed)
        ctx.meetings_changed.connect(self._changed)
        # The list is read when first shown; the sidebar count needs only a count.
        QTimer.singleShot(0, self._count_overdue)

    # ---- layout --------------------------------------------------------------------

    def _build(self) -> None:
        self.notice = named(QLabel(), "overdueNotice")
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.notice.setStyleSheet(
            "QLabel { background: #fff3cd; color: #664d03; border: 1px solid #ffe69c;"
            " border-radius: 4px; padding: 6px 10px; }"
        )
        self.notice.linkActivated.connect(lambda _link: self.show_overdue())
        self.notice.hide()
        self.table = self._table()
        splitter = named(QSplitter(Qt.Orientation.Horizontal), "actionsSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([720, 330])  # shared in proportion once shown
        self.detail.setMinimumWidth(260)  # on a small screen the list keeps the room
        self.count_label = named(QLabel(), "actionCount")
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.filters)
        layout.addLayout(self._toolbar())
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)

    def _table(self) -> QTableView:
        table = named(QTableView(), "actionsTable")
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(26)
        header = table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the services' order
        table.setSortingEnabled(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FollowUpModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        for column, width in COLUMN_WIDTHS.items():
            table.setColumnWidth(column, width)
        table.viewport().installEventFilter(self)  # narrow: the other columns give way
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        return table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._fit_columns(self.table.viewport().width())
        return super().eventFilter(watched, event)

    def _fit_columns(self, room: int) -> None:
        """The title keeps two fifths of a narrow table; owner, status, latest note and
        meeting shrink alike (their text elided, whole in the tooltip), never below their
        heading; the date stays."""
        header = self.table.horizontalHeader()
        shrinking = [c for c in COLUMN_WIDTHS if c != FollowUpModel.DUE]
        wanted = sum(COLUMN_WIDTHS[c] for c in shrinking)
        left = room - room * 2 // 5 - COLUMN_WIDTHS[FollowUpModel.DUE]
        scale = min(1.0, max(left, 0) / wanted)
        for column in shrinking:
            heading = header.sectionSizeFromContents(column).width()  # label and sort mark
            width = max(48, heading, int(COLUMN_WIDTHS[column] * scale))
            self.table.setColumnWidth(column, width)

    def _toolbar(self) -> QHBoxLayout:
        self.reassign_button = named(QPushButton(self.tr("Reassign owner…")), "bulkReassign")
        self.reassign_button.clicked.connect(self.reassign_selected)
        self.extend_button = named(QPushButton(self.tr("Extend due dates…")), "bulkExtend")
        self.extend_button.clicked.connect(self.extend_selected)
        row = QHBoxLayout()
        for widget in (self.reassign_button, self.extend_button):  # undo: the 编辑 menu
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.exporter.button)
        return row

    def _changed(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True
            self._count_overdue()

    def _count_overdue(self) -> None:
        if self._stale:
            self._set_overdue(actions.overdue_count(self.ctx.db, self.ctx.today()))

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self._stale = False
        keep = self.selected_refs()
        today = self.ctx.today()
        rows = actions.list_actions(self.ctx.db, None, today)
        header = self.table.horizontalHeader()
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        if column >= 0:  # keep the column the user sorted by
            descending = order == Qt.SortOrder.DescendingOrder
            rows.sort(key=self.model.sort_key(column), reverse=descending)
        self.proxy.filter = self.filters.current()  # applied once, by the reset below
        self.model.set_rows(rows, today)
        self.filters.set_choices(rows)
        self._count()
        self.select(keep)
        self._selection_changed()
        self._set_overdue(sum(r.is_overdue(today) for r in rows))

    def apply_filters(self) -> None:
        self.proxy.set_filter(self.filters.current())
        self._count()
        self._selection_changed()

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("%1 of %2 action items").replace("%1", str(shown)).replace("%2", str(total))
        )

    def _set_overdue(self, count: int) -> None:
        self.overdue = count
        link = self.tr("Show them")
        self.notice.setText(f'{self.overdue_text(count)}  <a href="overdue">{link}</a>')
        self.notice.setVisible(count > 0)
        self.overdue_changed.emit(count)

    def overdue_text(self, count: int) -> str:
        return self.tr("%1 action items are overdue").replace("%1", str(count))

    def sidebar_title(self) -> str:
        title = self.tr("Follow-up")
        return f"{title} ({self.overdue})" if self.overdue else title

    def show_overdue(self) -> None:
        self.filters.show_overdue()

    # ---- selection -----------------------------------------------------------------

    def selected_rows(self) -> list[ActionRow]:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(ROW_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def selected_refs(self) -> list[ActionRef]:
        return [row.ref for row in self.selected_rows()]

    def select(self, refs: list[ActionRef]) -> None:
        selection = QItemSelection()
        for ref in refs:
            source = self.model.row_of(ref)
            index = self.proxy.mapFromSource(self.model.index(source, 0)) if source >= 0 else None
            if index is not None and index.isValid():
                selection.select(index, index)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
        self.table.selectionModel().select(selection, flags)
        if refs and not selection.isEmpty():
            self.table.scrollTo(selection.indexes()[0])

    def _selection_changed(self, *_args: object) -> None:
        rows = self.selected_rows()
        refs = [r.ref for r in rows]
        self.reassign_button.setEnabled(bool(refs))
        self.extend_button.setEnabled(any(r.is_open for r in rows))
        if not refs:
            self.detail.show_nothing()
        elif len(refs) == 1:
            self.detail.show_item(refs[0])
        else:
            self.detail.show_many(len(refs))

    # ---- several at once (undoable) ------------------------------------------------

    def extend_selected(self) -> ExtendDueDialog | None:
        rows = [r for r in self.selected_rows() if r.is_open]
        if not rows:
            return None
        base = rows[0].due or self.ctx.today()
        dialog = ExtendDueDialog(len(rows), base + dt.timedelta(days=14), self)
        refs = [r.ref for r in rows]
        dialog.submitted.connect(lambda ext: self.extend(refs, ext))
        self.extend_dialog = dialog
        dialog.open()
        return dialog

    def extend(self, refs: list[ActionRef], ext: Extension) -> bool:
        db, on = self.ctx.db, self.ctx.today()

        def edit() -> Change:
            return actions.bulk_extend(db, refs, ext.reason, to=ext.to, by_days=ext.by_days, on=on)

        text = self.tr("Extend %1 due dates").replace("%1", str(len(refs)))
        return self._push(text, edit)

    def reassign_selected(self) -> ReassignOwnerDialog | None:
        rows = self.selected_rows()
        if not rows:
            return None
        dialog = ReassignOwnerDialog(len(rows), actions.owner_choices(self.ctx.db), self)
        if rows[0].owner:
            dialog.choose(rows[0].owner)
        refs = [r.ref for r in rows]
        dialog.submitted.connect(lambda owner, note: self.reassign(refs, owner, note))
        self.reassign_dialog = dialog
        dialog.open()
        return dialog

    def reassign(self, refs: list[ActionRef], owner: Owner, note: str = "") -> bool:
        db, on = self.ctx.db, self.ctx.today()

        def edit() -> Change:
            return actions.bulk_reassign(db, refs, owner, on=on, note=note)

        text = self.tr("Reassign %1 action items").replace("%1", str(len(refs)))
        return self._push(text, edit)

    def _push(self, text: str, edit: Edit) -> bool:
        try:
            change = edit()
        except UserError as exc:
            self._failed(error_text(exc))
            return False
        self.undo_stack.push(
            FollowUpCommand(self.ctx.db, text, edit, change, self.ctx.actions_changed.emit,
                          self._failed)
        )  # fmt: skip
        self.ctx.actions_changed.emit()
        return True

    def _failed(self, message: str) -> None:
        dialogs.error(self, self.tr("Not saved"), message)
