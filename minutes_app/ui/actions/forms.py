"""Small dialogs of the 督办 view, opened with open() (never exec()): close an item with a
completion note, extend due dates with a reason, give items to another owner."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from minutes_app.domain.actions import Owner
from minutes_app.domain.typed_dates import Unreadable
from minutes_app.ui import labels
from minutes_app.ui.meetings.fields import DateField
from minutes_app.ui.typed_entry import date_field, typed
from minutes_app.ui.widgets import named


@dataclass(frozen=True)
class Extension:
    to: dt.date | None
    by_days: int | None
    reason: str


def typed_date(field: DateField) -> dt.date | None:
    """The date as typed; None (the field says what to type) when it is no date."""
    try:
        value = typed(field)
    except Unreadable:
        return None
    return value if isinstance(value, dt.date) else None


class _FollowUpForm(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.form = QFormLayout(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    @property
    def ok(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def finish_layout(self) -> None:
        self.form.addRow(self.buttons)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(self.complete())

    def complete(self) -> bool:
        return True

    def _submit(self) -> None:
        if self.complete() and self.submit():
            self.accept()

    def submit(self) -> bool:
        """Emit what was entered; False (the dialog stays) when a date is no date."""
        raise NotImplementedError


class CloseActionDialog(_FollowUpForm):
    """Closing asks for a completion note (or the reason, when cancelled)."""

    submitted = Signal(str, object, str)  # status, day, note

    def __init__(self, title: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Close action item"), parent)
        self.setObjectName("closeDialog")
        subject = named(QLabel(title), "closeSubject")
        subject.setWordWrap(True)
        self.status = named(QComboBox(), "closeStatus")
        self.status.addItem(labels.action_status("done"), "done")
        self.status.addItem(labels.action_status("cancelled"), "cancelled")
        self.day = date_field(today, "closeDate")
        self.note = named(QPlainTextEdit(), "completionNote")
        self.note.setPlaceholderText(self.tr("What was done (required)"))
        self.note.textChanged.connect(self._update)
        self.form.addRow(subject)
        self.form.addRow(self.tr("Close as"), self.status)
        self.form.addRow(self.tr("Date"), self.day)
        self.form.addRow("", self.day.message)  # below, wrapped: the dialog is narrow
        self.form.addRow(self.tr("Completion note"), self.note)
        self.finish_layout()

    def complete(self) -> bool:
        return bool(self.note.toPlainText().strip())

    def submit(self) -> bool:
        day = typed_date(self.day)
        if day is None:
            return False
        self.submitted.emit(self.status.currentData(), day, self.note.toPlainText())
        return True


class ExtendDueDialog(_FollowUpForm):
    """A new due date (or N more days) and the reason, kept in the 延期 history."""

    submitted = Signal(object)  # Extension

    def __init__(self, count: int, suggested: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Extend due date"), parent)
        self.setObjectName("extendDialog")
        what = self.tr("%1 action items").replace("%1", str(count)) if count > 1 else ""
        self.to_date = named(QRadioButton(self.tr("New due date")), "extendToDate")
        self.by_days = named(QRadioButton(self.tr("Later by")), "extendByDays")
        group = QButtonGroup(self)
        group.addButton(self.to_date)
        group.addButton(self.by_days)
        self.new_due = date_field(suggested, "newDueDate")
        self.new_due.textEdited.connect(lambda: self.to_date.setChecked(True))
        self.days = named(QSpinBox(), "extendDays")
        self.days.setRange(1, 3650)
        self.days.setValue(14)
        self.days.setSuffix(self.tr(" days"))
        self.reason = named(QLineEdit(), "extendReason")
        self.reason.setPlaceholderText(self.tr("Why the date moves (required)"))
        self.reason.textChanged.connect(self._update)
        (self.by_days if count > 1 else self.to_date).setChecked(True)
        if what:
            self.form.addRow(named(QLabel(what), "extendCount"))
        for radio, edit in ((self.to_date, self.new_due), (self.by_days, self.days)):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            self.form.addRow(radio, row)
            if edit is self.new_due:
                self.form.addRow("", self.new_due.message)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.finish_layout()

    def complete(self) -> bool:
        return bool(self.reason.text().strip())

    def submit(self) -> bool:
        if not self.to_date.isChecked():
            self.submitted.emit(Extension(None, self.days.value(), self.reason.text()))
            return True
        due = typed_date(self.new_due)
        if due is None:
            return False
        self.submitted.emit(Extension(due, None, self.reason.text()))
        return True


class ReassignOwnerDialog(_FollowUpForm):
    """Another owner: a unit, a person or a committee, chosen by typing part of the name."""

    submitted = Signal(object, str)  # Owner, note

    def __init__(self, count: int, owners: list[Owner], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reassign owner"), parent)
        self.setObjectName("reassignDialog")
        self.owners = owners
        self.kind = named(QComboBox(), "reassignKind")
        for kind, text in (("unit", self.tr("Unit")), ("person", self.tr("Person")),
                           ("committee", self.tr("Committee"))):  # fmt: skip
            self.kind.addItem(text, kind)
        self.owner = named(QComboBox(), "reassignOwner")
        self.owner.setEditable(True)
        self.owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.owner.setMinimumContentsLength(24)
        completer = QCompleter(self.owner.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.owner.setCompleter(completer)
        self.note = named(QLineEdit(), "reassignNote")
        self.note.setPlaceholderText(self.tr("Reason (optional)"))
        self.kind.currentIndexChanged.connect(self._fill)
        self.owner.currentIndexChanged.connect(self._update)
        self.owner.editTextChanged.connect(self._update)
        if count > 1:
            self.form.addRow(QLabel(self.tr("%1 action items").replace("%1", str(count))))
        self.form.addRow(self.tr("Owner type"), self.kind)
        self.form.addRow(self.tr("New owner"), self.owner)
        self.form.addRow(self.tr("Note"), self.note)
        self._fill()
        self.finish_layout()

    def _fill(self) -> None:
        kind = self.kind.currentData()
        self.owner.clear()
        for owner in self.owners:
            if owner.kind == kind:
                self.owner.addItem(owner.name, owner.key)
        self._update()

    def choose(self, owner: Owner) -> None:
        self.kind.setCurrentIndex(self.kind.findData(owner.kind))
        self.owner.setCurrentIndex(self.owner.findData(owner.key))

    def chosen(self) -> Owner | None:
        index = self.owner.findText(self.owner.currentText(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return None
        return Owner(
            self.kind.currentData(), self.owner.itemData(index), self.owner.itemText(index)
        )

    def complete(self) -> bool:
        return self.chosen() is not None

    def submit(self) -> bool:
        owner = self.chosen()
        assert owner is not None
        self.submitted.emit(owner, self.note.text())
        return True
