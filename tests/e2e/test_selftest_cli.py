"""`minutes-app --self-test` as the installed program runs it (CI runs it on the bundle)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_self_test_prints_each_step_and_exits_0(isolated_home: Path) -> None:
    env = {**os.environ, "MINUTES_APP_HOME": str(isolated_home), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "minutes_app", "--self-test"],
                            capture_output=True, text=True, env=env, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line[:5] for line in lines[:6]] == [f"[{n}/6]" for n in range(1, 7)]
    assert "Qt 平台插件 offscreen 已启动" in lines[5]
    assert lines[-1].startswith("自检通过")
    assert not isolated_home.exists()  # nothing written to the user's data folder


def test_the_window_starts_on_the_demo_data_from_the_command_line(isolated_home: Path) -> None:
    """As the bundle starts it (benchmarks/bench_bundle.py times this): quits once shown."""
    env = {**os.environ, "MINUTES_APP_HOME": str(isolated_home), "QT_QPA_PLATFORM": "offscreen",
           "MINUTES_APP_QUIT_WHEN_SHOWN": "1"}  # fmt: skip
    result = subprocess.run([sys.executable, "-m", "minutes_app", "--demo"],
                            capture_output=True, text=True, env=env, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = [line.split()[:2] for line in result.stdout.splitlines()]
    assert lines == [["shown", "3"], ["ready", "3"]]  # the demo's three meetings listed
