"""The 名录 area: search as you type, the 截至 date, history, changes by hand, import."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from minutes_app.domain.credit_code import check_character
from minutes_app.services import registry
from minutes_app.ui.registry.area import RegistryArea
from minutes_app.ui.registry.models import UnitsModel
from minutes_app.ui.registry.table import ROW_ROLE

DAY = dt.date(2024, 8, 11)


@pytest.fixture
def area(qtbot: Any, ctx: Any) -> RegistryArea:
    widget = RegistryArea(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.set_day(dt.date(2024, 9, 1))
    return widget


def names(area: RegistryArea) -> list[str]:
    proxy = area.units.proxy
    return [proxy.index(r, UnitsModel.NAME).data() for r in range(proxy.rowCount())]


def select_unit(area: RegistryArea, name: str) -> None:
    area.units.search.setText(name)
    area.units.table.selectRow(0)
    assert area.units.selected() is not None and area.units.selected().name == name


def type_in(edit: Any, text: str) -> None:
    """Character by character, as an input method commits them (QTest types ASCII only)."""
    for char in text:
        edit.insert(char)


def test_search_as_you_type(qtbot: Any, area: RegistryArea) -> None:
    assert names(area) == ["天津市宏亚工程咨询有限公司", "天津房友工程咨询有限公司"]
    type_in(area.units.search, "房")
    assert names(area) == ["天津房友工程咨询有限公司"]
    type_in(area.units.search, "友x")
    assert names(area) == []
    qtbot.keyClick(area.units.search, Qt.Key.Key_Backspace)
    assert names(area) == ["天津房友工程咨询有限公司"]
    area.units.search.clear()
    type_in(area.units.search, "第二项决定")  # the decision column is searched too
    assert names(area) == ["天津房友工程咨询有限公司"]
    area.units.search.clear()
    qtbot.keyClicks(area.units.search, "Vice-president")  # the role, as shown
    assert len(names(area)) == 2
    assert area.units.count.text() == "2 of 3 units"  # 3 units, 2 of them members
    type_in(area.people.search, "王志")
    assert area.people.proxy.rowCount() == 1


def test_as_of_a_date(area: RegistryArea) -> None:
    invited = area.units.role_filter.findData("invited_vice_president_unit")
    area.units.role_filter.setCurrentIndex(invited)
    area.set_day(DAY - dt.timedelta(days=1))
    assert names(area) == []
    area.set_day(DAY)
    assert names(area) == ["天津房友工程咨询有限公司"]
    area.units.role_filter.setCurrentIndex(area.units.role_filter.findData(None))
    assert len(names(area)) == 3  # every unit, the secretariat too
    assert area.committees.proxy.rowCount() == 1
    assert area.documents.proxy.rowCount() == 1
    area.set_day(DAY - dt.timedelta(days=1))
    assert area.committees.proxy.rowCount() == 0
    assert area.documents.proxy.rowCount() == 0
    assert area.term_label.text().endswith("5")


def test_history_of_a_unit_shows_the_decision_one_click_from_the_meeting(
    qtbot: Any, area: RegistryArea
) -> None:
    select_unit(area, "天津房友工程咨询有限公司")
    panel = area.units.history
    rows = [[panel.proxy.index(r, c).data() for c in range(3)]
            for r in range(panel.proxy.rowCount())]  # fmt: skip
    assert rows[0][0] == "2019-03-01"
    assert rows[1][0] == "2024-08-11"
    assert (
        "第五届第五次理事长会议 第一项议题的第二项决定（五届理事长会决〔2024〕2号）" in rows[1][2]
    )
    assert "m-5-5" not in rows[1][2]  # no internal key in the window
    panel.table.selectRow(1)
    assert panel.open_button.isEnabled()
    with qtbot.waitSignal(area.open_meeting) as opened:
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["m-5-5"]
    panel.table.selectRow(0)  # a change by hand has no meeting
    assert not panel.open_button.isEnabled()


def test_a_change_by_hand_needs_a_reason(qtbot: Any, ctx: Any, area: RegistryArea) -> None:
    select_unit(area, "天津市宏亚工程咨询有限公司")
    dialog = area.units.change_role()
    assert dialog is not None
    dialog.what.setCurrentIndex(dialog.what.findData("director_unit"))
    assert dialog.save() is False
    assert dialog.error.text()
    assert dialog.isVisible()
    assert "director_unit" not in [e.what for e in registry.unit(ctx.db, "u-hongya").roles]
    dialog.reason.setPlainText("理事会换届前补录")
    with qtbot.waitSignal(ctx.registry_changed):
        assert dialog.save() is True
    select_unit(area, "天津市宏亚工程咨询有限公司")
    last = area.units.history.changes()[-1]
    assert (last.what, last.source.reason) == ("director_unit", "理事会换届前补录")
    basis = area.units.history.proxy.index(area.units.history.proxy.rowCount() - 1, 2).data()
    assert "理事会换届前补录" in basis


def test_ending_a_position_by_hand(qtbot: Any, ctx: Any, area: RegistryArea) -> None:
    from minutes_app.services.registry_edit import appoint

    appoint(ctx.db, "p9", "秘书长助理", dt.date(2024, 1, 1), "兼职")
    area.reload()
    area.tabs.setCurrentWidget(area.people)
    area.people.search.setText("孙晓峰")
    area.people.table.selectRow(0)
    dialog = area.people.change_position()
    assert dialog is not None
    dialog.end.setChecked(True)
    dialog.day.clear()
    qtbot.keyClicks(dialog.day, "2024-9-1")
    dialog.reason.setPlainText("辞去兼职")
    assert dialog.save() is True
    person = registry.person(ctx.db, "p9")
    assert person.positions_on(dt.date(2024, 9, 1)) == ()


def _write_members(path: Path) -> Path:
    good = "9112010100000000" + "1"
    good += check_character(good)
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    with path.open("w", encoding="gbk", newline="") as f:
        csv.writer(f).writerows([
            ["单位名称", "统一社会信用代码", "会员类别", "联系人"],
            ["天津新成员甲有限公司", good, "理事单位", "张三"],
            ["天津新成员乙有限公司", bad, "", "李四"],
        ])  # fmt: skip
    return path


def test_import_preview_shows_the_bad_row(
    qtbot: Any, ctx: Any, area: RegistryArea, tmp_path: Path
) -> None:
    dialog = area.units.import_units()
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.load_file(_write_members(tmp_path / "members.csv"))
    assert dialog.combos["name"].currentText() == "单位名称"
    assert dialog.combos["credit_code"].currentText() == "统一社会信用代码"
    rows = dialog.model.rows()
    assert [r.ok for r in rows] == [True, False]
    assert "第18位校验码" in (rows[1].error or "")
    assert dialog.model.index(1, dialog.model.PROBLEM).data() == rows[1].error
    assert dialog.error.text().startswith("第3行：")
    assert not dialog.import_button.isEnabled()
    dialog.bad_only.setChecked(True)
    assert dialog.proxy.rowCount() == 1
    dialog.drop_bad.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert done.args == [1]
    area.set_day(dt.date.today())
    area.units.search.setText("新成员")
    assert names(area) == ["天津新成员甲有限公司"]


def test_remapping_a_column_previews_again(
    qtbot: Any, ctx: Any, area: RegistryArea, tmp_path: Path
) -> None:
    dialog = area.units.import_units()
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.load_file(_write_members(tmp_path / "members.csv"))
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.combos["credit_code"].setCurrentIndex(0)  # (not imported)
    assert all(r.ok for r in dialog.model.rows())
    assert dialog.import_button.isEnabled()
    dialog.combos["name"].setCurrentIndex(0)
    assert not dialog.import_button.isEnabled()
    assert dialog.error.text()


def test_export_the_member_list(qtbot: Any, area: RegistryArea, tmp_path: Path) -> None:
    target = tmp_path / "members.xlsx"
    with qtbot.waitSignal(area.units.exported, timeout=10_000):
        area.units.export_to(target)
    assert target.exists()
    boxes = [b for b in area.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "2" in boxes[-1].text()


def test_start_the_next_term(qtbot: Any, ctx: Any, area: RegistryArea) -> None:
    area.tabs.setCurrentWidget(area.bodies)
    dialog = area.start_next_term()
    dialog.day.clear()
    qtbot.keyClicks(dialog.day, "2021.1.1")
    assert dialog.save() is None and "必须晚于" in dialog.error.text()
    dialog.day.clear()
    qtbot.keyClicks(dialog.day, "2026-12-1")
    with qtbot.waitSignal(ctx.registry_changed):
        result = dialog.save()
    assert result is not None and result.number == 6
    area.set_day(dt.date(2026, 12, 1))
    assert area.bodies.term.currentData() == 6
    assert area.bodies.seats.rowCount() == 9


def test_edit_unit_checks_the_credit_code(qtbot: Any, ctx: Any, area: RegistryArea) -> None:
    select_unit(area, "天津房友工程咨询有限公司")
    dialog = area.units.edit_unit()
    assert dialog is not None
    dialog.code.setText("91350100M000100Y44")
    assert "第18位校验码应为3，实为4" in dialog.code_hint.text()
    assert dialog.save() is False
    dialog.code.setText("91350100M000100Y43")
    assert dialog.save() is True
    assert registry.unit(ctx.db, "u-fangyou").credit_code == "91350100M000100Y43"


def test_models_pass_the_model_tester(qtmodeltester: Any, qtbot: Any, area: RegistryArea) -> None:
    select_unit(area, "天津房友工程咨询有限公司")
    area.units.search.clear()
    for model in (
        area.units.model,
        area.units.proxy,
        area.units.history.model,
        area.people.model,
        area.people.proxy,
        area.bodies.model,
        area.bodies.seats,
        area.committees.model,
        area.committees.members,
        area.documents.model,
    ):
        qtmodeltester.check(model, force_py=True)
    assert area.units.model.index(0, 0).data(ROW_ROLE) is not None


def test_opening_a_meeting_from_the_registry_in_the_main_window(qtbot: Any, ctx: Any) -> None:
    from minutes_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    area = window.findChild(RegistryArea)
    assert area is not None
    window.show_area(area)
    area.open_meeting.emit("m-5-5")
    assert window.meetings.editor is not None
    assert window.meetings.editor.key == "m-5-5"
    assert window.stack.currentWidget() is window.meetings


def test_a_new_unit_is_shown_and_selected(qtbot: Any, ctx: Any, area: RegistryArea) -> None:
    dialog = area.units.add_unit()
    dialog.name.setText("天津新设咨询有限公司")
    assert dialog.save() is True
    assert area.units.selected_key() == "u-1"
    assert area.units.role_filter.currentData() is None  # every unit, members or not
