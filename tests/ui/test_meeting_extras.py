"""The meeting editor's extras: 纪要 details, own title, own rule, 已生效, the review item,
follow-up made in 督办 meanwhile, corrections of approved minutes, and export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from minutes_app.domain.enums import Base, MeetingStatus, Outcome
from minutes_app.domain.records import Decision, Meeting, MinutesBlock, PassRule
from minutes_app.services import meeting_doc
from minutes_app.services.actions import ActionRef, add_note, get_action
from minutes_app.services.documents import export_meeting
from minutes_app.services.meeting_doc import REVIEW_TITLE, decision
from minutes_app.services.meeting_store import create_meeting, get_meeting
from minutes_app.ui import i18n
from minutes_app.ui.meetings.decision_editor import DecisionEditor
from minutes_app.ui.meetings.editor import MeetingEditor

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def zh(qapp: Any) -> Iterator[None]:
    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")


def open_editor(qtbot: Any, ctx: Any, key: str = "m-5-5") -> MeetingEditor:
    widget = MeetingEditor(ctx, key)
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


@pytest.fixture
def editor(qtbot: Any, ctx: Any) -> MeetingEditor:
    return open_editor(qtbot, ctx)


def stored(ctx: Any, key: str = "m-5-5") -> Meeting:
    return get_meeting(ctx.db, key)


def minutes_of(ctx: Any) -> MinutesBlock:
    minutes = stored(ctx).minutes
    assert minutes is not None
    return minutes


def computed_title(doc: Meeting) -> str:
    assert doc.figures is not None
    return doc.figures.title


def number_of(d: Decision) -> str | None:
    assert d.result is not None
    return d.result.number


def type_line(qtbot: Any, field: QWidget, text: str) -> None:
    """Replace the text of a line field as a user does (an input method commits Chinese
    text at once), and press Enter."""
    field.setFocus()
    field.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    if text:
        field.insert(text)  # type: ignore[attr-defined]
    qtbot.keyClick(field, Qt.Key.Key_Return)


def pick(combo: Any, value: Any) -> None:
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def decision_editor(editor: MeetingEditor, key: str) -> DecisionEditor:
    editor.tabs.setCurrentWidget(editor.agenda)
    return editor.agenda.item_editor.decision_editors[key]


def set_votes_for(qtbot: Any, d: DecisionEditor, value: int) -> None:
    box = d.tallies[0]
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(value))
    qtbot.keyClick(box, Qt.Key.Key_Return)


def docx_text(path: Path) -> str:
    """The body's paragraphs and those in tables (the 版记 is a table at the end)."""
    doc = Document(str(path))
    cells = [p.text for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


# The pure edits


def test_minutes_block_edits_are_pure_and_drop_an_empty_block() -> None:
    doc = meeting_doc.new_meeting("m-1", "b-1", 1, 1, dt.datetime(2024, 8, 11, 9, 0))
    meeting_doc.set_minutes(doc, "协会秘书处", issue_no="第6期")
    assert doc.minutes == MinutesBlock("第6期", "协会秘书处", None, [])
    meeting_doc.set_minutes(doc, "协会秘书处", issued_by=None)  # empty: the default again
    assert doc.minutes.issued_by == "协会秘书处"
    meeting_doc.set_minutes(doc, "协会秘书处", issue_no=None)
    assert doc.minutes is None
    meeting_doc.set_minutes(doc, "协会秘书处", issued_by="会长办公室")
    assert doc.minutes is not None
    assert doc.minutes.issued_by == "会长办公室"
    assert meeting_doc.split_names(" 各理事长单位，协会监事会、、秘书处,") == [
        "各理事长单位", "协会监事会", "秘书处",
    ]  # fmt: skip
    titled = meeting_doc.new_meeting("m-2", "b-1", 1, 2, dt.datetime(2024, 8, 11, 9, 0))
    meeting_doc.set_title(titled, " 专题会议 ", generated="第五次理事长会议")
    assert titled.title == "专题会议"
    meeting_doc.set_title(titled, "第五次理事长会议", generated="第五次理事长会议")
    assert titled.title is None


# 1. The 纪要 details


def test_minutes_details_are_saved_and_exported(
    qtbot: Any, editor: MeetingEditor, ctx: Any, tmp_path: Path
) -> None:
    panel = editor.minutes
    editor.tabs.setCurrentWidget(panel)
    assert panel.issue_no.text() == "第5期"
    type_line(qtbot, panel.issue_no, "第6期")
    type_line(qtbot, panel.copy_to, "各理事长单位、协会监事会，天津市宏亚工程咨询有限公司")
    type_line(qtbot, panel.issued_on, "2024-8-20")
    type_line(qtbot, panel.issued_by, "")  # empty: the organisation's 秘书处
    assert minutes_of(ctx) == MinutesBlock(
        "第6期", "天津市工程咨询协会秘书处", dt.date(2024, 8, 20),
        ["各理事长单位", "协会监事会", "天津市宏亚工程咨询有限公司"],
    )  # fmt: skip
    assert panel.copy_to.text() == "各理事长单位，协会监事会，天津市宏亚工程咨询有限公司"
    assert panel.issued_by.placeholderText() == "天津市工程咨询协会秘书处"
    out = tmp_path / "jiyao.docx"
    export_meeting(ctx.db, "m-5-5", "jiyao", out)
    text = docx_text(out)
    # The meeting is still a draft: 征求意见稿, and no 期号 or 印发 date until approved.
    assert "征求意见稿" in text and "第6期" not in text and "2024年8月20日" not in text
    assert "抄送：各理事长单位，协会监事会，天津市宏亚工程咨询有限公司。" in text
    assert "天津市工程咨询协会秘书处" in text
    editor.undo_stack.undo()  # the issuer as it was
    editor.undo_stack.undo()
    assert minutes_of(ctx).issued_on == dt.date(2024, 8, 15)


def test_an_emptied_minutes_block_is_saved_as_null(
    qtbot: Any, editor: MeetingEditor, ctx: Any
) -> None:
    panel = editor.minutes
    editor.tabs.setCurrentWidget(panel)
    type_line(qtbot, panel.issue_no, "")
    type_line(qtbot, panel.copy_to, "")
    type_line(qtbot, panel.issued_on, "")  # no date of issue
    assert stored(ctx).minutes is None
    assert panel.issued_by.text() == ""  # the default shows as the placeholder
    type_line(qtbot, panel.issued_on, "8月11日")  # in the meeting's year
    assert minutes_of(ctx).issued_on == dt.date(2024, 8, 11)


# 2. A title of its own


def test_a_custom_title_round_trip(qtbot: Any, editor: MeetingEditor, ctx: Any) -> None:
    panel = editor.minutes
    editor.tabs.setCurrentWidget(panel)
    generated = "天津市工程咨询协会第五届第五次理事长会议"
    assert panel.title.text() == ""
    assert panel.title.placeholderText() == generated
    type_line(qtbot, panel.title, "2024年理事长会议（扩大）")
    doc = stored(ctx)
    assert (doc.title, computed_title(doc)) == ("2024年理事长会议（扩大）",) * 2
    assert editor.header.title.text() == "2024年理事长会议（扩大）"
    type_line(qtbot, panel.title, "")
    doc = stored(ctx)
    assert (doc.title, computed_title(doc)) == (None, generated)
    assert editor.header.title.text() == generated
    type_line(qtbot, panel.title, generated)  # the generated title typed out is no title
    assert stored(ctx).title is None
    assert panel.title.text() == ""


# 3. A decision's own pass rule


def test_an_own_rule_moves_the_outcome_at_the_boundary(zh: None, qtbot: Any, ctx: Any) -> None:
    widget = open_editor(qtbot, ctx)
    d1 = decision_editor(widget, "d-1")
    rule = d1.rule
    assert rule.own.text() == "本项适用特别表决规则"
    assert not rule.fraction.isEnabled()  # the body's rule, greyed
    assert rule.fraction.currentText() == "2/3"
    set_votes_for(qtbot, d1, 4)  # 7 voting: 2/3以上 needs 5
    assert d1.basis.text() == "到会7人，须2/3以上即5票；赞成4票，未通过"
    rule.own.setChecked(True)
    assert decision(stored(ctx), "d-1").rule == PassRule("2/3", True, Base.PRESENT)
    assert rule.fraction.isEnabled()
    line = rule.fraction.lineEdit()
    type_line(qtbot, line, "1/2")
    pick(rule.inclusive, False)  # 过半数 of 7 is 4
    assert decision(stored(ctx), "d-1").rule == PassRule("1/2", False, Base.PRESENT)
    assert d1.outcome.text() == "通过"
    assert d1.basis.text() == "到会7人，须过半数即4票；赞成4票，通过"
    set_votes_for(qtbot, d1, 3)
    result = decision(stored(ctx), "d-1").result
    assert result is not None and result.outcome is Outcome.FAILED
    set_votes_for(qtbot, d1, 4)
    pick(rule.of, "seats")  # 过半数 of 9 seats is 5
    assert d1.basis.text().endswith("赞成4票，未通过")
    rule.own.setChecked(False)
    assert decision(stored(ctx), "d-1").rule is None
    assert not rule.fraction.isEnabled()


def test_a_wrong_fraction_is_refused(qtbot: Any, editor: MeetingEditor, ctx: Any) -> None:
    d1 = decision_editor(editor, "d-1")
    d1.rule.own.setChecked(True)
    type_line(qtbot, d1.rule.fraction.lineEdit(), "3/2")
    assert "3/2" in d1.error.text()
    rule = decision(stored(ctx), "d-1").rule
    assert rule is not None and rule.fraction == "2/3"
    assert d1.rule.fraction.currentText() == "2/3"


# 4. 已生效 / 未生效


def test_effects_show_whether_they_took_hold(zh: None, qtbot: Any, ctx: Any) -> None:
    widget = open_editor(qtbot, ctx)
    d1 = decision_editor(widget, "d-1")
    d2 = decision_editor(widget, "d-2")
    assert d1.effects.status_text(0) == "已生效"
    assert [d2.effects.status_text(r) for r in range(2)] == ["已生效", "已生效"]
    assert "通过《天津市工程咨询协会分支机构管理办法》" in d1.effects.list.item(0).toolTip()
    set_votes_for(qtbot, d1, 2)  # the decision fails: its effect is withdrawn
    d1 = decision_editor(widget, "d-1")
    assert d1.outcome.text() == "未通过"
    assert d1.effects.status_text(0) == "未生效"
    assert d2.effects.status_text(0) == "已生效"
    widget.undo_stack.undo()
    assert d1.effects.status_text(0) == "已生效"


# 5. The review item and follow-up made in 督办


def plan_next_meeting(ctx: Any) -> str:
    doc = meeting_doc.new_meeting("m-5-6", "b-presidents", 5, 6, dt.datetime(2024, 9, 20, 9, 0),
                                  location="协会会议室", chair="p1", recorder="p9")  # fmt: skip
    meeting_doc.add_agenda_item(doc, REVIEW_TITLE, presenter="p9")
    meeting_doc.add_agenda_item(doc, "其他事项")
    create_meeting(ctx.db, doc)
    return "m-5-6"


def test_the_review_item_records_that_the_report_was_heard(qtbot: Any, ctx: Any) -> None:
    key = plan_next_meeting(ctx)
    widget = open_editor(qtbot, ctx, key)
    widget.tabs.setCurrentWidget(widget.agenda)
    review = widget.agenda.item_editor.review
    assert review.isVisible()
    assert review.table.rowCount() == 1
    assert review.table.item(0, 1).text() == "通知房友公司"
    assert review.table.item(0, 0).text() == "五届五次理事长会议"
    type_line(qtbot, review.note, "已发函")
    with qtbot.waitSignal(ctx.actions_changed, timeout=2000):
        qtbot.mouseClick(review.record_button, LEFT)
    notes = get_action(ctx.db, ActionRef("m-5-5", "t-2")).notes
    assert [n.note for n in notes] == ["2024年9月20日五届六次理事长会议听取了落实情况汇报：已发函"]
    assert notes[0].on == dt.date(2024, 9, 20)
    assert review.result.text() == "Recorded on 1 item(s)."
    assert review.table.item(0, 5).text().endswith("已发函")  # reloaded
    type_line(qtbot, review.note, "已发函")
    qtbot.mouseClick(review.record_button, LEFT)  # the same again: nothing more
    assert review.result.text() == "Already recorded for these items."
    widget.agenda.select_item("a-2")
    assert not review.isVisible()


def test_follow_up_in_the_actions_area_then_an_edit_here(
    qtbot: Any, editor: MeetingEditor, ctx: Any
) -> None:
    type_line(qtbot, editor.header.location, "第一会议室")
    assert editor.undo_stack.count() == 1
    add_note(ctx.db, ActionRef("m-5-5", "t-2"), "已电话通知", on=dt.date(2024, 8, 20))
    ctx.actions_changed.emit()  # as the 督办 area does after its edit
    assert editor.undo_stack.count() == 0  # its steps held the form without the note
    assert editor.notice.isVisible()
    assert "undo history" in editor.notice.text()
    type_line(qtbot, editor.header.location, "第二会议室")
    assert not editor.header.error.isVisible()
    doc = stored(ctx)
    assert doc.location == "第二会议室"
    t2 = meeting_doc.action(doc, "t-2")
    assert [u.note for u in t2.updates] == ["已电话通知"]
    assert not editor.notice.isVisible()  # the next save clears it


def test_follow_up_elsewhere_is_shown_at_once(qtbot: Any, editor: MeetingEditor, ctx: Any) -> None:
    from minutes_app.services.actions import close_action

    editor.tabs.setCurrentWidget(editor.agenda)
    actions = editor.agenda.item_editor.actions_editor
    actions.table.selectRow(actions.model.row_of("t-2"))
    close_action(ctx.db, ActionRef("m-5-5", "t-2"), "已通知")
    ctx.actions_changed.emit()
    assert actions.status.key() == "done"
    assert not editor.notice.isVisible()  # nothing to undo was lost: no need to say so


# 6. Approved minutes: hash, corrections


def test_a_correction_of_approved_minutes(zh: None, qtbot: Any, demo_ctx: Any) -> None:
    widget = open_editor(qtbot, demo_ctx)
    assert widget.read_only
    bar = widget.approval
    figures = stored(demo_ctx).figures
    assert figures is not None and figures.hash is not None
    digest = figures.hash
    assert bar.hash.text() == f"SHA-256 {digest[:16]}…"
    assert digest in bar.hash.toolTip()
    assert not bar.count.isVisible()
    dialog = bar.open_correction()
    assert dialog.isVisible()  # opened with open(): the test would fail on exec()
    paths = [dialog.field.itemData(i) for i in range(dialog.field.count())]
    assert {"title", "location", "agenda[1].notes", "agenda[1].decisions[0].text"} <= set(paths)
    dialog.choose("location")
    assert dialog.old.toPlainText() == "协会会议室"
    assert dialog.old.isReadOnly()
    dialog.new.setPlainText("协会第二会议室")
    dialog.by.setText("张雪")
    dialog.submit()  # no reason yet
    assert dialog.error.isVisible() and "理由" in dialog.error.text()
    assert "#b00020" in dialog.error.styleSheet()
    dialog.reason.setText("会议地点记录有误")
    with qtbot.waitSignal(demo_ctx.meetings_changed, timeout=2000):
        dialog.submit()
    assert not dialog.isVisible()
    doc = stored(demo_ctx)
    assert doc.location == "协会第二会议室"
    assert doc.status is MeetingStatus.APPROVED
    assert [(c.field, c.old, c.new, c.by) for c in doc.corrections] == [
        ("location", "协会会议室", "协会第二会议室", "张雪")
    ]
    assert doc.figures is not None and doc.figures.hash is not None
    assert doc.figures.hash != digest
    assert bar.hash.text() == f"SHA-256 {doc.figures.hash[:16]}…"
    assert widget.header.location.text() == "协会第二会议室"
    assert bar.count.isVisible()
    widget.tabs.setCurrentWidget(widget.minutes)  # its fields are made when first shown
    table = widget.minutes.corrections
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(1, 6)] == [
        "会议地点", "协会会议室", "协会第二会议室", "会议地点记录有误", "张雪",
    ]  # fmt: skip


