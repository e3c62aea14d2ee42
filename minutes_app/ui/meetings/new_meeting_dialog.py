"""New meeting: body and term give the sequence and the title; then date, place, people."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from minutes_app.domain.errors import UserError
from minutes_app.domain.titles import meeting_title
from minutes_app.domain.typed_dates import Unreadable
from minutes_app.services import catalog, meeting_doc
from minutes_app.services.actions_review import review_notes
from minutes_app.services.meeting_store import create_meeting
from minutes_app.ui.context import AppContext
from minutes_app.ui.i18n import error_text
from minutes_app.ui.typed_entry import moment_field, typed
from minutes_app.ui.widgets import named


class NewMeetingDialog(QDialog):
    created = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New meeting"))
        self.setObjectName("newMeetingDialog")
        self.body = named(QComboBox(), "body")
        for body in catalog.bodies(ctx.db):
            self.body.addItem(body.name, body.key)
        self.term = named(QSpinBox(minimum=1, maximum=99), "term")
        self.term.setValue(catalog.current_term(ctx.db) or 1)
        self.sequence = named(QSpinBox(minimum=1, maximum=999), "sequence")
        self.title = named(QLabel(), "title")
        self.title.setWordWrap(True)
        tomorrow = dt.date.today() + dt.timedelta(days=1)
        self.start = moment_field(dt.datetime.combine(tomorrow, dt.time(9, 0)), "start")
        self.start.setPlaceholderText("2024-8-11 9:00")
        self.location = named(QLineEdit(), "location")
        self.location.setText(self.tr("Association meeting room"))
        self.chair = self._people_combo("chair")
        self.recorder = self._people_combo("recorder")
        self.review = named(
            QCheckBox(self.tr("First item: progress on the last meetings' decisions")), "reviewItem"
        )
        self.review.setChecked(True)
        self.error = named(QLabel(), "error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Body"), self.body)
        form.addRow(self.tr("Term"), self.term)
        form.addRow(self.tr("Sequence"), self.sequence)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Starts"), self.start.box(below=True))
        form.addRow(self.tr("Place"), self.location)
        form.addRow(self.tr("Chair"), self.chair)
        form.addRow(self.tr("Recorder"), self.recorder)
        form.addRow("", self.review)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.body.currentIndexChanged.connect(self._suggest_sequence)
        self.term.valueChanged.connect(self._suggest_sequence)
        self.sequence.valueChanged.connect(self._show_title)
        self._suggest_sequence()

    def _people_combo(self, name: str) -> QComboBox:
        combo = named(QComboBox(), name)
        combo.setEditable(False)
        combo.addItem("—", None)
        for person in catalog.people(self.ctx.db):
            combo.addItem(person.name, person.key)
        return combo

    def _suggest_sequence(self) -> None:
        key = self.body.currentData()
        if key:
            self.sequence.setValue(catalog.next_sequence(self.ctx.db, key, self.term.value()))
        self._show_title()

    def _show_title(self) -> None:
        self.title.setText(
            meeting_title(
                self.ctx.organisation,
                self.term.value(),
                self.sequence.value(),
                self.body.currentText(),
            )
        )

    def _create(self) -> None:
        body = self.body.currentData()
        if not body:
            self.error.setText(self.tr("Choose the body that meets."))
            return
        try:
            start: dt.datetime = typed(self.start)
        except Unreadable:  # the field says what to type; nothing is created
            return
        term, seq = self.term.value(), self.sequence.value()
        key = catalog.unused_meeting_key(self.ctx.db, body, term, seq)
        doc = meeting_doc.new_meeting(
            key,
            body,
            term,
            seq,
            start.replace(second=0, microsecond=0),
            self.location.text().strip() or None,
            self.chair.currentData(),
            self.recorder.currentData(),
        )
        if self.review.isChecked():
            item = meeting_doc.add_agenda_item(doc, meeting_doc.REVIEW_TITLE)
            notes = review_notes(self.ctx.db, body, start)
            meeting_doc.update_item(doc, item, notes=notes)
        try:
            create_meeting(self.ctx.db, doc)
        except UserError as exc:
            self.error.setText(error_text(exc))
            return
        self.ctx.meetings_changed.emit()
        self.created.emit(key)
        self.accept()


__all__ = ["NewMeetingDialog", "Qt"]
