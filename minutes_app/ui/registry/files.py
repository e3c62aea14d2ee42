"""File choosers opened with open() (never exec()), answering through a callback."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def choose_file(
    parent: QWidget, caption: str, name_filter: str, on_chosen: Callable[[Path], None]
) -> QFileDialog:
    dialog = QFileDialog(parent, caption, "", name_filter)
    dialog.setObjectName("chooseFile")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.fileSelected.connect(lambda name: on_chosen(Path(name)))
    dialog.open()
    return dialog


def choose_target(
    parent: QWidget,
    caption: str,
    name_filter: str,
    suggested: str,
    on_chosen: Callable[[Path], None],
) -> QFileDialog:
    dialog = QFileDialog(parent, caption, suggested, name_filter)
    dialog.setObjectName("chooseTarget")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("xlsx")
    dialog.fileSelected.connect(lambda name: on_chosen(Path(name)))
    dialog.open()
    return dialog
