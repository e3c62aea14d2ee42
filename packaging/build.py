"""Build the installable app: a PyInstaller one-folder bundle in dist/minutes-app/.

    python packaging/build.py [--no-install]

Installs PyInstaller into the running Python (pip), then runs packaging/minutes-app.spec.
The folder dist/minutes-app/ holds the program (minutes-app, or minutes-app.exe with
its console twin minutes-app-cli.exe on Windows; dist/minutes-app.app on macOS) and
everything it needs: copy it anywhere, no Python required. Name and version come from
pyproject.toml. Prints the build time and the folder's size.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYINSTALLER = "pyinstaller>=6.10,<7"


def project() -> tuple[str, str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return str(data["name"]), str(data["version"])


def install_pyinstaller() -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", PYINSTALLER], check=True, cwd=ROOT
    )


def run_pyinstaller() -> None:
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level=WARN",
            "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "packaging" / "minutes-app.spec"),
        ],
        check=True,
        cwd=ROOT,
    )  # fmt: skip


def add_linux_desktop_files(bundle: Path) -> None:
    """The menu entry, AppStream metadata, hicolor icons and install.sh, beside the program."""
    linux, share = ROOT / "resources" / "linux", bundle / "share"
    app_id = "org.minutes_app.MinutesApp"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(exist_ok=True)
    shutil.copy2(linux / f"{app_id}.desktop", share / "applications")
    shutil.copy2(linux / f"{app_id}.metainfo.xml", share / "metainfo")
    shutil.copytree(ROOT / "resources" / "icons" / "hicolor", share / "icons" / "hicolor",
                    dirs_exist_ok=True)  # fmt: skip
    shutil.copy2(linux / "install.sh", bundle / "install.sh")


def folder_size(folder: Path) -> int:
    total = 0
    for base, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(base) / name
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-install", action="store_true", help="PyInstaller is installed")
    args = parser.parse_args()
    name, version = project()
    started = time.monotonic()
    if not args.no_install:
        install_pyinstaller()
    run_pyinstaller()
    bundle = ROOT / "dist" / name
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(bundle)
    size = folder_size(bundle) / 1e6
    seconds = time.monotonic() - started
    print(f"built {name} {version} in {bundle} ({size:.0f} MB) in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
