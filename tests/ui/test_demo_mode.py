"""--demo says its data is thrown away, and 文件 → 另存为… keeps a copy that can be opened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from minutes_app.services.meeting_store import get_meeting
from minutes_app.store.database import open_database
from minutes_app.ui import i18n


def test_demo_window_has_a_banner_and_save_as_keeps_the_data(
    qtbot: Any, qapp: Any, demo_ctx: Any, tmp_path: Path
) -> None:
    from minutes_app.app import show_main_window

    i18n.install(qapp, "zh_CN")
    window = show_main_window(demo_ctx.db, demo_ctx.settings, demo=True)
    qtbot.addWidget(window)
    banner = window.findChild(object, "demoBanner")
    assert banner is not None and banner.isVisible()
    assert banner.text() == "演示数据：关闭后不保留"
    names = [a.text() for a in window.file_menu.actions()]
    assert "另存为…" in names
    mode = window.demo_mode
    target = tmp_path / "我的数据.db"
    with qtbot.waitSignal(window.database_chosen) as chosen:
        assert mode.save(target) == target
        box = mode.box
        assert isinstance(box, QMessageBox) and str(target) in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()
    assert chosen.args == [str(target)]
    kept = open_database(target)
    try:
        assert get_meeting(kept, "m-5-5").display_title
    finally:
        kept.dispose()


def test_an_ordinary_window_has_no_banner(qtbot: Any, ctx: Any) -> None:
    from minutes_app.app import show_main_window

    window = show_main_window(ctx.db, ctx.settings)
    qtbot.addWidget(window)
    assert window.findChild(object, "demoBanner") is None
    assert window.demo_mode is None
