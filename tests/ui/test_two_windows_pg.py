"""Two secretaries' windows on one PostgreSQL database: the second save of a stale copy
is refused with a message and a reload, and the first one's edit is kept; a meeting one
window adds shows up in the other's list by itself, the other's place kept."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QWidget

from minutes_app.services.archive import import_archive
from minutes_app.services.meeting_store import get_meeting
from minutes_app.store.database import open_database
from minutes_app.ui.context import AppContext
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.meetings.attendance_model import AttendanceModel
from minutes_app.ui.meetings.editor import MeetingEditor


@pytest.fixture
def windows(
    qtbot: Any, pg_url: str, sample: dict[str, Any], write_json: Any, prefs: Any
) -> Iterator[tuple[MeetingEditor, MeetingEditor]]:
    dbs = [open_database(pg_url), open_database(pg_url)]
    import_archive(dbs[0], write_json(sample))
    editors = []
    for db in dbs:
        editor = MeetingEditor(AppContext(db, prefs), "m-5-5")
        qtbot.addWidget(editor)
        editor.resize(1300, 900)
        with qtbot.waitActive(editor):
            editor.show()
            editor.activateWindow()
        editors.append(editor)
    yield editors[0], editors[1]
    for db in dbs:
        db.dispose()


def _activate(qtbot: Any, widget: QWidget) -> None:
    with qtbot.waitActive(widget):
        widget.activateWindow()


def mark(qtbot: Any, editor: MeetingEditor, person: str, column: int) -> None:
    view: QAbstractItemView = editor.attendance.table
    index = view.model().index(editor.attendance.model.row_of(person), column)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def status_of(db: Any, person: str) -> str | None:
    doc = get_meeting(db, "m-5-5")
    return next((e.status for e in doc.attendance if e.person == person), None)


def test_the_second_window_is_refused_reloaded_and_then_saves(
    qtbot: Any, windows: tuple[MeetingEditor, MeetingEditor]
) -> None:
    first, second = windows
    _activate(qtbot, first)
    mark(qtbot, first, "p9", AttendanceModel.PRESENT)  # saved by the first secretary
    db = first.ctx.db
    assert status_of(db, "p9") == "present"
    _activate(qtbot, second)
    mark(qtbot, second, "p8", AttendanceModel.PRESENT)  # from a copy older than that save
    assert "另一处修改" in second.attendance.error.text()  # told, not silently lost
    assert status_of(db, "p9") == "present"  # the first edit stands
    assert status_of(db, "p8") == "excused"
    assert second.attendance.model.status_of("p9") == "present"  # reloaded: it shows it
    mark(qtbot, second, "p8", AttendanceModel.PRESENT)  # again, on the reloaded copy
    assert status_of(db, "p8") == "present"
    assert status_of(db, "p9") == "present"


@pytest.fixture
def main_windows(
    qtbot: Any, pg_url: str, sample: dict[str, Any], write_json: Any, prefs: Any
) -> Iterator[tuple[MainWindow, MainWindow]]:
    dbs = [open_database(pg_url), open_database(pg_url)]
    import_archive(dbs[0], write_json(sample))
    windows = []
    for db in dbs:
        window = MainWindow(AppContext(db, prefs))
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        windows.append(window)
    yield windows[0], windows[1]
    for db in dbs:
        db.dispose()


def listed(window: MainWindow) -> list[str]:
    model = window.meetings.list.model
    return [model.row_at(row).key for row in range(model.rowCount())]


def test_the_second_window_shows_a_meeting_the_first_one_added_keeping_its_place(
    qtbot: Any, main_windows: tuple[MainWindow, MainWindow]
) -> None:
    first, second = main_windows
    second.meetings.list.select_key("m-5-5")  # where the second secretary is
    assert second.meetings.list.selected_key() == "m-5-5"
    _activate(qtbot, first)
    dialog = first.meetings.new_meeting()
    dialog.body.setCurrentIndex(dialog.body.findData("b-presidents"))
    dialog.start.clear()
    qtbot.keyClicks(dialog.start, "2024-9-20 9:00")  # as a secretary types it
    dialog.chair.setCurrentIndex(dialog.chair.findData("p1"))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.created):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    added = first.meetings.editor.key if first.meetings.editor else ""
    assert added and added not in listed(second)
    qtbot.waitUntil(lambda: added in listed(second), timeout=15_000)  # its own poll, no reload
    assert second.meetings.list.selected_key() == "m-5-5"  # its place kept
    assert second.meetings.currentWidget() is second.meetings.list