def test_correcting_a_decision_text_keeps_the_number(qtbot: Any, demo_ctx: Any) -> None:
    widget = open_editor(qtbot, demo_ctx)
    number = number_of(decision(stored(demo_ctx), "d-1"))
    assert number is not None
    dialog = widget.approval.open_correction()
    dialog.choose("agenda[1].decisions[0].text")
    assert dialog.field.currentText().startswith("Item 2, decision 1: text")
    dialog.new.setPlainText("审议通过《天津市工程咨询协会分支机构管理办法》。")
    dialog.reason.setText("删去多余文字")
    dialog.submit()
    d1 = decision(stored(demo_ctx), "d-1")
    assert d1.text == "审议通过《天津市工程咨询协会分支机构管理办法》。"
    assert number_of(d1) == number
    widget.tabs.setCurrentWidget(widget.agenda)
    widget.agenda.select_item("a-2")
    shown = widget.agenda.item_editor.decision_editors["d-1"].text.toPlainText()
    assert shown == "审议通过《天津市工程咨询协会分支机构管理办法》。"


def test_the_corrector_defaults_to_the_settings_name(qtbot: Any, demo_ctx: Any) -> None:
    demo_ctx.settings.setValue("user_name", "孙晓峰")
    widget = open_editor(qtbot, demo_ctx)
    assert widget.approval.open_correction().by.text() == "孙晓峰"


