"""The 统计 area: figures for the chosen period and body, charts beside tables, and a click
on a bar lists the records behind it."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from matplotlib.backend_bases import MouseButton, MouseEvent
from PySide6.QtCore import QSettings

from minutes_app.domain.report_tables import Pick
from minutes_app.services.archive import import_archive
from minutes_app.store.database import open_database
from minutes_app.ui import i18n
from minutes_app.ui.context import AppContext
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.stats import StatsHost
from minutes_app.ui.stats.area import StatsArea
from tests.report.report_archive import report_archive


def _window(qtbot: Any, db_path: Path, sample: dict[str, Any], write_json: Callable[..., Path],
            prefs: QSettings) -> tuple[MainWindow, StatsArea]:  # fmt: skip
    db = open_database(db_path)
    import_archive(db, write_json(report_archive(sample)))
    window = MainWindow(AppContext(db, prefs))
    qtbot.addWidget(window)
    window.resize(1366, 730)
    window.show()
    host = window.findChild(StatsHost)
    assert host is not None and window.findChild(StatsArea) is None  # built when opened
    with qtbot.waitSignal(host.computed, timeout=30_000):
        window.show_area(host)
    assert host.area is not None
    return window, host.area


CJK = re.compile(r"[\u4e00-\u9fff]")


def _click_bar(area: StatsArea, chart: str, pick: Pick) -> None:
    canvas = area.canvases[chart]
    canvas.draw()
    ax = canvas.figure.axes[0]
    bar = next(p for p in ax.patches if p.get_gid() == pick.encode())
    x, y = ax.transData.transform((bar.get_x() + bar.get_width() / 2,
                                   bar.get_y() + bar.get_height() / 2))  # fmt: skip
    MouseEvent("button_press_event", canvas, x, y, MouseButton.LEFT)._process()


def test_the_year_shows_in_charts_and_tables_and_a_bar_lists_its_meetings(
    qtbot: Any, qapp: Any, db_path: Path, sample: dict[str, Any],
    write_json: Callable[..., Path], prefs: QSettings,
) -> None:  # fmt: skip
    i18n.install(qapp, "zh_CN")
    try:
        window, area = _window(qtbot, db_path, sample, write_json, prefs)
        assert area.year.currentText() == "2024"
        months = area.models["table.months"]
        assert months.rowCount() == 13  # twelve months and the total
        total = months.index(12, months.columnCount() - 1).data()
        assert total == "2"
        assert set(area.canvases) == {"months", "quorum", "attendance", "seats", "decisions",
                                      "registry", "actions"}  # fmt: skip
        assert "召开会议 2 次" in area.status.text()
        _click_bar(area, "months", Pick("months", "2024-03", "b-presidents"))
        assert area.records_model.rowCount() == 1
        assert area.records_model.index(0, 1).data() == "五届三次理事长会议"
        assert "1 条记录" in area.records_label.text()
        area.tabs.setCurrentIndex(3)
        _click_bar(area, "seats", Pick("seats", "b-presidents", "p5"))
        behind = {area.records_model.index(r, 0).data(): area.records_model.index(r, 3).data()
                  for r in range(area.records_model.rowCount())}  # fmt: skip
        assert behind == {"2024-03-05": "请假", "2024-08-11": "出席"}
        area.tabs.setCurrentIndex(6)
        _click_bar(area, "actions", Pick("actions", "=1+1工程公司", "overdue"))
        assert area.records_model.index(0, 2).data() == "仍未办"
        assert area.records_model.index(0, 1).data() == "五届二次理事长会议"  # not its key
        window.grab().save(str(db_path.parent / "stats.png"))
    finally:
        i18n.install(qapp, "en")


def test_one_body_and_a_term(
    qtbot: Any, db_path: Path, sample: dict[str, Any], write_json: Callable[..., Path],
    prefs: QSettings, qapp: Any,
) -> None:  # fmt: skip
    i18n.install(qapp, "en")
    _, area = _window(qtbot, db_path, sample, write_json, prefs)
    assert area.status.text().startswith("2024: ")  # the English window: no 2024年
    with qtbot.waitSignal(area.computed, timeout=30_000):
        area.mode.setCurrentIndex(1)  # term
    assert area.figures is not None and area.figures.held == 3
    for shown in (area.term.currentText(), area.status.text()):
        assert shown.startswith("Term 5 (") and not CJK.search(shown), shown
    with qtbot.waitSignal(area.computed, timeout=30_000):
        area.body.setCurrentIndex(area.body.findData("b-presidents"))
    assert area.figures.body is not None and area.figures.body.key == "b-presidents"
    assert area.tabs.tabText(0) == "Meetings held each month"


def test_what_is_on_show_is_exported_as_the_report(
    qtbot: Any, db_path: Path, sample: dict[str, Any], write_json: Callable[..., Path],
    prefs: QSettings, tmp_path: Path,
) -> None:  # fmt: skip
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QMessageBox

    from minutes_app.domain.report_text import ZH

    _, area = _window(qtbot, db_path, sample, write_json, prefs)
    with qtbot.waitSignal(area.computed, timeout=30_000):
        area.mode.setCurrentIndex(1)  # the term, not the year
    with qtbot.waitSignal(area.computed, timeout=30_000):
        area.body.setCurrentIndex(area.body.findData("b-presidents"))
    area.exporter.menu.actions()[1].trigger()  # 统计数据，Excel 工作簿（.xlsx）…
    dialog = area.exporter.file_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.defaultSuffix() == "xlsx"
    out = tmp_path / "统计.xlsx"
    dialog.fileSelected.emit(str(out))  # the file chosen in the save dialog
    dialog.close()
    runner = area.exporter.runner
    assert runner is not None
    with qtbot.waitSignal(runner.finished, timeout=30_000):
        pass
    bodies = load_workbook(out)[ZH("table.bodies")]
    assert [c.value for c in bodies[2]][:2] == ["理事长会议", 3]  # the term's three meetings
    assert isinstance(runner.box, QMessageBox)
    runner.box.close()
