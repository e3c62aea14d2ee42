"""Screenshots of the real window, for the user guide and for looking at the layout.

    python tools/guide_screenshots.py                  # the guide's images (zh_CN, 1366×768)
    python tools/guide_screenshots.py --review /tmp/guide_shots --lang en --scale 1.5

The window runs offscreen on a temporary copy of the demo data, with 第五届第五次理事长会议
set back to 已召开 (every demo meeting is approved, and the guide must show editing) and
one correction recorded on 第五届第四次 (so the corrections table has a row).
`--review` saves every area and tab; QT_SCALE_FACTOR is set before Qt starts, so a
1366×768 screen at 150 % is a 911×512 window grabbed at 1.5 device pixels per point.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE_IMAGES = ROOT / "minutes_app" / "resources" / "guide" / "images"
SCREEN = (1366, 768)
EDITABLE = "m-5-5"  # shown as 已召开, not approved
CORRECTED = "m-5-4"


def parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--review", type=Path, help="save every area into this folder")
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    parser.add_argument("--scale", type=float, default=1.0)
    return parser.parse_args()


def demo_archive(folder: Path) -> Path:
    source = resources.files("minutes_app") / "resources" / "demo-archive.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    for meeting in data["meetings"]:
        if meeting["key"] == EDITABLE:
            meeting["status"] = "held"
            meeting.pop("approved_at", None)
        if meeting["key"] == CORRECTED:
            meeting["corrections"] = [{
                "field": "location", "old": meeting["location"],
                "new": f"{meeting['location']}（二楼）", "reason": "会议室楼层写漏",
                "by": "孙晓峰", "at": "2024-07-20T10:15:00",
            }]  # fmt: skip
    path = folder / "guide-demo.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


class Shooter:
    """Shows one view after another in the window and saves what it looks like."""

    def __init__(self, out: Path, scale: float) -> None:
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance()
        self.out = out
        self.size = (round(SCREEN[0] / scale), round((SCREEN[1] - 38) / scale))
        out.mkdir(parents=True, exist_ok=True)
        self.saved: list[Path] = []

    def settle(self, rounds: int = 6) -> None:
        from minutes_app.ui.worker import wait_for_jobs

        for _ in range(rounds):
            self.app.processEvents()
            wait_for_jobs()
        self.app.processEvents()

    def save(self, widget: object, name: str) -> None:
        self.settle()
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        self.saved.append(path)


def window_on(db_path: Path, lang: str) -> object:
    from PySide6.QtCore import QSettings

    from minutes_app.app import make_app, show_main_window
    from minutes_app.services.database import open_database
    from minutes_app.ui import i18n

    app = make_app(["guide"])
    i18n.install(app, lang)
    prefs = QSettings(str(db_path.parent / "settings.ini"), QSettings.Format.IniFormat)
    prefs.setValue("language", lang)
    db = open_database(db_path)
    return show_main_window(db, prefs)


def guide_shots(shot: Shooter, window: object) -> None:
    """The pictures the guide's pages show, named as the pages name them."""
    w: object = window
    steps: list[tuple[str, Callable[[], object]]] = [
        ("meetings-list", lambda: w.show_area(w.meetings)),  # type: ignore[attr-defined]
    ]
    for name, step in steps:
        step()
        shot.save(w, name)
    new = w.meetings.new_meeting()  # type: ignore[attr-defined]
    shot.save(new, "new-meeting")
    new.reject()
    editor = w.meetings.open_meeting(EDITABLE)  # type: ignore[attr-defined]
    shot.save(w, "editor-attendance")
    editor.tabs.setCurrentWidget(editor.agenda)
    shot.save(w, "editor-agenda")
    editor.tabs.setCurrentWidget(editor.minutes)
    shot.save(w, "editor-minutes")
    approved = w.meetings.open_meeting(CORRECTED)  # type: ignore[attr-defined]
    approved.tabs.setCurrentWidget(approved.minutes)
    shot.save(w, "approved-minutes")
    w.meetings.close_editor()  # type: ignore[attr-defined]
    for index in range(1, w.stack.count()):  # type: ignore[attr-defined]
        area = w.stack.widget(index)  # type: ignore[attr-defined]
        w.sidebar.setCurrentRow(index)  # type: ignore[attr-defined]
        name = AREA_NAMES.get(type(area).__name__, f"area-{index}")
        if name == "search":
            area.field.setText("分支机构")
            shot.settle(20)
        shot.save(w, name)
        tabs = getattr(area, "tabs", None)
        if tabs is not None:
            for tab in range(1, tabs.count()):
                tabs.setCurrentIndex(tab)
                shot.save(w, f"{name}-{tab + 1}")
            tabs.setCurrentIndex(0)


AREA_NAMES = {
    "FollowUpArea": "actions",
    "RegistryArea": "registry",
    "StatsArea": "stats",
    "SearchPanel": "search",
}


def dialogs_shots(shot: Shooter, window: object) -> None:
    """The dialogs the guide explains: setup, backup."""
    from minutes_app.ui.setup_dialog import SetupDialog

    w: object = window
    setup = SetupDialog(w.ctx, w)  # type: ignore[attr-defined]
    setup.open()
    shot.save(setup, "setup")
    setup.reject()
    menu = w.findChild(object, "backupMenu")  # type: ignore[attr-defined]
    if menu is not None:
        dialog = menu.open_backup()
        shot.save(dialog, "backup")
        dialog.reject()


def keep_shown(paths: list[Path]) -> list[Path]:
    """Only the pictures a page shows go into the package; the rest are deleted."""
    pages = " ".join(p.read_text(encoding="utf-8") for p in GUIDE_IMAGES.parent.glob("*.md"))
    shown = [p for p in paths if f"images/{p.name}" in pages]
    for path in set(paths) - set(shown):
        path.unlink()
    return shown


def optimise(paths: list[Path]) -> None:
    """Fewer colours where it shows no difference; Pillow is only in the build extra."""
    try:
        from PIL import Image
    except ImportError:
        return
    for path in paths:
        with Image.open(path) as image:
            small = image.convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT)
        small.save(path, optimize=True)


def main() -> int:
    args = parse()
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="minutes-guide-"))
    os.environ["MINUTES_APP_HOME"] = str(folder / "home")
    sys.path.insert(0, str(ROOT))
    from minutes_app.services.archive import import_archive
    from minutes_app.services.database import open_database

    db_path = folder / "guide.db"
    db = open_database(db_path)
    import_archive(db, demo_archive(folder))
    db.dispose()
    window = window_on(db_path, args.lang)
    shot = Shooter(args.review or GUIDE_IMAGES, args.scale)
    window.resize(*shot.size)  # type: ignore[attr-defined]
    shot.settle()
    guide_shots(shot, window)
    dialogs_shots(shot, window)
    if args.review is None:
        shot.saved = keep_shown(shot.saved)
        optimise(shot.saved)
    for path in shot.saved:
        print(path)
    window.close()  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
