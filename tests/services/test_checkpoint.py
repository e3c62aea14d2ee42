"""Commits folded into the database file itself: at idle by the window, not in a save.

Observable as a secretary would see it: a copy of the bare .db file (without its -wal
companion) holds the latest save only once the commits are folded in.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

from minutes_app.services import database
from minutes_app.services.meeting_store import get_meeting, save_meeting


def bare_copy_location(db_path: Path, tmp_path: Path) -> str:
    copy = tmp_path / "bare-copy.db"
    shutil.copy(db_path, copy)  # the file alone, as a careless copy would take it
    con = sqlite3.connect(copy)
    try:
        row = con.execute("SELECT location FROM meetings WHERE key = 'm-5-5'").fetchone()
    finally:
        con.close()
    return str(row[0])


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
