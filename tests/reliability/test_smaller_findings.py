"""Audit finding 7: long values, leftover temp files, backups before refused writes,
other apps' files and read-only folders, each told in one short, true line."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from minutes_app.cli import main
from minutes_app.domain.errors import UserError
from minutes_app.domain.tempnames import TEMP_PREFIX
from minutes_app.services.archive import import_rows
from minutes_app.services.archive_load import load_archive
from minutes_app.store.database import open_database


def cli(capsys: Any, *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().err


def test_error_lines_are_at_most_300_characters(
    tmp_path: Path, capsys: Any, sample: dict[str, Any], write_json: Any
) -> None:
    members = tmp_path / "m.csv"
    members.write_text("名称,会员类别\n天津甲公司," + "理" * 5_000_000 + "\n", encoding="utf-8")
    code, err = cli(capsys, "--db", str(tmp_path / "a.db"), "import-units", str(members))
    assert code == 1 and len(err.rstrip("\n")) <= 300 and "第2行" in err, err[:400]
    sample["meetings"][0]["chair"] = "p" * 5_000_000  # a dangling key echoed in the message
    code, err = cli(capsys, "--db", str(tmp_path / "b.db"), "import", str(write_json(sample)))
    assert code == 1 and len(err.rstrip("\n")) <= 300 and "chair" in err, err[:400]
    assert err.count("\n") == 1 and "…" in err


def _leftover(folder: Path, name: str, age: float) -> Path:
    path = folder / f"{TEMP_PREFIX}{name}"
    path.write_bytes(b"half a file")
    os.utime(path, (time.time() - age, time.time() - age))
    return path


@pytest.mark.parametrize("command,out", [("units", "u.xlsx"), ("actions", "a.csv"),
                                         ("export-archive", "a.json"),
                                         ("minutes", "m.docx"), ("backup", "b.db")])  # fmt: skip
def test_temp_files_of_a_killed_export_are_removed_by_the_next_one(
    loaded_db: Any, db_path: Path, tmp_path: Path, capsys: Any, command: str, out: str
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    old = _leftover(folder, "members-abc.xlsx", age=3 * 3600)
    young = _leftover(folder, "members-def.xlsx", age=10)  # perhaps still being written
    mine = folder / ".members-other.xlsx"  # not ours: never touched
    mine.write_bytes(b"x")
    args = ["m-5-5", str(folder / out)] if command == "minutes" else [str(folder / out)]
    code, err = cli(capsys, "--db", str(db_path), command, *args)
    assert code == 0, err
    assert not old.exists() and young.exists() and mine.exists()
    assert {p.name for p in folder.iterdir()} == {out, young.name, mine.name}


def test_the_window_start_removes_old_temp_files_of_backups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from minutes_app import app
    from minutes_app.paths import backup_dir, data_dir

    for folder in (data_dir(), backup_dir()):
        folder.mkdir(parents=True, exist_ok=True)
    stale = [_leftover(data_dir(), "minutes-1.json", 7200),
             _leftover(backup_dir(), "backup-2.db", 7200)]  # fmt: skip
    app._sweep_temp_files(app.settings())
    assert not any(p.exists() for p in stale)


def test_import_replace_on_a_read_only_database_writes_no_backup(
    loaded_db: Any, db_path: Path, tmp_path: Path, sample: dict[str, Any]
) -> None:
    loaded_db.dispose()
    db = open_database(db_path, read_only="测试：只读")
    try:
        with pytest.raises(UserError, match="只读"):
            import_rows(db, load_archive(sample), replace=True)
    finally:
        db.dispose()
    assert list(tmp_path.glob("minutes.before-import-*")) == []


def _foreign(path: Path, *, ours: bool) -> Path:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('9f3c0e1d2b7a')")
        tables = ["meetings", "bodies", "units", "people"] if ours else ["users", "orders"]
        for table in tables:
            conn.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY)")
    conn.close()
    return path


def test_another_apps_alembic_database_is_not_called_newer(tmp_path: Path, capsys: Any) -> None:
    other = _foreign(tmp_path / "other.db", ours=False)
    code, err = cli(capsys, "--db", str(other), "check")
    assert code == 1 and "不是 minutes-app 的数据库" in err and "更新版本" not in err, err
    newer = _foreign(tmp_path / "newer.db", ours=True)
    code, err = cli(capsys, "--db", str(newer), "check")
    assert code == 1 and "更新版本" in err, err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX folders")
def test_units_into_a_folder_that_refuses_files_says_so(
    loaded_db: Any, db_path: Path, tmp_path: Path, capsys: Any
) -> None:
    if os.geteuid() == 0:
        folder = Path("/sys/kernel")  # refuses new files even to root
    else:
        folder = tmp_path / "locked"
        folder.mkdir(mode=0o555)
    for out in ("u.xlsx", "u.csv"):
        code, err = cli(capsys, "--db", str(db_path), "units", str(folder / out))
        assert code == 1 and "意外错误" not in err and "无法" in err, err
        assert err.count("\n") == 1
