"""The 议题 tab: the agenda on the left (add, remove, reorder), the chosen item on the right."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.records import Meeting
from minutes_app.services import meeting_doc
from minutes_app.ui.context import AppContext
from minutes_app.ui.meetings.agenda_model import KEY_ROLE, AgendaModel
from minutes_app.ui.meetings.directory import Directory
from minutes_app.ui.meetings.fields import ErrorLabel, lock
from minutes_app.ui.meetings.undo import MeetingKeeper
from minutes_app.ui.widgets import named

if TYPE_CHECKING:
    from minutes_app.ui.meetings.item_editor import ItemEditor


class AgendaPanel(QWidget):
    def __init__(self, ctx: AppContext, keeper: MeetingKeeper, directory: Directory,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.keeper = keeper
        self.directory = directory
        self.current_key: str | None = None
        self.model = AgendaModel(self)
        self._item_editor: ItemEditor | None = None  # built when the tab is first shown
        self._build()

    @property
    def item_editor(self) -> ItemEditor:
        """The chosen item's editor, built on first use: a meeting opens on 出席."""
        if self._item_editor is None:
            from minutes_app.ui.meetings.item_editor import ItemEditor  # loaded with the tab

            self._item_editor = ItemEditor(self.ctx, self.keeper, self.directory)
            self.item_scroll.setWidget(self._item_editor)
            self._item_editor.show_item(self.current_key)
        return self._item_editor

    def showEvent(self, event: QShowEvent) -> None:
        if self._item_editor is None:
            self.item_editor  # noqa: B018  (built now, before it is painted)
            # Laid out at once, as if it had been there all along: a click that follows
            # at once (a test, a quick user) lands on the button under the pointer.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        super().showEvent(event)

    def _build(self) -> None:
        self.list = named(QListView(), "agendaList")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setSpacing(2)
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.error = ErrorLabel(self.keeper)
        self.item_scroll = named(QScrollArea(), "itemScroll")
        self.item_scroll.setWidgetResizable(True)
        self.item_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._left_side())
        splitter.addWidget(self.item_scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 800])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _left_side(self) -> QWidget:
        self.add_button = named(QPushButton(self.tr("Add item")), "addItem")
        self.add_button.clicked.connect(self.add_item)
        self.remove_button = named(QPushButton(self.tr("Remove")), "removeItem")
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button = named(QPushButton(self.tr("Move up")), "moveItemUp")
        self.up_button.clicked.connect(partial(self.move_item, -1))
        self.down_button = named(QPushButton(self.tr("Move down")), "moveItemDown")
        self.down_button.clicked.connect(partial(self.move_item, 1))
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.remove_button, 0, 1)
        buttons.addWidget(self.up_button, 1, 0)
        buttons.addWidget(self.down_button, 1, 1)
        side = QWidget()
        side.setMinimumWidth(200)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Agenda items")))
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        return side

    def refresh(self) -> None:
        doc = self.keeper.doc
        self.model.set_items(doc.agenda)
        keys = self.model.keys()
        if self.current_key not in keys:
            self.current_key = keys[0] if keys else None
        self._select(self.current_key)
        if self._item_editor is not None:
            self._item_editor.show_item(self.current_key)
        self._lock_buttons()

    def _lock_buttons(self) -> None:
        row = self.model.row_of(self.current_key)
        lock((self.add_button,), self.keeper.read_only)
        lock((self.remove_button,), self.keeper.read_only or row < 0)
        lock((self.up_button,), self.keeper.read_only or row <= 0)
        last = len(self.model.keys()) - 1
        lock((self.down_button,), self.keeper.read_only or not 0 <= row < last)

    def _select(self, key: str | None) -> None:
        row = self.model.row_of(key)
        index = self.model.index(row) if row >= 0 else QModelIndex()
        if self.list.currentIndex() != index:
            self.list.setCurrentIndex(index)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        key = self.list.currentIndex().data(KEY_ROLE)
        if key is not None and key != self.current_key:
            self.current_key = key
            if self._item_editor is not None:
                self._item_editor.show_item(key)
            self._lock_buttons()

    def select_item(self, key: str) -> None:
        self.current_key = key
        self.refresh()

    def add_item(self) -> None:
        added: list[str] = []

        def change(doc: Meeting) -> None:
            added.append(meeting_doc.add_agenda_item(doc, self.tr("New agenda item")))

        self.error.show_message(self.keeper.edit(self.tr("Add an agenda item"), change))
        if added and self.model.row_of(added[0]) >= 0:
            self.select_item(added[0])
            self.item_editor.focus_title()

    def remove_item(self) -> None:
        key = self.current_key
        if key is None:
            return
        row = self.model.row_of(key)
        change = partial(meeting_doc.remove_agenda_item, key=key)
        self.error.show_message(self.keeper.edit(self.tr("Remove an agenda item"), change))
        keys = self.model.keys()
        if keys and key not in keys:
            self.select_item(keys[min(row, len(keys) - 1)])

    def move_item(self, delta: int) -> None:
        if self.current_key is None:
            return
        change = partial(meeting_doc.move_agenda_item, key=self.current_key, delta=delta)
        self.error.show_message(self.keeper.edit(self.tr("Move an agenda item"), change))
        self.list.setFocus()
