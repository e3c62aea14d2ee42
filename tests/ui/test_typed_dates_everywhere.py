"""Every date in the window is typed as a secretary types it (2024-9-30, 2024年9月30日,
2024.9.30, 9点半): the typed value is saved; a wrong one is said beside the field and
nothing is saved."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from minutes_app.domain.enums import CommitteeKind
from minutes_app.services import catalog, registry, registry_bodies
from minutes_app.services import registry_committees as rc
from minutes_app.services.meeting_store import get_meeting
from minutes_app.ui.meetings.editor import MeetingEditor
from minutes_app.ui.meetings.fields import ParsedField
from minutes_app.ui.meetings.new_meeting_dialog import NewMeetingDialog
from minutes_app.ui.registry.area import RegistryArea
from minutes_app.ui.registry.committee_dialogs import MemberDialog
from minutes_app.ui.registry.term_dialog import TermDialog
from minutes_app.ui.setup_dialog import SetupDialog
from minutes_app.ui.stats.area import RANGE, StatsArea

DATE_HINT = "Type a date such as 2024-9-30, 2024年9月30日 or 9月30日"


def type_into(qtbot: Any, field: ParsedField, text: str, enter: bool = True) -> None:
    """Replace the text as a secretary does: ASCII by keys, Chinese as an input method."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:  # QTest sends ASCII keys only; an input method commits the characters
        field.insert(text)
    if enter:
        qtbot.keyClick(field, Qt.Key.Key_Return)


def press_ok(qtbot: Any, dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    buttons = [b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.AcceptRole]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)


def refused(field: ParsedField, hint: str = DATE_HINT) -> bool:
    return field.message.isVisible() and field.message.text() == hint


def shown(qtbot: Any, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)


def test_a_new_meeting_starts_when_typed(qtbot: Any, ctx: Any) -> None:
    dialog = NewMeetingDialog(ctx)
    shown(qtbot, dialog)
    dialog.body.setCurrentIndex(dialog.body.findData("b-presidents"))
    before = len(catalog.list_meetings(ctx.db))
    type_into(qtbot, dialog.start, "2024-9-31 9:00", enter=False)  # September has 30 days
    press_ok(qtbot, dialog)
    assert refused(dialog.start, "Type a date and time such as 2024-8-11 9:00")
    assert len(catalog.list_meetings(ctx.db)) == before  # nothing created
    with qtbot.waitSignal(dialog.created) as created:
        type_into(qtbot, dialog.start, "2024年9月20日 9点半", enter=False)
        press_ok(qtbot, dialog)
    assert get_meeting(ctx.db, created.args[0]).start == dt.datetime(2024, 9, 20, 9, 30)


def test_the_date_of_issue_is_typed(qtbot: Any, ctx: Any) -> None:
    editor = MeetingEditor(ctx, "m-5-5")
    shown(qtbot, editor)
    panel = editor.minutes
    editor.tabs.setCurrentWidget(panel)
    type_into(qtbot, panel.issued_on, "2024.8.20")
    assert panel.issued_on.text() == "2024-08-20"  # shown as the archive writes it
    issued = get_meeting(ctx.db, "m-5-5").minutes
    assert issued is not None and issued.issued_on == dt.date(2024, 8, 20)
    type_into(qtbot, panel.issued_on, "8月32日")
    assert refused(panel.issued_on)
    issued = get_meeting(ctx.db, "m-5-5").minutes
    assert issued is not None and issued.issued_on == dt.date(2024, 8, 20)  # unchanged


def test_the_day_of_a_change_by_hand_is_typed(qtbot: Any, ctx: Any) -> None:
    area = RegistryArea(ctx)
    shown(qtbot, area)
    area.tabs.setCurrentWidget(area.people)
    area.people.search.setText("孙晓峰")
    area.people.table.selectRow(0)
    dialog = area.people.change_position()
    assert dialog is not None
    dialog.what.setCurrentText("秘书长助理")
    dialog.reason.setPlainText("兼职")
    type_into(qtbot, dialog.day, "2024-13-1", enter=False)
    assert dialog.save() is False and refused(dialog.day)
    assert registry.person(ctx.db, "p9").positions_on(dt.date(2024, 12, 31)) == ()
    type_into(qtbot, dialog.day, "2024年9月1日", enter=False)
    assert dialog.save() is True
    [held] = registry.person(ctx.db, "p9").positions_on(dt.date(2024, 9, 1))
    assert held.what == "秘书长助理" and held.start == dt.date(2024, 9, 1)


