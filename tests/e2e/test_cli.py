"""The command line as a script would call it: exit codes and one-line messages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MINUTES_APP_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "minutes_app", *args], capture_output=True,
                          text=True, env=env, timeout=120)  # fmt: skip


def test_version(isolated_home: Path) -> None:
    result = run("--version", home=isolated_home)
    assert result.returncode == 0
    assert result.stdout.startswith("minutes-app ")


def test_wrong_usage_exits_2_with_one_line(isolated_home: Path) -> None:
    result = run("export-archive", home=isolated_home)  # OUT.json missing
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    result = run("export-archive", "x.json", "--as-of", "yesterday", home=isolated_home)
    assert result.returncode == 2
    assert "2024-08-11" in result.stderr


def test_missing_archive_exits_1_with_one_line(isolated_home: Path, tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "a.db"), "import", str(tmp_path / "nope.json"),
                 home=isolated_home)  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "找不到归档文件" in result.stderr


def test_db_option_also_after_the_subcommand(
    isolated_home: Path, tmp_path: Path, sample: dict[str, Any], write_json: Any
) -> None:
    db = tmp_path / "after.db"
    assert (
        run("import", str(write_json(sample)), "--db", str(db), home=isolated_home).returncode == 0
    )
    result = run("check", "--db", str(db), home=isolated_home)
    assert result.returncode == 0, result.stderr
    assert "数据库完好" in result.stdout


def test_default_database_is_in_the_data_folder(
    isolated_home: Path, sample: dict[str, Any], write_json: Any
) -> None:
    assert run("import", str(write_json(sample)), home=isolated_home).returncode == 0
    assert (isolated_home / "minutes.db").exists()


def test_check_refuses_a_word_file_renamed_db(isolated_home: Path, tmp_path: Path) -> None:
    fake = tmp_path / "minutes.db"
    fake.write_bytes(b"PK\x03\x04" + b"word document" * 100)
    before = fake.read_bytes()
    result = run("--db", str(fake), "check", home=isolated_home)
    assert result.returncode == 1
    assert "不是本程序的数据库文件" in result.stderr
    assert "Traceback" not in result.stderr
    assert fake.read_bytes() == before


def test_export_from_missing_database_does_not_create_it(
    isolated_home: Path, tmp_path: Path
) -> None:
    result = run("--db", str(tmp_path / "none.db"), "export-archive", str(tmp_path / "o.json"),
                 home=isolated_home)  # fmt: skip
    assert result.returncode == 1
    assert not (tmp_path / "none.db").exists()


def test_export_into_missing_folder_says_so(
    isolated_home: Path, tmp_path: Path, sample: dict[str, Any], write_json: Any
) -> None:
    db = tmp_path / "x.db"
    run("--db", str(db), "import", str(write_json(sample)), home=isolated_home)
    result = run("--db", str(db), "export-archive", str(tmp_path / "no" / "o.json"),
                 home=isolated_home)  # fmt: skip
    assert result.returncode == 1
    assert "不存在" in result.stderr
