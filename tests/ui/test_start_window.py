"""The window's first frame comes from a light read; the main window then takes its place."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QPushButton

from minutes_app.app import WindowSession
from minutes_app.services import catalog
from minutes_app.services.meeting_store import get_meeting
from minutes_app.services.start_list import read_start_list
from minutes_app.store.revisions import head_revision

OLD = Path(__file__).parent.parent / "fixtures" / "schema-0001.db"


def _revision(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def test_the_light_read_gives_the_rows_catalog_gives(loaded_db: Any, db_path: Path) -> None:
    start = read_start_list(db_path)
    assert start is not None
    assert start.rows == catalog.list_meetings(loaded_db)
    assert start.rows[0].title == "天津市工程咨询协会第五届第五次理事长会议"
    assert start.organisation == catalog.organisation_name(loaded_db)


def test_what_the_light_read_leaves_to_the_normal_opening(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    shutil.copy(OLD, old)
    foreign = tmp_path / "other.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.close()
    (tmp_path / "garbage.db").write_bytes(b"not a database at all" * 100)
    assert read_start_list(old) is None  # needs the upgrade first
    assert read_start_list(foreign) is None
    assert read_start_list(tmp_path / "garbage.db") is None
    assert read_start_list(tmp_path / "missing.db") is None
    assert not (tmp_path / "missing.db").exists()
    assert read_start_list("postgresql://secretary@server/minutes") is None
    assert _revision(old) == "0001"  # the light read changed nothing


def test_the_list_shows_first_then_the_main_window_edits(
    qapp: Any, qtbot: Any, loaded_db: Any, db_path: Path, prefs: Any
) -> None:
    session = WindowSession(qapp, prefs, demo=False)
    try:
        session.start(db_path)
        first = session.start_window
        assert first is not None and session.window is None
        assert first.isVisible()
        shown = [first.model.row_at(row) for row in range(first.model.rowCount())]
        assert shown == catalog.list_meetings(loaded_db)
        assert not first.menuBar().actions()[0].isEnabled()  # nothing needs the db yet
        assert not first.findChild(QPushButton).isEnabled()
        first.table.selectRow(0)
        place = first.geometry()
        qtbot.waitUntil(lambda: session.window is not None, timeout=30_000)
        window = session.window
        assert window is not None and window.isVisible()
        assert session.start_window is None
        assert not [w for w in QApplication.topLevelWidgets()
                    if w.objectName() == "startWindow" and w.isVisible()]  # fmt: skip
        # Where the first frame was (wider only when its menus and areas need more room).
        assert window.geometry().topLeft() == place.topLeft()
        assert window.height() == place.height() and window.width() >= place.width()
        assert window.meetings.list.selected_key() == "m-5-5"  # the selection carried over
        assert window.meetings.list.model.rowCount() == len(shown)
        editor = window.meetings.open_meeting("m-5-5")
        assert editor.keeper.edit("place", lambda m: setattr(m, "location", "第三会议室")) is None
        assert get_meeting(window.ctx.db, "m-5-5").location == "第三会议室"
    finally:
        session.close()


def test_closing_the_first_frame_quits_as_closing_the_window_would(
    qapp: Any, qtbot: Any, loaded_db: Any, db_path: Path, prefs: Any
) -> None:
    session = WindowSession(qapp, prefs, demo=False)
    try:
        session.start(db_path)
        first = session.start_window
        assert first is not None
        with qtbot.waitSignal(first.closed_early, timeout=5_000):
            first.close()
    finally:
        session.close()


def test_a_database_needing_an_upgrade_is_upgraded_before_anything_shows(
    qapp: Any, qtbot: Any, tmp_path: Path, prefs: Any
) -> None:
    target = tmp_path / "old.db"
    shutil.copy(OLD, target)
    session = WindowSession(qapp, prefs, demo=False)
    try:
        session.start(target)
        assert session.start_window is None  # no light list from an old schema
        qtbot.waitUntil(lambda: session.window is not None, timeout=30_000)
        assert session.window is not None
        assert session.window.meetings.list.model.rowCount() == 1
        assert len(list(tmp_path.glob("old.before-upgrade-*.db"))) == 1
    finally:
        session.close()
    assert _revision(target) == head_revision()


# The app's own start from the command line, watched at its two moments.
WATCH = """
import sys
from minutes_app import app
def report(what, rows):
    print(what, rows, "sqlalchemy" in sys.modules, flush=True)
app._report_shown = report
from minutes_app.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def test_the_first_frame_comes_before_sqlalchemy_is_imported(
    loaded_db: Any, db_path: Path, isolated_home: Path
) -> None:
    loaded_db.dispose()
    env = {**os.environ, "MINUTES_APP_HOME": str(isolated_home), "QT_QPA_PLATFORM": "offscreen",
           "MINUTES_APP_QUIT_WHEN_SHOWN": "1"}  # fmt: skip
    result = subprocess.run([sys.executable, "-c", WATCH, str(db_path)],
                            capture_output=True, text=True, env=env, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["shown 1 False", "ready 1 True"]
