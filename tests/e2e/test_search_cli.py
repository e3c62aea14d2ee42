"""`minutes-app search` as a script would call it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MINUTES_APP_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "minutes_app", *args], capture_output=True,
                          text=True, env=env, timeout=300)  # fmt: skip


def imported(tmp_path: Path, sample: dict[str, Any], write_json: Callable[..., Path]) -> Path:
    db = tmp_path / "m.db"
    done = run("--db", str(db), "import", str(write_json(sample)), home=tmp_path)
    assert done.returncode == 0, done.stderr
    return db


def test_json_lists_every_hit_with_kind_key_and_meeting(
    tmp_path: Path, sample: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    db = imported(tmp_path, sample, write_json)
    done = run("--db", str(db), "search", "房友", "--json", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [
        {"kind": "decision", "key": "d-2", "meeting": "m-5-5",
         "snippet": "同意天津房友工程咨询有限公司为特邀副会长单位。"},
        {"kind": "action", "key": "t-2", "meeting": "m-5-5", "snippet": "通知房友公司"},
        {"kind": "unit", "key": "u-fangyou", "meeting": None,
         "snippet": "天津房友工程咨询有限公司"},
    ]  # fmt: skip
    limited = run("--db", str(db), "search", "房友", "--json", "--limit", "1", home=tmp_path)
    assert [h["key"] for h in json.loads(limited.stdout)] == ["d-2"]


def test_plain_output_is_one_readable_line_per_hit(
    tmp_path: Path, sample: dict[str, Any], write_json: Callable[..., Path]
) -> None:
    db = imported(tmp_path, sample, write_json)
    done = run("--db", str(db), "search", "房友", home=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert (
        lines[0]
        == "[决定] m-5-5/d-2  2024-08-11 同意天津【房友】工程咨询有限公司为特邀副会长单位。"
    )
    assert lines[2] == "[单位] u-fangyou  天津【房友】工程咨询有限公司"
    nothing = run("--db", str(db), "search", "没有这几个字", home=tmp_path)
    assert nothing.returncode == 0 and nothing.stdout.strip() == "没有找到“没有这几个字”"


def test_an_empty_query_or_a_bad_limit_is_a_usage_error(tmp_path: Path) -> None:
    for args in (["search", ""], ["search", "  "], ["search", "会", "--limit", "0"]):
        done = run("--db", str(tmp_path / "m.db"), *args, home=tmp_path)
        assert done.returncode == 2, args
        assert len(done.stderr.strip().splitlines()) == 1 and "用法错误" in done.stderr


def test_a_missing_database_is_one_line(tmp_path: Path) -> None:
    done = run("--db", str(tmp_path / "none.db"), "search", "会", home=tmp_path)
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
