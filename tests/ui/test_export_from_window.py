"""Exporting a meeting's papers from the window: off the UI thread, then a non-blocking box."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from PySide6.QtWidgets import QMessageBox

from minutes_app.io.docx.pdf import Availability
from minutes_app.ui.meetings.list_view import MeetingsView


def test_export_jiyao_from_the_list(qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    view = MeetingsView(ctx)
    qtbot.addWidget(view)
    view.select_key("m-5-5")
    assert view.selected_key() == "m-5-5"
    out = tmp_path / "纪要.docx"
    runner = view.exporter.export("m-5-5", "jiyao", out)
    with qtbot.waitSignal(runner.finished, timeout=20_000):
        pass
    assert out.exists()
    text = "".join(p.text for p in Document(str(out)).paragraphs)
    assert "会议审议通过了《天津市工程咨询协会分支机构管理办法》。" in text
    assert isinstance(runner.box, QMessageBox)
    assert str(out) in runner.box.text()
    runner.box.close()


def test_export_into_a_missing_folder_says_so(qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    view = MeetingsView(ctx)
    qtbot.addWidget(view)
    runner = view.exporter.export("m-5-5", "record", tmp_path / "nope" / "x.docx")
    with qtbot.waitSignal(runner.failed, timeout=20_000) as signal:
        pass
    assert "不存在" in signal.args[0]
    assert runner.box is not None and "不存在" in runner.box.text()
    runner.box.close()


def test_pdf_item_explains_when_no_pdf_converter_is_installed(
    qtbot: Any, ctx: Any, monkeypatch: Any
) -> None:
    reason = "未找到 Microsoft Word、WPS Office 或 LibreOffice"
    monkeypatch.setattr("minutes_app.io.docx.pdf_available", lambda: Availability(False, reason))
    view = MeetingsView(ctx)
    qtbot.addWidget(view)
    view.select_key("m-5-5")
    view.exporter.menu.aboutToShow.emit()
    assert not view.exporter.pdf_action.isEnabled()
    assert "LibreOffice" in view.exporter.pdf_action.toolTip()
