"""Settings → Language switches the whole window between 简体中文 and English."""

from __future__ import annotations

from typing import Any

from minutes_app.app import WindowSession
from minutes_app.ui import i18n
from minutes_app.ui.backup.opening import Opened


def test_switching_language_rebuilds_the_window_in_it(qtbot: Any, qapp: Any, ctx: Any) -> None:
    i18n.install(qapp, "zh_CN")
    session = WindowSession(qapp, ctx.settings, demo=True)  # demo: no daily backup
    session._show(Opened(ctx.db))
    first = session.window
    assert first is not None
    qtbot.addWidget(first)
    assert first.sidebar.item(0).text() == "会议"
    first._choose_language("en")
    second = session.window
    assert second is not None and second is not first
    qtbot.addWidget(second)
    assert second.sidebar.item(0).text() == "Meetings"
    assert ctx.settings.value("language") == "en"
    second._choose_language("zh_CN")
    assert session.window is not None
    qtbot.addWidget(session.window)
    assert session.window.sidebar.item(0).text() == "会议"
    i18n.install(qapp, "en")
