"""Simplified Chinese is complete: every string of the window has its translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from minutes_app.ui import i18n, labels

ROOT = Path(__file__).parents[2]


def test_every_window_string_is_translated_and_the_catalogue_is_current() -> None:
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    if not beside.exists() and shutil.which("pyside6-lupdate") is None:
        pytest.fail("pyside6-lupdate comes with PySide6; it should be beside python")
    result = subprocess.run([sys.executable, "tools/translations.py", "--check"], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]


def test_chinese_is_the_default_and_english_is_available(qapp: Any, prefs: Any) -> None:
    assert i18n.chosen_language(prefs) == "zh_CN"
    i18n.install(qapp, "zh_CN")
    try:
        assert labels.attendance("proxy") == "委托"
        assert labels.outcome("passed") == "通过"
        assert QCoreApplication.translate("MainWindow", "Meetings") == "会议"
    finally:
        i18n.install(qapp, "en")
    assert labels.attendance("proxy") == "Proxy"
