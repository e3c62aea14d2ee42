"""The window notices what another process did to its database before it writes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from minutes_app.services.meeting_store import get_meeting
from minutes_app.ui.meetings.undo import MeetingKeeper

CHANGE_ELSEWHERE = """
import sys
from minutes_app.store.database import open_database
from minutes_app.services.meeting_store import get_meeting, save_meeting
db = open_database(sys.argv[1])
doc = get_meeting(db, "m-5-5")
doc.location = "第二会议室"
save_meeting(db, doc)
db.dispose()
"""


def _elsewhere(db_path: Path, script: str) -> None:
    subprocess.run([sys.executable, "-c", script, str(db_path)], check=True, timeout=120)


def test_a_meeting_changed_by_another_process_is_reloaded_not_overwritten(
    qapp: Any, ctx: Any
) -> None:
    keeper = MeetingKeeper(ctx.db, "m-5-5")
    assert keeper.edit("title", lambda m: setattr(m, "title", "我们的标题")) is None
    _elsewhere(ctx.db.path, CHANGE_ELSEWHERE)
    message = keeper.edit("chair", lambda m: setattr(m, "location", "我们的会议室"))
    assert message is not None and "已重新载入" in message
    stored = get_meeting(ctx.db, "m-5-5")
    assert stored.location == "第二会议室" and stored.title == "我们的标题"
    assert keeper.doc.location == "第二会议室"  # the window shows theirs now
    assert keeper.edit("again", lambda m: setattr(m, "location", "我们的会议室")) is None
    assert get_meeting(ctx.db, "m-5-5").location == "我们的会议室"


def test_a_database_replaced_under_the_window_is_reopened(
    qapp: Any, ctx: Any, tmp_path: Path
) -> None:
    keeper = MeetingKeeper(ctx.db, "m-5-5")
    path, archive = ctx.db.path, tmp_path / "archive.json"
    cli = [sys.executable, "-c", "import sys; from minutes_app.cli import main; sys.exit(main())"]
    subprocess.run([*cli, "export-archive", str(archive), "--db", str(path)], check=True)
    data = json.loads(archive.read_text(encoding="utf-8"))
    next(m for m in data["meetings"] if m["key"] == "m-5-5")["location"] = "新文件里的会议室"
    archive.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    subprocess.run([*cli, "import", str(archive), "--replace", "--db", str(path)], check=True)
    message = keeper.edit("place", lambda m: setattr(m, "location", "我们的会议室"))
    assert message is not None and message.startswith("这条记录已被他人修改，已重新载入")
    assert keeper.doc.location == "新文件里的会议室"


def test_a_database_taken_away_stops_the_writes(qapp: Any, ctx: Any, tmp_path: Path) -> None:
    keeper = MeetingKeeper(ctx.db, "m-5-5")
    ctx.db.path.rename(tmp_path / "moved.db")
    message = keeper.edit("place", lambda m: setattr(m, "location", "我们的会议室"))
    assert message is not None and "不再保存" in message


def test_the_window_refreshes_its_lists_when_another_process_writes(qtbot: Any, ctx: Any) -> None:
    from minutes_app.domain.changes import DatabaseChange
    from minutes_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.change_watch.timer.isActive()
    assert window.change_watch.poll() is DatabaseChange.NONE
    _elsewhere(ctx.db.path, CHANGE_ELSEWHERE)
    with qtbot.waitSignal(ctx.meetings_changed, timeout=1000):
        assert window.change_watch.poll() is DatabaseChange.CHANGED
    assert window.change_watch.poll() is DatabaseChange.NONE


def test_the_window_does_not_reload_its_lists_for_its_own_saves(qtbot: Any, ctx: Any) -> None:
    from minutes_app.domain.changes import DatabaseChange
    from minutes_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    keeper = MeetingKeeper(ctx.db, "m-5-5")
    told: list[str] = []
    ctx.registry_changed.connect(lambda: told.append("registry"))
    for place in ("第一会议室", "第三会议室"):
        assert keeper.edit("place", lambda m, p=place: setattr(m, "location", p)) is None
    assert window.change_watch.poll() is DatabaseChange.NONE
    assert told == []
    # Another process after ours: that one is news, even though ours came first.
    assert keeper.edit("place", lambda m: setattr(m, "location", "第四会议室")) is None
    _elsewhere(ctx.db.path, CHANGE_ELSEWHERE)
    with qtbot.waitSignal(ctx.meetings_changed, timeout=1000):
        assert window.change_watch.poll() is DatabaseChange.CHANGED
    assert told == ["registry"]
