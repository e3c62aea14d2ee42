"""The 出席 tab names people the way the 纪要 prints them."""

from __future__ import annotations

from typing import Any

from minutes_app.ui.meetings.editor import MeetingEditor


def test_an_observer_reads_as_the_minutes_print_it(qtbot: Any, demo_ctx: Any) -> None:
    editor = MeetingEditor(demo_ctx, "m-5-5")
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentWidget(editor.attendance)
    observers = editor.attendance.observers
    # The note says 监事长列席: under 列席人员 the 职务 once, not "（监事长列席）".
    assert [observers.item(i).text() for i in range(observers.count())] == ["钱国华（监事长）"]
