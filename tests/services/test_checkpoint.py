"""Commits folded into the database file itself: at idle by the window, not in a save.

Observable as a secretary would see it: a copy of the bare .db file (without its -wal
companion) holds the latest save only once the commits are folded in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from minutes_app.services import database
from minutes_app.services.meeting_store import get_meeting, save_meeting
from tests.bare_file import bare_copy_location


def save_location(db: Any, place: str) -> None:
    meeting = get_meeting(db, "m-5-5")
    meeting.location = place
    save_meeting(db, meeting)


def test_a_save_stays_in_the_log_until_the_checkpoint(
    loaded_db: Any, db_path: Path, tmp_path: Path
) -> None:
    database.checkpoint(loaded_db)  # the import, folded in
    before = bare_copy_location(db_path, tmp_path)
    save_location(loaded_db, "第三会议室")
    assert bare_copy_location(db_path, tmp_path) == before  # no checkpoint in the save
    database.checkpoint(loaded_db)
    assert bare_copy_location(db_path, tmp_path) == "第三会议室"
    assert get_meeting(loaded_db, "m-5-5").location == "第三会议室"


def test_each_commit_is_counted(loaded_db: Any) -> None:
    before = loaded_db.commits
    save_location(loaded_db, "第一会议室")
    save_location(loaded_db, "第二会议室")
    assert loaded_db.commits == before + 2
