"""Read-only fields look read-only; a long path shows its folder and its file name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from minutes_app.ui import style
from minutes_app.ui.meetings.fields import lock
from minutes_app.ui.path_field import PathField


def ground(widget: QWidget, top: QWidget) -> str:
    """The colour at the right end of a field, away from any text."""
    image = top.grab().toImage()
    point = widget.mapTo(top, widget.rect().center())
    point.setX(widget.mapTo(top, widget.rect().topRight()).x() - 6)
    return image.pixelColor(point).name()


def test_a_field_locked_on_an_approved_meeting_turns_grey(qtbot: Any, qapp: Any) -> None:
    top = QWidget()
    layout = QVBoxLayout(top)
    editable, place = QLineEdit("协会会议室"), QLineEdit("协会会议室")
    layout.addWidget(editable)
    layout.addWidget(place)
    qtbot.addWidget(top)
    top.show()
    qtbot.waitExposed(top)
    before = ground(place, top)
    lock([place], True)
    assert place.isReadOnly()
    assert ground(place, top) == style.READ_ONLY_GROUND != before
    assert ground(editable, top) == before
    lock([place], False)
    assert ground(place, top) == before


def test_a_long_backup_path_is_elided_in_the_middle(qtbot: Any, qapp: Any) -> None:
    path = str(Path("/home/秘书处/备份文件夹/每日备份") / "minutes-as-20261201-080308.db")
    field = PathField(path)
    qtbot.addWidget(field)
    field.setFixedWidth(220)
    field.show()
    shown = field.shown_text()
    assert "…" in shown
    assert shown.startswith("/home") and shown.endswith(".db")
    assert field.toolTip() == path and field.text() == path


def test_the_backup_dialog_is_wide_enough_for_its_path(qtbot: Any, ctx: Any) -> None:
    from minutes_app.ui.backup.backup_dialog import BackupDialog
    from minutes_app.ui.backup.settings import BackupSettings

    dialog = BackupDialog(ctx.db, BackupSettings.load(ctx.settings))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    target = dialog.target
    shown, path = target.shown_text(), Path(target.text())
    assert shown.startswith(path.parts[0] + path.parts[1])  # the folder shows …
    assert shown.endswith(path.name)  # … and so does the file's name
    assert target.width() >= target.fontMetrics().horizontalAdvance(shown)
    assert target.toolTip() == target.text()
