"""The PostgreSQL server stops while a secretary edits a meeting in the window.

She is told once, what she typed stays on screen, and once the server is back the
window saves the kept edit once: it lands exactly once, or (someone changed the meeting
meanwhile) the stored meeting is loaded and she is told "这条记录已被他人修改，已重新载入".
The window asks the server whether it is back, and looks for others' changes, in the
worker pool: a server slow to answer never holds the window (a blocked fake shows it).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

from minutes_app.domain.changes import DatabaseChange
from minutes_app.services.archive import import_archive
from minutes_app.services.change_poll_pg import ChangeCheck, ChangeStamp
from minutes_app.services.meeting_store import get_meeting, save_meeting
from minutes_app.store.database import open_database
from minutes_app.ui import change_watch, reconnect
from minutes_app.ui.context import AppContext
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.meetings.attendance_model import AttendanceModel
from minutes_app.ui.meetings.editor import MeetingEditor
from tests.pg import Cluster, remove_cluster, start_cluster

pytestmark = pytest.mark.postgresql_only


@pytest.fixture(scope="module")
def own_server(pg_server: Any) -> Iterator[Cluster]:
    """A cluster of this module's own: these tests stop it."""
    cluster = start_cluster()
    assert isinstance(cluster, Cluster), cluster
    yield cluster
    remove_cluster(cluster)


@pytest.fixture
def editor(
    qtbot: Any, own_server: Cluster, sample: dict[str, Any], write_json: Any, prefs: Any
) -> Iterator[MeetingEditor]:
    db = open_database(own_server.url(own_server.new_database()))
    import_archive(db, write_json(sample))
    widget = MeetingEditor(AppContext(db, prefs), "m-5-5")
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    yield widget
    db.dispose()


def type_place(qtbot: Any, field: QWidget, text: str) -> None:
    field.setFocus()
    field.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    for char in text:  # QTest types ASCII only; an input method commits characters
        field.insert(char)  # type: ignore[attr-defined]
    qtbot.keyClick(field, Qt.Key.Key_Return)


def mark(qtbot: Any, editor: MeetingEditor, person: str, column: int) -> None:
    view = editor.attendance.table
    index = view.model().index(editor.attendance.model.row_of(person), column)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())  # fmt: skip


def test_a_server_stopped_mid_session_loses_no_edit_and_saves_it_once(
    qtbot: Any, own_server: Cluster, editor: MeetingEditor
) -> None:
    db = editor.ctx.db
    version = get_meeting(db, "m-5-5").version
    told: list[str] = []
    editor.retry.told.connect(told.append)
    own_server.stop()
    try:
        type_place(qtbot, editor.header.location, "二号会议室")
        mark(qtbot, editor, "p9", AttendanceModel.PRESENT)  # a second edit, still down
        assert editor.header.location.text() == "二号会议室"  # what she typed is still there
        assert editor.attendance.model.status_of("p9") == "present"
        assert len(told) == 1  # told once, not once per edit
        assert told[0].startswith(f"无法连接到数据库服务器 127.0.0.1:{own_server.port}：")
        assert editor.notice.isVisible() and editor.notice.text() == told[0]
        assert editor.retry.timer.isActive()  # it keeps asking the server
    finally:
        own_server.start()
    qtbot.waitUntil(lambda: editor.keeper.pending is None, timeout=30_000)
    stored = get_meeting(db, "m-5-5")
    assert stored.location == "二号会议室"
    assert next(e.status for e in stored.attendance if e.person == "p9") == "present"
    assert stored.version == version + 1  # both edits landed, in one save, once
    assert editor.notice.text() == "Connected to the server again; your change was saved."
    assert editor.undo_stack.count() == 1  # and one Ctrl+Z takes them back
    editor.undo_stack.undo()
    assert get_meeting(db, "m-5-5").location == "协会会议室"


def test_a_meeting_changed_meanwhile_is_reloaded_and_the_user_told(
    qtbot: Any, own_server: Cluster, editor: MeetingEditor
) -> None:
    db = editor.ctx.db
    own_server.stop()
    try:
        type_place(qtbot, editor.header.location, "二号会议室")
        assert editor.keeper.pending is not None
        editor.retry.timer.stop()  # the other secretary saves before the retry, for sure
    finally:
        own_server.start()
    other = open_database(db.engine.url.render_as_string(hide_password=False))
    try:
        doc = get_meeting(other, "m-5-5")
        doc.location = "三号会议室"
        save_meeting(other, doc)
    finally:
        other.dispose()
    editor.retry.try_again()  # the server is asked in the pool; the save follows here
    qtbot.waitUntil(lambda: editor.keeper.pending is None, timeout=15_000)
    assert get_meeting(db, "m-5-5").location == "三号会议室"  # theirs stands
    assert editor.header.location.text() == "三号会议室"  # and is what she now sees
    assert "这条记录已被他人修改，已重新载入" in editor.undo_error.text()
    assert not editor.notice.isVisible()


