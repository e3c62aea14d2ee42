"""Exporting a meeting's papers from the window: off the UI thread, then a non-blocking box."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from PySide6.QtWidgets import QMessageBox

from minutes_app.domain.messages import msg
from minutes_app.io.docx.pdf import Availability
from minutes_app.ui import i18n
from minutes_app.ui.meetings.list_view import MeetingsView

CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


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
    reason = msg("pdf.no_converter")
    monkeypatch.setattr("minutes_app.io.docx.pdf_available", lambda: Availability(False, reason))
    view = MeetingsView(ctx)
    qtbot.addWidget(view)
    view.select_key("m-5-5")
    view.exporter.menu.aboutToShow.emit()
    assert not view.exporter.pdf_action.isEnabled()
    assert "LibreOffice" in view.exporter.pdf_action.toolTip()


def _template_without_mark(tmp_path: Path) -> Path:
    """A user's template that lacks the 版头标志 style the 纪要 needs."""
    from minutes_app.io.docx import styles
    from minutes_app.io.docx.template import builtin_template_bytes

    document = Document(io.BytesIO(builtin_template_bytes()))
    element = document.styles[styles.MARK].element
    element.getparent().remove(element)
    path = tmp_path / "own-template.docx"
    document.save(str(path))
    return path


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_template_missing_styles_is_said_in_the_window_language(
    qtbot: Any, qapp: Any, ctx: Any, tmp_path: Path, language: str
) -> None:
    i18n.install(qapp, language)
    ctx.settings.setValue("template_path", str(_template_without_mark(tmp_path)))
    view = MeetingsView(ctx)
    qtbot.addWidget(view)
    runner = view.exporter.export("m-5-5", "jiyao", tmp_path / "minutes.docx")
    with qtbot.waitSignal(runner.finished, timeout=20_000) as signal:
        pass
    assert isinstance(runner.box, QMessageBox)
    if language == "en":
        said = "The template lacks the styles “版头标志”; the built-in template was used instead"
        assert signal.args[1] == [said] and said in runner.box.text()
        assert not CJK.search(runner.box.text().replace("“版头标志”", ""))  # the style's name
    else:
        assert signal.args[1] == ["模板缺少样式“版头标志”，已改用内置模板"]
        assert "模板缺少样式“版头标志”，已改用内置模板" in runner.box.text()
    runner.box.close()