def test_a_draft_meeting_has_no_approval_bar(editor: MeetingEditor) -> None:
    assert not editor.approval.isVisible()
    editor.tabs.setCurrentWidget(editor.minutes)
    assert not editor.minutes.corrections.isVisibleTo(editor.minutes)


# 7. Export, 8. keyboard


def test_the_export_button_has_the_lists_menu(editor: MeetingEditor) -> None:
    menu = editor.export_button.menu()
    assert menu is editor.exporter.menu
    assert len([a for a in menu.actions() if not a.isSeparator()]) >= 5
    assert editor.exporter.current_key() == "m-5-5"
    assert editor.exporter.current_title() == "天津市工程咨询协会第五届第五次理事长会议"
    assert editor.exporter.suggested_path("纪要", ".docx").name == (
        "天津市工程咨询协会第五届第五次理事长会议纪要.docx"
    )


def tab_through(qtbot: Any, start: QWidget, presses: int) -> list[str]:
    start.setFocus()
    seen = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().objectName())
    return seen


def test_tab_reaches_export_and_walks_the_minutes_tab(qtbot: Any, editor: MeetingEditor) -> None:
    seen = tab_through(qtbot, editor.header.approve_button, 2)
    assert seen == ["editorExport", "meetingStart"]
    editor.tabs.setCurrentWidget(editor.minutes)
    seen = tab_through(qtbot, editor.minutes.title, 4)
    assert seen == ["minutesIssueNo", "minutesIssuedBy", "minutesIssuedOn", "minutesCopyTo"]


def test_tab_reaches_the_rule_and_the_review(qtbot: Any, ctx: Any) -> None:
    key = plan_next_meeting(ctx)
    widget = open_editor(qtbot, ctx, key)
    widget.tabs.setCurrentWidget(widget.agenda)
    seen = tab_through(qtbot, widget.agenda.item_editor.notes, 3)
    assert seen == ["reviewTable", "reviewNote", "recordReview"]
    d1 = decision_editor(open_editor(qtbot, ctx), "d-1")
    seen = tab_through(qtbot, d1.tallies[2], 1)
    assert seen == ["ownRule"]


def test_tab_reaches_the_correction_button_of_approved_minutes(qtbot: Any, demo_ctx: Any) -> None:
    widget = open_editor(qtbot, demo_ctx)
    seen = tab_through(qtbot, widget.header.back_button, 3)
    assert seen[:2] == ["editorExport", "meetingStart"]  # read-only text stays selectable
    assert "correctButton" in seen + tab_through(qtbot, widget.header.location, 2)
