"""Every area fits a 1366×768 screen at 150 % scaling (911×512 logical pixels), and at 100 %.

Qt reads QT_SCALE_FACTOR when it starts, so the window is measured in a process of its
own (tests/ui/fit_probe.py): with each area, each tab and a meeting open, the main
window's minimum size must fit the screen's available room, in English and in Chinese.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# 1366×768 at 150 %: what the window may take (the taskbar's strip aside, which
# the window manager's available geometry leaves out: 768 / 1.5 = 512 is the most).
SCREEN = {"1.5": (911, 512), "1": (1366, 768)}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("scale", ["1.5", "1"])
def test_the_window_fits_a_small_screen(language: str, scale: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale)
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.fit_probe", language, "-"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    sizes = json.loads(done.stdout.strip().splitlines()[-1])
    width, height = SCREEN[scale]
    too_big = {name: size for name, size in sizes.items() if size[0] > width or size[1] > height}
    assert not too_big, f"wider or taller than {width}×{height} (window w, h, area w, h): {too_big}"
