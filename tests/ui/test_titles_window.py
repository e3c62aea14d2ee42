"""One 职务 per person per day: the attendance list and the 会议机构 seat table agree."""

from __future__ import annotations

import datetime as dt
from typing import Any

from minutes_app.domain.titles import title_on
from minutes_app.ui.meetings.attendance_model import AttendanceModel
from minutes_app.ui.meetings.editor import MeetingEditor
from minutes_app.ui.registry.area import RegistryArea
from minutes_app.ui.registry.models_bodies import HoldersModel


def _column(model: Any, column: int) -> dict[str, str]:
    return {
        model.index(r, 0).data(): model.index(r, column).data() for r in range(model.rowCount())
    }


def test_attendance_names_the_principal_title_on_the_meeting_day(qtbot: Any, demo_ctx: Any) -> None:
    editor = MeetingEditor(demo_ctx, "m-5-5")
    qtbot.addWidget(editor)
    detail = _column(editor.attendance.model, AttendanceModel.DETAIL)
    assert detail["李光辉"].endswith("会长")  # not 党支部书记, listed second
    # 刘海涛 and 杨帆 became 秘书长助理 at this meeting, from the next day: still 副会长
    assert detail["刘海涛"].endswith("副会长") and detail["杨帆"].endswith("副会长")


def test_seat_table_shows_the_title(qtbot: Any, demo_ctx: Any) -> None:
    area = RegistryArea(demo_ctx)
    qtbot.addWidget(area)
    area.show()
    area.set_day(dt.date(2024, 9, 1))
    seats = area.bodies.seats
    for row in range(area.bodies.proxy.rowCount()):
        area.bodies.table.selectRow(row)
        titles = {
            seats.index(r, HoldersModel.NAME).data(): seats.index(r, HoldersModel.ROLE).data()
            for r in range(seats.rowCount())
        }
        if "李光辉" in titles:
            break
    assert titles["李光辉"] == "会长"
    assert titles["刘海涛"] == "副会长"  # 副会长 before 秘书长助理, held from 2024-08-12


def test_title_on_ends_before_the_end_day() -> None:
    held = [
        ("党支部书记", dt.date(2021, 12, 1), None),
        ("会长", dt.date(2021, 12, 1), dt.date(2024, 9, 1)),
    ]
    assert title_on(held, dt.date(2024, 8, 31)) == "会长"
    assert title_on(held, dt.date(2024, 9, 1)) == "党支部书记"
    assert title_on(held, dt.date(2021, 11, 30)) is None
