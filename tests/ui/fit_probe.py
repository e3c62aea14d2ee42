"""Run in a process of its own (QT_SCALE_FACTOR is read when Qt starts): print, as JSON,
the main window's minimum size with each area and each tab shown, in logical pixels.

    python -m tests.ui.fit_probe LANGUAGE SHOTS_DIR|-
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget


def main(language: str, shots: str) -> None:
    app = QApplication([])
    from minutes_app.app import demo_database
    from minutes_app.services.database import open_database
    from minutes_app.ui import i18n
    from minutes_app.ui.context import AppContext
    from minutes_app.ui.main_window import MainWindow

    if language != "en":
        i18n.install(app, language)
    folder = Path(tempfile.mkdtemp())
    db = open_database(demo_database())
    ctx = AppContext(db, QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ctx)
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1"))
    window.resize(round(1366 / scale), round(768 / scale))  # the screen, in logical pixels
    window.show()
    sizes: dict[str, list[int]] = {}

    def look(name: str) -> None:
        app.processEvents()
        hint, area = window.minimumSizeHint(), window.stack.currentWidget().minimumSizeHint()
        sizes[name] = [hint.width(), hint.height(), area.width(), area.height()]
        if shots != "-":
            window.grab().save(str(Path(shots) / f"{language}-{scale:g}-{name}.png"))

    def each_tab(prefix: str, root: QWidget) -> None:
        for tabs in root.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                look(f"{prefix}-{tabs.objectName()}-{index}")

    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        look(f"area{row}")
        each_tab(f"area{row}", window.stack.currentWidget())
    window.sidebar.setCurrentRow(0)
    for key in ("m-5-5", _held_meeting(db)):  # approved (read-only), and one being edited
        editor = window.meetings.open_meeting(key)
        look(key)
        each_tab(key, editor)
    print(json.dumps(sizes))
    db.dispose()


def _held_meeting(db: object) -> str:
    """A copy of m-5-5 not yet approved: every field editable, the approval steps shown."""
    import dataclasses

    from minutes_app.domain.enums import MeetingStatus
    from minutes_app.services import meeting_store

    held = meeting_store.get_meeting(db, "m-5-5")  # type: ignore[arg-type]
    copy = dataclasses.replace(held, key="m-probe", sequence=9, status=MeetingStatus.HELD)
    copy.figures = None
    meeting_store.create_meeting(db, copy)  # type: ignore[arg-type]
    return "m-probe"


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
