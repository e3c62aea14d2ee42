"""After a save the editor shows the meeting again, in the parts that changed (m-5-5)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from minutes_app.domain.enums import Attendance
from minutes_app.domain.records import Meeting
from minutes_app.services.meeting_store import get_meeting, save_meeting
from minutes_app.ui.meetings.attendance_model import AttendanceModel
from minutes_app.ui.meetings.editor import MeetingEditor, header_only_change

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def editor(qtbot: Any, ctx: Any) -> MeetingEditor:
    widget = MeetingEditor(ctx, "m-5-5")
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def stored(ctx: Any) -> Meeting:
    return get_meeting(ctx.db, "m-5-5")


def type_place(qtbot: Any, editor: MeetingEditor, text: str) -> None:
    place = editor.header.location
    place.setFocus()
    place.selectAll()
    qtbot.keyClicks(place, text)
    qtbot.keyClick(place, Qt.Key.Key_Return)


def checked(editor: MeetingEditor, person: str, column: int) -> bool:
    model = editor.attendance.model
    index = model.index(model.row_of(person), column)
    return bool(model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked)


def test_a_new_place_is_a_header_only_change_a_mark_is_not(ctx: Any) -> None:
    before = stored(ctx)
    moved = stored(ctx)
    moved.location, moved.chair = "第二会议室", "p2"
    assert header_only_change(before, moved)
    marked = stored(ctx)
    marked.attendance = [e for e in marked.attendance if e.person != "p9"]
    assert not header_only_change(before, marked)
    assert not header_only_change(before, before)  # the same form: a refused edit


def test_a_new_place_shows_and_the_tabs_keep_showing_the_meeting(
    qtbot: Any, editor: MeetingEditor, ctx: Any
) -> None:
    type_place(qtbot, editor, "Room 2")
    assert stored(ctx).location == "Room 2"
    assert editor.header.location.text() == "Room 2"
    editor.undo_stack.undo()
    assert editor.header.location.text() == "协会会议室" == stored(ctx).location
    # The tabs still show the stored meeting, and edits there still show at once.
    assert checked(editor, "p8", AttendanceModel.EXCUSED)
    model = editor.attendance.model
    index = model.index(model.row_of("p9"), AttendanceModel.PRESENT)
    model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert checked(editor, "p9", AttendanceModel.PRESENT)
    assert next(e.status for e in stored(ctx).attendance if e.person == "p9") is (
        Attendance.PRESENT
    )
    editor.tabs.setCurrentWidget(editor.agenda)
    assert editor.agenda.item_editor.title.text() == stored(ctx).agenda[0].title


def test_a_refused_edit_shows_the_stored_values_in_the_tabs(
    qtbot: Any, editor: MeetingEditor, ctx: Any
) -> None:
    """Elsewhere only the place changed; the title typed here is refused and reverted."""
    editor.tabs.setCurrentWidget(editor.agenda)
    title = editor.agenda.item_editor.title
    elsewhere = stored(ctx)
    elsewhere.location = "另一间会议室"
    save_meeting(ctx.db, elsewhere)
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Renamed")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert stored(ctx).agenda[0].title == "审议分支机构管理办法和特邀副会长单位"
    assert title.text() == "审议分支机构管理办法和特邀副会长单位"
    assert editor.header.location.text() == "另一间会议室"


def test_the_minutes_tab_is_made_when_shown_with_the_saved_minutes(
    qtbot: Any, editor: MeetingEditor, ctx: Any
) -> None:
    assert not editor.minutes.built
    assert editor.keeper.edit("issue", lambda m: setattr(m, "title", "第五次理事长会议")) is None
    editor.tabs.setCurrentWidget(editor.minutes)
    panel = editor.minutes
    assert panel.built and panel.title.isVisible()
    doc = stored(ctx)
    assert panel.title.text() == doc.title == "第五次理事长会议"
    assert panel.issue_no.text() == ((doc.minutes.issue_no if doc.minutes else None) or "")
    assert panel.issued_by.placeholderText() == "天津市工程咨询协会秘书处"


def test_a_decision_gets_its_effects_form_when_its_kind_asks_for_one(
    qtbot: Any, editor: MeetingEditor, ctx: Any
) -> None:
    editor.tabs.setCurrentWidget(editor.agenda)
    item = editor.agenda.item_editor
    qtbot.mouseClick(item.add_decision_button, LEFT)
    new = item.decision_editors["d-3"]
    assert new._effects is None  # a decision of no particular kind changes no registry
    new.kind.setCurrentIndex(new.kind.findData("appoint"))
    new.kind.activated.emit(new.kind.currentIndex())
    assert new.effects.isVisible() and new.effects.kind.key() == "appoint"
    new.text.setFocus()
    seen = []
    for _ in range(25):  # Tab reaches the new form, before the action items
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().objectName())
    assert "effectType" in seen and "actionsTable" in seen
    assert seen.index("effectType") < seen.index("actionsTable")


def test_the_proxy_holder_column_widens_for_the_holder_named(
    qtbot: Any, editor: MeetingEditor, ctx: Any
) -> None:
    model, table = editor.attendance.model, editor.attendance.table
    index = model.index(model.row_of("p9"), AttendanceModel.PROXY)
    model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    holder = model.index(model.row_of("p9"), AttendanceModel.HOLDER).data()
    assert holder  # the chair, or the first seat present
    shown = table.columnWidth(AttendanceModel.HOLDER)
    assert shown >= table.fontMetrics().horizontalAdvance(holder)
    name = model.index(0, AttendanceModel.NAME).data()
    assert table.columnWidth(AttendanceModel.NAME) >= table.fontMetrics().horizontalAdvance(name)
