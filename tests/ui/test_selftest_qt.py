"""The Qt step of --self-test: which platform it starts, and a missing plugin named."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from minutes_app.domain.errors import UserError
from minutes_app.ui import selftest


def test_starts_qt_and_loads_the_translations(qtbot: QtBot) -> None:
    lines: list[str] = []
    selftest.check_qt(lines.append, "自检第6步")
    assert lines == ["Qt 平台插件 offscreen 已启动，Qt 与界面的中文翻译已加载"]


def test_a_missing_platform_plugin_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "chosen_platform", lambda: "nosuch")
    with pytest.raises(UserError) as caught:
        selftest.check_qt(lambda _: None, "自检第6步")
    message = str(caught.value)
    assert message.startswith("自检第6步失败：缺少程序文件：Qt 平台插件 nosuch（")
    assert "platforms" in message and "nosuch" in message.split("（", 1)[1]


@pytest.mark.parametrize(
    ("platform", "env", "expected"),
    [
        ("linux", {"QT_QPA_PLATFORM": "offscreen"}, "offscreen"),
        ("linux", {"DISPLAY": ":0"}, "xcb"),
        ("linux", {}, "offscreen"),  # an SSH session or a CI runner: no display
        ("win32", {}, "windows"),
        ("darwin", {}, "cocoa"),
    ],
)
def test_chosen_platform(
    monkeypatch: pytest.MonkeyPatch, platform: str, env: dict[str, str], expected: str
) -> None:
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(selftest.sys, "platform", platform)
    assert selftest.chosen_platform() == expected
