"""Folders named in 中文 with spaces (a Windows user's 桌面\\会议 纪要): every file the app
reads or writes there works, and the one-window lock holds there too."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from minutes_app.io.resources import docx_text
from minutes_app.services.selftest import demo_archive
from minutes_app.store.errors import DatabaseInUse


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "会议 纪要" / "2024 年 资料"
    path.mkdir(parents=True)
    return path


def run(*args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MINUTES_APP_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "minutes_app", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=120)  # fmt: skip


def test_import_export_minutes_and_backup_in_a_chinese_folder(
    folder: Path, isolated_home: Path
) -> None:
    db = folder / "协会 数据.db"
    steps: list[tuple[str | Path, ...]] = [
        ("import", demo_archive()),
        ("minutes", "m-5-4", folder / "纪要 第四次.docx"),
        ("minutes", "m-5-4", folder / "签到 表.docx", "--kind", "signin"),
        ("actions", folder / "督办 事项.xlsx"),
        ("export-archive", folder / "归档 备份.json"),
        ("backup", folder / "备份 副本.db"),
        ("check",),
    ]
    for step in steps:
        result = run("--db", db, *step, home=isolated_home)
        assert result.returncode == 0, f"{step}: {result.stderr}"
    text = docx_text(folder / "纪要 第四次.docx").replace("\n", "")
    assert "天津市工程咨询协会第五届第四次理事长会议纪要" in text
    again = folder / "再次 导入.db"
    result = run("--db", again, "import", folder / "归档 备份.json", home=isolated_home)
    assert result.returncode == 0, result.stderr
    assert "3次会议" in result.stdout
    assert (folder / "督办 事项.xlsx").stat().st_size > 0
    assert run("--db", folder / "备份 副本.db", "check", home=isolated_home).returncode == 0


_HOLDER = """
import sys
from pathlib import Path
from minutes_app.services import locking
lock = locking.lock_database(Path(sys.argv[1]), locking.WINDOW)
print("locked", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def holder(folder: Path) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen([sys.executable, "-c", _HOLDER, str(folder / "协会 数据.db")],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            encoding="utf-8")  # fmt: skip
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    yield proc
    proc.communicate("", timeout=30)


def test_the_window_lock_holds_in_a_chinese_folder(
    qapp: Any, folder: Path, holder: subprocess.Popen[str]
) -> None:
    from minutes_app.app import lock_database

    with pytest.raises(DatabaseInUse) as caught:
        lock_database(folder / "协会 数据.db")
    assert caught.value.pid == holder.pid
    assert "协会 数据.db" in caught.value.message
