"""The editor's header: the title, back button, status and approval, time, place, people."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.enums import MeetingStatus
from minutes_app.services import meeting_doc
from minutes_app.ui import dialogs, labels
from minutes_app.ui.meetings.directory import Directory
from minutes_app.ui.meetings.fields import (
    ErrorLabel,
    KeyCombo,
    LineField,
    MomentField,
    ParsedField,
    TimeField,
    lock,
)
from minutes_app.ui.meetings.undo import MeetingKeeper
from minutes_app.ui.widgets import named

EDITABLE_STATUSES = (MeetingStatus.PLANNED, MeetingStatus.HELD, MeetingStatus.DRAFT)


class MeetingHeader(QWidget):
    back = Signal()

    def __init__(self, keeper: MeetingKeeper, directory: Directory, parent: QWidget | None = None):
        super().__init__(parent)
        self.keeper = keeper
        self.directory = directory
        self.confirm_box: QMessageBox | None = None
        self._build()

    def _build(self) -> None:
        self.back_button = named(QPushButton(self.tr("← Meetings")), "backButton")
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.setToolTip(self.tr("Back to the list of meetings (Alt+Left)"))
        self.back_button.clicked.connect(self.back)
        self.title = named(QLabel(), "meetingTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.status = named(KeyCombo(), "meetingStatus")
        self.status.picked.connect(self._status_picked)
        self.approve_button = named(QPushButton(self.tr("Approve minutes…")), "approveButton")
        self.approve_button.clicked.connect(self.ask_approval)
        # What a step waits for, said beside it (not only in a tooltip).
        self.status_hint = named(QLabel(), "statusHint")
        self.status_hint.setWordWrap(True)
        self.mark_held = named(QPushButton(self.tr("Mark as held")), "markHeld")
        self.mark_held.clicked.connect(lambda: self._status_picked(MeetingStatus.HELD.value))
        self._build_fields()
        self.error = ErrorLabel(self.keeper)
        self.top = QHBoxLayout()
        self.top.addWidget(self.back_button)
        self.top.addWidget(self.title, 1)
        self.top.addWidget(QLabel(self.tr("Status")))
        self.top.addWidget(self.status)
        self.top.addWidget(self.mark_held)
        self.top.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.top)
        layout.addLayout(self._fields_grid())
        layout.addWidget(self.status_hint)
        layout.addWidget(self.error)
        # No wider than the two-row form: a narrow window then gets two rows, not clipping.
        self._place(2)
        self.setMinimumWidth(layout.minimumSize().width())
        self._place(1)

    def add_button(self, button: QPushButton) -> None:
        """A button at the end of the title row (Export), next in Tab order after Approve."""
        self.top.addWidget(button)
        QWidget.setTabOrder(self.approve_button, button)
        QWidget.setTabOrder(button, self.start)

    def _build_fields(self) -> None:
        self.start = named(MomentField(optional=False), "meetingStart")
        self.start.setPlaceholderText("2024-8-11 9:00")
        self.start.entered.connect(self._start_changed)
        self.end = named(TimeField(optional=True), "meetingEnd")
        self.end.setPlaceholderText("11:30")
        self.end.setToolTip(self.tr("When the meeting ended, e.g. 11:30; empty for not recorded"))
        self.end.entered.connect(self._end_changed)
        self.location = named(LineField(), "meetingLocation")
        self.location.committed.connect(self._location_changed)
        self.location.setMinimumWidth(120)
        self.chair = named(KeyCombo(searchable=True), "meetingChair")
        self.chair.picked.connect(lambda key: self._set(self.tr("Change the chair"), chair=key))
        self.recorder = named(KeyCombo(searchable=True), "meetingRecorder")
        self.recorder.picked.connect(
            lambda key: self._set(self.tr("Change the recorder"), recorder=key)
        )

    def _fields_grid(self) -> QVBoxLayout:
        """Time, place and people in one row, or in two when the window is narrow."""
        self.grid = QVBoxLayout()
        pairs = (
            (self.tr("Starts"), self.start.box(), 0),
            (self.tr("Ends"), self.end.box(), 0),
            (self.tr("Place"), self.location, 1),
            (self.tr("Chair"), self.chair, 1),
            (self.tr("Recorder"), self.recorder, 1),
        )
        self.pairs: list[tuple[QLabel, QWidget, int]] = []
        for text, widget, stretch in pairs:
            label = QLabel(text)
            label.setBuddy(widget.findChild(ParsedField) or widget)
            self.pairs.append((label, widget, stretch))
        # Wide enough for 2024-08-11 09:00 (a narrower field cuts the year off).
        self.start.setMinimumWidth(self.start.fontMetrics().horizontalAdvance("2024-08-11 09:00 "))
        self.end.setMinimumWidth(self.end.fontMetrics().horizontalAdvance("11:30 ") + 12)
        for combo in (self.chair, self.recorder):
            combo.setMinimumContentsLength(8)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.rows = 0
        return self.grid

    def _place(self, rows: int) -> None:
        """Lay the pairs out in `rows` rows (1, or 2: time and place, then the people)."""
        if rows == self.rows:
            return
        self.rows = rows
        while (old := self.grid.takeAt(0)) is not None:
            line = old.layout()
            if line is not None:
                line.deleteLater()
        lines = [QHBoxLayout() for _ in range(rows)]
        for n, (label, widget, stretch) in enumerate(self.pairs):
            line = lines[0 if rows == 1 or n < 3 else 1]
            line.addWidget(label)
            line.addWidget(widget, stretch)
        for line in lines:
            self.grid.addLayout(line)

    def _one_row_width(self) -> int:
        spacing = self.style().layoutSpacing(
            QSizePolicy.ControlType.Label,
            QSizePolicy.ControlType.LineEdit,
            Qt.Orientation.Horizontal,
        )
        spacing = max(spacing, 6)
        parts = [w.sizeHint().width() for label, widget, _ in self.pairs for w in (label, widget)]
        return sum(parts) + spacing * (len(parts) - 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(1 if event.size().width() >= self._one_row_width() else 2)

    def refresh(self) -> None:
        doc = self.keeper.doc
        self.title.setText(doc.display_title)
        self._show_status(doc.status)
        self.start.year = self.end.year = doc.start.year
        self.start.set_value(doc.start)
        self.end.set_value(doc.end.time() if doc.end else None)
        self.location.set_text(doc.location)
        people = [(None, "—"), *self.directory.people_choices()]
        for combo, key in ((self.chair, doc.chair), (self.recorder, doc.recorder)):
            combo.set_choices(people)
            combo.set_key(key)
        read_only = self.keeper.read_only
        lock((self.start, self.end, self.location, self.chair, self.recorder), read_only)
        self.approve_button.setVisible(not read_only)
        can_approve = doc.status in (MeetingStatus.HELD, MeetingStatus.DRAFT)
        self.approve_button.setEnabled(can_approve)
        self.approve_button.setToolTip(
            "" if can_approve else self.tr("Set the status to held or draft first")
        )
        self._show_hint(doc.status, doc.start, read_only)

    def _show_hint(self, status: MeetingStatus, start: dt.datetime, read_only: bool) -> None:
        """A planned meeting whose start has passed is offered 已召开 (docs/rules.md)."""
        planned = status is MeetingStatus.PLANNED and not read_only
        passed = planned and start <= dt.datetime.now()
        self.mark_held.setVisible(passed)
        if passed:
            text = self.tr(
                "The meeting's start has passed: mark it as held. Its decisions change the "
                "registry, and the minutes can be approved, only once it is held."
            )
        elif planned:
            text = self.tr(
                "Planned: its decisions change the registry, and the minutes can be "
                "approved, only once the meeting is held."
            )
        else:
            text = ""
        self.status_hint.setText(text)
        self.status_hint.setVisible(bool(text))

    def _show_status(self, status: MeetingStatus) -> None:
        shown = EDITABLE_STATUSES if status in EDITABLE_STATUSES else (status,)
        self.status.set_choices([(s, labels.meeting_status(s)) for s in shown])
        self.status.set_key(status)
        self.status.setEnabled(status in EDITABLE_STATUSES)

    def _set(self, text: str, **fields: Any) -> None:
        change = partial(meeting_doc.update_meeting, **fields)
        self.error.show_message(self.keeper.edit(text, change))

    def _status_picked(self, status: str) -> None:
        self._set(self.tr("Change the status"), status=MeetingStatus(status))

    def _location_changed(self, text: str) -> None:
        self._set(self.tr("Change the place"), location=text.strip() or None)

    def _start_changed(self, start: dt.datetime) -> None:
        old_start = self.keeper.doc.start
        fields: dict[str, Any] = {"start": start}
        end = self.keeper.doc.end
        if end:  # the end moves with the day of the meeting
            fields["end"] = end + (start.date() - old_start.date())
        self._set(self.tr("Change the start"), **fields)

    def _end_changed(self, value: dt.time | None) -> None:
        day = self.keeper.doc.start.date()
        end = dt.datetime.combine(day, value) if value is not None else None
        self._set(self.tr("Change the end"), end=end)

    def ask_approval(self) -> QMessageBox:
        self.confirm_box = dialogs.confirm(
            self,
            self.tr("Approve minutes"),
            self.tr(
                "Approve the minutes of %1?\n\nThey will be locked: later changes only as "
                "recorded corrections."
            ).replace("%1", self.keeper.doc.display_title),
            self._approval_answered,
            yes_text=self.tr("Approve"),
        )
        return self.confirm_box

    def _approval_answered(self, yes: bool) -> None:
        self.confirm_box = None
        if yes:
            self.error.show_message(self.keeper.approve())
