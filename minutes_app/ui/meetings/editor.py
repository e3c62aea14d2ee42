"""The meeting editor: where a secretary records a meeting as it happens.

A header (title, time, place, people, status, export), the quorum banner, and three
tabs: 出席 (attendance), 议题 (agenda items with their decisions and action items) and 纪要
(title, 期号, 印发, 抄送; corrections once approved). Every edit is saved as it is made and
can be undone (Ctrl+Z) and redone (Ctrl+Shift+Z). Approved minutes are read-only, with
their SHA-256 and a way to record corrections.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QTabWidget, QVBoxLayout, QWidget

from minutes_app.domain.records import Meeting
from minutes_app.ui.context import AppContext
from minutes_app.ui.export.menu import ExportMenu
from minutes_app.ui.meetings.agenda_panel import AgendaPanel
from minutes_app.ui.meetings.approval_bar import ApprovalBar
from minutes_app.ui.meetings.attendance_view import AttendancePanel
from minutes_app.ui.meetings.banner import QuorumBanner
from minutes_app.ui.meetings.details_form import MeetingHeader
from minutes_app.ui.meetings.directory import Directory
from minutes_app.ui.meetings.fields import ErrorLabel
from minutes_app.ui.meetings.minutes_panel import MinutesPanel
from minutes_app.ui.meetings.removal import UndoNotice
from minutes_app.ui.meetings.typing_undo import TypingUndo, forget_typing
from minutes_app.ui.meetings.undo import MeetingKeeper
from minutes_app.ui.reconnect import SaveRetry
from minutes_app.ui.widgets import named

NOTIFY_DELAY_MS = 300
NOTICE_STYLE = "color: #0d47a1; background: #e3f2fd; padding: 4px 8px; border-radius: 4px;"
NOTICE_MS = 8000


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
        self.directory = Directory(ctx.db, doc.body, doc.term, doc.start.date())
        self._telling = False
        self._told = views_concerned(doc)
        self._shown = doc  # the form the header shows
        self._just_saved = False
        self._build()
        self._notify = QTimer(self, singleShot=True, interval=NOTIFY_DELAY_MS)
        self._notify.timeout.connect(self._tell_other_views)
        self.keeper.saved.connect(self._saved)
        self.keeper.changed.connect(self._doc_changed)
        self.keeper.saved.connect(self._notify.start)
        self.keeper.failed.connect(self.undo_error.show_message)
        self.keeper.reloaded.connect(self._reloaded)
        self.keeper.saved.connect(self.notice.hide)
        self.keeper.removed.connect(self._tell_removed)
        self.keeper.saved.connect(self._forget_typing)
        TypingUndo.watch(self)
        self.retry = SaveRetry(self.keeper, self.notice, self)  # the server went away
        ctx.registry_changed.connect(self._registry_changed)
        ctx.actions_changed.connect(self._follow_up_changed)
        self.refresh()

    def _build(self) -> None:
        self.header = MeetingHeader(self.keeper, self.directory)
        self.header.back.connect(self._close)
        self.exporter = ExportMenu(
            self.ctx,
            self,
            current_key=lambda: self.key,
            current_title=lambda: self.keeper.doc.display_title,
        )
        self.export_button = named(QPushButton(self.tr("Export")), "editorExport")
        self.export_button.setToolTip(self.tr("Minutes, record, sign-in sheet or agenda as Word"))
        self.export_button.setMenu(self.exporter.menu)
        self.header.add_button(self.export_button)
        self.banner = QuorumBanner()
        self.approval = ApprovalBar(self.ctx, self.keeper)
        self.locked = self.approval.locked
        self.notice = named(QLabel(), "editorNotice")
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.undo_error = ErrorLabel(self.keeper)
        self.undo_notice = UndoNotice(self.undo_stack)
        self.attendance = AttendancePanel(self.keeper, self.directory)
        self.agenda = AgendaPanel(self.ctx, self.keeper, self.directory)
        self.minutes = MinutesPanel(self.keeper, self.directory)
        self.tabs = named(QTabWidget(), "meetingTabs")
        self.tabs.addTab(self.attendance, self.tr("Attendance"))
        self.tabs.addTab(self.agenda, self.tr("Agenda, decisions and actions"))
        self.tabs.addTab(self.minutes, self.tr("Minutes"))
        self.tabs.setTabToolTip(2, self.tr("Title, issue number, issuer, date of issue, copies"))
        self.tabs.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = self.main_layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.approval)
        layout.addWidget(self.notice)
        layout.addWidget(self.undo_error)
        layout.addWidget(self.tabs, 1)

    @property
    def read_only(self) -> bool:
        return self.keeper.read_only

    def refresh(self) -> None:
        """Show the meeting again in every part (the registry or the meeting changed)."""
        self._refresh_header()
        self.attendance.refresh()
        self.agenda.refresh()
        self.minutes.refresh()

    def _refresh_header(self) -> None:
        doc = self.keeper.doc
        self._shown = doc
        self.header.refresh()
        self.banner.show_meeting(doc.figures)
        self.approval.refresh()

    def _saved(self) -> None:
        self._just_saved = True  # `changed` follows at once

    def _doc_changed(self) -> None:
        """After a save: the tabs again only when something they show changed.

        A new place, end, chair or recorder shows in the header alone; re-filling the
        attendance table and the agenda for it was most of an edit's time. A refused
        edit or a reload shows every part again: a field may still show what was refused.
        """
        saved, self._just_saved = self._just_saved, False
        if saved and header_only_change(self._shown, self.keeper.doc):
            self._refresh_header()
        else:
            self.refresh()

    def _follow_up_changed(self) -> None:
        """督办 (or the review item) changed action items: take this meeting's newer form."""
        if not self._telling:
            self.keeper.follow_up_changed()

    def _reloaded(self, history_cleared: bool) -> None:
        self._told = views_concerned(self.keeper.doc)  # others made the change: not news
        if not history_cleared:
            return
        text = self.tr("Follow-up recorded elsewhere was loaded; the undo history of this "
                       "meeting was cleared.")  # fmt: skip
        self.notice.setText(text)
        self.notice.show()
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, NOTICE_MS)

    def _tell_removed(self, gone: list[str]) -> None:
        """In the window's status bar (or above the tabs when the editor stands alone)."""
        window = self.window()
        if isinstance(window, QMainWindow) and self.undo_notice.parent() is not window:
            window.statusBar().addWidget(self.undo_notice)
        elif self.undo_notice.parent() is None:
            self.main_layout.insertWidget(4, self.undo_notice)
        self.undo_notice.tell(gone)

    def _forget_typing(self) -> None:
        """Saved typing leaves the field's own history: Ctrl+Z then undoes the meeting."""
        forget_typing(self)

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

    def closeEvent(self, event: QCloseEvent) -> None:
        self.undo_notice.hide()
        self.retry.stop()  # a question to the server still under way is not acted on
        super().closeEvent(event)

    def _close(self) -> None:
        """Commit the field being typed in (it commits on losing focus), then leave."""
        self.undo_notice.hide()
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()
        if self._notify.isActive():
            self._notify.stop()
            self._tell_other_views()
        self.closed.emit()


def header_only_change(before: Meeting, after: Meeting) -> bool:
    """Whether `after` differs from `before` only in what the header alone shows.

    That is the place, the end, the chair and the recorder (and the version).
    """

    def tabs_part(doc: Meeting) -> Meeting:
        figures = dataclasses.replace(doc.figures, version=0) if doc.figures else None
        return dataclasses.replace(
            doc, figures=figures, location=None, end=None, chair=None, recorder=None
        )

    return before is not after and tabs_part(before) == tabs_part(after)


def views_concerned(doc: Meeting) -> tuple[Any, Any]:
    """What the 督办 and 名录 views show of this meeting, to tell them only of real changes.

    A copy: compared by value with the next form of the meeting.
    """
    actions = tuple((t, doc.start) for t in doc.actions())
    effects = tuple(
        (d.key, d.result.outcome if d.result else None, tuple(d.effects)) for d in doc.decisions()
    )
    registry = (effects, doc.start, doc.status)
    return copy.deepcopy(actions), copy.deepcopy(registry)
