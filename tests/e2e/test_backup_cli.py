"""`minutes-app backup` and `minutes-app check` as a script would call them."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

from minutes_app.services.meeting_store import approve_meeting


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MINUTES_APP_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "minutes_app", *args], capture_output=True,
                          text=True, env=env, timeout=120)  # fmt: skip


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    return result.stderr


def test_backup_writes_a_checked_copy_and_says_where(
    loaded_db: Any, db_path: Path, tmp_path: Path, isolated_home: Path
) -> None:
    loaded_db.dispose()
    out = tmp_path / "backups" / "周一.db"
    out.parent.mkdir()
    result = run("--db", str(db_path), "backup", str(out), home=isolated_home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1 and str(out) in result.stdout
    assert "1次会议" in result.stdout
    conn = sqlite3.connect(out)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT key FROM meetings").fetchall() == [("m-5-5",)]
    conn.close()
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_backup_failures_are_one_line(
    loaded_db: Any, db_path: Path, tmp_path: Path, isolated_home: Path
) -> None:
    loaded_db.dispose()
    missing_folder = run("--db", str(db_path), "backup", str(tmp_path / "no" / "x.db"),
                         home=isolated_home)  # fmt: skip
    assert "不存在" in _one_line(missing_folder)
    missing_db = run("--db", str(tmp_path / "none.db"), "backup", str(tmp_path / "x.db"),
                     home=isolated_home)  # fmt: skip
    assert "找不到数据库文件" in _one_line(missing_db)
    assert not (tmp_path / "none.db").exists()
    itself = run("--db", str(db_path), "backup", str(db_path), home=isolated_home)
    assert "数据库文件本身" in _one_line(itself)
    if sys.platform.startswith("linux"):
        refused = run("--db", str(db_path), "backup", "/sys/kernel/x.db", home=isolated_home)
        assert "没有权限" in _one_line(refused)


def test_check_names_a_meeting_changed_outside_the_app(
    loaded_db: Any, db_path: Path, isolated_home: Path
) -> None:
    approve_meeting(loaded_db, "m-5-5", when=dt.datetime(2024, 8, 15, 10, 0))
    loaded_db.dispose()
    good = run("--db", str(db_path), "check", home=isolated_home)
    assert good.returncode == 0, good.stderr
    assert "1份已审定纪要的校验值" in good.stdout
    conn = sqlite3.connect(db_path)
    # Not a searched text: the search triggers need the app's functions (see store/search_index)
    conn.execute("UPDATE decisions SET votes_for = 6 WHERE key = 'd-1'")
    conn.commit()
    conn.close()
    result = run("--db", str(db_path), "check", home=isolated_home)
    assert result.returncode == 1
    assert "m-5-5" in result.stderr and "本程序之外被改动" in result.stderr
    assert "天津市工程咨询协会第五届第五次理事长会议" in result.stderr
