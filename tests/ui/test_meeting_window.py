"""From an empty database through the window: a meeting recorded from start to approval."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QMessageBox, QWidget

from minutes_app.domain.enums import MeetingStatus, Outcome
from minutes_app.domain.records import Owner
from minutes_app.services.archive import import_archive
from minutes_app.services.meeting_store import get_meeting
from minutes_app.ui import i18n
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.meetings.attendance_model import AttendanceModel
from minutes_app.ui.meetings.editor import MeetingEditor

LEFT = Qt.MouseButton.LeftButton
SEATS = [f"p{i}" for i in range(1, 10)]
NAMES = ["李光辉", "王志刚", "陈明远", "刘海涛", "杨帆", "周宏伟", "马俊", "赵永红", "孙晓峰"]


def registry() -> dict[str, Any]:
    """An association with a 9-seat 理事长会议 and no meetings yet."""
    people = [
        {"key": key, "name": name, "unit": None, "title_in_unit": None, "positions": [],
         "phone": None, "email": None}
        for key, name in zip(SEATS, NAMES, strict=True)
    ]  # fmt: skip
    return {
        "format": "minutes-archive", "version": 1,
        "organisation": {"name": "天津市工程咨询协会", "short_name": None},
        "terms": [{"number": 5, "start": "2021-12-01", "end": None}],
        "units": [{"key": "u-assoc", "name": "天津市工程咨询协会秘书处", "credit_code": None,
                   "roles": []}],
        "people": people,
        "bodies": [{
            "key": "b-presidents", "name": "理事长会议", "short_name": "理事长会",
            "quorum": {"fraction": "2/3", "inclusive": True},
            "pass_rule": {"fraction": "2/3", "inclusive": True, "of": "present"},
            "seats": [{"person": p, "term": 5} for p in SEATS],
        }],
        "committees": [], "meetings": [],
    }  # fmt: skip


@pytest.fixture
def window(qtbot: Any, qapp: Any, empty_ctx: Any, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "registry.json"
    path.write_text(json.dumps(registry(), ensure_ascii=False), encoding="utf-8")
    import_archive(empty_ctx.db, path)
    i18n.install(qapp, "zh_CN")
    main = MainWindow(empty_ctx)
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
        main.activateWindow()
    yield main
    i18n.install(qapp, "en")


def create_meeting(qtbot: Any, window: MainWindow) -> MeetingEditor:
    dialog = window.meetings.new_meeting()
    dialog.body.setCurrentIndex(dialog.body.findData("b-presidents"))
    dialog.start.clear()
    qtbot.keyClicks(dialog.start, f"{dt.date.today():%Y-%m-%d} 9:00")
    dialog.chair.setCurrentIndex(dialog.chair.findData("p1"))
    dialog.recorder.setCurrentIndex(dialog.recorder.findData("p9"))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.created):
        qtbot.mouseClick(ok, LEFT)
    editor = window.meetings.editor
    assert editor is not None and window.meetings.currentWidget() is editor
    return editor


def click_cell(qtbot: Any, view: QAbstractItemView, row: int, column: int) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())


def mark(qtbot: Any, editor: MeetingEditor, person: str, column: int) -> None:
    click_cell(qtbot, editor.attendance.table, editor.attendance.model.row_of(person), column)


def type_into(qtbot: Any, widget: QWidget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def pick(combo: Any, value: Any) -> None:
    """Choose in a combo box as a user does (the choice is activated)."""
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def test_a_meeting_from_an_empty_database_to_approved_minutes(
    qtbot: Any, window: MainWindow
) -> None:
    editor = create_meeting(qtbot, window)
    db, key = window.ctx.db, editor.key
    assert editor.header.title.text() == "天津市工程咨询协会第五届第一次理事长会议"
    assert editor.banner.text() == "应到9人，实到0人，须6人，不符合章程规定，不能作出决定"

    # Attendance, one click per seat; the banner follows.
    for person in SEATS[:5]:
        mark(qtbot, editor, person, AttendanceModel.PRESENT)
    assert not editor.banner.quorate
    mark(qtbot, editor, "p6", AttendanceModel.PRESENT)
    assert editor.banner.text() == "应到9人，实到6人，须6人，符合章程规定"
    mark(qtbot, editor, "p7", AttendanceModel.PROXY)
    mark(qtbot, editor, "p8", AttendanceModel.EXCUSED)
    mark(qtbot, editor, "p9", AttendanceModel.ABSENT)
    assert editor.banner.text() == "应到9人，实到6人，委托1人，须6人，符合章程规定"
    figures = get_meeting(db, key).figures
    assert figures is not None and figures.banner == editor.banner.text()

    # An agenda item with a decision voted at the 2/3 boundary: 5 of 7 passes, 4 does not.
    agenda = editor.agenda
    editor.tabs.setCurrentWidget(agenda)
    qtbot.mouseClick(agenda.add_button, LEFT)
    type_into(qtbot, agenda.item_editor.title, "Branch rules")
    qtbot.mouseClick(agenda.item_editor.add_decision_button, LEFT)
    decision = next(iter(agenda.item_editor.decision_editors.values()))
    decision.text.insertPlainText("审议通过《分支机构管理办法》。")
    pick(decision.method, "show_of_hands")
    type_into(qtbot, decision.tallies[0], "5")
    assert decision.outcome.text() == "通过"
    assert decision.basis.text() == "到会7人，须2/3以上即5票；赞成5票，通过"
    assert decision.number.text().endswith("1号")
    type_into(qtbot, decision.tallies[0], "4")
    assert decision.outcome.text() == "未通过"
    assert decision.basis.text() == "到会7人，须2/3以上即5票；赞成4票，未通过"
    type_into(qtbot, decision.tallies[0], "6")
    saved = get_meeting(db, key).agenda[1].decisions[0]
    assert saved.text == "审议通过《分支机构管理办法》。"
    assert saved.result is not None and saved.result.outcome is Outcome.PASSED

    # An action item.
    actions = agenda.item_editor.actions_editor
    qtbot.mouseClick(actions.add_button, LEFT)
    type_into(qtbot, actions.title, "Print the rules")
    assert get_meeting(db, key).agenda[1].actions[0].due is None  # none until typed
    day = get_meeting(db, key).start.date() + dt.timedelta(days=30)
    actions.due.setFocus()  # typed as a secretary writes it (QTest types ASCII only)
    actions.due.insert(f"{day.year}年{day.month}月{day.day}日")
    qtbot.keyClick(actions.due, Qt.Key.Key_Return)
    action = get_meeting(db, key).agenda[1].actions[0]
    assert (action.title, action.owner, action.due) == ("Print the rules", Owner(person="p9"), day)

    # Undo and redo (Ctrl+Z, Ctrl+Shift+Z).
    actions.table.setFocus()
    qtbot.keyClick(actions.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert get_meeting(db, key).agenda[1].actions[0].due is None
    qtbot.keyClick(actions.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert get_meeting(db, key).agenda[1].actions[0].title == "新督办事项"
    assert actions.title.text() == "新督办事项"
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(actions.table, Qt.Key.Key_Z, redo)
    qtbot.keyClick(actions.table, Qt.Key.Key_Z, redo)
    action = get_meeting(db, key).agenda[1].actions[0]
    assert (action.title, action.due is not None) == ("Print the rules", True)

    # Held, then approved: asked once, then locked.
    pick(editor.header.status, "draft")
    qtbot.mouseClick(editor.header.approve_button, LEFT)
    box = editor.header.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    yes = box.button(QMessageBox.StandardButton.Yes)
    assert yes.text() == "审定"
    yes.click()
    doc = get_meeting(db, key)
    assert doc.status is MeetingStatus.APPROVED
    at = doc.approved_at
    assert at is not None
    shown = f"{at:%Y-%m-%d %H:%M}" + (f":{at:%S}" if at.second else "")  # as the archive has it
    assert editor.locked.text() == f"纪要已于 {shown} 审定，只读"
    assert editor.undo_stack.count() == 0
    assert not window.undo_group.canUndo()
    assert decision.text.isReadOnly() and not decision.method.isEnabled()
    assert (
        not editor.attendance.model.flags(editor.attendance.model.index(0, AttendanceModel.ABSENT))
        & Qt.ItemFlag.ItemIsUserCheckable
    )

    # Back to the list, which shows the approved meeting.
    with qtbot.waitSignal(editor.closed):
        qtbot.mouseClick(editor.header.back_button, LEFT)
    assert window.meetings.currentWidget() is window.meetings.list
    rows = window.meetings.list.model
    assert rows.row_at(0).status == "approved"


def test_the_editor_reaches_everything_by_keyboard(qtbot: Any, window: MainWindow) -> None:
    """Tab from the back button walks the header (date and time section by section)."""
    editor = create_meeting(qtbot, window)
    editor.header.back_button.setFocus()
    seen = []
    for _ in range(20):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        seen.append(window.focusWidget().objectName())
    for name in ("meetingStatus", "meetingStart", "meetingLocation", "meetingChair",
                 "meetingRecorder"):  # fmt: skip
        assert any(name in (s or "") for s in seen), (name, seen[5:])
