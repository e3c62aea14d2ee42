"""One agenda item: title, presenter, notes, its decisions and its action items."""

from __future__ import annotations

import itertools
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.errors import UserError
from minutes_app.domain.records import Meeting
from minutes_app.services import meeting_doc, registry_status
from minutes_app.services.registry_status import EffectStatus
from minutes_app.ui.context import AppContext
from minutes_app.ui.meetings.actions_editor import ActionsEditor
from minutes_app.ui.meetings.decision_editor import DecisionEditor
from minutes_app.ui.meetings.directory import Directory
from minutes_app.ui.meetings.fields import (
    ErrorLabel,
    KeyCombo,
    LineField,
    TextArea,
    heading,
    lock,
)
from minutes_app.ui.meetings.review_panel import ReviewPanel
from minutes_app.ui.meetings.undo import MeetingKeeper
from minutes_app.ui.widgets import named


class ItemEditor(QWidget):
    def __init__(self, ctx: AppContext, keeper: MeetingKeeper, directory: Directory,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.keeper = keeper
        self.directory = directory
        self.key: str | None = None
        self.decision_editors: dict[str, DecisionEditor] = {}
        self.actions_editor = ActionsEditor(keeper, directory)
        self.review = ReviewPanel(ctx, keeper)
        self.actions_editor.grew.connect(self._order_focus)
        self.review.grew.connect(self._order_focus)
        self._build()

    def _build(self) -> None:
        self.title = named(LineField(), "itemTitle")
        self.title.committed.connect(self._title_committed)
        self.presenter = named(KeyCombo(searchable=True), "itemPresenter")
        self.presenter.picked.connect(
            lambda key: self._set(self.tr("Change the presenter"), presenter=key)
        )
        self.notes = named(TextArea(lines=7), "itemNotes")
        self.notes.setPlaceholderText(self.tr("What was reported and discussed"))
        self.notes.committed.connect(
            lambda text: self._set(self.tr("Edit the notes"), notes=text.strip() or None)
        )
        self.error = ErrorLabel(self.keeper)
        self.add_decision_button = named(QPushButton(self.tr("Add decision")), "addDecision")
        self.add_decision_button.clicked.connect(self.add_decision)
        self.empty = QLabel(self.tr("Choose or add an agenda item on the left."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QWidget()
        self.decisions_box = QVBoxLayout()
        self.decisions_box.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self._layout_body()
        self._order_focus()

    def _layout_body(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Item"), self.title)
        form.addRow(self.tr("Presenter"), self.presenter)
        form.addRow(self.tr("Notes"), self.notes)
        decisions_head = QHBoxLayout()
        decisions_head.addWidget(heading(self.tr("Decisions")))
        decisions_head.addStretch(1)
        decisions_head.addWidget(self.add_decision_button)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.review)
        layout.addLayout(decisions_head)
        layout.addLayout(self.decisions_box)
        layout.addSpacing(8)
        layout.addWidget(heading(self.tr("Action items")))
        layout.addWidget(self.actions_editor)

    def show_item(self, key: str | None) -> None:
        if key != self.key:
            self.error.clear_message()
        self.key = key
        self.empty.setVisible(key is None)
        self.body.setVisible(key is not None)
        if key is None:
            self.review.show_for(None)
            self._show_decisions([])
            return
        item = meeting_doc.item(self.keeper.doc, key)
        self.title.set_text(item.title)
        self.presenter.set_choices([(None, "—"), *self.directory.people_choices()])
        self.presenter.set_key(item.presenter)
        self.notes.set_text(item.notes)
        lock((self.title, self.presenter, self.notes, self.add_decision_button),
             self.keeper.read_only)  # fmt: skip
        self.review.show_for(item.title)
        self._show_decisions([d.key for d in item.decisions])
        self.actions_editor.show_item(key)

    def _show_decisions(self, keys: list[str]) -> None:
        if keys != list(self.decision_editors):
            self._arrange_decisions(keys)
        status = self.effect_status() if keys else {}
        for number, (key, editor) in enumerate(self.decision_editors.items(), 1):
            editor.refresh(number, status.get(key))

    def effect_status(self) -> EffectStatus:
        """Whether each saved effect took hold (已生效): read again after every save."""
        try:
            return registry_status.effect_status(self.keeper.db, self.keeper.key)
        except UserError:  # the meeting was deleted meanwhile
            return {}

    def _arrange_decisions(self, keys: list[str]) -> None:
        for key, editor in list(self.decision_editors.items()):
            self.decisions_box.removeWidget(editor)
            if key not in keys:
                editor.hide()  # at once: deletion waits for the event loop
                editor.deleteLater()
        kept = self.decision_editors
        self.decision_editors = {key: kept.get(key) or self._new_decision(key) for key in keys}
        for editor in self.decision_editors.values():
            self.decisions_box.addWidget(editor)
            editor.show()  # at once, not after the next turn of the event loop
        self._order_focus()

    def _new_decision(self, key: str) -> DecisionEditor:
        editor = DecisionEditor(self.keeper, self.directory, key)
        editor.grew.connect(self._order_focus)
        return editor

    def _order_focus(self) -> None:
        """Tab walks the page top to bottom, whenever decisions were added."""
        chain: list[QWidget] = [self.title, self.presenter, self.notes,
                                *self.review.focus_chain(), self.add_decision_button]  # fmt: skip
        for editor in self.decision_editors.values():
            chain += editor.focus_chain()
        chain += self.actions_editor.focus_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _set(self, text: str, **fields: Any) -> None:
        if self.key is None:
            return
        change = partial(meeting_doc.update_item, key=self.key, **fields)
        self.error.show_message(self.keeper.edit(text, change))

    def _title_committed(self, text: str) -> None:
        if not text.strip():
            self.title.revert()
            self.error.show_message(self.tr("An agenda item needs a title."))
            return
        self._set(self.tr("Rename the agenda item"), title=text.strip())

    def focus_title(self) -> None:
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title.selectAll()

    def add_decision(self) -> None:
        if self.key is None:
            return
        added: list[str] = []
        item_key = self.key

        def change(doc: Meeting) -> None:
            added.append(meeting_doc.add_decision(doc, item_key, self.tr("New decision")))

        self.error.show_message(self.keeper.edit(self.tr("Add a decision"), change))
        if added and added[0] in self.decision_editors:
            self.decision_editors[added[0]].focus_text()
