"""Audit finding 5: one lock for every writer, and a window can tell the file changed.

While a window holds the database, the command line's writing commands exit 1 naming
the holder and write nothing (no backup either); its reading commands still run. A
lock left by a killed process blocks nobody. A stamp taken before tells a window that
another process committed, or replaced the file, before its next write.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from minutes_app.cli import main
from minutes_app.domain.changes import DatabaseChange
from minutes_app.services import locking
from minutes_app.services.archive import export_archive
from minutes_app.services.changes import changed_by_others_since, changed_since, database_stamp
from minutes_app.services.meeting_store import get_meeting, save_meeting
from minutes_app.store.database import open_database
from minutes_app.store.lock import is_locked

ROOT = Path(__file__).resolve().parents[2]
HOLDER = """
import sys
from pathlib import Path
from minutes_app.store.lock import acquire
lock = acquire(Path(sys.argv[1]), "minutes-app window")
print("locked", flush=True)
sys.stdin.read()
"""


def cli(capsys: Any, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


@pytest.fixture
def window(loaded_db: Any, db_path: Path) -> Any:
    """The lock as the window holds it (the same call the window makes)."""
    lock = locking.lock_database(db_path, locking.WINDOW)
    assert lock is not None
    yield lock
    lock.unlock()


def test_import_replace_while_a_window_holds_the_database_writes_nothing(
    window: Any, loaded_db: Any, db_path: Path, tmp_path: Path, capsys: Any,
    sample: dict[str, Any], write_json: Any,
) -> None:  # fmt: skip
    sample["meetings"][0]["location"] = "导入的新地点"
    archive = write_json(sample, "new.json")
    before = files(tmp_path), db_path.read_bytes()
    code, out, err = cli(capsys, "--db", str(db_path), "import", str(archive), "--replace")
    assert code == 1 and out == ""
    assert "数据库正被另一个窗口或程序使用" in err and f"进程 {os.getpid()}" in err, err
    assert f"主机 {socket.gethostname()}" in err and "请先关闭它再重试" in err
    assert err.count("\n") == 1
    assert (files(tmp_path), db_path.read_bytes()) == before  # no backup, no change
    assert get_meeting(loaded_db, "m-5-5").location == "协会会议室"


def test_import_units_while_a_window_holds_the_database_writes_nothing(
    window: Any, db_path: Path, tmp_path: Path, capsys: Any
) -> None:
    members = tmp_path / "members.csv"
    members.write_text("名称\n天津新公司\n", encoding="utf-8")
    before = db_path.read_bytes()
    code, _, err = cli(capsys, "--db", str(db_path), "import-units", str(members))
    assert code == 1 and "数据库正被另一个窗口或程序使用" in err, err
    assert db_path.read_bytes() == before


def test_reading_commands_run_while_a_window_holds_the_database(
    window: Any, db_path: Path, tmp_path: Path, capsys: Any
) -> None:
    for args in (["export-archive", str(tmp_path / "a.json")], ["units", str(tmp_path / "u.csv")],
                 ["actions", str(tmp_path / "a.xlsx")], ["check"],
                 ["minutes", "m-5-5", str(tmp_path / "m.docx")],
                 ["backup", str(tmp_path / "b.db")]):  # fmt: skip
        code, _, err = cli(capsys, "--db", str(db_path), *args)
        assert code == 0, (args, err)
    assert window.held


def test_the_lock_of_a_killed_process_blocks_nobody(
    loaded_db: Any, db_path: Path, tmp_path: Path, capsys: Any, sample: dict[str, Any],
    write_json: Any,
) -> None:  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)], env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    assert is_locked(db_path)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not is_locked(db_path)
    code, _, err = cli(capsys, "--db", str(db_path), "import", str(write_json(sample)),
                       "--replace")  # fmt: skip
    assert code == 0, err


def test_a_stamp_tells_a_commit_by_another_process(loaded_db: Any, db_path: Path) -> None:
    stamp = database_stamp(loaded_db)
    assert changed_since(loaded_db, stamp) is DatabaseChange.NONE
    other = open_database(db_path)  # another process, as far as the file can tell
    doc = get_meeting(other, "m-5-5")
    doc.location = "另一处改的"
    save_meeting(other, doc)
    other.dispose()
    assert changed_since(loaded_db, stamp) is DatabaseChange.CHANGED
    assert changed_since(loaded_db, database_stamp(loaded_db)) is DatabaseChange.NONE


def test_own_writes_are_no_change_to_those_who_ask_for_others(
    loaded_db: Any, db_path: Path
) -> None:
    stamp = database_stamp(loaded_db)
    for place in ("第一会议室", "第二会议室"):
        doc = get_meeting(loaded_db, "m-5-5")
        doc.location = place
        save_meeting(loaded_db, doc)
    assert changed_since(loaded_db, stamp) is DatabaseChange.CHANGED  # the keeper's look
    found, now = changed_by_others_since(loaded_db, stamp)
    assert found is DatabaseChange.NONE and now == database_stamp(loaded_db)
    other = open_database(db_path)  # then another process
    doc = get_meeting(other, "m-5-5")
    doc.location = "另一处改的"
    save_meeting(other, doc)
    other.dispose()
    assert changed_by_others_since(loaded_db, stamp)[0] is DatabaseChange.CHANGED
    assert changed_by_others_since(loaded_db, now)[0] is DatabaseChange.CHANGED


def test_a_stamp_tells_a_replaced_file(loaded_db: Any, db_path: Path, tmp_path: Path) -> None:
    stamp = database_stamp(loaded_db)
    copy = tmp_path / "copy.db"
    export_archive(loaded_db, tmp_path / "x.json")  # a read: no new generation
    assert changed_since(loaded_db, stamp) is DatabaseChange.NONE
    shutil.copy(db_path, copy)
    os.replace(copy, db_path)  # a restore from a copy: same content, another file
    assert changed_since(loaded_db, stamp) is DatabaseChange.REPLACED
    db_path.unlink()
    assert changed_since(loaded_db, stamp) is DatabaseChange.GONE


def test_the_real_window_holds_the_lock_against_the_command_line(
    loaded_db: Any, db_path: Path, tmp_path: Path, capsys: Any, isolated_home: Path,
    sample: dict[str, Any], write_json: Any,
) -> None:  # fmt: skip
    loaded_db.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MINUTES_APP_HOME": str(isolated_home),
           "PYTHONPATH": str(ROOT)}  # fmt: skip
    proc = subprocess.Popen([sys.executable, "-m", "minutes_app", "--db", str(db_path)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    try:
        for _ in range(600):  # the window takes the lock within seconds of starting
            if is_locked(db_path) or proc.poll() is not None:
                break
            time.sleep(0.05)
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        assert is_locked(db_path)
        before = db_path.read_bytes()
        code, _, err = cli(capsys, "--db", str(db_path), "import", str(write_json(sample)),
                           "--replace")  # fmt: skip
        assert code == 1 and f"进程 {proc.pid}" in err, err
        assert db_path.read_bytes() == before
    finally:
        proc.kill()
        proc.wait()
    assert not is_locked(db_path)
