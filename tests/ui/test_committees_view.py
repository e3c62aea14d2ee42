"""The 名录 委员会 tab and the 设立委员会 effect: committees made in the window."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from minutes_app.domain.enums import EffectType
from minutes_app.services import registry_bodies
from minutes_app.services import registry_committees as rc
from minutes_app.services.meeting_doc import decision
from minutes_app.services.meeting_store import get_meeting
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.meetings.editor import MeetingEditor
from minutes_app.ui.meetings.effects_editor import NEW_COMMITTEE
from minutes_app.ui.registry.area import RegistryArea
from minutes_app.ui.registry.committee_dialogs import CommitteeDialog, MemberDialog
from minutes_app.ui.registry.models_bodies import CommitteesModel, HoldersModel

DAY = dt.date(2024, 9, 1)


@pytest.fixture
def area(qtbot: Any, ctx: Any) -> RegistryArea:
    widget = RegistryArea(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.set_day(DAY)
    widget.tabs.setCurrentWidget(widget.committees)
    return widget


def click(qtbot: Any, area: RegistryArea, name: str) -> None:
    button = area.committees.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown(area: RegistryArea) -> list[str]:
    proxy = area.committees.proxy
    return [proxy.index(r, CommitteesModel.NAME).data() for r in range(proxy.rowCount())]


def dialog_of(area: RegistryArea, kind: type) -> Any:
    found = [d for d in area.findChildren(kind) if d.isVisible()]
    assert len(found) == 1
    return found[0]


def test_create_a_committee_and_add_a_member(qtbot: Any, area: RegistryArea) -> None:
    click(qtbot, area, "newCommittee")
    dialog = dialog_of(area, CommitteeDialog)
    dialog.name.setText("")
    assert dialog.save() is False
    assert "委员会名称" in dialog.error.text()
    dialog.name.setText("工程造价专家委员会")
    assert dialog.save() is True
    assert "工程造价专家委员会" in shown(area)
    tab = area.committees
    assert tab.selected() is not None and tab.selected().name == "工程造价专家委员会"
    assert "Before the records" not in tab.detail.text()

    click(qtbot, area, "addMember")
    member = dialog_of(area, MemberDialog)
    member.person.set_key("p4")
    member.role.setCurrentIndex(member.role.findData("主任委员"))
    assert member.save() is True
    members = tab.members_proxy
    assert members.rowCount() == 1
    assert members.index(0, HoldersModel.NAME).data() == "刘海涛"
    assert members.index(0, HoldersModel.ROLE).data() == "主任委员"
    assert members.index(0, HoldersModel.START).data() == "2024-09-01"
    # With a member it is in use: no delete button, it is kept in the records.
    assert not tab.buttons["deleteCommittee"].isEnabled()


def test_delete_one_made_by_mistake(qtbot: Any, ctx: Any, area: RegistryArea) -> None:
    click(qtbot, area, "newCommittee")
    dialog = dialog_of(area, CommitteeDialog)
    dialog.name.setText("错建委员会")
    assert dialog.save() is True
    click(qtbot, area, "deleteCommittee")
    box = [b for b in area.findChildren(QMessageBox) if b.isVisible()][-1]
    box.button(QMessageBox.StandardButton.Yes).click()
    assert "错建委员会" not in shown(area)
    assert [c.name for c in registry_bodies.load_committees(ctx.db)] == [
        "咨询成果智能化专家委员会"]  # fmt: skip


def test_a_committee_a_decision_set_up_cannot_be_deleted(area: RegistryArea) -> None:
    area.committees.table.selectRow(0)
    assert area.committees.selected() is not None
    assert not area.committees.buttons["deleteCommittee"].isEnabled()
    assert "第五届第五次理事长会议 第一项议题的第二项决定" in area.committees.detail.text()


def test_a_new_committee_from_the_establish_effect(qtbot: Any, ctx: Any) -> None:
    editor = MeetingEditor(ctx, "m-5-5")
    qtbot.addWidget(editor)
    editor.resize(1300, 900)
    editor.show()
    editor.tabs.setCurrentWidget(editor.agenda)
    effects = editor.agenda.item_editor.decision_editors["d-2"].effects
    effects.kind.set_key(EffectType.ESTABLISH_COMMITTEE)
    effects._show_page()
    labels = [effects.committee.itemText(i) for i in range(effects.committee.count())]
    assert labels == ["咨询成果智能化专家委员会", "New committee…"]
    new_entry = effects.committee.findData(NEW_COMMITTEE)
    effects.committee.setCurrentIndex(new_entry)
    effects.committee.activated.emit(new_entry)  # as when the user picks it
    dialog = [d for d in effects.findChildren(CommitteeDialog) if d.isVisible()][-1]
    dialog.name.setText("全过程工程咨询专家委员会")
    assert dialog.save() is True
    assert effects.committee.currentText() == "全过程工程咨询专家委员会"
    qtbot.mouseClick(effects.add_button, Qt.MouseButton.LeftButton)
    assert effects.error.text() == ""
    saved = decision(get_meeting(ctx.db, "m-5-5"), "d-2").effects
    made = saved[-1]
    assert made.type is EffectType.ESTABLISH_COMMITTEE and made.committee is not None
    last = effects.list.item(effects.list.count() - 1).text()
    assert last == "Establish a committee：全过程工程咨询专家委员会"

    # The meeting is held and d-2 passed: the 名录 names the decision that set it up.
    area = RegistryArea(ctx)
    qtbot.addWidget(area)
    area.show()
    area.set_day(DAY)
    tab = area.committees
    tab.select_key(made.committee)
    record = tab.selected()
    assert record is not None and record.name == "全过程工程咨询专家委员会"
    assert record.established is not None and record.established.decision == "m-5-5/d-2"
    assert "第五届第五次理事长会议 第一项议题的第二项决定" in tab.detail.text()
    assert not tab.buttons["deleteCommittee"].isEnabled()  # set up by a decision


def test_cancelling_the_new_committee_makes_none(qtbot: Any, ctx: Any) -> None:
    editor = MeetingEditor(ctx, "m-5-5")
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentWidget(editor.agenda)
    effects = editor.agenda.item_editor.decision_editors["d-2"].effects
    effects.kind.set_key(EffectType.ESTABLISH_COMMITTEE)
    effects._show_page()
    effects.committee.setCurrentIndex(effects.committee.findData(NEW_COMMITTEE))
    qtbot.mouseClick(effects.add_button, Qt.MouseButton.LeftButton)  # asks for the name
    dialog = [d for d in effects.findChildren(CommitteeDialog) if d.isVisible()][-1]
    dialog.reject()
    assert effects.committee.key() != NEW_COMMITTEE
    assert len(registry_bodies.load_committees(ctx.db)) == 1


def test_a_typed_new_name_is_offered_as_a_new_committee(qtbot: Any, ctx: Any) -> None:
    editor = MeetingEditor(ctx, "m-5-5")
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentWidget(editor.agenda)
    effects = editor.agenda.item_editor.decision_editors["d-2"].effects
    effects.kind.set_key(EffectType.ESTABLISH_COMMITTEE)
    effects._show_page()
    line = effects.committee.lineEdit()
    line.selectAll()
    line.del_()
    for char in "绿色建筑专家委员会":  # as an input method commits them
        line.insert(char)
    line.editingFinished.emit()  # focus leaves the field
    dialog = [d for d in effects.findChildren(CommitteeDialog) if d.isVisible()][-1]
    assert dialog.name.text() == "绿色建筑专家委员会"
    assert dialog.save() is True
    assert effects.committee.currentText() == "绿色建筑专家委员会"


def _add_new_committee(qtbot: Any, effects: Any, name: str) -> None:
    """新建委员会… in the 设立委员会 effect, then 添加变更, as the user does."""
    effects.kind.set_key(EffectType.ESTABLISH_COMMITTEE)
    effects._show_page()
    new_entry = effects.committee.findData(NEW_COMMITTEE)
    effects.committee.setCurrentIndex(new_entry)
    effects.committee.activated.emit(new_entry)
    dialog = [d for d in effects.findChildren(CommitteeDialog) if d.isVisible()][-1]
    dialog.name.setText(name)
    assert dialog.save() is True
    qtbot.mouseClick(effects.add_button, Qt.MouseButton.LeftButton)
    assert effects.error.text() == ""


def committee_names(ctx: Any) -> list[str]:
    return [c.name for c in registry_bodies.load_committees(ctx.db)]


@pytest.fixture
def window(qtbot: Any, ctx: Any) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_undoing_a_new_committee_effect_removes_the_committee(
    qtbot: Any, ctx: Any, window: MainWindow
) -> None:
    editor = window.meetings.open_meeting("m-5-5")
    editor.tabs.setCurrentWidget(editor.agenda)
    effects = editor.agenda.item_editor.decision_editors["d-2"].effects
    before = len(decision(get_meeting(ctx.db, "m-5-5"), "d-2").effects)
    _add_new_committee(qtbot, effects, "水利水电专家委员会")
    assert "水利水电专家委员会" in committee_names(ctx)

    window.activateWindow()  # as the window manager does when the dialog closes
    qtbot.waitActive(window)
    effects.list.setFocus()
    qtbot.keyClick(effects.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert committee_names(ctx) == ["咨询成果智能化专家委员会"]
    assert len(decision(get_meeting(ctx.db, "m-5-5"), "d-2").effects) == before
    effects = editor.agenda.item_editor.decision_editors["d-2"].effects
    offered = [effects.committee.itemText(i) for i in range(effects.committee.count())]
    assert "水利水电专家委员会" not in offered  # the editor's lists forgot it too

    qtbot.keyClick(
        effects.list,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert "水利水电专家委员会" in committee_names(ctx)
    made = decision(get_meeting(ctx.db, "m-5-5"), "d-2").effects[-1]
    assert made.committee is not None
    assert effects.describe(made) == "Establish a committee：水利水电专家委员会"


def test_undo_keeps_a_new_committee_something_else_points_at(qtbot: Any, ctx: Any) -> None:
    editor = MeetingEditor(ctx, "m-5-5")
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentWidget(editor.agenda)
    effects = editor.agenda.item_editor.decision_editors["d-2"].effects
    before = len(decision(get_meeting(ctx.db, "m-5-5"), "d-2").effects)
    _add_new_committee(qtbot, effects, "城市规划专家委员会")
    made = decision(get_meeting(ctx.db, "m-5-5"), "d-2").effects[-1].committee
    assert made is not None
    rc.add_member(ctx.db, made, rc.Membership("p4", rc.CommitteeRole.CHAIR, DAY))
    editor.keeper.stack.undo()
    assert "城市规划专家委员会" in committee_names(ctx)  # it has a member now: kept
    assert len(decision(get_meeting(ctx.db, "m-5-5"), "d-2").effects) == before
