"""The meeting editor: where a secretary records a meeting as it happens.

A header (title, time, place, people, status), the quorum banner, and two tabs: 出席
(attendance) and 议题 (agenda items with their decisions and action items). Every edit
is saved as it is made and can be undone (Ctrl+Z) and redone (Ctrl+Shift+Z).
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from minutes_app.services import meeting_doc
from minutes_app.ui.context import AppContext
from minutes_app.ui.meetings.agenda_panel import AgendaPanel
from minutes_app.ui.meetings.attendance_view import AttendancePanel
from minutes_app.ui.meetings.banner import QuorumBanner
from minutes_app.ui.meetings.details_form import MeetingHeader
from minutes_app.ui.meetings.directory import Directory
from minutes_app.ui.meetings.fields import ErrorLabel
from minutes_app.ui.meetings.undo import Doc, MeetingKeeper
from minutes_app.ui.widgets import named

NOTIFY_DELAY_MS = 300
LOCKED_STYLE = "color: #5d4037; background: #fff8e1; padding: 4px 8px; border-radius: 4px;"


class MeetingEditor(QWidget):
    closed = Signal()

    def __init__(self, ctx: AppContext, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingEditor")
        self.ctx = ctx
        self.key = key
        self.keeper = MeetingKeeper(ctx.db, key, self)
        self.undo_stack: QUndoStack = self.keeper.stack
        doc = self.keeper.doc
        self.directory = Directory(ctx.db, doc["body"], doc["term"])
        self._telling = False
        self._told = views_concerned(doc)
        self._build()
        self._notify = QTimer(self, singleShot=True, interval=NOTIFY_DELAY_MS)
        self._notify.timeout.connect(self._tell_other_views)
        self.keeper.changed.connect(self.refresh)
        self.keeper.saved.connect(self._notify.start)
        self.keeper.failed.connect(self.undo_error.show_message)
        ctx.registry_changed.connect(self._registry_changed)
        self.refresh()

    def _build(self) -> None:
        self.header = MeetingHeader(self.keeper, self.directory)
        self.header.back.connect(self._close)
        self.banner = QuorumBanner()
        self.locked = named(QLabel(), "lockedLabel")
        self.locked.setStyleSheet(LOCKED_STYLE)
        self.undo_error = ErrorLabel(self.keeper)
        self.attendance = AttendancePanel(self.keeper, self.directory)
        self.agenda = AgendaPanel(self.keeper, self.directory)
        self.tabs = named(QTabWidget(), "meetingTabs")
        self.tabs.addTab(self.attendance, self.tr("Attendance"))
        self.tabs.addTab(self.agenda, self.tr("Agenda, decisions and actions"))
        self.tabs.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.locked)
        layout.addWidget(self.undo_error)
        layout.addWidget(self.tabs, 1)

    @property
    def read_only(self) -> bool:
        return self.keeper.read_only

    def refresh(self) -> None:
        doc = self.keeper.doc
        self.header.refresh()
        self.banner.show_meeting(doc["computed"])
        self._show_lock(doc.get("approved_at"))
        self.attendance.refresh()
        self.agenda.refresh()

    def _show_lock(self, approved_at: str | None) -> None:
        self.locked.setVisible(self.read_only)
        if approved_at:
            text = self.tr("Minutes approved on %1; read-only")
            self.locked.setText(text.replace("%1", approved_at.replace("T", " ")))
        else:
            self.locked.setText(self.tr("Minutes approved; read-only"))

    def _registry_changed(self) -> None:
        if self._telling:
            return
        self.directory.reload()
        self.refresh()

    def _tell_other_views(self) -> None:
        """The meetings list always; 督办 and 名录 only when what they show changed."""
        now = views_concerned(self.keeper.doc)
        actions_changed, registry_changed = (a != b for a, b in zip(now, self._told, strict=True))
        self._told = now
        self._telling = True
        try:
            self.ctx.meetings_changed.emit()
            if actions_changed:
                self.ctx.actions_changed.emit()
            if registry_changed:
                self.ctx.registry_changed.emit()
        finally:
            self._telling = False

    def _close(self) -> None:
        """Commit the field being typed in (it commits on losing focus), then leave."""
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()
        if self._notify.isActive():
            self._notify.stop()
            self._tell_other_views()
        self.closed.emit()


def views_concerned(doc: Doc) -> tuple[str, str]:
    """What the 督办 and 名录 views show of this meeting, to tell them only of real changes."""
    actions = [(t, doc["start"]) for t in meeting_doc.actions(doc)]
    effects = [
        (d["key"], d["computed"]["outcome"], d["effects"]) for d in meeting_doc.decisions(doc)
    ]
    registry = (effects, doc["start"], doc["status"])
    return json.dumps(actions, sort_keys=True), json.dumps(registry, sort_keys=True)
