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


def test_qt_dialogs_and_standard_buttons_are_chinese(qapp: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    i18n.install(qapp, "zh_CN")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == "文件类型："
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    assert sorted(b.text() for b in box.buttons()) == sorted(["确定", "取消"])


def test_strings_lupdate_cannot_see_are_translated_too(qapp: Any, demo_ctx: Any) -> None:
    """A tr() inside an f-string escapes lupdate: the panel would show English."""
    from minutes_app.services.setup import DEFAULT_BODIES
    from minutes_app.ui.actions.detail import FollowUpDetail
    from minutes_app.ui.setup_dialog import BodyRulesModel

    i18n.install(qapp, "zh_CN")
    detail = FollowUpDetail(demo_ctx)
    assert "No progress" not in detail._notes_html(())
    model = BodyRulesModel(list(DEFAULT_BODIES))
    shown = model.data(model.index(0, model.BASE))
    assert shown != "present" and not shown.isascii()


def test_the_english_window_shows_errors_in_english(qapp: Any, ctx: Any) -> None:
    from minutes_app.ui.meetings.undo import MeetingKeeper

    i18n.install(qapp, "en")
    keeper = MeetingKeeper(ctx.db, "m-5-5")
    message = keeper.edit("title", lambda m: setattr(m, "location", "x" * 600))
    assert message and message.isascii(), message
    i18n.install(qapp, "zh_CN")
    message = keeper.edit("title", lambda m: setattr(m, "location", "x" * 600))
    assert message and "太长" in message
