"""The per-user data folder on each platform, with user names in 中文 and spaces."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_app import paths


@pytest.fixture
def no_override(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("MINUTES_APP_HOME", "LOCALAPPDATA", "XDG_DATA_HOME"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_windows_uses_localappdata(no_override: pytest.MonkeyPatch) -> None:
    local = r"C:\Users\张 三\AppData\Local"
    no_override.setattr(paths.sys, "platform", "win32")
    no_override.setenv("LOCALAPPDATA", local)
    assert paths.data_dir() == Path(local) / "minutes-app"
    assert paths.default_database() == Path(local) / "minutes-app" / "minutes.db"


def test_windows_without_localappdata_falls_back_to_the_profile(
    no_override: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    no_override.setattr(paths.sys, "platform", "win32")
    no_override.setattr(paths.Path, "home", lambda: tmp_path / "张 三")
    assert paths.data_dir() == tmp_path / "张 三" / "AppData" / "Local" / "minutes-app"


def test_macos_uses_application_support(no_override: pytest.MonkeyPatch, tmp_path: Path) -> None:
    no_override.setattr(paths.sys, "platform", "darwin")
    no_override.setattr(paths.Path, "home", lambda: tmp_path)
    assert paths.data_dir() == tmp_path / "Library" / "Application Support" / "minutes-app"


def test_linux_follows_xdg_data_home(no_override: pytest.MonkeyPatch, tmp_path: Path) -> None:
    no_override.setattr(paths.sys, "platform", "linux")
    no_override.setattr(paths.Path, "home", lambda: tmp_path)
    assert paths.data_dir() == tmp_path / ".local" / "share" / "minutes-app"
    no_override.setenv("XDG_DATA_HOME", str(tmp_path / "数据 目录"))
    assert paths.log_dir() == tmp_path / "数据 目录" / "minutes-app" / "logs"


def test_override_wins_everywhere(no_override: pytest.MonkeyPatch, tmp_path: Path) -> None:
    no_override.setattr(paths.sys, "platform", "win32")
    no_override.setenv("LOCALAPPDATA", str(tmp_path / "local"))
    no_override.setenv("MINUTES_APP_HOME", str(tmp_path / "会议 纪要"))
    assert paths.backup_dir() == tmp_path / "会议 纪要" / "backups"
