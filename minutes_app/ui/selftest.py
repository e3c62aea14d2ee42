"""The Qt part of `--self-test`: the platform plugin starts and the translations load.

A bundle without its platform plugin cannot show a window at all, and Qt's own message
then names no file; so the plugin file is looked for first and named when absent.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from importlib import resources

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

from minutes_app.domain.errors import UserError
from minutes_app.domain.messages import msg
from minutes_app.domain.resources import Resource, missing_message

_PLUGIN_FILE = {"win32": "q{}.dll", "darwin": "libq{}.dylib"}
_NATIVE = {"win32": "windows", "darwin": "cocoa"}


def chosen_platform() -> str:
    """The platform plugin the check starts: the one asked for, else the native one;
    offscreen on a Linux machine without a display (a CI runner, an SSH session)."""
    asked = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if asked:
        return asked
    if sys.platform in _NATIVE:
        return _NATIVE[sys.platform]
    has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    return "xcb" if has_display else "offscreen"


def platform_resources(platform: str) -> tuple[Resource, ...]:
    plugins = QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    plugin = _PLUGIN_FILE.get(sys.platform, "libq{}.so").format(platform)
    return (
        Resource(f"Qt 平台插件 {platform}", os.path.join(plugins, "platforms", plugin)),
        Resource("Qt 中文翻译 qtbase_zh_CN.qm", os.path.join(translations, "qtbase_zh_CN.qm")),
    )


def check_qt(report: Callable[[str], None], step: str) -> None:
    """Start Qt on the platform plugin and load both Chinese translations."""
    platform = chosen_platform()
    for resource in platform_resources(platform):
        if not os.path.exists(resource.path):
            missing = missing_message(resource)
            raise UserError(msg("selftest.step_failed", step=step, reason=missing))
    os.environ["QT_QPA_PLATFORM"] = platform
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt, ours = QTranslator(app), QTranslator(app)
    qm = resources.files("minutes_app") / "resources" / "i18n" / "minutes_zh_CN.qm"
    if not qt.load("qtbase_zh_CN", translations) or not ours.load(str(qm)):
        raise UserError(msg("selftest.qt_translations", step=step))
    report(f"Qt 平台插件 {QApplication.platformName()} 已启动，Qt 与界面的中文翻译已加载")
