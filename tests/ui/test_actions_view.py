"""The 督办 view: filters, one item's progress, closing, bulk extend/reassign with undo,
exports off the UI thread, and the window's sidebar count and start notice."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from minutes_app.domain.actions import ActionRef
from minutes_app.services import actions
from minutes_app.ui.actions import FollowUpArea
from minutes_app.ui.actions.filters import NOT_FINISHED
from minutes_app.ui.actions.model import REF_ROLE

TODAY = dt.date(2024, 10, 1)  # t-2 (due 09-30, open) is overdue; t-3 (due 10-15) is not
T2, T3 = ActionRef("m-5-5", "t-2"), ActionRef("m-5-5", "t-3")


@pytest.fixture
def follow_ctx(
    qapp: Any, tmp_path: Path, sample: dict[str, Any], write_json: Callable[..., Path],
    prefs: Any, monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Any]:  # fmt: skip
    """The sample with four items (done, open and overdue, in progress, cancelled), today
    being 2024-10-01."""
    from minutes_app.services.archive import import_archive
    from minutes_app.store.database import open_database
    from minutes_app.ui.context import AppContext

    sample["meetings"][0]["agenda"][0]["actions"] += [
        {"key": "t-3", "title": "组建专家委员会", "owner": {"committee": "c-ai"},
         "due": "2024-10-15", "status": "in_progress", "decision": "d-2",
         "updates": [{"on": "2024-09-01", "note": "已征集委员", "status": "in_progress"}]},
        {"key": "t-4", "title": "已取消的事项", "owner": {"unit": "u-fangyou"},
         "due": "2024-09-01", "status": "cancelled", "decision": None, "updates": []},
    ]  # fmt: skip
    db = open_database(tmp_path / "follow.db")
    import_archive(db, write_json(sample))
    ctx = AppContext(db, prefs)
    monkeypatch.setattr(ctx, "today", lambda: TODAY)
    yield ctx
    db.dispose()


@pytest.fixture
def area(qtbot: Any, follow_ctx: Any) -> FollowUpArea:
    widget = FollowUpArea(follow_ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()  # the list is read when the area is first shown
    return widget


def shown(area: FollowUpArea) -> list[str]:
    return [area.proxy.index(r, 0).data(REF_ROLE).action_key for r in range(area.proxy.rowCount())]


def select(area: FollowUpArea, *refs: ActionRef) -> None:
    area.table.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(area.proxy.rowCount()):
        index = area.proxy.index(row, 0)
        if index.data(REF_ROLE) in refs:
            area.table.selectionModel().select(index, flags)


def test_models_pass_the_model_tester(qtmodeltester: Any, area: FollowUpArea) -> None:
    qtmodeltester.check(area.model)
    qtmodeltester.check(area.proxy)


def test_overdue_first_and_the_notice(area: FollowUpArea) -> None:
    assert area.filters.status.currentData() == NOT_FINISHED
    assert shown(area) == ["t-2", "t-3"]
    assert area.overdue == 1
    assert area.sidebar_title() == "Follow-up (1)"
    assert not area.notice.isHidden()
    assert "1 action items are overdue" in area.notice.text()


def test_filters(qtbot: Any, area: FollowUpArea) -> None:
    area.filters.status.setCurrentIndex(area.filters.status.findData(None))
    assert shown(area) == ["t-2", "t-1", "t-4", "t-3"]
    assert "4 of 4" in area.count_label.text()
    area.filters.status.setCurrentIndex(area.filters.status.findData("done"))
    assert shown(area) == ["t-1"]
    area.filters.clear()
    area.filters.owner.set_key("committee:c-ai")
    assert shown(area) == ["t-3"]
    area.filters.clear()
    area.filters.due_within.setValue(14)
    assert shown(area) == ["t-3"]
    area.filters.due_within.setValue(13)
    assert shown(area) == []
    area.filters.clear()
    area.filters.text.setText("房友")  # QTest types ASCII only
    assert shown(area) == ["t-2"]
    area.filters.clear()
    for combo, value in ((area.filters.body, "b-presidents"), (area.filters.term, 5),
                         (area.filters.meeting, "m-5-5")):  # fmt: skip
        combo.set_key(value)
    assert shown(area) == ["t-2", "t-3"]
    area.notice.linkActivated.emit("overdue")  # the notice leads to the overdue list
    assert area.filters.overdue.isChecked()
    assert area.filters.meeting.currentIndex() == 0
    assert shown(area) == ["t-2"]


def test_sorting_by_a_column_keeps_the_filter(qtbot: Any, area: FollowUpArea) -> None:
    area.filters.status.setCurrentIndex(area.filters.status.findData(None))
    area.table.sortByColumn(area.model.TITLE, Qt.SortOrder.AscendingOrder)
    titles = [area.proxy.index(r, 0).data() for r in range(area.proxy.rowCount())]
    assert titles == sorted(titles) and len(titles) == 4
    area.filters.overdue.setChecked(True)
    assert shown(area) == ["t-2"]


def test_one_item_and_a_progress_note(qtbot: Any, area: FollowUpArea, follow_ctx: Any) -> None:
    select(area, T2)
    detail = area.detail
    assert detail.title.text() == "通知房友公司"
    assert "m-5-5" in detail.origin.text() and "第五届第五次理事长会议" in detail.origin.text()
    assert "overdue by 1 days" in detail.due.text()
    with qtbot.waitSignal(detail.open_meeting) as opened:
        detail.origin.linkActivated.emit("m-5-5")
    assert opened.args == ["m-5-5"]
    assert not detail.add_button.isEnabled()
    detail.note_text.setPlainText("已电话联系房友公司")
    detail.note_status.setCurrentIndex(detail.note_status.findData("in_progress"))
    with qtbot.waitSignal(follow_ctx.actions_changed):
        qtbot.mouseClick(detail.add_button, Qt.MouseButton.LeftButton)
    item = actions.get_action(follow_ctx.db, T2)
    assert [(n.on, n.note, n.status) for n in item.notes] == [
        (TODAY, "已电话联系房友公司", "in_progress")]  # fmt: skip
    assert "已电话联系房友公司" in detail.notes.toPlainText()
    assert detail.status.text() == "In progress"
    assert area.selected_refs() == [T2]  # the selection survives the reload


def test_close_asks_for_a_completion_note(qtbot: Any, area: FollowUpArea, follow_ctx: Any) -> None:
    select(area, T2)
    qtbot.mouseClick(area.detail.close_button, Qt.MouseButton.LeftButton)
    dialog = area.detail.close_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok.isEnabled()
    dialog.note.setPlainText("已书面通知")
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    item = actions.get_action(follow_ctx.db, T2)
    assert item.row.status == "done"
    assert item.notes[-1].note == "已书面通知"
    assert shown(area) == ["t-3"]  # no longer among the unfinished
    assert area.overdue == 0 and area.notice.isHidden()


def test_bulk_extend_with_one_undo(qtbot: Any, area: FollowUpArea, follow_ctx: Any) -> None:
    select(area, T2, T3)
    assert area.detail.currentIndex() == 2  # "2 action items selected"
    qtbot.mouseClick(area.extend_button, Qt.MouseButton.LeftButton)
    dialog = area.extend_dialog
    assert dialog is not None and dialog.by_days.isChecked()
    dialog.days.setValue(30)
    dialog.reason.setText("等待市里批复")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    def dues() -> tuple[dt.date | None, ...]:
        return tuple(actions.get_action(follow_ctx.db, r).row.due for r in (T2, T3))

    assert dues() == (dt.date(2024, 10, 30), dt.date(2024, 11, 14))
    assert area.undo_stack.count() == 1
    assert area.overdue == 0
    assert area.selected_refs() == [T2, T3]
    area.undo_stack.undo()  # the 编辑 menu's Undo while 督办 is shown
    assert dues() == (dt.date(2024, 9, 30), dt.date(2024, 10, 15))
    assert actions.get_action(follow_ctx.db, T2).notes == ()
    assert area.overdue == 1
    area.undo_stack.redo()
    assert dues() == (dt.date(2024, 10, 30), dt.date(2024, 11, 14))
    assert actions.get_action(follow_ctx.db, T2).row.extensions == 1


def test_bulk_reassign_with_one_undo(qtbot: Any, area: FollowUpArea, follow_ctx: Any) -> None:
    select(area, T2, T3)
    qtbot.mouseClick(area.reassign_button, Qt.MouseButton.LeftButton)
    dialog = area.reassign_dialog
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData("unit"))
    dialog.owner.setCurrentIndex(dialog.owner.findData("u-fangyou"))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    owners = lambda: [actions.get_action(follow_ctx.db, r).row.owner_name for r in (T2, T3)]  # noqa: E731
    assert owners() == ["天津房友工程咨询有限公司"] * 2
    area.undo_stack.undo()
    assert owners() == ["孙晓峰", "咨询成果智能化专家委员会"]


def test_a_refused_edit_says_why_and_is_not_undoable(area: FollowUpArea) -> None:
    assert not area.extend([T2], actions_extension(to=dt.date(2024, 8, 1), reason="写错了"))
    box = area.findChild(QMessageBox)
    assert box is not None and "早于会议日期" in box.text()
    box.close()
    assert area.undo_stack.count() == 0


def actions_extension(**fields: Any) -> Any:
    from minutes_app.ui.actions.forms import Extension

    return Extension(fields.get("to"), fields.get("by_days"), fields["reason"])


def test_export_runs_off_the_ui_thread(qtbot: Any, area: FollowUpArea, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "督办.xlsx"
    runner = area.exporter.export(out)
    with qtbot.waitSignal(runner.finished, timeout=20_000):
        pass
    sheet = load_workbook(out)["督办事项"]
    assert [sheet.cell(r, 2).value for r in (2, 3)] == ["通知房友公司", "组建专家委员会"]
    assert isinstance(runner.box, QMessageBox)
    runner.box.close()


def test_the_window_shows_the_count_and_a_start_notice(qtbot: Any, follow_ctx: Any) -> None:
    from minutes_app.ui.main_window import MainWindow

    window = MainWindow(follow_ctx)
    qtbot.addWidget(window)
    area = window.findChild(FollowUpArea)
    assert area is not None

    def titles() -> list[str]:
        return [window.sidebar.item(i).text() for i in range(window.sidebar.count())]

    qtbot.waitUntil(lambda: "Follow-up (1)" in titles())  # counted just after start
    notice = window.statusBar().findChild(type(area.notice), "overdueStatusNotice")
    assert notice is not None and "1 action items are overdue" in notice.text()
    notice.linkActivated.emit("overdue")
    assert window.stack.currentWidget() is area
    assert area.filters.overdue.isChecked()
    assert window.undo_group.activeStack() is area.undo_stack  # Edit ▸ Undo undoes here
    select(area, T2)
    area.detail.close_item(T2, "done", TODAY, "已办结")
    assert "Follow-up" in titles() and notice.isHidden()
    area.detail.origin.linkActivated.emit("m-5-5")
    assert window.stack.currentWidget() is window.meetings
    assert window.undo_group.activeStack() is not area.undo_stack
    assert window.meetings.editor is not None and window.meetings.editor.key == "m-5-5"


def ime(line: Any, text: str) -> None:
    """Type as an input method commits it (QTest cannot send Chinese key presses)."""
    line.del_()
    for char in text:
        line.insert(char)


def test_close_takes_the_date_as_a_secretary_types_it(
    qtbot: Any, area: FollowUpArea, follow_ctx: Any
) -> None:
    select(area, T2)
    qtbot.mouseClick(area.detail.close_button, Qt.MouseButton.LeftButton)
    dialog = area.detail.close_dialog
    assert dialog is not None
    dialog.note.setPlainText("已书面通知")
    dialog.day.selectAll()
    qtbot.keyClicks(dialog.day, "2024-9-31")  # no such day
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # nothing saved, and it says what to type
    assert dialog.day.message.isVisible()
    assert "2024年9月30日" in dialog.day.message.text()
    assert actions.get_action(follow_ctx.db, T2).row.status == "open"
    dialog.day.selectAll()
    ime(dialog.day, "2024年9月29日")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    item = actions.get_action(follow_ctx.db, T2)
    assert item.row.status == "done"
    assert item.notes[-1].on == dt.date(2024, 9, 29)


def test_extend_takes_a_typed_due_date(qtbot: Any, area: FollowUpArea, follow_ctx: Any) -> None:
    select(area, T2)
    qtbot.mouseClick(area.extend_button, Qt.MouseButton.LeftButton)
    dialog = area.extend_dialog
    assert dialog is not None and dialog.to_date.isChecked()
    assert dialog.new_due.text() == "2024-10-14"  # two weeks after the due day, to change
    dialog.reason.setText("等待市里批复")
    dialog.new_due.selectAll()
    ime(dialog.new_due, "下月底")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.new_due.message.isVisible()
    assert actions.get_action(follow_ctx.db, T2).row.due == dt.date(2024, 9, 30)
    dialog.new_due.selectAll()
    qtbot.keyClicks(dialog.new_due, "2024.11.5")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert actions.get_action(follow_ctx.db, T2).row.due == dt.date(2024, 11, 5)


def test_a_narrow_table_still_shows_every_column_heading_whole(
    qtbot: Any, area: FollowUpArea
) -> None:
    """At 150 % the table is narrow: owner, note and meeting give way, their headings not."""
    from minutes_app.ui.actions.area import COLUMN_WIDTHS

    area.resize(900, 600)
    qtbot.waitUntil(lambda: area.table.viewport().width() < 700)
    area._fit_columns(area.table.viewport().width())
    header = area.table.horizontalHeader()
    for column in COLUMN_WIDTHS:
        heading = header.model().headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width(), heading
