"""The action items of an agenda item: a table, and a form for the one chosen in it."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.enums import ActionStatus
from minutes_app.domain.records import Meeting, Owner
from minutes_app.services import meeting_doc
from minutes_app.ui import labels
from minutes_app.ui.meetings.actions_model import KEY_ROLE, ActionsModel
from minutes_app.ui.meetings.directory import Directory
from minutes_app.ui.meetings.fields import (
    DateField,
    ErrorLabel,
    KeyCombo,
    LineField,
    lock,
)
from minutes_app.ui.meetings.owner_picker import OwnerPicker
from minutes_app.ui.meetings.undo import MeetingKeeper
from minutes_app.ui.widgets import named, show_built

VISIBLE_ROWS = 5


class ActionsEditor(QWidget):
    grew = Signal()  # the form was made (for the first action shown): Tab order takes it in

    def __init__(self, keeper: MeetingKeeper, directory: Directory, parent: QWidget | None = None):
        super().__init__(parent)
        self.keeper = keeper
        self.directory = directory
        self.item_key: str | None = None
        self.current_key: str | None = None
        self.model = ActionsModel(directory, self)
        self._build()

    def _build(self) -> None:
        self.table = named(QTableView(), "actionsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActionsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.add_button = named(QPushButton(self.tr("Add action item")), "addAction")
        self.add_button.clicked.connect(self.add_action)
        self.remove_button = named(QPushButton(self.tr("Remove action item")), "removeAction")
        self.remove_button.clicked.connect(self.remove_action)
        self.error = ErrorLabel(self.keeper)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.form = QWidget()  # filled when the first action item is shown
        self._form_built = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        layout.addWidget(self.error)

    def _build_form(self) -> None:
        self.title = named(LineField(), "actionTitle")
        self.title.committed.connect(self._title_committed)
        self.owner = named(OwnerPicker(self.directory), "actionOwner")
        self.owner.picked.connect(lambda owner: self._set(self.tr("Change the owner"), owner=owner))
        # No deadline until one is typed: a default (the meeting's day) is overdue at once.
        self.due = named(DateField(optional=True), "actionDue")
        self.due.setPlaceholderText(self.tr("none yet, e.g. 2024-9-30"))
        self.due.entered.connect(self._due_changed)
        self.status = named(KeyCombo(), "actionStatus")
        self.status.set_choices([(s, labels.action_status(s)) for s in ActionStatus])
        self.status.picked.connect(
            lambda status: self._set(self.tr("Change the status"), status=ActionStatus(status))
        )
        self.decision = named(KeyCombo(), "actionDecision")
        self.decision.picked.connect(
            lambda key: self._set(self.tr("Link the decision"), decision=key)
        )
        due_row = QHBoxLayout()
        due_row.addWidget(self.due.box())
        due_row.addStretch(1)
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Action item"), self.title)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Deadline"), due_row)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("For decision"), self.decision)

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = [self.table, self.add_button, self.remove_button]
        if self._form_built:
            chain += [self.title, self.owner.kind, self.owner.owner, self.due, self.status,
                      self.decision]  # fmt: skip
        return chain

    def show_item(self, item_key: str) -> None:
        if item_key != self.item_key:
            self.current_key = None
            self.error.clear_message()
        self.item_key = item_key
        doc = self.keeper.doc
        actions = meeting_doc.item(doc, item_key).actions
        self.model.set_actions(actions, decision_labels(doc))
        keys = self.model.keys()
        if self.current_key not in keys:
            self.current_key = keys[0] if keys else None
        self._select(self.current_key)
        self._show_action()
        self._fit_table(len(keys))

    def _fit_table(self, rows: int) -> None:
        shown = max(1, min(rows, VISIBLE_ROWS))
        height = self.table.horizontalHeader().sizeHint().height() + 4
        self.table.setFixedHeight(height + shown * self.table.verticalHeader().defaultSectionSize())

    def _select(self, key: str | None) -> None:
        row = self.model.row_of(key)
        index = self.model.index(row, 0) if row >= 0 else QModelIndex()
        if self.table.currentIndex().row() != row or not index.isValid():
            self.table.setCurrentIndex(index)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        key = self.table.currentIndex().data(KEY_ROLE)
        if key is not None and key != self.current_key:
            self.current_key = key
            self._show_action()

    def _show_action(self) -> None:
        read_only = self.keeper.read_only
        lock((self.add_button,), read_only)
        lock((self.remove_button,), read_only or self.current_key is None)
        self.form.setVisible(self.current_key is not None)
        if self.current_key is None:
            return
        if not self._form_built:
            self._build_form()
            show_built(self.form)
            self._form_built = True
            self.grew.emit()
        action = meeting_doc.action(self.keeper.doc, self.current_key)
        self.title.set_text(action.title)
        self.owner.set_owner(action.owner)
        self.due.year = self.keeper.doc.start.year
        self.due.set_value(action.due)
        self.status.set_key(action.status)
        choices = [(None, "—"), *decision_labels(self.keeper.doc).items()]
        self.decision.set_choices(choices)
        self.decision.set_key(action.decision)
        lock((self.title, self.owner, self.due, self.status, self.decision), read_only)

    def _set(self, text: str, **fields: Any) -> None:
        if self.current_key is None:
            return
        change = partial(meeting_doc.update_action, key=self.current_key, **fields)
        self.error.show_message(self.keeper.edit(text, change))

    def _title_committed(self, text: str) -> None:
        if not text.strip():
            self.title.revert()
            self.error.show_message(self.tr("An action item needs a title."))
            return
        self._set(self.tr("Rename the action item"), title=text.strip())

    def _due_changed(self, due: dt.date | None) -> None:
        self._set(self.tr("Change the deadline"), due=due)

    def default_owner(self) -> Owner | None:
        """The recorder, else the chair, else the first unit: changed in the form."""
        doc = self.keeper.doc
        for person in (doc.recorder, doc.chair):
            if person:
                return Owner(person=person)
        if self.directory.units:
            return Owner(unit=self.directory.units[0].key)
        return Owner(person=self.directory.people[0].key) if self.directory.people else None

    def add_action(self) -> None:
        if self.item_key is None:
            return
        owner = self.default_owner()
        if owner is None:
            self.error.show_message(self.tr("Add people or units to the registry first."))
            return
        added: list[str] = []
        item_key, title = self.item_key, self.tr("New action item")

        def change(doc: Meeting) -> None:
            added.append(meeting_doc.add_action(doc, item_key, title, owner, None))

        self.error.show_message(self.keeper.edit(self.tr("Add an action item"), change))
        if added and self.model.row_of(added[0]) >= 0:
            self.current_key = added[0]
            self.show_item(item_key)
            self.title.setFocus(Qt.FocusReason.OtherFocusReason)
            self.title.selectAll()

    def remove_action(self) -> None:
        if self.current_key is None:
            return
        change = partial(meeting_doc.remove_action, key=self.current_key)
        self.error.show_message(self.keeper.edit(self.tr("Remove an action item"), change))


def decision_labels(doc: Meeting) -> dict[str, str]:
    """d-3 → "2.1 同意成立…": item and decision number, and the start of the text."""
    found: dict[str, str] = {}
    for item_no, item in enumerate(doc.agenda, 1):
        for number, decision in enumerate(item.decisions, 1):
            text = decision.text
            short = text if len(text) <= 18 else text[:17] + "…"
            found[decision.key] = f"{item_no}.{number} {short}"
    return found
