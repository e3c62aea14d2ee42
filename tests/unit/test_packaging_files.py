"""The installers' files agree with each other and with pyproject.toml."""

from __future__ import annotations

import configparser
import importlib.util
import plistlib
import struct
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.minutes_app.MinutesApp"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_build_script_reads_name_and_version_from_pyproject() -> None:
    spec = importlib.util.spec_from_file_location("build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert build.project() == (PROJECT["name"], PROJECT["version"])


def test_desktop_entry_names_the_app_in_chinese() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "resources" / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Name[zh_CN]"] == "协会会议纪要"
    assert section["Icon"] == APP_ID
    assert section["Exec"].split()[0] == PROJECT["name"]
    assert "Office" in section["Categories"].split(";")


def test_metainfo_matches_the_desktop_entry_and_version() -> None:
    root = ET.parse(ROOT / "resources" / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert [n.text for n in root.findall("name") if n.get(lang) == "zh-CN"] == ["协会会议纪要"]
    release = root.find("releases/release")
    assert release is not None and release.get("version") == PROJECT["version"]


def test_icons_exist_in_every_hicolor_size_and_for_the_window() -> None:
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert _png_size(png) == (size, size)
    assert _png_size(ROOT / "minutes_app" / "resources" / "icons" / "minutes-app.png") == (256, 256)
    assert (ROOT / "resources" / "icons" / "minutes-app.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (ROOT / "resources" / "icons" / "minutes-app.icns").read_bytes()[:4] == b"icns"


def test_info_plist_template_carries_the_version_placeholder() -> None:
    text = (ROOT / "resources" / "macos" / "Info.plist").read_text(encoding="utf-8")
    plist = plistlib.loads(text.replace("@VERSION@", "1.2.3").encode())
    assert plist["CFBundleIdentifier"] == APP_ID
    assert plist["CFBundleShortVersionString"] == "1.2.3"
    assert plist["CFBundleDisplayName"] == "协会会议纪要"


def test_windows_installer_is_per_user_and_keeps_the_data_folder() -> None:
    raw = (ROOT / "resources" / "windows" / "minutes-app.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Inno Setup reads the Chinese only with a BOM
    lines = [line.strip() for line in raw.decode("utf-8-sig").splitlines()]
    settings = dict(line.split("=", 1) for line in lines if "=" in line and ";" not in line[:1])
    assert settings["PrivilegesRequired"] == "lowest"
    assert settings["DefaultDirName"] == r"{localappdata}\Programs\minutes-app"
    assert "[UninstallDelete]" not in lines  # %LOCALAPPDATA%\minutes-app is the user's
    assert any(line.startswith(r'Name: "{autoprograms}\协会会议纪要"') for line in lines)
    languages = [line for line in lines if line.startswith('Name: "') and "MessagesFile" in line]
    assert len(languages) == 2 and "ChineseSimplified.isl" in languages[0]
