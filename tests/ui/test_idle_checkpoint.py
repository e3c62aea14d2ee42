"""The window folds its saves into the database file once it is idle, not inside a save."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from minutes_app.services import database
from minutes_app.ui.main_window import MainWindow
from tests.bare_file import bare_copy_location


def test_a_save_reaches_the_file_itself_once_the_window_is_idle(
    qtbot: Any, ctx: Any, tmp_path: Path
) -> None:
    database.checkpoint(ctx.db)  # the test data's import, folded in
    before = bare_copy_location(ctx.db.path, tmp_path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    editor = window.meetings.open_meeting("m-5-5")
    assert editor.keeper.edit("place", lambda m: setattr(m, "location", "第三会议室")) is None
    assert bare_copy_location(ctx.db.path, tmp_path) == before  # the save itself did not fold
    qtbot.waitUntil(
        lambda: bare_copy_location(ctx.db.path, tmp_path) == "第三会议室", timeout=10_000
    )
    window.close()
