"""督办: the follow-up of action items, from decision to done, across meetings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QWidget

from minutes_app.ui.actions.area import FollowUpArea
from minutes_app.ui.context import AppContext
from minutes_app.ui.widgets import named

if TYPE_CHECKING:
    from minutes_app.ui.main_window import MainWindow

__all__ = ["FollowUpArea", "build_actions_area"]


def build_actions_area(ctx: AppContext, window: MainWindow) -> tuple[str, QWidget]:
    """The area, wired into the window: sidebar count, start notice, undo, meeting links."""
    area = FollowUpArea(ctx, window)
    notice = named(QLabel(), "overdueStatusNotice")
    notice.setTextFormat(Qt.TextFormat.RichText)
    notice.setStyleSheet("QLabel { background: #fff3cd; border-radius: 3px; padding: 1px 8px; }")
    window.statusBar().addWidget(notice)

    def show_overdue(_link: str = "") -> None:
        window.show_area(area)
        area.show_overdue()

    def overdue_changed(count: int) -> None:
        notice.setText(f'<a href="overdue">{area.overdue_text(count)}</a>')
        notice.setVisible(count > 0)
        index = window.stack.indexOf(area)
        item = window.sidebar.item(index) if index >= 0 else None
        if item is not None:
            item.setText(area.sidebar_title())

    def open_meeting(key: str) -> None:
        window.show_area(window.meetings)
        window.meetings.open_meeting(key)

    notice.linkActivated.connect(show_overdue)
    area.overdue_changed.connect(overdue_changed)
    area.open_meeting.connect(open_meeting)
    overdue_changed(area.overdue)
    _share_undo(window, area.undo_stack, area)
    return area.sidebar_title(), area


def _share_undo(window: MainWindow, stack: QUndoStack, area: QWidget) -> None:
    """The Edit menu undoes in the area shown: ours while 督办 is shown, the earlier after."""
    group = window.undo_group
    group.addStack(stack)
    before: list[QUndoStack | None] = [None]

    def current_changed(_index: int) -> None:
        if window.stack.currentWidget() is area:
            active = group.activeStack()
            before[0] = active if active is not stack else before[0]
            stack.setActive(True)
        elif group.activeStack() is stack:
            earlier = before[0]
            if earlier is not None and earlier in group.stacks():
                earlier.setActive(True)
            else:
                stack.setActive(False)

    window.stack.currentChanged.connect(current_changed)