def test_the_change_watch_looks_less_often_while_the_server_is_away(
    qtbot: Any, own_server: Cluster, editor: MeetingEditor
) -> None:
    from minutes_app.ui.change_watch import POLL_MS

    window = MainWindow(editor.ctx)
    qtbot.addWidget(window)
    watch = window.change_watch
    watch.timer.stop()  # only the looks made here
    qtbot.waitUntil(lambda: not watch.looking, timeout=15_000)  # the first look, at start
    own_server.stop()
    try:
        for _ in range(2):
            assert watch.poll() is DatabaseChange.NONE  # no crash, no message of its own
            qtbot.waitUntil(lambda: not watch.looking, timeout=15_000)
        assert watch.timer.interval() == 4 * POLL_MS
    finally:
        own_server.start()
    with qtbot.waitSignal(watch.looked, timeout=15_000) as answered:
        watch.poll()
    assert answered.args == [False]
    assert watch.timer.interval() == POLL_MS


# ---- the window stays free while the server is slow to answer ------------------------


class Blocked:
    """A service call that blocks in the worker until released, as a connect to a server
    that went away blocks for the connect timeout; it counts the calls made."""

    def __init__(self, answer: Any) -> None:
        self.answer = answer
        self.started = threading.Event()
        self.release = threading.Event()
        self.calls = 0
        self.threads: list[int] = []

    def __call__(self, *_args: Any) -> Any:
        self.calls += 1
        self.threads.append(threading.get_ident())
        self.started.set()
        assert self.release.wait(30), "never released"
        return self.answer() if callable(self.answer) else self.answer


def the_event_loop_runs(qtbot: Any) -> None:
    """A timer started now fires (the UI thread is not held by the blocked call)."""
    fired: list[bool] = []
    QTimer.singleShot(20, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=5_000)


def test_a_look_at_a_slow_server_leaves_the_window_free(
    qtbot: Any, own_server: Cluster, editor: MeetingEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    checks = [ChangeCheck(frozenset(), ChangeStamp()), ChangeCheck(frozenset({"meetings"}))]
    blocked = Blocked(lambda: checks.pop(0))
    monkeypatch.setattr(change_watch.change_poll_pg, "changes_since", blocked)
    window = MainWindow(editor.ctx)
    qtbot.addWidget(window)
    watch = window.change_watch
    watch.timer.stop()
    assert blocked.started.wait(10)  # the first look is under way, in the pool
    the_event_loop_runs(qtbot)
    for _ in range(3):
        watch.poll()  # no second look while one is under way
    assert blocked.calls == 1
    blocked.release.set()
    qtbot.waitUntil(lambda: not watch.looking, timeout=5_000)
    told: list[int] = []
    editor.ctx.meetings_changed.connect(lambda: told.append(threading.get_ident()))
    with qtbot.waitSignal(watch.looked, timeout=5_000) as answered:
        watch.poll()
    assert answered.args == [True] and blocked.calls == 2
    assert told == [threading.get_ident()]  # the lists were told on the UI thread
    assert threading.get_ident() not in blocked.threads  # and the server asked off it


def test_asking_a_slow_server_to_save_again_leaves_the_window_free(
    qtbot: Any, own_server: Cluster, editor: MeetingEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = editor.ctx.db
    own_server.stop()
    try:
        type_place(qtbot, editor.header.location, "二号会议室")
        assert editor.keeper.pending is not None
    finally:
        own_server.start()
    editor.retry.timer.stop()
    blocked = Blocked(True)  # it will answer, but slowly
    monkeypatch.setattr(reconnect, "server_answers", blocked)
    editor.retry.try_again()
    assert blocked.started.wait(10)
    the_event_loop_runs(qtbot)
    editor.retry.try_again()  # one question at a time
    assert blocked.calls == 1 and editor.keeper.pending is not None
    blocked.release.set()
    qtbot.waitUntil(lambda: editor.keeper.pending is None, timeout=15_000)
    assert get_meeting(db, "m-5-5").location == "二号会议室"  # saved once it answered
    assert editor.notice.text() == "Connected to the server again; your change was saved."
    assert threading.get_ident() not in blocked.threads
