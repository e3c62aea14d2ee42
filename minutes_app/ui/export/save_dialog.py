"""Where to save an export: a non-blocking save dialog in the last export folder."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def export_folder(settings: QSettings) -> Path:
    """The folder the last export went to, else the user's Documents."""
    folder = settings.value("export_folder") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    return Path(str(folder))


def file_stem(text: str) -> str:
    """A title made safe as a file name on every system."""
    return re.sub(r'[\\/:*?"<>|]', "_", text).strip()


def ask_save_path(
    parent: QWidget, title: str, suggested: Path, chosen: Callable[[Path], object]
) -> QFileDialog:
    """Open (not exec) a save dialog for files like `suggested`; `chosen` gets the path."""
    extension = suggested.suffix
    dialog = QFileDialog(parent, title, str(suggested))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(extension.lstrip("."))
    dialog.setNameFilter(f"*{extension}")
    dialog.fileSelected.connect(lambda path: chosen(Path(path)))
    dialog.open()
    return dialog
