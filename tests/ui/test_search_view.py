"""The search panel: Ctrl+F from any area, results as you type, opening what was found."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from minutes_app.domain.search import HitKind
from minutes_app.ui import i18n
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.search.delegate import marked_html
from minutes_app.ui.search.model import HIT_ROLE, SearchModel

SHOTS = Path(__file__).resolve().parents[2] / "benchmarks" / "out" / "screenshots"


@pytest.fixture
def window(qtbot: Any, qapp: Any, ctx: Any) -> Iterator[MainWindow]:
    i18n.install(qapp, "zh_CN")
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
        main.activateWindow()
    yield main
    i18n.install(qapp, "zh_CN")


def type_and_wait(qtbot: Any, window: MainWindow, text: str) -> None:
    panel = window.search
    with qtbot.waitSignal(panel.searched, timeout=10_000):
        panel.field.setText(text)


def rows(window: MainWindow) -> list[tuple[str, str, str]]:
    proxy = window.search.proxy
    return [
        (proxy.index(r, 0).data(HIT_ROLE).kind.value, proxy.index(r, 1).data(),
         proxy.index(r, 0).data())
        for r in range(proxy.rowCount())
    ]  # fmt: skip


def test_ctrl_f_from_every_area_focuses_the_field(qtbot: Any, window: MainWindow) -> None:
    for row in range(window.sidebar.count() - 1):  # the last area is the search itself
        window.sidebar.setCurrentRow(row)
        area = window.stack.currentWidget()
        qtbot.keyClick(area, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget() is window.search
        qtbot.waitUntil(window.search.field.hasFocus)


def test_results_as_you_type_grouped_by_kind(qtbot: Any, window: MainWindow) -> None:
    type_and_wait(qtbot, window, "房友")
    assert rows(window) == [
        ("decision", "同意天津房友工程咨询有限公司为特邀副会长单位。", "决定事项（1条）"),
        ("action", "通知房友公司", "督办事项（1条）"),
        ("unit", "天津房友工程咨询有限公司", "会员单位（1条）"),
    ]
    assert window.search.status.text() == "找到“房友”共3条"
    first = window.search.proxy.index(0, SearchModel.MEETING)
    assert first.data() == "天津市工程咨询协会第五届第五次理事长会议"
    assert window.search.proxy.index(0, SearchModel.DATE).data() == "2024-08-11"
    hit = window.search.proxy.index(0, 0).data(HIT_ROLE)
    assert '<span style="background:#ffe066;font-weight:bold">房友</span>' in marked_html(hit)


def test_only_the_newest_answer_is_shown(qtbot: Any, window: MainWindow) -> None:
    panel = window.search
    panel.field.setText("智能化")
    panel.run_now()
    with qtbot.waitSignal(panel.searched, timeout=10_000):
        panel.field.setText("李光辉")
        panel.run_now()
    qtbot.wait(300)
    assert [r[0] for r in rows(window)] == ["person"]


def test_nothing_found_says_so_with_the_query(qtbot: Any, window: MainWindow) -> None:
    type_and_wait(qtbot, window, "没有的词")
    assert window.search.status.text() == "没有找到“没有的词”"
    assert window.search.proxy.rowCount() == 0


def test_filters_narrow_by_year_and_kind(qtbot: Any, window: MainWindow) -> None:
    panel = window.search
    type_and_wait(qtbot, window, "房友")
    panel.kind.setCurrentIndex(panel.kind.findData(HitKind.UNIT.value))
    assert [r[0] for r in rows(window)] == ["unit"]
    panel.kind.setCurrentIndex(0)
    with qtbot.waitSignal(panel.searched, timeout=10_000):
        panel.year.setCurrentIndex(panel.year.findData(2024))
    assert [r[0] for r in rows(window)] == ["decision", "action"]  # the registry has no year


def test_enter_opens_the_meeting_at_the_agenda_item(qtbot: Any, window: MainWindow) -> None:
    type_and_wait(qtbot, window, "同意天津房友")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    editor = window.meetings.editor
    assert editor is not None and editor.key == "m-5-5"
    assert window.stack.currentWidget() is window.meetings
    assert editor.tabs.currentWidget() is editor.agenda
    assert editor.agenda.current_key == "a-1"


def test_double_click_opens_a_unit_in_the_registry(qtbot: Any, window: MainWindow) -> None:
    from minutes_app.ui.registry.area import RegistryArea

    type_and_wait(qtbot, window, "房友工程")
    panel = window.search
    row = next(r for r in range(panel.proxy.rowCount())
               if panel.proxy.index(r, 0).data(HIT_ROLE).kind is HitKind.UNIT)  # fmt: skip
    panel.table.doubleClicked.emit(panel.proxy.index(row, 1))
    area = window.stack.currentWidget()
    assert isinstance(area, RegistryArea)
    assert area.tabs.currentWidget() is area.units


def test_the_model_passes_the_model_tester(
    qtmodeltester: Any, qtbot: Any, window: MainWindow
) -> None:
    type_and_wait(qtbot, window, "分支")
    assert window.search.model.rowCount() > 0
    qtmodeltester.check(window.search.model, force_py=True)
    qtmodeltester.check(window.search.proxy, force_py=True)


def test_screenshot_of_a_search(qtbot: Any, window: MainWindow) -> None:
    window.resize(1280, 760)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_and_wait(qtbot, window, "分支机构")
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.height() <= 768  # the panel leaves the window on a 1366×768 screen
    assert window.grab().save(str(SHOTS / "search.png"))


def test_a_long_group_title_is_not_clipped(qtbot: Any, window: MainWindow) -> None:
    """Ten years give "会议（502条，显示前100条）": the kind column must hold it whole."""
    import dataclasses

    from minutes_app.services.search import SearchResult

    type_and_wait(qtbot, window, "第五届")
    panel = window.search
    meetings = [h for h in panel.model.hits if h.kind is HitKind.MEETING]
    assert meetings  # the demo's meetings are found
    many = SearchResult("第五届", meetings, {HitKind.MEETING: 50_200})
    panel._answered(panel._asked, dataclasses.replace(many))
    title = panel.proxy.index(0, SearchModel.KIND).data()
    assert title.startswith("会议（50200条，显示前")
    width = panel.table.horizontalHeader().sectionSize(SearchModel.KIND)
    assert panel.table.fontMetrics().horizontalAdvance(title) + 8 <= width
