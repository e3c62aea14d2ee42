"""Make the app icon's PNG, ICO and ICNS files from resources/icons/minutes-app.svg.

Run from the repository root after changing the SVG, and commit what it writes:

    python -m pip install '.[build]' && python resources/make_icons.py

Writes resources/icons/hicolor/NxN/apps/<app id>.png (the Linux icon theme sizes),
resources/icons/minutes-app.ico (Windows), resources/icons/minutes-app.icns (macOS),
and minutes_app/resources/icons/minutes-app.png, the window icon the app loads at run
time. Qt's SVG renderer draws the PNGs (PySide6 is already a dependency); Pillow,
from the optional `build` extra, writes the ICO and ICNS. The build itself uses the
committed files and needs neither.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "minutes-app.svg"
APP_ID = "org.minutes_app.MinutesApp"
HICOLOR = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO = (16, 24, 32, 48, 64, 128, 256)
WINDOW_ICON = ROOT / "minutes_app" / "resources" / "icons" / "minutes-app.png"


def render(renderer: QSvgRenderer, size: int, out: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"cannot write {out}")


def main() -> int:
    _app = QGuiApplication([*sys.argv[:1], "-platform", "offscreen"])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    pngs: dict[int, Path] = {}
    for size in HICOLOR:
        pngs[size] = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        render(renderer, size, pngs[size])
    big = ICONS / "build" / "1024.png"
    render(renderer, 1024, big)
    render(renderer, 256, WINDOW_ICON)
    images = {size: Image.open(path).convert("RGBA") for size, path in pngs.items()}
    largest = images[256]
    largest.save(ICONS / "minutes-app.ico", sizes=[(s, s) for s in ICO],
                 append_images=[images[s] for s in ICO if s != 256])  # fmt: skip
    Image.open(big).convert("RGBA").save(
        ICONS / "minutes-app.icns", append_images=[images[s] for s in (16, 32, 64, 128, 256, 512)]
    )
    big.unlink()
    big.parent.rmdir()
    print(f"wrote {len(pngs)} PNGs, minutes-app.ico, minutes-app.icns and {WINDOW_ICON.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
