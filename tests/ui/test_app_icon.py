"""The window carries the app icon from package data (the installers use the same image)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from minutes_app.app import APP_ID, make_app


def test_the_application_has_the_icon_and_desktop_file_name(qtbot: QtBot) -> None:
    app = make_app([])
    icon = app.windowIcon()
    assert not icon.isNull()
    assert icon.pixmap(256, 256).width() == 256
    assert app.desktopFileName() == APP_ID