def test_the_registry_is_shown_as_of_a_typed_day(qtbot: Any, ctx: Any) -> None:
    area = RegistryArea(ctx)
    shown(qtbot, area)
    type_into(qtbot, area.as_of, "2024.9.1")
    assert area.day == dt.date(2024, 9, 1) and area.units.model.day == dt.date(2024, 9, 1)
    type_into(qtbot, area.as_of, "2024-2-30")
    assert refused(area.as_of) and area.day == dt.date(2024, 9, 1)


def test_a_new_term_and_a_committee_member_take_typed_days(qtbot: Any, ctx: Any) -> None:
    area = RegistryArea(ctx)
    shown(qtbot, area)
    term = area.start_next_term()
    assert isinstance(term, TermDialog)
    type_into(qtbot, term.day, "2026/12/32", enter=False)
    assert term.save() is None and refused(term.day)
    assert [t.number for t in registry_bodies.load_terms(ctx.db)][-1] == 5  # no new term
    created = rc.create_committee(
        ctx.db, rc.CommitteeFields("工程造价专家委员会", CommitteeKind.EXPERT_COMMITTEE)
    )
    [committee] = [c for c in registry_bodies.load_committees(ctx.db) if c.key == created.key]
    member = MemberDialog(ctx.db, committee, dt.date(2024, 9, 1))
    shown(qtbot, member)
    member.person.set_key("p4")
    type_into(qtbot, member.end, "2027-1-0", enter=False)
    assert member.save() is False and refused(member.end)
    assert _members(ctx, created.key) == []
    type_into(qtbot, member.end, "2027年1月1日", enter=False)
    assert member.save() is True
    assert _members(ctx, created.key) == [(dt.date(2024, 9, 1), dt.date(2027, 1, 1))]


def _members(ctx: Any, key: str) -> list[tuple[dt.date | None, dt.date | None]]:
    [committee] = [c for c in registry_bodies.load_committees(ctx.db) if c.key == key]
    return [(m.start, m.end) for m in committee.members]


def test_the_term_start_of_the_setup_is_typed(qtbot: Any, empty_ctx: Any) -> None:
    dialog = SetupDialog(empty_ctx)
    shown(qtbot, dialog)
    dialog.name.setText("天津市工程咨询协会")
    dialog.term.setValue(5)
    type_into(qtbot, dialog.term_start, "2021年13月1日", enter=False)
    press_ok(qtbot, dialog)
    assert refused(dialog.term_start) and registry_bodies.load_terms(empty_ctx.db) == []
    with qtbot.waitSignal(dialog.done_setup):
        type_into(qtbot, dialog.term_start, "2021.12.1", enter=False)
        press_ok(qtbot, dialog)
    [term] = registry_bodies.load_terms(empty_ctx.db)
    assert (term.number, term.start) == (5, dt.date(2021, 12, 1))


def test_the_statistics_period_is_typed(qtbot: Any, ctx: Any) -> None:
    area = StatsArea(ctx)
    shown(qtbot, area)
    area.mode.setCurrentIndex(RANGE)
    with qtbot.waitSignal(area.computed, timeout=30_000):
        type_into(qtbot, area.start, "2024.3.1")
    type_into(qtbot, area.end, "2024年8月31日")
    assert (area.period().start, area.period().end) == (dt.date(2024, 3, 1), dt.date(2024, 8, 31))
    type_into(qtbot, area.end, "2024-8-32")
    assert refused(area.end) and area.period().end == dt.date(2024, 8, 31)
    qtbot.waitUntil(lambda: "Computing" not in area.status.text(), timeout=30_000)
