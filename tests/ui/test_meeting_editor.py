"""The meeting editor on the sample meeting m-5-5 (9 seats, 6 present + 1 proxy)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox, QWidget

from minutes_app.domain.enums import (
    ActionStatus,
    Attendance,
    EffectType,
    MeetingStatus,
    Outcome,
    VoteMethod,
)
from minutes_app.domain.records import AttendanceMark, Effect, Meeting, Owner, Result, Vote
from minutes_app.services.meeting_doc import decision
from minutes_app.services.meeting_store import get_meeting, save_meeting
from minutes_app.ui import i18n
from minutes_app.ui.meetings.attendance_model import AttendanceModel
from minutes_app.ui.meetings.ballots_model import BallotsModel
from minutes_app.ui.meetings.decision_editor import DecisionEditor
from minutes_app.ui.meetings.editor import MeetingEditor

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def zh(qapp: Any) -> Iterator[None]:
    """The Chinese interface, for tests that read what a secretary reads."""
    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")


@pytest.fixture
def editor(qtbot: Any, ctx: Any) -> MeetingEditor:
    widget = MeetingEditor(ctx, "m-5-5")
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    show(qtbot, widget)
    return widget


def show(qtbot: Any, widget: QWidget) -> None:
    """Shown and active, so focus moves as it does for a user."""
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()


def stored(ctx: Any) -> Meeting:
    return get_meeting(ctx.db, "m-5-5")


def status_of(doc: Meeting, person: str) -> Attendance | None:
    return next((e.status for e in doc.attendance if e.person == person), None)


def entry_of(doc: Meeting, person: str) -> AttendanceMark:
    return next(e for e in doc.attendance if e.person == person)


def result_of(doc: Meeting, key: str) -> Result:
    result = decision(doc, key).result
    assert result is not None
    return result


def outcome_of(doc: Meeting, key: str) -> Outcome:
    return result_of(doc, key).outcome


def vote_of(doc: Meeting, key: str) -> Vote:
    vote = decision(doc, key).vote
    assert vote is not None
    return vote


def click_cell(qtbot: Any, view: QAbstractItemView, row: int, column: int) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())


def seat_row(editor: MeetingEditor, person: str) -> int:
    return editor.attendance.model.row_of(person)


def mark(qtbot: Any, editor: MeetingEditor, person: str, column: int) -> None:
    click_cell(qtbot, editor.attendance.table, seat_row(editor, person), column)


def decision_editor(editor: MeetingEditor, key: str) -> DecisionEditor:
    editor.tabs.setCurrentWidget(editor.agenda)
    return editor.agenda.item_editor.decision_editors[key]


def type_into_spin(qtbot: Any, spin: QWidget, value: int) -> None:
    spin.setFocus()
    spin.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Return)


# Attendance and the banner


def test_banner_shows_the_quorum_as_the_minutes_put_it(editor: MeetingEditor) -> None:
    assert editor.banner.text() == (
        "Seats: 9, present in person: 6, by proxy: 1, quorum: 6, quorate under the constitution"
    )
    assert editor.banner.quorate


def test_banner_in_chinese_matches_the_computed_banner(zh: None, ctx: Any, qtbot: Any) -> None:
    widget = MeetingEditor(ctx, "m-5-5")
    qtbot.addWidget(widget)
    assert widget.banner.text() == "应到9人，实到6人，委托1人，须6人，符合章程规定"
    figures = stored(ctx).figures
    assert figures is not None
    assert widget.banner.text() == figures.banner


def test_one_click_marks_a_seat_and_the_banner_follows(
    qtbot: Any, editor: MeetingEditor, ctx: Any
) -> None:
    mark(qtbot, editor, "p9", AttendanceModel.PRESENT)
    assert status_of(stored(ctx), "p9") is Attendance.PRESENT
    assert "present in person: 7, by proxy: 1" in editor.banner.text()
    model = editor.attendance.model
    row = seat_row(editor, "p9")
    assert model.index(row, AttendanceModel.PRESENT).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    assert model.index(row, AttendanceModel.ABSENT).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )


def test_space_marks_the_current_seat_without_the_mouse(
    qtbot: Any, editor: MeetingEditor, ctx: Any
) -> None:
    table = editor.attendance.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(seat_row(editor, "p9"), AttendanceModel.EXCUSED))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert status_of(stored(ctx), "p9") is Attendance.EXCUSED


def test_losing_the_quorum_turns_the_banner_red(
    qtbot: Any, editor: MeetingEditor, ctx: Any
) -> None:
    doc = stored(ctx)
    for d in doc.agenda[0].decisions:
        d.vote = None  # tallies of 7 would no longer fit a smaller attendance
    save_meeting(ctx.db, doc)
    editor.keeper.reload()
    mark(qtbot, editor, "p6", AttendanceModel.ABSENT)
    assert editor.banner.quorate  # 6 of 9 is still 2/3
    mark(qtbot, editor, "p5", AttendanceModel.ABSENT)
    assert not editor.banner.quorate
    assert editor.banner.text().endswith("not quorate: the meeting cannot decide")
    assert "#b71c1c" in editor.banner.styleSheet()


def test_an_edit_the_rules_refuse_is_shown_and_not_saved(
    qtbot: Any, editor: MeetingEditor, ctx: Any
) -> None:
    # d-1 has 7 votes for; with p2 away only 6 vote: the tally no longer fits.
    mark(qtbot, editor, "p2", AttendanceModel.ABSENT)
    error = editor.attendance.error
    assert error.isVisible()
    assert "7票多于实到（含委托）的6人" in error.text()
    assert status_of(stored(ctx), "p2") is Attendance.PRESENT
    row = seat_row(editor, "p2")
    check = editor.attendance.model.index(row, AttendanceModel.PRESENT)
    assert check.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert editor.undo_stack.count() == 0
    mark(qtbot, editor, "p9", AttendanceModel.PRESENT)  # the next good edit clears it
    assert not error.isVisible()


def test_a_proxy_gets_a_holder_who_can_be_changed(
    qtbot: Any, editor: MeetingEditor, ctx: Any
) -> None:
    mark(qtbot, editor, "p9", AttendanceModel.PROXY)
    entry = entry_of(stored(ctx), "p9")
    assert entry == AttendanceMark("p9", Attendance.PROXY, proxy_holder="p1")  # the chair
    model = editor.attendance.model
    holder = model.index(seat_row(editor, "p9"), AttendanceModel.HOLDER)
    assert ("p3", "陈明远") in model.holder_choices("p9")
    assert model.setData(holder, "p3", Qt.ItemDataRole.EditRole)
    assert entry_of(stored(ctx), "p9").proxy_holder == "p3"
    assert holder.data() == "陈明远"


def test_the_reason_for_leave_is_kept(qtbot: Any, editor: MeetingEditor, ctx: Any) -> None:
    model = editor.attendance.model
    note = model.index(seat_row(editor, "p8"), AttendanceModel.NOTE)
    assert note.data() == "出差"
    assert model.setData(note, "  在外地开会 ", Qt.ItemDataRole.EditRole)
    entry = entry_of(stored(ctx), "p8")
    assert entry == AttendanceMark("p8", Attendance.EXCUSED, note="在外地开会")


def test_observers_are_added_and_removed(qtbot: Any, editor: MeetingEditor, ctx: Any) -> None:
    panel = editor.attendance
    assert [panel.observers.item(i).text() for i in range(panel.observers.count())] == ["于军"]
    panel.observers.setCurrentRow(0)
    qtbot.mouseClick(panel.remove_observer, LEFT)
    assert status_of(stored(ctx), "p-guest") is None
    assert panel.observers.count() == 0
    panel.observer_pick.set_key("p-guest")
    qtbot.mouseClick(panel.add_observer, LEFT)
    assert status_of(stored(ctx), "p-guest") is Attendance.OBSERVER


# Undo and redo


def test_undo_and_redo_save_the_earlier_and_later_forms(
    qtbot: Any, editor: MeetingEditor, ctx: Any
) -> None:
    mark(qtbot, editor, "p9", AttendanceModel.PRESENT)
    mark(qtbot, editor, "p8", AttendanceModel.PRESENT)
    assert editor.undo_stack.count() == 2
    editor.undo_stack.undo()
    assert status_of(stored(ctx), "p8") is Attendance.EXCUSED
    assert "present in person: 7, by proxy: 1" in editor.banner.text()
    editor.undo_stack.undo()
    assert status_of(stored(ctx), "p9") is Attendance.ABSENT
    editor.undo_stack.redo()
    editor.undo_stack.redo()
    doc = stored(ctx)
    assert (status_of(doc, "p8"), status_of(doc, "p9")) == (Attendance.PRESENT,) * 2
    assert "present in person: 8, by proxy: 1" in editor.banner.text()


def test_ctrl_z_in_the_window_undoes_the_last_edit(qtbot: Any, ctx: Any) -> None:
    from minutes_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    show(qtbot, window)
    editor = window.meetings.open_meeting("m-5-5")
    mark(qtbot, editor, "p9", AttendanceModel.PRESENT)
    editor.attendance.table.setFocus()
    qtbot.keyClick(editor.attendance.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert status_of(stored(ctx), "p9") is Attendance.ABSENT
    qtbot.keyClick(
        editor.attendance.table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert status_of(stored(ctx), "p9") is Attendance.PRESENT


def test_an_edit_made_elsewhere_meanwhile_is_reloaded_not_lost(
    qtbot: Any, editor: MeetingEditor, ctx: Any
) -> None:
    doc = stored(ctx)
    doc.location = "另一间会议室"
    save_meeting(ctx.db, doc)
    mark(qtbot, editor, "p9", AttendanceModel.PRESENT)
    assert "另一处修改" in editor.attendance.error.text()
    assert editor.header.location.text() == "另一间会议室"
    assert status_of(stored(ctx), "p9") is Attendance.ABSENT
    mark(qtbot, editor, "p9", AttendanceModel.PRESENT)
    assert status_of(stored(ctx), "p9") is Attendance.PRESENT


# The header


def test_place_commits_when_editing_finishes(qtbot: Any, editor: MeetingEditor, ctx: Any) -> None:
    place = editor.header.location
    place.setFocus()
    place.selectAll()
    qtbot.keyClicks(place, "Room 2")
    assert stored(ctx).location == "协会会议室"  # not on every keystroke
    qtbot.keyClick(place, Qt.Key.Key_Return)
    assert stored(ctx).location == "Room 2"


def type_field(qtbot: Any, field: QWidget, text: str) -> None:
    """Select what is there, type as a secretary does, press Enter."""
    field.setFocus()
    field.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    for char in text:  # QTest types ASCII only; an input method commits characters
        field.insert(char)  # type: ignore[attr-defined]
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_an_end_before_the_start_is_refused(qtbot: Any, editor: MeetingEditor, ctx: Any) -> None:
    type_field(qtbot, editor.header.end, "8:00")
    assert "结束时间早于开始时间" in editor.header.error.text()
    assert stored(ctx).end == dt.datetime(2024, 8, 11, 11, 30)
    assert editor.header.end.text() == "11:30"


@pytest.mark.parametrize("typed", ["11:45", "1145", "11：45"])
def test_the_end_is_typed_as_a_secretary_types_it(
    qtbot: Any, editor: MeetingEditor, ctx: Any, typed: str
) -> None:
    type_field(qtbot, editor.header.end, typed)
    assert stored(ctx).end == dt.datetime(2024, 8, 11, 11, 45)
    assert editor.header.end.text() == "11:45"
    assert not editor.header.error.isVisible()
    type_field(qtbot, editor.header.end, "")
    assert stored(ctx).end is None


def test_a_wrong_time_says_so_next_to_the_field_and_saves_nothing(
    qtbot: Any, editor: MeetingEditor, ctx: Any, zh: None
) -> None:
    type_field(qtbot, editor.header.end, "25:00")
    assert stored(ctx).end == dt.datetime(2024, 8, 11, 11, 30)
    assert editor.header.end.message.isVisible()
    assert editor.header.end.message.text() == "请输入时间，如 11:30 或 1130"


def test_the_start_is_typed_with_a_chinese_date(
    qtbot: Any, editor: MeetingEditor, ctx: Any
) -> None:
    type_field(qtbot, editor.header.start, "2024年8月12日 9:30")
    saved = stored(ctx)
    assert (saved.start, saved.end) == (
        dt.datetime(2024, 8, 12, 9, 30),
        dt.datetime(2024, 8, 12, 11, 30),
    )


def test_chair_and_status_are_picked(qtbot: Any, editor: MeetingEditor, ctx: Any) -> None:
    header = editor.header
    header.chair.setCurrentIndex(header.chair.findData("p2"))
    header.chair.activated.emit(header.chair.currentIndex())
    header.status.setCurrentIndex(header.status.findData("draft"))
    header.status.activated.emit(header.status.currentIndex())
    doc = stored(ctx)
    assert (doc.chair, doc.status) == ("p2", MeetingStatus.DRAFT)


# Votes and outcomes


def test_tallies_at_the_two_thirds_boundary(zh: None, qtbot: Any, ctx: Any) -> None:
    widget = MeetingEditor(ctx, "m-5-5")
    qtbot.addWidget(widget)
    show(qtbot, widget)
    d1 = decision_editor(widget, "d-1")
    type_into_spin(qtbot, d1.tallies[0], 5)  # 7 voting: 2/3以上 is 5
    assert d1.outcome.text() == "通过"
    assert d1.basis.text() == "到会7人，须2/3以上即5票；赞成5票，通过"
    assert outcome_of(stored(ctx), "d-1") is Outcome.PASSED
    type_into_spin(qtbot, d1.tallies[0], 4)
    assert d1.outcome.text() == "未通过"
    assert d1.basis.text().endswith("赞成4票，未通过")
    assert result_of(stored(ctx), "d-1").number is None
    assert d1.number.text() == ""


def test_a_tally_larger_than_the_attendance_is_refused(
    qtbot: Any, editor: MeetingEditor, ctx: Any
) -> None:
    d1 = decision_editor(editor, "d-1")
    type_into_spin(qtbot, d1.tallies[1], 3)  # 7 for + 3 against > 7 voting
    assert "多于实到" in d1.error.text()
    assert d1.tallies[1].value() == 0
    assert vote_of(stored(ctx), "d-1").against == 0


def test_roll_call_ballots_decide_the_outcome(qtbot: Any, editor: MeetingEditor, ctx: Any) -> None:
    d2 = decision_editor(editor, "d-2")
    assert d2.ballots_panel.isVisible()
    view = d2.ballots_view
    for row in range(3):  # three against: 4 for of 7, below 5
        click_cell(qtbot, view, row, BallotsModel.AGAINST)
    result = result_of(stored(ctx), "d-2")
    assert (result.for_, result.against, result.outcome) == (4, 3, Outcome.FAILED)
    assert d2.outcome.text() == "Not passed"
    click_cell(qtbot, view, 0, BallotsModel.FOR)
    assert outcome_of(stored(ctx), "d-2") is Outcome.PASSED


def test_switching_the_vote_method(qtbot: Any, editor: MeetingEditor, ctx: Any) -> None:
    d1 = decision_editor(editor, "d-1")
    d1.method.setCurrentIndex(d1.method.findData("consensus"))
    d1.method.activated.emit(d1.method.currentIndex())
    assert decision(stored(ctx), "d-1").vote == Vote(VoteMethod.CONSENSUS)
    assert not d1.tallies[0].isVisible()
    d1.method.setCurrentIndex(d1.method.findData("secret_ballot"))
    d1.method.activated.emit(d1.method.currentIndex())
    assert decision(stored(ctx), "d-1").vote == Vote(VoteMethod.SECRET_BALLOT, 7, 0, 0)
    d1.method.setCurrentIndex(d1.method.findData("roll_call"))
    d1.method.activated.emit(d1.method.currentIndex())
    qtbot.mouseClick(d1.rest_for, LEFT)
    assert result_of(stored(ctx), "d-1").for_ == 7


def test_marking_a_voter_away_drops_the_ballot(qtbot: Any, editor: MeetingEditor, ctx: Any) -> None:
    doc = stored(ctx)
    decision(doc, "d-1").vote = None
    save_meeting(ctx.db, doc)
    editor.keeper.reload()
    mark(qtbot, editor, "p3", AttendanceModel.EXCUSED)
    ballots = vote_of(stored(ctx), "d-2").ballots
    assert "p3" not in [b.person for b in ballots]
    assert len(ballots) == 6


# Agenda items, decisions, effects, actions


def test_agenda_items_are_added_renamed_moved_and_removed(
    qtbot: Any, editor: MeetingEditor, ctx: Any
) -> None:
    panel = editor.agenda
    editor.tabs.setCurrentWidget(panel)
    qtbot.mouseClick(panel.add_button, LEFT)
    title = panel.item_editor.title
    assert title.hasFocus()
    title.selectAll()
    qtbot.keyClicks(title, "30th anniversary")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert [i.title for i in stored(ctx).agenda][1] == "30th anniversary"
    qtbot.mouseClick(panel.up_button, LEFT)
    assert [i.key for i in stored(ctx).agenda] == ["a-2", "a-1"]
    assert panel.model.index(0).data() == "1. 30th anniversary"
    qtbot.mouseClick(panel.remove_button, LEFT)
    assert [i.key for i in stored(ctx).agenda] == ["a-1"]
    assert panel.current_key == "a-1"


def test_an_empty_item_title_is_refused(qtbot: Any, editor: MeetingEditor, ctx: Any) -> None:
    editor.tabs.setCurrentWidget(editor.agenda)
    title = editor.agenda.item_editor.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert editor.agenda.item_editor.error.text() == "An agenda item needs a title."
    assert title.text() == "审议分支机构管理办法和特邀副会长单位"
    assert stored(ctx).agenda[0].title == "审议分支机构管理办法和特邀副会长单位"


def test_notes_commit_when_focus_leaves(qtbot: Any, editor: MeetingEditor, ctx: Any) -> None:
    item = editor.agenda.item_editor
    editor.tabs.setCurrentWidget(editor.agenda)
    item.notes.setFocus()
    item.notes.insertPlainText("会议讨论并一致赞成。")  # as an input method commits text
    assert stored(ctx).agenda[0].notes == "秘书处介绍了办法起草情况。"
    item.title.setFocus()
    assert stored(ctx).agenda[0].notes == "会议讨论并一致赞成。秘书处介绍了办法起草情况。"


def test_a_new_decision_with_an_effect(qtbot: Any, editor: MeetingEditor, ctx: Any) -> None:
    item = editor.agenda.item_editor
    editor.tabs.setCurrentWidget(editor.agenda)
    qtbot.mouseClick(item.add_decision_button, LEFT)
    d3 = item.decision_editors["d-3"]
    assert d3.text.hasFocus()
    d3.text.selectAll()
    d3.text.insertPlainText("聘任赵永红为秘书长助理。")
    d3.kind.setFocus()  # focus leaves the text: it is saved
    assert decision(stored(ctx), "d-3").text == "聘任赵永红为秘书长助理。"
    d3.kind.setCurrentIndex(d3.kind.findData("appoint"))
    d3.kind.activated.emit(d3.kind.currentIndex())
    effects = d3.effects
    assert effects.isVisible()
    assert effects.kind.key() == "appoint"
    effects.person.set_key("p8")
    qtbot.keyClicks(effects.position, "assistant")
    qtbot.mouseClick(effects.add_button, LEFT)
    saved = decision(stored(ctx), "d-3")
    assert saved.text == "聘任赵永红为秘书长助理。"
    assert saved.effects == [Effect(EffectType.APPOINT, person="p8", title="assistant")]
    assert effects.list.item(0).text() == "Appoint to a position：赵永红 — assistant"
    effects.list.setCurrentRow(0)
    qtbot.mouseClick(effects.remove_button, LEFT)
    assert decision(stored(ctx), "d-3").effects == []
    qtbot.mouseClick(d3.remove_button, LEFT)
    assert "d-3" not in item.decision_editors
    assert len(stored(ctx).agenda[0].decisions) == 2


def test_an_effect_needs_every_field(qtbot: Any, editor: MeetingEditor, ctx: Any) -> None:
    effects = decision_editor(editor, "d-1").effects
    effects.kind.set_key("adopt_document")
    effects._show_page()
    qtbot.mouseClick(effects.add_button, LEFT)
    assert effects.error.text() == "Fill in every field of the effect first."
    assert len(decision(stored(ctx), "d-1").effects) == 1


def test_action_items_are_added_and_edited(qtbot: Any, editor: MeetingEditor, ctx: Any) -> None:
    editor.tabs.setCurrentWidget(editor.agenda)
    actions = editor.agenda.item_editor.actions_editor
    assert actions.model.rowCount() == 2
    qtbot.mouseClick(actions.add_button, LEFT)
    assert actions.title.hasFocus()
    qtbot.keyClicks(actions.title, "Prepare the anniversary")
    qtbot.keyClick(actions.title, Qt.Key.Key_Return)
    owner = actions.owner
    owner.kind.setCurrentIndex(owner.kind.findData("unit"))
    owner.kind.activated.emit(owner.kind.currentIndex())
    owner.owner.setCurrentIndex(owner.owner.findData("u-fangyou"))
    owner.owner.activated.emit(owner.owner.currentIndex())
    assert actions.due.text() == ""  # no deadline until one is typed
    type_field(qtbot, actions.due, "2024/12/31")
    actions.status.setCurrentIndex(actions.status.findData("in_progress"))
    actions.status.activated.emit(actions.status.currentIndex())
    actions.decision.setCurrentIndex(actions.decision.findData("d-2"))
    actions.decision.activated.emit(actions.decision.currentIndex())
    saved = stored(ctx).agenda[0].actions[2]
    assert (saved.key, saved.title, saved.owner, saved.due, saved.status, saved.decision) == (
        "t-3", "Prepare the anniversary", Owner(unit="u-fangyou"), dt.date(2024, 12, 31),
        ActionStatus.IN_PROGRESS, "d-2",
    )  # fmt: skip
    row = actions.model.row_of("t-3")
    assert actions.model.index(row, 1).data() == "天津房友工程咨询有限公司"
    qtbot.mouseClick(actions.remove_button, LEFT)
    assert [t.key for t in stored(ctx).agenda[0].actions] == ["t-1", "t-2"]


def test_a_deadline_before_the_meeting_is_refused(
    qtbot: Any, editor: MeetingEditor, ctx: Any
) -> None:
    editor.tabs.setCurrentWidget(editor.agenda)
    actions = editor.agenda.item_editor.actions_editor
    type_field(qtbot, actions.due, "2024年1月1日")
    assert "早于会议日期" in actions.error.text()
    assert stored(ctx).agenda[0].actions[0].due == dt.date(2024, 8, 31)
    assert actions.due.text() == "2024-08-31"


def test_a_new_action_has_no_deadline(qtbot: Any, editor: MeetingEditor, ctx: Any) -> None:
    editor.tabs.setCurrentWidget(editor.agenda)
    actions = editor.agenda.item_editor.actions_editor
    qtbot.mouseClick(actions.add_button, LEFT)
    added = stored(ctx).agenda[0].actions[-1]
    assert (added.due, added.overdue) == (None, False)
    assert actions.due.text() == ""
    type_field(qtbot, actions.due, "9-30")  # this year of the meeting
    assert stored(ctx).agenda[0].actions[-1].due == dt.date(2024, 9, 30)


# Approval


def answer(box: QMessageBox | None, button: QMessageBox.StandardButton) -> None:
    assert box is not None and box.isVisible()
    clicked = box.button(button)
    assert clicked is not None
    clicked.click()


def test_approving_asks_once_then_locks_the_editor(zh: None, qtbot: Any, ctx: Any) -> None:
    widget = MeetingEditor(ctx, "m-5-5")
    qtbot.addWidget(widget)
    show(qtbot, widget)
    mark(qtbot, widget, "p9", AttendanceModel.PRESENT)
    assert widget.undo_stack.count() == 1
    box = widget.header.ask_approval()
    answer(box, QMessageBox.StandardButton.Cancel)
    assert stored(ctx).status is MeetingStatus.HELD
    widget.header.ask_approval()
    answer(widget.header.confirm_box, QMessageBox.StandardButton.Yes)
    doc = stored(ctx)
    assert doc.status is MeetingStatus.APPROVED
    assert widget.read_only
    assert widget.undo_stack.count() == 0
    assert widget.locked.isVisible()
    assert doc.approved_at is not None
    at = doc.approved_at
    shown = f"{at:%Y-%m-%d %H:%M}" + (f":{at:%S}" if at.second else "")  # as the archive has it
    assert widget.locked.text() == f"纪要已于 {shown} 审定，只读"
    assert_locked(widget)


def assert_locked(widget: MeetingEditor) -> None:
    assert not widget.header.approve_button.isVisible()
    assert not widget.header.status.isEnabled()
    assert widget.header.location.isReadOnly()
    assert not widget.attendance.add_observer.isEnabled()
    model = widget.attendance.model
    assert not model.flags(model.index(0, AttendanceModel.PRESENT)) & (
        Qt.ItemFlag.ItemIsUserCheckable
    )
    item = widget.agenda.item_editor
    assert item.notes.isReadOnly()
    assert not item.add_decision_button.isEnabled()
    assert not widget.agenda.add_button.isEnabled()
    for d in item.decision_editors.values():
        assert not d.method.isEnabled()
        assert d.text.isReadOnly()
    assert not item.actions_editor.add_button.isEnabled()


def test_approved_demo_meetings_open_read_only(qtbot: Any, demo_ctx: Any) -> None:
    widget = MeetingEditor(demo_ctx, "m-5-5")
    qtbot.addWidget(widget)
    show(qtbot, widget)
    widget.tabs.setCurrentWidget(widget.agenda)
    assert widget.read_only
    assert widget.locked.text().startswith("Minutes approved")
    assert_locked(widget)
    before = get_meeting(demo_ctx.db, "m-5-5")
    widget.attendance.model.status_picked.emit("p-li", "absent")  # nothing to click; still no
    assert get_meeting(demo_ctx.db, "m-5-5").version == before.version


def test_back_button_closes_and_commits_the_field_being_typed(
    qtbot: Any, editor: MeetingEditor, ctx: Any
) -> None:
    editor.tabs.setCurrentWidget(editor.agenda)
    notes = editor.agenda.item_editor.notes
    notes.setFocus()
    notes.setPlainText("最后一句。")
    with qtbot.waitSignal(editor.closed):
        qtbot.mouseClick(editor.header.back_button, LEFT)
    assert stored(ctx).agenda[0].notes == "最后一句。"


def test_other_views_hear_of_the_edits_that_concern_them(
    qtbot: Any, editor: MeetingEditor, ctx: Any
) -> None:
    heard: list[str] = []
    ctx.actions_changed.connect(lambda: heard.append("actions"))
    ctx.registry_changed.connect(lambda: heard.append("registry"))
    with qtbot.waitSignal(ctx.meetings_changed, timeout=2000):
        mark(qtbot, editor, "p9", AttendanceModel.PRESENT)
    assert heard == []
    actions = editor.agenda.item_editor.actions_editor
    with qtbot.waitSignal(ctx.actions_changed, timeout=2000):
        qtbot.mouseClick(actions.add_button, LEFT)
    d1 = decision_editor(editor, "d-1")
    with qtbot.waitSignal(ctx.registry_changed, timeout=2000):
        type_into_spin(qtbot, d1.tallies[0], 2)  # fails now: its effect is withdrawn


# The models


def test_models_pass_the_model_tester(qtmodeltester: Any, editor: MeetingEditor) -> None:
    editor.tabs.setCurrentWidget(editor.agenda)
    item = editor.agenda.item_editor
    qtmodeltester.check(editor.attendance.model)
    qtmodeltester.check(editor.agenda.model)
    qtmodeltester.check(item.decision_editors["d-2"].ballots)
    qtmodeltester.check(item.actions_editor.model)


def test_attendance_model_columns(editor: MeetingEditor) -> None:
    model = editor.attendance.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers[2:6] == ["Present", "Proxy", "Excused", "Absent"]
    row = seat_row(editor, "p7")
    assert model.index(row, AttendanceModel.HOLDER).data() == "李光辉"
    assert model.index(row, AttendanceModel.HOLDER).flags() & Qt.ItemFlag.ItemIsEditable
    unit = model.index(seat_row(editor, "p2"), AttendanceModel.DETAIL).data()
    assert unit == "天津市宏亚工程咨询有限公司"
    assert not model.setData(QModelIndex(), 1)


def test_no_modal_dialog_was_left_open(editor: MeetingEditor) -> None:
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
                and w.isVisible()]  # fmt: skip


def test_typing_is_not_overwritten_when_other_views_change(
    qtbot: Any, editor: MeetingEditor, ctx: Any
) -> None:
    editor.tabs.setCurrentWidget(editor.agenda)
    notes = editor.agenda.item_editor.notes
    notes.setFocus()
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    notes.insertPlainText("会议同意。")
    ctx.registry_changed.emit()  # e.g. a unit renamed in the registry meanwhile
    assert notes.toPlainText() == "秘书处介绍了办法起草情况。会议同意。"
    editor.agenda.item_editor.title.setFocus()
    assert stored(ctx).agenda[0].notes == "秘书处介绍了办法起草情况。会议同意。"


def test_tab_walks_an_agenda_item_from_top_to_bottom(qtbot: Any, editor: MeetingEditor) -> None:
    editor.tabs.setCurrentWidget(editor.agenda)
    editor.agenda.item_editor.title.setFocus()
    seen = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().objectName())
    order = ["itemPresenter", "itemNotes", "addDecision", "decisionText", "votesFor",
             "ballotsTable", "effectUnit", "actionsTable", "actionTitle", "ownerName",
             "actionDue", "actionDecision", "backButton"]  # fmt: skip
    assert [seen.index(name) for name in order] == sorted(seen.index(name) for name in order)


def test_a_body_without_seats_says_so(qtbot: Any, editor: MeetingEditor) -> None:
    assert editor.attendance.hint.text().startswith("Click a column")
    editor.directory.seats = []
    editor.refresh()
    assert "no seats" in editor.attendance.hint.text()
    assert editor.attendance.model.rowCount() == 0


def test_undo_after_approval_elsewhere_says_why_and_locks(
    qtbot: Any, editor: MeetingEditor, ctx: Any
) -> None:
    from minutes_app.services.meeting_store import approve_meeting

    mark(qtbot, editor, "p9", AttendanceModel.PRESENT)
    approve_meeting(ctx.db, "m-5-5")
    with qtbot.waitSignal(editor.keeper.failed) as failed:
        editor.undo_stack.undo()
    assert "已审定" in failed.args[0]
    assert editor.undo_error.isVisible()
    assert editor.read_only and editor.locked.isVisible()
    qtbot.waitUntil(lambda: editor.undo_stack.count() == 0)
    assert status_of(stored(ctx), "p9") is Attendance.PRESENT
