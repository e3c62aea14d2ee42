"""The 会议 area: the list, and the editor of the meeting opened from it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QStackedWidget, QWidget

from minutes_app.ui.context import AppContext
from minutes_app.ui.meetings.list_view import MeetingsView
from minutes_app.ui.meetings.new_meeting_dialog import NewMeetingDialog

if TYPE_CHECKING:
    from minutes_app.ui.meetings.editor import MeetingEditor


class MeetingsArea(QStackedWidget):
    def __init__(
        self, ctx: AppContext, undo_group: QUndoGroup, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsArea")
        self.ctx = ctx
        self.undo_group = undo_group
        self.list = MeetingsView(ctx, self)
        self.addWidget(self.list)
        self.editor: MeetingEditor | None = None
        self.list.open_meeting.connect(self.open_meeting)
        self.list.new_meeting.connect(self.new_meeting)

    def new_meeting(self) -> NewMeetingDialog:
        dialog = NewMeetingDialog(self.ctx, self)
        dialog.created.connect(self.open_meeting)
        dialog.open()
        return dialog

    def open_meeting(self, key: str) -> MeetingEditor:
        # The editor's many modules load when a meeting is first opened, not at start-up.
        from minutes_app.ui.meetings.editor import MeetingEditor

        old = self.editor
        self.editor = MeetingEditor(self.ctx, key, self)
        self.undo_group.addStack(self.editor.undo_stack)
        self.editor.undo_stack.setActive(True)
        self.editor.closed.connect(self.close_editor)
        self.addWidget(self.editor)
        self.setCurrentWidget(self.editor)
        if old is not None:  # from search or 督办: straight to the next, not via the list
            self._drop(old)
        return self.editor

    def close_editor(self) -> None:
        if self.editor is None:
            return
        editor, self.editor = self.editor, None
        self.setCurrentWidget(self.list)
        self._drop(editor)
        self.list.select_key(editor.key)

    def _drop(self, editor: MeetingEditor) -> None:
        self.undo_group.removeStack(editor.undo_stack)
        self.removeWidget(editor)
        editor.deleteLater()
