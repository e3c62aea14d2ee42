"""Undo you can trust: deleting says what went with 撤销; Ctrl+Z anywhere undoes the meeting."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from minutes_app.services.meeting_store import get_meeting
from minutes_app.ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot: Any, ctx: Any) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_deleting_an_agenda_item_says_so_and_undo_brings_it_back(
    qtbot: Any, window: MainWindow, ctx: Any
) -> None:
    editor = window.meetings.open_meeting("m-5-5")
    panel = editor.agenda
    editor.tabs.setCurrentWidget(panel)
    before = [i.title for i in get_meeting(ctx.db, "m-5-5").agenda]
    qtbot.mouseClick(panel.remove_button, LEFT)
    assert QApplication.activeModalWidget() is None  # nothing asked
    assert len(get_meeting(ctx.db, "m-5-5").agenda) == len(before) - 1
    notice = editor.undo_notice
    assert notice.isVisible() and notice.parent() is window.statusBar()
    assert before[0][:10] in notice.label.text()
    qtbot.mouseClick(notice.button, LEFT)
    assert [i.title for i in get_meeting(ctx.db, "m-5-5").agenda] == before
    assert not notice.isVisible()


def test_ctrl_z_in_a_text_box_undoes_the_meeting_once_its_typing_is_saved(
    qtbot: Any, window: MainWindow, ctx: Any
) -> None:
    editor = window.meetings.open_meeting("m-5-5")
    place = editor.header.location
    place.setFocus()
    place.selectAll()
    qtbot.keyClicks(place, "Room 2")
    qtbot.keyClick(place, Qt.Key.Key_Return)
    assert get_meeting(ctx.db, "m-5-5").location == "Room 2"
    editor.agenda.item_editor.title.setFocus()  # another text box, nothing typed in it
    qtbot.keyClick(
        editor.agenda.item_editor.title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )
    assert get_meeting(ctx.db, "m-5-5").location == "协会会议室"
    place.setFocus()
    qtbot.keyClick(
        place, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert get_meeting(ctx.db, "m-5-5").location == "Room 2"


def test_the_follow_up_area_undoes_through_the_edit_menu(window: MainWindow) -> None:
    from minutes_app.ui.actions.area import FollowUpArea

    area = next(window.stack.widget(i) for i in range(window.stack.count())
                if isinstance(window.stack.widget(i), FollowUpArea))  # fmt: skip
    assert not hasattr(area, "undo_button")
    window.show_area(area)
    assert window.undo_group.activeStack() is area.undo_stack
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and
                     any(x.shortcut().matches(Qt.Key.Key_Z | Qt.KeyboardModifier.ControlModifier)
                         for x in a.menu().actions()))  # fmt: skip
    assert edit_menu is not None
